"""Round 78's statement readings (helper h_fix_s78: the undetected statements and quote
boundaries of the real sets, ``dev_statements104``), applied last in
:mod:`pipeline.extract._latepasses`. The reader missed these phrasings (the line readings --
"“Q,” ROLE NAME said", bulleted lines, "According to X, an APPOSITIVE, C" -- live in
:mod:`pipeline.extract._s78lines`):

- "An eyewitness told OUTLET (that) C", "C, an eyewitness / a local official (and a ...) told
  OUTLET" (the first of two sources);
- a participle of saying: "X issued a (press) statement revealing / confirming that C" (a
  "Media Office of the BODY" speaks for the body), "..., with his spokesman warning that C"
  ("spokesman for NAME"), "... and noting that C" in a sentence already credited to X;
- "ADJ officials suggest that C", "X has (also) routinely / regularly reported that C", "The
  ADJ publication NAME writes that C", "C, ADJ media write.", "A statement from X (today,
  DAY,) mentioned that C", "C, according to local emergency responders.";
- an indirect clause around a quoted fragment of which the reader took the fragment only ('C
  "Q" C2, said the committee, ...', 'C "Q", according to a report by X', 'X (ABBR) said DAY C
  "Q"'): the clause, without the fragment as a partial (as the reader reads such clauses);
- "According to the agency's interlocutor, C" (the source that told the agency) and "C,
  according to that region's governor." (the governor the next statement names).

Each reading is gated on a literal before any pattern; sentences already holding a statement
are left alone (evidence spans checked by bisect, not a scan over the findings).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import hit_sentences, holding, new_statement, split
from pipeline.extract._s78lines import (
    DIRECT,
    apposed,
    body_name,
    bullets,
    directs,
    literal_hits,
    trimmed,
    unbulleted,
)
from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_CLAUSE = r"(?P<q>[A-Za-z0-9][^;“”\"]{8,}?)\.?\s*$"
_WITNESS_OPEN = re.compile(r"^An? (?P<sp>(?:eye)?witness) told [A-Z][A-Za-z]+ (?:that )?" + _CLAUSE)
_WITNESS_CLOSE = re.compile(
    r"^(?P<q>[A-Z][^;“”\"]{8,}?), an? (?P<sp>local official|(?:eye)?witness|resident)"
    r"(?: and an? [a-z]+(?: [a-z]+)?)? told [A-Z][A-Za-z]+\.?\s*$"
)
"""'An eyewitness told Xinhua that C' / 'C, a local official and a resident told AFP.'"""

_ISSUED = re.compile(
    r"^(?:[A-Z][\w ]{0,30}, )?(?:[Tt]he )?(?P<sp>[A-Z][\w'-]*(?: (?:of the |of |in )?[A-Z][\w'-]*)"
    r"{0,7}) (?:issued|released|published) (?:an? )?(?:press |official |written )?"
    r"(?:statements?|communiqu[eé]) (?:revealing|confirming|saying|stating|announcing) that "
    + _CLAUSE
)
"""'The Media Office of the BODY issued a press statement revealing that C'."""

_VOICE = re.compile(
    r"^(?:[A-Z][\w.-]* ){0,4}?(?P<n>[A-Z][\w'’-]+ [A-Z][\w'’-]+) [a-z]+ed\b[^;]*?, "
    r"with (?:his|her) "
    r"(?P<v>spokesperson|spokesman|spokeswoman) (?:warning|saying|noting|adding|stressing) "
    r"that " + _CLAUSE
)
"""'NAME condemned X, with his spokesman warning that C'."""

_NOTING = re.compile(
    r"\band (?:noting|adding|stressing|warning) that (?P<q>[a-z][^;“”\"]{8,}?)\.?\s*$"
)
"""'..., expressing “...” and noting that C' (the sentence's speaker goes on)."""

_SUGGEST = re.compile(
    r"^(?:The )?(?P<sp>[A-Z][a-z]+ (?:officials|analysts|experts|researchers|sources)) "
    r"suggest(?:ed)? that " + _CLAUSE
)
_HABIT = re.compile(
    r"^(?:The )?(?P<sp>[A-Z][\w'’-]*(?: [A-Z]?[\w'’-]+){0,3}) (?:has|have|had) (?:also )?"
    r"(?:regularly|routinely|often|frequently|consistently) (?:reported|said|claimed|stated) "
    r"that " + _CLAUSE
)
_WRITES = re.compile(
    r"^(?:The )?(?:[A-Z][a-z]+ )?(?:publication|newspaper|outlet|website|channel) "
    r"(?P<sp>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?) (?:writes|wrote) (?:that )?" + _CLAUSE
)
_MEDIA_WRITE = re.compile(
    r"^(?P<q>[A-Z][^;“”]{8,}?), (?P<sp>(?:[A-Z][a-z]+|local|state) media) writes?\.?\s*$"
)
_FROM = re.compile(
    r"^An? statement from (?:the )?(?P<sp>[A-Za-z][\w'-]*(?: [A-Z][\w'-]*){0,3})"
    r"(?: (?:today|yesterday|on [A-Z][a-z]+))?(?:, [A-Z][a-z]+day,)? (?:mentioned|stated|noted) "
    r"that " + _CLAUSE
)
"""'A statement from X today, Tuesday, mentioned that C'."""

_RESPONDERS = re.compile(
    r"^(?P<q>[A-Z][^;“”\"]{8,}?), according to (?P<sp>(?:local )?(?:emergency|rescue) "
    r"(?:responders|workers|teams|services|volunteers))\.?\s*$"
)
"""'C, according to local emergency responders.'"""

_EMBEDDED = (
    re.compile(
        r"^(?P<q>[A-Z][^;]{8,}?[\"”][^;“”\"]{3,}?), said the (?P<sp>[a-z]+(?: [a-z]+)?)"
        r"(?:, [^;“”\"]*)?\.?\s*$"
    ),
    re.compile(
        r"^(?P<q>[A-Z][^;]{8,}?[\"”]), according to (?:a (?:new )?report by )?"
        r"(?P<sp>[A-Z][^,;“”\"]{2,80}?)\.?\s*$"
    ),
    re.compile(
        r"^(?:[A-Z][a-z]+ [a-z]+ )?(?P<sp>[A-Z][\w ]{2,60}?) \([A-Z]{2,6}\) said "
        r"(?:on )?(?:[A-Z][a-z]+day )?(?:that )?(?P<q>[a-z][^;]{8,}?[\"”])\.?\s*$"
    ),
)
"""An indirect clause holding a quoted fragment, of which the reader took the fragment only:
'C "Q" C2, said the committee, ...', 'C "Q", according to a report by X.', 'X (ABBR) said
DAY C "Q".'"""

_BACKREF = re.compile(
    r"^According to (?:that|the) (?P<kind>region's governor|agency's interlocutor"
    r"|agency's source), (?P<q>[a-z][^;]{8,}?)\.?\s*$|^(?P<q2>[A-Z][^;“”\"]{8,}?), "
    r"according to (?:that|the) (?P<kind2>region's governor)\.?\s*$"
)
"""'According to the agency's interlocutor, C' / 'C, according to that region's governor.'"""


def _own(sentence: Sentence, speaker: str, quote: str, cue: str = "said") -> Statement:
    return new_statement(sentence.text, sentence.start, speaker, "indirect", quote, cue)


def _read(
    speakers: Speakers, sentence: Sentence, credited: str | None, held: bool
) -> Statement | None:
    """The statement one of the sentence readings above gives, if any (a sentence already
    holding a statement only goes on with "and noting that C")."""
    text = sentence.text.strip()
    at = sentence.start
    if held:
        m = _NOTING.search(text) if credited and " that " in text else None
        return _own(sentence, credited, m["q"], "noting") if credited and m else None
    if "witness" in text or " official and " in text:
        m = _WITNESS_OPEN.match(text) or _WITNESS_CLOSE.match(text)
        if m is not None:
            return _own(sentence, m["sp"], m["q"], "told")
    if "tatement" in text and " that " in text:
        m = _ISSUED.match(text)
        if m is not None:
            return _own(sentence, body_name(speakers, m["sp"], at), m["q"])
        m = _FROM.match(text)
        if m is not None:
            return _own(sentence, body_name(speakers, m["sp"], at), m["q"])
    if ", with " in text and (m := _VOICE.match(text)) is not None:
        name = speakers.canonical(m["n"])
        return _own(sentence, f"{m['v']} for {name}", m["q"], m["v"])
    if "suggest" in text and (m := _SUGGEST.match(text)) is not None:
        return _own(sentence, m["sp"], m["q"], "suggest")
    if "ly " in text and (m := _HABIT.match(text)) is not None:
        return _own(sentence, body_name(speakers, m["sp"], at), m["q"], "reported")
    if " wr" in text:
        m = _WRITES.match(text)
        if m is not None:
            return _own(sentence, m["sp"], m["q"], "writes")
        m = _MEDIA_WRITE.match(text)
        if m is not None:
            sp = m["sp"]
            return _own(
                sentence,
                sp[:1].lower() + sp[1:] if sp.startswith(("Local", "State")) else sp,
                m["q"],
                "write",
            )
    if credited and " that " in text and (m := _NOTING.search(text)) is not None:
        return _own(sentence, credited, m["q"], "noting")
    if "ccording to " in text and (m := _RESPONDERS.match(text)) is not None:
        return _own(sentence, m["sp"], m["q"], "according to")
    return None


def _earlier(by_start: list[Statement], k: int) -> list[Statement]:
    """The (at most 20) statements just before index ``k``, nearest first (a bounded look)."""
    return by_start[max(0, k - 20) : k][::-1]


def _embedded(
    speakers: Speakers, sentence: Sentence, by_start: list[Statement], k: int
) -> Statement | None:
    """An indirect clause around a quoted fragment (speaker named as the text's earlier
    statements name a bare "the committee")."""
    text = sentence.text.strip()
    if '"' not in text and "”" not in text:
        return None
    for pattern in _EMBEDDED:
        m = pattern.match(text)
        if m is None:
            continue
        sp = m["sp"]
        if sp.islower():
            low = sp
            sp = next(
                (s.speaker for s in _earlier(by_start, k) if s.speaker.lower().endswith(low)), sp
            )
        else:
            sp = speakers.canonical(sp)
        return _own(sentence, sp, m["q"])
    return None


def _backref(sentence: Sentence, by_start: list[Statement], k: int) -> Statement | None:
    """'According to the agency's interlocutor, C' (the source that told the agency) and 'C,
    according to that region's governor.' (the governor the next statement names)."""
    m = _BACKREF.match(sentence.text.strip())
    if m is None:
        return None
    if (m["kind"] or m["kind2"]) == "region's governor":
        after = by_start[k : k + 2]
        name = next((s.speaker for s in after if "Governor " in s.evidence.text), None)
    else:
        earlier = _earlier(by_start, k)
        name = next((s.speaker for s in earlier if s.speaker.endswith("source")), None)
    return _own(sentence, name, m["q"] or m["q2"], "according to") if name else None


def _voiced(statements: list[Statement], sentence: Sentence, read: Statement) -> list[Statement]:
    """Without the quoted fragments of a clause just read (the reader's own reading of "C "Q"
    C2, X said" gives the clause alone, and so do the labels)."""
    return [
        s
        for s in statements
        if s.mode != "partial"
        or not sentence.start <= s.evidence.start < sentence.end
        or s.quote not in read.quote
    ]


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    hits = literal_hits(body)
    direct = (body_has(body, "” ") or body_has(body, '," ')) and DIRECT.search(body) is not None
    bulleted = "▪" in body
    appositive = apposed(body)
    if not hits and not direct and not bulleted and not appositive:
        return found
    statements, others = split(found)
    changed = False
    if appositive or bulleted:
        fixed = [unbulleted(trimmed(s)) for s in statements]
        changed = any(a is not b for a, b in zip(fixed, statements, strict=True))
        statements = fixed
    added: list[Statement] = []
    if bulleted:
        lines, spans = bullets(body, speakers, statements)
        if lines:
            starts = [a for a, _ in spans]
            ends = [b for _, b in spans]

            def gone(s: Statement) -> bool:
                k = bisect_right(starts, s.evidence.start) - 1
                return k >= 0 and s.evidence.start < ends[k]

            statements = [s for s in statements if not gone(s)]
            added.extend(lines)
    if direct:
        added.extend(directs(body, {s.quote for s in statements}))
    if hits:
        holds = holding(s for s in statements + added if s.mode != "partial")
        by_start = sorted(statements, key=lambda s: s.evidence.start)
        firsts_s = [s.evidence.start for s in by_start]
        quotes = {s.quote for s in statements}
        sentences = doc.sentences
        for i in hit_sentences(sentences, hits):
            sentence = sentences[i]
            held = holds(sentence)
            k = bisect_right(firsts_s, sentence.start - 1)
            credited = None
            if k < len(by_start) and by_start[k].evidence.start < sentence.end:
                credited = by_start[k].speaker
            if held and not (credited and " and " in sentence.text):
                continue
            read = _read(speakers, sentence, credited, held)
            if read is None and not held:
                read = _embedded(speakers, sentence, by_start, k) or _backref(sentence, by_start, k)
            if read is not None and read.quote not in quotes:
                quotes.add(read.quote)
                added.append(read)
                if read.cue == "said" and ('"' in read.quote or "”" in read.quote):
                    statements = _voiced(statements, sentence, read)
    if not added and not changed:
        return found
    return others + sorted(statements + added, key=lambda s: (s.evidence.start, s.evidence.end))

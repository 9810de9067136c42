"""Round 84's statement readings (helper h_fix_s84, ``dev_statements110``), applied last in
:mod:`pipeline.extract._latepasses`. Each adds what the reader left unread, or renames a
speaker it read wrongly. Why each exists:

- unnamed reports and responders as sources ("Earlier reports said that C", "C, according to
  local reports", "C, according to a police statement", "C, medics and rescuers in PLACE said")
  gave no speaker: the description is the speaker (a "X statement" is X's);
- a saying clause after "in which" (", in which Israel says C") or fronted by "As" ("As NAME
  wrote on his Telegram channel, C") was not read as an attribution;
- a time adverb between the subject and its verb ("Iran yesterday said that C") hid the subject
  (or stayed in the speaker: "Kremlin today");
- a plural body in the present ("Regional authorities confirm that C") or a country's cabinet
  ("Jordan's cabinet confirmed that C") was no speaker;
- a witness introduced by a description and a relative clause ("Senior paramedic NAME, who was
  ..., said C") lost both C and the name: the description's first word became the speaker of
  the quotes after it, and a quote interrupted by "he said." lost its second part;
- "A spokesperson for the X hospital in PLACE said C" gave no speaker: the hospital is.

Every reading is gated on a literal of the sentence before its pattern; statements already read
are looked up through a per-sentence dict (no scan over all findings per sentence).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._found import new_statement
from pipeline.extract._roles import adjective
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_END = r"(?P<c>[^“”\"]{8,}?)[.!]?\s*$"

_REPORTS = re.compile(
    r"^(?P<s>(?:Earlier|Previous|Local|Media) (?:media )?reports)"
    r" (?:had )?(?:said|stated)(?: that)? " + _END
)
"""'Earlier reports said that C' (an unnamed report as the source)."""

_GENERIC = (
    r"(?:(?:earlier|initial|preliminary|early|local|media) (?:media )?reports"
    r"|first responders|rescuers|medics|paramedics|hospitals|witnesses)"
)
_ACCORDING = re.compile(
    r"^(?P<c>[A-Z][^;“”\"]{8,}?), according to (?:(?P<s>" + _GENERIC + r")"
    r"|an? (?P<o>police|army|military|hospital|ministry) statement)(?=[,.]|$)"
)
"""'C, according to local reports' / 'C, according to a police statement'."""

_TAILSAID = re.compile(
    r"^(?P<c>[A-Z][^;“”\"]{8,}?), (?P<s>" + _GENERIC + r"(?: and " + _GENERIC + r")?)"
    r"(?: in [^,]{2,50}?)? said(?=[,.]|$)",
    re.IGNORECASE,
)
"""'C, medics and rescuers in the city said, as ...'."""

_WHICH = re.compile(
    r",['’”\"]* (?:in|under|with|during) which (?P<s>(?:[A-Z][\w'’.-]* ){0,4}[A-Z][\w'’.-]*)"
    r" (?:says|said|claims|claimed|states|stated|insists|insisted)(?: that)? " + _END
)
"""', in which Israel says C' (a saying clause inside a relative clause)."""

_AS = re.compile(
    r"^As (?P<s>(?:[a-z]+ ){0,3}(?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w'’.-]*)"
    r" (?:stated|wrote|noted|said|reported|posted|announced|explained)\b[^,]{0,60}, "
    r"(?P<c>[a-z0-9][^“”\"]{8,}?)[.!]?\s*$"
)
"""'As NAME wrote on his Telegram channel, C' (a fronted as-clause)."""

_ADVERBS = "yesterday|today|tonight|earlier|later|separately"
_ADVERB = re.compile(
    r"^(?:The )?(?P<s>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) (?:" + _ADVERBS + r")"
    r" (?:said|stated|announced|claimed|confirmed|reported) that " + _END
)
"""'Iran yesterday said that C' (a time adverb between subject and verb)."""

_ADVERB_TAIL = re.compile(r" (?:" + _ADVERBS + r")$")

_BODIES = re.compile(
    r"^(?P<s>(?:(?P<p>[A-Z][\w-]*['’]s) |[A-Z][\w-]* )?(?:[Rr]egional |[Ll]ocal |[Cc]ity )?"
    r"(?:authorities|cabinet|officials))"
    r" (?:confirm|confirmed|say|stress|stressed|report) that " + _END
)
"""'Regional authorities confirm that C' / "Jordan's cabinet confirmed that C"."""

_WITNESS = re.compile(
    r"^(?P<pre>(?:[\w'’-]+ ){1,5}?)(?P<n>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}), who "
    r"[^,“”\"]{3,160}, said(?: that)? " + _END
)
"""'Senior paramedic NAME, who was among ..., said C' (a described witness)."""

_CONTINUED = re.compile(
    r"“(?P<q1>[^“”\n]{3,}?[,.!?])” (?:he|she) (?:said|added)\. +“(?P<q2>[^“”\n]{8,})”"
    r"(?=[ \t]*(?:\n|$))"
)
"""'“Q1,” he said. “Q2”' closing its paragraph: the second part of an interrupted quote."""

_HOSPITAL = re.compile(
    r"^An? (?:spokesperson|spokesman|spokeswoman) for the (?P<s>(?:[A-Z][\w'’-]* ){1,3}"
    r"(?:hospital|Hospital|Medical Center|medical centre))(?: in [^,]{2,80}?)?"
    r" said(?: that)? " + _END
)
"""'A spokesperson for the X hospital in PLACE said C'."""


_STOP = frozenset(
    ("the", "and", "that", "was", "were", "has", "have", "had", "its", "his", "her", "their")
)


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"\W+", text.lower()) if len(w) > 2 and w not in _STOP}


class _Seen:
    """The statements read so far, by the index of the sentence their evidence starts in."""

    def __init__(self, doc: Document, found: list[Finding]) -> None:
        self._starts = [s.start for s in doc.sentences]
        self._by: dict[int, list[Statement]] = {}
        for f in found:
            if isinstance(f, Statement):
                self.add(f)

    def index(self, at: int) -> int:
        return bisect_right(self._starts, at) - 1

    def add(self, f: Statement) -> None:
        self._by.setdefault(self.index(f.evidence.start), []).append(f)

    def holds(self, index: int, clause: str, lo: int, hi: int) -> bool:
        """True when a statement reaching into ``lo``-``hi`` (sentence ``index``) already
        reads ``clause`` (a shorter clause inside it, "which X claimed C", does not)."""
        want = _words(clause)
        for i in (index - 1, index, index + 1):
            for f in self._by.get(i, ()):
                ev = f.evidence
                if ev.end <= lo or ev.start >= hi:
                    continue
                if f.quote in clause and 5 * len(f.quote) < 3 * len(clause):
                    continue
                have = _words(f.quote)
                if want and len(want & have) * 2 >= min(len(want), len(have) or 1):
                    return True
        return False


_CLOSERS = frozenset('.!?”"’')

_SAYING = re.compile(r"\b(?:say|says|said|stated|reported|according to|citing)\b")
"""A saying verb inside a clause read as reported: the clause has its own speaker."""


def _sentence_reading(speakers: Speakers, text: str) -> tuple[str, str, str] | None:
    """(speaker, clause, cue) of the first reading that matches ``text``, or None."""
    if "reports " in text:
        m = _REPORTS.match(text)
        if m is not None:
            return m["s"].lower(), m["c"], "said"
    if ", according to " in text:
        m = _ACCORDING.match(text)
        if m is not None:
            return (m["s"] or m["o"]).lower(), m["c"], "according to"
    if " said" in text:
        m = _TAILSAID.match(text)
        if m is not None:
            return m["s"].lower(), m["c"], "said"
    if " which " in text:
        m = _WHICH.search(text)
        if m is not None:
            return speakers.canonical(m["s"]), m["c"], "said"
    if text.startswith("As "):
        m = _AS.match(text)
        if m is not None:
            return speakers.canonical(m["s"]), m["c"], "said"
    if any(f" {a} " in text for a in ("yesterday", "today", "tonight", "earlier", "later")):
        m = _ADVERB.match(text)
        if m is not None:
            return speakers.canonical(m["s"]), m["c"], "said"
    if " that " in text and ("authorities " in text or "cabinet " in text or "officials " in text):
        m = _BODIES.match(text)
        if m is not None:
            s = m["s"]
            if m["p"]:
                s = s.replace(m["p"], adjective(m["p"], m["p"].lower().replace("’", "'")), 1)
            elif s.split(" ", 1)[0].lower() in ("regional", "local", "city"):
                s = s.lower()
            return s, m["c"], "confirmed"
    if text.startswith(("A spokes", "An spokes")):
        m = _HOSPITAL.match(text)
        if m is not None:
            return m["s"], m["c"], "said"
    return None


def _reading(speakers: Speakers, text: str) -> tuple[str, str, str] | None:
    """:func:`_sentence_reading` unless its clause holds a saying verb of its own."""
    got = _sentence_reading(speakers, text)
    if got is None or _SAYING.search(got[1]) is not None:
        return None
    return got


def _witnesses(doc: Document, speakers: Speakers) -> dict[int, tuple[str, str, str]]:
    """Sentence index -> (name, description's first word, clause) of each described witness."""
    out: dict[int, tuple[str, str, str]] = {}
    for i, sent in enumerate(doc.sentences):
        text = sent.text
        if ", who " not in text or " said" not in text:
            continue
        m = _WITNESS.match(text)
        if m is None or not any(w[:1].islower() for w in m["pre"].split()):
            continue
        out[i] = (speakers.canonical(m["n"]), m["pre"].split(" ", 1)[0], m["c"])
    return out


_PRONOUN_CUE = re.compile(r"[,.!?][”\"] (?:he|she) (?:said|added)\b")
"""'“...,” he said': a quote whose speaker is the last person named."""


def _pronoun_cued(body: str, f: Statement) -> bool:
    """True when "he said" / "she said" closes ``f``'s quote or the quote just before it."""
    ev = f.evidence
    return _PRONOUN_CUE.search(body, max(0, ev.start - 16), ev.end + 16) is not None


def _renamed(
    doc: Document, found: list[Finding], wit: dict[int, tuple[str, str, str]], seen: _Seen
) -> list[Finding]:
    """``found`` with the quotes after a described witness (same or next paragraph) given to
    the witness where the reader named them by the description's first word."""
    spans: list[tuple[int, int, str, str]] = []
    sents = doc.sentences
    for i, (name, head, _) in wit.items():
        end = i + 1
        while end < len(sents) and end <= i + 4 and sents[end].text.lstrip()[:1] in '“"':
            end += 1
        stop = sents[end - 1].end if end > i + 1 else sents[i].end
        spans.append((sents[i].end, stop, head, name))
    if not spans:
        return found
    spans.sort()
    los = [span[0] for span in spans]
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Statement):
            k = bisect_right(los, f.evidence.start) - 1
            if k >= 0:
                _, hi, head, name = spans[k]
                if (
                    f.evidence.start < hi
                    and f.speaker != name
                    and (f.speaker == head or _pronoun_cued(doc.body, f))
                ):
                    f = replace(f, speaker=name)
        out.append(f)
    return out


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    seen = _Seen(doc, found)
    extra: list[Finding] = []
    for i, sent in enumerate(doc.sentences):
        text = sent.text
        if " " not in text or text.rstrip()[-1:] not in _CLOSERS:
            continue  # a headline (no closing mark) restates the story, it says nothing
        got = _reading(speakers, text)
        if got is None:
            continue
        who, clause, cue = got
        if not who or seen.holds(i, clause, sent.start, sent.end):
            continue
        st = new_statement(text, sent.start, who, "indirect", clause.strip(" ,"), cue)
        seen.add(st)
        extra.append(st)
    wit = _witnesses(doc, speakers) if ", who " in doc.body else {}
    for i, (name, _, clause) in wit.items():
        sent = doc.sentences[i]
        if not seen.holds(i, clause, sent.start, sent.end):
            st = new_statement(sent.text, sent.start, name, "indirect", clause.strip(" ,"), "said")
            seen.add(st)
            extra.append(st)
    out = found + extra if extra else found
    if wit:
        out = _renamed(doc, out, wit, seen)
    out = _adverb_speakers(out)
    if "” he said." in doc.body or "” she said." in doc.body or "” he added." in doc.body:
        out = _continued(doc, out, seen)
    return out


def _adverb_speakers(found: list[Finding]) -> list[Finding]:
    """'Kremlin today' -> 'Kremlin' (a time adverb read into the speaker)."""
    if not any(isinstance(f, Statement) and _ADVERB_TAIL.search(f.speaker) for f in found):
        return found
    return [
        replace(f, speaker=_ADVERB_TAIL.sub("", f.speaker))
        if isinstance(f, Statement) and _ADVERB_TAIL.search(f.speaker)
        else f
        for f in found
    ]


def _continued(doc: Document, found: list[Finding], seen: _Seen) -> list[Finding]:
    """The second part of '“Q1,” he said. “Q2”' when only the first was read."""
    by_quote = {f.quote: f for f in found if isinstance(f, Statement)}
    extra: list[Finding] = []
    renames: dict[int, str] = {}
    body = doc.body
    for m in _CONTINUED.finditer(body):
        first = by_quote.get(m["q1"])
        q2 = m["q2"]
        if first is None:
            continue
        have = by_quote.get(q2)
        if have is not None:
            if have.speaker != first.speaker:
                renames[id(have)] = first.speaker
            continue
        at = m.start("q2")
        if seen.holds(seen.index(at), q2, at, m.end()):
            continue
        st = new_statement(body[at - 1 : m.end()], at - 1, first.speaker, "direct", q2, "said")
        seen.add(st)
        extra.append(st)
    if renames:
        found = [
            replace(f, speaker=renames[id(f)])
            if isinstance(f, Statement) and id(f) in renames
            else f
            for f in found
        ]
    return found + extra if extra else found

"""Clause extents of statement round 45 (see :mod:`_s45post`).

- **After an incise.** "Another 5 people, specified the ministry, have remained wounded",
  "In the course of the day, added the governor, the forces have fired ...": when the part
  before the incise has no verb (a subject or a fronted adverbial), the statement is the
  part after it (the predicate, or the clause), as the labels read "S, he added, PRED".
- **Inverted role and name, then "adding that".** "C, acknowledged the governor NAME,
  adding that D": C and D are NAME's (the earlier readers gave D to a place of C, or read
  no C).
- **An attribution inside a relative.** "A, after strikes which, according to Y, killed 27":
  the speaker's clause is A; "killed 27 ..." is Y's own statement.
- **"through the voice of ..., NAME, that C".** The verb's clause C is one indirect
  statement of NAME (its «fragments» kept inside), not a partial of the country.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.extract._found import new_statement
from pipeline.extract._s29reads import name_in
from pipeline.extract._s36verbs import pattern
from pipeline.extract._s45speakers import is_person
from pipeline.extract.model import Document, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise", "twins"]

_NAME = (
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:[ \t]+(?:(?:de|di|da|von|van|der|al|el)[ \t]+)*"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){1,3}"
)
_VERB = r"(?:has[ \t]+|had[ \t]+)?[a-z]+(?:ed|id|ote)"
_INCISE = re.compile(
    r"^(?P<a>[A-Z][^,;«»“”\"]{2,80}),[ \t]+(?P<v>" + _VERB + r")[ \t]+(?P<x>(?:the|this|that)"
    r"[ \t]+[^,;«»“”\"]{2,70}?|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}),[ \t]+"
    r"(?P<b>[^;«»“”\"]{8,}?)\.?$"
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|must|should|may|might)\b"
    r"|\b[a-z]{3,}(?:ed)\b(?![ \t]+by)"
)
_PERSON_ROLES = frozenset(
    (
        "mayor", "governor", "prefect", "minister", "spokesman", "spokeswoman", "president",
        "premier", "chancellor", "secretary", "ambassador", "envoy", "commander", "general",
        "admiral", "director", "head", "chief",
    )
)  # fmt: skip
_FRONTED = re.compile(
    r"^(?:In|During|Since|On|At|After|Before|Over|Throughout|Overnight|Meanwhile|Later|Earlier"
    r"|Until|Within|Across)\b"
)
_ADDING = re.compile(
    r"^(?P<c>[^«»“”;\"]{8,}?),[ \t]+(?P<v>" + _VERB + r")[ \t]+the[ \t]+(?P<role>[a-z][^,;«»“”\"]"
    r"{2,70}?)[ \t]+(?P<n>" + _NAME + r"),[ \t]+adding[ \t]+that[ \t]+(?P<d>[^;«»“”\"]{8,}?)\.?$"
)
_INNER = re.compile(
    r",[ \t]+according[ \t]+to[ \t]+(?P<y>[^,;«»“”\"]{3,80}),[ \t]+(?P<d>[^;«»“”\"]{6,})$"
)
_RELATIVE = re.compile(r"[ \t](?:which|who|that)$")
_VOICE = re.compile(
    r",[ \t]+through[ \t]+the[ \t]+voice[ \t]+of[ \t]+[^;«»“”\"]{3,90}?,?[ \t]+(?P<n>"
    + _NAME
    + r"),[ \t]+(?:(?P<v>"
    + _VERB
    + r")[ \t]+)?that[ \t]+(?P<c>[^;]{8,}?)\.?$"
)
_FRAMED = re.compile(
    r"^(?P<pre>[A-Z][^«»“”\";]{3,160}?)[ \t]+(?:has[ \t]+|had[ \t]+)?(?:also[ \t]+)?"
    r"(?:let[ \t]+it[ \t]+be[ \t]+known|" + pattern("finite") + r")\b[^«»“”\";]{0,40}?[ \t]"
    r"that[ \t]+(?P<c>[^;]{8,})$"
)
_RELAY = re.compile(
    r",?[ \t]*as[ \t]+(?:reported|referred|communicated|relayed)[ \t]+by[ \t]+[^,;]+$"
)
_REACHED = re.compile(
    r"^According[ \t]+to[ \t]+(?P<x>[^,;«»“”\"]{3,80}),[ \t]+(?:joined|reached|contacted"
    r"|interviewed|quoted|speaking)\b[^,;«»“”\"]{2,60},[ \t]+(?P<c>[^;«»“”\"]{8,}?)\.?$"
)
_AFTER = re.compile(
    r",[ \t]+according[ \t]+to[ \t]+[^,;«»“”\"]{3,80},[ \t]+(?P<b>[^;«»“”\"]{6,}?)\.?$"
)
_CALL = re.compile(
    r"\b(?:called(?:[ \t]+for[ \t]+(?:his|her|its|their)[ \t]+part)?[ \t]+on|urged|invited"
    r"|exhorted|asked)[ \t]+(?P<c>(?:the[ \t]+)?[A-Za-z][^,;«»“”\"]{1,60}?[ \t]+to[ \t]+[^;]*?)"
    r"(?=\.?$|,[ \t]+(?:and|but|while)[ \t]|[ \t]+and[ \t]+[a-z]+ed\b)"
)
_DATED = re.compile(r"^[A-Z][A-Za-z'’ -]{1,30},[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+[-–—][ \t]+")
_DATA_OF = re.compile(
    r"^(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:data|figures|report|note|statement|bulletin|document"
    r"|estimates|calculations|communiqué)[ \t]+of[ \t]+"
)
_VOICED = re.compile(
    r"^[A-Z][^,;«»“”\"]{1,60},[ \t]+through[ \t]+the[ \t]+voice[ \t]+of[ \t]+[^;«»“”\"]{3,90}?"
    r",?[ \t]+(?P<n>" + _NAME + r"),[ \t]+(?P<v>" + pattern("finite") + r")\b[^;«»“”\"]{0,40}?"
    r"[ \t]that[ \t]+(?P<c>[^;]{8,}?)\.?$"
)
_ENCLAVE = re.compile(
    r"^(?:the[ \t]+)?civil[ \t]+defen[cs]e[ \t]+of[ \t]+(?:the[ \t]+)?(?:Palestinian[ \t]+)?"
    r"(?:enclave|Strip|Gaza(?:[ \t]+Strip)?)$",
    re.I,
)


def revise(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """``statements`` with this round's clause extents corrected."""
    _LAST.clear()  # a list seen before may have been changed in place since
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text.rstrip()
        if text.count(",") >= 2 and (m := _INCISE.match(text)):
            statements = _incise(statements, m)
            statements = _unread_incise(speakers, statements, doc, index, m)
        if ", adding that " in text and (m := _ADDING.match(text)):
            statements = _adding(speakers, statements, sentence, m)
        if ", according to " in text:
            statements = _inner(speakers, statements, sentence)
            statements = _after(statements, sentence)
        if text.startswith("According to ") and (m := _REACHED.match(text)):
            statements = _reached(speakers, statements, sentence, m)
        if " that " in text:
            statements = _framed(statements, sentence)
        if " to «" in text or " to “" in text:
            statements = _call(statements, sentence)
        if "through the voice of" in text and (m := _VOICE.search(text) or _VOICED.match(text)):
            statements = _voice(speakers, statements, sentence, m)
    return statements


def _predicate(b: str) -> bool:
    """Whether ``b`` reads as a clause or a predicate (not a name, not a relative)."""
    first = b.split()[0] if b.split() else ""
    return first[:1].islower() and first not in (
        "which", "who", "whose", "where", "whereas", "while", "when", "as", "and", "but",
    )  # fmt: skip


class _ByStart:
    """``statements``' positions sorted by evidence start, for one list object.

    Every pass here returns its input list or a new one (never one changed in place), so
    one sort serves each sentence's :func:`_here` until the list is replaced.
    """

    def __init__(self, statements: list[Statement]) -> None:
        self.statements = statements
        self.size = len(statements)
        self.keys = sorted((s.evidence.start, i) for i, s in enumerate(statements))


_LAST: list[_ByStart] = []


def _here(statements: list[Statement], sentence: Sentence) -> list[Statement]:
    """``[s for s in statements if sentence.start <= s.evidence.start < sentence.end]``."""
    if not _LAST or _LAST[0].statements is not statements or _LAST[0].size != len(statements):
        _LAST[:] = [_ByStart(statements)]
    keys = _LAST[0].keys
    lo = bisect_left(keys, (sentence.start, -1))
    hi = bisect_left(keys, (sentence.end, -1), lo)
    return [statements[i] for i in sorted(i for _, i in keys[lo:hi])]


def _incise(statements: list[Statement], m: re.Match[str]) -> list[Statement]:
    """ "S, VERB the X, PRED": PRED (or the clause after a fronted adverbial) is the quote;
    read as X's when no reader took the sentence."""
    a, b = m.group("a"), m.group("b")
    if _FINITE.search(a) or not _predicate(b):
        return statements
    if len(a.split()) > 4 and _FRONTED.match(a) is None:
        return statements  # "Drones hit the port of Odesa, said the head ..., NAME."
    return [
        replace(s, quote=b) if s.mode == "indirect" and s.quote.strip(" ,") == a else s
        for s in statements
    ]


def _unread_incise(
    speakers: Speakers, statements: list[Statement], doc: Document, index: int, m: re.Match[str]
) -> list[Statement]:
    """The incise reading of a sentence no reader took: X is the body or the person the
    sentence before is about, named again by its head ("the army", "the prefect")."""
    sentence = doc.sentences[index]
    if _here(statements, sentence) or _FINITE.search(m.group("a")) or not _predicate(m["b"]):
        return statements
    if len(m.group("a").split()) > 4 and _FRONTED.match(m.group("a")) is None:
        return statements
    x = re.sub(r"^(?:the|this|that)[ \t]+", "", m.group("x"))
    head = x.split()[-1].lower()
    who: str | None = None
    if index and head in _PERSON_ROLES:
        prior = speakers.subject(index - 1)
        if prior is None:  # the last person who spoke in the sentence before
            lo = doc.sentences[index - 1].start
            spoke = [t.speaker for t in statements if lo <= t.evidence.start < sentence.start]
            prior = spoke[-1] if spoke else None
        who = prior if prior is not None and is_person(prior) else None
    elif index and (prior := speakers.subject(index - 1)) is not None and head in prior.lower():
        who = prior
    if who is None:  # a body the sentence names itself is left to the body readers
        return statements
    return [
        *statements,
        new_statement(sentence.text, sentence.start, who, "indirect", m["b"], m["v"]),
    ]


def _person(speakers: Speakers, sentence: Sentence, m: re.Match[str]) -> str | None:
    """The person the match's ``n`` group names, or None (a body, a role, nobody)."""
    run = m.group("n")
    who = speakers.named(run, sentence.start + m.start("n")) or name_in(speakers, run)
    return who if is_person(who) else None


def _adding(
    speakers: Speakers, statements: list[Statement], sentence: Sentence, m: re.Match[str]
) -> list[Statement]:
    """ "C, VERB the ROLE NAME, adding that D": NAME's C and D."""
    who = _person(speakers, sentence, m)
    if who is None:
        return statements
    here = _here(statements, sentence)
    c, d = m.group("c"), m.group("d")
    out = [replace(s, speaker=who) if s in here and s.quote in (c, d) else s for s in statements]
    text = sentence.text
    for part, cue in ((c, m.group("v")), (d, "adding")):
        if not any(s.quote == part or part in s.quote for s in here):
            out.append(new_statement(text, sentence.start, who, "indirect", part, cue))
    return out


def _inner(speakers: Speakers, statements: list[Statement], sentence: Sentence) -> list[Statement]:
    """ "A, after B which, according to Y, D": the speaker's clause ends at A.

    D is not given to Y: reading it as Y's statement cost a measured set a spurious statement.
    """
    out = statements  # a new list only when a quote is cut (keeps _here's sort)
    for s in _here(statements, sentence):
        if s.mode != "indirect" or ", according to " not in s.quote:
            continue
        m = _INNER.search(s.quote)
        if m is None:
            continue
        pre = s.quote[: m.start()]
        if _RELATIVE.search(pre) is None or ", " not in pre:
            continue
        head = pre[: pre.rfind(", ")]
        if len(head.split()) < 4:
            continue
        out = [replace(x, quote=head) if x is s else x for x in out]
    return out


def _source(speakers: Speakers, phrase: str, at: int) -> str:
    """The speaker an "according to" phrase names ("the data of the Border Guard" -> the
    Border Guard's)."""
    phrase = _DATA_OF.sub("", phrase)
    if _ENCLAVE.match(phrase):
        return "Gaza civil defence"
    named = speakers.named(phrase, at)
    if named:
        return named
    return re.sub(r"^(?:the|a|an)[ \t]+", "", phrase)


def _voice(
    speakers: Speakers, statements: list[Statement], sentence: Sentence, m: re.Match[str]
) -> list[Statement]:
    """ "X warned, through the voice of ROLE, NAME, that C": NAME's indirect C, whole."""
    who = _person(speakers, sentence, m)
    if who is None:
        return statements
    c = m.group("c")
    here = _here(statements, sentence)
    inside = [s for s in here if s.quote in c]
    if any(s.mode != "partial" and s.quote == c for s in inside):
        return statements
    drop = set(map(id, inside))
    out = [s for s in statements if id(s) not in drop]
    out.append(
        new_statement(sentence.text, sentence.start, who, "indirect", c, m.group("v") or "warned")
    )
    return out


def _framed(statements: list[Statement], sentence: Sentence) -> list[Statement]:
    """A quote holding its own frame ("NAME, ROLE, has affirmed that C", read so by a relay
    reading of "..., as reported by the agency X"): C only."""
    out = statements
    text = sentence.text
    for s in _here(statements, sentence):
        if s.mode != "indirect" or " that " not in s.quote or (m := _FRAMED.match(s.quote)) is None:
            continue
        at = text.find(s.quote)
        if at < 0 or _RELAY.match(text[at + len(s.quote) :].rstrip(" .")) is None:
            continue  # only a frame the relay reading took in: "..., as reported by X"
        if "," not in m.group("pre") and not m.group("pre")[:1].isupper():
            continue
        c = _RELAY.sub("", m.group("c"))
        out = [replace(x, quote=c) if x is s else x for x in out]
    return out


def twins(statements: list[Statement]) -> list[Statement]:
    """Without the second of two equal readings of one sentence (this round's corrections can
    meet another reader's: "C, as reported by X" beside C, or one clause read twice)."""
    out: list[Statement] = []
    kept: dict[tuple[str, str], list[Statement]] = {}  # ``out`` by speaker and quote
    for s in statements:
        bare = s.quote
        if ", as " in bare and (r := _RELAY.search(bare)) is not None:
            bare = bare[: r.start()]
        if any(
            t.evidence.start < s.evidence.end and s.evidence.start < t.evidence.end
            for t in kept.get((s.speaker, bare), ())
        ):
            continue
        if bare[:1].isupper() and " - " in bare[:40] and (d := _DATED.match(bare)) is not None:
            bare = bare[d.end() :]  # "Rome, 3 May - C": the dateline is no part of C
        t = replace(s, quote=bare) if bare != s.quote else s
        out.append(t)
        kept.setdefault((t.speaker, t.quote), []).append(t)
    return out


def _reached(
    speakers: Speakers, statements: list[Statement], sentence: Sentence, m: re.Match[str]
) -> list[Statement]:
    """ "According to X, joined by telephone by RFI, C": X's C."""
    c, x = m.group("c"), m.group("x")
    who = _source(speakers, x, sentence.start + m.start("x"))
    here = _here(statements, sentence)  # once, not per statement
    if not here:
        new = new_statement(sentence.text, sentence.start, who, "indirect", c, "according")
        return [*statements, new]
    return [
        replace(s, quote=c, speaker=s.speaker if s.speaker in x else who)
        if s in here and c in s.quote
        else s
        for s in statements
    ]


def _after(statements: list[Statement], sentence: Sentence) -> list[Statement]:
    """ "A; the missiles, according to Y, PRED": PRED, when the words before the incise
    have no verb."""
    text = sentence.text.rstrip()
    out = statements
    for s in _here(statements, sentence):
        at = text.find(s.quote)
        if at < 0 or s.mode != "indirect":
            continue
        m = _AFTER.match(text, at + len(s.quote))
        if m is None:
            continue
        last = s.quote.split(";")[-1].strip(" ,")
        if _FINITE.search(last) or len(last.split()) > 4 or not _predicate(m.group("b")):
            continue
        out = [replace(x, quote=m.group("b")) if x is s else x for x in out]
    return out


def _call(statements: list[Statement], sentence: Sentence) -> list[Statement]:
    """ "called on Washington to «associate the Europeans» with any agreement": the call, with
    its fragment inside, is one indirect statement (the fragment rule), not a partial."""
    out = statements
    for m in _CALL.finditer(sentence.text):
        c = m.group("c")
        if not any(q in c for q in "«“"):
            continue
        for s in _here(out, sentence):
            if s.mode == "partial" and s.quote in c and not any(t.quote == c for t in out):
                out = [replace(x, mode="indirect", quote=c) if x is s else x for x in out]
    return out

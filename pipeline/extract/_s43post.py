"""Statement leftovers of round 43 (``dev_statements69``): readings of the literal
German/Italian/Spanish copy earlier rounds left open.

- "C, as the mayor NAME on Facebook announced" (German verb-final "wie ... mitteilte"), with an
  optional ", adding that D": C (and D) are NAME's;
- "C, as referred by X" (Italian "come riferito da"): C is X's;
- "For NAME, who ..., C" (a relative between the source and its clause): C is NAME's;
- "qualified X as «F»": F is a partial of the subject (an existing partial keeps its quote
  and takes the subject as speaker);
- "C, according to X, which ...": C is the statement, not the relative;
- "According to the DEMONYM press, C": the described source "DEMONYM press";
- a two-word surname ("said Sarabia Torres") takes the full name given before;
- a bare "the centre" / "the headquarters" is the long body of that head noun named before.

Each reader starts with a literal test of its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract._lexicon import DEMONYMS, TITLES
from pipeline.extract._s29reads import is_person, name_in, overlapping
from pipeline.extract._s36verbs import pattern
from pipeline.extract._s39roles import subject_of
from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_FIN = pattern("finite")
_WORD = r"[A-ZÀ-Ž][\w'’-]+"
_NAME = _WORD + r"(?:[ \t]+" + _WORD + r")+"
_PLATFORMS = r"(?:Telegram|Facebook|X|Instagram|Viber|Twitter|YouTube)"
_AS_PLATFORM = re.compile(
    r"^(?P<c>[^«»“”;]{8,}?),[ \t]+as[ \t]+(?P<x>[^,;«»“”]{3,100}?)[ \t]+(?:on|in|via)[ \t]+"
    + _PLATFORMS
    + r"[ \t]+(?P<v>"
    + _FIN
    + r")(?:,[ \t]+adding[ \t]+that[ \t]+(?P<a>[^;«»“”]{4,}?))?\.?$"
)
_AS_BY = re.compile(
    r"^(?P<c>[^«»“”;]{8,}?),[ \t]+as[ \t]+(?P<v>referred|reported|communicated|specified)"
    r"[ \t]+by[ \t]+(?P<x>[^;«»“”]{3,140}?)\.?$"
)
_FOR_WHO = re.compile(
    r"^For[ \t]+(?P<x>[^;«»“”]{3,100}?),[ \t]+who[ \t]+[^,;«»“”]{3,140}?,[ \t]+"
    r"(?P<c>[^;«»“”]{8,}?)\.?$"
)
_QUALIFIED = re.compile(
    r"^(?P<pre>[^«»“”;]{3,140}?)[ \t]+(?:has[ \t]+|had[ \t]+)?qualified[ \t]+[^«»“”;]{2,100}?"
    r"[ \t]+as[ \t]+[«“\"](?P<f>[^»”\"]{2,120})[»”\"]"
)
_CONVINCED = re.compile(
    r"^(?P<pre>[^«»“”;]{3,140}?)[ \t]+(?:has[ \t]+|had[ \t]+)?(?P<v>declared|said|professed|showed"
    r"|proclaimed)[ \t]+(?:himself|herself|themselves|itself)[ \t]+(?:convinced|confident|certain"
    r"|sure|optimistic|persuaded)[ \t]+that[ \t]+(?P<c>[^;«»“”]{8,}?)\.?$"
)
_ACCORDING_REL = re.compile(
    r"^(?P<c>[^«»“”;]{8,}?),[ \t]+according[ \t]+to[ \t]+[^,;]{3,80}?,[ \t]+(?:which|who)\b"
)
_PRESS = re.compile(
    r"^According[ \t]+to[ \t]+the[ \t]+(?P<d>[A-Z][a-z]+)[ \t]+press,[ \t]+(?P<c>[^;«»“”]{8,}?)\.?$"
)
_OPENED_BODY = re.compile(
    r"^(?:Meanwhile|Also|Later|Earlier|Separately|In[ \t]+addition|At[ \t]+the[ \t]+same[ \t]+time"
    r"|On[ \t]+[A-Z][a-z]+day),[ \t]+the[ \t]+(?P<b>(?:[a-z]+[ \t]+){1,3}"
    r"(?:centre|center|headquarters|council|committee|commission|agency|service)"
    r"[ \t]+(?:for|of)[ \t]+[^,;«»“”]{3,80}?)[ \t]+(?P<v>" + _FIN + r")[ \t]+that[ \t]+"
    r"(?P<c>[^;«»“”]{8,}?)\.?$"
)
_ROLE_WORDS = frozenset(
    {
        "envoy", "ambassador", "commissioner", "secretary", "director", "colonel", "general",
        "admiral", "spokesman", "spokeswoman", "senator", "judge", "mayor", "governor",
        "minister", "chancellor", "premier", "president", "king", "queen", "pope", "cardinal",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "in",
        "at", "the", "from", "for", "with", "by", "and", "but", "when", "after", "meanwhile",
    }
)  # fmt: skip
_BODY_NOUNS = ("centre", "center", "headquarters")


def _who(speakers: Speakers, phrase: str, at: int) -> str | None:
    """The speaker a source phrase names: a trailing person's name, else a capitalised body."""
    phrase = phrase.strip().rstrip(",")
    if m := re.search(r"(?:^|[ \t,])(?P<n>" + _NAME + r")$", phrase):
        found = name_in(speakers, m.group("n"))
        if is_person(found):
            return found
    return subject_of(speakers, phrase + " said", at)


def _has(out: list[Statement], s: Sentence, quote: str) -> bool:
    return any(quote in t.quote or t.quote in quote for t in overlapping(out, s.start, s.end))


def _add_readings(doc: Document, speakers: Speakers, out: list[Statement]) -> list[Statement]:
    for i, s in enumerate(doc.sentences):
        text = s.text.rstrip()
        if " as " in text and (m := _AS_PLATFORM.match(text) or _AS_BY.match(text)):
            who = _who(speakers, m.group("x"), s.start)
            if who:
                for key in ("c", "a"):
                    part = m.groupdict().get(key)
                    if part and not _has(out, s, part):
                        out.append(new_statement(text, s.start, who, "indirect", part, m["v"]))
        if ", the " in text and (m := _OPENED_BODY.match(text)) and not _has(out, s, m["c"]):
            out.append(new_statement(text, s.start, m["b"], "indirect", m["c"], m["v"]))
        if text.startswith("For ") and (m := _FOR_WHO.match(text)):
            who = _who(speakers, m.group("x"), s.start)
            if who and not _has(out, s, m.group("c")):
                out.append(new_statement(text, s.start, who, "indirect", m.group("c"), "for"))
        if "self " in text and (m := _CONVINCED.match(text)) and not _has(out, s, m["c"]):
            who = _who(speakers, m.group("pre"), s.start) or speakers.subject(i)
            if who:
                out.append(new_statement(text, s.start, who, "indirect", m["c"], m["v"]))
        if "qualified" in text and (m := _QUALIFIED.match(text)):
            who = _who(speakers, m.group("pre"), s.start) or speakers.subject(i)
            f = m.group("f")
            if who:
                here = [t for t in overlapping(out, s.start, s.end) if t.quote == f]
                if here:
                    out = [replace(t, speaker=who) if t in here else t for t in out]
                else:
                    out.append(new_statement(text, s.start, who, "partial", f, "qualified"))
        if "according to" in text and (m := _ACCORDING_REL.match(text)):
            c = m.group("c")
            for t in overlapping(out, s.start, s.end):
                if t.mode == "indirect" and re.match(r"(?:which|who)\b", t.quote):
                    out = [replace(x, quote=c) if x is t else x for x in out]
        if text.startswith("According to the ") and (m := _PRESS.match(text)):
            d = m.group("d")
            known = d in DEMONYMS.values() or d in {"American", "British"}
            if known and not _has(out, s, m.group("c")):
                who = f"{d} press"
                out.append(new_statement(text, s.start, who, "indirect", m["c"], "according"))
    return out


_PREPOSITION_END = re.compile(r"\b(?:to|in|from|at|of|by)[ \t]+$")


def _after_preposition(body: str, at: int) -> bool:
    """Whether ``body[:at]`` ends in a preposition: searched from a short window before
    ``at`` (``\\b`` still sees the character before it), and from the body's start only
    when the window is all blanks after its first few characters (a match could then
    start before it)."""
    lo = max(0, at - 64)
    if _PREPOSITION_END.search(body, lo, at) is not None:
        return True
    if lo and not body[lo + 4 : at - 1].strip(" \t"):
        return _PREPOSITION_END.search(body, 0, at) is not None
    return False


def _fuller_pattern(who: str) -> re.Pattern[str]:
    return re.compile(r",[ \t]+(?P<f>[A-ZÀ-Ž][a-zà-ž]+)[ \t]+" + re.escape(who) + r",")


class _Named:
    """Per-document scans of :func:`_full_name`, once per speaker instead of per statement."""

    def __init__(self, body: str) -> None:
        self.body = body
        self._first: dict[str, int] = {}
        self._fuller: dict[str, list[re.Match[str]]] = {}

    def before(self, who: str, start: int) -> bool:
        """``body.find(f" {who}", 0, start) >= 0``."""
        if who not in self._first:
            self._first[who] = self.body.find(f" {who}")
        first = self._first[who]
        return first >= 0 and first + len(who) + 1 <= start

    def fuller(self, who: str, start: int) -> list[re.Match[str]]:
        """``pat.finditer(body, 0, start)`` of :func:`_full_name`'s pattern, in order."""
        if who not in self._fuller:
            self._fuller[who] = list(_fuller_pattern(who).finditer(self.body))
        found = self._fuller[who]
        k = bisect_right([m.end() for m in found], start)
        if k < len(found) and found[k].start() < start:  # one crosses ``start``: scan as was
            return list(_fuller_pattern(who).finditer(self.body, 0, start))
        return found[:k]  # a match's length is fixed by its start: the prefix's own matches


def _full_name(named: _Named, speakers: Speakers, s: Statement) -> Statement:
    """ "Sarabia Torres" -> "Laura Sarabia Torres" when the fuller name was given before."""
    who = s.speaker
    words = who.split()
    if len(words) != 2 or not is_person(who) or speakers.canonical(who) != who:
        return s
    body, start = named.body, s.evidence.start
    if not named.before(who, start):  # not named before: no copy of the body's head
        return s
    for m in named.fuller(who, start):
        first = m.group("f")
        low = first.lower()
        if low in TITLES or low in _ROLE_WORDS or low in DEMONYMS or low in DEMONYMS.values():
            continue
        if _after_preposition(body, m.start()):
            continue
        full = f"{first} {who}"
        if speakers.canonical(full) == full:
            return replace(s, speaker=full)
    return s


def _body(doc: Document, s: Statement) -> Statement:
    """A bare "centre" / "headquarters" -> the long body of that noun named before."""
    if s.speaker not in _BODY_NOUNS:
        return s
    before = doc.body[max(0, s.evidence.start - 1500) : s.evidence.start]
    pat = re.compile(
        r"\b[Tt]he[ \t]+(?P<b>(?:[a-z]+[ \t]+){1,3}"
        + s.speaker
        + r"[ \t]+(?:for|of)[ \t]+[^,.;«»“”]{3,80}?)[ \t]+(?="
        + _FIN
        + r"\b)"
    )
    found = list(pat.finditer(before))
    return replace(s, speaker=found[-1].group("b")) if found else s


_BARE_ROLE = re.compile(
    r"(?<![A-Z]\w)(?<![A-Z]\w\w)\b(?:the|The)[ \t]+(?P<r>minister|president|premier|chancellor)\b"
    r"(?![ \t]+(?:of|for)\b)"
)


def _not_counterpart(doc: Document, s: Statement) -> Statement:
    """ "the minister" is the holder a counterpart was named against, not the counterpart:
    "Minister NAME ... his Israeli counterpart, OTHER. «Q», wrote the minister" is NAME's."""
    m = _BARE_ROLE.search(s.evidence.text)
    if not m or not is_person(s.speaker):
        return s
    before = doc.body[: s.evidence.start]
    cps = list(re.finditer(r"counterpart,?[ \t]+" + re.escape(s.speaker) + r"\b", before))
    if not cps:
        return s
    at = cps[-1].start()
    start = max(before.rfind(". ", 0, at), before.rfind("\n", 0, at)) + 1
    role = m.group("r")
    held = re.search(
        r"\b["
        + role[0]
        + role[0].upper()
        + "]"
        + role[1:]
        + r"\b[^.;«»“”]{0,40}?(?:,[ \t]+|[ \t]+)(?P<n>"
        + _NAME
        + r")",
        before[start:at],
    )
    if held and is_person(held.group("n")) and held.group("n") != s.speaker:
        return replace(s, speaker=held.group("n"))
    return s


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's readings added and speakers renamed."""
    statements = [f for f in found if isinstance(f, Statement)]
    others = [f for f in found if not isinstance(f, Statement)]
    statements = _add_readings(doc, speakers, statements)
    named = _Named(doc.body)
    statements = [_body(doc, _full_name(named, speakers, s)) for s in statements]
    if body_has(doc.body, "counterpart"):  # no mention: no statement is renamed
        statements = [_not_counterpart(doc, s) for s in statements]
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return others + list(statements)

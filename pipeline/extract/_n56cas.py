"""Round n56's casualty revisions: one more aged person hurt, equal place items, kinds.

A fixing round on regional-administration relays and Gaza / Yemen agency copy found four
shapes the earlier readers missed:

- "Another 57-year-old man sustained fragmentation wounds" right after a sentence with a
  counted injured figure continues that harm list: one more person of the named group
  injured (the conventions' "another" continuing a counted harm list; with no counted
  figure before it, "another man" stays no count) (:func:`another_hurt`);
- a colon breakdown's place item equal to its total ("3 civilians died: Chuhuiv district
  -1, Zolochiv - 3 people") is the place's own record (one record per place), which
  :func:`pipeline.extract._repeats.drop_restated` had merged into the total
  (:class:`ItemsOf`); the dead of such a colon toll joined onto the injured-only clause
  before it ("3 people were hospitalized in Izium. Sadly, 2 civilians died: ...") are
  taken off that clause (:func:`unjoined`);
- "At least 39 displaced Palestinians were killed": the displaced of a named people are a
  group of their own, as "displaced people" is (:func:`displaced`);
- "including a port worker and three electrical engineers" after a toll: a subgroup whose
  adjective the group reader does not know still takes the nearer figure's harm
  (:func:`including_adjective`).

Each pass is gated on a literal before any regex runs and checks overlap against a sorted
list of evidence starts, so it stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._bodylits import body_has
from pipeline.extract.model import Approx, Casualty, Document, Finding, Sentence
from pipeline.extract.numbers import TWO_TO_TEN, parse_number

__all__ = ["ItemsOf", "another_hurt", "displaced", "including_adjective", "revise"]

_GROUPS = {
    "man": "men",
    "woman": "women",
    "person": "people",
    "boy": "boys",
    "girl": "girls",
    "resident": "residents",
    "civilian": "civilians",
}
_ANOTHER = re.compile(
    r"^\W*Another\s+(?:\d{1,3}-year-old\s+|elderly\s+|young\s+|older\s+)?"
    r"(?P<g>man|woman|person|boy|girl|resident|civilian)\s+"
    r"(?:was\s+(?:also\s+)?(?:injured|wounded|hurt)\b|"
    r"(?:sustained|suffered|received)\s+(?!fatal|deadly|mortal)(?:[a-z-]+\s+){0,2}?"
    r"(?:wounds|injuries)\b)"
)
_HURT_WORDS = ("injured", "wounded", "hurt")
_DISPLACED = re.compile(
    r"\b(?P<q>[Aa]t\s+least\s+|[Mm]ore\s+than\s+)?(?P<n>\d[\d,]*|[A-Za-z]+)\s+displaced\s+"
    r"(?P<g>[A-Z][a-z]+s?)\s+(?:were\s+killed|died|have\s+been\s+killed|had\s+been\s+killed)\b"
)
_INCL = re.compile(
    r"\bincluding\s+an?\s+[a-z]+(?:\s+[a-z]+)?\s+and\s+"
    rf"(?P<n>{TWO_TO_TEN}|\d{{1,3}})\s+"
    r"(?P<g>(?P<a>[a-z]{4,})\s+(?P<noun>[a-z]{3,}s))\b"
)
_NOT_ADJ = frozenset({"other", "more", "others", "of", "were", "have", "had"})
_KILL = re.compile(r"\b(?:killed|died|dead|killing)\b")
_HARM = re.compile(r"\b(?:killed|died|dead|killing|injured|wounded|hurt|injuring|wounding)\b")


def _taken(starts: list[int], lo: int, hi: int) -> bool:
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _starts(found: list[Finding]) -> list[int]:
    return sorted(f.evidence.start for f in found if isinstance(f, Casualty))


def another_hurt(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "Another 57-year-old man sustained wounds" after a counted injured figure."""
    if not body_has(doc.body, "Another "):
        return []
    # an injured-only toll: a toll of both kinds has already taken "another" as its injured
    hurt = [f for f in found if isinstance(f, Casualty) and f.injured and f.killed is None]
    if not hurt:
        return []
    hurt_starts = sorted(f.evidence.start for f in hurt)
    spans = sorted((f.evidence.start, f.evidence.end) for f in found if isinstance(f, Casualty))
    starts = [a for a, _ in spans]
    out: list[Finding] = []
    sents = doc.sentences
    for idx in range(1, len(sents)):
        sent = sents[idx]
        if not sent.text.lstrip(" \"“'‘").startswith("Another "):
            continue
        m = _ANOTHER.match(sent.text)
        if m is None or _taken(starts, sent.start, sent.end):
            continue
        prev = sents[idx - 1]
        if not _taken(hurt_starts, prev.start, prev.end):
            continue
        k = bisect_left(starts, prev.start)
        if any(b > sent.start for _, b in spans[k : bisect_left(starts, prev.end)]):
            continue  # an earlier reading already spans "another" (a toll of both kinds)
        group = _GROUPS[m.group("g")]
        lo = sent.start + sent.text.find("Another")
        out.append(bare_casualty(doc, lo, sent.start + m.end(), group, None, 1))
    return out


def displaced(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "At least 39 displaced Palestinians were killed" as a toll of that group."""
    body = doc.body
    if not body_has(body, " displaced "):
        return []
    starts = _starts(found)
    out: list[Finding] = []
    for m in _DISPLACED.finditer(body):
        n = parse_number(m.group("n"))
        if n is None or _taken(starts, m.start(), m.end()):
            continue
        approx: Approx = "at_least" if m.group("q") else "exact"
        out.append(
            bare_casualty(
                doc,
                m.start(),
                m.end(),
                "displaced " + m.group("g"),
                n,
                None,
                approx,
            )
        )
    return out


def including_adjective(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "..., including a port worker and three electrical engineers" after a toll."""
    body = doc.body
    if not body_has(body, "including a"):
        return []
    tolls = [f for f in found if isinstance(f, Casualty) and (f.killed or f.injured)]
    if not tolls:
        return []
    starts = _starts(found)
    out: list[Finding] = []
    for m in _INCL.finditer(body):
        if m.group("a") in _NOT_ADJ or _taken(starts, m.start("n"), m.end()):
            continue
        n = parse_number(m.group("n"))
        owner = next(
            (f for f in tolls if f.evidence.start <= m.start() <= f.evidence.end + 2), None
        )
        if n is None or owner is None:
            continue
        before = body[owner.evidence.start : m.start()]
        harms = list(_HARM.finditer(before))
        if not harms:
            continue
        killed = _KILL.match(harms[-1].group()) is not None
        if (killed and not owner.killed) or (not killed and not owner.injured):
            continue
        total = owner.killed if killed else owner.injured
        if total is not None and n >= total:
            continue
        out.append(
            bare_casualty(
                doc,
                m.start("n"),
                m.end(),
                m.group("g"),
                n if killed else None,
                None if killed else n,
            )
        )
    return out


_DEATH = re.compile(r"\b(?:kill|died|dead|death|die|lives|life|fatal|bodies|martyr)", re.I)


def unjoined(found: list[Finding]) -> list[Finding]:
    """``found`` without the dead joined onto an injured-only clause ("3 people were
    hospitalized in Izium") when the next sentence's colon toll ("2 civilians died: ...")
    that states them is kept as its own record: the figure was told once."""
    both = [
        i
        for i, f in enumerate(found)
        if isinstance(f, Casualty) and f.killed and f.injured and ":" not in f.evidence.text
    ]
    if not both:
        return found
    out = list(found)
    for i in both:
        f = found[i]
        assert isinstance(f, Casualty)
        if _DEATH.search(f.evidence.text) is not None:
            continue
        later = next(
            (
                g
                for g in found[i + 1 : i + 4]
                if isinstance(g, Casualty)
                and g.killed == f.killed
                and not g.injured
                and 0 < g.evidence.start - f.evidence.end < 40
            ),
            None,
        )
        if later is not None:
            out[i] = replace(f, killed=None)
    return out


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with round n56's casualty records the earlier readers missed."""
    if ":" in doc.body:
        found = unjoined(found)
    added = [
        *another_hurt(doc, found),
        *displaced(doc, found),
        *including_adjective(doc, found),
    ]
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.evidence.start)


_ITEM_HEAD = re.compile(
    r"(?:^|[,;:]\s*)[A-Z][\w'’-]*(?:\s+(?:district|community|region))?\s*[-\u2013\u2014]\s*$"
)
_ITEM_SELF = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+(?:district|community|region))?\s*[-\u2013\u2014]\s*\d"
)


class ItemsOf:
    """Equal tolls apart as a total and its place item (:mod:`pipeline.extract._repeats`):
    "3 civilians died: Chuhuiv district -1, Zolochiv - 3 people" keeps Zolochiv's 3 as the
    place's own record (the conventions' one record per place)."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._sentences = sentences
        self._starts = [s.start for s in sentences]

    def apart(self, a: Casualty, b: Casualty) -> bool:
        """Whether the later ``b`` is a dashed place item of the colon list after ``a``."""
        first, later = (a, b) if a.evidence.start <= b.evidence.start else (b, a)
        k = bisect_right(self._starts, later.evidence.start) - 1
        if k < 0:
            return False
        sent = self._sentences[k]
        lo = first.evidence.end - sent.start
        at = later.evidence.start - sent.start
        if lo < 0 or at < lo or at > len(sent.text):
            return False
        between = sent.text[lo:at]
        if ":" not in between and ":" not in later.evidence.text:
            return False
        if _ITEM_SELF.match(later.evidence.text) is not None:
            return "," in sent.text[lo:] or ";" in sent.text[lo:]
        head = _ITEM_HEAD.search(between)
        return head is not None and ("," in between or ";" in between or "," in sent.text[at:])

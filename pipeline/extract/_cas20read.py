"""Romance tolls told as "the dead are N", people identified, worst attacks recalled, and a
ticker's earlier tolls superseded by the lede (h_num20, ``dev_numeric64``).

- "In Odesa a drone hit a residential building: the dead are 3, among whom a woman of 78
  years, and the wounded 9" (Italian order, ``dev_articles64`` art64-05): "the dead are N"
  gives the figure its kind, as "The wounded are N" already did; the wounded figure after it
  completes the record.
- "The dead are a woman of 72 years, her son and two neighbours": the sentence names the
  people already counted, so "two neighbours" in that list is no new record (as "The dead are
  two women aged 45 and 71" in :mod:`pipeline.extract._casualty_lastattack`).
- "In the worst attack so far this year, on 2 May, a Russian missile had killed 21 people in
  the city" (art63-06): an attack recalled by a superlative and told in the pluperfect is
  background, like "The last comparably heavy attack ..., had killed 23 people". Without the
  pluperfect ("In the worst attack on the city this year, a missile killed 14 people ...
  on Friday") it stays the story's toll.
- A live ticker under a lede, newest entry first (art63-06): "A Russian missile attack on
  Odesa has killed at least eight people" above "+++ 13:15 +++ ..., seven people have now
  died": the lede carries the latest toll, so an entry's toll it replaces (the same people,
  every figure as large or larger, no other place) is superseded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Literal

from pipeline.extract import _places
from pipeline.extract._perdoc import per_document
from pipeline.extract._sentindex import sentence_starts
from pipeline.extract.model import Casualty, Document, Finding

Kind = Literal["killed", "injured"]

_QUAL = r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost)\s+)?"
_DEAD_ARE = re.compile(
    r"\bthe\s+(?:(?P<killed>dead|deaths|fatalities|killed)|(?P<injured>wounded|injured))\s+"
    rf"(?:are|were)\s+{_QUAL}$",
    re.IGNORECASE,
)


def dead_are(text: str, start: int) -> Kind | None:
    """The kind of the figure at ``start`` told as "the dead are N" / "the wounded are N"."""
    m = _DEAD_ARE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    return "killed" if m.group("killed") else "injured"


# "The dead are a woman of 72 years, her son and two neighbours": a list of who they were.
_NAMED_LIST = re.compile(
    r"^\W*The\s+(?:dead|killed|deceased|victims|injured|wounded)\s+(?:are|were|include|"
    r"included)\s+(?:an?|the|his|her|their)\s(?:[^.;:\d]|\d{1,3}(?=\s+years?\b|-year))*$",
    re.IGNORECASE,
)


def named_list(text: str, start: int) -> bool:
    """True when the figure at ``start`` sits in a list naming the toll's people."""
    low = text[:12].lower()
    if "the " not in low:
        return False
    return _NAMED_LIST.match(text[:start]) is not None


# "In the worst attack so far this year, on 2 May, a Russian missile had killed".
_WORST_RECALLED = re.compile(
    r"^\W*(?:(?:in|during)\s+)?the\s+(?:single\s+)?(?:deadliest|worst|bloodiest|heaviest|"
    r"biggest|largest|most\s+(?:lethal|devastating|serious|massive))\b[^.;]{0,140}?"
    r"\bhad\s+(?:(?:already|also|then)\s+)?"
    r"(?:killed|left|claimed|injured|wounded|cost|made|caused)\s+(?:the\s+lives\s+of\s+)?"
    rf"{_QUAL}$",
    re.IGNORECASE,
)


# ... dated as a time before the story: "so far this year", "on 2 May", "in early April".
_DATED = re.compile(
    r"\b(?:so\s+far|this\s+(?:year|summer|spring|autumn|winter)|of\s+the\s+(?:year|war)"
    r"|since\s|on\s+\d|on\s+(?-i:[A-Z])[a-z]+\s+(?:\d|Sunday)|(?:in|at)\s+(?:the\s+)?"
    r"(?:early|late|mid-?|end\s+of|start\s+of|beginning\s+of)\s*(?-i:[A-Z])"
    r"|in\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|\d{4}))",
    re.IGNORECASE,
)


def worst_recalled(text: str, start: int) -> bool:
    """True when the figure at ``start`` is the toll of a worst attack recalled in the
    pluperfect."""
    if "had " not in text[:start] or _WORST_RECALLED.match(text[:start]) is None:
        return False
    return _DATED.search(text, 0, start) is not None


_STAMP = re.compile(r"\+\+\+\s*\d{1,2}[:.]\d\d\s*\+\+\+")
_NUMERIC_PLACE = re.compile(r"\b(?:in|on|at|near)\s+(?-i:[A-Z])[\w'’-]+")
# The entry tells a toll as it stood then: "have now died", "has now risen to", "so far".
_UPDATE_WORD = re.compile(
    r"\b(?:now|so\s+far|by\s+then|(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|increased)"
    r"|rose|rises|climbed)\b",
    re.IGNORECASE,
)


@per_document
def _ends(doc: Document) -> list[int] | None:
    """Each sentence's text end, when the texts run in order without overlapping (the one
    holding an offset is then the last starting at or before it), else None."""
    ends = [sent.start + len(sent.text) for sent in doc.sentences]
    sents = doc.sentences
    if all(ends[k] <= sents[k + 1].start for k in range(len(sents) - 1)):
        return ends
    return None


def _sentence(doc: Document, at: int) -> str:
    ends = _ends(doc)
    if ends is not None:  # one bisection instead of a walk over the sentences
        i = bisect_right(sentence_starts(doc), at) - 1
        return doc.sentences[i].text if i >= 0 and at < ends[i] else ""
    for sent in doc.sentences:
        if sent.start <= at < sent.start + len(sent.text):
            return sent.text
    return ""


def lede_supersedes(
    doc: Document, found: list[Finding], replaces: Callable[[Casualty, Casualty], bool]
) -> list[Finding]:
    """``found`` without ticker entries' tolls that a lede toll above the ticker replaces."""
    first = _STAMP.search(doc.body)
    if first is None:
        return found
    ledes = [
        f
        for f in found
        if isinstance(f, Casualty) and f.evidence.end <= first.start() and f.killed is not None
    ]
    if not ledes:
        return found
    out: list[Finding] = []
    for f in found:
        if (
            isinstance(f, Casualty)
            and f.evidence.start >= first.start()
            and _places.located(f.evidence.text) is None
            and _NUMERIC_PLACE.search(f.evidence.text) is None
            and _UPDATE_WORD.search(_sentence(doc, f.evidence.start)) is not None
            and any(_same_place(f, lede) and replaces(f, lede) for lede in ledes)
        ):
            continue  # "+++ 13:15 +++ ... seven people have now died" under the lede's eight
        out.append(f)
    return out


def _same_place(entry: Casualty, lede: Casualty) -> bool:
    return entry.location is None or entry.location == lede.location

"""Which sentences could hold a strike, an air-defence report or a casualty figure.

Python's ``re`` scans alternations of words slowly, so the detectors never run
their patterns over a whole article. This gate finds keyword stems with
``str.find`` on the lower-cased body (fast C loops) once per document, and the
detectors look only at the few sentences it passes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from pipeline.extract._numclause import MAX_SENTENCE
from pipeline.extract.model import Document

_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "dozen",
)  # fmt: skip

_ALL_WORDS = (
    "all", "both", "none",
)  # fmt: skip

_WEAPONS = (
    "rocket", "missile", "drone", "uav", "shahed", "geran", "lancet", "mlrs", "launcher", "grad",
    "uragan", "smerch", "bomb", "kab", "fab", "umpk", "gbu", "artillery", "shell", "mortar",
    "howitzer", "cannon", "tank", "round", "aircraft", "warplane", "jet", "helicopter", "kalibr",
    "iskander", "kinzhal", "kh-", "x-101", "x-555", "x-59", "x-22", "s-300", "s-400", "zircon",
    "oniks", "onyx",
)  # fmt: skip

_ATTACKS = (
    "attack", "strike", "raid", "bombard", "times", "fire", "firing", "launch", "pound",
)  # fmt: skip

_AIR = (
    "drone", "uav", "shahed", "geran", "lancet", "missile", "rocket", "kalibr", "iskander",
    "kinzhal", "kh-", "x-101", "target", "aerial", "asset", "shot", "down", "destroy",
    "intercept", "neutrali", "repel", "suppress", "jamm", "locationally",
)  # fmt: skip

_HARM = (
    "kill", "dead", "death", "died", "dies", "injur", "wound", "hurt", "toll", "lives", "fatal",
    "perish", "bodies", "body", "hospitali",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Gate:
    """Sentence indices worth each detector's time."""

    strike: frozenset[int]
    air: frozenset[int]
    """Sentences with a figure (or all/both/none) and an air weapon or air-defence verb."""
    casualty: frozenset[int]


T = TypeVar("T")
_EMPTY = Gate(frozenset(), frozenset(), frozenset())
_DIGIT = re.compile(r"\d")


def _hits(
    low: str, starts: list[int], ends: list[int], words: Iterable[str], *, whole: bool = False
) -> set[int]:
    """Sentences whose text contains any of ``words`` (one full-text ``find`` per word).

    With ``whole`` a hit must be a whole word ("ten", not "often" or "tensions").
    """
    found: set[int] = set()
    for word in words:
        at = low.find(word)
        while at != -1:
            idx = bisect_right(starts, at) - 1
            after = at + len(word)
            if whole and (
                (at > 0 and low[at - 1].isalpha()) or (after < len(low) and low[after].isalpha())
            ):
                at = low.find(word, after)
            elif idx >= 0 and at < ends[idx]:
                found.add(idx)
                at = low.find(word, ends[idx])  # one hit per sentence is enough
            else:
                at = low.find(word, at + 1)
    return found


def _any(segment: str, words: tuple[str, ...]) -> bool:
    return any(word in segment for word in words)


def per_document(fn: Callable[[Document], T]) -> Callable[[Document], T]:
    """Remember ``fn``'s result for the last document it saw.

    The three detectors run one after another on the same document, so one slot
    is enough; it is keyed by identity because hashing a Document walks every
    sentence.
    """
    last: list[tuple[Document, T]] = []

    def cached(doc: Document) -> T:
        if last and last[0][0] is doc:
            return last[0][1]
        result = fn(doc)
        last[:] = [(doc, result)]
        return result

    return cached


@per_document
def gate(doc: Document) -> Gate:
    """The candidate sentences of ``doc`` for each numeric detector."""
    body = doc.body
    low = body.lower()
    if len(low) != len(body):  # a few characters change length when lower-cased
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in body)
    starts = [s.start for s in doc.sentences]
    ends = [s.end if s.end - s.start <= MAX_SENTENCE else s.start for s in doc.sentences]
    numbered: set[int] = set()
    pos = 0
    while (m := _DIGIT.search(body, pos)) is not None:
        idx = bisect_right(starts, m.start()) - 1
        if idx >= 0 and m.start() < ends[idx]:
            numbered.add(idx)
            pos = ends[idx]
        else:
            pos = m.end()
    numbered |= _hits(low, starts, ends, _NUMBER_WORDS, whole=True)
    allish = _hits(low, starts, ends, _ALL_WORDS, whole=True)
    if not numbered and not allish:
        return _EMPTY
    strike: set[int] = set()
    air: set[int] = set()
    casualty: set[int] = set()
    for idx in numbered | allish:
        seg = low[starts[idx] : ends[idx]]
        if _any(seg, _AIR):
            air.add(idx)
        if idx in numbered:
            if _any(seg, _WEAPONS) or _any(seg, _ATTACKS):
                strike.add(idx)
            if _any(seg, _HARM):
                casualty.add(idx)
    return Gate(frozenset(strike), frozenset(air), frozenset(casualty))

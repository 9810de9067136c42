"""Tolls told beside the story's toll, not as it: a rival outlet's figure, an earlier
report of the day, a figure pointing back to a period, a quote restating a running total.

Translated German copy (``dev_numeric41``) closes a toll with what others said: "Some
Ukrainian outlets spoke of nine dead", "Other media reported eight dead" (after the
governor's ten), "Previously the mayor had communicated on Telegram about 19 injured"
(before the administration's 27). Each sentence reads as a toll of its own, but it only
reports a competing or superseded count of the same incident, so it is no record when the
article states a toll of that kind elsewhere (a rival figure alone stays the story's).

A figure pointing back with "During this time" / "In this period" to a reporting period
("The report covers the period from 1 June to 31 August.") or to a running total ("Since
the beginning of the invasion 597 children have been killed.") is part of that
background, as the conventions have "In addition, N ..." after a running total; and a
quote that restates the running total of a sentence just before it in its paragraph ("217
people have lost their lives," he said) is that total again. A period of hours ("lasted
from 22:00 until 04:00. During this time two persons were killed") stays the news.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import Quantity, find_quantities

# "Some Ukrainian outlets spoke of nine dead", "According to other media, eight ..."
_RIVAL = re.compile(
    r"(?:^\W*|\baccording\s+to\s+)(?:some|other|several|various|individual|a\s+few)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:outlets|media|reports|portals|newspapers|channels|sources)\b"
    # "Russian bloggers spoke of 12 dead": unofficial voices giving their own count (a
    # side's own media, "Hezbollah-affiliated media put the toll at 14", stay a record)
    r"|^\W*(?:[\w-]+\s+){0,2}?(?:bloggers|(?:Telegram\s+)?channels)\s+"
    r"(?:spoke|speak|talked|wrote|reported|put|gave|claimed)\b",
    re.IGNORECASE,
)
# "Previously the mayor had communicated on Telegram about 19 injured"
_EARLIER = re.compile(
    r"^\W*(?:previously|earlier|initially|at\s+first|before\s+that)\b[^.;:]{0,80}?\bhad\s+"
    r"(?:(?:previously|earlier|initially|first)\s+)?(?:communicated|reported|spoken|said|"
    r"written|announced|mentioned|named|given|informed)\b",
    re.IGNORECASE,
)
# "During this time, ...", "In this period ...": back to the sentence before.
_BACK = re.compile(
    r"^\W*(?:during|in|over|within)\s+(?:this|that|the\s+same)\s+(?:time|period|span)\b",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
# "covers the period from 1 June to 31 August", "from the beginning of March to the end of May"
_PERIOD = re.compile(
    r"\bperiod\b|\b(?:from|between)\s+(?:the\s+(?:beginning|start|end|middle)\s+of\s+)?"
    rf"(?:\d{{1,2}}\.?\s+)?{_MONTHS}\b",
)

Background = Callable[[str, Quantity], bool]


def _figures(f: Casualty) -> set[int]:
    return {v for v in (f.killed, f.injured) if v is not None}


def _kinds(f: Casualty) -> set[str]:
    return {k for k, v in (("killed", f.killed), ("injured", f.injured)) if v is not None}


def _background_figures(text: str, is_background: Background) -> set[int]:
    return {
        q.value for q in find_quantities(text) if q.value is not None and is_background(text, q)
    }


def drop_beside(doc: Document, found: list[Finding], is_background: Background) -> list[Finding]:
    """``found`` without the casualty records told beside the story's toll (see above);
    ``is_background`` tells a running total's figure in its sentence."""
    records = [(i, f) for i, f in enumerate(found) if isinstance(f, Casualty)]
    if not records:
        return found
    starts = [s.start for s in doc.sentences]
    sent_of = {i: max(0, bisect_right(starts, f.evidence.start) - 1) for i, f in records}
    dropped: set[int] = set()
    for i, f in records:
        idx = sent_of[i]
        text = doc.sentences[idx].text
        others = [g for j, g in records if j != i and sent_of[j] != idx]
        if _RIVAL.search(text) and any(
            sent_of[j] < idx and _kinds(g) & _kinds(f) for j, g in records if sent_of[j] != idx
        ):
            dropped.add(i)  # "Some outlets spoke of nine dead" after the governor's ten
        elif _EARLIER.search(text) and any(_kinds(g) & _kinds(f) for g in others):
            dropped.add(i)  # "Previously the mayor had communicated about 19 injured"
        elif idx > 0 and _BACK.match(text):
            prev = doc.sentences[idx - 1].text
            if _PERIOD.search(prev) or _background_figures(prev, is_background):
                dropped.add(i)  # "During this time, ..." after a period or running total
        elif idx > 0:
            told = set()
            for k in range(max(0, idx - 2), idx):
                if doc.sentences[k].paragraph == doc.sentences[idx].paragraph:
                    told |= _background_figures(doc.sentences[k].text, is_background)
            if told and _figures(f) and _figures(f) <= told:
                dropped.add(i)  # a running total restated, in a quote or otherwise
    return [f for i, f in enumerate(found) if i not in dropped]

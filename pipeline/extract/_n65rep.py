"""Round n65's restatement guard for air tallies (helper h_fix_n65, ``dev_numeric114``),
asked by :func:`pipeline.extract._repeats.drop_restated` after its candidate lookup and by
:func:`pipeline.extract._n55air.restated` (the air chain's own restated-tally drop).

The restatement pass keeps equal casualty tolls of different days apart
(:mod:`pipeline.extract._repeat_days`), but strikes and interceptions had no such check:
"Nine drones were shot down over Kursk on Monday. On Tuesday, air defences shot down nine
drones over Kursk again." came out as one record (the xfail of ``test_numbers_real55``).
Two equal strikes or interceptions whose sentences date them with disjoint weekdays, or
whose later sentence alone marks a new incident ("again", "the next day", "a day later",
"the following night", "in a new attack"), are two events. A weekday an attribution is
dated with ("he wrote on Telegram on Monday") dates nothing, as for the tolls.

The check runs only when the lookup already found a candidate (rare), with one bisect per
finding and a literal gate before the incident regex.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from pipeline.extract._repeat_days import incident_days
from pipeline.extract.model import Finding, Interception, Sentence, Strike

__all__ = ["AirDaysOf", "days_apart"]

# A new incident told after an earlier one (the later of two equal figures only).
_NEW = re.compile(
    r"\b(?:again|a\s+day\s+later|the\s+(?:next|following)\s+(?:day|morning|night|evening)"
    r"|the\s+day\s+after|in\s+(?:a\s+new|another|a\s+second|a\s+further)\s+(?:[\w-]+\s+)?"
    r"(?:attack|strike|wave|raid))\b",
    re.IGNORECASE,
)
_GATE = ("again", "later", "next", "following", "day after", "new ", "another", "second", "further")


def _marks_new(text: str) -> bool:
    low = text.lower()
    return any(g in low for g in _GATE) and _NEW.search(text) is not None


class AirDaysOf:
    """Looks up a finding's sentence by offset and tells equal air tallies of two days."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._sentences = sentences
        self._starts = [s.start for s in sentences]

    def _sentence(self, offset: int) -> Sentence | None:
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        found = self._sentences[i]
        return found if offset < found.end else None

    def apart(self, a: Finding, b: Finding) -> bool:
        """True when ``a`` and ``b``, equal strikes or interceptions, are told for different
        days or incidents."""
        if not (
            (isinstance(a, Strike) and isinstance(b, Strike))
            or (isinstance(a, Interception) and isinstance(b, Interception))
        ):
            return False
        first, later = (a, b) if a.evidence.start <= b.evidence.start else (b, a)
        s1 = self._sentence(first.evidence.start)
        s2 = self._sentence(later.evidence.start)
        if s1 is None or s2 is None or s1.start == s2.start:
            return False
        return days_apart(s1.text, s2.text)


def days_apart(first: str, later: str) -> bool:
    """True when the sentences ``first`` and ``later`` (in body order) tell their equal air
    figures for disjoint weekdays, or ``later`` alone marks a new incident."""
    d1, d2 = incident_days(first), incident_days(later)
    if d1 and d2 and not d1 & d2:
        return True
    return _marks_new(later) and not _marks_new(first)

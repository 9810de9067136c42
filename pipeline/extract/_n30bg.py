"""Round n30's background figures: numbers a story recalls rather than reports.

dev_articles75-77 (French/Italian literal copy, agency English, translated German) showed
three ways a figure is told as background that the earlier readers keep as an event:

- an earlier day's count told in the pluperfect with a fronted "the day before": "On the
  previous day, Ukrainian forces had already attacked the region with 38 drones", "The
  day before, 102 drones had already been launched" (the conventions' "A past incident
  fronted by its date is background", with the date given relative to the story's day);
- a toll counted over a war or a long stretch of it: "More than 4,000 people were killed
  in Lebanon during more than a year of fighting", "in more than three years of war",
  "in the course of two years of war", "During the twelve days of war" (a running total);
- a similar, earlier or previous attack recalled in the pluperfect: "a similar attack on
  the port of Izmail had wounded four people", "An earlier attack on the same market had
  killed seven people", "A previous strike on the hospital had left two dead".

:func:`drop` removes every strike, interception and casualty whose evidence starts inside
such a clause. A sentence without the pluperfect ("A second strike ... an hour later
wounded four rescuers") or with the story's own day ("By six in the morning, air defences
had already shot down 40") is left alone.
"""

from __future__ import annotations

import re

from pipeline.extract._bgdrop import drop_background
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import lowered
from pipeline.extract.model import Document, Finding

__all__ = ["background_span", "drop"]

_EARLIER_DAY = re.compile(
    r"^\W*(?:(?:Only|Already|Just)\s+)?(?:On\s+)?(?:the\s+)?"
    r"(?:previous\s+(?:day|night|evening|morning)|day\s+before(?:\s+yesterday)?|night\s+before"
    r"|evening\s+before|(?:a|one|two|three)\s+days?\s+(?:earlier|before))\s*,?\s+",
    re.I,
)
"""A sentence fronted by a day before the story's: "On the previous day, ...", "The day
before ...", "A day earlier, ..."."""
_PLUPERFECT = re.compile(r"\bhad\s+already\s+(?:been\s+)?[a-z]+\b")
"""The recap's "had already attacked": a plain "had shot down" after "A day earlier" is the
news of that day (dev_numeric20's call)."""

_SPAN = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[\d]+|several|many)"
_LONG = re.compile(
    r"\b(?:during|in|over|throughout|in\s+the\s+course\s+of|after)\s+"
    r"(?:(?:more\s+than|over|nearly|almost|some|about|around)\s+)?"
    rf"(?:(?:{_SPAN})\s+(?:years?|months?)|the\s+{_SPAN}\s+(?:days|weeks|months|years))"
    r"\s+of\s+(?:the\s+)?(?:war|fighting|hostilities|conflict|combat|clashes|bombardment|"
    r"bombing|strikes|attacks)\b",
    re.I,
)
"""A stretch of a war a toll is counted over: "during more than a year of fighting"."""

_SIMILAR = re.compile(
    r"(?:^\W*|,\s+)(?:[Aa]n?|[Tt]he)\s+(?:similar|earlier|previous|prior|comparable|former)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attack|strike|raid|air\s+raid|airstrike|shelling|bombing|"
    r"bombardment|assault|drone\s+attack|missile\s+attack)s?\b[^.;]{0,80}?\bhad\s+"
    r"(?:already\s+|also\s+)?(?:killed|wounded|injured|left|made|claimed|caused|hurt)\b"
)
"""A recalled attack in the pluperfect: "a similar attack on the port ... had wounded"."""


def background_span(text: str) -> tuple[int, int] | None:
    """The part of a sentence that is background (whole sentence or the toll's clause)."""
    if _EARLIER_DAY.match(text) and _PLUPERFECT.search(text):
        return 0, len(text)
    m = _SIMILAR.search(text)
    if m is not None:
        return m.start(), len(text)
    low = text.lower()  # every form of _LONG names a span of years, months, weeks or days
    m = (
        _LONG.search(text)
        if "year" in low or "month" in low or "day" in low or "week" in low
        else None
    )
    if m is not None:
        return _clause(text, m.start(), m.end())
    return None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``start:end``, bounded by ";" or a sentence's ends."""
    lo = text.rfind(";", 0, start) + 1
    hi = text.find(";", end)
    return lo, len(text) if hi < 0 else hi


def drop(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the numeric findings read from background clauses."""
    if not found:
        return found
    low = lowered(doc)
    if not body_has(low, " had ") and not body_has(low, " of "):
        return found
    return drop_background(doc, found, lambda idx: background_span(doc.sentences[idx].text))

"""A toll summed over the past year or months: background, not the day's news.

"In the past year alone, more than 200 civilians were killed in the city", "Over the past
twelve months, 150 people were killed by drones in the region", "in the last two years":
a running total of a span of months or years counted back from now, which roundups add
after the day's tolls (``dev_articles51`` art51-03, ``dev_numeric54``). A week's or a
day's total ("over the past week", "in the past 24 hours") stays the news, as the written
conventions say ("Last week alone, 40 civilians were killed" is an event).
"""

from __future__ import annotations

import re

_SPAN = re.compile(
    r"\b(?:in|over|during|within|throughout)\s+the\s+(?:past|last|previous)\s+"
    r"(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
    r"twenty-four)\s+(?:months|years)|year|months|years)\b",
    re.IGNORECASE,
)


def past_span(text: str, lo: int, start: int) -> bool:
    """True when the clause ``text[lo:start]`` before a figure sums it over the past year or
    months ("In the past year alone, more than 200 ...")."""
    window = text[lo:start].lower()
    if not any(w in window for w in ("past", "last", "previous")):
        return False
    return _SPAN.search(text, lo, start) is not None

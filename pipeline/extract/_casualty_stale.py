"""Casualty figures the text itself reports as replaced or wrong, so no toll of today.

Split from :mod:`pipeline.extract.casualties` to keep that module under the size limit:
"its previous update had reported 49 deaths", "By midday, he put the toll at four dead"
(an update story's earlier figures), "two bodies were counted twice" (a correction) and a
figure told "according to this" after a running total.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.numbers import Quantity, find_quantities

# A figure the text reports as replaced: "its previous update had reported 49 deaths",
# "up from an earlier toll of five", "rose from 14 to 17" (only the new figure counts).
SUPERSEDED = re.compile(
    r"(?:\b(?:previous(?:ly)?|earlier|prior|initial|preliminary|former|early|first|original)"
    r"\s+(?:[\w-]+\s+){0,2}?"
    r"(?:toll|update|figure|count|report|tally|estimate)s?\s+"
    # "Preliminary figures show that 16 people ...": stated now, the current figure.
    r"(?!(?:indicate|show|suggest|say)s?\b)(?:[\w-]+\s+){0,4}?"
    r"|\b(?:up|down|rose|risen|rising|increased|climbed|jumped)\s+from\s+(?:an?\s+|the\s+)?"
    r"(?:(?!to\b)[\w-]+\s+){0,3}?"
    # An update story's earlier figure, told in the pluperfect: "officials had put the toll
    # at six", "Earlier, the administration had said 17 people were killed", "had earlier
    # said nine people were killed".
    r"|\bhad\s+(?:(?:earlier|previously|initially|first|originally)\s+)?"
    # ... also passive: "The toll had earlier been put at one dead".
    r"(?:been\s+)?(?:put|set|given|reported|said|estimated|counted)\b[^.;:]*"
    r"|\b(?:initially|at\s+first|originally)\b(?:(?!\b(?:but|later|now)\b)[^.;:]){0,60}"
    # Translated "Zuvor war von drei Toten die Rede": "Previously there had been talk of".
    r"|\b(?:previously|earlier)\s*,?\s+there\s+(?:had\s+been|was)\s+(?:talk|mention)\s+of\b"
    r"[^.;:]{0,40}"
    # An update of the day told by its hour: "By midday, he put the toll at four dead".
    r"|\bby\s+(?:midday|noon|mid-?morning|mid-?afternoon|(?:the\s+)?(?:morning|afternoon|"
    r"evening)|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s*,[^.;:]{0,40}?\b(?:put|set|gave|said|"
    r"reported)\b[^.;:]*)$",
    re.IGNORECASE,
)
# A correction, not a toll: "one body had been misidentified", "two were counted twice".
CORRECTED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:had\s+been|have\s+been|were|was)\s+"
    r"(?:misidentified|miscounted|double-counted|counted\s+twice|wrongly\s+counted)\b",
    re.IGNORECASE,
)


# "According to this, 14,245 Palestinians were injured": a figure told from the same
# count as a running total just before it is part of that total.
_PER_THIS = re.compile(
    r"\baccording\s+to\s+(?:this|these|them|the\s+same\s+(?:figures|count|source))\b",
    re.IGNORECASE,
)


def per_running_total(
    text: str, before: list[str], is_background: Callable[[str, Quantity], bool]
) -> bool:
    """True when ``text`` tells a figure "according to this" and one of the sentences
    ``before`` it (the two nearest) holds a running total (``is_background``)."""
    if "ccording to th" not in text or _PER_THIS.search(text) is None:
        return False
    return any(is_background(prev, q) for prev in before for q in find_quantities(prev))

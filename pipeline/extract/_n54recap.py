"""Round n54: "As Ukrinform reported, over the past day ..." is the day's tally, no recap.

:func:`pipeline.extract._sections.recap_sentence` reads "As Ukrinform reported, C" (the
outlet naming its own earlier story) as a recap, so the numeric gate skips its figures. An
outlet's relay that dates its clause by the last day ("over the past day", "in the past 24
hours", "during the day") tells today's regional tally ("Russian forces carried out 649
attacks on 23 settlements"): :func:`todays_tally` tells the gate to keep it. "As reported
earlier" / "previously" stay recaps.
"""

from __future__ import annotations

import re

__all__ = ["todays_tally"]

_TODAY = re.compile(
    r"[\s\"“]*As\s+(?:[\w.-]+\s+){1,3}reported\s*,\s*(?:(?:over|in|during)\s+the\s+"
    r"(?:past|last)\s+(?:day|24\s+hours|twenty-four\s+hours)|during\s+the\s+day|"
    r"over\s+the\s+day)\s*,?\s"
)


def todays_tally(text: str) -> bool:
    """Whether a recap-looking "As X reported, ..." dates its clause by the last day."""
    return " the " in text and _TODAY.match(text) is not None

"""Round n64's restatement guard (helper h_fix_n64, ``dev_numeric113``), asked by
:func:`pipeline.extract._repeats.drop_restated` beside the other ``apart`` checks.

The real-text set ``real23`` (studied, never copied) showed two equal tolls in one line
of two attacks: "... targeted X, killing two people, and later targeted Y, killing two
others". The restatement pass merged the equal "two". A toll told as "N others" ("killing
two others", "two others were killed", "wounding three others") after an equal toll is by
its own words other people, so the two are kept apart when both tolls state one harm
(in "10 killed and 23 others injured" the "others" are set beside the toll's own dead).
The check is a literal gate on "other" and one regex over the later toll's evidence.
"""

from __future__ import annotations

import re

from pipeline.extract.model import Casualty
from pipeline.extract.numbers import SMALL_WORDS

__all__ = ["apart"]

_N = rf"(?:\d{{1,4}}|{SMALL_WORDS})"
_HARM = r"(?:killing|killed|kill|wounding|wounded|injuring|injured|leaving|left)"
_OTHERS = re.compile(
    rf"(?:\b{_HARM}\s+(?:at\s+least\s+|another\s+)?{_N}\s+others\b"
    rf"|^{_N}\s+others\s+(?:were|have\s+been|had\s+been|was)\s+(?:also\s+)?"
    r"(?:killed|wounded|injured|hurt)\b)",
    re.IGNORECASE,
)


def apart(a: Casualty, b: Casualty) -> bool:
    """True when the later toll ``b`` is told as "N others" after ``a`` (other people)."""
    text = b.evidence.text
    if "other" not in text or b.evidence.start < a.evidence.end:
        return False
    # "killed 10 and left 23 others injured": "others" beside the toll's own dead, a pair
    if (a.killed is None) == (a.injured is None) or (b.killed is None) == (b.injured is None):
        return False
    return _OTHERS.search(text) is not None

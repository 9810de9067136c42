"""A toll counted "since" the event the sentence before recalls: a running total.

New in the twelfth session's casualty round (h_num16, ``dev_numeric56``, from
``dev_articles54``'s "The war was triggered by the attack ... on 7 October 2023, ... The
Israeli offensive in retaliation has since killed more than 55,000 Palestinians"). Background
paragraphs recall how a war began, then give its toll with "since" standing for that start
("The fighting has since killed at least 14,000 civilians", "more than 60,000 Palestinians
have since been killed"). Such a toll sums the whole war: no event, as "since the start of
the invasion" is.
"""

from __future__ import annotations

import re

_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+since\s+(?:then\s+)?(?:killed|left|claimed(?:\s+the\s+lives\s+of)?|"
    r"(?:caused|resulted\s+in)\s+the\s+deaths?\s+of)\s+"
    r"(?:(?:more|fewer)\s+than\s+|at\s+least\s+|over\s+|about\s+|nearly\s+|almost\s+|some\s+|"
    r"around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:has|have|had)\s+since\s+(?:then\s+)?been\s+(?:killed|wounded|injured)\b",
    re.IGNORECASE,
)


def since_then(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` is a toll "has since killed N" / "N ... have
    since been killed": a war's running total."""
    if "since" not in text:
        return False
    return (
        _BEFORE.search(text, max(0, start - 90), start) is not None
        or _AFTER.match(text, end) is not None
    )

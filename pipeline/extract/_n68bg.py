"""Round n68's kept large tolls (helper h_gen_n68, ``dev_numeric117``), asked by
:func:`pipeline.extract._n32bg._running_total` before a toll of a thousand dead or more told
in the perfect is taken for a running total.

Real pages (studied, never copied) tell the toll of one named battle in the perfect: "nearly
N people have lost their lives in clashes ... over control of CITY", "more than N have been
killed in the fighting for CITY", and a count of bodies recovered "so far ... in recent days".
The running-total rule (a war's tally with no day of its own) took both for background, but
the labels keep them: a battle named by its place is the story's event, and bodies collected
from the streets are counted where they lie. A sentence that dates the figure from a start
("since ...") or names a war, a conflict or an invasion stays a running total.

A literal gate on the harm-side words runs before either regex.
"""

from __future__ import annotations

import re

__all__ = ["kept"]

_BATTLE = re.compile(
    r"\b(?:fighting|battle|clashes|combat|assault)\s+(?:[\w-]+\s+){0,8}?"
    r"(?:for|over\s+(?:the\s+)?control\s+of|in\s+and\s+around)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,3}?(?:city\s+of\s+|town\s+of\s+)?[A-Z][\w'’-]+",
)
_BODIES = re.compile(
    r"\bbodies\s+(?:have|had)\s+(?:already\s+)?been\s+(?:retrieved|recovered|collected|pulled)\b",
    re.I,
)
_WAR = re.compile(r"\b(?:since|war|conflict|invasion)\b", re.I)


def kept(text: str) -> bool:
    """True when the sentence ``text`` tells a named battle's toll or bodies recovered, not
    a war's running total."""
    if (
        "battle" not in text
        and "fight" not in text
        and "clash" not in text
        and ("combat" not in text and "assault" not in text and "bodies" not in text)
    ):
        return False
    if _WAR.search(text) is not None:
        return False
    return _BATTLE.search(text) is not None or _BODIES.search(text) is not None

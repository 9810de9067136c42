"""An earlier report recapped: "Last week, the ministry had reported the downing of 337 drones".

Translated German agency copy closes an air-defence story by recalling what the same body
said on an earlier day ("In the previous night, the ministry had reported 48 Ukrainian drones
downed over Russian regions", "Two days ago, it had claimed the destruction of 120 drones").
The sentence is fronted by a day, night or week before the story's and its verb of saying is
in the pluperfect: the figure is that earlier report's, background like "Last month, ...".
Both marks are required: "Last week alone, Russia used 1,100 bombs" is a weekly total stated
now, and "The night before, Russia had attacked with 103 drones" (an attack verb, not a
report of one) is left to :mod:`pipeline.extract._airnight`'s paragraph rule.
"""

from __future__ import annotations

import re

_NUMBER = r"(?:two|three|four|five|six|seven|\d+)"
_EARLIER = (
    r"(?:(?:only|just|already|as\s+recently\s+as)\s+)?(?:"
    r"last\s+(?:week|weekend)|earlier\s+(?:this|last)\s+week|"
    r"(?:(?:in|on|during)\s+)?the\s+(?:previous|preceding)\s+(?:night|day|evening|week|weekend)|"
    r"(?:(?:in|on|during)\s+)?the\s+(?:night|day|evening)\s+before(?:\s+last)?|"
    r"(?:a|one)\s+(?:night|day|week)\s+(?:earlier|before|ago)|"
    rf"{_NUMBER}\s+(?:nights|days|weeks)\s+(?:earlier|before|ago)"
    r")"
)
_RECAP = re.compile(
    rf"[\s\"“„»(]*{_EARLIER}\s*,?\s+[^.;:]{{0,80}}?\bhad\s+(?:already\s+|also\s+)?"
    r"(?:reported|claimed|announced|said|stated|declared|spoken\s+of|put|given|counted|"
    r"registered|recorded|published)\b",
    re.IGNORECASE,
)
_OPENERS: frozenset[str] = frozenset([
    "las", "ear", "in ", "on ", "dur", "the", "a n", "a d", "a w", "one", "onl", "jus", "alr",
    "as ", "two", "thr", "fou", "fiv", "six", "sev",
])  # fmt: skip
"""First letters of a sentence ``_RECAP`` may match (most sentences are skipped unread)."""


def old_report(text: str) -> bool:
    """True when the sentence recaps an earlier day's report ("A day earlier, the ministry
    had reported ..."): its figures are not the story's events."""
    head = text.lstrip(' "“„»(')[:3].lower()
    if head not in _OPENERS and not head[:1].isdigit():
        return False
    return _RECAP.match(text) is not None

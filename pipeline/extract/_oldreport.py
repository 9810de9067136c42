"""An earlier report recapped: "Last week, the ministry had reported the downing of 337 drones".

Translated German agency copy closes an air-defence story by recalling what the same body
said on an earlier day ("In the previous night, the ministry had reported 48 Ukrainian drones
downed over Russian regions", "Two days ago, it had claimed the destruction of 120 drones").
The sentence is fronted by a day, night or week before the story's and its verb of saying is
in the pluperfect: the figure is that earlier report's, background like "Last month, ...".
Both marks are required: "Last week alone, Russia used 1,100 bombs" is a weekly total stated
now, and "The night before, Russia had attacked with 103 drones" (an attack verb, not a
report of one) is left to :mod:`pipeline.extract._airnight`'s paragraph rule.

TASS and RIA close a story with an earlier report dated to the day ("Earlier, on 7
November, air defence systems destroyed 44 Ukrainian UAVs over the Rostov and Voronezh
regions within three hours", "Earlier, on the evening of 5 December, 14 UAVs were shot
down"): "Earlier," fronting a calendar date is that day's report, whatever the tense, so it
is background too (``_DATED``); "Earlier on Tuesday" (no date) may be the story's day.
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
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATED = re.compile(
    r"[\s\"“„»(]*(?:earlier|previously)\s*,\s*(?:on|in)\s+(?:the\s+)?(?:(?:night|evening|"
    r"morning|afternoon)\s+of\s+(?:the\s+)?)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}\b)",
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
    if head in ("ear", "pre") and _DATED.match(text) is not None:
        return True  # "Earlier, on 7 November, air defence systems destroyed 44 ..."
    if head not in _OPENERS and not head[:1].isdigit():
        return False
    return _RECAP.match(text) is not None

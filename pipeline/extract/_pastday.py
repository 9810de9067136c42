"""An earlier day fronted before a pluperfect: a recap of a past attack, not the news.

Translated German copy closes a story with what happened a day or two before, told in the
pluperfect behind a fronted day: "On Thursday, Russia had already attacked with 98 drones,
the air force had reported the day before", "On 11 November, a similar attack on Izmail had
wounded four people". The fronted day dates the figure; the pluperfect ("had" as the
clause's own verb, before any verb of saying) sets it before the story's night. English
wire copy fronts the story's own day too ("On Monday, the ministry said it had downed 40
drones"): a verb of saying before the "had" keeps that the news, as does a sentence
without a fronted day ("Russia had attacked with 126 drones, the air force now said" is
German reported speech of tonight's launch).
"""

from __future__ import annotations

import re

from pipeline.extract._lexicon import WEEKDAY
from pipeline.extract.numbers import MONTH

_FRONTED_DAY = re.compile(
    rf"\s*On\s+(?:(?-i:{WEEKDAY})(?:\s+(?:night|morning|evening|afternoon))?"
    rf"|\d{{1,2}}\.?\s+(?-i:(?=[A-Z])){MONTH}|(?-i:(?=[A-Z])){MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"\s*,\s*"
    # The subject: a few words with no verb of saying and no clause break.
    r"(?:(?!(?:said|says|told|reported|announced|wrote|stated|added|claimed)\b)[^,.;:])"
    r"{1,60}?\bhad\s+(?:already\s+|also\s+|again\s+)?(?:been\s+)?[a-z]+(?:ed|en|own|ot|ung|uck|it)\b",
    re.IGNORECASE,
)


def fronted_past_day(text: str) -> bool:
    """True when the sentence opens "On <day>, <subject> had <participle>"."""
    if not text.startswith("On ") or "had " not in text:
        return False
    return _FRONTED_DAY.match(text) is not None

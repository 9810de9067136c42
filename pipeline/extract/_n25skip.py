"""Figures of literal French/Italian/Spanish tolls that count no casualty of the story.

dev_articles69 (number-heavy literal translations of French, Italian and Spanish copy) and
``dev_numeric71`` showed four families the written conventions of tests/data/README.md
settle, which the reader still took as tolls:

- a past war or an earlier attack told in the pluperfect with a Romance "made/caused N dead"
  ("The war of autumn 2024 between Israel and Hezbollah had made more than 4,000 dead",
  "The last one of similar intensity, on 28 August, had made 23 dead"): background, like
  "The last attack of similar intensity ..., had made 11 dead" (``dev_numeric61``);
- a superseded figure told with the impersonal "one" ("In the morning one spoke of 6 dead",
  "one had spoken of"): superseded, like "there had been talk of N" (``dev_numeric37``);
- the wounded told after a running total in its own sentence ("The dead of the Israeli
  offensive exceed 68,000 since October 2023, ..., and the wounded are more than 170,000"):
  that total, as "..., and the number of wounded to 139.607" is (``dev_numeric61``);
- the bodies recovered that raised a toll its own sentence updates ("raised the toll to 31
  dead, after the recovery of four bodies", "rose to 19 dead, after the rescuers extracted
  three more bodies"): part of that toll, no record (``dev_numeric43``).

Asked by :func:`pipeline.extract._casualty_skip.not_harmed` for every figure.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import Quantity

__all__ = ["not_toll"]

# "The war of autumn 2024 between ... had made", "The last one of similar intensity, on 28
# August, had made", "The previous Israeli campaign, between March and May, had caused".
_PAST_SUBJECT = re.compile(
    r"^\W*The\s+(?:(?:last|previous|preceding|former)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:one|war|conflict|campaign|offensive|escalation|operation|round|wave|attack|strike|raid)"
    r"|(?:[\w-]+\s+){0,2}?(?:war|conflict))\b"
    r"[^.;]{0,140}?\bhad\s+(?:(?:already|also)\s+)?(?:made|caused|killed|left|claimed)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost)\s+)?"
    r"(?:\d[\d.,]*\s+(?:dead|killed|deaths)\s+and\s+(?:(?:more\s+than|over|about|around|some)"
    r"\s+)?)?$",
    re.IGNORECASE,
)
# "In the morning one spoke of 6 dead", "one had spoken of 2 dead and 5 wounded"
_ONE_SPOKE = re.compile(
    r"\b(?:one|they)\s+(?:spoke|talked|had\s+spoken|had\s+talked|was\s+speaking)\s+of\s+"
    r"(?:(?:at\s+least|about|around|some)\s+)?(?:\d[\d.,]*\s+(?:dead|killed)\s+and\s+)?$",
    re.IGNORECASE,
)
# "... raised the toll to 31 dead, after the recovery of" / "rose to 19 dead, after the
# rescuers extracted three more bodies"
_UPDATE_BEFORE = re.compile(
    r"\b(?:raised|updated|brought|rose|risen|climbed|climbs|rises|grew|increased)\b"
    r"[^.;]{0,60}?\bto\s+(?:at\s+least\s+)?\d[\d.,]*\s+(?:dead|deaths|killed|victims)\b"
    r"[^.;]{0,20}?,?\s*after\b[^.;]{0,60}$",
    re.IGNORECASE,
)
# "... exceed 68,000 since October 2023, ..., and the wounded are more than 170,000"
_SINCE = re.compile(
    r"\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak)\s+of\s+the\s+(?:war|conflict|invasion"
    r"|offensive)|(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b"
)
_OTHER_HARM_TOO = re.compile(
    r"\band\s+the\s+(?:wounded|injured)\s+(?:are|were|exceed|number|total)\s+"
    r"(?:(?:more\s+than|over|about|around|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_BODIES_AFTER = re.compile(r"\s+(?:more\s+|other\s+|further\s+)?bod(?:y|ies)\b", re.IGNORECASE)


def not_toll(text: str, q: Quantity) -> bool:
    """True when the figure ``q`` of the sentence ``text`` counts no toll of the story."""
    before = text[: q.start]
    if "had " in before and _PAST_SUBJECT.search(before):
        return True
    if " of" in before[-12:] and _ONE_SPOKE.search(before, max(0, q.start - 80)):
        return True
    if "since " in before and _OTHER_HARM_TOO.search(before, max(0, q.start - 60)):
        return _SINCE.search(before) is not None  # the running total's other harm
    return (
        " after" in before
        and _BODIES_AFTER.match(text, q.end) is not None
        and _UPDATE_BEFORE.search(before, max(0, q.start - 160)) is not None
    )

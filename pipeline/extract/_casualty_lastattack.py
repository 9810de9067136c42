"""Tolls of an earlier attack recalled after the story's own, and the harmed identified.

Translated German and Polish copy closes the day's toll with the last attack of its kind:
"The last comparably heavy attack on the capital, at the end of August, had killed 23
people", "The previous major strike on the city, in early October, had left 17 people
dead". The subject names an earlier attack and the verb is in the pluperfect, so the
figure is background, like "Last month, ..." (dev_articles40, ``dev_numeric48``). "The
latest attack killed five" (no pluperfect) stays the story's toll.

Ukrainian and Romanian copy then names the people already counted, by age: "The injured
children are a four-year-old girl and two boys aged nine and 16", "The dead are a
67-year-old man and two women aged 45 and 71". Those figures identify the toll's people
(as "identified the martyrs as three young men aged 19, 22 and 24" does), no new record.
"""

from __future__ import annotations

import re

from pipeline.extract._cas20read import named_list, worst_recalled

# "The last comparably heavy attack on the capital, at the end of August, had killed"
_EARLIER_ATTACK = re.compile(
    r"^\W*The\s+(?:last|previous|preceding)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attack|strike|raid|shelling|bombardment|assault|barrage|air\s+raid)s?\b"
    r"[^.;]{0,120}?\bhad\s+(?:(?:already|also|then)\s+)?"
    r"(?:killed|left|claimed|injured|wounded|cost|made|caused)\s+(?:the\s+lives\s+of\s+)?"
    r"(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost)\s+)?"
    # "had made 3 dead", "had caused 4 dead and 10 wounded" (Romance translations)
    r"(?:\d[\d.,]*\s+(?:dead|killed|deaths|people|persons)\s+and\s+(?:(?:more\s+than|over|"
    r"about|around|some)\s+)?)?$",
    re.IGNORECASE,
)
# "The injured children are ...", "The dead were ...", "The wounded teenagers are ..."
_IDENTIFIED = re.compile(
    r"^\W*The\s+(?:injured|wounded|dead|killed|deceased|victims)(?:\s+[a-z]+)?\s+"
    r"(?:are|were|is|was)\b[^.;]*$",
    re.IGNORECASE,
)
# The figure's people told by their ages: "two boys aged nine and 16", "two women aged 45".
_AGED_AFTER = re.compile(r"\s+[a-z-]+\s+aged\s+(?:\d|[a-z]+\b)", re.IGNORECASE)


def earlier_attack(text: str, start: int) -> bool:
    """True when the figure at ``start`` of the sentence ``text`` is the toll of an earlier
    attack the sentence recalls in the pluperfect (also a worst attack recalled, "In the
    worst attack ..., had killed", and a list naming the toll's people, "The dead are a
    woman ... and two neighbours": :mod:`pipeline.extract._cas20read`)."""
    if worst_recalled(text, start) or named_list(text, start):
        return True
    if "had " not in text[:start] or text.lstrip()[:4].lower() != "the ":
        return False
    return _EARLIER_ATTACK.search(text[:start]) is not None


def identified(text: str, start: int, end: int) -> bool:
    """True when the figure at ``start``-``end`` names by their ages people the sentence
    identifies as the injured or dead already counted."""
    if "aged" not in text[end : end + 40]:
        return False
    return _AGED_AFTER.match(text, end) is not None and _IDENTIFIED.match(text[:start]) is not None

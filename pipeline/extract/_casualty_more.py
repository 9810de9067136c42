"""Casualty readings that need more than the figure's own phrase.

Kept out of :mod:`casualties` (at its size limit) as small predicates it calls:

- Elliptical place lists: "Four were hurt in Kupiansk, three in Izium and two in
  Borova" -- the later figures name no group and no kill/injure word; they take
  both from the first item, because each is followed by a place as it was.
- Deaths of the wounded: "Three of the people wounded ... succumbed to their
  injuries" counts the dead although the only harm word before the verb is "wounded".
"""

from __future__ import annotations

import re

# A figure followed by a place, as each item of the list is: "three in Izium",
# "two more in the village of Borova", "one near Pokrovsk".
_PLACE_AFTER = re.compile(
    r"\s+(?:more\s+|others?\s+)?(?:in|at|near|on)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|settlement|district|community|suburb|outskirts)\s+of\s+)?"
    r"(?-i:[A-Z])[\w'’-]+",
    re.IGNORECASE,
)
# What lies between the previous item's figure and this one: its own words, a place,
# then a list separator ("were hurt in Kupiansk, ").
_PREVIOUS_ITEM = re.compile(
    r"[^.;:\d]{0,80}?\b(?:in|at|near|on)\s+[^.;:\d,]{1,50}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)",
    re.IGNORECASE,
)


def elliptical_place(text: str, prev_end: int, start: int, end: int) -> int | None:
    """End of the place phrase when the figure ``text[start:end]`` continues a place list.

    ``prev_end`` is where the previous casualty figure of the sentence ends.
    """
    place = _PLACE_AFTER.match(text, end)
    if place is None or not _PREVIOUS_ITEM.fullmatch(text, prev_end, start):
        return None
    return place.end()


_DIED_OF_WOUNDS = re.compile(
    r"\b(?:succumbed|died\s+(?:later\s+)?(?:of|from)\s+(?:their|his|her|the)\s+"
    r"(?:wounds|injuries)|later\s+died|(?:have|has|had)\s+died)\b",
    re.IGNORECASE,
)


def died_of_wounds(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` says the wounded died ("succumbed to their injuries")."""
    return _DIED_OF_WOUNDS.search(text, start, end) is not None

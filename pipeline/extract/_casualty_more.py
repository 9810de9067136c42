"""Casualty readings that need more than the figure's own phrase.

Kept out of :mod:`casualties` (at its size limit) as small predicates it calls:

- Elliptical place lists: "Four were hurt in Kupiansk, three in Izium and two in
  Borova" -- the later figures name no group and no kill/injure word; they take
  both from the first item, because each is followed by a place as it was. A figure of
  the other harm after such a list ("..., and injured seven") counts all the places: it
  does not complete the last item.
- Deaths of the wounded: "Three of the people wounded ... succumbed to their
  injuries" counts the dead although the only harm word before the verb is "wounded".
- The second figure of a running total: "strikes since the war began have killed 224
  people ... and wounded more than 1,200" -- the first figure's clause dates the toll,
  the second's is too far from it to see that.
- A toll over several attacks after one attack's toll: "Two more died in a strike on a
  tent, where eight people were wounded in the attacks" -- the wounded are counted over
  all the attacks, so they do not complete the single strike's record.
- People "in (a) critical condition" are injured, whatever harm word stands nearer
  ("Among the dead were ..., while five other people were in a critical condition").
- "Three of the dead were soldiers; the two others were “civilians”": "the N others were
  X" only says who the rest of a toll already counted were -- no record of its own.
"""

from __future__ import annotations

import re
from typing import Protocol

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


def place_item(text: str, end: int, gend: int) -> bool:
    """True when a figure ending at ``end`` is a place-list item ("one in Druzhkivka", its
    phrase ending at ``gend``): a figure of the other kind after it ("..., and injured
    seven") counts all the places, so it is a record of its own."""
    return gend > end and _PLACE_AFTER.fullmatch(text, end, gend) is not None


_DIED_OF_WOUNDS = re.compile(
    r"\b(?:succumbed|died\s+(?:later\s+)?(?:of|from)\s+(?:their|his|her|the)\s+"
    r"(?:wounds|injuries)|later\s+died|(?:have|has|had)\s+died)\b",
    re.IGNORECASE,
)


def died_of_wounds(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` says the wounded died ("succumbed to their injuries")."""
    return _DIED_OF_WOUNDS.search(text, start, end) is not None


CONDITION = r"in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition"


def kind_re(killed: str, injured: str) -> re.Pattern[str]:
    """The harm-word pattern of :mod:`casualties` (groups ``killed``, ``injured``), where
    "in a critical condition" counts as injured; only the nearest-word reading uses it, so
    "Two of the injured were in serious condition" stays no new figure."""
    return re.compile(
        rf"\b(?:(?P<killed>{killed})|(?P<injured>{injured}|{CONDITION}))\b", re.IGNORECASE
    )


# What joins a background toll's first figure to its second: the rest of the first
# item, then "and wounded (more than)" -- or a bare "and" ("killed and 11,300 injured").
_AND_HARMED = re.compile(
    r"[^.;:\d]{0,80}?(?:\band\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|killed|wounding|injuring|"
    r"killing)\s+|\b(?:killed|dead|wounded|injured)\s+and\s+)"
    r"(?:(?:more\s+than|over|at\s+least|about|nearly|almost|some|around)\s+)?",
    re.IGNORECASE,
)


def same_toll(text: str, skipped_end: int, start: int) -> bool:
    """True when the figure at ``start`` continues the background toll whose first figure
    ends at ``skipped_end`` ("killed 224 people ..., and wounded more than 1,200")."""
    return _AND_HARMED.fullmatch(text, skipped_end, start) is not None


_ONE_ATTACK = re.compile(
    r"\b(?:in|by)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|raid|airstrike|blast)\b",
    re.IGNORECASE,
)
_MANY_ATTACKS = re.compile(
    r"\b(?:in|during|from)\s+(?:the|both|all|these|those)\s+(?:[\w-]+\s+)?"
    r"(?:attacks|strikes|raids|airstrikes|bombardments)\b",
    re.IGNORECASE,
)


class _Figure(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def other_attacks(text: str, start: int, part: _Figure) -> bool:
    """True when the record starting at ``start`` blames one attack ("in a strike on a
    tent") before ``part`` (a casualty figure's span), counted over several ("in the
    attacks")."""
    if _ONE_ATTACK.search(text, start, part.start) is None:
        return False
    return _MANY_ATTACKS.search(text, part.start, min(len(text), part.end + 40)) is not None


# "the two others were “civilians”": a copula naming who they were, no harm word after it.
_OTHERS_WERE = re.compile(
    r"\s+(?:were|are)\s+(?!(?:[\w-]+\s+){0,2}?(?:killed|dead|died|injured|wounded|hurt|"
    r"in\s+(?:a\s+)?(?:critical|serious|stable)|taken|hospitali[sz]ed|treated|missing)\b)",
    re.IGNORECASE,
)


def names_others(text: str, group: re.Match[str]) -> bool:
    """True when "the N others" is followed by "were <who they were>", not by a harm word."""
    word = group.group("group").lower()
    return word == "others" and _OTHERS_WERE.match(text, group.end()) is not None

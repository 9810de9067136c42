"""The city an evening update names, so it replaces that city's toll and no other.

A night-attack story gives a toll per city ("In the capital, three people were killed and 17
injured ... In Lviv, one person was killed and four were wounded"), then the capital's update
hours later ("By evening, the Kyiv city military administration said the number of dead in
the capital had risen to four and the number of injured to 22"). The update replaces the
nearest earlier toll it could grow from, which without this test is the last city's (Lviv),
so the capital's morning toll survives and Lviv's is lost. When the update's sentence names a
city ("in Kyiv", "in Zaporizhzhia", the "Odesa regional administration" counting "in the
city"), a toll placed in another city is no earlier report of it.

A region named as such ("the toll in the Kharkiv region rose to five") holds towns the places
list cannot tell apart from other regions' towns, so it rules nothing out; nor does a toll
with no place of its own, or one in a city's district.
"""

from __future__ import annotations

import re

from pipeline.extract._places import place_in
from pipeline.extract.model import Casualty

# "in the city", "in the capital" (not "the regional capital"): the update counts a city.
_IN_CITY = re.compile(r"\b(?:in|of)\s+the\s+(?:city|capital)\b", re.IGNORECASE)
_REGION_WORDS: tuple[str, ...] = (" region", " oblast", " province", " district", " community")


def _key(place: str) -> str:
    """The first word of ``place``, lower-cased ("Odesa region" and "Odesa" share it)."""
    return place.split()[0].lower().rstrip("'’s")


def _is_region(place: str) -> bool:
    low = place.lower()
    return any(low.endswith(w) for w in _REGION_WORDS)


# National capitals: "the number of dead in the capital" names one of these, never Lviv.
_CAPITALS: frozenset[str] = frozenset(
    ("kyiv", "kiev", "moscow", "beirut", "damascus", "khartoum", "sanaa", "tehran", "baghdad")
)
_CAPITAL = "capital"
"""What :func:`update_city` returns for an update counting "in the capital" with no name."""
_THE_CAPITAL = re.compile(r"\b(?:in|of)\s+the\s+capital\b", re.IGNORECASE)


def update_city(sentence: str) -> str | None:
    """The city the update ``sentence`` counts its toll in, when it names one: a listed
    city, or the city of a region body counting "in the city" / "in the capital" (with no
    place named, "in the capital" stands for whichever national capital)."""
    place = place_in(sentence)
    if place is None:
        return _CAPITAL if _THE_CAPITAL.search(sentence) is not None else None
    if _is_region(place) and _IN_CITY.search(sentence) is None:
        return None  # a region's toll: its towns are inside it
    return place


def other_city(city: str | None, old: Casualty) -> bool:
    """True when ``old`` is a toll placed in a city other than ``city``."""
    if city is None or not old.location or _is_region(old.location):
        return False
    if city == _CAPITAL:
        return _key(old.location) not in _CAPITALS
    return _key(old.location) != _key(city)

"""Whether a shoot-down figure and a launch figure are about different places.

"The RSF fired more than 100 drones at Port Sudan ... the army intercepted 14 drones
over Kassala" are two reports, not 14 of 100: a shoot-down over a place that differs
from the launch's target, and is not inside it, never pairs with that launch. A city
inside the region named ("at the Odesa region ... over Izmail") still pairs: with no
map at hand a region is taken to contain any city, and a country any place. Only a
place the launch is aimed at counts ("at", "against"), never where it came from.
"""

from __future__ import annotations

import re

from pipeline.extract import _places
from pipeline.extract._aircontext import fronted_region, fronted_region_end
from pipeline.extract._airmention import Mention
from pipeline.extract.model import Document

_NAME = r"((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:\s+(?:region|oblast|province|state))?)"
# "intercepted 14 drones over Kassala", "shot down above the Sumy region".
_OVER = re.compile(rf"\b(?:over|above)\s+(?:the\s+)?{_NAME}", re.IGNORECASE)
_REGION_END = re.compile(r"\s(?:region|oblast|province)$", re.IGNORECASE)
_AREA = re.compile(r"\s+(?:region|oblast|province|state|governorate|district)$", re.IGNORECASE)
_COUNTRIES: frozenset[str] = frozenset(
    ["russia", "ukraine", "belarus", "israel", "iran", "india", "pakistan", "sudan", "lebanon",
     "yemen", "syria", "poland", "gaza"]
)  # fmt: skip
_REACH = 90
"""How far past a figure its clause's place may be named."""


# "at Port Sudan", "against the Odesa region": a place the launch is aimed at (not where
# it came from: "from the Kursk region").
_AIMED = re.compile(
    r"\b(?:at|on|against|towards?|into|targeting|attacked|struck|hit)\s+(?:the\s+)?"
    r"(?:(?:city|town|port|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def _launch_place(doc: Document, m: Mention) -> str | None:
    """The place a launch figure is aimed at, when the clause says "at <place>"."""
    lo = doc.sentences[m.sent].start
    hi = min(m.end + _REACH, doc.sentences[m.sent].end)
    text = doc.body[lo:hi]
    place = m.location or _places.target(text) or _places.named_target(text)
    if place is None:
        return None
    word = re.escape(_AREA.sub("", place).split()[0])
    for at in re.finditer(rf"\b{word}", text, re.IGNORECASE):
        if _AIMED.search(text, max(0, at.start() - 30), at.start()):
            return place
    return None


def _outcome_place(doc: Document, m: Mention) -> str | None:
    """The place a shoot-down figure is said to happen over."""
    if m.location is not None:
        return m.location
    sent = doc.sentences[m.sent]  # "In the neighbouring Poltava region, ... six of the drones"
    end = fronted_region_end(sent.text)
    if end is not None and sent.start + end <= m.num_start:
        return fronted_region(sent.text)
    over = _OVER.search(doc.body, m.num_start, min(m.end + _REACH, doc.sentences[m.sent].end))
    if over is None or over.group(1).split()[0].lower() in _places._ACTOR_OF:
        return None
    return over.group(1)


def _parts(place: str) -> tuple[str, bool]:
    """The place's bare name and whether it names an area (region, country)."""
    base = _AREA.sub("", place.strip()).lower()
    return base, base != place.strip().lower() or base in _COUNTRIES


def elsewhere(doc: Document, outcome: Mention, launch: Mention) -> bool:
    """True when ``outcome`` names a place that is not ``launch``'s target nor inside it."""
    over, at = _outcome_place(doc, outcome), _launch_place(doc, launch)
    if over is None or at is None:
        return False
    (over_base, _), (at_base, at_area) = _parts(over), _parts(at)
    if over_base == at_base or over_base.startswith(at_base) or at_base.startswith(over_base):
        return False  # "at Kharkiv ... over the Kharkiv region"
    if at_area and _REGION_END.search(over) and _REGION_END.search(at):
        return True  # "at the Kharkiv region ... In the neighbouring Poltava region": two regions
    return not at_area  # a region or country may hold the city named; a city holds no other


def other_scene(doc: Document, outcome_sent: int, launch_sent: int) -> bool:
    """True when the launch's sentence names a place the outcome's sentence does not
    ("Most of the drones were shot down over Kyiv ... In the Odesa region, Russia sent 30
    drones"): a vague outcome told first then belongs to another attack."""
    place = _places.located(doc.sentences[launch_sent].text)
    if place is None:
        return False
    return place.split()[0] not in doc.sentences[outcome_sent].text

"""Hits told after an air-defence report: the report's leftovers, not strikes of their own.

Split from :mod:`pipeline.extract.strikes` (at its size limit). "Two drones hit an industrial
facility in Kharkiv" after "launched 104 drones ..., 81 were shot down" belongs to that
report (the README's "hits left over"); the other side's hits ("two Ukrainian drones hit a
refinery" after Kyiv's report) stay strikes, and so do hits of a kind the report never
counted ("Two Iskander-M ballistic missiles also hit the Kyiv region" after "Russia had sent 93
drones, of which 71 were shot down": `dev_articles58` art58-04, `dev_numeric59`).
"""

from __future__ import annotations

import re

from pipeline.extract import _places, interceptions
from pipeline.extract.model import Document


def after_report(doc: Document, idx: int, attacker: str | None, weapon: str | None = None) -> bool:
    """True when sentence ``idx`` follows an air-defence outcome of the article.

    Wire copy often gives the hits a paragraph of their own ("... 38 of them had
    been intercepted. The rest fell in open areas." then "One rocket hit a house"), or
    tells them city by city much later ("In Kharkiv, two drones hit an industrial
    facility"): they are the night's leftovers wherever the article tells them, unless
    they are the other side's ("two Ukrainian drones hit a refinery" after Kyiv's report).
    """
    for o in interceptions.outcome_sentences(doc):
        if o > idx:
            continue
        if o < idx and weapon is not None and _other_kind(doc, o, weapon):
            continue  # a drone report, then "Two ballistic missiles also hit ..."
        if attacker is None or attacker != _defender(doc.sentences[o].text):
            return True
    return False


_DRONE = re.compile(r"\b(?:drones?|UAVs?|Shahed|Geran|unmanned)", re.IGNORECASE)
_MISSILE = re.compile(
    r"\b(?:missiles?|rockets?|Iskander|Kinzhal|Kalibr|Kh-\d|KN-23|ballistic|cruise)", re.IGNORECASE
)
_GENERIC = re.compile(r"\b(?:targets|objects|means|munitions|weapons|projectiles)\b", re.IGNORECASE)


def _other_kind(doc: Document, o: int, weapon: str) -> bool:
    """True when the report of sentence ``o`` (with the launch sentence before it) counts
    only the other kind of air weapon than ``weapon``, and no generic targets."""
    text = " ".join(doc.sentences[i].text for i in range(max(0, o - 1), o + 1))
    own, other = (_DRONE, _MISSILE) if weapon == "drone" else (_MISSILE, _DRONE)
    return own.search(text) is None and _GENERIC.search(text) is None and bool(other.search(text))


def _defender(text: str) -> str | None:
    """The side whose air defence reports in ``text`` ("Russian air defences destroyed ...")
    or that the launch targets ("Russia launched 95 drones at Ukraine ...")."""
    side = _places.defender(text)
    if side is not None:
        return side
    place = _places.target(text)
    return _places.actor(place) if place is not None else None

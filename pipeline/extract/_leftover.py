"""Hits told after an air-defence report: the report's leftovers, not strikes of their own.

Split from :mod:`pipeline.extract.strikes` (at its size limit). "Two drones hit an industrial
facility in Kharkiv" after "launched 104 drones ..., 81 were shot down" belongs to that
report (the README's "hits left over"); the other side's hits ("two Ukrainian drones hit a
refinery" after Kyiv's report) stay strikes.
"""

from __future__ import annotations

from pipeline.extract import _places, interceptions
from pipeline.extract.model import Document


def after_report(doc: Document, idx: int, attacker: str | None) -> bool:
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
        if attacker is None or attacker != _defender(doc.sentences[o].text):
            return True
    return False


def _defender(text: str) -> str | None:
    """The side whose air defence reports in ``text`` ("Russian air defences destroyed ...")
    or that the launch targets ("Russia launched 95 drones at Ukraine ...")."""
    side = _places.defender(text)
    if side is not None:
        return side
    place = _places.target(text)
    return _places.actor(place) if place is not None else None

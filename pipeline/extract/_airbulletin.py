"""A country-wide air-force bulletin whose outcome comes a paragraph after its launch.

:mod:`pipeline.extract._carry` pairs a bare shoot-down figure with the launch of the
previous paragraph when the launch names a country ("attacked Ukraine with 87 UAVs")
and the outcome is the country-wide one. Ukrainian air-force bulletins in literal
translation break that reading three ways, each handled here:

- the launch is an item of a list after the combined total ("attacked Ukraine with 132
  means of air attack – 128 strike UAVs ... and four Iskander-M"): the item carries no
  place of its own, its sentence's total does (:func:`launch_country`);
- the launch names no place at all ("the enemy launched 55 Shahed attack UAVs from the
  directions of Kursk and Bryansk") and the outcome places itself by compass areas ("shot
  down or suppressed 43 enemy UAVs in the north and east of the country", "in the east and
  south"): a whole country's outcome, no region's (:func:`compass_wide`);
- the outcome names the launch's own model ("One Kh-59 was also destroyed" after "four
  Kh-59 guided missiles"): the model says which launch it answers
  (:func:`same_model`).
"""

from __future__ import annotations

import re

from pipeline.extract._airmention import Mention, read
from pipeline.extract._n24compass import single_area
from pipeline.extract.model import Document

_AREA = r"(?:north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|cent(?:re|er|ral))"
# "in the north, south and east of the country", "in the east and south": two or more
# compass areas, or one "of the country".
_COMPASS = re.compile(
    rf"\bin\s+the\s+{_AREA}(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?{_AREA})+\b"
    rf"|\bin\s+the\s+{_AREA}\s+of\s+the\s+country\b",
    re.IGNORECASE,
)


def compass_wide(text: str) -> bool:
    """True when ``text`` places an outcome by compass areas of the whole country."""
    return "the " in text and (_COMPASS.search(text) is not None or single_area(text))


def launch_country(doc: Document, launch: Mention, countries: frozenset[str]) -> str | None:
    """The country ``launch`` was aimed at: its own place, else its sentence's combined
    total's ("attacked Ukraine with 132 means of air attack – 128 strike UAVs ...")."""
    if launch.location is not None:
        return launch.location if launch.location in countries else None
    for other in read(launch.sent, doc.sentences[launch.sent]):
        if (
            other.role == "launch"
            and other.num_start < launch.num_start
            and other.location in countries
        ):
            return other.location
    return None


def unplaced(doc: Document, launch: Mention) -> bool:
    """True when no launch of ``launch``'s sentence names a place ("the enemy launched 55
    Shahed attack UAVs from the directions of Kursk and Bryansk")."""
    if launch.location is not None:
        return False
    return all(
        other.location is None
        for other in read(launch.sent, doc.sentences[launch.sent])
        if other.role == "launch"
    )


def same_model(m: Mention, launch: Mention) -> bool:
    """True when the outcome and the launch name one model ("Kh-59" and "Kh-59")."""
    if m.model is None or launch.model is None or m.location is not None or m.part:
        return False
    a, b = m.model.lower(), launch.model.lower()
    return a.startswith(b) or b.startswith(a)

"""Airspace incursions counted as "objects", then shot down as drones or missiles.

Polish, Romanian and Baltic reports count what crossed the border before anyone knows
what it was: "A total of 19 objects had crossed the border from Belarus overnight, the
Operational Command said", and then "four of the drones were shot down". The objects are
the launch the definite share ("of the drones") points back to (``dev_articles30``,
art30-03): one interception of that weapon, 19 launched and 4 shot down; so is "19
objects violated Polish airspace during the night; at least four drones were shot down"
(``dev_articles37`` art37-12), the share in the incursion's own sentence. A launch told
with a weapon of its own ("90 drones and missiles", "air targets") is never taken.
"""

from __future__ import annotations

import re

from pipeline.extract._airmention import Mention
from pipeline.extract.model import Document, Interception

_OBJECTS = re.compile(r"[\w,.]+\s+(?:(?:unidentified|flying|aerial)\s+)?objects\b", re.I)


def refine_vague(doc: Document, m: Mention, found: list[Interception]) -> int | None:
    """Index of the record in ``found`` that "four of the drones were shot down" refines:
    an "N objects" launch a vague outcome answered before ("Several of them had been shot
    down"), now given its weapon and count."""
    if not m.definite or m.role != "intercept" or m.weapon not in ("drone", "missile"):
        return None
    if m.value is None:
        return None
    for i in range(len(found) - 1, -1, -1):
        f = found[i]
        if f.weapon != "mixed" or f.intercepted is not None or f.launched is None:
            continue
        if f.launched >= m.value and _OBJECTS.search(f.evidence.text) is not None:
            return i
        return None
    return None


def objects_launch(doc: Document, m: Mention, launches: list[Mention]) -> Mention | None:
    """The latest "N objects" launch of ``launches`` that the definite shoot-down share
    ``m`` ("three of the drones") counts from, if any. A shoot-down in the launch's own
    sentence needs no definite article ("19 objects violated Polish airspace during the
    night; at least four drones were shot down")."""
    if m.role != "intercept" or m.weapon not in ("drone", "missile"):
        return None
    for launch in reversed(launches):
        if launch.weapon != "mixed" or launch.value is None:
            continue
        if not m.definite and (launch.sent != m.sent or launch.num_start > m.num_start):
            continue
        text = doc.body[launch.num_start : launch.end]
        if _OBJECTS.match(text) is None:
            continue
        if m.value is None or launch.value >= m.value:
            return launch
    return None


_INCURSION = re.compile(
    r"\b(?:\d[\d,.]*|[a-z]+)\s+(?:(?:unidentified|flying|aerial)\s+)?objects\b[^.;]{0,80}?"
    r"\b(?:airspace|crossed\s+the\s+border|crossed\s+into|flew\s+into|border\s+from)\b",
    re.IGNORECASE,
)


def incursion(text: str) -> bool:
    """True for "A total of 19 objects had crossed the border ..." / "12 objects entered
    Romanian airspace": a count of what came in, read as an air-defence sentence."""
    return "objects" in text and _INCURSION.search(text) is not None

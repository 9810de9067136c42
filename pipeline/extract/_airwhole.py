"""A vague outcome answering a launch of the paragraph before.

Split from :mod:`pipeline.extract.interceptions` (near its size limit). "Israeli jets fired
about ten missiles ..." and, in the next paragraph, "air defences shot down some of the
missiles": the outcome names the launch's weapon with a definite article, so it answers
that launch (launched only, as in one paragraph), unless it is told as another scene.
"""

from __future__ import annotations

from pipeline.extract import _places
from pipeline.extract._airmention import Mention
from pipeline.extract.model import Document

_BACK = 3
"""Most sentences between a launch and the vague outcome of the next paragraph."""
_OTHER_OPENERS: frozenset[str] = frozenset(["separately", "meanwhile", "elsewhere"])
"""A sentence's first word that turns to another attack."""


def share_back(doc: Document, m: Mention, stale: list[Mention]) -> Mention | None:
    """The latest unanswered launch of ``m``'s weapon a vague outcome naming that weapon
    ("some of the missiles") answers from the paragraph before: not one told as another
    scene ("Separately, ...", a place the launch's sentence does not name, the other
    side's drones)."""
    if m.weapon in (None, "mixed") or m.value is not None or m.all:
        return None
    text = doc.sentences[m.sent].text
    if text[:12].split(" ", 1)[0].strip(",").lower() in _OTHER_OPENERS:
        return None
    for launch in reversed(stale):
        if m.sent - launch.sent > _BACK:
            return None
        if launch.weapon != m.weapon or launch.value is None:
            continue
        if m.owner is not None and m.owner != launch.owner:
            return None
        place = _places.located(text)
        if place is not None and place.split()[0] not in doc.sentences[launch.sent].text:
            return None
        return launch
    return None

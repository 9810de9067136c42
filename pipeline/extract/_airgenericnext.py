"""A generic shoot-down opening the paragraph after a one-kind launch: "The Russian army
used 145 drones in total against six regions overnight, the air defence said." / "85
flying objects were shot down, 49 more vanished from radar".

Inside one paragraph a generic figure ("targets", "flying objects", "air targets") after a
launch of a single kind already takes that kind (``_carry.one_kind``). Literal translations
(ANSA, Ukrinform) give each sentence a paragraph of its own, so the same report arrives
split; :func:`generic_next` pairs it across that one break when nothing else could be
meant: the latest unpaired launch stands one or two sentences back in the paragraph right
before, its sentence launched a single kind, it is big enough, and the outcome names no
place, region share or side of its own.
"""

from __future__ import annotations

import re

from pipeline.extract._airmake import Mention
from pipeline.extract.model import Document

# A mayor's, governor's or another day's figure is not the launch's outcome.
_LOCAL = re.compile(
    r"\b(?:mayor|governor|regions?|oblasts?|district|earlier|previous(?:ly)?|"
    r"separately|yesterday|day\s+before|a\s+day|week|month)\b",
    re.IGNORECASE,
)


def generic_next(doc: Document, m: Mention, stale: list[Mention]) -> Mention | None:
    """The one-kind launch of the previous paragraph that the generic (``mixed``) shoot-down
    ``m`` answers, or None."""
    if m.role != "intercept" or m.weapon != "mixed" or m.value is None or m.all:
        return None
    if m.part or m.location is not None or m.total is not None or not stale:
        return None
    launch = stale[-1]
    if launch.value is None or launch.value < m.value or launch.weapon in (None, "mixed"):
        return None
    if not 0 < m.sent - launch.sent <= 2:
        return None
    here, there = doc.sentences[m.sent], doc.sentences[launch.sent]
    if here.paragraph != there.paragraph + 1:
        return None
    if any(c.sent == launch.sent and c.weapon != launch.weapon for c in stale):
        return None  # "40 drones and six missiles ... 38 targets": no one kind
    if m.owner is not None and launch.owner is not None and m.owner != launch.owner:
        return None
    if _LOCAL.search(here.text) is not None:
        return None
    return launch

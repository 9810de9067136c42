"""A shoot-down whose weapons are described by a launch clause, the launch told after.

Translated German copy often leads with the outcome and describes the weapons with a
relative clause ("Die Flugabwehr hat acht Angriffsdrohnen abgeschossen, die die Russen
seit Sonntagabend gestartet hatten"), then gives the launch figures in a later sentence
("The Russian troops deployed two Iskander-M ballistic missiles, ... and eleven attack
drones"). The relative clause announces that launch: the later figure of the same weapon
(within two sentences, no smaller than the shoot-down) is that report's launch, one
interception, not a strike. Without such a clause a later launch stays its own event
(:func:`pipeline.extract._airpair.completes` has the other told-after forms).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmention import Mention
from pipeline.extract._airnoun import AIR_NOUN
from pipeline.extract.model import Document, Interception

_LAUNCH_CLAUSE = re.compile(
    rf"^[^.;:]{{0,80}}?\b(?:{AIR_NOUN})\s*,?\s+(?:which|that)\s+(?:[\w’'-]+\s+){{1,3}}?(?:had\s+(?:been\s+)?|have\s+been\s+|"
    r"were\s+)?(?:launched|fired|sent|deployed|used|employed)\b",
    re.IGNORECASE,
)


def announced(
    doc: Document,
    found: list[Interception],
    sent_of: list[int],
    placed: list[bool],
    m: Mention,
) -> bool:
    """Complete the latest launch-less outcome whose weapons a launch clause describes
    ("shot down 23 attack drones which the Russians launched since Saturday evening")
    with the launch figure ``m`` told after it; True when it did."""
    if m.value is None or m.weapon in (None, "mixed"):
        return False
    for i in range(len(found) - 1, -1, -1):
        if not 0 < m.sent - sent_of[i] <= 2:
            if m.sent - sent_of[i] > 2:
                break
            continue
        f = found[i]
        if f.weapon != m.weapon or f.launched is not None or f.intercepted is None:
            continue
        if placed[i] or f.intercepted > m.value:
            return False
        sent = doc.sentences[sent_of[i]]
        if _LAUNCH_CLAUSE.match(sent.text, f.evidence.start - sent.start) is None:
            return False
        found[i] = replace(f, launched=m.value, all_intercepted=f.intercepted == m.value)
        return True
    return False

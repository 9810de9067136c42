"""A shoot-down whose weapons are described by a launch clause, the launch told after.

Translated German copy often leads with the outcome and describes the weapons with a
relative clause ("Die Flugabwehr hat acht Angriffsdrohnen abgeschossen, die die Russen
seit Sonntagabend gestartet hatten"), then gives the launch figures in a later sentence
("The Russian troops deployed two Iskander-M ballistic missiles, ... and eleven attack
drones"). The relative clause announces that launch: the later figure of the same weapon
(within two sentences, no smaller than the shoot-down) is that report's launch, one
interception, not a strike. Without such a clause a later launch stays its own event
(:func:`pipeline.extract._airpair.completes` has the other told-after forms).

A participle naming the attack ("The destroyer shot down two drones directed at it", "two
drones launched at Eilat") announces it too, also with a place of its own: the attacker's
claim told after it ("had targeted the ship with four drones") is the launch, up to four
sentences on when a sentence between tells the attack claimed (a quote may stand between).
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

# "shot down two drones directed at it", "intercepted two drones launched at Eilat from
# Yemen" (or "launched by the Houthis toward"): a participle naming the attack the weapons
# came in, whose launch figure (the attacker's claim, "had targeted the ship with four
# drones") may follow.
_AIMED = re.compile(
    rf"[^.;:]{{0,80}}?\b(?:{AIR_NOUN})\s+(?:that\s+were\s+|which\s+were\s+)?"
    r"(?:directed|aimed|launched|fired|heading)\s+(?:by\s+(?:the\s+)?[\w'’-]+\s+)?"
    r"(?:at|towards?|against|for)\s",
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
        gap = m.sent - sent_of[i]
        if gap > _CLAIM_REACH:
            break
        f = found[i]
        if gap <= 0 or f.weapon != m.weapon or f.launched is not None or f.intercepted is None:
            continue
        sent = doc.sentences[sent_of[i]]
        at = f.evidence.start - sent.start
        aimed = _AIMED.match(sent.text, at) is not None  # "two drones directed at it"
        if gap > 2 and not (aimed and _claimed(doc, sent_of[i] + 1, m.sent)):
            continue
        if (placed[i] and not aimed) or f.intercepted > m.value:
            return False
        if not aimed and _LAUNCH_CLAUSE.match(sent.text, at) is None:
            return False
        found[i] = replace(f, launched=m.value, all_intercepted=f.intercepted == m.value)
        return True
    return False


_CLAIM_REACH = 4
"""How many sentences after a shoot-down of weapons "directed at" a target the attacker's
claim may give their launch figure (a quote of the defender's minister may stand between)."""
_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\b", re.IGNORECASE)


def _claimed(doc: Document, first: int, last: int) -> bool:
    """True when a sentence from ``first`` to ``last`` tells the attack claimed ("The attack
    was claimed in the evening by the Houthi rebels")."""
    return any(_CLAIM.search(doc.sentences[k].text) for k in range(first, last + 1))

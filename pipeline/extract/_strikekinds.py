"""The kinds listed after a stated combined air-attack total are strikes of their own.

Ukrainian Air Force bulletins (and their translations) state the night's total and list
it by kind: "the enemy attacked Ukraine with 181 means of air attack: 3 Iskander-M
ballistic missiles ..., 2 Kh-59/69 guided air missiles ... and 176 strike UAVs", "A total
of 215 means of air attack were recorded, among them 206 drones and 9 missiles". A kind the
outcome answers is an interception (and consumed there); a kind no outcome answers is an
attack with no interception outcome, that is a strike, as "reported three Iskander-M and
58 drones, of which 43 were neutralised" gives a missile strike of three. The list item
has no verb of its own (the total's verb governs it), so the strikes detector, which reads
a verb or a chain from the figure before, skipped it.

:func:`total_item` says when a figure is an item of such a list.
"""

from __future__ import annotations

import re

# "181 means of air attack: ", "215 means of air attack were recorded overnight, among them "
_TOTAL_BEFORE = re.compile(
    r"\d[\d,.]*\s+(?:means\s+of\s+(?:enemy\s+|russian\s+)?(?:air|aerial)\s+attack|"
    r"(?:enemy\s+)?(?:air|aerial)\s+(?:attack\s+)?(?:targets|assets|weapons|means))"
    r"(?:[^.;:\d]{0,60}?)"
    r"(?::\s*|\s*[-–—]\s+|,\s*(?:among\s+them|including|of\s+them|thereof)\s+)"
    # the items listed before this one: "206 drones and ", "3 Iskander-M ..., "
    r"(?:\d[\d,.]*[^.;:\d]{1,90}?(?:,\s*(?:and\s+)?|\s+and\s+))*"
    r"(?:(?:about|around|some|at\s+least|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def total_item(text: str, start: int) -> bool:
    """True when the figure at ``start`` is a kind listed after a stated combined
    air-attack total ("181 means of air attack: 3 Iskander-M ..., 2 Kh-59/69 ...")."""
    return _TOTAL_BEFORE.search(text, max(0, start - 300), start) is not None


# "launched 2 missile strikes using 4 missiles": the 2 counts attacks, not missiles.
_ATTACK_COUNT = re.compile(
    r"(?<![\d,.])(?P<n>\d[\d,]*)\s+(?:\w+\s+)?(?:missile|drone|rocket|UAV)\s+(?:strikes|attacks)\b",
    re.IGNORECASE,
)


def counts_attacks(evidence: str, count: int) -> bool:
    """True when a strike's figure counts attacks of a weapon ("2 missile strikes"), so an
    interception's launch figure that happens to be equal is no restatement of it."""
    return any(
        int(m.group("n").replace(",", "")) == count for m in _ATTACK_COUNT.finditer(evidence)
    )

"""Weapon lists whose verb stands after the last item only.

"Some 800 drones, about 1,050 glide bombs and more than 30 missiles were used
against Ukraine": each figure of a passive list is a strike, but the strikes
detector reads a figure's verb from its own clause, and only the last item's
clause holds one. This module walks such a list forward over the figures that
follow to find that verb. It is kept apart from :mod:`strikes` (whose reading is
per figure) because it needs the sentence's later figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract._numclause import ATTACK_VERB
from pipeline.extract.numbers import Quantity
from pipeline.extract.weapons import MODIFIER, WEAPON_NOUN

_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_ITEM_NOUN = re.compile(
    rf"\s+(?:{MODIFIER}\s+){{0,4}}?(?:{WEAPON_NOUN})\b"
    r"(?:\s+of\s+(?:various|different|several)\s+types)?",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:(?:also|all|reportedly|\w+ly)\s+)?", re.IGNORECASE
)
_MAX_ITEMS = 6


def passive_list_verb(text: str, noun_end: int, later: Sequence[Quantity]) -> re.Match[str] | None:
    """The attack verb closing a passive list the figure ending at ``noun_end`` opens.

    ``later`` are the sentence's figures after it. Each must follow the previous
    item's weapon noun after a comma or "and" and carry a weapon noun of its own;
    the verb is the attack verb right after "were"/"have been" behind the last one.
    """
    pos = noun_end
    for q in later[:_MAX_ITEMS]:
        sep = _SEP.match(text, pos)
        if sep is None or sep.end() != q.start:
            return None
        noun = _ITEM_NOUN.match(text, q.end)
        if noun is None:
            return None
        pos = noun.end()
        passive = _PASSIVE.match(text, pos)
        if passive is not None:
            return ATTACK_VERB.match(text, passive.end())
    return None

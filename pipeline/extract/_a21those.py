"""A launch figure told after the shoot-down as "a total of N of those systems".

Spanish agency copy (EFE) puts the launch in a relative clause after the outcome: "shot
down 63 drones 'Shahed' ..., in an attack in which Russia employed a total of 79 of those
systems and other unmanned aerial vehicles". Word for word, "79 of those systems" names no
weapon, so no launch was read and the shoot-down stood alone (63 of ?). The demonstrative
points back to the weapons just counted: :func:`those_launched` gives the shoot-down its
launch figure when the sentence has one shoot-down and that figure is no smaller.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmake import Mention
from pipeline.extract.model import Sentence
from pipeline.extract.numbers import Quantity, find_quantities

_THOSE = re.compile(
    r"\b(?:employed|used|launched|sent|deployed|fired)\s+(?:(?:in\s+total|overall)\s+)?"
    r"(?P<fig>(?:a\s+total\s+of\s+)?[\w,.]+)\s+of\s+(?:those|these|such|the\s+same)\s+"
    r"(?:systems|devices|drones|UAVs|apparatus(?:es)?|machines|weapons|missiles|aircraft)\b",
    re.IGNORECASE,
)


def lone_shoot_down(mentions: list[Mention]) -> Mention | None:
    """The sentence's one counted shoot-down with no launch figure of its own, else None."""
    downs = [m for m in mentions if m.role == "intercept" and m.value is not None]
    if len(downs) != 1 or downs[0].total is not None or downs[0].all:
        return None
    return downs[0]


def with_launch(mentions: list[Mention], down: Mention, q: Quantity | None) -> list[Mention]:
    """``mentions`` with ``down`` given the launch ``q`` told after it (never fewer)."""
    if q is None or q.value is None or down.value is None or q.value < down.value:
        return mentions
    return [replace(m, total=q.value) if m is down else m for m in mentions]


def those_launched(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Give the one shoot-down of the sentence the launch "a total of N of those systems"
    told after it."""
    if " of th" not in sent.text:
        return mentions
    down = lone_shoot_down(mentions)
    if down is None:
        return mentions
    at = down.num_start - sent.start
    told = _THOSE.search(sent.text, at)
    if told is None:
        return mentions
    q = next((q for q in find_quantities(sent.text) if q.start >= told.start("fig")), None)
    return with_launch(mentions, down, q if q is not None and q.start <= told.end("fig") else None)

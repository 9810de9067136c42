""" "twice" as the count of a weapon share after a counted shelling total.

Shelling tallies give a rare weapon's share as an adverb: "fired 74 times at the town with
artillery and twice with MLRS", "shelled the community 31 times, including twice with Grad
rockets". The share is a strike of two like "2 times with MLRS" (the written ``dev_numeric36``
and h_air17 calls: an `mlrs` strike of the share beside the total), but "twice" is no figure
for :func:`pipeline.extract.numbers.find_quantities`, which every detector shares.

:func:`with_twice` adds a figure of two for such a "twice" to the strike detector's own
quantities only, and only in that shape: a counted "N times" before it in the sentence, the
adverb joined to it by "and" / "including" / a comma, and a weapon preposition right after
it. "twice as many", "twice a day" and "attacked twice on Monday" (no counted total, no
weapon) stay no count.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import Quantity

_TWICE = re.compile(
    r"(?:,\s*|\s+)(?:and\s+|including\s+|among\s+them\s+)?(?P<w>twice)\s+(?=(?:with|from|using)\s)",
    re.IGNORECASE,
)
_TIMES_AFTER = re.compile(r"\s+times\b", re.IGNORECASE)


def with_twice(text: str, quantities: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """``quantities`` with a figure of two for each "..., and twice with X" share that
    follows a counted "N times" of the sentence."""
    if "twice" not in text.lower():
        return quantities
    extra: list[Quantity] = []
    for m in _TWICE.finditer(text):
        at = m.start("w")
        if any(q.num_start == at for q in quantities):
            continue
        counted = any(
            q.end <= m.start() and q.total is None and _TIMES_AFTER.match(text, q.end)
            for q in quantities
        )
        if counted:
            extra.append(Quantity(2, "exact", at, m.end("w"), num_start=at))
    if not extra:
        return quantities
    return tuple(sorted((*quantities, *extra), key=lambda q: q.start))

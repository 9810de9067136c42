"""Air weapons named as the ones that got through: "One drone that got through set fire to
a transformer", "Two missiles that broke through struck an industrial site".

After an air-defence report ("shot down 11 of 15 drones") the share that evaded the
defences is part of that report, whatever its verb ("set fire to", "damaged", "cut power
to"): :mod:`pipeline.extract.strikes` treats it as a leftover like "Two drones hit ...",
which it drops when an air-defence report precedes (``dev_articles33`` art33-10; the
conventions' "Hits by 12 drones were recorded" after the outcome gives no record either).
Without a report before it the figure stays a strike.
"""

from __future__ import annotations

import re

_THROUGH = re.compile(
    r"\s+(?:that|which)\s+(?:had\s+|have\s+|has\s+)?(?:(?:got|gotten|broke(?:n)?|slipped|made\s+it|"
    r"came)\s+through|evaded|escaped|penetrated|bypassed|were\s+not\s+(?:intercepted|shot\s+down)"
    r"|was\s+not\s+(?:intercepted|shot\s+down))\b",
    re.IGNORECASE,
)


def got_through(text: str, noun_end: int) -> bool:
    """True when the weapon noun ending at ``noun_end`` is told as having got through."""
    return _THROUGH.match(text, noun_end) is not None

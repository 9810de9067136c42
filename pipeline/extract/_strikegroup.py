"""Strikes "on Houthi targets": a military's strikes on an armed group are air strikes.

Agency copy on Yemen, Lebanon, Gaza, Syria or Somalia counts a state military's raids on
an armed group as plain "strikes" ("The US military said it had carried out 14 strikes
on Huthi targets in and around Hodeida", "conducted 25 strikes on Hezbollah targets",
"six strikes against Huthi radar sites"). The weapon is never named because everyone
knows it: such strikes are flown by aircraft (or drones, which the copy then names), as
the labelled sets read "U.S. aircraft carried out 18 strikes on Houthi ..." and
"Israeli warplanes carried out 40 strikes on Hezbollah targets". A front-line tally of
"strikes on 13 settlements" names places, not a group's sites, and stays ``other``.

:func:`group_air_strikes` tells the strikes detector when a count of "strikes" that named
no weapon has such an object.
"""

from __future__ import annotations

import re

# "14 strikes on Huthi targets", "six strikes against Hezbollah positions in ...".
_ON_GROUP = re.compile(
    r"\s+(?:(?:air|further|new|more|precision|separate)\s+)?strikes?\s+"
    r"(?:on|against|targeting|at)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:Houthis?|Huthis?|Hezbollah|Hamas|Islamic\s+Jihad|Islamic\s+State|IS|ISIS|ISIL|"
    r"al-Shabaab|Shabaab|al-Qaeda|jihadist|militant|rebel|terrorist|Iran-backed|"
    r"Iranian-backed|Taliban|PKK)(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:targets?|positions?|sites?|facilit(?:y|ies)|infrastructure|strongholds?|hideouts?|"
    r"cent(?:re|er)s?|depots?|bases?|launchers?|installations?|camps?|assets?|"
    r"storage|fighters|militants|operatives)\b",
)


def group_air_strikes(text: str, figure_end: int) -> bool:
    """True when the figure ending at ``figure_end`` counts strikes on an armed group's
    sites ("carried out 14 strikes on Huthi targets"): air strikes."""
    return _ON_GROUP.match(text, figure_end) is not None

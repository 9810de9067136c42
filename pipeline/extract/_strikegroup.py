"""Strikes "on Houthi targets": a military's strikes on an armed group are air strikes.

Agency copy on Yemen, Lebanon, Gaza, Syria or Somalia counts a state military's raids on
an armed group as plain "strikes" ("The US military said it had carried out 14 strikes
on Huthi targets in and around Hodeida", "conducted 25 strikes on Hezbollah targets",
"six strikes against Huthi radar sites"). The weapon is never named because everyone
knows it: such strikes are flown by aircraft (or drones, which the copy then names), as
the labelled sets read "U.S. aircraft carried out 18 strikes on Houthi ..." and
"Israeli warplanes carried out 40 strikes on Hezbollah targets". A front-line tally of
"strikes on 13 settlements" names places, not a group's sites, and stays ``other``.

A US or Israeli military's strikes on sites named by their kind ("Centcom said its forces
had carried out 14 strikes against radar installations and drone depots") are air strikes
for the same reason.

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


# "16 strikes against radar installations and weapons depots", "nine strikes on missile
# launchers and command centres": military sites named by their kind, no group named.
_ON_SITES = re.compile(
    r"\s+(?:(?:air|further|new|more|precision|separate)\s+)?strikes?\s+"
    r"(?:on|against|targeting|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:installations|depots|launchers|launch\s+(?:sites|pads)|command\s+(?:cent(?:re|er)s|posts)|"
    r"storage\s+(?:sites|facilities)|radars|radar\s+sites|air\s+defen[cs]e\s+systems|"
    r"military\s+(?:sites|infrastructure|facilities))\b",
    re.IGNORECASE,
)
# Militaries whose "strikes" are flown: the US (Central Command), Israel, their allies.
_AIR_MILITARY = re.compile(
    r"\b(?:Central\s+Command|Centcom|CENTCOM|Pentagon|U\.?S\.?|US|American|Israeli|IDF|"
    r"British|Royal\s+Air\s+Force|coalition|Jordanian|Saudi-led)\b"
)


def group_air_strikes(text: str, figure_end: int) -> bool:
    """True when the figure ending at ``figure_end`` counts strikes on an armed group's
    sites ("carried out 14 strikes on Huthi targets"): air strikes. So are a US or Israeli
    military's strikes on sites named by their kind ("Centcom said its forces had carried
    out 16 strikes against radar installations and weapons depots")."""
    if _ON_GROUP.match(text, figure_end) is not None:
        return True
    return _ON_SITES.match(text, figure_end) is not None and bool(_AIR_MILITARY.search(text))

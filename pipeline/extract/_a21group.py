"""Strikes on an armed group's sites told in literal Romance word order: air strikes.

:mod:`_strikegroup` reads the English order ("14 strikes on Huthi targets", "strikes
against radar installations"). Translated French, Italian and Spanish copy puts the group
after its sites with "of" ("a dozen strikes against positions of Hezbollah", "strikes
against infrastructures of Hezbollah", "fifteen strikes against sites of launch of missiles
of the Yemeni rebels") and quotes the figure it takes from a military's statement
(Centcom "made known that it had conducted «more than 30 strikes» against radar
installations, depots of missiles and command centres of the Yemeni rebels") or names the
group's sites after a place ("about fifteen strikes in the south of Lebanon, targeting
positions of Hezbollah"). The same reading applies: a military's strikes on an armed group's
sites, or a US or Israeli military's strikes on military sites named by their kind, are
flown.

:func:`romance_group_strikes` is asked by the strikes detector next to
:func:`_strikegroup.group_air_strikes`.
"""

from __future__ import annotations

import re

from pipeline.extract._a22strike import flown_site_strikes
from pipeline.extract._strikegroup import _AIR_MILITARY

_SITES = (
    r"(?:targets?|positions?|sites?|facilit(?:y|ies)|infrastructures?|strongholds?|hideouts?|"
    r"cent(?:re|er)s?|depots?|bases?|launchers?|installations?|camps?|assets?|ramps?|"
    r"storage|warehouses?|arsenals?|radars?|emplacements?)"
)
# "strikes» against" / "strikes against the": the count's noun, a closing quote allowed.
_HEAD = re.compile(
    r"\s+(?:(?:air|further|new|more|precision|separate)\s+)?strikes?[»”\"]?\s+"
    r"(?:on|against|targeting|at)\s+(?:the\s+)?"
)
# "positions of Hezbollah", "depots of missiles and command centres of the Yemeni rebels"
_OF_GROUP = re.compile(
    _SITES + r"\b[^.;]{0,80}?\bof\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:Houthis?|Huthis?|Hezbollah|Hamas|Islamic\s+Jihad|Islamic\s+State|ISIS|ISIL|"
    r"al-Shabaab|Shabaab|al-Qaeda|jihadists?|militants?|rebels?|terrorists?|Taliban|PKK|"
    r"militias?)\b",
    re.IGNORECASE,
)
# "radar installations, depots of missiles and command centres": sites named by kind.
_KIND_SITES = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:installations|depots|launchers|launch\s+(?:sites|pads|ramps)|"
    r"sites\s+of\s+launch|command\s+(?:cent(?:re|er)s|posts)|radars|radar\s+sites)\b",
    re.IGNORECASE,
)


# "fifteen strikes in the south of Lebanon, targeting positions of Hezbollah": the group's
# sites named later in the clause, after a place or a time.
_LATER = re.compile(
    r"\s+(?:(?:air|further|new|more|precision|separate)\s+)?strikes?[»”\"]?\s+(?:in|across|during|"
    r"overnight|on\s+(?:\w+day|the\s+night))\b[^.;:]{0,60}?\b(?:targeting|against|on|hitting)\s+"
    r"(?:the\s+)?(?:(?:Houthis?|Huthis?|Hezbollah|Hamas)\s+"
    + _SITES
    + r"|"
    + _SITES
    + r"\s+of\s+(?:the\s+)?(?:Houthis?|Huthis?|Hezbollah|Hamas|Islamic\s+Jihad)\b)",
    re.IGNORECASE,
)


def romance_group_strikes(text: str, figure_end: int) -> bool:
    """True when the figure ending at ``figure_end`` counts strikes on an armed group's
    sites told with "of" ("a dozen strikes against positions of Hezbollah") or a US or
    Israeli military's strikes on military sites behind a quoted figure ("«more than 30
    strikes» against radar installations"): air strikes."""
    if flown_site_strikes(text, figure_end):
        return True  # "12 strikes against military targets of the Huthi" (h_air22)
    head = _HEAD.match(text, figure_end)
    if head is None:
        return _LATER.match(text, figure_end) is not None and bool(_AIR_MILITARY.search(text))
    if _OF_GROUP.match(text, head.end()) is not None:
        return True
    return _KIND_SITES.match(text, head.end()) is not None and bool(_AIR_MILITARY.search(text))

"""A "times" count after a comma list of weapons: "had come under attack by glide bombs,
artillery and drones 94 times".

The clause reader stops at the list's commas, so the attack verb before the list ("came
under attack by", "was attacked with", "shelled ... with") falls outside the figure's
clause and the count was lost; the two-item form ("by glide bombs and drones 11 times")
was read. :func:`listed_times` finds the verb before a list made only of weapon nouns and
gives the list's weapon (a mixed list is ``other``, as the conventions say).

:func:`gapped_passive` reads the gapped second half of a passive tally: "Eight attacks from
multiple launch rocket systems were carried out on the Zaporizhzhia district, and another
151 artillery strikes - on the Polohy and Vasylivka districts" (Ukrinform's translation of
a governor's post): the second figure shares the first clause's verb.
"""

from __future__ import annotations

import re

from pipeline.extract.model import StrikeWeapon
from pipeline.extract.weapons import MODIFIER, WEAPON_NOUN, strike_weapon

# One list item: "glide bombs", "heavy artillery", "FPV drones", "a multiple rocket launcher".
_ITEM = (
    rf"(?:an?\s+)?(?:(?:{MODIFIER}|heavy|fpv|multiple|rocket|launch)\s+){{0,3}}"
    rf"{WEAPON_NOUN}(?:\s+(?:launchers?|systems?))?"
)
_LISTED = re.compile(
    r"\b(?:attack(?:ed|s)?|fire|fired|shell(?:ed|ing)?|struck|hit)\s+"
    r"(?:(?:the\s+)?[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}\s+)?"  # "shelled Nikopol ... with"
    rf"(?:by|with|from)\s+(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})+,?\s+and\s+{_ITEM})\s+$",
    re.IGNORECASE,
)
_REACH = 160


def listed_times(text: str, at: int) -> tuple[re.Match[str], StrikeWeapon] | None:
    """The attack verb before the weapon list that ends right before the "N times" figure at
    ``at``, and the list's weapon; None when no such list stands there."""
    m = _LISTED.search(text, max(0, at - _REACH), at)
    if m is None:
        return None
    weapon = strike_weapon(m.group("list"))
    return (m, weapon) if weapon is not None else None


# "... were carried out on X, and another 151 artillery strikes": the verb is gapped.
_GAPPED = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been)\s+(?:carried\s+out|conducted|recorded|"
    r"registered|launched|fired|delivered)\b[^.;:\d]{0,120}?,\s*and\s+(?:another|a\s+further|"
    r"further|also)\s+$",
    re.IGNORECASE,
)


def gapped_passive(text: str, at: int) -> re.Match[str] | None:
    """The passive attack verb a figure at ``at`` shares after ", and another", or None."""
    return _GAPPED.search(text, max(0, at - 160), at)

"""Which class of missile a figure counts: ballistic or cruise.

Split from ``interceptions`` (at its size limit). "fired eight Iskander-M ballistic
missiles, 14 Kh-101 cruise missiles ..., adding that air defences had brought down three
of the ballistic missiles": a share naming a class pairs with the launch of that class,
not merely the nearest missile launch. The class is the adjective in the figure's noun
phrase, else the model's known class.
"""

from __future__ import annotations

import re

_PHRASE = re.compile(
    r"[\w,.-]*\s+(?:of\s+(?:the|these|those)\s+)?(?P<mods>(?:[\w/-]+\s+){0,4}?)"
    r"(?:missiles?|rockets?|iskanders|kinzhals|kalibrs)\b",
    re.IGNORECASE,
)
_BALLISTIC_MODELS = ("iskander-m", "kinzhal", "kn-23", "kn23", "s-400", "s-300", "ballistic")
_CRUISE_MODELS = ("kh-101", "kh-555", "kh-55", "kalibr", "iskander-k", "kh-22", "kh-32", "cruise")


def missile_class(body: str, num_start: int) -> str | None:
    """ "ballistic", "cruise" or None for the missile figure at ``num_start`` of ``body``."""
    m = _PHRASE.match(body, num_start, num_start + 80)
    if m is None:
        return None
    mods = m.group("mods").lower()
    if "ballistic" in mods:
        return "ballistic"
    if "cruise" in mods:
        return "cruise"
    if any(w in mods for w in _BALLISTIC_MODELS):
        return "ballistic"
    if any(w in mods for w in _CRUISE_MODELS):
        return "cruise"
    return None


def same_class(body: str, share: int, launch: int) -> bool:
    """True when the share at ``share`` and the launch at ``launch`` name one missile class."""
    mine = missile_class(body, share)
    return mine is not None and mine == missile_class(body, launch)

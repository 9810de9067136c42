"""A shoot-down near the place a launch in an earlier paragraph aimed at answers it.

Red Sea copy gives the Houthis' claim and the Israeli army's answer in paragraphs of their
own: "the drone air force had carried out an operation with three drones against a vital
target in Umm al-Rashrash" ... "Its air force also shot down two drones approaching
Eilat". The outcome names the place the drones flew at ("approaching", "towards", "heading
for", "over", "near"), and the launch named the same place, also by the other side's name
for it (the Houthis call Eilat Umm al-Rashrash and Tel Aviv "occupied Jaffa"): one
interception. Other places, or none, leave the two figures apart as before.
"""

from __future__ import annotations

import re

_APPROACH = re.compile(
    r"\b(?:approaching|towards?|heading\s+(?:for|towards?)|over|near|"
    r"in\s+the\s+direction\s+of|flying\s+(?:at|to|towards?))\s+(?:the\s+)?"
    r"(?P<place>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
)
_ALIASES: dict[str, tuple[str, ...]] = {
    "Eilat": ("Eilat", "Umm al-Rashrash", "Umm Al-Rashrash", "Um al-Rashrash"),
    "Tel Aviv": ("Tel Aviv", "Jaffa", "Yafa"),
}
"""A place and the names each side's statements give it."""


def aimed_place(text: str, start: int) -> str | None:
    """The place the figure at ``start`` flew at ("two drones approaching Eilat")."""
    m = _APPROACH.search(text[start : start + 60].split(".")[0].split(";")[0])
    return m.group("place") if m is not None else None


def same_aim(body: str, start: int, launch: str) -> bool:
    """True when the shoot-down figure at ``body[start]`` flew at a place the launch
    sentence ``launch`` names, by either side's name for it."""
    place = aimed_place(body, start)
    if place is None:
        return False
    names = _ALIASES.get(place, (place,))
    return any(re.search(rf"\b{re.escape(n)}\b", launch) for n in names)

"""Counts of attacks that are not strikes (kept apart: strikes.py is near its size limit).

"35 Russian attacks were reported around Pokrovsk", "attacks ... were repelled",
"41 attacks in the Pokrovsk direction", "In the Pokrovsk direction, the enemy attacked 52
times": ground assaults of a front-line summary (like "combat clashes"), not shelling or air
attacks. Also the two readings of translated General Staff copy that make a count a strike
without an attack verb: "three missile attacks with Iskander missiles on ... were recorded"
and "41 air strikes and 63 with multiple rocket launchers".
"""

from __future__ import annotations

import re

from pipeline.extract._airmodel import typed_end
from pipeline.extract.numbers import QUALIFIER
from pipeline.extract.weapons import find_models

_ASSAULTS = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:repelled|repulsed|"
    r"(?:reported|registered|recorded)\s+(?:around|near|along|on\s+the\s+front))\b"
    r"|\s+(?:\w+\s+){0,3}?in\s+the\s+[\w-]+\s+direction\b"
    # "counted 96 attacks on the Pokrovsk front (line)": a named front's ground assaults
    r"|\s+(?:along|on|at)\s+the\s+(?-i:[A-Z])[\w-]+\s+front\b"
    # "carried out 47 attacks in the area around Pokrovsk" (translated General Staff copy)
    r"|\s+in\s+the\s+(?:area|areas|vicinity|sector)\s+(?:around|of|near)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


# "2,100 attacks were recorded along the front, including roughly 60 with rocket artillery":
# a share fired from a weapon makes the attacks shelling, not ground assaults.
_ARMED_SHARE = re.compile(
    r",\s*(?:including|among\s+them|of\s+(?:them|which))\b[^.;]{0,40}?\b(?:with|from|using)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:artillery|mortars?|mlrs|multiple|rocket|grads?|drones?|tanks?|bombs?)",
    re.IGNORECASE,
)


# Ground troops as a subject ("Russian troops", "the occupiers", "the enemy"): with no weapon
# named, their counted attacks at a front place are assaults (the `dev_numeric36` call).
_TROOPS = (
    r"(?:(?i:the)\s+)?(?:(?i:Russian)\s+)?(?i:troops|units|occupiers|enemy|invaders|Russians|army|"
    r"infantry)"
)


# "In the Pokrovsk direction, the enemy attacked 52 times near Myrnohrad": a sentence of the
# General Staff's per-direction summary that names no weapon counts ground assaults.
_DIRECTION = re.compile(
    r"\b(?i:in|on)\s+the\s+[A-Z][\w-]+\s+(?:direction|sector|axis)\b"
    # "In the direction of Pokrovsk the enemy attacked 47 times" (translated word order)
    r"|\b(?i:in)\s+the\s+(?:direction|sector)\s+of\s+[A-Z]"
    # "Near Kurakhove the occupiers undertook 33 attacks": a fronted front-line place
    r"|^\W*(?:Near|Around|Outside|Close\s+to)\s+[A-Z][\w'’-]+\s*,?\s+(?:the\s+)?[a-z]"
    # "The heaviest fighting was reported near Pokrowsk, where the enemy attacked 41 times"
    r"|\b(?i:fighting|battles?|clashes|combat)\b[^.;]{0,50}?\b(?i:near|around|outside|at|for)\s+"
    # "... near Pokrovsk and Novopavlivka, where", "around Kostiantynivka, Toretsk and Chasiv Yar"
    r"[A-Z][\w'’-]+(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,4}\s*,\s*where\b"
    # "The hottest sector remained Pokrovsk, where the Russians attacked 47 times"
    r"|\b(?i:sector|spot|hotspot|section|area)\s+(?i:remained|remains|was|is)\s+"
    r"[A-Z][\w'’-]+\s*,\s*where\b"
    # "The most active was the Pokrovsk direction, where the occupiers attacked 46 times"
    r"|\b(?i:the)\s+[A-Z][\w'’-]+\s+(?i:direction|sector|axis)\s*,\s*where\b"
    # "The focus was the area around Pokrovsk in the Donetsk region, where Russian troops
    # attacked 52 times": a front place's where-clause with ground troops as its subject
    rf"|\b[A-Z][\w'’-]+(?:\s+(?i:region|oblast|area|district|direction|sector|axis|front))?\s*,\s*where\s+{_TROOPS}[^.;]{{0,30}}?\b"
    r"(?i:attacked|assaulted)\b"
    # "Russian troops attacked 44 times near Pokrovsk and 17 times near Lyman"
    rf"|\b{_TROOPS}\s+(?i:attacked|assaulted)\s+(?:(?i:Ukrainian\s+)?positions\s+)?"
    r"[\d,.]+\s+times\s+(?i:near|around|outside|close\s+to|in\s+the\s+area\s+of)\s+[A-Z]"
)
_WEAPONISH = re.compile(
    r"\b(?:artillery|shell|mortar|drone|uav|missile|rocket|bomb|kab|mlrs|grad|aircraft|air\s*strike|"
    r"aviation|tank|fpv|kamikaze)",
    re.IGNORECASE,
)


_FRONT_WORDS = (
    "direction",
    "sector",
    "axis",
    "Near ",
    "Around ",
    "Outside ",
    "Close to ",
    ", where ",
    " times near ",
    " times around ",
    " times outside ",
    " times close to ",
    " times in the area of ",
)


def front_assaults(text: str, noun: str, noun_end: int) -> bool:
    """True when a count of "attacks" is a front-line summary's ground assaults."""
    if noun == "attacks" and _ASSAULTS.match(text, noun_end) is not None:
        return _ARMED_SHARE.search(text, noun_end) is None  # "..., including 60 with MLRS"
    if noun not in ("attacks", "times") or not any(w in text for w in _FRONT_WORDS):
        return False
    lo = text.rfind(";", 0, noun_end) + 1  # the figure's own part of a ";" list
    hi = text.find(";", noun_end)
    hi = len(text) if hi < 0 else hi
    return _DIRECTION.search(text, lo, hi) is not None and _WEAPONISH.search(text, lo, hi) is None


# "three missile attacks with Iskander missiles on the Sumy region were recorded": the
# attacks told by a verb of recording, not of attacking.
_RECORDED = re.compile(
    r"[^.;:\d]{0,80}?\b(?:were|was|have\s+been|had\s+been)\s+(?:recorded|reported|registered|"
    r"documented|counted)\b",
    re.IGNORECASE,
)


# "the air force reported 76 Russian drone attacks": the same verb before the figure.
# ... also "counted in the past day 4.102 shellings" (translated German order).
_RECORDED_BEFORE = re.compile(
    r"\b(?:reported|registered|recorded|documented|counted)\s+"
    r"(?:(?:in|over|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours|night)\s+)?"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)


def recorded(text: str, start: int, noun_end: int) -> bool:
    """True when the attacks counted at ``text[start:noun_end]`` were "recorded"."""
    if " re" not in text and "counted" not in text:
        return False
    if _RECORDED_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    return _RECORDED.match(text, noun_end) is not None


# "41 air strikes and 63 with multiple rocket launchers": the second count's noun left
# out, its weapon named by "with"/"from"/"using".
_ELIDED_WITH = re.compile(r"\s+(?:with|from|using)\s", re.IGNORECASE)
_AND_GAP = re.compile(r"\s*(?:,\s*)?(?:and\s+)?", re.IGNORECASE)


def elided_with(text: str, chain_end: int | None, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` follows the previous count with only
    "and" between and takes its weapon from "with ..." ("and 63 with MLRS")."""
    if chain_end is None or _AND_GAP.fullmatch(text, chain_end, start) is None:
        return False
    return "and" in text[chain_end:start] and _ELIDED_WITH.match(text, end) is not None


# "The air force reported on Sunday morning three rockets of the type Iskander-M"
# (translated German "meldete ... drei Raketen"): a launch report told by a verb of
# reporting, the time phrase between verb and figure.
_REPORTED_LAUNCH = re.compile(
    # "He spoke of four glide bombs within ten minutes" (translated German "sprach von")
    r"\b(?:reported|registered|recorded|counted|reports|registers|spoke\s+of)\s+"
    r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|evening|night|afternoon))?\s+|overnight\s+|"
    r"in\s+the\s+night(?:\s+to\s+\w+)?\s+|(?:this|on\s+the)\s+(?:morning|evening|night)\s+)?"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)
_AIR_HARDWARE: tuple[str, ...] = ("missile", "rocket", "drone", "uav", "shahed", "bomb")
_OUTCOME_WORDS: tuple[str, ...] = ("intercept", "shot down", "destroy", "neutrali", "suppress")


def reported_launch(text: str, start: int, noun: str) -> bool:
    """True when the air weapons counted at ``start`` follow a verb of reporting."""
    if (
        "report" not in text
        and "regist" not in text
        and "count" not in text
        and "spoke" not in text
    ):
        return False
    if not any(w in noun for w in _AIR_HARDWARE):
        return False
    at = start
    listed = _LISTED_BEFORE.search(text, max(0, start - 60), start)
    if listed is not None and _REPORTED_LAUNCH.search(text, max(0, at - 50), at) is None:
        at = listed.start()  # "reported ... 47 Shahed drones and two Iskander-M missiles"
    if _REPORTED_LAUNCH.search(text, max(0, at - 50), at) is None:
        return False
    rest = text[start:].lower()  # "reported 22 missiles: “Our air defence intercepted most”"
    if not any(w in rest for w in _OUTCOME_WORDS):
        return True
    # "..., 41 drones were shot down": the outcome names the other kind of the list only.
    other = _OTHER_KIND_OUTCOME.match(text, start) if at != start else None
    return other is not None and other.group("kind")[:4].lower() not in noun.lower()


_LISTED_BEFORE = re.compile(
    r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets|UAVs)\s+and\s+$", re.IGNORECASE
)
_OTHER_KIND_OUTCOME = re.compile(
    r"[^,;.:]{1,60},\s*\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?P<kind>drones|missiles|rockets|UAVs)\s+"
    r"(?:were|was|could\s+be|had\s+been)\s+[^,;.:]{0,40}(?:[.;]|$)",
    re.IGNORECASE,
)


def missile_rockets(text: str, start: int, noun_end: int) -> bool:
    """True when "rockets" at ``text[start:noun_end]`` name a missile model ("three
    rockets of the type Iskander-M", "four S-300 rockets"): German "Raketen" are missiles."""
    phrase = text[start : typed_end(text, noun_end)]
    models = find_models(phrase)
    return bool(models) and all(m.category == "missile" for m, _, _ in models)

"""Sentence shapes around a strike figure that :mod:`strikes` reads per figure.

Kept apart from :mod:`strikes` for its size. Each reading is a careful reader's
rule for how wire copy lays out a breakdown of attacks:

* "Among them were 8 airstrikes, 287 drone attacks and ...": a breakdown of the
  total told just before, whose items have no attack verb of their own;
* "8 airstrikes on Huliaipole and Stepnohirsk, 287 drone attacks": a list item may
  carry its own target before the next item;
* "Russian artillery and kamikaze drones hit ... 20 times": a compound subject
  names every weapon of the count (a mixed list, ``other``);
* "one massive strike and 37 group strikes": "one" with a singular attack noun is a
  count when a plural count of attacks is coordinated with it;
* "5,660 missiles and long-range drones": one figure covering several weapon types
  is a mixed strike (``other``), while "62 drones and four missiles" stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract._numclause import ATTACK_SCAN
from pipeline.extract.numbers import Quantity
from pipeline.extract.weapons import MODIFIER, WEAPON_NOUN, strike_weapon

# "Among them were", "Of these, there were", "He listed": the figures after it break a
# total down.
_BREAKDOWN_HEAD = re.compile(
    r"\b(?:among|of)\s+(?:them|these|those|which|the\s+attacks|the\s+strikes)\s*,?\s*"
    r"(?:there\s+)?(?:were|was)\s+(?:(?:about|some|around|at\s+least|more\s+than|over|"
    r"nearly|almost)\s+)?$"
    # "He listed 11 airstrikes on A and B, 311 drone attacks and ...": the same breakdown
    # told by a verb of enumerating after the total.
    r"|\b(?:listed|itemi[sz]ed|enumerated|counted)\s+(?:(?:about|some|around|at\s+least|"
    r"more\s+than|over|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
# "missiles and long-range drones", "rockets, drones and glide bombs": more weapon nouns
# coordinated with the figure's own, none with a figure of its own.
_COMBINED = re.compile(
    rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:{MODIFIER}\s+){{0,3}}?(?:{WEAPON_NOUN})\b"
    rf"(?:\s+(?:{WEAPON_NOUN})\b)*",  # "mortar shells": the last noun is the head
    re.IGNORECASE,
)
# A launcher or a mass noun coordinated after the figure's noun ("17 drones and multiple
# rocket launchers", "nine drones and artillery"): the figure cannot count it.
_PLATFORM_END = re.compile(r"(?:launchers?|artillery|MLRS|aviation)$", re.IGNORECASE)
_ATTACK_END = re.compile(
    r"(?:strikes|attacks|raids|times|bombardments|shellings)$",
    re.IGNORECASE,
)


def breakdown_item(text: str, start: int, noun_end: int) -> bool:
    """True when the figure at ``start`` opens an "Among them were N <attacks>" breakdown.

    Only counts of attacks qualify ("8 airstrikes", "287 drone attacks"): "Among them
    were 30 Shahed drones" may be part of an air-defence report, and "Among them were
    14 children" is no strike at all.
    """
    if _BREAKDOWN_HEAD.search(text, max(0, start - 45), start) is None:
        return False
    return _ATTACK_END.search(text, max(start, noun_end - 14), noun_end) is not None


# "... on Huliaipole and Stepnohirsk, ": an item's own target, up to the next separator.
PLACE_GAP = (
    r"(?:\s+(?:on|at|in|against)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]+)"
    r"(?:(?:\s+and\s+|\s*,\s*|\s+)(?-i:[A-Z][\w'’-]+)){0,3})?"
)
"""Regex source of an optional capitalised target phrase between two list items."""

# "Russian mortars and FPV drones hit": the part of the subject before its "and".
_COMPOUND_HEAD = re.compile(r"[^,;:]{1,60}?\s(?:and|or)\s+$", re.IGNORECASE)


def compound_subject(text: str, start: int, split_at: int) -> bool:
    """True when ``text[start:split_at]`` is the first half of a compound subject
    ("Russian artillery and ") rather than a clause of its own ("shelled X and ")."""
    if split_at <= start or _COMPOUND_HEAD.fullmatch(text, start, split_at) is None:
        return False
    return ATTACK_SCAN.search(text, start, split_at) is None


_ONE_ATTACK = re.compile(
    rf"\s+(?:{MODIFIER}\s+){{0,3}}?(?P<noun>strike|attack|raid)\b",
    re.IGNORECASE,
)
# "one massive and 41 group strikes": the singular's noun left to the plural after it.
_ONE_ELIDED = re.compile(
    rf"\s+(?:{MODIFIER}\s+){{0,2}}?(?:massive|group|combined|powerful|large)"
    rf"(?=\s+and\s+\d[\d,]*\s+(?:{MODIFIER}\s+){{0,3}}?(?P<noun>strike|attack|raid)s\b)",
    re.IGNORECASE,
)
_AND_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$", re.IGNORECASE)
_PLURAL_NEXT = re.compile(
    rf"\s+(?:{MODIFIER}\s+){{0,3}}?(?:strikes|attacks|raids)\b",
    re.IGNORECASE,
)


def one_attack(text: str, q: Quantity, later: Sequence[Quantity]) -> re.Match[str] | None:
    """The singular attack noun of "one massive strike and 37 group strikes", or None.

    A lone "one strike hit a school" is no count (as "a missile" is none); the
    coordinated plural count is what makes the "one" a tally.
    """
    if q.value != 1 or not later:
        return None
    m = _ONE_ATTACK.match(text, q.end) or _ONE_ELIDED.match(text, q.end)
    nxt = later[0]
    if m is None or nxt.start - m.end() > 8 or not _AND_NEXT.match(text[m.end() : nxt.start]):
        return None
    return m if _PLURAL_NEXT.match(text, nxt.end) is not None else None


def combined_end(text: str, noun_end: int) -> int | None:
    """End of a weapon list the figure's noun opens, when it names several weapon types.

    "launched 5,660 missiles and long-range drones": one count over several types is
    one mixed strike; a list whose items carry their own figures is not matched here.
    """
    end = noun_end
    while (m := _COMBINED.match(text, end)) is not None:
        if _PLATFORM_END.search(text, max(end, m.end() - 10), m.end()) is not None:
            break  # "with 17 drones and multiple rocket launchers": the 17 counts drones
        end = m.end()
    if end == noun_end:
        return None
    start = text.rfind(" ", 0, noun_end - 1) + 1
    return end if strike_weapon(text[start:end]) == "other" else None


# "One of the attacks damaged a power line": what one attack did, not a count of attacks.
_CONSEQUENCE = re.compile(
    r"\s+(?:also\s+)?(?:damaged|destroyed|hit|struck|set|caused|left|sparked|started|cut|"
    r"killed|injured|wounded|knocked)\b",
    re.IGNORECASE,
)


def consequence(text: str, end: int) -> bool:
    """True when "N of the attacks" ending at ``end`` is the subject of what they did."""
    return _CONSEQUENCE.match(text, end) is not None


# "Details:\n– 9 air strikes on Huliaipole;\n– 200 artillery strikes on ...": a dashed line
# of a breakdown, verbless like the items of "Among them were ...".
_BULLET = re.compile(r"\s*[–—•*-]\s*")


def bullet_item(text: str, start: int) -> bool:
    """True when the figure at ``start`` opens a dashed or bulleted list line."""
    return 0 < start <= 4 and _BULLET.fullmatch(text, 0, start) is not None


# The attack-verb readers, moved here from strikes.py (at its size limit).
_AND_END = re.compile(r"\band\s*$", re.IGNORECASE)


def subject_of(before_verb: str) -> str:
    """The subject alone when the verb is coordinated with an earlier one: in "attacked
    X with 43 drones and shelled Y 27 times" the drones belong to the first verb, and
    "shelled" keeps its own weapon."""
    if not _AND_END.search(before_verb):
        return before_verb
    first = ATTACK_SCAN.search(before_verb)
    return before_verb if first is None else before_verb[: first.start()]


def attack_verb(text: str, lo: int, hi: int, at: int, noun_end: int = 0) -> re.Match[str] | None:
    """The attack verb of a figure: the last one before it, else the first after it.

    A match inside the figure's own noun ("3,000 artillery shells") is no verb.
    """
    verb = None
    for v in ATTACK_SCAN.finditer(text, lo, hi):
        if at <= v.start() < noun_end:
            continue
        if verb is None or v.start() < at:
            verb = v
        if v.start() >= at:
            break
    return verb

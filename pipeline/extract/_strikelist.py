"""Weapon lists whose verb stands after the last item only, and other list-shaped readings.

"Some 800 drones, about 1,050 glide bombs and more than 30 missiles were used
against Ukraine": each figure of a passive list is a strike, but the strikes
detector reads a figure's verb from its own clause, and only the last item's
clause holds one. This module walks such a list forward over the figures that
follow to find that verb. It is kept apart from :mod:`strikes` (whose reading is
per figure) because it needs the sentence's later figures.

It also holds five small readings :mod:`strikes` calls (kept here for its size): a
share named by its own weapon after a total ("412 attacks ..., including 6 air
strikes"), attacks the story already told ("wounded in the two attacks": no count),
a model standing for the noun ("fired four Iskander-M"), and projectiles whose guns the
next sentence lists ("510 projectiles were fired ... Mortars, artillery, tanks and
drones were used": a mixed count, ``other``) and a count of a weapon named before its verb
("hit 12 villages with glide bombs, dropping 31 of them").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract._numclause import ATTACK_VERB
from pipeline.extract.model import Document
from pipeline.extract.numbers import Quantity
from pipeline.extract.weapons import (
    MODEL_RE,
    MODELS,
    MODIFIER,
    WEAPON_NOUN,
    model_named,
    strike_weapons,
)

# A separator, perhaps behind an aside on the previous item ("35 missiles, including
# ballistic missiles, and 60 drones").
_SEP = re.compile(
    r"(?:\s*,\s*(?:including|among\s+them)\b[^,;.\d]{1,50})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)",
    re.IGNORECASE,
)
_ITEM_NOUN = re.compile(
    rf"\s+(?:{MODIFIER}\s+){{0,4}}?(?:{WEAPON_NOUN})\b"
    r"(?:\s+of\s+(?:various|different|several)\s+types)?",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:(?:also|all|reportedly|\w+ly)\s+)?", re.IGNORECASE
)
# The list as the subject of a verb of aiming ("35 missiles and 60 drones had targeted its
# facilities"); a verb of hitting ("had struck") counts the ones that got through instead.
_AIMED = re.compile(
    r"\s+(?:(?:have|had|has)\s+)?(?:target(?:ed|s)|attack(?:ed|s)|were\s+(?:fired|launched))\b",
    re.IGNORECASE,
)
_MAX_ITEMS = 6


def passive_list_verb(text: str, noun_end: int, later: Sequence[Quantity]) -> re.Match[str] | None:
    """The attack verb closing a passive list the figure ending at ``noun_end`` opens.

    ``later`` are the sentence's figures after it. Each must follow the previous
    item's weapon noun after a comma or "and" and carry a weapon noun of its own;
    the verb is the attack verb right after "were"/"have been" behind the last one.
    """
    pos = noun_end
    for q in later[:_MAX_ITEMS]:
        sep = _SEP.match(text, pos)
        if sep is None or sep.end() != q.start:
            return None
        noun = _ITEM_NOUN.match(text, q.end)
        if noun is None:
            return None
        pos = noun.end()
        passive = _PASSIVE.match(text, pos)
        if passive is not None:
            return ATTACK_VERB.match(text, passive.end())
        aimed = _AIMED.match(text, pos)
        if aimed is not None:
            return aimed
    return None


# "412 attacks on 14 settlements ..., including 6 air strikes": a share named by its own
# weapon noun after the total's adjunct (the generic case is ``strikes._SHARE_LEAD``).
_INCLUDED = re.compile(
    r"[^.;:!?\"“”]{0,70}?(?:,\s*|\s+)(?:including|among\s+them|of\s+which|of\s+them)\s+"
    r"(?:with\s+|by\s+)?",  # "..., among them with 9 air strikes" (German "darunter mit")
    re.IGNORECASE,
)


def included_share(text: str, chain_end: int, start: int) -> bool:
    """True when the figure at ``start`` is an "including N air strikes" share of the strike
    whose noun ends at ``chain_end``."""
    return _INCLUDED.fullmatch(text, chain_end, start) is not None


# "in the two attacks", "both strikes": attacks the story has already told, not a count.
_DEFINITE = re.compile(r"\b(?:the|these|those|both|all)\s+$", re.IGNORECASE)


def anaphoric(text: str, start: int) -> bool:
    """True when the figure at ``start`` follows a definite article ("the two attacks")."""
    return _DEFINITE.search(text, max(0, start - 8), start) is not None


_MODEL_AFTER = re.compile(rf"\s+(?:{MODEL_RE.pattern})", re.IGNORECASE)
_MODEL_HINTS = frozenset(alias[:3] for alias in MODELS)


def model_noun(text: str, end: int) -> tuple[str, int] | None:
    """A weapon model standing for the noun right after a figure ("fired four Iskander-M"),
    lower-cased, with its end; the look at its first letters skips the long pattern."""
    if text[end : end + 1] != " " or text[end + 1 : end + 4].lower() not in _MODEL_HINTS:
        return None
    m = _MODEL_AFTER.match(text, end)
    return (model_named(m.group()).name.lower(), m.end()) if m is not None else None


_USED = re.compile(r"\b(?:were|was)\s+(?:\w+ly\s+)?(?:used|deployed|employed)\b", re.IGNORECASE)


def guns_listed_after(doc: Document, idx: int, noun: str) -> bool:
    """True when ``noun`` (a figure's noun in sentence ``idx``) is "projectiles" and the
    next sentence of the paragraph lists the several weapons that fired them."""
    if "projectile" not in noun.lower() or idx + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[idx + 1]
    if nxt.paragraph != doc.sentences[idx].paragraph or _USED.search(nxt.text) is None:
        return False
    return len(strike_weapons(nxt.text)) >= 2


# "hit 12 villages with glide bombs, dropping 31 of them in all": the count of a weapon
# the clause named before its verb of use.
_USED_JUST_BEFORE = re.compile(
    r"\b(?:dropp|launch|fir|us)(?:ed|ing)\s+(?:a\s+total\s+of\s+)?$", re.IGNORECASE
)
_OF_THEM = re.compile(r"\s+of\s+them\b", re.IGNORECASE)
_NAMED_WEAPON = re.compile(rf"(?:\b{MODIFIER}\s+){{0,2}}\b(?:{WEAPON_NOUN})\b", re.IGNORECASE)
_BACK_REACH = 120
"""How far before the figure its weapon may be named."""


def named_before(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(weapon phrase, end of "of them") for "dropping 31 of them" after a named weapon."""
    if " of them" not in text[end : end + 9]:
        return None
    of = _OF_THEM.match(text, end)
    if of is None or _USED_JUST_BEFORE.search(text, max(0, start - 24), start) is None:
        return None
    named = list(_NAMED_WEAPON.finditer(text, max(0, start - _BACK_REACH), start))
    return (named[-1].group().lower(), of.end()) if named else None

"""Stated zero outcomes of an air-defence report, for :mod:`pipeline.extract._airmention`.

Split from that module (at its size limit): the clauses that say none of a counted launch
went down, either with a negation ("the missiles were not intercepted", "the Kinzhal could
not be intercepted") or, as translated copy often does, by saying they all arrived ("all
reached their targets", "the missiles reached their targets").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.extract._airnoun import AIR_NOUN, NOT_DOWNED, weapon_of
from pipeline.extract._n26zero import no_figure_zeros
from pipeline.extract._num23air import relative_zeros
from pipeline.extract._numclause import clause
from pipeline.extract._stemscan import StemScan
from pipeline.extract.model import InterceptWeapon
from pipeline.extract.weapons import MODEL_RE, MODIFIER, find_models

# "the Kinzhal could not be intercepted": a model standing for its noun, a stated zero.
_MODEL_NOT_DOWNED = re.compile(
    rf"\b(?:the|these|those)\s+(?:{MODEL_RE.pattern})\s+(?:were|was|could|can|had|have)\s+not\s+"
    r"(?:been\s+|be\s+)?(?:intercepted|shot\s+down|destroyed|downed|fended\s+off)\b",
    re.IGNORECASE,
)
# "their targets", "its target", "their goal" (German "ihr Ziel").
_TARGET = r"(?:their|its)\s+(?:intended\s+)?(?:targets?|goals?|objectives?)\b"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "all reached their targets", "all four missiles hit their targets", "both missiles hit targets
# in the Kharkiv region" (art57-12, no possessive): every one got through.
_REACHED = re.compile(
    r"(?<![\w-])(?:(?:(?:all|both)\s+(?:of\s+)?(?:(?:the|these|those)\s+)?|(?:the|these|those)\s+)"
    rf"(?:{_NUM}\s+)?(?:{MODIFIER}\s+){{0,3}}?(?P<noun>{AIR_NOUN})|(?:all|both)(?:\s+of\s+them)?|"
    rf"they\s+all)\s+(?:all\s+|also\s+)?(?:reached|hit|struck)\s+(?:{_TARGET}|targets\b)",
    re.IGNORECASE,
)
_REACHED_SCAN = StemScan(
    _REACHED, ("all", "both", "the", "tho"), needs=("reached", "hit", "struck")
)
# "Of the 30 drones launched, 10 reached their targets": a counted share got through, so
# the launch has an outcome with no shoot-down figure (sums are never made).
_SHARE_REACHED = re.compile(
    rf"(?<![\w-])(?:{_NUM}|eleven|twelve)\s+(?:of\s+them\s+|(?:{MODIFIER}\s+){{0,2}}?(?:{AIR_NOUN})\s+)?"
    r"(?:(?:have|had|has)\s+)?(?:(?:accordingly|only|also)\s+)?(?:reached|hit|struck)\s+" + _TARGET,
    re.IGNORECASE,
)


def arrived_whole(text: str, pos: int) -> bool:
    """True when "both/all (the) N X" at ``pos`` is told as reaching its targets, a stated
    zero, never the shoot-down of a sentence's earlier verb ("Air defence shot down 97
    drones; both missiles hit targets")."""
    return _REACHED.match(text, pos) is not None


_ARRIVAL_WORDS = re.compile(
    r" (?:their|its) (?:intended )?(?:target|goal|objective)| (?:hit|reached) targets\b"
)
# "the remaining missiles reached their targets": only part of the launch.
_PART = re.compile(r"\b(?:remaining|other|rest|more|additional)\b", re.IGNORECASE)


_NOT_POSSIBLE = (
    r"it\s+(?:was|proved|had\s+been)\s+(?:not\s+possible|impossible)\s+to\s+"
    r"(?:intercept|shoot\s+down|down|destroy|stop)"
)
# "two missiles Iskander-M, which could not be shot down", "two ballistic missiles of the
# Iskander-M type, which air defence was unable to shoot down" (art49-08): a relative clause
# on a counted launch stating that none went down.
_WHICH_NOT = re.compile(
    rf"(?<![\w-])(?P<noun>{AIR_NOUN})\b[^,.;:]{{0,50}},\s*which\s+(?:(?:(?:the|its|Ukrainian|"
    r"Ukraine's)\s+)?air\s+defen[cs]e\s+)?(?:(?:could|can|were|was|had|have)\s+not\s+"
    r"(?:been\s+|be\s+)?(?:intercepted|shot\s+down|downed|destroyed|fended\s+off)"
    r"|(?:was|were|is|are)\s+unable\s+to\s+(?:intercept|shoot\s+down|down|destroy|stop)"
    # "four Iskander-M ballistic missiles ..., which it was not possible to shoot down"
    rf"|{_NOT_POSSIBLE})\b",
    re.IGNORECASE,
)
# "...; it was not possible to intercept them": the zero told as an impersonal clause.
_IMPOSSIBLE = re.compile(
    rf"\b{_NOT_POSSIBLE}\s+(?:them|it|any\s+of\s+them|either\s+of\s+them)\b", re.IGNORECASE
)


class Zero(NamedTuple):
    """One stated zero: its clause, where it starts, its weapon and whether it only
    counts after a launch (``arrived``: "all reached their targets" says nothing alone)."""

    start: int
    end: int
    at: int
    weapon: InterceptWeapon | None
    phrase: str
    arrived: bool


def zeros(text: str, low: str, taken: list[tuple[int, int]]) -> list[Zero]:
    """The sentence's stated zero outcomes that no figure already covers."""
    out: list[Zero] = []
    for m in NOT_DOWNED.finditer(text) if " not " in low else ():
        if low[max(0, m.start() - 4) : m.start()] == " of ":
            continue  # "6 of the drones were not intercepted": the figure's own zero
        s, e = clause(text, m.start(), m.end())
        out.append(Zero(s, e, m.start(), weapon_of(m), "", False))
    for m in _MODEL_NOT_DOWNED.finditer(text) if " not " in low else ():
        models = find_models(m.group())
        if models and not any(a <= m.start() < b for a, b in taken):
            kind: InterceptWeapon = "drone" if models[0][0].category == "drone" else "missile"
            out.append(Zero(m.start(), m.end(), m.start(), kind, m.group(), False))
    for m in _WHICH_NOT.finditer(text) if ", which " in low else ():
        at = text.index(",", m.end("noun"))
        if not any(a <= at < b for a, b in taken):  # a zero for the launch told before it
            out.append(Zero(at, m.end(), at, weapon_of(m), "", True))
    out += [Zero(a, e, a, w, "", False) for a, e, w in relative_zeros(text, low, taken)]
    for m in _IMPOSSIBLE.finditer(text) if "possible to" in low else ():
        if not any(a <= m.start() < b for a, b in taken):
            s, e = clause(text, m.start(), m.end())
            out.append(Zero(s, e, m.start(), None, "", True))
    out += [Zero(a, e, at, w, "", True) for a, e, at, w in no_figure_zeros(text, low, taken)]
    for m in _REACHED_SCAN.finditer(text) if _ARRIVAL_WORDS.search(low) else ():
        if low[max(0, m.start() - 4) : m.start()] == " of " or _PART.search(m.group()):
            continue  # "two of the missiles reached their targets": a share, no zero
        if any(a <= m.start() < b for a, b in taken):
            continue
        s, e = clause(text, m.start(), m.end())
        weapon = weapon_of(m) if m.group("noun") else None
        out.append(Zero(s, e, m.start(), weapon, "", True))
    return out


def arrived_shares(text: str, low: str) -> list[tuple[int, int, int]]:
    """Clauses (start, end, figure offset) saying a counted share reached its targets."""
    out: list[tuple[int, int, int]] = []
    for m in _SHARE_REACHED.finditer(text) if _ARRIVAL_WORDS.search(low) else ():
        if _PART.search(low, max(0, m.start() - 12), m.start()):
            continue  # "Another 21 drones reached their targets": more after an outcome
        s, e = clause(text, m.start(), m.end())
        out.append((s, e, m.start()))
    return out

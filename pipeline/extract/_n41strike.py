"""Round n41's strike revisions: mixed weapon lists of shelling tallies, restated fates.

Real regional tallies and Red Sea relays (the real13/real14 page sets) showed two shapes:

- a daily tally of "N shelling attacks" told with the list of the weapons that fired them
  ("launched 119 shelling attacks, firing 664 shells from mortars, artillery, Grads, tanks,
  UAVs and aircraft") is a strike of weapon ``other`` like the shells of that list (the
  conventions' mixed weapon lists); "shelling attacks ... using artillery" stays artillery;
- a definite count of munitions told with their fate ("The three missiles all landed in
  the sea") restates part of a launch the story counted already: no strike of its own.

It also drops the strikes of the launches :mod:`_n41air` turns into interceptions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _n41air
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Strike

__all__ = ["revise"]

_WEAPONS = re.compile(
    r"\b(?:mortars?|artillery|Grads?|tanks?|UAVs|drones|aircraft|aviation|MLRS|"
    r"rocket\s+launchers|howitzers|helicopters)\b",
    re.I,
)
_FATE = re.compile(
    r"^\W*The\s+(?:[\w-]+)\s+(?:[\w-]+\s+){0,2}?(?:missiles|rockets|drones|projectiles)\s+"
    r"(?:all\s+|both\s+)?(?:landed|fell|crashed|splashed)\b"
)


def _mixed_list(text: str) -> bool:
    """True when ``text`` names three or more kinds of weapon."""
    kinds = {m.group().lower().rstrip("s") for m in _WEAPONS.finditer(text)}
    return len(kinds) >= 3


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n41's strike revisions (see the module docstring)."""
    found = _n41air.strikes(doc, found)
    body = doc.body
    shelling = body_has(body, "shelling attacks")
    fate = body_has(body, "The ") and any(
        body_has(body, w) for w in ("landed", "fell", "crashed", "splashed")
    )
    if not (shelling or fate):
        return found
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike):
            idx = sentence_of(doc, f.evidence.start)
            text = doc.sentences[idx].text if idx >= 0 else ""
            if fate and _FATE.match(text) and f.evidence.start - doc.sentences[idx].start < 40:
                continue  # "The three missiles all landed in the sea"
            if (
                shelling
                and f.weapon == "artillery"
                and "shelling attacks" in f.evidence.text
                and _mixed_list(text)
            ):
                f = replace(f, weapon="other")
        out.append(f)
    return out

"""A share fronted by its class alone ("of the missiles, only three"), and the class total
it answers.

Literal French and Italian bulletins split an outcome by class with a fronted noun and no
figure: "Of the 142 drones, 118 were neutralised ... Of the missiles, only three were
intercepted", "Of the drones, 71 were neutralised; of the missiles, only two were shot
down". :mod:`_air20read` reads the counted front ("of the 460 drones, 437"); without a
figure a second front after a semicolon kept the sentence's first weapon, so the missiles'
share was read as drones (:func:`plain_fronts` gives it its own).

The class noun answers the launch of the whole class, not a model share inside it: after
"seven missiles, among them five ballistic missiles Iskander-M" the three intercepted are of
the seven (the ``dev_articles69`` label), as :func:`pipeline.extract.interceptions` already
prefers a model-less launch in the same paragraph. :func:`class_launch` does the same for
the launch of an earlier paragraph, which :func:`pipeline.extract._carry.referred` would
otherwise take as the latest launch of the weapon (the model share).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmake import Mention
from pipeline.extract._airnoun import AIR_NOUN, weapon_of
from pipeline.extract.model import InterceptWeapon, Sentence

# "of the missiles, only two", "Of the drones, 71": the class front right before the figure.
_PLAIN_FRONT = re.compile(
    rf"\bof\s+the\s+(?:[\w-]+\s+){{0,2}}?(?P<n>{AIR_NOUN})\s*,\s*"
    r"(?:only|just|merely|barely|as\s+many\s+as|in\s+all)?\s*$",
    re.IGNORECASE,
)
# "seven missiles, among them five ...": a model share inside the class launch before it.
_SHARE_LINK = re.compile(
    r"^\s*,?\s*(?:among\s+(?:them|which|whom)|of\s+which|including|in\s+particular)\b",
    re.IGNORECASE,
)


def plain_fronts(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Give a share fronted by "of the X," (no figure) the weapon X names; it refers back
    to the counted launch of that class."""
    text = sent.text
    if "of the" not in text.lower():
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.role == "intercept" and m.total is None and not m.part and m.value is not None:
            at = m.num_start - sent.start
            front = _PLAIN_FRONT.search(text, max(0, at - 60), at)
            if front is not None and (kind := weapon_of(front)) not in (None, "mixed"):
                if kind != m.weapon:
                    m = replace(m, weapon=kind, model=None)
                m = replace(m, definite=True)
        out.append(m)
    return out


def class_launch(body: str, m: Mention, stale: list[Mention]) -> Mention | None:
    """The class launch a model-less definite share ("Of the missiles, only three") answers
    when the latest launch of its weapon is a model share inside it ("seven missiles, among
    them five Iskander-M")."""
    if not m.definite or m.model is not None or m.weapon in (None, "mixed"):
        return None
    kind = [c for c in stale if c.weapon == m.weapon and c.value is not None]
    if len(kind) < 2 or kind[-1].model is None:
        return None
    share, whole = kind[-1], kind[-2]
    if (
        whole.model is not None
        or whole.sent != share.sent
        or whole.value is None
        or share.value is None
        or whole.value <= share.value
        or (m.value is not None and m.value > whole.value)
    ):
        return None
    between = body[whole.end : share.num_start]
    return whole if _SHARE_LINK.search(between) is not None else None


# "The largest part, 31 devices, was intercepted above ...": a region's share told first.
_LARGEST = re.compile(
    r"\b(?:the\s+)?(?:largest|greatest|biggest|greater|major)\s+(?:part|share|number|portion)"
    r"\s*(?:of\s+them\s*)?,\s*$",
    re.IGNORECASE,
)


def _air(weapon: str | None) -> InterceptWeapon | None:
    """``weapon`` when it is "drone" or "missile" (a share never takes "mixed")."""
    if weapon == "drone":
        return "drone"
    if weapon == "missile":
        return "missile"
    return None


def largest_share(sent: Sentence, mentions: list[Mention], last: str | None) -> list[Mention]:
    """Read "The largest part, 31 devices, was intercepted above X" after a shoot-down
    total as that total's share: the generic noun takes the weapon of the report
    (``last``, the latest record's or the sentence's own earlier figure)."""
    out: list[Mention] = []
    for m in mentions:
        if m.role == "intercept" and m.weapon is None and m.needs_launch and m.value:
            at = m.num_start - sent.start
            weapon = _air(next((o.weapon for o in reversed(out) if o.weapon), None) or last)
            if weapon is not None and _LARGEST.search(sent.text, max(0, at - 40), at):
                m = replace(m, weapon=weapon, needs_launch=False, part=True)
        out.append(m)
    return out

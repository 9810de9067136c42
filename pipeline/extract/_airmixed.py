"""A combined shoot-down answering a combined launch total told paragraphs before.

Agency copy opens with the night's combined figure ("Russia attacked Ukraine overnight
with 151 drones and missiles, the air force said"), gives the per-kind launch list in
the next paragraph ("Moscow launched 143 Shahed-type drones ..., two Iskander-M ... and
six Kh-101 ...") and closes that paragraph with the combined outcome ("Air defence units
shot down ... 124 of the targets"). The outcome counts "targets", so it answers the
combined total, not a kind of the list; the pairing of
:mod:`pipeline.extract.interceptions` only looks inside the paragraph, and
:mod:`pipeline.extract._carry` never carries a combined figure across a break.

:func:`mixed_total_back` pairs such an outcome with the latest unpaired combined launch
close before it (``REACH`` sentences), big enough to hold it, when the per-kind launches
still waiting in the outcome's own paragraph (if any) add up to that total: the list is
the total broken down, so both tell one attack. Sentences that say nothing of air
weapons ("Details: The air attack was repelled by aviation, ...", a bulletin's label
line) do not count towards the distance (``air``: the indices of those that do).
"""

from __future__ import annotations

import re

from pipeline.extract._airmention import Mention

REACH = 4
"""How many sentences back the combined launch may stand."""
_LOCAL = re.compile(
    r"\b(?:mayor|governor|city|capital|regions?|oblasts?|district|over\s+the\s+[A-Z])\b|"
    r"^\W*In\s+(?:the\s+)?[A-Z]"
)


def mixed_total_back(
    text: str,
    m: Mention,
    stale: list[Mention],
    pending: list[Mention],
    air: frozenset[int] | None = None,
) -> Mention | None:
    """The unpaired combined launch in ``stale`` the combined outcome ``m`` answers, if any.

    ``text`` is ``m``'s sentence: a local outcome ("In the Kyiv region, air defence shot
    down 20 of the targets") is a share, never the night's total. ``pending`` holds the
    launches of ``m``'s paragraph not yet paired; when there are any, their figures must
    add up to the combined launch ("151 drones and missiles" / "143 ... drones, two ...
    and six ...").
    """
    if m.role != "intercept" or m.weapon != "mixed" or m.value is None or m.part:
        return None
    if m.location is not None or _LOCAL.search(text) is not None:
        return None
    for launch in reversed(stale):
        if _distance(m.sent, launch.sent, air) > REACH:
            return None
        if launch.weapon != "mixed" or launch.value is None:
            continue
        if launch.value < m.value:
            return None
        listed = [c for c in pending if c.sent < m.sent and c.sent > launch.sent]
        if listed and sum(c.value or 0 for c in listed) != launch.value:
            return None
        return launch
    return None


def _distance(outcome: int, launch: int, air: frozenset[int] | None) -> int:
    """Sentences from ``launch`` to ``outcome``, skipping those with no air word."""
    if air is None:
        return outcome - launch
    return sum(1 for idx in range(launch + 1, outcome + 1) if idx in air or idx == outcome)


# "fired 57 munitions at the region": a count of shells and rockets, not of air targets.
_FIRED_ROUNDS = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:munitions|shells|projectiles|rounds)\b", re.IGNORECASE
)
_OWN_LAUNCH_VERB = re.compile(
    r"\band\s+(?:also\s+)?(?:launch(?:ed|ing)|sent|sending|us(?:ed|ing)|attacked\s+(?:it|the\s+\w+)\s+with)\b|"
    # "84 munitions were fired and 112 unmanned aerial vehicles were launched" (passive)
    r"\band\s+[\d,]+\s+(?:[\w-]+\s+){1,3}?(?:were|had\s+been)\s+(?:also\s+)?"
    r"(?:launched|sent|used)\b",
    re.IGNORECASE,
)


def fired_apart(body: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a combined launch of fired rounds told beside a launch of its
    own ("fired 57 munitions at the region over the past day and launched 94 drones, of
    which 61 were shot down"): the rounds are shelling, a strike, and never the total the
    drones' outcome is a share of."""
    out: list[Mention] = []
    for m in mentions:
        if (
            m.role == "launch"
            and m.weapon == "mixed"
            and m.value is not None
            and _FIRED_ROUNDS.match(body, _figure_end(body, m.num_start)) is not None
            and any(
                o.role == "launch"
                and o.weapon in ("drone", "missile")
                and o.num_start > m.num_start
                and _own_launch(body, m.num_start, o.num_start)
                for o in mentions
            )
        ):
            continue
        out.append(m)
    return out


def _own_launch(body: str, lo: int, at: int) -> bool:
    """True when a launch verb of its own stands between ``lo`` and the figure at ``at``,
    or follows that figure in the passive ("and 112 drones were launched")."""
    verb = _OWN_LAUNCH_VERB.search(body, lo, min(len(body), at + 80))
    return verb is not None and verb.start() < at


def _figure_end(body: str, at: int) -> int:
    """The end of the figure starting at ``at`` ("57", "1,200", "fifty")."""
    end = at
    while end < len(body) and (body[end].isalnum() or body[end] in ",-"):
        if body[end] == "," and not body[end + 1 : end + 2].isdigit():
            break
        end += 1
    return end

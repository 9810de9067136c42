"""An armed group's claimed launch and a defender's shoot-down of it, sentences apart.

Red Sea and Lebanon copy translated from Italian, French or Spanish tells one attack from
both sides, in either order and often in paragraphs of their own: "An Italian frigate ...
shot down two drones in the Red Sea during the night" ... "Their military spokesman,
Yahya Saree, affirmed ... to have targeted «an enemy ship» with four drones"; or the
Houthis' "operation with 4 drones against Umm al-Rashrash" first and "The Israeli army made
known that it had shot down 2 drones coming from the east" next. The labelled sets read
such a pair as one interception (launched from the claim, intercepted from the defender),
not a strike beside a launch-less shoot-down (the ``dev_articles67``-``69`` calls).

:func:`pair_claims` completes a launch-less shoot-down with the one unpaired launch of the
same weapon a claim sentence states within a few sentences either side, when no other
shoot-down of that weapon stands between them and the claim is no smaller. A launch not
not told in an armed group's voice, a claim counting both drones and missiles, a
shoot-down of several kinds at once, or one over a place the claim does not name stays
apart, as the earlier sets label them (``dev_articles13``/``23``/``38``, ``dev_numeric20``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airaim import aimed_place, same_aim
from pipeline.extract._airmake import Mention
from pipeline.extract.model import Document, Interception

_REACH = 5
"""Sentences between the shoot-down and the claim (a minister's quote may stand between)."""

_CLAIM = re.compile(
    r"\b(?:Houthis?|Huthis?|Hezbollah|Hamas|Islamic\s+Jihad|Yahya\s+Saree|Saree|rebels?)\b",
    re.IGNORECASE,
)
"""A sentence told in the attacker's voice: an armed group or its spokesman reporting."""
_DRONE = re.compile(r"\b(?:drones?|UAVs?)\b", re.IGNORECASE)
_MISSILE = re.compile(r"\b(?:missiles?|rockets?)\b", re.IGNORECASE)

_DEFENDER = re.compile(
    r"\b(?:Houthis?|Huthis?|Hezbollah|Hamas|Islamic\s+Jihad|Saree|rebels?)\b", re.IGNORECASE
)


def _claim_sentence(doc: Document, idx: int) -> bool:
    """True when sentence ``idx`` speaks for an armed group and counts one kind of weapon
    (a claim of "two ballistic missiles and a drone" may answer several engagements)."""
    text = doc.sentences[idx].text
    if _CLAIM.search(text) is None:
        return False
    return not (_DRONE.search(text) and _MISSILE.search(text))


def pair_claims(
    doc: Document,
    found: list[Interception],
    sent_of: list[int],
    stale: list[Mention],
    consumed: set[int],
) -> None:
    """Give a launch-less shoot-down the launch figure of the attacker's claim nearby
    (``found`` edited in place; the claim's figure is consumed, so it is no strike)."""
    for i, f in enumerate(found):
        if f.launched is not None or f.intercepted is None or f.weapon not in ("drone", "missile"):
            continue
        at = sent_of[i]
        if _DEFENDER.search(doc.sentences[at].text[: f.evidence.start - doc.sentences[at].start]):
            continue  # the shoot-down itself told in the attacker's voice
        near = [
            c
            for c in stale
            if c.weapon == f.weapon
            and c.value is not None
            and c.value >= f.intercepted
            and 0 < abs(c.sent - at) <= _REACH
            and _claim_sentence(doc, c.sent)
        ]
        if len(near) != 1:
            continue
        claim = near[0]
        if sent_of.count(at) > 1:
            continue  # "shot down three Houthi drones and one anti-ship cruise missile"
        place = aimed_place(doc.body, f.evidence.start)
        if place is not None and not same_aim(
            doc.body, f.evidence.start, doc.sentences[claim.sent].text
        ):
            continue  # "intercepted over the Eilat area" against a claim on Ben Gurion
        lo, hi = sorted((claim.sent, at))
        rival = any(
            j != i and g.weapon == f.weapon and lo <= sent_of[j] <= hi for j, g in enumerate(found)
        )
        if rival:
            continue
        stale.remove(claim)
        consumed.add(claim.num_start)
        found[i] = replace(f, launched=claim.value, all_intercepted=f.intercepted == claim.value)

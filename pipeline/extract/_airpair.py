"""Pairing helpers of :mod:`pipeline.extract.interceptions`, moved out to keep it small.

How a launch told after its outcome completes that outcome's record, whether a
shoot-down figure only splits the previous one by method, whether answered launches
add up to a launch before them, and which air weapons launch sentences name.
Behaviour is the same as when they lived in ``interceptions``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract import _carry as carry
from pipeline.extract._air18read import local_outcome
from pipeline.extract._airafter import attacked_country, launch_in_after_clause, launch_told_after
from pipeline.extract._airmention import Mention
from pipeline.extract._airnoun import AIR_WORD, weapon_of
from pipeline.extract.model import Document, Interception, InterceptWeapon


def named_kinds(doc: Document, launches: list[Mention]) -> set[InterceptWeapon]:
    """The air weapons the launches' sentences name, counted or not."""
    kinds: set[InterceptWeapon] = set()
    for idx in {c.sent for c in launches}:
        for w in AIR_WORD.finditer(doc.sentences[idx].text):
            if (kind := weapon_of(w)) is not None and kind != "mixed":
                kinds.add(kind)
    return kinds


def completes(
    found: list[Interception],
    sent_of: list[int],
    m: Mention,
    placed: list[bool],
    text: str,
    at: int,
) -> bool:
    """Give a launch figure stated after its outcome to that outcome's record.

    "shot down two Iskander-M ... missiles. Russia had launched in total four
    Iskander-M ... missiles": a launch of the same model (named, not merely the same
    kind) within two sentences of a shoot-down figure that has no launch figure. A
    launch told as the total ("In total, the Russian troops had launched 39 drones")
    completes the last outcome of its kind that named no place of its own, and so does
    one told in the pluperfect ("Russia had launched 68 drones"; ``at`` is its offset
    in ``text``, see :mod:`pipeline.extract._airafter`).
    """
    if m.value is None:
        return False
    after = launch_told_after(text, at)
    total = m.model is None and carry.told_as_total(text)
    trailing = launch_in_after_clause(text, at)  # "..., after Russia attacked with 119 ..."
    if m.model is None and not total and not after and not trailing:
        return False
    for i in range(len(found) - 1, -1, -1):
        if m.sent - sent_of[i] > 2:
            break
        f = found[i]
        if (
            f.launched is None
            and f.intercepted is not None
            and f.intercepted <= m.value
            and f.weapon == m.weapon
            and (
                (m.model is not None and f.weapon_model == m.model)
                or (total and not placed[i] and not local_outcome(f.evidence.text, text))
                or (
                    after
                    and m.sent - sent_of[i] == 1
                    and f.weapon_model in (None, m.model)
                    and attacked_country(f.location, text, at)
                )
                or (trailing and m.sent == sent_of[i] and f.weapon_model in (None, m.model))
            )
        ):
            found[i] = replace(f, launched=m.value, all_intercepted=f.intercepted == m.value)
            return True
    return False


def breaks_down(m: Mention, outcome: Mention | None) -> bool:
    """True when ``m`` ("of which 98 were shot down") splits the sentence's previous
    shoot-down figure by method: part of that outcome, not a report of its own."""
    if outcome is None or outcome.value is None or m.value is None:
        return False
    return m.value <= outcome.value and m.weapon in (None, outcome.weapon)


def broken_down(launch: Mention, paired: list[Mention]) -> bool:
    """True when answered launches right after ``launch`` add up to it: "fired 40 missiles.
    The missiles included 12 Kinzhal and 28 Kalibr" with outcomes per class, so the 40 is
    that report's total, no strike (no sum is made, the parts are the records)."""
    parts = [
        c.value or 0
        for c in paired
        if c.sent in (launch.sent, launch.sent + 1)
        and c.num_start > launch.num_start
        and c.weapon == launch.weapon
    ]
    return len(parts) > 1 and sum(parts) == launch.value


def stated_totals(
    stale: list[Mention],
    found: Sequence[Interception],
    sent_of: Sequence[int],
    paired: Sequence[Mention] = (),
) -> list[Mention]:
    """Stated combined ("mixed") launch totals left unpaired although the report gives
    per-weapon records within two sentences after them: the README's convention makes the
    stated total one more interception ("a combined 100 missiles and drones"). So does a
    total whose own sentence lists kinds a later outcome answered ("181 means of air
    attack: 3 Iskander-M ... and 176 strike UAVs" ... "shot down 152 enemy UAVs")."""
    return [
        c
        for c in stale
        if c.weapon == "mixed"
        and c.value is not None
        and (
            any(
                f.weapon != "mixed" and c.sent <= s <= c.sent + 2
                for f, s in zip(found, sent_of, strict=True)
            )
            or any(p.sent == c.sent and p.num_start > c.num_start for p in paired)
        )
    ]

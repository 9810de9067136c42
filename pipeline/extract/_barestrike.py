"""A strike a number round reads with its own pattern: a weapon and a count, nothing else.

Several rounds (``_n28strike``, ``_n29air``, ``_n32strike``, ``_n33strike``) find counted
attacks the main strike reader misses, each with a pattern of its own; the event they add is
always the same bare record (no attacker, target, period or source: the text around a late
reading rarely states them reliably) with a lower confidence than the main reader's.
Two air rounds (``_n28air``, ``_n32air``) likewise add one bare launch record: a counted
launch whose outcome the text leaves unstated (:func:`bare_launch`); later air rounds one bare
air-defence figure (:func:`bare_interception`); and four casualty rounds
(``_n33cas``, ``_n34cas``, ``_n35cas``) one bare toll (:func:`bare_casualty`), the "N aged
GROUP killed" ones with :func:`group_toll`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.model import (
    Approx,
    Casualty,
    Document,
    Evidence,
    Finding,
    Interception,
    InterceptWeapon,
    Sentence,
    Strike,
    StrikeWeapon,
)
from pipeline.extract.numbers import Quantity, find_quantities, parse_number

__all__ = [
    "anchored_casualty",
    "bare_casualty",
    "bare_interception",
    "bare_launch",
    "bare_strike",
    "group_toll",
    "merged",
    "one_count",
    "unread_count",
]

CONFIDENCE = 0.6
"""Below the main reader's: the pattern saw the count and the weapon, not the clause."""


def one_count(text: str) -> Quantity | None:
    """The single plain count ``text`` states, or None (none, several, or an "X of Y")."""
    counts = [q for q in find_quantities(text) if q.total is None]
    return counts[0] if len(counts) == 1 else None


def small_count(word: str) -> int | None:
    """A count written as digits or words, kept only in 1..99,999 (no years, no ids)."""
    n = parse_number(word.replace(",", "") if word[:1].isdigit() else word.lower())
    return n if n is not None and 0 < n < 100000 else None


def bare_strike(doc: Document, start: int, end: int, weapon: StrikeWeapon, q: Quantity) -> Strike:
    """The strike of ``q`` ``weapon`` with ``doc.body[start:end]`` as its evidence."""
    return Strike(
        evidence=Evidence(doc.body[start:end], start, end),
        confidence=CONFIDENCE,
        attacker=None,
        target=None,
        weapon=weapon,
        count=q.value,
        approx=q.approx,
        period=None,
        reported_by=None,
    )


def bare_launch(
    doc: Document, start: int, end: int, drone: bool, model: str | None, q: Quantity
) -> Interception:
    """The launch of ``q`` drones (or missiles) with no outcome stated: launched only."""
    return Interception(
        evidence=Evidence(doc.body[start:end], start, end),
        confidence=0.7,
        weapon="drone" if drone else "missile",
        weapon_model=model,
        launched=q.value,
        intercepted=None,
        all_intercepted=False,
        approx=q.approx,
        location=None,
        reported_by=None,
    )


def bare_interception(
    doc: Document,
    start: int,
    end: int,
    weapon: InterceptWeapon,
    *,
    launched: int | None,
    intercepted: int | None,
    approx: Approx,
    confidence: float,
    all_intercepted: bool = False,
) -> Interception:
    """The air-defence figure ``doc.body[start:end]`` states: no model, place or source."""
    return Interception(
        evidence=Evidence(doc.body[start:end], start, end),
        confidence=confidence,
        weapon=weapon,
        weapon_model=None,
        launched=launched,
        intercepted=intercepted,
        all_intercepted=all_intercepted,
        approx=approx,
        location=None,
        reported_by=None,
    )


def bare_casualty(
    doc: Document,
    start: int,
    end: int,
    group: str,
    killed: int | None,
    injured: int | None,
    approx: Approx = "exact",
    confidence: float = CONFIDENCE,
) -> Casualty:
    """The toll of ``group`` with ``doc.body[start:end]`` as its evidence, nothing else."""
    return Casualty(
        evidence=Evidence(doc.body[start:end], start, end),
        confidence=confidence,
        group=group,
        killed=killed,
        injured=injured,
        approx=approx,
        location=None,
        cause=None,
        reported_by=None,
    )


def anchored_casualty(
    doc: Document,
    start: int,
    end: int,
    group: str,
    killed: int | None,
    injured: int | None,
    anchor: Casualty,
) -> Casualty:
    """A :func:`bare_casualty` (confidence 0.7) with ``anchor``'s cause and source: a share of,
    or one more victim of, a toll the story told before."""
    rec = bare_casualty(doc, start, end, group, killed, injured, confidence=0.7)
    return replace(rec, cause=anchor.cause, reported_by=anchor.reported_by)


def unread_count(
    sent: Sentence,
    m: re.Match[str],
    cas: Sequence[Casualty],
    start: int,
    end: int,
    overlap: bool,
) -> Quantity | None:
    """The single plain count (two or more) of ``m``'s group "n", unless a toll of ``cas``
    states that figure in ``sent`` or (with ``overlap``) rests on text within ``start:end``."""
    q = one_count(m.group("n"))
    if q is None or q.value < 2:
        return None
    if overlap and any(c.evidence.start < end and start < c.evidence.end for c in cas):
        return None
    if any(
        sent.start <= c.evidence.start < sent.end and q.value in (c.killed, c.injured) for c in cas
    ):
        return None
    return q


def group_toll(
    doc: Document, sent: Sentence, m: re.Match[str], cas: Sequence[Casualty], dead: tuple[str, ...]
) -> Casualty | None:
    """ "N aged GROUP were killed" (``m``'s groups n, g and k) as a bare toll of the group,
    killed when k is one of ``dead``, else injured; None when :func:`unread_count` is."""
    start, end = sent.start + m.start("n"), sent.start + m.end()
    q = unread_count(sent, m, cas, start, end, overlap=True)
    if q is None:
        return None
    killed = m.group("k") in dead
    return bare_casualty(
        doc,
        start,
        end,
        m.group("g"),
        q.value if killed else None,
        None if killed else q.value,
        q.approx,
    )


def merged(found: list[Finding], new: list[Finding]) -> list[Finding]:
    """``found`` with ``new`` added in evidence order (``found`` itself when nothing is new)."""
    if not new:
        return found
    return sorted([*found, *new], key=lambda f: f.evidence.start)


def overlaps(f: Finding, start: int, end: int) -> bool:
    """Whether ``f``'s evidence shares a character with ``body[start:end]``."""
    return f.evidence.start < end and start < f.evidence.end


Launch = tuple[int, int, str, int, int | None, Approx]
"""``(start, end, weapon, launched, intercepted, approx)`` of one counted launch a reader paired."""


def with_launches(doc: Document, found: list[Finding], rows: Sequence[Launch]) -> list[Finding]:
    """``found`` plus one drone or missile interception per row that no interception with the
    same launch figure already covers (the late launch readers of rounds 66 and 69)."""
    new: list[Finding] = [
        bare_interception(
            doc,
            start,
            end,
            "drone" if weapon == "drone" else "missile",
            launched=n,
            intercepted=k,
            approx=approx,
            confidence=0.7,
        )
        for start, end, weapon, n, k, approx in rows
        if not any(
            isinstance(f, Interception) and f.launched == n and overlaps(f, start, end)
            for f in found
        )
    ]
    return merged(found, new)

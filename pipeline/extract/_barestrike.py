"""A strike a number round reads with its own pattern: a weapon and a count, nothing else.

Several rounds (``_n28strike``, ``_n29air``, ``_n32strike``, ``_n33strike``) find counted
attacks the main strike reader misses, each with a pattern of its own; the event they add is
always the same bare record (no attacker, target, period or source: the text around a late
reading rarely states them reliably) with a lower confidence than the main reader's.
Two air rounds (``_n28air``, ``_n32air``) likewise add one bare launch record: a counted
launch whose outcome the text leaves unstated (:func:`bare_launch`), and four casualty rounds
(``_n33cas``, ``_n34cas``, ``_n35cas``) one bare toll (:func:`bare_casualty`).
"""

from __future__ import annotations

from pipeline.extract.model import (
    Approx,
    Casualty,
    Document,
    Evidence,
    Finding,
    Interception,
    Strike,
    StrikeWeapon,
)
from pipeline.extract.numbers import Quantity, find_quantities

__all__ = ["bare_casualty", "bare_launch", "bare_strike", "merged", "one_count"]

CONFIDENCE = 0.6
"""Below the main reader's: the pattern saw the count and the weapon, not the clause."""


def one_count(text: str) -> Quantity | None:
    """The single plain count ``text`` states, or None (none, several, or an "X of Y")."""
    counts = [q for q in find_quantities(text) if q.total is None]
    return counts[0] if len(counts) == 1 else None


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


def bare_casualty(
    doc: Document,
    start: int,
    end: int,
    group: str,
    killed: int | None,
    injured: int | None,
    approx: Approx = "exact",
) -> Casualty:
    """The toll of ``group`` with ``doc.body[start:end]`` as its evidence, nothing else."""
    return Casualty(
        evidence=Evidence(doc.body[start:end], start, end),
        confidence=CONFIDENCE,
        group=group,
        killed=killed,
        injured=injured,
        approx=approx,
        location=None,
        cause=None,
        reported_by=None,
    )


def merged(found: list[Finding], new: list[Finding]) -> list[Finding]:
    """``found`` with ``new`` added in evidence order (``found`` itself when nothing is new)."""
    if not new:
        return found
    return sorted([*found, *new], key=lambda f: f.evidence.start)

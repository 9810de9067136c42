"""A per-weapon shoot-down told in the paragraph after a split launch total.

Translated German copy gives the report's launch total split by kind with only the
combined outcome ("a total of 452 means of air attack had been launched, of them 420
drones ... as well as 32 missiles. 401 targets were neutralised"), then breaks the
outcome down in the next paragraph ("Broken down, 396 drones were shot down or
suppressed by electronic warfare"). :mod:`pipeline.extract.interceptions` settles the
per-weapon launches at the paragraph end as launch-only records beside the mixed total
(the README's convention when no per-weapon outcome is told), so the later figure would
stand alone with no launch. It answers that launch instead: one record, 420/396.

Only a shoot-down with no place of its own ("Over the region, 17 drones ..." is a
region's tally), of the launch's weapon, no larger than the launch, in the very next
paragraph and within :data:`REACH` sentences, takes a launch this way.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.model import Document, Interception

REACH = 4
"""How many sentences after the launch the breakdown may stand."""


def _split_launches(found: list[Interception], sent_of: list[int]) -> list[int]:
    """Indices of per-weapon launch-only records told beside a mixed report's outcome."""
    reports = {
        s
        for f, s in zip(found, sent_of, strict=True)
        if f.weapon == "mixed" and f.intercepted is not None and f.launched is not None
    }
    return [
        i
        for i, (f, s) in enumerate(zip(found, sent_of, strict=True))
        if f.weapon != "mixed"
        and f.intercepted is None
        and f.launched is not None
        and not f.all_intercepted
        and {s, s + 1, s + 2} & reports
    ]


def breakdown_next(
    doc: Document, found: list[Interception], sent_of: list[int], own_place: list[bool]
) -> None:
    """Fold each next-paragraph per-weapon shoot-down into the split launch it answers
    (``found``, ``sent_of`` and ``own_place`` are edited in place)."""
    drop: list[int] = []
    for j in _split_launches(found, sent_of):
        launch, at = found[j], sent_of[j]
        para = doc.sentences[at].paragraph
        for k, (f, s) in enumerate(zip(found, sent_of, strict=True)):
            if (
                k in drop
                or s <= at
                or s - at > REACH
                or doc.sentences[s].paragraph != para + 1
                or own_place[k]
                or f.weapon != launch.weapon
                or f.launched is not None
                or f.intercepted is None
                or launch.launched is None
                or f.intercepted > launch.launched
                or (f.location is not None and f.location != launch.location)
            ):
                continue
            found[j] = replace(
                launch,
                intercepted=f.intercepted,
                all_intercepted=f.intercepted == launch.launched,
            )
            drop.append(k)
            break
    for k in sorted(drop, reverse=True):
        del found[k], sent_of[k], own_place[k]

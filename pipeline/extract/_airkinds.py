"""A combined shoot-down broken down by kind in the sentence after it, and a launch's
subtype list.

Translated German bulletins give the night's total split by kind, then the combined
outcome, then its breakdown: "Russia deployed a total of 476 means of air attack: 448
drones and 28 missiles, among them nine Kinzhal and 19 Kalibr and Kh-101. A total of 421
targets were shot down ... Broken down, these were 402 drones and 19 missiles." The last
sentence has no outcome verb of its own ("these were"), so its figures were lost and the
per-kind launches stayed launch-only records. :func:`kinds_after_total` gives each split
launch the figure of its kind when the breakdown's figures add up to the combined outcome
(the text states the sum, so nothing is summed that it does not say).

:func:`subtypes_inside` drops the launch-only records of a subtype list told right after a
launch figure of the same weapon ("28 missiles, among them nine Kinzhal ... and 19
Kalibr"): the subtypes are part of that one launch (the README's ``dev_numeric34`` call).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airnoun import AIR_WORD, weapon_of
from pipeline.extract.model import Document, Interception
from pipeline.extract.numbers import find_quantities

# "Broken down, these were ...", "Of these, 183 were drones and five were missiles",
# "Broken down by type, these were ...", "Among them were ...".
_OPENS = re.compile(
    r"^\s*(?:broken\s+down(?:\s+by\s+(?:type|kind|weapon))?|of\s+(?:these|them|those)|"
    r"among\s+them|in\s+detail|by\s+type)\s*,?\s*(?:(?:these|they)\s+were\s+|were\s+)?",
    re.IGNORECASE,
)
_ITEM_REACH = 40
"""How far after a figure its kind noun may stand ("183 were drones")."""
# "among them nine hypersonic Kinzhal missiles and 19 Kalibr and Kh-101 cruise missiles"
_SUBLIST = re.compile(r"\b(?:among\s+them|including|of\s+them|of\s+which)\s+", re.IGNORECASE)


def _kinds(text: str, lo: int) -> dict[str, tuple[int, int]]:
    """Figure and its offset per kind in ``text[lo:]``: "402 drones and 19 missiles" (each
    kind once)."""
    out: dict[str, tuple[int, int]] = {}
    for q in find_quantities(text):
        if q.start < lo or q.value is None:
            continue
        word = AIR_WORD.search(text, q.end, min(len(text), q.end + _ITEM_REACH))
        if word is None:
            continue
        between = text[q.end : word.start()]
        if any(ch.isdigit() for ch in between):
            continue
        kind = weapon_of(word)
        if kind is None or kind == "mixed" or kind in out:
            return {}
        out[kind] = (q.value, q.num_start)
    return out


def kinds_after_total(
    doc: Document, found: list[Interception], sent_of: list[int]
) -> frozenset[int]:
    """Give the split launches of a mixed report their per-kind outcome from the breakdown
    sentence after it (``found`` is edited in place); the figures taken (body offsets,
    never strikes) are returned."""
    taken: set[int] = set()
    for r, (report, at) in enumerate(zip(found, sent_of, strict=True)):
        if report.weapon != "mixed" or report.intercepted is None:
            continue
        for idx in (at + 1, at + 2):
            if idx >= len(doc.sentences):
                break
            sent = doc.sentences[idx]
            if sent.paragraph != doc.sentences[at].paragraph:
                break
            opened = _OPENS.match(sent.text)
            if opened is None:
                continue
            kinds = _kinds(sent.text, opened.end())
            if len(kinds) < 2 or sum(n for n, _ in kinds.values()) != report.intercepted:
                break
            for j, f in enumerate(found):
                if (
                    j == r
                    or f.weapon not in kinds
                    or f.intercepted is not None
                    or f.launched is None
                    or f.launched < kinds[f.weapon][0]
                    or abs(sent_of[j] - at) > 2
                ):
                    continue
                n, offset = kinds.pop(f.weapon)
                found[j] = replace(f, intercepted=n, all_intercepted=n == f.launched)
                taken.add(sent.start + offset)
            break
    return frozenset(taken)


def subtypes_inside(
    doc: Document, found: list[Interception], sent_of: list[int], own_place: list[bool]
) -> None:
    """Drop launch-only records of a subtype list inside a bigger launch of their weapon
    in the same sentence (``found``, ``sent_of`` and ``own_place`` are edited in place)."""
    drop: list[int] = []
    for j, (f, at) in enumerate(zip(found, sent_of, strict=True)):
        if f.intercepted is not None or f.all_intercepted or f.launched is None:
            continue
        if f.weapon not in ("missile", "drone"):
            continue
        text = doc.sentences[at].text
        sub = _SUBLIST.search(text)
        if sub is None:
            continue
        listed = [q.value for q in find_quantities(text) if q.start >= sub.end() and q.value]
        if f.launched not in listed:
            continue
        parents = [
            g
            for k, (g, s) in enumerate(zip(found, sent_of, strict=True))
            if k != j
            and s == at
            and g.weapon == f.weapon
            and g.launched is not None
            and g.launched > f.launched
            and g.launched >= sum(listed)
        ]
        if parents:
            drop.append(j)
    for k in sorted(drop, reverse=True):
        del found[k], sent_of[k], own_place[k]

"""Round n77's region-share unpairing (helper h_gen_n77, ``dev_numeric127``): the last call of
:func:`pipeline.extract._n28air._later`, and of :func:`pipeline.extract._n77strike.strikes`.

A Russian Defence Ministry shoot-down total is told with its region shares ("said 37
Ukrainian drones had been destroyed overnight, 14 of which over the Belgorod region"). The
air reader lets a later "N of the ..." refer back to an unanswered launch, and it reads the
pronoun share the same way: the share took as its launch a figure told paragraphs before (a
week's total, "Russia launched more than 1,500 attack drones" in a recap, or a General Staff
tally, "1,950 kamikaze drones were also used"), so the share got a launch it never had and the
launch lost its strike. A share told with "of them / of which / of these" right after a
shoot-down total of its weapon with no launch (in its sentence or the one before) answers that
total: :func:`interceptions` drops the far launch from it, and :func:`launch_strikes` gives the
launch figure back the strike the consumed launch would have been (only when no other outcome
paired with that launch).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_strike, merged
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception, StrikeWeapon
from pipeline.extract.numbers import find_quantities

__all__ = ["interceptions", "launch_strikes"]

_N = r"(?:\d[\d,.]*\d|\d|[a-z]+(?:-[a-z]+)?)"
_SHARE = re.compile(rf"\s*(?P<n>{_N})\s+of\s+(?:them|which|these)\b", re.IGNORECASE)
_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:drones|UAVs|missiles)\b")


def _unpaired(doc: Document, items: list[Interception]) -> list[Interception]:
    """The region shares of ``items`` ("N of which over X") paired with a launch from outside
    the sentences from their total's to their own."""
    out: list[Interception] = []
    for j, f in enumerate(items):
        if f.launched is None or f.intercepted is None or " of " not in f.evidence.text:
            continue
        if _SHARE.match(f.evidence.text) is None:
            continue
        si = sentence_of(doc, f.evidence.start)
        for k in range(j - 1, -1, -1):
            g = items[k]
            gi = sentence_of(doc, g.evidence.start)
            if gi < si - 1 or si < 0:
                break
            if g.weapon != f.weapon or g.launched is not None or g.intercepted is None:
                continue
            if g.intercepted < f.intercepted:
                continue
            span = doc.body[doc.sentences[gi].start : f.evidence.end]
            if not any(q.value == f.launched for q in find_quantities(span)):
                out.append(f)
            break
    return out


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with region shares of a launch-less shoot-down total unpaired from far launches."""
    if " of " not in doc.body:
        return found
    items = [f for f in found if isinstance(f, Interception)]
    if len(items) < 2:
        return found
    bad = {id(f) for f in _unpaired(doc, items)}
    if not bad:
        return found
    return [
        replace(f, launched=None) if isinstance(f, Interception) and id(f) in bad else f
        for f in found
    ]


def launch_strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with a strike for each launch figure a wrongly paired region share consumed."""
    if " of " not in doc.body:
        return found
    from pipeline.extract import interceptions as _ic  # imported here: it imports this module

    report = _ic._analyse(doc)
    items = list(report.found)
    shares = _unpaired(doc, items) if len(items) >= 2 else []
    new: list[Finding] = []
    for f in shares:
        if sum(1 for g in items if g.launched == f.launched) > 1:
            continue  # the launch answers another outcome too
        at = [p for p in report.consumed if p < f.evidence.start]
        for pos in sorted(at, reverse=True):
            qs = find_quantities(doc.body[pos : pos + 60])
            if not qs or qs[0].start != 0 or qs[0].value != f.launched:
                continue
            noun = _NOUN.match(doc.body, pos + qs[0].end)
            if noun is not None:
                w: StrikeWeapon = "missile" if noun.group().endswith("missiles") else "drone"
                new.append(bare_strike(doc, pos, noun.end(), w, qs[0]))
            break
    return merged(found, new)

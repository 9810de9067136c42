"""Round n66's second set of readings (helper h_fix_n66, ``dev_numeric115``), asked at the end
of :func:`pipeline.extract._n66air.strikes` / ``interceptions`` and
:func:`pipeline.extract._n66cas.revise`.

The real-text set ``real18`` (studied, never copied) showed four more mechanisms:

- a campaign's running strike tally in the perfect closed by "so far" / "to date" ("over N
  airstrikes have been carried out so far", "there have been more than N strikes so far"):
  a tally of the whole campaign like a war's running toll (the written running-total rule of
  tolls), so no strike. A day's or week's tally ("so far this week", "so far today") stays;
- "X was hit by N missiles ..., and (that) forces had shot down M others": the hits are a
  strike of N and the "others" a shoot-down of M with no launch figure; the air reader took
  the N hits for the shoot-down;
- "at least N Kinzhal missiles ... were among the projectiles used in the attack": a share
  of the attack's launch, no strike of its own (the strike reader took it for one);
- "The attack came nearly / almost / more than a week (N days) after an attack ... killed
  K": the earlier incident is background, as "came a week after" already is.

Each pass is gated on its literal per document and per sentence before its regex.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import bare_interception, bare_strike, merged, one_count, overlaps
from pipeline.extract.model import (
    Casualty,
    Document,
    Finding,
    Interception,
    Strike,
    StrikeWeapon,
)

__all__ = ["among_dropped", "earlier_dropped", "hit_and_others", "others_shot", "so_far_dropped"]

_N = r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
_SO_FAR = re.compile(
    r"\b(?:have|has)\s+(?:been\s+)?[^.;]{0,60}?\b(?:so\s+far|to\s+date)\b"
    r"(?!\s+(?:this\s+(?:week|morning|evening|night)|today|tonight|overnight|on\s+[A-Z]))"
)
_HIT_OTHERS = re.compile(
    r"\b(?:hit|struck)\s+by\s+(?P<q>" + _N + r")\s+(?:[\w-]+\s+){0,4}?(?P<w>missiles|drones)\b"
    r"[^.;]{0,120}?\b(?:shot\s+down|destroyed|downed|intercepted)\s+(?P<k>" + _N + r")\s+"
    r"(?:others|more)\b"
)
_AMONG = re.compile(
    r"\bwere\s+(?:also\s+)?among\s+the\s+(?:projectiles|weapons|missiles|drones|munitions)\b"
)
_CAME = re.compile(
    r"\b(?:came|comes|followed|follows|took\s+place)\s+(?:nearly|almost|about|around|roughly|"
    r"more\s+than|less\s+than|just\s+over|just\s+under|barely)\s+(?:a|an|one|two|three|four|"
    r"five|six|several|\d+)\s+(?:days?|weeks?|months?)\s+after\b"
)


def so_far_dropped(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without strikes a campaign's "so far" / "to date" tally in the perfect told."""
    body = doc.body
    if "so far" not in body and "to date" not in body:
        return found
    spans: list[tuple[int, int, int]] = []
    for sent in doc.sentences:
        if "so far" not in sent.text and "to date" not in sent.text:
            continue
        for m in _SO_FAR.finditer(sent.text):
            spans.append((sent.start, sent.start + m.end(), sent.end))
    if not spans:
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Strike)
            and any(s <= f.evidence.start < e and f.evidence.end <= z for s, e, z in spans)
        )
    ]


def among_dropped(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without "N X were among the projectiles used": a share of the launch."""
    if " among the " not in doc.body:
        return found
    spans: list[tuple[int, int]] = []
    for sent in doc.sentences:
        if " among the " in sent.text:
            m = _AMONG.search(sent.text)
            if m is not None:
                spans.append((sent.start, sent.start + m.start()))
    if not spans:
        return found
    return [
        f
        for f in found
        if not (isinstance(f, Strike) and any(s <= f.evidence.start < e for s, e in spans))
    ]


def _hits(doc: Document) -> list[tuple[int, int, StrikeWeapon, int, int, int, int]]:
    """``(start, end, weapon, hits, others_start, others_end, others)`` of each such sentence."""
    out: list[tuple[int, int, StrikeWeapon, int, int, int, int]] = []
    for sent in doc.sentences:
        text = sent.text
        if " by " not in text or (" others" not in text and " more" not in text):
            continue
        for m in _HIT_OTHERS.finditer(sent.text):
            q, k = one_count(m.group("q")), one_count(m.group("k"))
            if q is None or k is None:
                continue
            weapon: StrikeWeapon = "drone" if m.group("w") == "drones" else "missile"
            out.append(
                (
                    sent.start + m.start(),
                    sent.start + m.end("w"),
                    weapon,
                    q.value,
                    sent.start + m.start("k"),
                    sent.start + m.end(),
                    k.value,
                )
            )
    return out


def hit_and_others(doc: Document, found: list[Finding]) -> list[Finding]:
    """Strikes: "hit by N missiles ..., shot down M others" adds the strike of N."""
    if "by " not in doc.body or (" others" not in doc.body and " more" not in doc.body):
        return found
    new: list[Finding] = []
    for start, end, weapon, _, _, _, _ in _hits(doc):
        if not any(isinstance(f, Strike) and overlaps(f, start, end) for f in found):
            q = one_count(doc.body[start:end])
            if q is not None:
                new.append(bare_strike(doc, start, end, weapon, q))
    return merged(found, new)


def others_shot(doc: Document, found: list[Finding]) -> list[Finding]:
    """Interceptions: the hits are no shoot-down; the M others are one (launch unknown)."""
    if "by " not in doc.body or (" others" not in doc.body and " more" not in doc.body):
        return found
    hits = _hits(doc)
    if not hits:
        return found
    out = [
        f
        for f in found
        if not (
            isinstance(f, Interception)
            and f.launched is None
            and any(f.intercepted == n and overlaps(f, s, e) for s, e, _, n, _, _, _ in hits)
        )
    ]
    new: list[Finding] = []
    for _, _, weapon, _, ks, ke, k in hits:
        if not any(isinstance(f, Interception) and overlaps(f, ks, ke) for f in out):
            new.append(
                bare_interception(
                    doc,
                    ks,
                    ke,
                    "drone" if weapon == "drone" else "missile",
                    launched=None,
                    intercepted=k,
                    approx="exact",
                    confidence=0.7,
                )
            )
    return merged(out, new)


def earlier_dropped(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without tolls after "came nearly a week after": an earlier incident."""
    if " after " not in doc.body:
        return found
    spans: list[tuple[int, int]] = []
    for sent in doc.sentences:
        if " after " not in sent.text:
            continue
        m = _CAME.search(sent.text)
        if m is not None:
            spans.append((sent.start + m.end(), sent.end))
    if not spans:
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Casualty)
            and any(s <= f.evidence.start and f.evidence.end <= e for s, e in spans)
        )
    ]

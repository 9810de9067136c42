"""Round n55's interception revisions: Russian ministry region lists, restated tallies.

A fixing round on real Russian Defence Ministry and Ukrainian air force copy found shapes
the air-defence readers got wrong:

- a ministry tally broken into lines of their own, "14 - over Orlovskaya;", "nine - over
  Kaluga;", "three each over Lipetsk and Smolensk;": one record per line (per place for
  "each"), read by :func:`dash_list` only after a sentence that already holds a shoot-down;
- "11 each in the Ukraine border regions of Belgorod and Kursk" and "one in another border
  region of Bryansk" inside a share list: :func:`region_shares` adds the places missed;
- a lede's figure told again in the ministry's quote ("intercepted 33 drones over Crimea ...
  '... destroyed 33 UAVs over the Republic of Crimea'") is one record: :func:`restated`
  drops the later equal figure when its place is the earlier one's or none;
- a General Staff loss list ("three more tanks, ..., two rocket salvo systems, 37
  operational-tactical drones, 56 vehicles") counts equipment lost, not shoot-downs:
  :func:`losses` drops the interceptions made of it;
- the outcome shapes "an attack by three UAVs ... was prevented" and "Of the six, four
  were destroyed" are read by :mod:`pipeline.extract._n55launch`.

Every pass is gated on a literal before any regex and uses the bisected sentence index.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _n55launch, _n65rep
from pipeline.extract._barestrike import bare_interception, merged
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception
from pipeline.extract.numbers import parse_number

__all__ = ["interceptions"]

_NUM = r"(?:\d{1,4}|[A-Za-z]+)"
_PLACE = (
    r"(?:the\s+)?(?P<p>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)(?:\s+(?:region|oblast))?"
)
_DASH = re.compile(
    rf"^[ \t]*(?P<n>{_NUM})[ \t]*[-–—][ \t]*over[ \t]+{_PLACE}[ \t]*[;.,]?[ \t]*$", re.MULTILINE
)
_EACH_LINE = re.compile(
    rf"^[ \t]*(?P<n>{_NUM})[ \t]+each[ \t]+over[ \t]+(?:the[ \t]+)?(?P<a>(?-i:[A-Z])[\w'’-]+)"
    r"[ \t]+and[ \t]+(?:the[ \t]+)?(?P<b>(?-i:[A-Z])[\w'’-]+)(?:[ \t]+regions?)?"
    r"[ \t]*[;.,]?[ \t]*$",
    re.MULTILINE,
)
_REGIONS_OF = re.compile(
    rf"\b(?P<n>{_NUM})\s+each\s+in\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}regions\s+of\s+"
    r"(?P<a>(?-i:[A-Z])[\w'’-]+)\s+and\s+(?P<b>(?-i:[A-Z])[\w'’-]+)"
)
_ANOTHER = re.compile(
    rf"\b(?P<n>{_NUM})\s+in\s+another\s+(?:[\w-]+\s+){{0,2}}region\s+of\s+(?P<p>(?-i:[A-Z])[\w'’-]+)"
)
_LOSS_LIST = re.compile(
    r"\bdestroyed\s+(?:[\w-]+\s+){0,3}(?:tanks?|armou?red|artillery)\b[^.]*"
    r"(?:\bvehicles\b|\bsystems\b)"
)
_GENERIC = frozenset({"the", "republic", "of", "region", "oblast", "krai", "russia"})
_AGAIN = re.compile(r"\bagain\b|\b[Oo]n\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _value(word: str) -> int | None:
    n = parse_number(word.lower())
    return n if n is not None and 0 < n < 10000 else None


def _shoot_before(found: list[Finding], at: int) -> Interception | None:
    best: Interception | None = None
    for f in found:
        if isinstance(f, Interception) and f.intercepted is not None and f.evidence.start < at:
            best = f
    return best


def dash_list(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the lines of a "N - over PLACE;" tally read, one record per place."""
    body = doc.body
    if not body_has(body, " over ") or not (
        body_has(body, "- over") or body_has(body, "each over")
    ):
        return found
    new: list[Finding] = []
    hits: list[tuple[int, int, int, str]] = []
    for m in _DASH.finditer(body):
        n = _value(m.group("n"))
        if n is not None:
            hits.append((m.start("n"), m.end(), n, m.group("p")))
    for m in _EACH_LINE.finditer(body):
        n = _value(m.group("n"))
        if n is not None:
            hits.append((m.start("n"), m.end(), n, m.group("a")))
            hits.append((m.start("n"), m.end(), n, m.group("b")))
    if not hits:
        return found
    for lo, hi, n, place in hits:
        head = _shoot_before(found, lo)
        if head is None or lo - head.evidence.end > 600:
            continue
        if any(
            isinstance(f, Interception) and f.evidence.start <= lo < f.evidence.end for f in found
        ):
            continue
        f = bare_interception(
            doc, lo, hi, head.weapon, launched=None, intercepted=n, approx="exact", confidence=0.7
        )
        new.append(replace(f, location=place, reported_by=head.reported_by))
    return merged(found, new)


def region_shares(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "N each in the ... regions of A and B" / "one in another region of C"."""
    body = doc.body
    if not body_has(body, "regions of") and not body_has(body, "another"):
        return found
    new: list[Finding] = []
    for rx, two in ((_REGIONS_OF, True), (_ANOTHER, False)):
        if not body_has(body, "regions" if two else "another"):
            continue  # a literal every match of the pattern holds: the body is not scanned
        for m in rx.finditer(body):
            n = _value(m.group("n"))
            lo = m.start("n")
            head = _shoot_before(found, lo)
            idx = sentence_of(doc, lo)
            if n is None or head is None or sentence_of(doc, head.evidence.start) != idx:
                continue
            places = [m.group("a"), m.group("b")] if two else [m.group("p")]
            have = [
                f
                for f in found
                if isinstance(f, Interception)
                and f.intercepted == n
                and lo <= f.evidence.start < m.end() + 1
            ]
            for place in places[len(have) :]:
                f = bare_interception(
                    doc,
                    lo,
                    m.end(),
                    head.weapon,
                    launched=None,
                    intercepted=n,
                    approx="exact",
                    confidence=0.7,
                )
                new.append(replace(f, location=place, reported_by=head.reported_by))
    return merged(found, new)


def restated(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without a later equal shoot-down figure restating an earlier sentence's.

    Earlier figures are looked up by (weapon, figure): one dictionary probe per finding.
    """
    seen: dict[tuple[str, int], list[tuple[int, Interception]]] = {}
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Interception) and f.intercepted is not None and f.launched is None:
            idx = sentence_of(doc, f.evidence.start)
            key = (f.weapon, f.intercepted)
            earlier = seen.setdefault(key, [])
            if f.intercepted >= 2 and any(_restates(doc, idx, f, j, g) for j, g in earlier):
                continue
            earlier.append((idx, f))
        out.append(f)
    return out


def _restates(doc: Document, idx: int, f: Interception, j: int, g: Interception) -> bool:
    if j == idx or (f.reported_by or g.reported_by) != (g.reported_by or f.reported_by):
        return False  # a mayor's figure beside the ministry's is its own
    text = doc.sentences[j].text if j >= 0 else ""
    later = doc.sentences[idx].text if idx >= 0 else ""
    if _AGAIN.search(later) and not _AGAIN.search(text):
        return False
    if _n65rep.days_apart(text, later):  # h_fix_n65: equal air tallies of two days
        return False
    core = [w for w in (f.location or "").casefold().split() if w not in _GENERIC]
    return not core or any(w in text.casefold() for w in core)


def losses(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the drones and salvo systems of a General Staff loss list."""
    if not body_has(doc.body, "destroyed") or not body_has(doc.body, "vehicles"):
        return found
    spans: list[tuple[int, int]] = []
    for sent in doc.sentences:
        if "vehicles" in sent.text and "destroyed" in sent.text:
            m = _LOSS_LIST.search(sent.text)
            if m is not None:
                spans.append((sent.start + m.start(), sent.start + m.end()))
    if not spans:
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Interception) and any(lo <= f.evidence.start < hi for lo, hi in spans)
        )
    ]


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """Round n55's passes over the interception chain's result."""
    found = restated(doc, losses(doc, found))
    found = region_shares(doc, dash_list(doc, found))
    return _n55launch.interceptions(doc, found)

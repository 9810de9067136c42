"""A region's share told before the report's total: the total takes the launch figure.

Split from ``interceptions`` (at its size limit). "Russia attacked Ukraine with 75 drones.
Over the Kyiv region, 20 were shot down ... In total, air defences destroyed 58 drones":
the pairing takes the nearest outcome first, so the region's 20 would take the launch of
75. When a later outcome of the same weapon in the paragraph is the total (it names no
place of its own, or says "in total" / "in all"), is larger and fits the launch, the two
swap: the total gets the launch figure, the share keeps its own figure only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Interception

_TOTAL = re.compile(r"\b(?:in\s+total|in\s+all|overall|altogether|a\s+total\s+of)\b", re.I)
_REACH = 3
"""Most sentences between the share and the total."""


def _total(text: str) -> bool:
    return ("total" in text or " all" in text or "overall" in text or "altogether" in text) and (
        _TOTAL.search(text) is not None
    )


def _says_total(doc: Document, f: Interception, idx: int, other: int) -> bool:
    """True when the outcome ``f`` (sentence ``idx``) is told as a total: in its own
    evidence, or anywhere in its sentence when ``other`` lies in another sentence."""
    return _total(f.evidence.text) or (idx != other and _total(doc.sentences[idx].text))


def total_after_share(
    doc: Document, found: list[Interception], sent_of: list[int], placed: list[bool]
) -> None:
    """Swap launch figures in ``found`` (in place) from a share to the total after it;
    ``placed[i]`` says whether outcome ``i`` named a place of its own."""
    for i, share in enumerate(found):
        if share.launched is None or share.intercepted is None:
            continue
        para = doc.sentences[sent_of[i]].paragraph
        for j in range(i + 1, len(found)):
            total = found[j]
            if sent_of[j] - sent_of[i] > _REACH or doc.sentences[sent_of[j]].paragraph != para:
                break
            if total.weapon != share.weapon or total.launched is not None:
                continue
            if total.intercepted is None or not share.intercepted < total.intercepted:
                continue
            if total.intercepted > share.launched:
                continue
            own_total = _says_total(doc, total, sent_of[j], sent_of[i]) and not _says_total(
                doc, share, sent_of[i], sent_of[j]
            )
            if not (own_total or (placed[i] and not placed[j])):
                continue
            found[j] = replace(
                total,
                launched=share.launched,
                all_intercepted=total.intercepted == share.launched,
                confidence=0.9,
                location=share.location if placed[i] else total.location,
            )
            found[i] = replace(share, launched=None, all_intercepted=False, confidence=0.75)
            break

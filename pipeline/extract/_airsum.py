"""A combined launch total told after its per-weapon reports.

"... brought down 10 of 14 cruise missiles and 58 of 72 Shaheds. In total, 86 air targets
had been launched." states the report's mixed total (launched only); it is kept only when
it equals the sum of the per-weapon launches just before it, so no sum is ever made up.
Kept apart from ``interceptions`` (at its size limit).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Evidence, Interception
from pipeline.extract.numbers import find_quantities

_COMBINED_NOUN = re.compile(
    r"\s+(?:air\s+targets|aerial\s+targets|(?:missiles|rockets)\s+and\s+(?:\w+\s+)?drones|"
    r"drones\s+and\s+(?:\w+\s+)?missiles|means\s+of\s+(?:enemy\s+)?air\s+attack|"
    r"air\s+attack\s+(?:assets|weapons|means))\b",
    re.IGNORECASE,
)
_OUTCOME = ("down", "intercept", "destroy", "neutrali", "repel", "fended", "locationally")


def summed_total(
    doc: Document, found: list[Interception], sent_of: list[int], consumed: set[int]
) -> None:
    """Append the mixed launch total a "total" sentence states after per-weapon reports."""
    for idx, sent in enumerate(doc.sentences):
        text = sent.text
        if idx == 0 or "total" not in text.lower() or idx in sent_of:
            continue
        low = text.lower()
        if any(word in low for word in _OUTCOME):
            continue
        parts = [f for f, s in zip(found, sent_of, strict=True) if s == idx - 1]
        if len(parts) < 2 or doc.sentences[idx - 1].paragraph != sent.paragraph:
            parts = []
        weapons = {p.weapon for p in parts}
        if "mixed" in weapons or len(weapons) != len(parts):
            parts = []
        if not parts:  # "Of the Kh-101, 34 ... all eight Kalibr ... Of the drones 71 ..."
            parts = _paragraph_parts(doc, found, sent_of, idx)
        if not parts:
            continue
        launches = [p.launched for p in parts if p.launched is not None]
        if len(launches) != len(parts):
            continue
        for q in find_quantities(text):
            noun = _COMBINED_NOUN.match(text, q.end)
            if q.value != sum(launches) or noun is None:
                continue
            start, end = sent.start + q.start, sent.start + noun.end()
            found.append(
                replace(
                    parts[0],
                    evidence=Evidence(doc.body[start:end], start, end),
                    confidence=0.8,
                    weapon="mixed",
                    weapon_model=None,
                    launched=q.value,
                    intercepted=None,
                    all_intercepted=False,
                    approx=q.approx,
                )
            )
            sent_of.append(idx)
            consumed.add(sent.start + q.num_start)
            break


def _paragraph_parts(
    doc: Document, found: list[Interception], sent_of: list[int], idx: int
) -> list[Interception]:
    """The per-weapon (or per-model) records of the sentences of ``idx``'s paragraph
    before it, one per weapon and model and each with its launch, when they are the
    paragraph's only records and there are several: "Of the Kh-101, 34 were shot down, all
    eight Kalibr ... Of the drones 71 ... In total, 145 air targets had been launched"."""
    para = doc.sentences[idx].paragraph
    parts = [
        f
        for f, s in zip(found, sent_of, strict=True)
        if s < idx and doc.sentences[s].paragraph == para
    ]
    kinds = {(p.weapon, p.weapon_model) for p in parts}
    if len(parts) < 3 or len(kinds) != len(parts) or any(p.weapon == "mixed" for p in parts):
        return []
    return parts

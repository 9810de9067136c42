"""Air raids counted after their noun: "the raids were 12" (literal Italian and Spanish).

Italian and Spanish copy gives the count of a series of raids as a predicate ("i raid sono
stati 12", "los bombardeos aéreos fueron una docena"), which word-for-word English keeps:
"Meanwhile the Israeli army announced ... a series of raids on the port of Hodeidah ...
According to the Houthi channel Al-Masirah, the raids were 12 and caused three dead". The
strikes detector reads a figure before its noun only, so the count was lost; so was the
inverted opening "Were 15 the Israeli raids on the south of Lebanon". Counted raids
and air strikes are air strikes (the labelled sets' call on "launched 12 raids on the port"),
so :func:`raids_counted` gives one airstrike strike for each such predicate whose figure no
strike of the sentence already counts. Arrest raids never take this shape with a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.extract._stemscan import StemScan
from pipeline.extract.model import Document, Evidence, Strike
from pipeline.extract.numbers import find_quantities

_ARREST = re.compile(r"\b(?:arrest|detain|police|search(?:es|ed)?\b|warrants?)", re.IGNORECASE)
_ARREST_SCAN = StemScan(_ARREST, ("arre", "deta", "poli", "sear", "warr"))
"""Raids of police or troops on homes ("carried out raids ... and arrested 25"): no strike."""

_COUNTED = re.compile(
    r"\b(?:the|these|those)\s+(?:(?:Israeli|American|US|U\.S\.|Russian|coalition)\s+)?"
    r"(?:air\s+raids|raids|air\s*strikes|aerial\s+strikes|aerial\s+bombardments)\s+"
    r"(?:carried\s+out\s+|conducted\s+)?(?:were|are|numbered|totalled|totaled|amounted\s+to)\s+"
    r"(?=(?:about\s+|around\s+|at\s+least\s+|some\s+|more\s+than\s+|over\s+|a\s+)?[\w,]+\b)",
    re.IGNORECASE,
)


# "Were 15 the Israeli raids on the south of Lebanon" (Italian "Sono stati 15 i raid").
_INVERTED = re.compile(
    r"(?:^|[,;:]\s+|\s[-–—]\s+)(?:Were|Are|Have\s+been|Had\s+been)\s+(?=(?:about\s+|around\s+|at\s+least\s+|"
    r"some\s+|more\s+than\s+|over\s+)?[\w,]+\s+the\s+(?:(?:Israeli|American|US|Russian|"
    r"coalition)\s+)?(?P<noun>air\s+raids|raids|air\s*strikes|aerial\s+strikes)\b)",
    re.IGNORECASE,
)


def raids_counted(doc: Document, taken: list[Strike]) -> Iterator[tuple[int, Strike]]:
    """(sentence index, strike) for each "the raids were N" predicate of ``doc``."""
    counted = {(s.evidence.start, s.count) for s in taken}
    for idx, sent in enumerate(doc.sentences):
        if "raid" not in sent.text and "strikes" not in sent.text:
            continue
        near = " ".join(s.text for s in doc.sentences[max(0, idx - 1) : idx + 1])
        if _ARREST_SCAN.search(near):
            continue
        for m in [*_COUNTED.finditer(sent.text), *_INVERTED.finditer(sent.text)]:
            q = next((q for q in find_quantities(sent.text) if q.start == m.end()), None)
            if q is None or q.value is None or q.value < 2:
                continue
            noun_end = m.end("noun") if "noun" in m.re.groupindex else q.end
            start, end = sent.start + m.start(), sent.start + max(q.end, noun_end)
            lo, hi = sent.start, sent.start + len(sent.text)
            if any(lo <= at <= hi and n == q.value for at, n in counted):
                continue  # the strikes detector counted it already
            yield (
                idx,
                Strike(
                    evidence=Evidence(doc.body[start:end], start, end),
                    confidence=0.7,
                    attacker=None,
                    target=None,
                    weapon="airstrike",
                    count=q.value,
                    approx=q.approx,
                    period=None,
                    reported_by=None,
                ),
            )

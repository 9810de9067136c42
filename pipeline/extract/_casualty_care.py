"""Where the injured are now, stated for some of them: "Two of them have been taken to
hospital", "Sixteen of them remained in hospital, five in a serious condition".

The sentence after an injured figure often says how many went to hospital or are in a
serious condition, pointing back with "of them". Such a subgroup is a record of its
own (injured N, group "people"), like "including five children"; "All of them were
released" or a figure not below the total restates it and gives none. Only the
injured can be in hospital, so a record with both figures lends its injured one.
"Five of them were hospitalized" is the same subgroup (art5-09 was relabelled so when
two annotators disagreed: one rule for every way of saying it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Casualty, Document, Evidence
from pipeline.extract.numbers import Quantity, find_quantities

_CARE = (
    r"(?:(?:still|now)\s+)?(?:taken\s+to\s+(?:a\s+|the\s+)?hospitals?|hospitali[sz]ed|"
    r"admitted\s+to\s+(?:a\s+|the\s+)?hospitals?|in\s+(?:a\s+|the\s+)?hospitals?|"
    r"in\s+(?:an?\s+)?(?:critical|serious|grave|severe)\s+condition|in\s+intensive\s+care)"
)
_THEM_CARE = re.compile(
    r"\s+of\s+(?:them|those)\s+(?:(?:have|has|had)\s+been|were|was|are|is|"
    rf"remain(?:s|ed)?)\s+{_CARE}",
    re.IGNORECASE,
)
# ", five in a serious condition": a second subgroup with its verb left out.
_ELIDED_SEP = re.compile(r"\s*,\s*(?:and\s+|with\s+)?", re.IGNORECASE)
_ELIDED_CARE = re.compile(rf"\s+(?:of\s+them\s+)?(?:were\s+|are\s+)?{_CARE}", re.IGNORECASE)
_OPEN = " \"“‘'"


def _subgroup(
    doc: Document, idx: int, prev: Casualty, q: Quantity, end: int, total: int
) -> Casualty | None:
    if q.value is None or q.all or q.total is not None or not q.value < total:
        return None
    sent = doc.sentences[idx]
    start, stop = sent.start + q.start, sent.start + end
    return replace(
        prev,
        evidence=Evidence(doc.body[start:stop], start, stop),
        confidence=0.75,
        group="people",
        killed=None,
        injured=q.value,
        approx=q.approx,
    )


def care_subgroups(doc: Document, idx: int, prev: Casualty) -> list[Casualty]:
    """The "N of them (are) in hospital" records of sentence ``idx`` after ``prev``."""
    total = prev.injured
    text = doc.sentences[idx].text
    if total is None or " of " not in text:
        return []
    qs = find_quantities(text)
    if not qs or text[: qs[0].start].strip(_OPEN):
        return []
    m = _THEM_CARE.match(text, qs[0].end)
    first = _subgroup(doc, idx, prev, qs[0], m.end(), total) if m is not None else None
    if m is None or first is None:
        return []
    out = [first]
    if len(qs) > 1 and _ELIDED_SEP.fullmatch(text, m.end(), qs[1].start):
        care = _ELIDED_CARE.match(text, qs[1].end)
        if care is not None:
            second = _subgroup(doc, idx, prev, qs[1], care.end(), qs[0].value or 0)
            if second is not None:
                out.append(second)
    return out

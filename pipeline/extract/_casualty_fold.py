"""A subgroup split over the two sentences of one toll: one record of that group.

Ukrainian and Spanish agency copy tells the dead with their children in one sentence and
the injured with theirs in the next: "The number of people killed ... has risen to nine,
among them two children, the administration reported. Another 37 people, including eight
children, were injured." The second sentence's figure completes the first sentence's
record (:mod:`pipeline.extract._casualty_link`), and its subgroup completes the first
sentence's subgroup of the same group: children 2 killed, 8 injured, one record (the
annotator's call on art38-10, as "Among the dead are three children, among the injured are
18 children" is one record in one sentence).

:func:`fold_sub` is asked by :func:`pipeline.extract.casualties.find` only for a sentence
whose main figure completed the record before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Casualty, Finding

# The subgroup told as an aside before the verb of its sentence: ", were injured".
_VERB_AFTER = re.compile(r"\s*,\s*(?:were|was|are|have\s+been|had\s+been)\b", re.IGNORECASE)


def fold_sub(out: list[Finding], top: int, found: Casualty, text: str, end: int) -> bool:
    """Fold the one-kind subgroup ``found`` (its phrase ends at ``end`` of the sentence
    ``text``) into the subgroup of the same group and the other kind among the records after
    ``out[top]`` (the completed main record); True when done."""
    if (found.killed is None) == (found.injured is None) or not _VERB_AFTER.match(text, end):
        return False
    for i in range(len(out) - 1, top, -1):
        rec = out[i]
        if not isinstance(rec, Casualty) or rec.group != found.group:
            continue
        if found.injured is not None and rec.killed is not None and rec.injured is None:
            out[i] = replace(rec, injured=found.injured, confidence=0.85)
            return True
        if found.killed is not None and rec.injured is not None and rec.killed is None:
            out[i] = replace(rec, killed=found.killed, confidence=0.85)
            return True
        return False
    return False

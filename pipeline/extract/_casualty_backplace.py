"""The place of a toll told as the result of the sentence before it.

Ukrainian agency English names the places in one sentence and the harm in the next: "Russian
drones also struck Kyiv and the Sumy region. As a result of these attacks at least two
people were wounded." The toll's own sentence names no place, so a toll of the same figure
in another city's paragraph before it ("In Kharkiv ... Two people were wounded there")
would read as its restatement and be dropped (:mod:`pipeline.extract._repeats`). A toll
opening with "As a result (of these attacks)," takes the place the sentence before it (in
the same paragraph) attacks or names (``dev_numeric48``).
"""

from __future__ import annotations

import re

from pipeline.extract import _places
from pipeline.extract.model import Document

_RESULT = re.compile(
    r"\W*(?:As\s+a\s+(?:result|consequence)|In\s+the\s+(?:attacks?|strikes?|shelling))"
    r"(?:\s+of\s+(?:these|those|the|this|that|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:attacks?|strikes?|shellings?|shelling|raids?|bombardments?))?\s*,?\s",
    re.IGNORECASE,
)


def result_place(doc: Document, idx: int) -> str | None:
    """The place the sentence before ``idx`` attacks or names when sentence ``idx`` opens
    by calling its toll that sentence's result, else None."""
    if idx < 1:
        return None
    sent = doc.sentences[idx]
    if _RESULT.match(sent.text) is None:
        return None
    prev = doc.sentences[idx - 1]
    if prev.paragraph != sent.paragraph:
        return None
    return _places.located(prev.text) or _places.target(prev.text) or _places.place_in(prev.text)

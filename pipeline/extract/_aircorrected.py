"""An earlier report a later correction takes back: "not with 112 drones as stated in the
morning" drops the morning's "84 of 112 drones shot down".

A live ticker keeps the morning's entry below the correction ("+++ 12:30 +++ Air force
corrects overnight figures ... not with 112 drones as stated in the morning"), and a story
may recall the first figures after the new ones ("In the morning the air force had written
that 79 of 93 drones ..."). The corrected figures replace them, as a same-source toll update
does: an interception launched with the figure a correction denied is dropped, wherever it
stands in the article. The correction's own sentence never counts the old figure
(:func:`pipeline.extract._corrected.corrected_away`).
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._corrected import corrected_away
from pipeline.extract.model import Document, Finding, Interception
from pipeline.extract.numbers import parse_number

_NOT_FIGURE = re.compile(
    r"\bnot\s+(?:with\s+|about\s+|around\s+|some\s+|the\s+)?(?P<num>\d[\d.,]*\d|\d|[a-z]+(?:-[a-z]+)?)",
    re.IGNORECASE,
)


def corrected_values(doc: Document) -> frozenset[int]:
    """The launch figures the article's corrections deny."""
    values: set[int] = set()
    for sent in doc.sentences:
        text = sent.text
        if "not " not in text and "Not " not in text:
            continue
        for m in _NOT_FIGURE.finditer(text):
            if corrected_away(text, m.start("num"), m.end("num")):
                value = parse_number(m.group("num"))
                if value is not None:
                    values.add(value)
    return frozenset(values)


def drop_corrected(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the interceptions whose launch figure a correction denied."""
    if not body_has(doc.body, "not ") and not body_has(doc.body, "Not "):
        return found
    old = corrected_values(doc)
    if not old:
        return found
    return [f for f in found if not (isinstance(f, Interception) and f.launched in old)]

"""The sentence whose toll a "further" figure completes, past one sentence about the dead.

"In the region Saporischschja two people were killed in Russian drone attacks, X said. A
64-year-old man and his wife died when their house burned down. Three more people were
injured." The middle sentence tells who the dead were without a count of its own; the
marked figure after it ("Three more", "A further 31") completes the toll before it, as it
would right after it. Only across one such sentence of the same paragraph, and only for a
figure marked as further people (the unmarked reading stays next-sentence only).

A sentence listing the toll's subgroups ("Among the victims, 9 minors and 5 women.") is
passed the same way (thirteenth session, ``dev_numeric61``): "The wounded are over 90" after
it completes the toll before it.
"""

from __future__ import annotations

import re

from pipeline.extract._cas20link import scene_between
from pipeline.extract._cas22read import wounded_after_among
from pipeline.extract._casualty_words import AMONG_LEAD
from pipeline.extract.model import Document
from pipeline.extract.numbers import find_quantities

_HARMED = re.compile(
    r"\b(?:died|killed|dead|perished|lost\s+(?:their|his|her)\s+li(?:ves|fe)|body|bodies)\b",
    re.IGNORECASE,
)


def prior_text(doc: Document, before: int, idx: int) -> str | None:
    """The text of the record sentence ``before`` the figure's sentence ``idx`` may complete,
    or None when ``before`` is neither the sentence before nor one about-the-dead away."""
    if before == idx - 1:
        return doc.sentences[idx - 1].text
    if before != idx - 2 or before < 0:
        return None
    mid = doc.sentences[idx - 1]
    if not doc.sentences[before].paragraph == mid.paragraph == doc.sentences[idx].paragraph:
        return wounded_after_among(doc, before, idx, AMONG_LEAD)  # ... ¶ "The wounded are N"
    if AMONG_LEAD.match(mid.text) is not None and find_quantities(mid.text):
        return doc.sentences[before].text + " " + mid.text  # "Among the victims, 9 minors."
    if find_quantities(mid.text) or _HARMED.search(mid.text) is None:
        return scene_between(doc, before, idx)  # a lede's scene sentence (``_cas20link``)
    return doc.sentences[before].text + " " + mid.text

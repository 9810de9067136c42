"""The other harm of a toll told as a defined group in a later sentence (h_num20).

Translated German and Italian copy often gives the dead in one sentence and the wounded in
the next, not as a new count of people but as the already known group of the wounded:

- "Three people died, said the governor. Among the 18 wounded were two children." / "Of the
  17 injured, five are in hospital." / "The 14 wounded include a boy.": "the N wounded" is
  the toll's other harm, named with the definite article; it completes the killed-only
  record of the sentence before (same paragraph), as an unmarked "18 people were injured"
  does (``dev_articles63`` art63-02, ``dev_numeric64``).
- "At least 11 Palestinians ... were killed in Israeli raids ... ." then, in a paragraph of
  its own, "The wounded are more than 30, specified the spokesman": Italian copy sets each
  sentence as a paragraph, and a sentence opening with "The wounded are N" has no subject of
  its own, so it completes the sentence before across the paragraph break (art64-06).
- "A Russian missile attack on Odesa has killed at least eight people. The missiles hit the
  city shortly after 5 am local time. 27 people were injured, ...": a lede's scene sentence
  (no harm, no count of people, no other place or attack) between the toll and its other
  harm is passed, as :mod:`pipeline.extract._casualty_prior` passes a sentence about the
  dead (art63-06).
"""

from __future__ import annotations

import re
from typing import Literal

from pipeline.extract import _places
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import find_quantities

Kind = Literal["killed", "injured"]

# "Among the 18 wounded", "Of the 17 injured,", "The 14 wounded include": the figure between
# a definite article and the harm noun, the sentence opening with it.
_DEFINED_BEFORE = re.compile(
    r"^\W*(?:among|of)?\s*the\s+(?:(?:at\s+least|more\s+than|over|some|about)\s+)?$", re.I
)
_DEFINED_AFTER: dict[Kind, re.Pattern[str]] = {
    "injured": re.compile(r"\s+(?:[a-z-]+\s+)?(?:wounded|injured)\b", re.IGNORECASE),
    "killed": re.compile(r"\s+(?:[a-z-]+\s+)?(?:dead|killed|fatalities)\b", re.IGNORECASE),
}
# "The wounded are more than 30", "The injured are 11": the opening of the sentence.
_ARE_OPENING: dict[Kind, re.Pattern[str]] = {
    "injured": re.compile(
        r"^\W*the\s+(?:wounded|injured)\s+(?:are|were)\s+"
        r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost)\s+)?$",
        re.IGNORECASE,
    ),
    "killed": re.compile(
        r"^\W*the\s+(?:dead|deaths|fatalities)\s+(?:are|were)\s+"
        r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost)\s+)?$",
        re.IGNORECASE,
    ),
}


def defined_total(text: str, fig: tuple[int, int, Kind, str, int], out: list[Finding]) -> bool:
    """True when the figure ``fig`` (start, end, kind, group, value) opens its sentence as
    "the N wounded" ("Among the 18 wounded were two children"): the toll's other harm, told
    as known. When a record already told that figure ("... wounded 27" in the lede, then
    "Of the 27 injured, 16 were hospitalised"), the article points back to it instead."""
    start, end, kind, _, value = fig
    if "the" not in text[:start].lower() or _DEFINED_BEFORE.match(text[:start]) is None:
        return False
    if _DEFINED_AFTER[kind].match(text, end) is None:
        return False
    return not any(
        isinstance(f, Casualty) and (f.injured if kind == "injured" else f.killed) == value
        for f in out
    )


def are_opening(text: str, start: int, kind: Kind) -> bool:
    """True when the sentence opens "The wounded are N" with the figure at ``start``."""
    return _ARE_OPENING[kind].match(text[:start]) is not None


# A scene sentence names no harm, no other attack and no further people.
_HARM = re.compile(
    r"\b(?:kill|dead|die|death|injur|wound|hurt|victim|bod(?:y|ies)|hospital|casualt|"
    r"perish|lives|life|rescued|missing|toll|balance)",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"\b(?:also|another|second|separate|separately|elsewhere|meanwhile|other|earlier|"
    r"previous|last|yesterday|ago)\b",
    re.IGNORECASE,
)
# Figures a scene may hold: clock times and storeys ("shortly after 5 am", "at 10:30").
_TIME_AFTER = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|o'clock|h\b|local\s+time)", re.IGNORECASE)


def _scene(mid: str, record: str) -> bool:
    """True when ``mid`` only sets the scene of the toll told in ``record``."""
    if _HARM.search(mid) or _OTHER.search(mid):
        return False
    for q in find_quantities(mid):
        if not _TIME_AFTER.match(mid, q.end) and ":" not in mid[q.start : q.end + 3]:
            return False
    place = _places.located(mid)
    return place is None or place in record or place == _places.located(record)


def scene_between(doc: Document, before: int, idx: int) -> str | None:
    """The text of sentence ``before`` when it is two sentences before ``idx`` in the same
    paragraph and the sentence between them only sets the scene, else None."""
    if before != idx - 2 or before < 0:
        return None
    first, mid, last = doc.sentences[before], doc.sentences[idx - 1], doc.sentences[idx]
    if not first.paragraph == mid.paragraph == last.paragraph:
        return None
    return first.text if _scene(mid.text, first.text) else None


def passed(doc: Document, before: int, idx: int) -> bool:
    """True when a record of sentence ``before`` may take an unmarked figure of ``idx``: the
    sentence right before in the same paragraph, or one scene sentence away."""
    if before == idx - 1:
        return idx > 0 and doc.sentences[idx].paragraph == doc.sentences[idx - 1].paragraph
    return scene_between(doc, before, idx) is not None

"""The paragraph context of an air-defence figure: its weapon, model and place.

Moved out of :mod:`pipeline.extract.interceptions` (at its size limit). A figure that
names no weapon ("All of them were destroyed"), no model or no place takes the one the
paragraph last named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.extract import _places
from pipeline.extract._airnoun import AIR_WORD, weapon_of
from pipeline.extract._airregion import PLACE_LIST
from pipeline.extract.model import Document, InterceptWeapon
from pipeline.extract.weapons import find_models

_CONTEXT_SENTENCES = 6
"""How far back in a paragraph a model, place or weapon is still the report's context."""


def paragraph_back(doc: Document, idx: int) -> Iterator[str]:
    """Texts of sentence ``idx`` and the few before it in its paragraph, nearest first."""
    para = doc.sentences[idx].paragraph
    stop = max(-1, idx - _CONTEXT_SENTENCES)
    while idx > stop and doc.sentences[idx].paragraph == para:
        yield doc.sentences[idx].text
        idx -= 1


def context_weapon(doc: Document, idx: int) -> InterceptWeapon | None:
    """The air weapon the paragraph last named ("All of them were destroyed"), else the
    last sentence of the paragraph before ("Of those, 22 were brought down over ...")."""
    texts = list(paragraph_back(doc, idx))
    first = idx - len(texts) + 1
    if first > 0:
        texts.append(doc.sentences[first - 1].text)
    for text in texts:
        words = [w for w in AIR_WORD.finditer(text) if weapon_of(w) != "mixed"]
        if words:
            return weapon_of(words[-1])
    return None


def context_model(doc: Document, idx: int, weapon: InterceptWeapon) -> str | None:
    """The model of ``weapon``'s kind the paragraph last named."""
    for text in paragraph_back(doc, idx):
        names = [m.name for m, _, _ in find_models(text) if m.category == weapon]
        if names:
            return names[-1]
    return None


def context_place(doc: Document, idx: int, upto: int | None = None) -> str | None:
    """The place the paragraph last named as attacked ("attacked Ukraine"), else the
    country whose air defence reports ("Ukraine's air force said").

    ``upto`` (an absolute offset) cuts the figure's own sentence there: the regions
    listed after a total ("96 drones: 38 over the Bryansk region, ...") are the
    shares' places, not the total's.
    """
    texts = list(paragraph_back(doc, idx))
    if upto is not None and texts:
        texts[0] = texts[0][: max(0, upto - doc.sentences[idx].start)]
    own = doc.sentences[idx].text
    if texts and "," in own and PLACE_LIST.search(own) is not None:
        texts[0] = ""  # "over the territories of Bryansk, Rostov, Saratov ...": no one place
    if texts and (fronted := fronted_region(texts[0])) is not None:
        return fronted  # "In the neighbouring Mykolaiv region the air defence shot down ..."
    for text in texts:
        place = _places.target(text)
        if place is not None:
            return place
    for text in texts:
        country = _places.defender(text)
        if country is not None:
            return country
    return None


# "In the neighbouring Poltava region, air defence destroyed six of the drones": a region
# fronted in the outcome's own sentence is where it happened.
_FRONTED_REGION = re.compile(
    r"\W*In\s+the\s+(?:neighbou?ring\s+)?((?-i:[A-Z])[\w'’-]+\s+(?:region|oblast|province))\b",
    re.IGNORECASE,
)


def fronted_region(text: str) -> str | None:
    """The region a sentence opens with ("In the neighbouring Mykolaiv region ..."), if any."""
    fronted = _FRONTED_REGION.match(text)
    return fronted.group(1) if fronted is not None else None


def fronted_region_end(text: str) -> int | None:
    """Where that fronted region ends in ``text`` (None when there is none)."""
    fronted = _FRONTED_REGION.match(text)
    return fronted.end() if fronted is not None else None

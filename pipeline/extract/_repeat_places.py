"""The place a casualty figure's sentence tells, so that equal tolls of different places in a
roundup are never read as one restated toll.

:mod:`pipeline.extract._repeats` merges a figure restated later in the article into one event
when the two records name no conflicting ``location``. That field comes from the places table,
which lacks most villages and the translated spellings ("Druschkiwka", "Saporischschja"), so
a regional roundup's per-town tolls read as restatements of each other whenever two figures
are equal: "In Komyshany, a drone attack killed 2 people and injured 4. / In Zolochiv, 4
people were injured" kept one toll. This module reads the place each toll's own words give,
whether the table knows the name or not:

- the town the toll's clause names ("killed two people in Kherson", "two in Druschkiwka"),
  else the sentence's fronted place ("In Zolochiv, ...", "In the city Cherson, ..."), else any
  "in X" of the sentence;
- a region the sentence names as such ("In the region Donezk, ...", "in the Sumy region"),
  kept apart from the town level;
- for a sentence naming neither, the nearest place an earlier sentence of its paragraph
  fronts, or a kicker label opening the paragraph ("Kharkiv region. ...", "Sumy region: ...").

Two tolls whose towns are both named and differ, or whose regions are both named and differ,
are two events. A town against a region ("the Donetsk region" in the lede, "Kostiantynivka"
in the body) decides nothing, and neither does a toll whose words name no place: the lede
and its body, a quote or a risen toll told of the same place stay one event.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from pipeline.extract.model import Casualty, Sentence

_NAME = (
    r"(?-i:[A-Z][a-z'’]+(?:[- ](?:al-|el-)?(?-i:[A-Z])[a-z'’]+)?"  # "Kherson", "Deir al-Balah"
    r"|(?:al|el)-(?-i:[A-Z])[a-z'’]+)"
)
_KIND = r"(?:city|town|village|settlement|hromada|community|district)"
_REGION_WORD = r"(?:region|oblast|province)"

# "In the region Donezk", "in the neighbouring region Dnipropetrowsk", "in the Sumy region",
# "in Kharkiv Oblast", "the region of Kherson".
_REGION = re.compile(
    rf"\b(?:the\s+)?(?:(?:neighbouring|neighboring|southern|northern|eastern|western|"
    rf"frontline|border)\s+)?(?:{_REGION_WORD}\s+(?:of\s+)?(?P<a>{_NAME})"
    rf"|(?P<b>{_NAME})\s+(?-i:R|r)egion\b|(?P<c>{_NAME})\s+(?-i:O|o)blast\b)",
    re.IGNORECASE,
)
# "in Kherson", "in the village of Antonivka", "in the city Cherson", "on the town of X",
# "in Kherson's Dniprovskyi district".
_TOWN = re.compile(
    rf"\b(?:in|on|near)\s+(?:the\s+(?:{_KIND})\s+(?:of\s+)?)?(?P<name>{_NAME})"
    rf"(?!\s+{_REGION_WORD}\b)",
    re.IGNORECASE,
)
# A fronted place: "In Zolochiv, ...", "In the village of Myropillia, ...".
_FRONTED = re.compile(
    rf"\W*(?:In|At|Near)\s+(?:the\s+(?:{_KIND})\s+(?:of\s+)?)?(?P<name>{_NAME})"
    r"(?:\s+itself)?\s*,?\s",
)
# A region a sentence opens with: "In the region Cherson, Russian troops fired ...".
_FRONT_REGION = re.compile(r"\W*In\s+(?=the\s)")
# A kicker opening a paragraph: "Kharkiv region. ...", "Donetsk region: ...".
_KICKER = re.compile(rf"\W*(?P<name>{_NAME})\s+(?:region|oblast)\s*[.:]", re.IGNORECASE)

# Capitalised words after "in" that are no place.
_NOT_PLACE_WORDS = (
    "telegram facebook twitter january february march april may june july august "
    "september october november december monday tuesday wednesday thursday friday saturday "
    "sunday total addition particular general russia ukraine israel gaza lebanon the "
    "this that these those its his her their our russian ukrainian israeli "
    "iranian palestinian lebanese syrian european american british french german"
)
_NOT_PLACE = frozenset(_NOT_PLACE_WORDS.split())
"""Countries and territories are no town of a roundup either."""
# "told reporters in Kyiv", "said in Kherson", "speaking in Odesa": where the speaker was.
_SPEAKER_AT = re.compile(
    r"\b(?:said|says|told|reporters|journalists|speaking|briefing|conference|visit|visiting)"
    r"(?:\s+[\w-]+)?\s+$",
    re.IGNORECASE,
)


def _clean(name: str | None) -> str | None:
    if name is None:
        return None
    name = re.split(r"['’]s\b", name)[0].lower()  # "Kherson's Dniprovskyi district": Kherson
    return None if name in _NOT_PLACE or name.split()[0] in _NOT_PLACE else name


def _region(text: str) -> str | None:
    for m in _REGION.finditer(text):
        name = _clean(m.group("a") or m.group("b") or m.group("c"))
        if name is not None:
            return name
    return None


def _town(text: str) -> str | None:
    for m in _TOWN.finditer(text):
        if _SPEAKER_AT.search(text, max(0, m.start() - 40), m.start()) is not None:
            continue
        name = _clean(m.group("name"))
        if name is not None:
            return name
    return None


def _fronted(text: str) -> str | None:
    m = _FRONTED.match(text)
    if m is None or m.group("name").split()[-1].lower() in ("region", "oblast", "province"):
        return None  # "In Kherson Oblast, ...": a region, not a town
    return _clean(m.group("name"))


class PlacesOf:
    """Looks up the sentence of a finding's evidence (by offset) and the places it tells."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._sentences = sentences
        self._starts = [s.start for s in sentences]

    def _index(self, offset: int) -> int | None:
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._sentences[i].end:
            return None
        return i

    def places(self, f: Casualty) -> tuple[str | None, str | None]:
        """(town, region) the toll ``f``'s own words, its sentence or its paragraph name."""
        i = self._index(f.evidence.start)
        if i is None:
            return None, None
        sent = self._sentences[i]
        clause = f.evidence.text
        town = _town(clause) or _fronted(sent.text) or _town(sent.text)
        region = _region(sent.text)
        j = i - 1
        while (town is None or region is None) and j >= 0:
            prev = self._sentences[j]
            if prev.paragraph != sent.paragraph:
                break
            if town is None:
                town = _fronted(prev.text)
            if region is None:
                kicker = (
                    _KICKER.match(prev.text)
                    if j == 0 or (self._sentences[j - 1].paragraph != prev.paragraph)
                    else None
                )
                region = _clean(kicker.group("name")) if kicker is not None else None
            if region is None and (m := _FRONT_REGION.match(prev.text)) is not None:
                fronted = _REGION.match(prev.text, m.end())
                region = _clean(_region(fronted.group(0))) if fronted is not None else None
            j -= 1
        if region is None and (kicker := _KICKER.match(sent.text)) is not None:
            region = _clean(kicker.group("name"))
        return town, region

    def apart(self, a: Casualty, b: Casualty) -> bool:
        """True when the equal tolls ``a`` and ``b`` are told for different named places."""
        ta, ra = self.places(a)
        tb, rb = self.places(b)
        if ta is not None and tb is not None and ta != tb:
            return True
        return ra is not None and rb is not None and ra != rb

"""Ground assaults counted in the sentence after the front's focus is named.

General Staff summaries in translation name the hottest part of the front first and count
its assaults in the next sentence with a pointing adverb: "The focus of the fighting was
once again the area around Pokrowsk and Kostjantyniwka. There alone, the Russians attacked
63 times"; "Most of the fighting was concentrated near Pokrovsk. Here alone, Russian troops
attacked 52 times"; "The main focus was the Kostiantynivka direction. In this sector alone,
...". Like "In the Pokrovsk direction, the enemy attacked 52 times" (see
:mod:`pipeline.extract._strikecount`) these are assaults, no strike, when no weapon is
named in either sentence.
"""

from __future__ import annotations

import re

from pipeline.extract.model import Document

# "There alone,", "Here alone", "In this sector alone,", "There,": the place pointed back to.
_POINTER = re.compile(
    r"^\W*(?:there|here|in\s+this\s+(?:sector|direction|area|section|region)|at\s+this\s+"
    r"(?:sector|section)|in\s+that\s+(?:sector|direction|area))(?:\s+alone)?\s*,?\s",
    re.IGNORECASE,
)
# "The focus of the fighting was ...", "Most of the fighting was concentrated near ...",
# "The heaviest fighting raged around ...", "The main focus was again the X direction".
_FOCUS = re.compile(
    r"\b(?:focus|fighting|battles?|clashes|hottest|heaviest|fiercest|epicent(?:re|er)|"
    r"(?:most|majority)\s+of\s+the\s+(?:attacks|assaults|fighting|clashes))\b",
    re.IGNORECASE,
)
# "attacked 63 times", "63 attacks", "stormed ... 38 times": a count naming no weapon.
_ASSAULT = re.compile(
    r"\b(?:attack(?:ed|s)?|assault(?:ed|s)?|stormed|tried\s+to\s+advance|advanced)\b",
    re.IGNORECASE,
)
_WEAPONISH = re.compile(
    r"\b(?:artillery|shell|mortar|drone|uav|missile|rocket|bomb|kab|mlrs|grad|aircraft|"
    r"air\s*strike|aviation|fpv|kamikaze|guided|shahed)",
    re.IGNORECASE,
)


def focus_assaults(doc: Document, idx: int, text: str) -> bool:
    """True when sentence ``idx`` (``text``) counts the assaults at the front's focus the
    sentence before named ("... the area around Pokrowsk. There alone, the Russians
    attacked 63 times"): ground assaults, no strike."""
    if idx == 0 or _POINTER.match(text) is None or _ASSAULT.search(text) is None:
        return False
    prev = doc.sentences[idx - 1]
    if prev.paragraph != doc.sentences[idx].paragraph or _FOCUS.search(prev.text) is None:
        return False
    return _WEAPONISH.search(text) is None and _WEAPONISH.search(prev.text) is None

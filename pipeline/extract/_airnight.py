"""Air-defence figures of another night told beside tonight's report (background).

Translated German copy often adds the previous night's figures to compare: "The
night before, Russia had attacked with 103 drones, of which 88 had been
neutralised." / "Two nights earlier, by contrast, all 27 drones launched had been
intercepted." Such a sentence is fronted by an earlier night or day and told in the
pluperfect; its figures are background, like a fronted past week ("Last week, ...").
The night may also follow the pluperfect verb ("48 drones had been shot down the night
before last").
Both marks are required, so "The night before last, Russia launched 90 drones" in a
story about that night still counts, and so is a report of tonight's outcome earlier in
the same paragraph: told in a paragraph of its own ("A day earlier, air defences had shot
down 45 drones in a similar attack", dnum20-052) the other day's figure stays an event.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from pipeline.extract.model import Document

_NUMBER = r"(?:two|three|four|five|six|seven|\d+)"  # "Two nights earlier", "3 days before"
_EARLIER_NIGHT = re.compile(
    r"^[\s\"“„»(]*(?:(?:only|just|already)\s+)?(?:"
    r"(?:the|in\s+the|on\s+the|during\s+the)\s+(?:night|day|evening)\s+before(?:\s+last)?|"
    r"(?:the|in\s+the|on\s+the|during\s+the)\s+(?:previous|preceding)\s+(?:night|day|evening)|"
    r"(?:a|one|the)\s+(?:night|day)\s+(?:earlier|before)|"
    rf"{_NUMBER}\s+(?:nights|days)\s+(?:earlier|before|ago)"
    r")\b",
    re.IGNORECASE,
)
# The same marks with the night told after the verb ("According to the ministry, 48 drones
# had been shot down the night before last"); "the night before" alone is left out (it
# may be "the night before the talks").
_LATE_NIGHT = re.compile(
    r"\b(?:the\s+night\s+before\s+last|the\s+(?:previous|preceding)\s+night"
    rf"|(?:a|one)\s+(?:night|day)\s+earlier|{_NUMBER}\s+(?:nights|days)\s+(?:earlier|ago))\b",
    re.IGNORECASE,
)
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|wn|ght|nt|ut)\b", re.I)


def other_night(text: str) -> bool:
    """True when a sentence opens with an earlier night or day and is told in the
    pluperfect: its air-defence figures belong to that other night."""
    opening = _EARLIER_NIGHT.match(text)
    if opening is not None:
        return _PLUPERFECT.search(text, opening.end()) is not None
    verb = _PLUPERFECT.search(text)
    return verb is not None and _LATE_NIGHT.search(text, verb.end()) is not None


def beside_report(doc: Document, idx: int, outcome_sents: Collection[int]) -> bool:
    """True when an earlier sentence of sentence ``idx``'s paragraph told a shoot-down."""
    para = doc.sentences[idx].paragraph
    return any(o < idx and doc.sentences[o].paragraph == para for o in outcome_sents)

"""A disaster's dead told in the Romance order, verb before the figure.

Literal French and Italian copy puts the verb first ("Sont morts au moins 30 personnes
dans les inondations" -> "Died at least 30 people in the floods", "Lost their lives 12
people in the landslide"). :mod:`pipeline.extract._casualty_nature` reads the English
orders ("40 people died in floods", "floods killed 40"); this reads the inverted one, so
the dead of a natural disaster stay no toll whichever order the translation keeps.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import QUALIFIER

_VERB_FIRST = re.compile(
    r"\b(?:died|perished|(?:were|have\s+been)\s+killed|lost\s+their\s+li(?:v|f)es?)\s+"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)
_REACH = 60


def inverted_disaster(text: str, start: int, end: int, disaster: re.Pattern[str]) -> bool:
    """True when the figure ``text[start:end]`` follows its death verb ("Died at least 30
    people") and ``disaster`` (the cause the figure's phrase ends with) follows it."""
    if _VERB_FIRST.search(text, max(0, start - _REACH), start) is None:
        return False
    return disaster.match(text, end) is not None

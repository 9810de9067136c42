"""The harm verb of a figure told past an appositive share: "14 people, eight of them
children, were wounded".

Arabic and Turkish agency copy (WAFA, Anadolu) in translation puts the share of a toll
between its figure and its verb, and often after a clause of the other harm: "The strike
killed four Palestinians, while 14 people, eight of them children, were wounded", "Three
soldiers died and 11 civilians, four of them women, were wounded". The figure touches no
harm word, so the nearest one ("killed", "died" before it) would give it the wrong kind;
the verb after the aside is its own (``dev_numeric48``). The "including ..." aside is read
by :mod:`pipeline.extract.casualties` itself; this adds "N of them/whom X" and a short place
phrase before either ("73 residents of the building, including 14 children, were ...").
"""

from __future__ import annotations

import re

_ASIDE_PAST = re.compile(
    # "of the building", "from the village": a short phrase of the figure's own group
    r"(?:\s+(?:of|from|in|at|aboard)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?(?=\s*,))?"
    r"\s*,\s*(?:[\w-]+|\d[\d,.]*)\s+of\s+(?:them|whom)\s+[^,;.()]{1,40},"
    r"|(?:\s+(?:of|from|in|at|aboard)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)"
    r"\s*,\s*(?:including|among\s+them)\b[^,;.]{1,50},",
    re.IGNORECASE,
)


def past_aside(text: str, end: int) -> int | None:
    """Where the verb may stand after an appositive share that follows the figure phrase
    ending at ``end`` ("14 people, eight of them children, were wounded"), else None."""
    if "," not in text[end : end + 80]:
        return None
    m = _ASIDE_PAST.match(text, end)
    return m.end() if m is not None else None

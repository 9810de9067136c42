"""Israeli army and agency phrasing of what came in, read by the air-defence reader.

The IDF's statements, and the literal translations of Hebrew and Arabic copy that agencies
carry, tell a launch in ways the English bulletins of other fronts do not:

* "About 20 launches were identified crossing from Lebanese territory, some of which were
  intercepted" / "15 launches crossed from Lebanon": "launches" (Hebrew "shigurim") counts
  the rockets or missiles themselves (:data:`LAUNCHES`, a missile noun, only before such a
  crossing or an origin, so "two launches of a rocket" or "space launches" count nothing);
* "5 rockets were identified crossing from the Gaza Strip; 3 of them were intercepted": the
  sighting verb stands between the figure and its crossing, so the crossing is still the
  figure's own launch (:func:`seen_crossing`);
* "13 were intercepted and one was allowed to fall in an open area": a weapon let through
  on purpose is no shoot-down (:func:`let_through`), whatever verb stood before it.
"""

from __future__ import annotations

import re

LAUNCHES = (
    r"launches(?=\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:identified|detected)\s+)?"
    r"(?:crossing|crossed|from)\s)"
)
"""Regex source of "launches" counting what was fired (Hebrew-literal IDF copy)."""

_SEEN = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:were|was|have\s+been|had\s+been)\s+(?:identified|observed|seen)\s+",
    re.IGNORECASE,
)
_CROSSING = re.compile(r"cross(?:ing|ed)\b", re.IGNORECASE)


def seen_crossing(text: str, end: int, verb_start: int) -> bool:
    """Whether the launch verb at ``verb_start`` is "crossing" told of the figure ending at
    ``end`` (its noun between) through a sighting ("5 rockets were identified crossing")."""
    return (
        _CROSSING.match(text, verb_start) is not None
        and _SEEN.fullmatch(text, end, verb_start) is not None
    )


_LET_THROUGH = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:deliberately\s+)?"
    r"(?:allowed|permitted|left)\s+to\s+(?:fall|land|hit|impact|pass|go\s+through|continue)\b",
    re.IGNORECASE,
)


def let_through(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` was let through on purpose ("one was allowed to
    fall in an unpopulated area"): no outcome of the shoot-down verb before it."""
    if " allowed to" not in text and " permitted to" not in text and " left to" not in text:
        return False
    return _LET_THROUGH.match(text, end) is not None

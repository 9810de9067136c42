"""A launch list going on past a relative outcome: ", of which 94 were shot down, as well as
two Iskander-M ballistic missiles".

Literal translations (Agerpres, Ukrinform) put the outcome of the first launch item in a
relative clause and only then add the next item with "as well as" / "and also". The verb of
that relative clause is the first item's; the added item is still what came in, with no
outcome of its own (a strike when nothing else answers it). :func:`relative_outcome`
tells :func:`pipeline.extract._airrole.role_of` to skip such a verb for the later figure.
"""

from __future__ import annotations

import re

from pipeline.extract._numclause import stated_outcomes

# ", of which 94 were shot down or suppressed" / ", 61 of which were neutralised": the
# relative clause opening before the outcome verb.
_RELATIVE_OPEN = re.compile(
    r",\s*(?:of\s+(?:which|them|these)\s+[\w,.]+|[\w,.]+\s+of\s+(?:which|them|these))"
    r"\s+(?:were|was|had\s+been|have\s+been|could\s+be)\s+(?:[\w-]+\s+){0,4}?$"
    # ", which could not be shot down", ", all of which were destroyed", ", none of which
    # could be intercepted", ", which it was not possible to shoot down": a whole or zero.
    r"|,\s*(?:(?:all|none|both|neither)\s+of\s+)?which\s+(?:[\w'’-]+\s+){0,6}?$",
    re.IGNORECASE,
)
_REACH = 60
"""How far before the outcome verb its relative clause may open."""
# "..., as well as two ...", "..., and also three ...", "..., plus four ...": the list goes on.
_GOES_ON = re.compile(
    r"(?:\s+[\w-]+){0,6}?\s*,\s*(?:as\s+well\s+as|and\s+also|and\s+in\s+addition|plus)\s+"
    r"(?:[\w-]+\s+){0,2}?$"
    # "..., which could not be shot down, and 56 drones, 48 of which ...": a plain "and"
    # adds the next counted item when a whole or zero relative closed the first.
    r"|(?:\s+[\w-]+){0,6}?\s*,\s*and\s+(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)


def relative_outcome(text: str, v_start: int, v_end: int, at: int) -> bool:
    """True when the outcome verb at ``text[v_start:v_end]`` closes a relative clause and
    the figure at ``at`` is a launch item added after it."""
    if _GOES_ON.fullmatch(text, v_end, at) is None:
        return False
    return _RELATIVE_OPEN.search(text, max(0, v_start - _REACH), v_start) is not None


def outcome_of_item(text: str, lo: int, hi: int, at: int) -> bool:
    """True when the clause ``text[lo:hi]`` of the strike figure at ``at`` states an outcome
    of its own: any outcome verb except a relative clause's closing an earlier launch item
    (", of which 94 were shot down, as well as two Iskander-M" leaves the two a strike)."""
    return any(
        not (v.end() <= at and relative_outcome(text, v.start(), v.end(), at))
        for v in stated_outcomes(text, lo, hi)
    )


# The stretch from a launch item to the next one over its relative outcome: ", 61 of which
# were neutralised, and also " / ", of which 94 were shot down or suppressed, as well as ".
_PAST_RELATIVE = re.compile(
    r"(?:\s+[\w-]+){0,10}?,\s*(?:(?:of\s+(?:which|them|these)\s+[\d,.]+|[\d,.]+\s+of\s+"
    r"(?:which|them|these))\s+(?:were|was|had\s+been|have\s+been|could\s+be)\s+"
    # ", which could not be shot down, as well as": a whole or zero closing the first item
    r"|(?:(?:all|none|both|neither)\s+of\s+)?which\s+)"
    r"[\w\s'’-]{2,60}?,?\s*(?:as\s+well\s+as|and\s+also|"
    r"and\s+in\s+addition|plus)\s+(?:with\s+)?",
    re.IGNORECASE,
)


def past_relative(text: str, lo: int, at: int) -> bool:
    """True when ``text[lo:at]`` runs from one launch item to the next over the first item's
    relative outcome: one launch verb, two figures (the second is no shoot-down)."""
    return _PAST_RELATIVE.fullmatch(text, lo, at) is not None

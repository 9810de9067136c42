"""A figure whose own share follows it ("eight Iskander-M ..., seven of which were intercepted").

Agency English breaks a salvo down by model, each with its outcome as a relative clause:
"The missiles included 34 Kh-101 cruise missiles, of which 32 were downed, and eight
Iskander-M/KN-23 ballistic missiles, seven of which were intercepted". The shoot-down verb
of the share stands in the figure's own clause, so the clause reading takes the second
model's figure for a shoot-down. The relative clause says the opposite: the figure is the
whole the share is taken from, i.e. what came in.

:func:`whole_of_own_share` reads that: a figure and its noun directly followed by ", N of
which were <verb>" or ", of which N were <verb>", where the nearest verb before the figure,
once the earlier items' own relative shares are set aside, is no shoot-down ("Air defence
shot down 20 drones, 15 of which were destroyed over Kursk" keeps its shoot-down).
"""

from __future__ import annotations

import re

from pipeline.extract._airrole import verbs

_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty)"
_OWN_SHARE = re.compile(
    # "72 Shahed drones, 61 of which": a model's figure may end before its noun
    r"(?:\s+(?:[\w-]+\s+)?(?:drones?|missiles?|UAVs?|rockets?))?"
    rf"\s*,\s*(?:(?:only\s+)?{_NUM}\s+of\s+(?:which|them)|of\s+(?:which|them)\s+(?:only\s+)?{_NUM})"
    r"\s+(?:were|was|could\s+be|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:intercepted|downed|shot\s+down|destroyed|neutrali[sz]ed|stopped|brought\s+down)\b",
    re.IGNORECASE,
)
# An earlier item's own share ("..., 51 of which were downed, and"), skipped when looking
# for the verb that governs the list.
_EARLIER_SHARE = re.compile(
    rf",\s*(?:{_NUM}\s+of\s+(?:which|them)|of\s+(?:which|them)\s+{_NUM}"
    # "..., which could not be shot down, as well as", "..., all of which were destroyed, and"
    r"|(?:(?:all|none|both|neither)\s+of\s+)?which)\s+[^,;.]*,\s*(?:and\s+|as\s+well\s+as\s+)?",
    re.IGNORECASE,
)


def whole_of_own_share(text: str, start: int, noun_end: int) -> bool:
    """True when the figure at ``start`` (its noun ending at ``noun_end``) is the whole
    its own relative share is taken from."""
    if "of which" not in text and "of them" not in text:
        return False
    if _OWN_SHARE.match(text, noun_end) is None:
        return False
    skipped = [(s.start(), s.end()) for s in _EARLIER_SHARE.finditer(text, 0, start)]
    before = sorted(
        (v_end, role)
        for v_start, v_end, role in verbs(text)
        if v_end <= start and not any(a <= v_start < b for a, b in skipped)
    )
    return not before or before[-1][1] != "intercept"

"""A condition share of the injured told with its own group noun: "23 people were injured,
among them three children. Two women are in serious condition" (art48-09).

``_casualty_care`` reads "Three people are in a serious condition" and "two of them are in
critical condition" after an injured figure as a condition subgroup of that toll (injured N,
group "people"). Wire copy as often names who the share is ("Two women are in serious
condition", "Two men remain in critical condition"): the same subgroup, recorded under the
group it names, as "Two of the injured were in serious condition" is under "people"
(``tests/data/README.md``, Conventions). The state must be serious, critical or the like
and the noun a group of people the casualty table knows; "Two women are in the race for
mayor" states no condition and gives nothing.
"""

from __future__ import annotations

import re

from pipeline.extract._casualty_groups import GROUPS

_STATE = re.compile(
    r"\s+(?:are|were|remain|remained|is|was)\s+(?:still\s+)?in\s+(?:an?\s+)?"
    r"(?:(?:extremely|very|particularly|especially)\s+)?"
    r"(?:critical|serious|grave|severe|life-threatening)\s+condition\b",
    re.IGNORECASE,
)
# The group noun right after the figure, one adjective at most ("Two elderly women").
_NOUN = re.compile(r"\s+(?P<first>[a-z-]+)(?:\s+(?P<second>[a-z-]+))?\b", re.IGNORECASE)
_PLAIN: frozenset[str] = frozenset(["people", "persons", "patients"])


def named_condition(text: str, end: int) -> tuple[int, str] | None:
    """(end of the condition, group) when the figure ending at ``end`` of ``text`` is
    followed by a people noun and a serious condition ("Two women are in serious
    condition"), else None; plain "people" is ``_casualty_care``'s own reading."""
    noun = _NOUN.match(text, end)
    if noun is None:
        return None
    first, second = noun.group("first").lower(), (noun.group("second") or "").lower()
    if second and f"{first} {second}" in GROUPS:  # "police officers", "elderly people"
        word, stop = f"{first} {second}", noun.end()
    elif first in GROUPS:
        word, stop = first, noun.end("first")
    elif second in GROUPS:  # "Two elderly women"
        word, stop = second, noun.end()
    else:
        return None
    group = GROUPS[word]
    if word in _PLAIN:
        return None
    state = _STATE.match(text, stop)
    return (state.end(), group) if state is not None else None

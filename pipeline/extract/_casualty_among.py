"""Subgroups told by the harm they are among: "Among the dead are three children, among the
injured are 18 children" is one record of children (3 killed, 18 injured).

Split from :mod:`pipeline.extract.casualties` (at its size limit): the lead names the
kind of the figure after it, and a second lead of the other kind right after the first
subgroup continues it when the group is the same.
"""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["killed", "injured"]

# "among the injured are 18 children", "Among the dead were two paramedics": the lead
# just before the figure.
_AMONG_LEAD = re.compile(
    r"\bamong\s+(?:the|those)\s+(?:(?P<killed>dead|killed|deceased|fatalities)|"
    r"(?P<injured>injured|wounded|hurt))\s+(?:there\s+)?(?:(?:are|were|is|was)\s+)?(?:also\s+)?$",
    re.IGNORECASE,
)
# The second lead right after the first subgroup: ", among the injured are".
_NEXT_LEAD = re.compile(
    r"\s*(?:,|;|\band\b)\s*(?:and\s+)?among\s+(?:the|those)\s+[\w-]+\s+"
    r"(?:there\s+)?(?:(?:are|were|is|was)\s+)?(?:also\s+)?",  # "among the injured there are"
    re.IGNORECASE,
)


# ... and the bracketed pair of a toll of both kinds: "45 dead (including 6 children) and 79
# injured (including 16 children)" (Ukrinform's French and Italian desks; ``dev_numeric48``).
_BRACKET_NEXT = re.compile(
    r"\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w-]+\s+){0,2}?\d[\d,.]*\s+"
    r"(?:people\s+|persons\s+)?(?:dead|killed|injured|wounded|hurt)\s*\(\s*"
    r"(?:including|among\s+them|of\s+whom|incl\.)\s+",
    re.IGNORECASE,
)


def among_kind(before: str) -> Kind | None:
    """The kind the "among the dead/injured are" lead ending ``before`` names, else None."""
    if "mong " not in before:
        return None
    m = _AMONG_LEAD.search(before)
    if m is None:
        return None
    return "killed" if m.group("killed") else "injured"


_Sub = tuple[bool, Kind, int, str]


def pairs(text: str, first: _Sub, second: _Sub) -> bool:
    """True when the subgroup ``second`` is led on from the one-kind subgroup ``first``
    (each: sub, kind, where its phrase ends or its figure starts, group) by "among the
    <other harm> are", or by the other harm's bracket: one record of one group."""
    sub, kind, end, group = first
    sub2, kind2, start, group2 = second
    if not sub or not sub2 or kind == kind2 or group != group2 or end > start:
        return False
    if _NEXT_LEAD.fullmatch(text, end, start) is not None:
        return True
    return ")" in text[end:start] and _BRACKET_NEXT.fullmatch(text, end, start) is not None

"""The second harm of a subgroup told by elision: "5 port workers were among the dead and
9 among the wounded".

Arabic and Romance translations state a group's share of both harms in one clause and
leave the group and the verb out of the second half. The second figure is the same group
with the other harm, so it completes that group's record (port workers 5 killed, 9
injured), as "Among the dead are three children, among the injured are 18 children" does
(:mod:`pipeline.extract._casualty_among`). :func:`elided_among` is asked by
:func:`pipeline.extract.casualties._part` for a figure right after such a share.
"""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["killed", "injured"]

_HARMED = (
    r"(?:(?P<killed>dead|killed|deceased|fatalities|martyrs|victims)"
    r"|(?P<injured>injured|wounded|hurt))"
)
# Between the first share's group and the second figure: "were among the dead and".
_FIRST = re.compile(
    rf"\s+(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the|those)\s+{_HARMED}\s*,?\s+and\s+"
    r"(?:another\s+)?",
    re.IGNORECASE,
)
# After the second figure: "among the wounded" with no group and no verb of its own.
_SECOND = re.compile(rf"\s+among\s+(?:the|those)\s+{_HARMED}\b", re.IGNORECASE)


def elided_among(text: str, prev_end: int, start: int, end: int) -> tuple[Kind, int] | None:
    """(kind, end of its phrase) for the figure ``text[start:end]`` of "N X were among the
    dead and M among the wounded" (``prev_end`` ends the first share's "N X"), else None."""
    first = _FIRST.fullmatch(text, prev_end, start)
    if first is None:
        return None
    second = _SECOND.match(text, end)
    if second is None:
        return None
    kind: Kind = "killed" if second.group("killed") else "injured"
    first_kind: Kind = "killed" if first.group("killed") else "injured"
    return (kind, second.end()) if kind != first_kind else None

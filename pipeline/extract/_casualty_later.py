"""The wounded who died later: a toll of the dead told through their earlier injury.

"Two men who had been injured on Thursday in a drone attack on Vilniansk died in hospital
on Friday", "Three people wounded in Sunday's shelling have died in hospital", "Two
soldiers who were wounded ... have succumbed to their injuries": the harm word touching
the figure is "injured", but the news is the deaths (killed N, ``dev_articles51``'s call,
``dev_numeric54``). Only the figure's own relative or participle clause is read, so "Two
people were wounded and one died" and "Two of the injured died" keep their readings.
"""

from __future__ import annotations

import re
from dataclasses import Field, replace
from typing import Any, ClassVar, Protocol, TypeVar

# " who had been injured on Thursday in a drone attack on X died in hospital on Friday",
# " wounded in Sunday's shelling of X have died", " who were wounded ... succumbed".
_DIED_LATER = re.compile(
    r",?\s+(?:who\s+(?:had\s+|have\s+|has\s+)?(?:been\s+|were\s+|was\s+)?)?"
    r"(?:injured|wounded|hurt)\b[^.;:!?]{0,140}?\s"
    r"(?:(?:have|has|had)\s+(?:since\s+|now\s+|also\s+)?)?"
    r"(?:died|succumbed|passed\s+away)\b",
    re.IGNORECASE,
)
# A clause of its own between them ("wounded, and three others died"): another toll.
_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s|\band\s+(?:\w+\s+){0,2}(?:others?|more)\b")


class _PartLike(Protocol):
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]  # a dataclass: ``replace`` takes it

    @property
    def kind(self) -> str: ...

    @property
    def gend(self) -> int: ...


P = TypeVar("P", bound=_PartLike)
Record = tuple[int, int, str, P | None, P | None]


def died_later(text: str, records: list[Record[P]]) -> list[Record[P]]:
    """``records`` of sentence ``text`` with an injured-only record whose figure's own
    clause says its wounded died later turned into the dead."""
    out: list[Record[P]] = []
    for s, e, group, killed, injured in records:
        if killed is None and injured is not None:
            m = _DIED_LATER.match(text, injured.gend)
            if m is not None and _BREAK.search(m.group()) is None:
                out.append((s, max(e, m.end()), group, replace(injured, kind="killed"), None))
                continue
        out.append((s, e, group, killed, injured))
    return out

"""A launch list's item named "of the X type" in literal translation.

Ukrainian regional administrations, translated word for word, name a model after the
noun with the type last ("2 guided aerial bombs, 19 drones of the Shahed type and 5
Molniya UAVs"). :func:`pipeline.extract._airmodel.typed_end` reads the English order
("of the type Shahed"); with the type last the list's chain ended at the noun, and the
item after "of the Shahed type and" was lost. :func:`item_end` gives the strikes detector
the end of either form, so the next item stays in the list.
"""

from __future__ import annotations

import re

from pipeline.extract._a22strike import kinds_tail_end
from pipeline.extract._airmodel import typed_end

# " of the Shahed type", " of the Shahed-136 type", " of the Geran-2 type"
_TYPE_LAST = re.compile(r"\s+of\s+the\s+(?-i:[A-Z])[\w-]*(?:[/ ][\w-]+)?\s+type\b", re.IGNORECASE)


def item_end(text: str, end: int) -> int:
    """The end of an "of the type X" or "of the X type" phrase right after ``end``."""
    typed = typed_end(text, end)
    if typed != end:
        return typed
    m = _TYPE_LAST.match(text, end)
    return m.end() if m is not None else kinds_tail_end(text, end)

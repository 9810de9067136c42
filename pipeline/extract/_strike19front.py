"""A past month's figure fronted as the whole of a share: "Of the more than 700 drones
Russia sent last month to Kyiv, only 5 percent hit."

The fronted "Of the N X ..." names the whole the rest of the sentence takes a share of; when
that front dates the whole to an earlier period ("last month", "last year", "last week"), the
figure is background like a fronted "Last month, Russia sent ...", not tonight's attack.
:func:`fronted_past_share` tells the strikes detector so. "last week alone" (a week's total,
the story's news) and a front with no past period keep the figure.
"""

from __future__ import annotations

import re

_FRONT = re.compile(
    r"\s*(?:out\s+)?of\s+(?:the\s+|all\s+(?:the\s+)?)?[^,;:.]{0,90}?\blast\s+"
    r"(?:month|year|week|summer|winter|spring|autumn|fall)\b(?!\s+alone)[^,;:.]{0,60},",
    re.IGNORECASE,
)


def fronted_past_share(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the whole of a share its sentence opens with, dated
    to an earlier period ("Of the 700 drones Russia sent last month to Kyiv, ...")."""
    if text[:3].lower() not in ("of ", "out") or "last " not in text:
        return False
    m = _FRONT.match(text)
    return m is not None and start < m.end()

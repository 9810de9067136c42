"""A hit told with a share of its own weapons shot down later in the sentence.

"Around 50 rockets launched from Lebanon struck northern Israel, the military said,
adding some of them were intercepted": the 50 are the barrage, not the ones that got
through, since the same sentence goes on to say a share of them was shot down. Without
that share ("two drones struck a school") the figure stays a hit, as
:mod:`pipeline.extract._airmention` reads it. :func:`shared_after` tells the reader the
figure is the launch, so the share pairs with it (launched N, intercepted unstated), as
the conventions read "fired about 200 missiles; most were intercepted".
"""

from __future__ import annotations

import re

# ", adding (that) some of them were intercepted", ", and most of them were shot down"
_SHARE_AFTER = re.compile(
    r",\s*(?:\w+\s+){0,4}?(?:adding|and|saying|noting|while)\s+(?:that\s+)?"
    r"(?:some|most|several|many|a\s+few|part|a\s+number|the\s+(?:majority|bulk))\s+of\s+"
    r"(?:them|these|those|the\s+\w+)\s+(?:were|was|had\s+been|have\s+been|could\s+be)\s+"
    r"(?:\w+ly\s+)?(?:intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed)\b",
    re.IGNORECASE,
)


def shared_after(text: str, noun_end: int) -> bool:
    """True when the sentence after the weapon noun ending at ``noun_end`` states an
    unnumbered share of those weapons shot down (", adding some of them were intercepted")."""
    if "of " not in text[noun_end:]:
        return False
    found = _SHARE_AFTER.search(text, noun_end)
    if found is None:
        return False
    between = text[noun_end : found.start()]
    return not re.search(r"\d", between)  # no other figure the share could belong to

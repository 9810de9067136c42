"""A recalled earlier attack: "The last attack of this scale against Odesa, on 2 March,
had involved 40 drones and 4 missiles".

Romance agency copy closes a story by recalling the previous attack of its kind ("The
previous attack on Odesa, on 9 May, had ...", "The last attack of similar magnitude, on
17 May, had caused ..."). Its figures are background, like a fronted "Last month, ...":
:func:`recalled_attack` tells the strikes detector so. The subject must be "the last /
previous / preceding attack (strike, raid, wave)" and the verb a pluperfect.
"""

from __future__ import annotations

import re

_RECALLED = re.compile(
    r"^\s*(?:[\w-]+\s*,\s*)?the\s+(?:last|previous|preceding|prior)\s+(?:(?:massive|major|"
    r"large|big|combined)\s+)?(?:attack|strike|raid|wave|bombardment|shelling)s?\b"
    r"[^.;:]{0,120}?\bhad\s+(?:been\s+)?[a-z]+",
    re.IGNORECASE,
)


def recalled_attack(text: str) -> bool:
    """True when sentence ``text`` recalls an earlier attack in the pluperfect."""
    low = text[:60].lower()
    if "last " not in low and "previous " not in low and "prec" not in low and "prior" not in low:
        return False
    return _RECALLED.match(text) is not None

"""A source clause opened after a colon: "The enemy struck the Sumy region: as the head of
the OVA NAME reported, C".

Ukrainian copy (Ukrinform, Suspilne) sets a one-line summary before a colon and goes on with
"as X reported, C", the way a sentence opens with "As X reported, C". The speaker phrase
walk stops at the lower-case "as", so the cue found no subject and the report was lost.
:func:`colon_as` reads the part after the colon as a sentence of its own (the lead blanked
out, same offsets), so the ordinary leading "As X reported, C" reading applies. Kept apart
from :mod:`pipeline.extract._cues` (at its size limit).
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.extract._cuetype import Cue

_MAX_LEAD = 140
"""How far before the verb the colon may stand."""


def colon_as(
    text: str, word: str, pos: int, end: int, verb: Callable[[str, str, int, int], Cue | None]
) -> Cue | None:
    """The cue of "LEAD: as X VERBED, C" read as "As X VERBED, C" (offsets kept)."""
    k = text.rfind(": as ", max(0, pos - _MAX_LEAD), pos)
    if k < 3 or any(ch in text[k:pos] for ch in ',;“”"«»'):
        return None
    masked = " " * (k + 2) + "As" + text[k + 4 :]
    found = verb(masked, word, pos, end)
    if found is None or found.form != "leading" or found.clause_start <= end:
        return None
    return found

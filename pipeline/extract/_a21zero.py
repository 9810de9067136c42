"""A denied shoot-down told with "any of the N": a stated zero, not a shoot-down of N.

Translated copy renders Italian "non è riuscita ad abbattere nessuno dei 4 missili" and
Spanish "no logró interceptar ninguno de los 4 misiles" as "the air defence did not manage
to intercept any of the 4 ballistic missiles" / "failed to shoot down any of the 4". The
number reader took the four for the shoot-down (4 of ? shot down, the opposite of the
text). :func:`denied_any` turns such a mention into the zero the pipeline reads for "none
of the four" (value 0, the four as the launch a missing launch figure would give).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmake import Mention
from pipeline.extract.model import Sentence

_ANY_OF = re.compile(r"\bany\s+of\s+(?:the|these|those|its|their)\s+$", re.IGNORECASE)
_DENIED = re.compile(
    r"\b(?:not|never|n['’]t|failed\s+to|fails\s+to|unable\s+to|no\s+longer|without)\b"
    r"[^.;:]{0,50}?\b(?:intercept|shoot\s+down|shot\s+down|down|destroy|neutrali[sz]e|stop|"
    r"repel|bring\s+down|hit)\w*\s+any\s+of\s+(?:the|these|those|its|their)\s+$",
    re.IGNORECASE,
)


def denied_any(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each "did not manage to intercept any of the N" read as N/0."""
    if "any of" not in sent.text:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        at = m.num_start - sent.start
        if (
            m.role == "intercept"
            and m.value
            and _ANY_OF.search(sent.text, max(0, at - 20), at) is not None
            and _DENIED.search(sent.text, max(0, at - 90), at) is not None
        ):
            m = replace(m, value=0, implied=m.value, all=False, definite=True)
        out.append(m)
    return out

"""The increment inside a toll update: "rose to 14 dead ... after rescuers recovered two
more bodies".

Agency copy (AFP, Ukrinform, Suspilne) tells a risen toll with what raised it in the same
sentence: "The toll ... rose to 14 dead on Thursday evening, ... after rescuers recovered
two more bodies from a collapsed apartment block" (art33-04), "has climbed to 12 after
rescuers found the bodies of two more victims", "as two more bodies were recovered", "after
the body of one more woman was found". The conventions count the toll only ("two more
bodies ..., bringing the toll to 11" is the 11, ``dev_numeric40``); the increment is part
of it, no record of its own. Only dead counted as further ("more", "further", "another",
"additional") beside a stated update of the death toll are read so; "30 more people were
injured" beside a risen death toll stays the other harm.
"""

from __future__ import annotations

import re

# "The toll ... rose to", "The number of people killed ... has climbed to", "The death toll
# has reached", "bringing the death toll to".
_UPDATE = re.compile(
    r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims|"
    r"(?:people|persons|civilians)\s+killed))\b[^.;]{0,100}?\b(?:rose|rises|risen|climbed|"
    r"climbs|reached|reaches|increased|grew|grown|jumped|stands|stood)\b"
    r"|\b(?:bringing|raising|taking|pushing)\s+(?:the|its)\s+(?:death\s+)?toll\s+to\b",
    re.IGNORECASE,
)
_MORE = r"(?:more|further|other|additional)"
# "two more bodies", "three further victims", "one more dead".
_MORE_DEAD = re.compile(
    rf"\s+{_MORE}\s+(?:[\w-]+\s+)?(?:bod(?:y|ies)|victims?|dead|corpses?)\b", re.IGNORECASE
)
# "the bodies of two more victims", "the body of one more woman": counted by their bodies.
_BODY_OF = re.compile(r"\bbod(?:y|ies)\s+of\s+(?:an?\s+)?$", re.IGNORECASE)
_MORE_AFTER = re.compile(rf"\s+{_MORE}\b", re.IGNORECASE)
# "after two more people died in hospital": the dead of the update, by their verb.
_MORE_DIED = re.compile(
    rf"\s+{_MORE}\s+(?:[\w-]+\s+)?(?:died|succumbed|(?:were|was)\s+found\s+dead)\b",
    re.IGNORECASE,
)


def increment(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` counts the further dead that raised a toll
    its sentence updates to another figure."""
    if "more" not in text and "further" not in text and "other" not in text:
        return False
    if "additional" not in text and _UPDATE.search(text) is None:
        return False
    if _MORE_DEAD.match(text, end) or _MORE_DIED.match(text, end):
        return _UPDATE.search(text) is not None
    body = _BODY_OF.search(text, max(0, start - 20), start)
    return body is not None and _MORE_AFTER.match(text, end) is not None

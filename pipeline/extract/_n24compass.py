"""One compass area closing an air-force bulletin's outcome ("... shot down in the east.").

:func:`pipeline.extract._airbulletin.compass_wide` reads an outcome placed by two or more
compass areas ("in the north and east of the country") as the whole country's, so that
it answers a launch aimed at the country or at no place. Morning bulletins in literal
translation often name a single area ("As of 09:00, 41 enemy drones were shot down in
the east", "shot down or suppressed 51 enemy UAVs in the north"): the area is where the
mobile groups worked, not a region of their own. The reading is kept narrow: the area
must close the outcome clause right after its shoot-down verb phrase, so that a unit
placed before its verb ("Units in the east rendered ...") stays unread.
"""

from __future__ import annotations

import re

_AREA = r"(?:north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|cent(?:re|er|ral))"
_VERB = (
    r"(?:shot\s+down|suppressed|destroyed|neutrali[sz]ed|intercepted|downed|"
    r"brought\s+down|made\s+harmless|rendered\s+harmless)"
)
# "... were shot down in the east.", "... suppressed 51 enemy UAVs in the north;"
_SINGLE = re.compile(
    rf"\b{_VERB}\b[^.;:]{{0,60}}?\bin\s+the\s+{_AREA}(?:\s+of\s+the\s+country)?\s*(?:[.;,]|$)",
    re.IGNORECASE,
)


def single_area(text: str) -> bool:
    """True when ``text``'s shoot-down clause closes with one compass area."""
    return _SINGLE.search(text) is not None

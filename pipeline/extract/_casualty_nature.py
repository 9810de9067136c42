"""Deaths a natural disaster or an epidemic caused: "a 7.7-magnitude earthquake in March
killed more than 3,700 people", "40 people died in floods", "a cholera outbreak in the camps
has killed more than 300 people".

Split from :mod:`pipeline.extract._casualty_skip` (kept small): war copy recalls such
disasters as background ("kept up airstrikes even after an earthquake killed ..."); their
dead are no casualties of an attack. A literal test on a short window rules most figures
out before any pattern runs.
"""

from __future__ import annotations

import re

from pipeline.extract._n24nature import inverted_disaster
from pipeline.extract.numbers import QUALIFIER

_WORDS: tuple[str, ...] = (
    "quake", "flood", "landslide", "mudslide", "storm", "cyclone", "typhoon", "hurricane",
    "heatwave", "heat wave", "wildfire", "avalanche", "tsunami", "drought",
    "cholera", "outbreak", "epidemic", "measles",
)  # fmt: skip
_DISASTER = (
    r"(?:earthquakes?|quakes?|floods?|flooding|landslides?|mudslides?|storms?|cyclones?|"
    r"typhoons?|hurricanes?|heat\s*waves?|wildfires?|avalanches?|tsunamis?|droughts?|"
    # ... and an epidemic in the camps: "a cholera outbreak has killed more than 300 people".
    r"cholera|outbreaks?|epidemics?|measles)"
)
# "an earthquake in March killed more than 3,700", "Floods in the south killed 40 people"
_BEFORE = re.compile(
    rf"\b{_DISASTER}\b[^.;,]{{0,50}}\b(?:killed|kills|killing|left)\s+"
    rf"{QUALIFIER}$"
    # "an earthquake struck central Myanmar on March 28, killing more than 3,700" (art53-12)
    rf"|\b{_DISASTER}\b[^.;,]{{0,60}},\s*(?:killing|leaving)\s+{QUALIFIER}$",
    re.IGNORECASE,
)
# "40 people died in floods", "12 were killed by a landslide"
_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:died|killed|dead|perished)\s+(?:in|by|during|after|of|from)\s+"
    rf"(?:(?:the|a|an)\s+)?(?:[\w.-]+\s+){{0,2}}?{_DISASTER}\b",
    re.IGNORECASE,
)
_REACH = 80
# "Died at least 30 people in the floods": the verb already before the figure.
_INVERTED = re.compile(
    rf"(?:\s+[\w-]+){{0,2}}?\s+(?:in|by|during|after|of|from)\s+(?:(?:the|a|an)\s+)?"
    rf"(?:[\w.-]+\s+){{0,2}}?{_DISASTER}\b",
    re.IGNORECASE,
)


# "four more people, including a child, had died of starvation", "died of malnutrition":
# the dead of hunger or disease, as an epidemic's.
_HUNGER = re.compile(
    r"(?:\s+[\w-]+){0,2}?(?:\s*,\s*(?:including|among\s+them)\b[^,;.]{1,40},)?\s+"
    r"(?:(?:had|have|has)\s+)?(?:died|perished)\s+(?:of|from)\s+(?:acute\s+|severe\s+)?"
    r"(?:starvation|malnutrition|hunger|famine|dehydration|disease|illness)\b",
    re.IGNORECASE,
)


def disaster_dead(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` counts the dead of a natural disaster (or of
    hunger or disease)."""
    tail = text[end : end + 90]
    if (" of " in tail or " from " in tail) and _HUNGER.match(text, end):
        return True
    before = text[max(0, start - _REACH) : start].lower()
    after = text[end : end + _REACH].lower()
    if not any(w in before or w in after for w in _WORDS):
        return False
    if _BEFORE.search(text, max(0, start - _REACH), start):
        return True
    return _AFTER.match(text, end) is not None or inverted_disaster(text, start, end, _INVERTED)

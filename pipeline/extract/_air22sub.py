"""A subtype named inside a launch figure just before a colon that opens the outcome, and a
launch figure told after the shot-down noun (h_num22, ``dev_articles67``).

Italian copy gives the night's launch, names a subtype of it, and opens the outcome after a
colon: "Moscow launched 465 drones and 32 missiles, among which 6 Kinzhal: the air defence
shot down 405 drones and 21 missiles" ("tra cui 6 Kinzhal: la contraerea ha abbattuto
..."). With no full stop before the outcome verb, the subtype's figure was read as a
shoot-down of its own ("6 of 32"), and the true missile outcome (21) lost its launch. The
subtype is part of the launch (``dev_numeric34``: a subtype named right after a report's
launch figure is part of that one interception); :func:`launch_subtype` tells the mention
reader to pass its figure, as :func:`pipeline.extract._airfront.front_subtype` does for a
fronted launch ("Of the 60 missiles, among them 40 Kh-101, ...").

The same copy tells a shoot-down's launch after its noun: "40 drones of the 52 launched
were shot down", "neutralised 6 missiles of the 10 launched" ("dei 10 lanciati");
:func:`of_the_launched` gives the mention that launch figure, as "40 of the 52 drones" has.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import QUALIFIER

# "launched 465 drones and 32 missiles, among which " (the launch verb, its figure and the
# weapon noun, then the subtype opener, right before the figure).
_LAUNCH_THEN_AMONG = re.compile(
    r"\b(?:launched|fired|used|sent|deployed|attacked\s+with)\b[^.;:]{0,80}?\d[\d,.]*\s+"
    r"(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|drones?)\s*,\s*"
    r"(?:among\s+(?:which|them|these|those)|including|of\s+which)\s+"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)
# "6 Kinzhal:", "six hypersonic Kinzhal missiles –": up to four words, then the colon or dash
# that opens the outcome clause.
_THEN_COLON = re.compile(r"\s+(?:[\w/-]+\s+){0,3}?[\w/-]+\s*(?::|;|\s[–—]\s)")
_OUTCOME_WORDS: tuple[str, ...] = (" were ", " was ", " shot", " down", " destroyed", " intercept")


def launch_subtype(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` names a subtype of the launch figure before
    it ("32 missiles, among which 6 Kinzhal:") and a colon or dash closes the subtype before
    the outcome clause."""
    lead = text[max(0, start - 30) : start].lower()
    if "among" not in lead and "including" not in lead and "of which" not in lead:
        return False
    after = _THEN_COLON.match(text, end)
    if after is None or any(w in text[end : after.end()] for w in _OUTCOME_WORDS):
        return False
    return _LAUNCH_THEN_AMONG.search(text, max(0, start - 160), start) is not None


# "40 drones of the 52 launched", "6 missiles of the 10 fired" (Italian "6 missili dei 10
# lanciati"): the launch figure told after the shot-down one's noun.
_OF_THE_LAUNCHED = re.compile(
    r"\s+of\s+the\s+(?P<n>\d[\d,]*)\s+(?:launched|fired|sent|used)\b", re.IGNORECASE
)


def of_the_launched(text: str, noun_end: int) -> int | None:
    """The launch figure of "N drones of the M launched" after the noun ending at
    ``noun_end``, else None."""
    if text[noun_end : noun_end + 8].lower() != " of the ":
        return None
    m = _OF_THE_LAUNCHED.match(text, noun_end)
    return int(m.group("n").replace(",", "")) if m is not None else None

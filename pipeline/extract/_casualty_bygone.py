"""Figures beside a harm word that restate a toll or count a past war, a dated past attack or
a town's people: no casualty of the story.

Rules of the eleventh session's third casualty round (``dev_articles43``, ``dev_numeric50``),
asked by :func:`pipeline.extract._casualty_skip.not_harmed` for every figure:

- a toll restated to add to it: "In addition to the four dead in the city, a 71-year-old man
  was killed ...", "Besides the two dead in Kherson, ...";
- a named past war fronting its sentence: "In the war between Israel and Hezbollah last
  year, more than 4,000 people died in Lebanon", "In the 2024 war ..., more than ...";
- an attack dated with its year before the figure: "Hamas's October 7, 2023 attack ...
  resulted in the deaths of 1,219 people", "The 2006 war ... resulted in the deaths of";
- a calendar date fronting a sentence that ranks the attack ("On 13 April, two missiles
  struck Sumy, killing 35 people, one of the deadliest attacks this year"): a record
  recalled, like "The deadliest single attack this year, on Ternopil on October 19, ...";
- a town's population: "an industrial centre of about 600,000 inhabitants before the war",
  "Kharkiv, with around 1.4 million inhabitants", "a city of roughly 700,000 residents".

A clause dated to the day ("on Tuesday", "overnight") keeps its figure news.
"""

from __future__ import annotations

import re

from pipeline.extract._casualty_sincethen import since_then
from pipeline.extract._casualty_war import dated_to_day
from pipeline.extract.numbers import MONTH, QUALIFIER

# "In addition to the four dead in the city", "Besides the 14 injured in Chernihiv".
_ADDED_TO = re.compile(
    r"\b(?:in\s+addition\s+to|besides|apart\s+from|on\s+top\s+of)\s+(?:the|those)\s+$",
    re.IGNORECASE,
)
_HARM_NOUN = re.compile(
    r"\s+(?:(?:people|persons|civilians|residents)\s+)?(?:dead|killed|injured|wounded|"
    r"fatalities|victims|deaths)\b",
    re.IGNORECASE,
)
# "In the war between Israel and Hezbollah last year, ...", "In the 2024 war between ...",
# "During the 2006 war, ...".
_WAR_FRONT = re.compile(
    r"\W*(?:In|During)\s+the\s+(?:(?P<year>(?:19|20)\d\d)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:war|conflict)\b(?![-'’])"
    r"(?P<between>\s+(?:between|with|against)\s+[^,.;]{2,60}?)?"
    r"(?P<when>\s+(?:last\s+year|in\s+(?:19|20)\d\d))?\s*,",
    re.IGNORECASE,
)
_DATE_YEAR = re.compile(
    rf"(?:\b\d{{1,2}}\s+(?-i:(?=[A-Z])){MONTH}\b|(?-i:(?=[A-Z])){MONTH}\.?\s+\d{{1,2}}\s*,?)"
    r"\s+(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d\s+(?:war|attack|massacre|offensive|invasion)\b",
    re.IGNORECASE,
)
_ATTACK_WORD = re.compile(r"\b(?:attack|war|offensive|invasion|massacre|assault)\b", re.I)
_DEATHS_OF = re.compile(
    r"\b(?:resulted\s+in|led\s+to|caused)\s+the\s+deaths?\s+of\s+" + QUALIFIER + "$",
    re.IGNORECASE,
)
# "On 13 April, ...", "On April 13, ..." opening the sentence.
_DATE_FRONT = re.compile(
    rf"\W*On\s+(?:\d{{1,2}}\s+(?-i:(?=[A-Z])){MONTH}|(?-i:(?=[A-Z])){MONTH}\.?\s+\d{{1,2}})"
    r"\s*,",
    re.IGNORECASE,
)
_RANKED = re.compile(
    r",\s+(?:(?:one\s+of\s+)?the\s+(?:deadliest|worst|bloodiest|most\s+lethal))\b", re.I
)
# "an industrial centre of about 600,000 inhabitants", "a city of roughly 700,000 residents",
# "with around 1.4 million inhabitants", "home to some 300,000 people".
_PLACE_OF = re.compile(
    r"\b(?:(?:city|town|capital|centre|center|hub|village|port|metropolis|region|population)"
    r"\s+of|home\s+to|with)\s+" + QUALIFIER + "$",
    re.IGNORECASE,
)
_INHABITANTS = re.compile(
    r"(?:\s+(?:million|thousand))?\s+(?:inhabitants|residents|souls|people\s+(?:before|"
    r"prior\s+to)\b)",
    re.IGNORECASE,
)
_REACH = 60


def bygone(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` restates a toll, counts a past war or dated
    attack, or a town's inhabitants (see the module docstring)."""
    lo = max(0, start - _REACH)
    if since_then(text, start, end):
        return True  # "The fighting has since killed at least 14,000 civilians"
    if _ADDED_TO.search(text, lo, start) and _HARM_NOUN.match(text, end):
        return True  # "In addition to the four dead in the city"
    if _PLACE_OF.search(text, lo, start) and _INHABITANTS.match(text, end):
        return True  # "a city of about 600,000 inhabitants"
    stop = text.find(".", end)
    clause = text[: stop if stop >= 0 else len(text)]
    if dated_to_day(clause):
        return False
    war = _WAR_FRONT.match(text)
    if war is not None and war.end() <= start and (war.group("year") or war.group("when")):
        return True  # "In the 2024 war between Israel and Hezbollah, more than 4,000 ..."
    if war is not None and war.end() <= start and war.group("between"):
        return True  # "In the war between Israel and Hezbollah last year, ..."
    if _DEATHS_OF.search(text, lo, start) and _dated_attack(text[:start]):
        return True  # "Hamas's October 7, 2023 attack ... resulted in the deaths of 1,219"
    return dated_record(text, start)


def dated_record(text: str, start: int) -> bool:
    """True when ``text`` opens with a calendar date before ``start`` and ranks its attack
    ("On 13 April, two missiles struck Sumy, killing 35 people, one of the deadliest attacks
    this year"): a past record recalled, its strike and toll background."""
    front = _DATE_FRONT.match(text)
    return front is not None and front.end() <= start and bool(_RANKED.search(text, front.end()))


def _dated_attack(before: str) -> bool:
    """True when ``before`` names an attack or war with a date carrying its year."""
    return _DATE_YEAR.search(before) is not None and _ATTACK_WORD.search(before) is not None

"""Figures beside a harm word that count no one harmed in the story: people abducted,
missing or trapped, a superlative's "one of the", bodies that only explain a raised toll,
an impersonal earlier report and one side's claim of the enemy's battlefield losses.

Agency copy (Reuters, AP, AFP, Al Jazeera, Kyiv Independent live updates) puts these next to
the real toll, so the harm word of the toll reaches them:

- "killing 17 civilians and abducting around 40 others", "taking 251 hostages", "six more are
  still considered missing", "20 people are believed to be trapped under the rubble";
- "The toll was one of the highest from a single strike in weeks";
- "Rescuers recovered two more bodies ..., bringing the death toll ... to 11" (the toll is the
  record; the bodies are the share that raised it, as ``_casualty_past`` reads "the figure
  rose after rescuers pulled two more bodies");
- "Earlier, it was reported that nine people were injured" (superseded by the update);
- "claimed its forces had killed up to 1,350 Ukrainian servicemen along the front" (a
  losses tally, no event, as "losses of up to 1,350 servicemen" in ``dev_articles2``).

:func:`no_harm` is asked by :func:`pipeline.extract._casualty_skip.not_harmed`.
"""

from __future__ import annotations

import re

from pipeline.extract import _casualty_words as cw
from pipeline.extract.numbers import Quantity

_QUALIFIER = r"(?:(?:about|around|some|at\s+least|more\s+than|over|nearly|almost|another)\s+)?"
# "abducting around 40 others", "taking 251 hostages", "kidnapped 12 villagers".
_TAKEN_BEFORE = re.compile(
    r"\b(?:abduct(?:ing|ed|s)?|kidnapp?(?:ing|ed|s)?|detain(?:ing|ed|s)?|arrest(?:ing|ed|s)?|"
    rf"captur(?:ing|ed|es)|seiz(?:ing|ed|es))\s+{_QUALIFIER}$",
    re.IGNORECASE,
)
# "... are still considered missing", "were abducted", "are believed to be trapped".
_FATE_AFTER = re.compile(
    r"\s+(?:(?:are|were|remain(?:ed)?|have\s+been|had\s+been|is|was)\s+)?"
    r"(?:(?:still|currently|now|also|reportedly)\s+)?"
    r"(?:(?:listed|considered|reported|believed\s+to\s+be|feared|thought\s+to\s+be|presumed)"
    r"\s+(?:as\s+|to\s+be\s+)?)?"
    r"(?:missing|unaccounted\s+for|trapped|abducted|kidnapped|detained|arrested|"
    r"held\s+hostage|taken\s+hostage|taken\s+captive|captured)\b",
    re.IGNORECASE,
)
# "one of the highest", "one of the deadliest single strikes".
_ONE_OF_BEST = re.compile(
    r"\s+of\s+(?:the|its|their)\s+(?:(?:most|least)\s+\w+|\w+est|worst|biggest|largest|"
    r"highest|deadliest|heaviest|bloodiest)\b",
    re.IGNORECASE,
)
# "two more bodies", "the bodies of two more victims": a share added to the toll.
_BODIES = re.compile(r"\s+(?:more|further|additional)\s+bod(?:y|ies)\b", re.I)
_BODIES_OF = re.compile(r"\bbod(?:y|ies)\s+of\s+(?P<more>another\s+|a\s+further\s+)?$", re.I)
_MORE_OF = re.compile(r"\s+(?:more|further|additional)\b", re.I)
_TAKEN_AFTER = re.compile(r"\s+(?:hostages|captives|prisoners)\b", re.I)
_RAISED_TOLL = re.compile(
    r"\b(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing)|tak(?:e|es|ing)|push(?:es|ed|ing)?)"
    r"\s+(?:the\s+|its\s+)?(?:overall\s+|total\s+|confirmed\s+)?(?:death\s+)?toll\b",
    re.IGNORECASE,
)
# "Earlier, it was reported that nine people were injured."
_IMPERSONAL_EARLIER = re.compile(
    r"\s*(?:earlier|previously|initially|at\s+first)(?:\s+(?:in|on)\s+the\s+"
    r"(?:day|morning|afternoon|evening))?\s*,?\s+it\s+(?:was|had\s+been)\s+"
    r"(?:reported|said|announced|stated|claimed)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_FORCES = r"(?:servicemen|service\s*members|troops|soldiers|fighters|militants|personnel)"
_UP_TO = re.compile(r"\bup\s+to\s+$", re.IGNORECASE)
_FRONT = re.compile(r"\balong\s+the\s+(?:entire\s+|whole\s+)?front(?:\s*line)?\b", re.I)
_FORCES_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_FORCES}\b", re.IGNORECASE)


def _losses_claim(text: str, q: Quantity) -> bool:
    """True for a tally of the enemy's losses: "killed up to 1,350 Ukrainian servicemen",
    "... troops along the front"."""
    if _FORCES_AFTER.match(text, q.end) is None:
        return False
    if _UP_TO.search(text, max(0, q.start - 8), q.start) or text[q.start : q.start + 6] == "up to ":
        return True
    stop = text.find(".", q.end)
    return _FRONT.search(text, q.end, stop if stop >= 0 else len(text)) is not None


def no_harm(text: str, q: Quantity) -> bool:
    """True when the figure ``q`` of ``text`` counts people taken, missing or trapped, a
    superlative's "one", bodies explaining a raised toll, an impersonal earlier report or
    a claim of enemy losses."""
    if _TAKEN_BEFORE.search(text, max(0, q.start - 30), q.start):
        return True
    group = cw.AFTER_QTY.match(text, q.end)
    if _FATE_AFTER.match(text, group.end() if group else q.end):
        return True
    if _TAKEN_AFTER.match(text, q.end):
        return True  # "taking 251 hostages"
    figure = text[q.start : q.end].lower()
    if figure.endswith("one") and _ONE_OF_BEST.match(text, q.end):
        return True
    of = _BODIES_OF.search(text, max(0, q.start - 30), q.start)
    more = of is not None and (of.group("more") is not None or _MORE_OF.match(text, q.end))
    if (_BODIES.match(text, q.end) or more) and _RAISED_TOLL.search(text, q.end):
        return True
    if (lead := _IMPERSONAL_EARLIER.match(text)) is not None and lead.end() <= q.start:
        return True
    return _losses_claim(text, q)

"""Figures beside a harm word that recall other people than the story's new harmed.

Translated agency copy (AFP, Anadolu, WAFA, Saba, Ukrinform) recalls three things in the
toll's own paragraph that the shared background tests miss:

- the incident a superlative compares with, told in a "when" clause after its date: "It
  was the deadliest attack on the city since April 14, when a missile ... killed 20
  people", "the highest toll in a single day since 21 May, when 31 people were killed",
  "since the summer, when a drone attack on a bus killed nine passengers" (the strike
  detector reads the same shape, ``dev_numeric38``);
- the dead named after their toll: "The ministry identified the dead as two young men aged
  23 and 27", "identified the martyrs as three children and their parents" - who the
  counted dead were, no new record (``dev_articles33`` art33-08);
- the dead of a toll named again by a definite noun: "The foreign ministry condemned the
  killing of the three young men", "mourned the deaths of the two paramedics" ("the" before
  the figure points back to people already counted);
- a war's toll told from its opening in a past year, the participle far from the date:
  "Israel launched a military offensive in Lebanon on Oct. 8, 2023, which escalated into a
  full-scale war two months ago, killing more than 4,000 people" (the main clause's date
  governs its trailing "killing N", beyond the reach of the clause-window tests).

:func:`recalled` is asked by :func:`pipeline.extract._casualty_skip.not_harmed`.
"""

from __future__ import annotations

import re

from pipeline.extract._casualty_war import dated_to_day
from pipeline.extract.numbers import MONTH, Quantity

# "the deadliest ... since April 14, when", "the worst ... since the summer, when",
# "more than at any time since March, when": the "when" clause after a compared date.
_SINCE_WHEN = re.compile(
    r"\bsince\s+(?:the\s+|last\s+|early\s+|late\s+|mid-?)?[\w.'’ -]{1,30}?,?\s+when\b[^.;]*$",
    re.IGNORECASE,
)
# "identified the dead as", "named the victims as", "the martyrs were identified as".
_IDENTIFIED = re.compile(
    r"\b(?:identified|named)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:dead|deceased|martyrs|"
    r"victims|bodies|slain|killed|those\s+killed)\s+as\s+(?:being\s+)?$"
    r"|\b(?:dead|deceased|martyrs|victims|bodies)\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"identified\s+as\s+(?:being\s+)?$",
    re.IGNORECASE,
)
# "condemned the killing of the three young men": the counted dead named again.
_THE_KILLING = re.compile(
    r"\b(?:killings?|deaths?|murders?|martyrdom|funerals?|burial)\s+of\s+(?:the|these|those)\s+$",
    re.IGNORECASE,
)
# "..., killing more than 4,000": a participle trailing the main clause.
_PARTICIPLE = re.compile(
    r",\s+(?:(?:and\s+)?(?:killing|wounding|injuring|leaving)\s+|(?:killing|wounding|injuring)"
    r"\s+[^,;.]{0,60}?\s+and\s+(?:killing|wounding|injuring)\s+)(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A past year in the main clause: "on Oct. 8, 2023", "in October 2023", "in 2023".
_PAST_YEAR = re.compile(
    rf"\b(?:on\s+(?-i:(?=[A-Z])){MONTH}\.?\s+\d{{1,2}},?\s+|in\s+(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:(?-i:(?=[A-Z])){MONTH}\.?\s+)?)(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r",?\s+(?:which|that|who)\b", re.IGNORECASE)
_REACH = 200


def _compared(text: str, start: int) -> bool:
    """True when the figure at ``start`` stands in the "when" clause of a compared date."""
    lo = max(0, start - _REACH, text.rfind(";", 0, start) + 1)
    return _SINCE_WHEN.search(text, lo, start) is not None


def _war_opening(text: str, q: Quantity) -> bool:
    """True when ``q`` trails, as a participle, a main clause dated to a past year."""
    part = _PARTICIPLE.search(text, max(0, q.start - 120), q.start)
    if part is None:
        return False
    rel = _RELATIVE.search(text, 0, part.start())
    main = text[: rel.start() if rel is not None else part.start()]
    if _PAST_YEAR.search(main) is None:
        return False
    return not dated_to_day(text[: part.start()])


def recalled(text: str, q: Quantity) -> bool:
    """True when the figure ``q`` recalls a compared incident, names the dead of a toll or
    trails a war's opening in a past year (see the module docstring)."""
    if " when " in text and _compared(text, q.start):
        return True
    if ("identified" in text or "named" in text) and _IDENTIFIED.search(
        text, max(0, q.start - 60), q.start
    ):
        return True
    if " of th" in text and _THE_KILLING.search(text, max(0, q.start - 30), q.start):
        return True
    words = ("killing", "injuring", "wounding", "leaving")
    return any(w in text for w in words) and _war_opening(text, q)

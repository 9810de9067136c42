"""The day (or incident) a casualty figure's sentence tells, so that two equal tolls of
different days are never read as one restated toll.

:mod:`pipeline.extract._repeats` merges a figure restated later in the article ("Three
people were killed, the governor said. The three victims were ...") into one event. Live
tickers and roundups also tell equal tolls of different incidents: "On Monday, two people
were killed in Kostiantynivka ... On Tuesday, two people were killed in the city again",
"The attack on Thursday cost the lives of two people. Then on Friday morning, ... two people
died here too". Those are two records. This module reads, per sentence:

- the weekdays the sentence dates its harm with ("On Monday, ...", "in Monday's attack",
  "... on Saturday"), leaving out the day an attribution is dated with ("the mayor said on
  Tuesday that three people had been killed in Monday's attack" is Monday's toll; "On
  Sunday, the governor reported three injured" keeps Sunday, the only day it names);
- a mark of a new incident told after an earlier one: "again", "a day later", "the next
  day", "another attack", "also killed" (the later of two equal figures only).

Two figures whose sentences name disjoint incident days, or whose later one carries such a
mark, are two events. A sentence naming no day leaves the decision to the other tests.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from pipeline.extract._lexicon import WEEKDAY
from pipeline.extract.model import Casualty, Sentence

_DAY = WEEKDAY
_DAY_RE = re.compile(rf"\b(?P<day>{_DAY})\b(?P<poss>['’]s)?")
# "said on Tuesday", "announced on Wednesday evening", "told Reuters on Monday", "wrote on
# Telegram on Tuesday", "said Tuesday": the day the speaker spoke, not the day of the harm
# (a harm word or figure between them, "said two people were killed on Monday", dates the harm).
_SAID_ON = re.compile(
    r"\b(?:said|says|announced|reported|wrote|stated|added|posted|told|confirmed|informed"
    r"|explained|declared)"
    r"(?:\s+(?!(?:killed|dead|died|injured|wounded|hurt|people|persons|that)\b)[A-Za-z-]+){0,4}?"
    r"\s+(?:on\s+)?(?:late\s+|early\s+)?$",
    re.IGNORECASE,
)
# "On Sunday, Kiper said that ...", "On Sunday the governor reported ...": a fronted day of
# the saying, when a possessive day ("Saturday's attack") dates the harm itself.
_FRONTED_SAID = re.compile(
    rf"\s*On\s+{_DAY}\b[^.;:]{{0,60}}?\b(?:said|says|announced|reported|wrote|stated|added)\b"
)
# "raising the death toll to seven", "bringing the toll to": the story's toll summed up,
# whatever day the last body was found on (dev_numeric54).
_TOLL_TO = re.compile(
    r"\b(?:rais|bring|tak|push)(?:ing|ed|es|s)?\s+the\s+(?:death\s+)?toll\s+to\b", re.I
)
# A new incident told after an earlier one.
_NEW_INCIDENT = re.compile(
    r"\b(?:again|a\s+day\s+later|the\s+(?:next|following)\s+(?:day|morning|night|evening)"
    r"|the\s+day\s+after|(?:another|a\s+further|a\s+new|a\s+second)\s+(?:[\w-]+\s+)?"
    r"(?:attack|strike|shelling|bombardment|raid)"
    r"|(?:were|was|have\s+been|had\s+been)\s+also\s+(?:killed|injured|wounded|hurt))\b",
    re.IGNORECASE,
)


def incident_days(text: str) -> frozenset[str]:
    """The weekdays ``text`` (one sentence) dates its harm with; empty when it names none."""
    days: list[tuple[str, bool]] = []
    for m in _DAY_RE.finditer(text):
        if m.group("poss"):
            days.append((m.group("day"), True))
        elif _SAID_ON.search(text, max(0, m.start() - 60), m.start()) is None:
            days.append((m.group("day"), False))
    possessive = frozenset(d for d, poss in days if poss)
    if possessive and _FRONTED_SAID.match(text):
        return possessive  # "On Sunday, Kiper said the dead of Saturday's attack were ..."
    return frozenset(d for d, _ in days)


class DaysOf:
    """Looks up the sentence of a finding's evidence (by offset) and its incident days."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._sentences = sentences
        self._starts = [s.start for s in sentences]
        self._memo: dict[int, Sentence | None] = {}

    def sentence(self, offset: int) -> Sentence | None:
        if offset not in self._memo:
            i = bisect_right(self._starts, offset) - 1
            found = self._sentences[i] if i >= 0 else None
            self._memo[offset] = found if found is not None and offset < found.end else None
        return self._memo[offset]

    def apart(self, a: Casualty, b: Casualty) -> bool:
        """True when the equal tolls ``a`` and ``b`` are told for different days or
        incidents: two events, whatever figures they share."""
        first, later = (a, b) if a.evidence.start <= b.evidence.start else (b, a)
        s1 = self.sentence(first.evidence.start)
        s2 = self.sentence(later.evidence.start)
        if s1 is None or s2 is None or s1.start == s2.start:
            return False
        if " toll " in later.evidence.text and _TOLL_TO.search(later.evidence.text):
            return False  # "..., raising the death toll to six": the story's toll summed up
        d1, d2 = incident_days(s1.text), incident_days(s2.text)
        if d1 and d2 and not d1 & d2:
            return True
        return _NEW_INCIDENT.search(s2.text) is not None and _NEW_INCIDENT.search(s1.text) is None

"""Tolls the story has moved past: an earlier report, a toll's rise told by its cause, an
incident dated before the story's day.

Split from :mod:`pipeline.extract._casualty_more` (at its size limit): "An unconfirmed
earlier report ... put the toll at seven", "the figure rose after rescuers pulled two more
bodies from the rubble" (a share of the toll told already), ", a year after a strike ...
killed 31 people" and a past incident fronted by its date ("Only last week, a missile had
hit the port and killed four employees").
"""

from __future__ import annotations

import re

# A sentence whose subject is an earlier report: "An unconfirmed earlier report by a Telegram
# channel, which ..., put the death toll at seven" (the figure may stand far from "earlier").
_EARLIER_REPORT = re.compile(
    r"\s*(?:(?:an?|the)\s+)?(?:(?:unconfirmed|unverified|first)\s+)?(?:earlier|initial|previous|"
    r"preliminary|early)\s+(?:(?:unconfirmed|unverified|media|official)\s+)?"
    r"(?:reports?|estimates?|figures?|counts?|tall(?:y|ies)|tolls?)\b",
    re.IGNORECASE,
)
_OPENERS = frozenset(["an", "a", "the", "earlier", "initial", "previous", "preliminary", "early"])


_STATED_NOW = re.compile(r"\s+(?:indicate|show|suggest|say)s?\b", re.IGNORECASE)
_TURN = re.compile(r"\b(?:but|later|now|since|rose|risen|climbed|increased|updated)\b", re.I)


_NUMBER = (
    r"(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|[a-z]+ty)(?:-[a-z]+)?)"
)
# "the figure rose after rescuers pulled two more bodies from the rubble": the rise's
# cause, a share of the toll told already, not a record of its own; also when the toll is
# corrected ("was raised to 15 on Tuesday when search teams found two further bodies") or
# reaches its figure after a list ("corrected to eleven, and in the evening to 14 after").
_RISE_CAUSE = re.compile(
    r"(?:\b(?:rose|risen|climbed|increased|jumped|went\s+up|"
    r"(?:corrected|raised|revised|updated)(?:\s+upwards?)?)\s+(?:[\w-]+\s+){0,4}?"
    # "raised the toll to 11 dead and 41 wounded after rescuers pulled two more bodies"
    rf"|\bto\s+{_NUMBER}\s+(?:[\w-]+\s+){{0,3}}?(?:and\s+{_NUMBER}\s+[\w-]+\s+)?)"
    r"(?:after|when|as)\s+[^.;:,]{0,60}$",
    re.IGNORECASE,
)


# The figure's clause opens by dating an earlier event from the story's one: ", almost
# exactly a year after a strike on ... killed 31 people" tolls that earlier strike.
_ANNIVERSARY = re.compile(
    r"(?:^|[,;(])\s*(?:(?:almost|nearly|exactly|just|about|some|more\s+than)\s+)*"
    r"(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:years?|months?)\s+after\b[^,;:()]*$",
    re.IGNORECASE,
)


# A past incident fronted by its date: "Only last week, a missile had hit the port and
# killed four employees", "A week ago, a strike on the same market killed 11 shoppers"
# (one incident, "a strike", or told in the pluperfect; "Last week alone, 40 civilians
# were killed" is a week's total and stays).
_PAST_LEAD = re.compile(
    r"\s*(?:only\s+|just\s+)?(?:(?:last\s+week|(?:a|one|two|three|four|five|six|seven|ten|"
    r"\d{1,2})\s+(?:days?|weeks?)\s+(?:ago|earlier|before)|the\s+(?:previous|preceding)\s+"
    r"(?:day|week|evening|night|morning)|the\s+(?:day|week|evening|night|morning)\s+before"
    # "Earlier in the week, a Russian strike on Ternopil killed 26 people"
    r"|earlier\s+(?:in\s+the|this)\s+(?:week|month))"
    # "Only last week a Russian missile had killed 14" (translated German: no comma).
    r"(?:\s*,\s*|\s+(?=(?:a|an|the)\s))"
    # "Last summer a missile strike on a shopping centre killed 21 people": a past season.
    r"|last\s+(?:spring|summer|autumn|fall|winter)\s*,?\s*)",
    re.IGNORECASE,
)
_LEAD_WORDS: tuple[str, ...] = (
    *("week", "day", "before", "previous", "preceding", "month"),
    *("spring", "summer", "autumn", "fall", "winter"),
)
# A turn back to the story's own day between the dated lead and the figure.
_NOW = re.compile(r"\b(?:this\s+time|now|today|tonight|this\s+(?:morning|evening|week))\b", re.I)
_ONE_INCIDENT = re.compile(r"an?\s|[^.;:]*\bhad\s", re.IGNORECASE)
# "The day before, three persons had died there": the pluperfect after the figure.
_HAD_AFTER = re.compile(
    r"\S+(?:\s+[\w-]+){0,2}?\s+had\s+(?:been\s+)?(?:died|killed|injured|wounded|hurt)\b",
    re.IGNORECASE,
)


# "On Sunday, Russia had attacked the port; two people were killed at that time": the
# figure's clause looks back at an incident the sentence told in the pluperfect.
_AT_THAT_TIME = re.compile(
    r"\S+(?:\s+[\w-]+){0,3}?\s+(?:were|was|had\s+been)\s+(?:killed|injured|wounded|hurt)"
    r"\s+(?:at\s+(?:that|the)\s+time|back\s+then)\b",
    re.IGNORECASE,
)


def past_incident(text: str, start: int) -> bool:
    """True when the figure at ``start`` counts a past incident the sentence opens by dating."""
    if " had " in text and " time" in text and _AT_THAT_TIME.match(text, start) is not None:
        return True  # "...; three people were killed at that time"
    semi = text.rfind("; ", 0, start)  # "... nine injured; the evening before, a bomb had ..."
    at = semi + 2 if semi >= 0 else 0
    head = text[at : at + 40]
    if not any(w in head for w in _LEAD_WORDS):
        return False
    lead = _PAST_LEAD.match(text, at)
    if lead is None or lead.end() > start:
        return False
    if _NOW.search(text, lead.end(), start) is not None:
        return False  # "Last winter a strike killed 12; this time the attack wounded five"
    if _ONE_INCIDENT.match(text[:start], lead.end()) is not None:
        return True
    if lead.group(0).lstrip()[:5].lower() == "last " and "week" not in lead.group(0).lower():
        return True  # "Last summer, 23 people died in ...": a past season, whatever it counts
    if lead.group(0).lstrip()[:8].lower() == "earlier ":
        return True  # "Earlier this week, drones killed five": before the story, not a total
    return _HAD_AFTER.match(text, start) is not None


def earlier_report(text: str, start: int) -> bool:
    """True when the sentence's subject is a report the story has moved past, and no turn
    ("but the toll later rose to eight") comes before the figure at ``start``; or when
    the figure is what made the toll rise ("rose after rescuers found two more bodies")."""
    if ("after " in text or "when " in text) and _RISE_CAUSE.search(
        text, max(0, start - 100), start
    ):
        return True
    if past_incident(text, start):
        return True  # "Only last week, a missile had hit the port and killed four employees"
    if "after " in text and _ANNIVERSARY.search(text, 0, start):
        return True  # "..., a year after a strike on a residential block killed 31 people"
    first = text.lstrip()[:12].split(" ", 1)[0].lower()
    if first not in _OPENERS or (opening := _EARLIER_REPORT.match(text)) is None:
        return False
    if _STATED_NOW.match(text, opening.end()):
        return False  # "Preliminary reports indicate that 22 people were injured"
    return _TURN.search(text, opening.end(), start) is None

"""Figures next to a harm word that count no harmed people of this story: people rescued or
treated for shock, superseded or restated tolls, running totals and past incidents.

Split from :mod:`pipeline.extract.casualties` (at its size limit), which asks
:func:`not_harmed` of every figure before reading it as a casualty.
"""

from __future__ import annotations

import re

from pipeline.extract import _casualty_more as more
from pipeline.extract import _casualty_past as past
from pipeline.extract import _casualty_words as cw
from pipeline.extract import _notnews
from pipeline.extract._cas19skip import romance_not_harmed
from pipeline.extract._casualty_bygone import bygone
from pipeline.extract._casualty_care import all_cared, shaken
from pipeline.extract._casualty_fate import no_harm
from pipeline.extract._casualty_helped import consoled
from pipeline.extract._casualty_increment import increment
from pipeline.extract._casualty_inwhich import past_relative
from pipeline.extract._casualty_lastattack import earlier_attack, identified
from pipeline.extract._casualty_nature import disaster_dead
from pipeline.extract._casualty_period import past_span
from pipeline.extract._casualty_present import present_not_harmed
from pipeline.extract._casualty_recall import recalled
from pipeline.extract._casualty_since import since_earlier_day
from pipeline.extract._casualty_stale import CORRECTED_AFTER, SUPERSEDED, reported_earlier
from pipeline.extract._casualty_war import war_total
from pipeline.extract._n25skip import not_toll as n25_not_toll
from pipeline.extract._n31total import cumulative_toll
from pipeline.extract._num23cas import hurt_who, not_toll
from pipeline.extract._numback import background
from pipeline.extract._prec13cas import not_a_toll
from pipeline.extract.numbers import Quantity

# People saved are no casualties: "rescuers saved six people", "14 were evacuated".
_RESCUE = (
    r"rescu(?:ed|ing)|sav(?:ed|ing)|evacuat(?:ed|ing)|freed|pulled\s+out|brought\s+out|"
    r"forc(?:ed|ing)|displac(?:ed|ing)|uproot(?:ed|ing)|"  # "forced 60,000 from their homes"
    # Moved, not hurt: "deployed some 10,000 troops", "400 residents ... had been moved".
    r"deploy(?:ed|ing)|station(?:ed|ing)|relocat(?:ed|ing)|moved\s+(?:to|out|away)"
)
_RESCUED_BEFORE = re.compile(
    rf"\b(?:{_RESCUE})\s+(?:(?:another|a\s+further|some|about|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_RESCUED_AFTER = re.compile(
    # "residents of border villages" (but "of the wounded" are the harmed moved to care)
    r"(?:\s+(?:of|from|in)\s+(?!the\s+(?:wounded|injured|dead|hurt)\b)"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    rf"\s+(?:(?:were|was|have\s+been|had\s+been|got)\s+)?(?:{_RESCUE})\b"
    r"|\s+(?:[\w-]+\s+){0,3}?(?:out\s+)?alive\b",
    re.IGNORECASE,
)

# "evacuated 25 injured people": the figure's own word says they were harmed.
_HARMED_ADJ = re.compile(
    r"\s+(?:(?:seriously|severely|critically|lightly|slightly)\s+)?(?:injured|wounded)\s+"
    r"people\b",
    re.IGNORECASE,
)

_OF_HARMED = re.compile(r"\s+of\s+the\s+(?:wounded|injured)\b", re.IGNORECASE)
# The figure's own clause ends at a comma, semicolon or full stop ("Oct. 10" is no end).
_CLAUSE_END = re.compile(r",(?!\d)|;|\.(?:\s+(?=[A-Z\W])|$)")  # "43,234" is no end
_WINDOW = 80


# "Adam, who has lived in the camp since 2024, said that six of the wounded were women".
_SAID_THAT = re.compile(r"\b(?:said|says|told|added|reported|stated)\b[^.;:]{0,30}?\bthat\s")


def running_total(text: str, q: Quantity) -> bool:
    """A toll summed over time or dated to the past: "312 people had been killed since the
    ceasefire", "since January, more than 1,100 children", "on Oct. 7, 2023, killing 1,200"."""
    lo = max(0, q.start - _WINDOW, text.rfind(";", 0, q.start) + 1)
    if " that " in text[lo : q.start]:  # the reported clause, not who reports it
        said = list(_SAID_THAT.finditer(text, lo, q.start))
        lo = said[-1].end() if said else lo
    stop = _CLAUSE_END.search(text, q.end, q.end + 2 * _WINDOW)
    hi = stop.start() if stop is not None else min(len(text), q.end + 2 * _WINDOW)
    if past_span(text, lo, q.start):
        return True  # "In the past year alone, more than 200 civilians were killed"
    return (
        background(text, lo, hi)
        or war_total(text, q)
        or past_relative(text, q)
        or cumulative_toll(text, q)
    )


def not_harmed(text: str, q: Quantity) -> bool:
    """True for people saved or treated for shock, superseded tolls and running totals."""
    if SUPERSEDED.search(text, max(0, q.start - 80), q.start) or running_total(text, q):
        return True
    if reported_earlier(text, q) or no_harm(text, q):
        return True  # "Earlier, seven people had been reported dead"; "abducting 40 others"
    if past.earlier_report(text, q.start) or _notnews.before_figure(text, q.start):
        return True  # "earlier report ... put the toll at seven"; "a rise from the 40 ..."
    if _RESCUED_BEFORE.search(text, max(0, q.start - 40), q.start):
        if _OF_HARMED.match(text, q.end):
            return False  # "Paramedics evacuated two of the wounded to Soroka": a care share
        return _HARMED_ADJ.match(text, q.end) is None and not hurt_who(text, q.end)
    if shaken(text, q.end) or consoled(text, q.start):
        return True  # "rescuers saved six people", "six others for anxiety"
    if more.negated(text, q.start) or _notnews.after_figure(text, q.end):
        return True  # "None of its 21 crew were hurt"; "with 40 others abducted"
    if CORRECTED_AFTER.match(text, q.end) or more.bodies_handed_over(text, q.start, q.end):
        return True  # "one body had been misidentified", "31 bodies were handed to Russia"
    if disaster_dead(text, q.start, q.end) or since_earlier_day(text, q.start, q.end):
        return True  # "an earthquake in March killed 3,700"; "since Friday" said on Sunday
    if present_not_harmed(text, q.start, q.end) or bygone(text, q.start, q.end):
        return True  # "the school had about 200 students enrolled"; "In addition to the four"
    if increment(text, q.start, q.end) or romance_not_harmed(text, q, running_total):
        return True  # "rose to 14 dead ... after ..."; "The first balance spoke of 3 dead"
    if recalled(text, q):
        return True  # "the deadliest since April 14, when ... killed 20"; "identified the dead as"
    if earlier_attack(text, q.start) or identified(text, q.start, q.end):
        return True  # "The last ... attack ... had killed 23"; "The dead are two women aged 45"
    if q.all and all_cared(text, q.end):
        return True  # "all four had been taken to hospital": the total restated
    if not_a_toll(text, q) or not_toll(text, q.start, q.end) or n25_not_toll(text, q):
        return True  # "1,200 wounded veterans", "lost two brothers"; "The war ... had made"
    group = cw.AFTER_QTY.match(text, q.end)
    return _RESCUED_AFTER.match(text, group.end() if group else q.end) is not None

"""Cumulative tolls told as a rising figure, with no "since" to mark them.

Xinhua, Anadolu and Reuters reprints close Gaza and Lebanon stories with the war's
running toll in shapes the older background tests miss, because they carry neither
"since ..." nor the war as the subject:

- the toll of the campaign as it goes on: "the toll from ongoing Israeli attacks in the
  Gaza Strip increased to 41,182", "The Palestinian death toll from continuing strikes has
  risen to 28,775";
- a total named as such and reached: "bringing the total death toll to 39,699 and
  injuries to 91,722", "The overall death toll in Gaza has climbed to 35,800";
- a people's toll ("The Palestinian death toll has risen to 37,232, with 85,037 others
  wounded"): a nation's dead, not an incident's.

The injured figure joined to such a total ("with 68,552 others wounded", "and injuries to
91,722", "and the number of injured to 92,401") is the same running total. The day's
figure beside it ("22 Palestinians were killed ... in the past 24 hours, bringing ...")
stays news: only figures after the total's own wording are read. By the written
conventions a running total is background (README "Background figures are no events",
"The toll of the Israeli aggression has risen to N").
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import Quantity, find_quantities

_RISE = (
    r"(?:(?:has|have|had)\s+(?:now\s+)?)?(?:risen|rose|rises|increased|increases|climbed|"
    r"climbs|jumped|jumps|reached|reaches|hit|hits|soared|surged|mounted|grown|grew|"
    r"(?:stands?|stood)(?=\s+at))\s+(?:to|at)"
)
_CAMPAIGN = (
    r"(?:attacks?|strikes?|air\s*strikes?|raids?|bombardments?|bombings?|shelling|assaults?|"
    r"offensive|operations?|aggression|war)"
)
# "the toll from ongoing Israeli attacks in the Gaza Strip increased to".
_ONGOING = re.compile(
    r"\btoll\s+(?:from|of)\s+(?:the\s+)?(?:ongoing|continuing|continued|continuous|"
    r"relentless|persistent)\s+(?:[\w-]+\s+){0,2}?" + _CAMPAIGN + r"\b[^.;]{0,80}?\s" + _RISE,
    re.IGNORECASE,
)
# Only a place may stand between the toll and its verb ("in Gaza", "in the Gaza Strip"):
# "the total death toll from Sunday's strike" is one incident's.
_IN_PLACE = r"(?:\s+(?:in|on)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
# "bringing the total death toll to", "The overall death toll in Gaza has climbed to".
_TOTAL = re.compile(
    r"\b(?:total|overall|cumulative|aggregate)\s+(?:death\s+|casualty\s+)?toll\b"
    + _IN_PLACE
    + r"\s+(?:(?:thus|now|so\s+far)\s+)?(?:"
    + _RISE
    + r"|to)",
    re.IGNORECASE,
)
# "The Palestinian death toll has risen to", "Lebanon's death toll rose to".
_PEOPLES = re.compile(
    r"\b(?-i:[A-Z][a-z]+(?:ian|ese|i|ish)|[A-Z][a-z]+['’]s)\s+death\s+toll\b"
    + _IN_PLACE
    + r"\s+"
    + _RISE,
    re.IGNORECASE,
)
# The injured of the same total: ", with 68,552 others wounded", "and injuries to",
# "and the number of injured to", "and 77,368 injured".
_JOINED = re.compile(
    r"\s*,?\s*(?:with|and|while)\s+(?:(?:the\s+number\s+of\s+)?(?:injuries|injured|wounded|"
    r"the\s+injured|the\s+wounded)\s+(?:to|at)\s+)?$",
    re.IGNORECASE,
)
_REACH = 240


def cumulative_toll(text: str, q: Quantity) -> bool:
    """True when ``q`` is a cumulative toll of the shapes in the module docstring, or the
    injured figure joined to one."""
    low = text.lower()
    if "toll" not in low:
        return False
    lo = max(0, q.start - _REACH)
    window = text[lo : q.start]
    for pattern in (_ONGOING, _TOTAL, _PEOPLES):
        for m in pattern.finditer(window):
            between = window[m.end() :]
            if not between.strip():
                return True  # the total itself
            if _joined_to_total(text, lo + m.end(), q):
                return True
    return False


def _joined_to_total(text: str, total_from: int, q: Quantity) -> bool:
    """``q`` follows the total's own figure, joined by "with"/"and" ("..., with 68,552
    others wounded", "and injuries to 91,722")."""
    figures = [f for f in find_quantities(text[total_from : q.start]) if f.start < 12]
    if not figures:
        return False
    rest = text[total_from + figures[0].end : q.start]
    return "." not in rest and ";" not in rest and _JOINED.search(rest) is not None

"""Tolls told in a relative clause of a past war or a dated past attack: background.

Translated and agency copy close a story by recalling what an earlier event cost, and
hang the toll on a relative clause whose antecedent is the past event itself:

- a war or a stretch of fighting: "The truce ended more than a year of fighting in which
  more than 3,000 people were killed", "a 14-month war in which more than 4,000 ...";
- an attack dated to a past month or year: "suffered in May 2024 one of the worst attacks
  of the war, against a hardware store, in which 19 people died", "hit in June 2024 by a
  strike on a supermarket in which nine people died";
- an attack placed before the day's news: "The attack came almost a year after a missile
  strike on the same district, in which 11 people were killed", "the war was triggered by
  the Hamas-led attack ..., in which about 1,200 people were killed".

The figure must sit in the relative clause ("in which", "during which", "which left",
"that killed") and the antecedent clause before it (same sentence, up to the last
semicolon) must carry the past marker. A clause dated to the day ("on Tuesday",
"overnight") stays the news. :func:`past_relative` is asked by
:func:`pipeline.extract._casualty_skip.running_total`.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import MONTH, Quantity

# The relative clause that carries the figure: "in which ... were killed", "which left".
_RELATIVE = re.compile(
    r"\b(?:in|during)\s+which\b|\b(?:which|that)\s+(?:had\s+)?(?:left|killed|claimed)\b",
    re.IGNORECASE,
)
# The antecedent is the war or the fighting itself: "a 14-month war in which".
_WAR_HEAD = re.compile(
    r"\b(?:war|fighting|conflict|hostilities|bombardment|siege)\s*,?\s*$", re.IGNORECASE
)
# A past month or year in the antecedent clause: "in May 2024", "October 7, 2023", "in 2022".
_PAST_DATE = re.compile(
    rf"\b(?:(?-i:(?=[A-Z])){MONTH}\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d|in\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Placed before the news or as its cause: "a year after a strike", "triggered by the attack".
_BEFORE_NEWS = re.compile(
    r"\b(?:(?:a|one|two|three|several|a\s+few|\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+"
    r"after|(?:triggered|sparked|started|caused)\s+by|ended\s+(?:[\w-]+\s+){0,5}?(?:war|fighting|"
    r"conflict)|years?\s+since|anniversary\s+of|commemorat\w+)\b",
    re.IGNORECASE,
)
_DAY = re.compile(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|overnight|"
    r"today|tonight|yesterday|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_REACH = 70
"""How far before the figure its relative word may be."""
_ANTECEDENT = 160
"""How far before the relative word its antecedent clause is read."""


def past_relative(text: str, q: Quantity) -> bool:
    """True when the figure ``q`` of ``text`` counts the toll of a past war or a past,
    dated attack named as the antecedent of the relative clause it sits in."""
    lo = max(0, q.start - _REACH, text.rfind(";", 0, q.start) + 1)
    rels = list(_RELATIVE.finditer(text, lo, q.start))
    if not rels:
        return False
    rel = rels[-1]
    between = text[rel.end() : q.start]
    if "." in between or ("," in between and not rel.group().lower().startswith(("in", "dur"))):
        return False
    head_lo = max(0, rel.start() - _ANTECEDENT, text.rfind(";", 0, rel.start()) + 1)
    stop = text.rfind(". ", head_lo, rel.start())
    head = text[stop + 1 if stop >= 0 else head_lo : rel.start()]
    if _DAY.search(head) or _DAY.search(between):
        return False
    return bool(_WAR_HEAD.search(head) or _PAST_DATE.search(head) or _BEFORE_NEWS.search(head))

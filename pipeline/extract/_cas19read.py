"""Tolls of literal Romance translations that put the figure before the harmed noun
(thirteenth session, ``dev_articles61`` / ``dev_numeric61``).

Italian and Spanish copy opens a toll with its verb and figure and names the harmed after
them ("Sono almeno 31 i morti", "Sale a 9 il numero dei morti"); translated word for word it
reads "Are at least 31 the dead in the Israeli raids ...", "Rises to 9 the number of the dead
in the collapse ...". The English patterns read a toll only when its noun comes first ("the
dead are 31"), so these figures had no kind. :func:`inverted_kind` gives them the kind of the
noun right after the figure, only when the sentence (or its clause after a semicolon) opens
with the verb: "Are 12 the dead" counts, "there are 12 the dead" is no English.
"""

from __future__ import annotations

import re
from typing import Literal

from pipeline.extract._cas20read import dead_are
from pipeline.extract._cas22read import pair_second
from pipeline.extract._casualty_groups import GROUPS
from pipeline.extract.model import Casualty
from pipeline.extract.numbers import QUALIFIER

Kind = Literal["killed", "injured"]

_OPEN = re.compile(
    # ... also after a dateline: "Gaza, 14 luglio (ANSA) - Are at least 31 the dead"
    r"(?:^|;|[-–—]\s)\W*(?:(?:are|were|is|was)\s+(?:now\s+|already\s+|thus\s+)?"
    r"|(?:(?:has|have)\s+)?(?:(?:rises?|rose|risen|climbs?|climbed|grows?|grew|increases?|"
    r"increased|goes|went|gone|mounts?|mounted)(?:\s+up)?\s+to)\s+)"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(
    r"\s+(?:the|of\s+the)\s+(?:(?:number|balance|toll)\s+of\s+(?:the\s+)?)?"
    r"(?:(?P<killed>dead|deaths|killed|fatalities|deceased)|(?P<injured>wounded|injured|hurt))\b",
    re.IGNORECASE,
)


def inverted_kind(text: str, start: int, end: int) -> Kind | None:
    """The kind of the figure ``text[start:end]`` when the sentence opens with the toll's
    verb and names the harmed after the figure ("Are 12 the dead", "Rises to 9 the number of
    the dead"), else None."""
    if text[end : end + 5].lower() not in (" the ", " of t"):
        return dead_are(text, start)  # "the dead are 3, ..., and the wounded 9" (_cas20read)
    m = _NOUN_AFTER.match(text, end)
    lo = max(0, text.rfind(";", 0, start), text.rfind("- ", 0, start), text.rfind("– ", 0, start))
    if m is None or not (_OPEN.search(text, lo, start) or pair_second(text, lo, start, _OPEN)):
        return None
    return "killed" if m.group("killed") else "injured"


# "of whom 3 in serious condition", "among whom 4 in grave state": a condition share.
_CONDITION = re.compile(
    r"\b(?:serious|critical|grave|moderate|severe|stable|life-threatening)\s+"
    r"(?:conditions?|state)\b|\b(?:seriously|critically|gravely|severely)\b",
    re.IGNORECASE,
)


def share_apart(a: Casualty, b: Casualty) -> bool:
    """True when one of two equal tolls is a condition share of the injured ("of whom 3 in
    serious condition") and the other is not: a later incident's "2 dead and 3 wounded"
    restates no share of an earlier toll."""
    share_a = _CONDITION.search(a.evidence.text) is not None and a.killed is None
    share_b = _CONDITION.search(b.evidence.text) is not None and b.killed is None
    return share_a != share_b


# "..., and in Chernivtsi another 3", "in Dnipro another 6": the place before the figure.
_FRONTED_ITEM = re.compile(
    r"[^.;:\d]{0,80}?(?:,\s*|\s+)(?:and\s+|while\s+)?(?:in|at|near)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|region|district|province|community)\s+of\s+)?"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*,?\s+"
    r"(?:another|a\s+further|further|other)\s+$",
    re.IGNORECASE,
)
_ITEM_END = re.compile(r"\s*(?:[,;.]|\band\b|$)")


def fronted_place_item(text: str, prev_end: int, start: int, end: int) -> int | None:
    """End of the figure ``text[start:end]`` when it continues a place list with its place
    told first ("were registered 5 wounded, and in Chernivtsi another 3"), else None."""
    lead = text[max(0, start - 9) : start]
    if "other" not in lead and "further" not in lead:  # "another", "the other", "further"
        return None
    if _ITEM_END.match(text, end) is None:
        return None
    return end if _FRONTED_ITEM.fullmatch(text, prev_end, start) is not None else None


_GROUP = "|".join(re.escape(g) for g in sorted(GROUPS, key=len, reverse=True))
# "two of the children are in serious condition" (a doctor's quote after a toll with
# children among the injured): a condition share named by its group's noun.
_GROUP_CONDITION = re.compile(
    rf"\s+of\s+the\s+(?:(?:injured|wounded)\s+)?(?P<group>{_GROUP})\s+"
    r"(?:are|were|is|was|remain(?:s|ed)?)\s+(?:still\s+)?(?:in\s+(?:an?\s+)?(?:very\s+)?"
    r"(?:serious|critical|grave|severe|life-threatening)\s+(?:conditions?|state)\b|"
    r"(?:seriously|critically|gravely|severely)\s+(?:injured|wounded|hurt)\b)",
    re.IGNORECASE,
)


def group_condition(text: str, end: int) -> re.Match[str] | None:
    """The "of the children are in serious condition" after a figure ending at ``end``."""
    if text[end : end + 8].lower() != " of the ":
        return None
    m = _GROUP_CONDITION.match(text, end)
    return m


def cond_group(text: str, end: int) -> str:
    """The group of a condition share whose figure ends at ``end``: the noun of "two of the
    children are in serious condition", else "people"."""
    m = group_condition(text, end)
    if m is None:
        return "people"
    word = m.group("group").lower()
    return GROUPS.get(word, word)


# "two of the fatalities were registered in a drone attack ... in the town of Bint Jbeil",
# "Two of the dead were in a car near Tyre": a share of the dead told by where it happened.
_DEAD_AT = re.compile(
    r"\s+(?:were|was)\s+(?:(?:registered|recorded|reported|counted|found)\s+(?:in|at|near|on)\b"
    r"[^.;]{0,100}?\b(?:in|at|near|on|of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+"
    r"|(?:in|at|on)\s+(?:a|an|the)\s+[\w\s'’-]{1,40}?\b(?:in|at|near|of|between)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’-]+)",
    re.IGNORECASE,
)


def dead_at(text: str, end: int) -> int | None:
    """End of the place of "N of the dead/fatalities were (registered) in ..." after the
    harm phrase ending at ``end``, else None."""
    if text[end : end + 5].lower() not in (" were", " was "):
        return None
    m = _DEAD_AT.match(text, end)
    return m.end() if m is not None else None


def same_town(a: str | None, b: str | None) -> bool:
    """True when two toll places name the same town ("Nikopol" and "Nikopol region", as a
    district named after its town is told either way)."""
    if not a or not b:
        return False
    return a.split()[0].lower() == b.split()[0].lower()

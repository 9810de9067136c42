""" "The ministry said" after a minister was named: that minister's ministry.

Wire copy names a minister ("Defence Minister Boris Pistorius said ...", "In Kyiv, Finance
Minister Serhiy Marchenko said ...") and then attributes to "the ministry" or "the finance
ministry". A careful reader takes the minister's ministry, of the minister's country: the
demonym before the title, else the capital opening the minister's sentence ("In Kyiv,"),
else the capital of the dateline ("BERLIN, Nov 27 (Newswire) -"). No answer when another
ministry is named in between, when the portfolio differs, or when no country is known.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex
from pipeline.extract._roles import CAPITALS
from pipeline.extract._s27dateline import glued_capital

_MINISTER = re.compile(
    r"(?:(?P<adj>[A-Z][a-z]+)[ \t]+)?(?P<p>Defence|Defense|Finance|Foreign|Interior|Health"
    r"|Economy|Energy|Justice|Education|Agriculture)[ \t]+Minister(?=[ \t][A-Z])"
)
"""A minister's title before the name ("German Defence Minister Boris Pistorius")."""
PORTFOLIOS = lex.words(
    "defence defense finance foreign interior health economy energy justice education agriculture"
)
"""Portfolios a lower-case ministry description names ("the finance ministry")."""
_WINDOW = 700
"""How far back (characters) the minister may be named: about three sentences."""
_DEMONYMS = frozenset(lex.DEMONYMS.values())
_OPENING = re.compile(r"[ \t\n]*In[ \t]+(?P<c>[A-Z][a-z]+),")


def ministry(body: str, offset: int, lower: list[str]) -> str | None:
    """The ministry of the minister named last before ``offset`` for "the ministry" or
    "the finance ministry" (``lower`` without the article), else None."""
    if lower[-1] != "ministry" or len(lower) > 2:
        return None
    start = max(0, offset - _WINDOW)
    window = body[start:offset]
    named = list(_MINISTER.finditer(window))
    found = named[-1] if named else None
    if found is None or "inistry" in window[found.end() :]:
        return None  # none named, or another ministry named since
    portfolio = found.group("p").lower().replace("defense", "defence")
    if len(lower) == 2 and lower[0].replace("defense", "defence") != portfolio:
        return None
    country = _country(body, start + found.start(), found.group("adj"))
    return f"{country} {portfolio} ministry" if country else None


def dated(body: str, lower: list[str]) -> str | None:
    """ "the energy ministry" with no minister or country before it: the ministry of the
    dateline's country ("KYIV, Oct 14 (Newswire) -"). Not the health ministry, which a Gaza
    story datelined from Jerusalem means for the enclave."""
    if len(lower) != 2 or lower[1] != "ministry" or lower[0] not in PORTFOLIOS:
        return None
    if lower[0] == "health":
        return None
    country = _dateline(body)
    return f"{country} {lower[0].replace('defense', 'defence')} ministry" if country else None


def _dateline(body: str) -> str | None:
    """The country of the dateline's capital ("BERLIN, Nov 27 (Newswire) -")."""
    dateline = body[:40].split(",", 1)[0].split("/", 1)[0].strip()
    return CAPITALS.get(dateline.lower()) if dateline.isupper() else glued_capital(body)


def _country(body: str, at: int, adjective: str | None) -> str | None:
    """The minister's country: the demonym before the title, the opening "In Kyiv," of
    the minister's sentence, or the dateline's capital."""
    if adjective in _DEMONYMS:
        return adjective
    sentence_start = max(body.rfind(". ", 0, at), body.rfind("\n", 0, at)) + 1
    opening = _OPENING.match(body, sentence_start)
    if opening is not None and at - opening.end() < 40:
        return CAPITALS.get(opening.group("c").lower())
    return _dateline(body)  # "BERLIN, Nov 27"


def other_portfolio(lower: list[str], canonical: str) -> bool:
    """ "the finance ministry" resolved to a ministry of another portfolio (a defence
    ministry named before): the description contradicts the name."""
    return len(lower) == 2 and lower[0] in PORTFOLIOS and lower[0] not in canonical.lower()

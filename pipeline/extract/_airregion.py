"""Per-region shares of an air-defence report: "20 over the Kursk region, 16 over Crimea".

Split from :mod:`pipeline.extract._airmention` (at its size limit): reading where a
shoot-down happened is a question of its own, asked by the mention reader and the
per-region total readers.
"""

from __future__ import annotations

import re

from pipeline.extract import _places

# "20 over the Kursk region, 16 over Crimea": a per-region share of the report (also as
# a list line: "8 – over the territory of the Kursk region,").
# The place may carry a compass or border adjective ("four more over the central
# Dnipropetrovsk region") or come after "region of" ("over the southern region of Kherson").
REGION = re.compile(
    r"\s+(?:[-–—]\s+)?(?:more\s+|each\s+|others?\s+)?(?:over|above|in)\s+(?:the\s+)?"
    r"(?:(?:territory|waters)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:annexed|(?:temporarily\s+)?occupied)\s+)?"  # "over the annexed Crimean peninsula"
    r"(?:(?:(?:north|south|east|west)(?:ern|[\w-]*ern)?|central|capital|border(?:ing)?)\s+)?"
    # "over the region of Kherson", translated "over the region Kursk"
    r"(?:(?:regions?|oblasts?|provinces?)\s+(?:of\s+)?|that\s+of\s+)?(?-i:[A-Z][\w’'-]+)"
    r"(?:(?<=Republic)\s+of\s+(?-i:[A-Z][\w’'-]+))?"  # "over the Republic of Crimea"
    r"(?:\s+(?:and\s+)?(?-i:[A-Z][\w’'-]+)){0,2}(?:\s+(?i:regions?|oblasts?|provinces?|"
    r"districts?|republic|sea|territory|peninsula))?\b"
    r"|\s+(?:over|above)\s+the\s+(?:open\s+)?sea\b",  # "among them 12 over the sea"
)

_REGION_LEAD = re.compile(
    r"\s*(?:[-–—]\s*)?(?:more\s+|each\s+|others?\s+)?(?:over|above|in)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?"
    r"(?:(?:annexed|(?:temporarily\s+)?occupied)\s+)?"
    r"(?:(?:(?:north|south|east|west)[\w-]*|central|capital|border(?:ing)?)\s+)?"
    r"(?:(?P<of>regions?|oblasts?|provinces?|that(?=\s+of))\s+(?:of\s+)?)?",
    re.IGNORECASE,
)


def region_name(phrase: str) -> str:
    """ "over the Oryol region" -> "Oryol region", "over the southern region of Kherson" ->
    "Kherson region" (a listed place keeps its spelling)."""
    lead = _REGION_LEAD.match(phrase)
    rest = phrase[lead.end() :].strip() if lead else phrase.strip()
    if lead is not None and lead.group("of"):
        kind = lead.group("of").lower().rstrip("s")  # "over that of Kursk": the region
        rest = f"{rest} {'region' if kind == 'that' else kind}"
    known = _places.located(f"in the {rest}")
    return known if known is not None else rest


def region_after(text: str, start: int, end: int) -> str | None:
    """The region a shoot-down clause ``text[start:end]`` names after its figure
    ("one drone was downed in central Oryol region"), when the place lookup found none."""
    m = REGION.search(text, start, end)
    if m is None or not _REGION_WORD.search(m.group()):
        return None  # "in Russia's overnight attack" names no region
    return region_name(m.group())


# Three or more places in a row: a list of regions, no one place of the report.
PLACE_LIST = re.compile(r"(?:[A-Z][\w'’-]+,\s+){2,}(?:(?:and\s+)?[A-Z][\w'’-]+)")
_REGION_WORD = re.compile(r"\b(?:regions?|oblasts?|provinces?|republic|krai)\b", re.IGNORECASE)

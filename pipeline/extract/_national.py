"""The country whose forces a bare "the military" belongs to, from its sentence's subject.

"Poland scrambled fighter jets ... as Russia pounded western Ukraine ..., and the military
said it was searching for an object": the military is Poland's, the country the sentence
opens with as the subject of its own verb, not the last country named before ("Ukraine").
Asked only for a bare national body whose sentence names no forces of its own.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex

_OPENING = re.compile(
    r"(?:[^\n]{0,80}?[ \t][—–-]{1,2}[ \t]+)?"  # a dateline: "WARSAW (Newswire) — "
    r"(?P<c>[A-Z][a-z]+)[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+|[a-z]+ly[ \t]+)?"
    r"(?:[a-z]+ed|shot|struck|hit|sent|took|began|kept|held|fought)(?![\w-])"
)

_IN_COUNTRY = re.compile(
    r"In[ \t]+(?:neighbou?ring[ \t]+)?(?P<c>[A-Z][a-z]+)(?:[ \t][A-Z][a-z]+)?,"
)
"""A sentence opening with its country: "In neighbouring Burkina Faso, the army said"."""

_SIDE = re.compile(
    r"(?:[^\n]{0,80}?[ \t][—–-]{1,2}[ \t]+)?"  # a dateline: "TEL AVIV - "
    r"(?:On|From)[ \t]+the[ \t]+(?P<a>[A-Z][a-z]+)[ \t]+side,"
)
"""A sentence opening with a side: "On the Israeli side, the army said" (agency copy)."""
_ADJECTIVES = frozenset(lex.DEMONYMS.values())


def opening_country(sentence: str) -> str | None:
    """The demonym of the country that opens ``sentence`` as the subject of a past-tense
    verb ("Lithuania closed ...", "Poland has scrambled ...", "Estonia briefly closed ..."),
    else None."""
    side = _SIDE.match(sentence)
    if side is not None and side.group("a") in _ADJECTIVES:
        return side.group("a")
    m = _OPENING.match(sentence) or _IN_COUNTRY.match(sentence)
    if m is None:
        return None
    return lex.DEMONYMS.get(m.group("c").lower())


def branch_before(body: str, offset: int, last_org: str) -> str | None:
    """The air force the paragraph just named, for a bare "the military"/"the army" after it
    ("According to the Ukrainian air force, Russia fired ... . 71 drones were shot down, the
    military said"): translated copy renders the same source with a looser word."""
    if not last_org.endswith("Air Force"):
        return None
    start = max(body.rfind("\n", 0, offset), offset - 400, 0)
    return last_org if "air force" in body[start:offset].lower() else None

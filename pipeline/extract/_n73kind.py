"""Round n73's strike weapon carry (helper h_gen_n73, ``dev_numeric122``), called by
:func:`pipeline.extract._n73air.strikes`.

A counted strike told with a bare noun or verb ("reported two strikes on the city", "the
school was hit three times", "listing three more strikes") gets weapon ``other`` because its
own words name no weapon. The real sets (studied, never copied) name the weapon once, in the
lead ("a series of drone strikes on Kharkiv", "Israeli air strikes overnight across Gaza"),
and the later tally counts those same strikes, which the labels give the lead's kind. When
every weapon the story names up to the end of the strike's sentence is of one kind and the
story names it as a strike compound before that sentence ("drone strikes", "air strikes",
"air raids"), a bare strike with no period carries that kind; two kinds (a "missile and drone"
attack), a weapon named only as a bare noun ("precision weapons and drones"), a compound only
in the strike's own sentence ("N drone attacks and fired M times"), a period tally or a count of
munitions ("drones dropped 4 explosive devices") leave ``other``.

Gated on the ``other`` weapon and a kind literal; one regex scan of the body prefix per strike,
bounded by the few bare strikes of a story.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Finding, Strike, StrikeWeapon

__all__ = ["carry_kind"]

_KIND = re.compile(
    r"\b(?:(?P<drone>drones?|UAVs?|Shaheds?|quadcopters?)|"
    r"(?P<air>air\s?strikes?|airstrikes?|air\s+raids?|warplanes?|fighter\s+jets?)|"
    r"(?P<missile>missiles?|Kinzhals?|Iskanders?)|(?P<rocket>rockets?|projectiles?)|"
    r"(?P<art>artillery|shell(?:s|ing|ed)?|mortars?|howitzers?)|"
    r"(?P<glide>glide\s+bombs?|guided\s+(?:aerial\s+)?bombs?|KABs?)|"
    r"(?P<mlrs>MLRS|Grad|multiple\s+(?:launch\s+)?rocket))\b",
    re.IGNORECASE,
)
_GROUPS: dict[str, StrikeWeapon] = {
    "drone": "drone",
    "air": "airstrike",
    "missile": "missile",
    "rocket": "rocket",
    "art": "artillery",
    "glide": "glide_bomb",
    "mlrs": "mlrs",
}
_COMPOUND = re.compile(
    r"\b(?:(?P<drone>(?:drone|UAV)\s+(?:strikes?|attacks?))|"
    r"(?P<air>air\s?strikes?|airstrikes?|air\s+raids?))\b",
    re.IGNORECASE,
)
_TALLY = re.compile(r"\b(?:strikes?|times|attacks?|hits)\b")
"""A strike told as a tally of strikes or hits (not of a munition: "dropped 4 devices")."""
_CHEAP = ("rone", "UAV", "ir strike", "irstrike", "ir raid")


def _groups(pattern: re.Pattern[str], text: str) -> set[str]:
    """The names of the groups ``pattern`` matched anywhere in ``text`` (the weapon kinds)."""
    out: set[str] = set()
    for m in pattern.finditer(text):
        g = m.lastgroup
        if g is not None:
            out.add(g)
    return out


def _sentence(doc: Document, pos: int) -> tuple[int, int]:
    """Start and end of the sentence holding ``pos`` (``pos`` twice when none does)."""
    for s in doc.sentences:
        if s.start <= pos < s.end:
            return s.start, s.end
    return pos, pos


def carry_kind(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with each bare strike given the one weapon kind its story names before it."""
    if not any(isinstance(f, Strike) and f.weapon == "other" for f in found):
        return found
    body = doc.body
    if not any(c in body for c in _CHEAP):
        return found
    out: list[Finding] = []
    for f in found:
        if (
            isinstance(f, Strike)
            and f.weapon == "other"
            and f.period is None
            and _TALLY.search(f.evidence.text) is not None
        ):
            start, end = _sentence(doc, f.evidence.start)
            kinds = _groups(_KIND, body[:end])
            if len(kinds) == 1 and _groups(_COMPOUND, body[:start]) == kinds:
                kind = _GROUPS[next(iter(kinds))]
                if kind in ("drone", "airstrike"):
                    f = replace(f, weapon=kind)
        out.append(f)
    return out

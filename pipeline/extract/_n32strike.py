"""Round n32's strike readings of real wire copy, run last (:func:`revise`).

Shapes real General Staff, Saba/AFP, AFP-Lebanon and TASS pages use that no earlier
reader made a strike of, or made a wrong one of:

- "carried out two missile and 28 air strikes" - the first figure's noun elided: a missile
  strike of 2 (its air defence reading is dropped in :mod:`pipeline.extract._n32air`);
- "reported three raids on Sunday east of Saada", "launched four raids on the port" -
  air raids (arrest raids - "arrested", "detained", "searched" in the sentence - are not);
- "two rare strikes on the villages of Joun and Maaysra" - an adjective between the
  figure and "strikes": air strikes when the sentence or the one before names Israel's or
  the US's forces or jets, else ``other``;
- "Ukrainian drones dropped seven explosives" - munitions dropped: an ``other`` strike;
- "four different types of missiles" - a count of kinds, no strike;
- launches with a vague outcome (:func:`pipeline.extract._n32air.unstruck`).

Background figures (:mod:`pipeline.extract._n32bg`) go too.
"""

from __future__ import annotations

import re

from pipeline.extract import _n32air, _n32bg
from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import holding, lowered
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Strike, StrikeWeapon

__all__ = ["revise"]

_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)"
_MISSILE_AND_AIR = re.compile(
    rf"\b(?P<q>{_NUM})\s+missile\s+and\s+{_NUM}\s+(?:air\s*strikes|airstrikes)\b", re.I
)
_RAIDS = re.compile(
    r"\b(?:reported|carried\s+out|conducted|launched|staged|counted|recorded)\s+"
    rf"(?:(?:at\s+least|some|about|around|more\s+than)\s+)?(?P<q>{_NUM})\s+"
    r"(?:(?:new|more|fresh|further|separate|rare)\s+)?(?:air\s+)?raids\b",
    re.I,
)
_ARREST = re.compile(r"\b(?:arrest|detain|search|round(?:ed)?\s+up|police|house-to-house)", re.I)
_ADJ_STRIKES = re.compile(
    rf"\b(?P<q>{_NUM})\s+(?:rare|new|fresh|further|separate|deadly|heavy|precise|simultaneous|"
    r"consecutive|successive|targeted|powerful)\s+(?:air\s*)?strikes\s+(?:on|against|targeting|in)\b",
    re.I,
)
_AIR_SIDE = re.compile(
    r"\b(?:Israeli|Israel|IDF|jets?|warplanes?|fighter|U\.S\.|US|American|British|coalition)\b"
)
_RUSSIA = re.compile(r"\bRussia|\bRussian|\bUkrain")
_DROPPED = re.compile(
    rf"\bdropped\s+(?:(?:at\s+least|some|about|around|more\s+than)\s+)?(?P<q>{_NUM})\s+"
    r"(?:explosives|explosive\s+devices)\b",
    re.I,
)
_PERIOD = re.compile(
    r"^\W*(?:(?:In|During|Throughout|Over|Since)\s+(?:the\s+(?:whole\s+of\s+)?)?"
    r"(?:(?:19|20)\d\d|(?:past|last)\s+(?:year|month|week)|(?-i:[A-Z])[a-z]+\s+(?:19|20)\d\d)"
    r"|Last\s+(?:week|month|year)|This\s+year)\b",
    re.I,
)
_SINCE = re.compile(
    r"\bsince\s+(?:the\s+(?:war|start|beginning|invasion|conflict)|(?:19|20)\d\d)\b", re.I
)
_KINDS = re.compile(
    rf"\b{_NUM}\s+(?:different\s+)?(?:types|kinds|sorts|variants|models)\s+of\b", re.I
)
_KINDS_TAIL = re.compile(r"(?:types|kinds|sorts|variants|models)\s+of\b", re.I)
"""The end of every :data:`_KINDS` match: searched first, it skips the number-led scan."""


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n32's strike revisions."""
    found = _n32air.unstruck(doc, found)
    found = _no_kinds(doc, found)
    low = lowered(doc)
    if (
        body_has(low, "missile and")
        or body_has(low, "raids")
        or body_has(low, "strikes")
        or body_has(low, "dropped")
    ):
        found = _added(doc, found)
    return _n32bg.drop(doc, found)


def _no_kinds(doc: Document, found: list[Finding]) -> list[Finding]:
    """Without a strike counting the kinds of a weapon ("four different types of missiles")."""
    if (
        not body_has(doc.body, "types of")
        and not body_has(doc.body, "kinds of")
        and not body_has(doc.body, " of ")
    ):
        return found
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike):
            idx = sentence_of(doc, f.evidence.start)
            if idx >= 0:
                sent = doc.sentences[idx]
                if _KINDS_TAIL.search(sent.text) is not None and any(
                    f.evidence.start <= sent.start + m.start() < f.evidence.end
                    or sent.start + m.start() <= f.evidence.start < sent.start + m.end()
                    for m in _KINDS.finditer(sent.text)
                ):
                    continue
        out.append(f)
    return out if len(out) != len(found) else found


def _added(doc: Document, found: list[Finding]) -> list[Finding]:
    strikes = [f for f in found if isinstance(f, Strike)]
    new: list[Finding] = []
    cands = holding(doc, lowered(doc), ("missile", "raids", "strikes", "dropped"))
    for idx, sent in enumerate(doc.sentences):
        if idx not in cands:
            continue  # none of the words below (found once in the whole body)
        low = sent.text.lower()
        if not ("missile" in low or "raids" in low or "strikes" in low or "dropped" in low):
            continue  # no pattern below can match (one C call per sentence)
        if _PERIOD.match(sent.text) or _SINCE.search(sent.text):
            continue  # "In 2024, the aggression launched more than 1,000 raids": a period's total
        prev = doc.sentences[idx - 1].text if idx > 0 else ""
        hits: list[tuple[re.Match[str], StrikeWeapon]] = []
        # each pattern below holds its literal: one skipped scan per absent word
        if "missile" in low:
            hits.extend((m, "missile") for m in _MISSILE_AND_AIR.finditer(sent.text))
        if "raids" in low and not _ARREST.search(sent.text):
            hits.extend((m, "airstrike") for m in _RAIDS.finditer(sent.text))
        if "strikes" in low:
            for m in _ADJ_STRIKES.finditer(sent.text):
                side = _AIR_SIDE.search(sent.text) or _AIR_SIDE.search(prev)
                air = side is not None and not _RUSSIA.search(sent.text)
                hits.append((m, "airstrike" if air else "other"))
        if "dropped" in low:
            hits.extend((m, "other") for m in _DROPPED.finditer(sent.text))
        for m, weapon in hits:
            start, end = sent.start + m.start("q"), sent.start + m.end()
            q = one_count(m.group("q"))
            if q is None:
                continue
            if any(
                s.evidence.start < end and start < s.evidence.end and s.count == q.value
                for s in strikes
            ):
                continue
            new.append(bare_strike(doc, start, end, weapon, q))
    return merged(found, new)

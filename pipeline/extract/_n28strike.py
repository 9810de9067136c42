"""Round n28's strike revisions, run last in :func:`pipeline.extract.strikes.find`.

- Launch figures that an outcome without a shoot-down figure turns into an air-defence
  report ("..., while the missiles had reached their targets") are no strikes
  (:func:`pipeline.extract._n28air.unstruck`).
- "N strikes" of the Israeli or US military ("The Israeli army affirmed to have carried
  out 14 strikes against «terrorist infrastructures»", "a dozen strikes against positions
  of the movement") are airstrikes, as the sets label them; Russian "strikes on 14
  settlements" stay ``other`` (the sentence must name Israel or the US and not Russia).
- "riposted with two air strikes which killed ..." - a counted air-strike noun after
  "responded/riposted/retaliated with" that no earlier reader made a strike of - is one.
- A past attack recalled in the pluperfect with its date ("The last great attack ...,
  on 5 October, had involved 496 drones and 53 missiles") is background, no strike.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import (
    _n28air,
    _n29air,
    _n30bg,
    _n32strike,
    _n33air,
    _n33strike,
    _n34air,
    _n34strike,
    _n35strike,
    _n36strike,
    _n37air,
    _n38air,
    _n39strike,
    _n41strike,
    _n43strike,
    _n44strike,
    _n46strike,
    _n49strike,
    _n50strike,
    _n52strike,
    _n54strike,
    _n55launch,
    _n56strike,
    _n57strike,
    _n58strike,
    _n59strike,
    _n62strike,
    _n66air,
    _n69air,
    _n71air,
    _n73air,
    _n75strike,
    _n77strike,
    _n78air,
    _n78tally,
    _s82strike,
)
from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract._nlit import holding, lowered
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Strike
from pipeline.extract.numbers import find_quantities

__all__ = ["revise"]

_STRIKES_AFTER = re.compile(r"\s+strikes\s+(?:against|on|targeting|at|in)\b", re.I)
_AIR_ARMY = re.compile(
    r"\b(?:Israeli|Israel|IDF|American|U\.S\.|US|United\s+States|Central\s+Command)\b"
)
_RUSSIA = re.compile(r"\bRussia|\bRussian|\bsettlements\b")
_WITH_AIR = re.compile(
    r"\b(?:responded|riposted|retaliated|replied|hit\s+back)\s+with\s+(?:some\s+|about\s+|around\s+)?"
    r"(?P<q>[\w,]+)\s+air\s*strikes\b",
    re.I,
)
_WITH_VERBS = ("responded", "riposted", "retaliated", "replied", "hit")
"""A literal (lower-cased) of every :data:`_WITH_AIR` verb ("hit" for "hit back")."""
_PAST_DATED = re.compile(
    r"\b(?:last|previous|largest|biggest|great(?:est)?)\b[^.]{0,80},\s+on\s+\d{1,2}\s+[A-Z][a-z]+"
    r"(?:\s+\d{4})?,\s+had\s+(?:involved|included|comprised)\b"
    r"|\b(?:attack|wave)[^.]{0,40},\s+(?:on|at\s+the\s+end\s+of|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+"
    r"(?:\s+\d{4})?,\s+had\s+(?:involved|included|comprised)\b",
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n28's strike revisions."""
    found = _n28air.unstruck(doc, found)
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike):
            idx = sentence_of(doc, f.evidence.start)
            if idx >= 0:
                text = doc.sentences[idx].text
                if _PAST_DATED.search(text):
                    continue  # "The last great attack ..., on 5 October, had involved ..."
                if f.weapon == "other" and _israeli_strikes(doc, idx, f):
                    f = replace(f, weapon="airstrike")
        out.append(f)
    found = _n32strike.revise(doc, _n30bg.drop(doc, _n29air.strikes(doc, _with_air(doc, out))))
    found = _n33strike.revise(doc, _n33air.strikes(doc, found))
    found = _n34air.strikes(doc, _n34strike.revise(doc, found))
    found = _n37air.strikes(doc, _n36strike.revise(doc, _n35strike.revise(doc, found)))
    found = _n41strike.revise(doc, _n39strike.revise(doc, _n38air.strikes(doc, found)))
    found = _n46strike.revise(doc, _n44strike.revise(doc, _n43strike.revise(doc, found)))
    found = _n54strike.revise(
        doc, _n52strike.revise(doc, _n50strike.revise(doc, _n49strike.revise(doc, found)))
    )
    found = _n56strike.revise(doc, _n55launch.strikes(doc, found))
    found = _s82strike.strikes(doc, found)  # h_fix_s82: detected sea drones, rockets falling
    found = _n57strike.strikes(doc, found)  # h_fix_n57: recaps, launches answered vaguely
    found = _n58strike.strikes(doc, found)  # h_fix_n58: ground assaults, volleys
    found = _n59strike.strikes(doc, found)  # h_fix_n59: Israel struck N times
    found = _n62strike.strikes(doc, found)  # h_fix_n62: late answers, raids, released bombs
    found = _n66air.strikes(doc, found)  # h_fix_n66: vague outcome clauses, salvo nouns
    found = _n69air.strikes(doc, found)  # h_gen_n69: ordinal / deflected outcomes, ranges
    found = _n71air.strikes(doc, found)  # h_gen_n71: recap lines behind a glued link line
    found = _n73air.strikes(doc, found)  # h_gen_n73: quantified shares of a counted salvo
    found = _n75strike.strikes(doc, found)  # h_gen_n75: impact-verb salvos, recalled attacks
    found = _n77strike.strikes(doc, found)  # h_gen_n77: front tallies, list weapons, recaps
    found = _n78air.strikes(doc, found)  # h_gen_n78: launches a late / noun outcome answers
    return _n78tally.strikes(doc, found)  # h_gen_n78: dated recalls, elided shell tallies


def _israeli_strikes(doc: Document, idx: int, f: Strike) -> bool:
    sent = doc.sentences[idx]
    if _RUSSIA.search(sent.text) or not _AIR_ARMY.search(sent.text):
        return False
    for q in find_quantities(sent.text):
        at = sent.start + q.num_start
        if f.evidence.start <= at < f.evidence.end and q.value == f.count:
            return _STRIKES_AFTER.match(sent.text, q.end) is not None
    return False


def _with_air(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add "riposted with two air strikes" that no reader made a strike of."""
    if "air strikes" not in doc.body and "airstrikes" not in doc.body:
        return found
    strikes = [f for f in found if isinstance(f, Strike)]
    new: list[Finding] = []
    # an ASCII body matches the case-blind pattern only where its lower-cased copy holds a
    # verb of it: the other sentences are not scanned (any other body: all of them)
    ascii_body = doc.body.isascii()
    cands = holding(doc, lowered(doc), _WITH_VERBS) if ascii_body else set()
    for idx, sent in enumerate(doc.sentences):
        if ascii_body and idx not in cands:
            continue
        for m in _WITH_AIR.finditer(sent.text):
            q = one_count(m.group("q"))
            if q is None:
                continue
            start, end = sent.start + m.start("q"), sent.start + m.end()
            if any(s.evidence.start < end and start < s.evidence.end for s in strikes):
                continue
            new.append(bare_strike(doc, start, end, "airstrike", q))
    return merged(found, new)

"""Round n33's strike revisions: restated counts, weapons in stock, a late "with N missiles".

Real regional and agency copy (real5: Ukrinform relays of Dnipropetrovsk and Kherson posts,
Xinhua Gaza copy, a Sudan report) showed three strike shapes the earlier readers got wrong:

- a count the story tells twice: the lede "shelled the Nikopol district 5 times with
  artillery and attacked three times with kamikaze drones" and the official's quote "There
  have been five artillery attacks and three kamikaze drone strikes on the Nikopol district
  today", or "launched five artillery strikes on ..." then "In total, they shelled
  populated settlements five times": a restated count is one event, so a later strike of
  the same weapon and count goes unless its sentence names a place the earlier one does not,
  is fronted by another time ("In the evening, ...") or says "also / as well / again";
- weapons positioned, not used: "satellite imagery revealed that the RSF had deployed at
  least 43 unmanned aerial vehicles (UAVs) at Nyala airport", "stationed 20 drones at an
  airfield" - a stock (the conventions' "Intent, forecast and stock"), no strike;
- the weapon figure after a long object: "Israeli aircraft also targeted the Abu Asi school,
  which houses displaced families in ..., with two missiles" - a strike of 2 missiles the
  readers lost past the relative clause.
"""

from __future__ import annotations

import re

from pipeline.extract import _n65rep
from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import holding
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception, Strike, StrikeWeapon
from pipeline.extract.numbers import find_quantities

__all__ = ["revise"]

_STOCK = re.compile(
    r"\b(?:stationed|positioned|deployed|amassed|concentrated|stockpiled|parked|based)\s+"
    r"(?:(?:at\s+least|about|around|some|more\s+than|over|up\s+to|nearly)\s+)?[\w,.-]+\s+"
    r"[^.;]{0,80}?\b(?:at|on|to)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:airports?|airfields?|air\s*bases?|airstrips?|bases?|launch\s+sites?|hangars?|depots?)\b"
    r"|\b(?:stationed|positioned|stockpiled)\s+(?:(?:at\s+least|about|around|some)\s+)?[\w,.-]+\s+",
    re.I,
)
_PLACE = re.compile(
    r"\b(?:in|on|at|near|over|across|into|towards?|hit|shelled|struck|attacked|targeted)\s+"
    r"(?:the\s+)?([A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+)*)\b"
)
_NOT_PLACE = frozenset(
    {
        "There",
        "The",
        "Russian",
        "Russians",
        "Russia",
        "Ukrainian",
        "Ukraine",
        "Head",
        "Regional",
        "Military",
        "Administration",
        "Telegram",
        "In",
        "Today",
        "Tonight",
        "Fortunately",
        "According",
        "Israeli",
        "Israel",
    }
)
_AGAIN = re.compile(r"\b(?:also|as\s+well|again|another|more|further|separately)\b", re.I)
_OTHER_TIME = re.compile(
    r"^\W*(?:(?:In|By|During|Later\s+in)\s+the\s+(?:morning|afternoon|evening|night)|"
    r"(?:On|Earlier\s+on|Late\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"Yesterday|Earlier|Later|Last\s+(?:night|week)|A\s+day\s+earlier)\b",
)
_LATE_WITH = re.compile(
    r"\b(?:targeted|struck|hit|bombed|attacked|shelled)\s+(?:the\s+|a\s+|an\s+)?[^.;]{3,60}?,\s+"
    r"(?:which|that|where|who)\s+[^.;]{5,160}?,\s+with\s+(?P<q>[\w-]+)\s+"
    r"(?:(?:guided|ballistic|cruise|air-to-surface)\s+)?(?P<w>missiles|rockets|drones)\b"
)
_WEAPON: dict[str, StrikeWeapon] = {"missiles": "missile", "rockets": "rocket", "drones": "drone"}
_LATE_VERBS = ("targeted", "struck", "hit", "bombed", "attacked", "shelled")


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n33's strike revisions."""
    found = _late_with(doc, found)
    strikes = [f for f in found if isinstance(f, Strike)]
    if not strikes:
        return found
    drop: set[int] = set()
    sents = doc.sentences
    for j, f in enumerate(found):
        if not isinstance(f, Strike):
            continue
        idx = sentence_of(doc, f.evidence.start)
        if idx < 0:
            continue
        text = sents[idx].text
        m = _STOCK.search(text)
        at = sents[idx].start
        if m is not None and f.evidence.start < at + m.end() and at + m.start() < f.evidence.end:
            drop.add(j)
            continue
        if f.count >= 2 and _restated(doc, idx, f, strikes):
            drop.add(j)
    return [f for j, f in enumerate(found) if j not in drop] if drop else found


def _places(text: str) -> set[str]:
    return {m.group(1) for m in _PLACE.finditer(text) if m.group(1) not in _NOT_PLACE}


def _restated(doc: Document, idx: int, f: Strike, strikes: list[Strike]) -> bool:
    """True when an earlier sentence of the story counted the same strike."""
    sents = doc.sentences
    text = sents[idx].text
    if _AGAIN.search(text) or _OTHER_TIME.match(text):
        return False
    for e in strikes:
        if e is f or e.weapon != f.weapon or e.count != f.count:
            continue
        if _unit(doc, e) != _unit(doc, f):
            continue  # "attacked Ochakiv 9 times" and "Nine Shahed drones hit the port"
        eidx = sentence_of(doc, e.evidence.start)
        if eidx < 0 or eidx >= idx or sents[idx].paragraph - sents[eidx].paragraph > 2:
            continue
        if _n65rep.days_apart(sents[eidx].text, text):
            continue  # h_fix_n65: equal strikes of two days
        if _places(text) - _places(" ".join(s.text for s in sents[max(0, eidx - 1) : idx])):
            continue  # a place the earlier count does not name
        return True
    return False


_TIMES = re.compile(
    r"\s+(?:times\b|(?:[\w-]+\s+){0,3}?(?:attacks|strikes|shellings|raids|assaults)\b)", re.I
)


def _unit(doc: Document, f: Strike) -> str:
    """Whether the strike's figure counts attacks ("5 times", "five artillery attacks") or
    munitions ("Nine Shahed drones"): two counts of different units are no restatement."""
    for q in find_quantities(f.evidence.text):
        if q.value == f.count:
            at = f.evidence.start + q.end
            return "attacks" if _TIMES.match(doc.body, at) else "munitions"
    return "unknown"


def _late_with(doc: Document, found: list[Finding]) -> list[Finding]:
    if not body_has(doc.body, " with "):
        return found
    new: list[Finding] = []
    # a match holds one of the verbs and one of the nouns of :data:`_LATE_WITH`
    body = doc.body
    cands = holding(doc, body, _WEAPON) & holding(doc, body, _LATE_VERBS)
    for sent in (doc.sentences[k] for k in sorted(cands)):
        for m in _LATE_WITH.finditer(sent.text):
            q = one_count(m.group("q"))
            if q is None:
                continue
            start, end = sent.start + m.start("q") - 5, sent.start + m.end()
            if any(
                isinstance(f, (Strike, Interception))
                and f.evidence.start < sent.end
                and sent.start < f.evidence.end
                for f in found
            ):
                continue
            new.append(bare_strike(doc, start, end, _WEAPON[m.group("w")], q))
    return merged(found, new)

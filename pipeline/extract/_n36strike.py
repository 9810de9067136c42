"""Round n36's strike readings of real regional daily reports and air-war copy.

Real Ukrinform/UNN/Censor.NET relays of Kherson, Zaporizhzhia and Donetsk daily reports, the
Russian Defence Ministry's weekly summaries and AP copy on US strikes in Yemen (the real8
page set) showed strike shapes the earlier readers got wrong:

- a shell count tied to a mixed weapon list of the same report ("fired 88 times with
  mortars, artillery, Grad, tanks, aircraft and UAVs, firing 387 shells", "fired 531 shells
  using aircraft, UAVs, tanks, ...") and the per-city shares after it ("The enemy fired 29
  shells at the city of X", "X was hit with 57 shells") are ``other``: "shells" there counts
  the rounds of every listed weapon. A plain "512 artillery shells", or a shell count with
  no mixed list around it, stays ``artillery``;
- "seven strikes hit the airport in X", "Four more strikes hit ..." where the article says
  aircraft, warplanes or jets bombed or struck are air strikes (as the adjective rule of
  :mod:`pipeline.extract._n32strike` reads "two rare strikes");
- a weapon told in a colon lead ("Artillery shelling was also intense: 72 attacks were
  launched in ...") gives the counted attacks after the colon that weapon;
- "carried out one massive and six group strikes" counts both figures; a headline total
  that only adds them up ("Carries Out 7 Retaliatory Strikes") restates them;
- a lede strike restated later with another weapon reading ("shelled Donetsk region 10
  times" ... "In total, Russians fired 10 times at localities") is one strike: ``other``
  when a mixed list goes with either, else the named weapon;
- counted attacks with an adjective between the figure and the noun ("28 coordinated
  strikes", "116 fire attacks") and "came under attack N times" are ``other`` strikes;
  "N strikes were planned" is intent, no strike.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import holding, lowered, sentences_with
from pipeline.extract._sentindex import disjoint, sentence_of
from pipeline.extract.model import Document, Finding, Interception, Strike, StrikeWeapon

__all__ = ["revise"]

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("mortar", re.compile(r"\bmortars?\b", re.I)),
    ("artillery", re.compile(r"\b(?:artillery|howitzers?|cannon)\b", re.I)),
    ("mlrs", re.compile(r"\b(?:Grads?|MLRS|rocket\s+(?:launchers?|systems?)|multiple)\b", re.I)),
    ("tank", re.compile(r"\btanks?\b", re.I)),
    ("air", re.compile(r"\b(?:aircraft|aviation|planes?|air\s*strikes?|glide\s+bombs?)\b", re.I)),
    ("drone", re.compile(r"\b(?:drones?|UAVs?|FPV)\b", re.I)),
    ("atgm", re.compile(r"\bATGMs?\b")),
)
_SHELLS = re.compile(r"\bshells\b|\brounds\b(?!\s+of\s+shelling)", re.I)
_NAMED_SHELLS = re.compile(
    r"\b(?:artillery|mortar|tank|howitzer|\d{2,3}[- ]?mm|calibre|caliber)\s+(?:shells|rounds)\b",
    re.I,
)
_OTHER_COUNTED = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[\w-]+\s+)?(?:glide\s+bombs|bombs|KABs|drones|UAVs|missiles|rockets)\b",
    re.I,
)
"""Another kind counted beside the shells ("512 shells and 11 glide bombs"): the list is split,
and the shells are the guns' share."""
_STRIKES_HIT = re.compile(r"\bstrikes?\s+(?:also\s+)?(?:hit|struck|targeted|pounded)\b", re.I)
_AIRCRAFT = re.compile(
    r"\b(?:warplanes?|jets?|aircraft|fighter|bombers?|air\s+force|planes?)\b[^.]{0,60}"
    r"\b(?:bombed|struck|hit|pounded|carried\s+out|launched|raided|targeted)\b",
    re.I,
)
_RUSSIA = re.compile(r"\bRussia|\bRussian")
_COLON_LEAD = re.compile(
    r"(?P<lead>[^:.]{0,60}\b(?:shelling|artillery|drones?|UAVs?|MLRS|air\s*strikes|aviation)"
    r"\b[^:.]{0,60}):\s+(?P<q>[\w,]+)\s+(?:more\s+)?(?:attacks|strikes|shellings)\s+"
    r"(?:were|was)\s+(?:also\s+)?(?:launched|recorded|registered|carried\s+out|conducted)\b",
    re.I,
)
_LEAD_WEAPON: tuple[tuple[StrikeWeapon, re.Pattern[str]], ...] = (
    ("drone", re.compile(r"\b(?:drones?|UAVs?)\b", re.I)),
    ("mlrs", re.compile(r"\bMLRS\b")),
    ("airstrike", re.compile(r"\b(?:air\s*strikes|aviation)\b", re.I)),
    ("artillery", re.compile(r"\b(?:shelling|artillery)\b", re.I)),
)
_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MASSIVE = re.compile(rf"\b(?P<a>{_NUM})\s+massive\s+and\s+(?P<b>{_NUM})\s+group\s+strikes\b", re.I)
_ADJ_ATTACKS = re.compile(
    r"\b(?:carried\s+out|launched|delivered|conducted|executed|made)\s+(?:a\s+total\s+of\s+)?"
    rf"(?P<q>{_NUM})\s+(?:coordinated|fire|combined|group)\s+(?:strikes|attacks)\b"
    r"|\bcame\s+under\s+(?:enemy\s+)?(?:attack|fire)\s+(?P<t>[\w,]+)\s+times\b",
    re.I,
)
_NAMED_AFTER = re.compile(
    r"[^.;]{0,12}?(?:\bwith\b|\bby\b|\bfrom\b|:)[^.;]{0,60}?\b(?:artillery|mortars?|tanks?|drones?|"
    r"UAVs?|MLRS|Grads?|aircraft|aviation|rockets?|missiles?|bombs?|shells?)\b",
    re.I,
)
"""A weapon named after "came under attack N times" (with/by/from or a colon)."""
_PLANNED = re.compile(
    r"\b(?:strikes?|attacks?)\s+(?:were|was|are|is|had\s+been)\s+(?:planned|envisaged|foreseen)\b",
    re.I,
)
_W = r"UAVs?|drones?|MLRS|Grads?|aircraft|aviation|artillery|mortars?"
_LIST_ITEM = re.compile(
    rf"(?:,|\band)\s+(?:(?P<q>{_NUM})\s+(?:(?P<air>air\s*strikes)|(?:attacks?|strikes?)\s+"
    rf"(?:from|by)\s+(?:an?\s+)?(?P<w>{_W}))|another\s+(?:one\s+)?(?:from|by)\s+(?:an?\s+)?"
    rf"(?P<w2>{_W}))\b",
    re.I,
)
_ITEM_WEAPON: tuple[tuple[StrikeWeapon, re.Pattern[str]], ...] = (
    ("drone", re.compile(r"UAV|drone", re.I)),
    ("mlrs", re.compile(r"MLRS|Grad", re.I)),
    ("airstrike", re.compile(r"aircraft|aviation|air", re.I)),
    ("artillery", re.compile(r"artillery|mortar", re.I)),
)
_MIXED_WINDOW = 3
"""Sentences either side of a shell count in which a mixed list still belongs to its report."""


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n36's strike revisions."""
    body = doc.body
    if body_has(body, "shells") or body_has(body, "rounds"):
        found = _mixed_shells(doc, found)
    if body_has(body, "strike"):
        found = _air_strikes_hit(doc, found)
        found = _massive(doc, found)
    if body_has(body, ":"):
        found = _colon_lead(doc, found)
    found = _adjective_attacks(doc, found)
    found = _list_items(doc, found)
    found = _restated(doc, found)
    return [f for f in found if not _planned(doc, f)]


def _kinds(text: str) -> int:
    return sum(1 for _, rx in _KINDS if rx.search(text))


def _mixed_near(doc: Document, idx: int) -> bool:
    lo, hi = max(0, idx - _MIXED_WINDOW), min(len(doc.sentences), idx + _MIXED_WINDOW + 1)
    para = doc.sentences[idx].paragraph
    return any(
        _kinds(doc.sentences[i].text) >= 3
        for i in range(lo, hi)
        if abs(doc.sentences[i].paragraph - para) <= 3
    )


def _mixed_shells(doc: Document, found: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for f in found:
        if (
            isinstance(f, Strike)
            and f.weapon == "artillery"
            and _SHELLS.search(f.evidence.text)
            and not _NAMED_SHELLS.search(f.evidence.text)
        ):
            idx = sentence_of(doc, f.evidence.start)
            text = doc.sentences[idx].text if idx >= 0 else ""
            if (
                idx >= 0
                and not _NAMED_SHELLS.search(text)
                and not _OTHER_COUNTED.search(text)
                and _mixed_near(doc, idx)
            ):
                f = replace(f, weapon="other")
        out.append(f)
    return out


def _air_strikes_hit(doc: Document, found: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike) and f.weapon == "other":
            idx = sentence_of(doc, f.evidence.start)
            tail = doc.body[f.evidence.start : f.evidence.end + 20]
            if idx >= 0 and _STRIKES_HIT.search(tail):
                around = " ".join(s.text for s in doc.sentences[max(0, idx - 2) : idx + 1])
                if _AIRCRAFT.search(around) and not _RUSSIA.search(around):
                    f = replace(f, weapon="airstrike")
        out.append(f)
    return out


def _colon_lead(doc: Document, found: list[Finding]) -> list[Finding]:
    out = list(found)
    new: list[Finding] = []
    # the pattern needs its colon (and scans up to 120 characters a position)
    for sent in sentences_with(doc, ":"):
        for m in _COLON_LEAD.finditer(sent.text):
            q = one_count(m.group("q"))
            if q is None or q.value < 1:
                continue
            weapon = next((w for w, rx in _LEAD_WEAPON if rx.search(m.group("lead"))), None)
            if weapon is None:
                continue
            start, end = sent.start + m.start("q"), sent.start + m.end()
            hit = [
                i
                for i, g in enumerate(out)
                if isinstance(g, Strike) and g.evidence.start < end and start < g.evidence.end
            ]
            if hit:
                for i in hit:
                    g = out[i]
                    if isinstance(g, Strike) and g.weapon == "other" and g.count == q.value:
                        out[i] = replace(g, weapon=weapon)
                continue
            if any(
                isinstance(g, Interception) and g.evidence.start < end and start < g.evidence.end
                for g in out
            ):
                continue
            lead_start = sent.start + m.start("lead")
            new.append(bare_strike(doc, lead_start, end, weapon, q))
    return merged(out, new)


def _massive(doc: Document, found: list[Finding]) -> list[Finding]:
    new: list[Finding] = []
    totals: set[int] = set()
    if not body_has(lowered(doc), "massive"):
        return found
    for sent in doc.sentences:
        for m in _MASSIVE.finditer(sent.text):
            a, b = one_count(m.group("a")), one_count(m.group("b"))
            if a is None or b is None:
                continue
            totals.add(a.value + b.value)
            start, end = sent.start + m.start(), sent.start + m.start("b")
            if any(
                isinstance(g, Strike)
                and g.count == a.value
                and g.evidence.start < end
                and start < g.evidence.end
                for g in found
            ):
                continue
            new.append(bare_strike(doc, start, end, "other", a))
    if not totals:
        return found
    kept = [
        f
        for f in found
        if not (isinstance(f, Strike) and f.count in totals)
        or _MASSIVE.search(_sentence_text(doc, f))
    ]
    return merged(kept, new)


def _sentence_text(doc: Document, f: Finding) -> str:
    idx = sentence_of(doc, f.evidence.start)
    return doc.sentences[idx].text if idx >= 0 else ""


def _adjective_attacks(doc: Document, found: list[Finding]) -> list[Finding]:
    new: list[Finding] = []
    cands = holding(doc, lowered(doc), ("strikes", "attacks", "times"))  # once in the body
    for idx, sent in enumerate(doc.sentences):
        if idx not in cands:
            continue
        low = sent.text.lower()
        if "strikes" not in low and "attacks" not in low and "times" not in low:
            continue  # every reading ends on one of these words
        for m in _ADJ_ATTACKS.finditer(sent.text):
            q = one_count(m.group("q") or m.group("t"))
            if q is None or q.value < 2:
                continue
            if m.group("t") and not _NAMED_AFTER.match(sent.text, m.end()):
                continue  # "came under attack three times since midnight": no weapon, no
                # strike (the written call of dev_numeric31)
            start, end = sent.start + m.start(), sent.start + m.end()
            if any(
                isinstance(g, (Strike, Interception))
                and g.evidence.start < end
                and start < g.evidence.end
                for g in found
            ):
                continue
            new.append(bare_strike(doc, start, end, "other", q))
    return merged(found, new)


def _list_items(doc: Document, found: list[Finding]) -> list[Finding]:
    """Counted items continuing a strike list: ", four air strikes, one attack from UAV, and
    another from MLRS" after "launched 55 artillery strikes"."""
    new: list[Finding] = []
    strikes = [f for f in found if isinstance(f, Strike)]
    by: dict[int, list[Strike]] = {}  # each sentence's strikes, from one walk (disjoint ones)
    ordered = disjoint(doc)
    if ordered:
        for f in strikes:
            by.setdefault(sentence_of(doc, f.evidence.start), []).append(f)
    for k, sent in enumerate(doc.sentences):
        if ordered:
            first = by.get(k, [])
        else:
            first = [f for f in strikes if sent.start <= f.evidence.start < sent.end]
        if not first:
            continue
        after = min(f.evidence.start for f in first)
        for m in _LIST_ITEM.finditer(doc.body, after, sent.end):
            text = m.group("w") or m.group("w2") or m.group("air") or ""
            weapon = next((w for w, rx in _ITEM_WEAPON if rx.search(text)), None)
            q = one_count(m.group("q")) if m.group("q") else one_count("one")
            if weapon is None or q is None or q.value < 1:
                continue
            start = m.start("q") if m.group("q") else m.start() + m.group(0).index("another")
            end = m.end()
            if any(
                g.evidence.start < end
                and start < g.evidence.end
                and (not isinstance(g, Strike) or g.count == q.value)
                for g in found
            ):
                continue
            new.append(bare_strike(doc, start, end, weapon, q))
    return merged(found, new)


def _restated(doc: Document, found: list[Finding]) -> list[Finding]:
    """One strike for an artillery/other pair of the same count told twice in a report."""
    strikes = [f for f in found if isinstance(f, Strike) and f.count >= 3]
    drop: set[int] = set()
    for i, f in enumerate(strikes):
        for g in strikes[i + 1 :]:
            if f.count != g.count or {f.weapon, g.weapon} != {"artillery", "other"}:
                continue
            fi, gi = sentence_of(doc, f.evidence.start), sentence_of(doc, g.evidence.start)
            if fi < 0 or gi < 0 or fi == gi:
                continue
            art, oth = (f, g) if f.weapon == "artillery" else (g, f)
            oi = gi if oth is g else fi
            if _kinds(doc.sentences[oi].text) >= 3:
                drop.add(id(art))
            elif not _kinds(oth.evidence.text):
                drop.add(id(oth))
    return [f for f in found if id(f) not in drop]


def _planned(doc: Document, f: Finding) -> bool:
    if not isinstance(f, Strike):
        return False
    m = _PLANNED.search(doc.body, f.evidence.start, f.evidence.end + 40)
    return m is not None and m.start() < f.evidence.end

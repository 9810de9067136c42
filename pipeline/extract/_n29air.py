"""Round n29's strike and air-defence readings (translated Romance and German copy).

- A count in apposition to the weapon noun: "the drones, at least six, targeted the
  market" is a strike of six drones when the sentence states no outcome; "the drones, at
  least twelve, were all shot down" is an interception of all twelve.
- A predicate count: "the missiles fired from Iranian territory were about 35, the
  majority of which were intercepted" is a launch figure - an interception with the
  launch only (or all of it: "were two, and both were intercepted"), and with no outcome
  in the sentence or the next one ("the drones sent ... during the night were 95") a
  strike.
- A shoot-down claim's total after a colon and its per-region shares: "drones had been
  shot down over Russian territory: 64 in total, of these 21 over the Kursk region" - the
  total and each region's share are interceptions (launched unknown), as the sets label
  per-region breakdowns.
- A running total since a start is background: "since the start of the mission, in
  February 2024, the European units ... have shot down more than 20 drones" (fronted, with
  a dated aside) is no interception and no strike.

:func:`revise` (interceptions) and :func:`strikes` are wired in after round n28's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _n28air
from pipeline.extract._barestrike import bare_strike
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import holding, lowered
from pipeline.extract._numsource import report_source
from pipeline.extract._perdoc import per_document
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Evidence, Finding, Interception, Strike, StrikeWeapon
from pipeline.extract.numbers import Quantity, find_quantities
from pipeline.extract.speakers import Speakers

__all__ = ["revise", "strikes"]

_WEAPON = r"(?P<w>drones|missiles|rockets|projectiles)"
_WEAPONS = ("drones", "missiles", "rockets", "projectiles")
"""The nouns of :data:`_WEAPON`: a sentence without one cannot hold the two forms."""
_QTY = r"(?P<q>(?:(?:at\s+least|about|around|some|over|more\s+than|nearly|almost)\s+)?[\w,.]+?)"
_APPOSED = re.compile(
    rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?{_WEAPON}\s*,\s*{_QTY}(?:\s+in\s+(?:all|total))?\s*,\s+",
)
_DOWN = (
    r"(?:were|had\s+been|have\s+been)\s+(?:all\s+)?(?:shot\s+down|intercepted|destroyed|"
    r"neutrali[sz]ed)\b"
)
_HIT = re.compile(
    r"(?:targeted|struck|hit|fell|landed|exploded|attacked|slammed|crashed|were\s+(?:launched|fired))\b"
)
_PREDICATE = re.compile(
    rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?{_WEAPON}(?P<mid>\s+(?:fired|launched|sent|used)\b[^,.;:\d]{{0,60}}?)?"
    rf"\s+were\s+{_QTY}(?=\s*(?:[,.;]|$|\s+and\b|\s+in\s+(?:all|total)))",
)
_SOME_OF_WHICH = re.compile(
    r"\s*,\s+(?:the\s+majority|most|some|part|many)\s+of\s+(?:which|them)\s+" + _DOWN, re.I
)
_N_OF_WHICH = re.compile(
    r"\s*,\s+of\s+(?:which|them|these)\s+(?P<n>[\w,.]+)\s+" + _DOWN.replace("(?:all\\s+)?", ""),
    re.I,
)
_OF_THEM = re.compile(r"\bof\s+(?:them|these)\b", re.I)
_ALL_OF = re.compile(r"\s*,?\s+and\s+(?:both|all)(?:\s+of\s+them)?\s+" + _DOWN, re.I)
_OUTCOME = re.compile(r"intercept|shot\s+down|destroy|neutrali|reached\s+their", re.I)

_COLON_TOTAL = re.compile(
    r":\s+(?:a\s+total\s+of\s+)?(?P<t>\d[\d,.]*)(?:\s+(?:in\s+total|altogether|in\s+all))?,\s+"
    r"(?:of\s+(?:these|them|which)|including|among\s+them)\s+",
    re.I,
)
_SHARE = re.compile(r"(?P<n>\d[\d,.]*)\s+over\s+(?:the\s+)?(?P<p>(?:[A-Z][\w-]*\s+){1,2}region)")
_DOWNED_BEFORE = re.compile(r"shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed", re.I)

_SINCE_START = re.compile(
    r"\b(?:since|from)\s+(?:the\s+(?:start|beginning|launch|outset)\s+of\s+(?:the\s+|its\s+)?"
    r"(?:mission|operation|war|invasion|deployment|campaign|conflict|offensive)|its\s+"
    r"(?:launch|start|creation|deployment|beginning))\b(?:,\s+(?:in|on|last)\s+[^,]{2,25},)?",
    re.I,
)
_PERFECT_DOWN = re.compile(
    r"\b(?:have|has)\s+(?:[\w-]+\s+){0,8}?(?:shot\s+down|intercepted|destroyed)\b"
)


_MISSILES_HIT = re.compile(
    r"^\W*(?:The|Both|All)\s+(?:(?:two|three|four|five|six|both|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
    r"missiles\s+(?:had\s+|have\s+)?(?:hit|struck)\s+(?!their\b)"
)


@per_document
def _through(doc: Document) -> list[tuple[int, Interception]]:
    """(body offset of the launch figure, interception 0) of "The missiles hit
    infrastructure in Poltava" after a counted launch and a drone-only shoot-down sentence
    right before it: the missiles got through, a stated zero like "hit their targets"."""
    out: list[tuple[int, Interception]] = []
    cands = holding(doc, doc.body, ("missiles",))  # a literal of every :data:`_MISSILES_HIT`
    for idx, sent in enumerate(doc.sentences):
        if idx < 2 or idx not in cands or _MISSILES_HIT.match(sent.text) is None:
            continue
        if re.search(r"\d", sent.text):
            continue
        prev = doc.sentences[idx - 1]
        low = prev.text.lower()
        if prev.paragraph != sent.paragraph or "drone" not in low or "missile" in low:
            continue
        if not _DOWNED_BEFORE.search(prev.text) or not re.search(r"\d", prev.text):
            continue
        hit = _n28air.launch(doc, idx, 0, _n28air.MISSILE_AFTER, "missile")
        if hit is not None and hit[0] < idx - 1:
            out.append((hit[1], replace(hit[2], intercepted=0)))
    return out


def _one(text: str) -> Quantity | None:
    qs = [q for q in find_quantities(text) if q.total is None]
    return qs[0] if len(qs) == 1 else None


def _icpt(
    doc: Document,
    s: int,
    e: int,
    weapon: str,
    q: Quantity,
    launched: bool,
    down: int | None,
    by: str | None,
) -> Interception:
    return Interception(
        evidence=Evidence(doc.body[s:e], s, e),
        confidence=0.6,
        weapon="drone" if weapon == "drones" else "missile",
        weapon_model=None,
        launched=q.value if launched else None,
        intercepted=down,
        all_intercepted=launched and down == q.value,
        approx=q.approx,
        location=None,
        reported_by=by,
    )


def _reads(doc: Document, speakers: Speakers | None) -> list[Finding]:
    """Every interception and strike of the apposed, predicate and colon-total forms."""
    out: list[Finding] = []
    body = doc.body
    cands = holding(doc, body, (":", *_WEAPONS))  # found once in the whole body
    for idx, sent in enumerate(doc.sentences):
        text = sent.text
        if idx not in cands or (":" not in text and not any(w in text for w in _WEAPONS)):
            continue  # no weapon noun for the two forms and no colon for the total
        by = (report_source(doc, idx, speakers) or speakers.reported_by(idx)) if speakers else None
        nxt = doc.sentences[idx + 1].text if idx + 1 < len(doc.sentences) else ""
        for rx in (_APPOSED, _PREDICATE):
            for m in rx.finditer(text):
                q = _one(m.group("q"))
                if q is None:
                    continue
                s, e = sent.start + m.start(), sent.start + m.end()
                rest = text[m.end() :]
                if rx is _APPOSED:
                    e = sent.start + m.end("q")
                    if re.match(_DOWN, rest):
                        out.append(_icpt(doc, s, e, m.group("w"), q, True, q.value, by))
                    elif _HIT.match(rest) and not _OUTCOME.search(text):
                        out.append(_strike(doc, s, e, m.group("w"), q))
                    continue
                share = _N_OF_WHICH.match(rest)
                n = _one(share.group("n")) if share is not None else None
                if n is not None and n.value <= q.value:
                    out.append(_icpt(doc, s, e, m.group("w"), q, True, n.value, by))
                elif _ALL_OF.match(rest):
                    out.append(_icpt(doc, s, e, m.group("w"), q, True, q.value, by))
                elif _SOME_OF_WHICH.match(rest):
                    out.append(_icpt(doc, s, e, m.group("w"), q, True, None, by))
                elif not _OUTCOME.search(text) and not _OUTCOME.search(nxt):
                    out.append(_strike(doc, s, e, m.group("w"), q))
                elif not _OUTCOME.search(text) and _OF_THEM.search(nxt):
                    later = _one(_OF_THEM.split(nxt)[0][-40:])  # "shot down ten of them"
                    if later is not None and later.value <= q.value:
                        out.append(_icpt(doc, s, e, m.group("w"), q, True, later.value, by))
        cm = _COLON_TOTAL.search(text) if ":" in text else None
        if cm is not None and _DOWNED_BEFORE.search(text, 0, cm.start()):
            m = cm
            head = text[: m.start()].lower()
            weapon = "drones" if "drone" in head else "missiles" if "missile" in head else ""
            t = _one(m.group("t"))
            if weapon and t is not None:
                s = sent.start + m.start() + 1
                s += len(body[s:]) - len(body[s:].lstrip())
                out.append(_icpt(doc, s, sent.start + m.end("t"), weapon, t, False, t.value, by))
                for sh in _SHARE.finditer(text, m.end()):
                    n = _one(sh.group("n"))
                    if n is not None:
                        a, b = sent.start + sh.start(), sent.start + sh.end()
                        rec = _icpt(doc, a, b, weapon, n, False, n.value, by)
                        out.append(_located(rec, sh.group("p")))
    return out


def _located(rec: Interception, place: str) -> Interception:
    return replace(rec, location=place)


def _strike(doc: Document, s: int, e: int, weapon: str, q: Quantity) -> Strike:
    kind: StrikeWeapon = (
        "drone" if weapon == "drones" else "missile" if weapon == "missiles" else "rocket"
    )
    return bare_strike(doc, s, e, kind, q)


def _background(doc: Document, f: Finding) -> bool:
    """True for a figure of a running total since a mission or war began."""
    idx = sentence_of(doc, f.evidence.start)
    if idx < 0:
        return False
    sent = doc.sentences[idx]
    at = f.evidence.end - sent.start
    for m in _SINCE_START.finditer(sent.text, 0, at):
        if _PERFECT_DOWN.search(sent.text, m.end(), at + 40):
            return True
    return False


def _same(a: Finding, b: Finding) -> bool:
    return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` (interceptions) with round n29's readings and without running totals."""
    low = lowered(doc)
    out = found
    if body_has(low, "since") or body_has(low, "from the"):
        out = [f for f in out if not (isinstance(f, Interception) and _background(doc, f))]
    new = [f for f in _reads(doc, speakers) if isinstance(f, Interception)]
    if body_has(low, "missiles"):
        for _, rec in _through(doc):
            if not any(
                isinstance(f, Interception) and f.launched == rec.launched and f.weapon == "missile"
                for f in out
            ):
                idx = sentence_of(doc, rec.evidence.start)
                by = report_source(doc, idx, speakers) or speakers.reported_by(idx)
                new.append(replace(rec, reported_by=by))
    if not new:
        return out
    kept = list(out)
    for rec in new:
        idx = sentence_of(doc, rec.evidence.start)
        sent = doc.sentences[idx]
        mates = [
            f
            for f in kept
            if isinstance(f, Interception) and sent.start <= f.evidence.start < sent.end
        ]
        if any(
            (f.intercepted == rec.intercepted and f.launched == rec.launched and _same(f, rec))
            or (rec.launched is None and f.intercepted == rec.intercepted and f.launched is None)
            for f in mates
        ):
            continue
        end = doc.sentences[idx + 1].end if idx + 1 < len(doc.sentences) else sent.end
        kept = [
            f
            for f in kept
            if not (
                isinstance(f, Interception)
                and f.launched is None
                and (
                    (f in mates and f.intercepted in (None, rec.intercepted))
                    or (
                        rec.launched is not None
                        and f.intercepted == rec.intercepted
                        and sent.end <= f.evidence.start < end
                    )
                )
            )
        ]
        kept.append(rec)
    return sorted(kept, key=lambda f: f.evidence.start)


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` (strikes) with the apposed and predicate launches and without running
    totals."""
    low = lowered(doc)
    out = found
    if body_has(low, "since") or body_has(low, "from the"):
        out = [f for f in out if not (isinstance(f, Strike) and _background(doc, f))]
    if body_has(low, "missiles"):
        for at, rec in _through(doc):
            out = [
                f
                for f in out
                if not (
                    isinstance(f, Strike)
                    and f.evidence.start <= at < f.evidence.end
                    and f.count == rec.launched
                )
            ]
    new = [f for f in _reads(doc, None) if isinstance(f, Strike)]
    new = [
        f
        for f in new
        if not any(isinstance(g, Strike) and (g.count == f.count or _same(f, g)) for g in out)
    ]
    return sorted([*out, *new], key=lambda f: f.evidence.start) if new else out

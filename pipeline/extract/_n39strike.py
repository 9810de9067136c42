"""Round n39's strike revisions (:func:`revise`), run after round n38's.

Real Ukrinform/UNN relays of Ukrainian regional administrations (the real11 page set)
showed strike shapes the earlier readers got wrong:

- asides (:func:`pipeline.extract._n39air.aside`): the paragraph after a bare "Recall"
  heading relays an earlier report and a "Read also:" teaser is another story's headline -
  no strikes; a launch a later shoot-down answers (:func:`pipeline.extract._n39air.answers`)
  is that interception's launch, no strike;
- a lede count told again in a later paragraph with the place spelt another way ("fired 253
  times at 12 settlements in Zaporizhzhia region" / "conducted 253 attacks on 12 settlements
  in Zaporizhzhya region"): one strike, as the conventions' "lede count told again" is;
- shells that "fell on the territory of" a town ("228 artillery shells fell on the territory
  of Orikhiv, ...") are an artillery strike, as "fell on Kupiansk" already was;
- gunfire counted in hits ("fired mortars at the X community - 2 hits", "shelled ... with
  artillery: 7 hits were recorded") is a strike of that many with the gun named;
- a colon list of the weapons used ("used various types of weapons against Kharkiv region:
  64 unguided aerial missiles; 8 KABs; 13 Shahed-type UAVs; ...") gives one strike per
  item, except an item equal to a strike the story already told of that weapon and
  per-model items that add up to such a strike (a breakdown, told again); "unguided
  (aerial) missiles" are missiles also outside such a list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._barestrike import bare_strike, merged
from pipeline.extract._bodylits import body_has
from pipeline.extract._n39air import answers, aside
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Strike, StrikeWeapon
from pipeline.extract.numbers import Quantity, find_quantities
from pipeline.extract.weapons import strike_weapon

__all__ = ["revise"]

_Add = Callable[[int, int, int, StrikeWeapon, Quantity], None]
"""Adds a strike: sentence index, start and end in that sentence, weapon, count."""

_QUAL = r"(?:(?:about|around|some|over|more\s+than|nearly|almost|up\s+to|at\s+least)\s+)?"
_FELL = re.compile(
    r"(?P<q>" + _QUAL + r"[\w,]+)\s+(?:(?P<k>artillery|mortar|tank|MLRS|Grad)\s+)?"
    r"(?:shells|rounds|mines)\s+(?:fell|landed|exploded)\s+(?:on|in|at|near)\s+"
    r"(?:the\s+)?(?:territory|outskirts|area)\s+of\b",
    re.I,
)
_HITS = re.compile(
    r"\b(?:fired|shelled|struck|attacked)\b[^.;]{0,80}?\b(?P<k>mortars?|artillery|tanks?|MLRS|"
    r"Grads?|howitzers?)\b[^.;]{0,60}?(?:\s[-–—]|:)\s*(?P<q>[\w,]+)\s+hits\b",
    re.I,
)
_LIST = re.compile(
    r"\b(?:used|employed)\b[^:.]{0,80}?\bweapons?\b[^:.]{0,60}:\s*(?P<items>[^.]+)", re.I
)
_PART = re.compile(r"[^;]+")
_ITEM = re.compile(r"\s*(?:and\s+)?(?P<q>[\w,]+)\s+(?P<noun>[^;,]+)")
_UNGUIDED = re.compile(
    r"\b(?:fired|launched|used|dropped|with)\s+(?P<q>" + _QUAL + r"[\w,]+)\s+unguided\s+"
    r"(?:(?:aerial|air)\s+)?(?P<w>missiles|rockets)\b",
    re.I,
)


def _one(text: str) -> Quantity | None:
    qs = [q for q in find_quantities(text) if q.total is None]
    return qs[0] if len(qs) == 1 else None


def _place_key(target: str | None) -> str | None:
    """A target with its first word cut to five letters: "Kharkiv/Kharkov region" agree."""
    if not target:
        return None
    words = target.lower().split()
    return " ".join([words[0][:5], *words[1:]])


def _restated(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop a strike telling an earlier strike's count and place again, spelt another way."""
    seen: dict[tuple[int, str], list[tuple[int, Strike]]] = {}
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike) and f.count >= 10 and (key := _place_key(f.target)):
            idx = sentence_of(doc, f.evidence.start)
            para = doc.sentences[idx].paragraph if idx >= 0 else -9
            earlier = seen.setdefault((f.count, key), [])
            if any(
                0 < para - p <= 2
                and (s.weapon == f.weapon or "other" in (s.weapon, f.weapon))
                and s.target != f.target
                for p, s in earlier
            ):
                continue
            earlier.append((para, f))
        out.append(f)
    return out


def _added(doc: Document, strikes: list[Strike]) -> list[Finding]:
    """The strikes of the shells-fell, hits, weapon-list and unguided-missile readings."""
    body = doc.body
    fell = body_has(body, "shells") or body_has(body, "rounds") or body_has(body, "mines")
    hits = body_has(body, " hits")
    listed = body_has(body, "weapons") and body_has(body, ";")
    unguided = body_has(body, "unguided")
    if not (fell or hits or listed or unguided):
        return []
    told: set[tuple[StrikeWeapon, int]] = {(s.weapon, s.count) for s in strikes}
    by_sent: dict[int, set[int]] = {}
    for s in strikes:
        by_sent.setdefault(sentence_of(doc, s.evidence.start), set()).add(s.count)
    new: list[Finding] = []

    def add(idx: int, start: int, end: int, weapon: StrikeWeapon, q: Quantity) -> None:
        if q.value in by_sent.get(idx, set()):
            return
        sent = doc.sentences[idx]
        new.append(bare_strike(doc, sent.start + start, sent.start + end, weapon, q))
        by_sent.setdefault(idx, set()).add(q.value)

    for idx, sent in enumerate(doc.sentences):
        text = sent.text
        if fell and ("fell" in text or "landed" in text or "exploded" in text):
            for m in _FELL.finditer(text):
                if (q := _one(m.group("q"))) is not None:
                    gun: StrikeWeapon = (
                        "mlrs" if (m.group("k") or "").lower() in ("mlrs", "grad") else "artillery"
                    )
                    add(idx, m.start(), m.end(), gun, q)
        if hits and " hits" in text:
            for m in _HITS.finditer(text):
                if (q := _one(m.group("q"))) is not None:
                    k = m.group("k").lower()
                    weapon: StrikeWeapon = "mlrs" if k.startswith(("mlrs", "grad")) else "artillery"
                    add(idx, m.start(), m.end(), weapon, q)
        if listed and ":" in text and ";" in text:
            for m in _LIST.finditer(text):
                _list_items(idx, m, told, add)
        if unguided and "unguided" in text:
            for m in _UNGUIDED.finditer(text):
                if (q := _one(m.group("q"))) is not None:
                    w: StrikeWeapon = "rocket" if m.group("w").lower() == "rockets" else "missile"
                    add(idx, m.start("q"), m.end(), w, q)
    return new


def _list_items(idx: int, m: re.Match[str], told: set[tuple[StrikeWeapon, int]], add: _Add) -> None:
    """One strike per item of a colon list of the weapons used, restated items left out."""
    items: list[tuple[int, int, StrikeWeapon, Quantity]] = []
    base = m.start("items")
    for part in _PART.finditer(m.group("items")):
        it = _ITEM.match(part.group())
        if it is None:
            continue
        q = _one(it.group("q"))
        weapon = strike_weapon(it.group("noun"))
        if q is None or weapon is None:
            continue
        start = base + part.start() + it.start("q")
        items.append((start, base + part.start() + it.end("noun"), weapon, q))
    for start, end, weapon, q in items:
        if (weapon, q.value) in told:
            continue  # the lede's "8 guided aerial bombs" told again as "8 KABs"
        same = [x[3].value for x in items if x[2] == weapon]
        if len(same) > 1 and (weapon, sum(same)) in told:
            continue  # per-model items adding up to a strike told before: a breakdown
        add(idx, start, end, weapon, q)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n39's strike revisions."""
    launches = {(a.launch_idx, a.launched, a.weapon) for a in answers(doc)}
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike):
            idx = sentence_of(doc, f.evidence.start)
            if idx >= 0 and (aside(doc, idx) or (idx, f.count, f.weapon) in launches):
                continue
        out.append(f)
    out = _restated(doc, out)
    strikes = [f for f in out if isinstance(f, Strike)]
    new = [f for f in _added(doc, strikes) if not aside(doc, sentence_of(doc, f.evidence.start))]
    return merged(out, new)

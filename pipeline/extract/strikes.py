"""Counted attacks with no interception outcome: "fired 85 rockets", "shelled the town 120 times".

A figure is a strike when a weapon or attack noun follows it and the clause
says the weapons were used (a firing verb, "there were", or the noun is itself
an attack). Attacker, target and period left unsaid are inherited from the
paragraph's previous strike, the way wire copy chains its figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract import _places, interceptions
from pipeline.extract._numclause import ATTACK_VERB, INTERCEPT_VERB, clause, period
from pipeline.extract.model import Document, Evidence, Finding, Strike, StrikeWeapon
from pipeline.extract.numbers import HAS_NUMBER, Quantity, find_quantities
from pipeline.extract.speakers import Speakers
from pipeline.extract.weapons import MODEL_RE, MODIFIER, WEAPON_NOUN, strike_weapon

_ATTACK_NOUN = r"attacks?|strikes?|bombardments?|times"
_AFTER_QTY = re.compile(
    rf"\s+(?:{MODIFIER}\s+){{0,4}}?(?P<noun>{WEAPON_NOUN}|{_ATTACK_NOUN})\b", re.IGNORECASE
)
_LIST_HEAD = re.compile(r"\s*(?:,\s*)?\b(?:with|using|from|by\s+means\s+of|involving)\s+", re.I)
_LIST_ITEM = re.compile(
    rf"(?:(?:the|a|an)\s+)?(?:{MODIFIER}\s+){{0,3}}?(?:{WEAPON_NOUN}|{MODEL_RE.pattern})"
    r"(?:\s+(?:systems?|launchers?|fire|units?))?\b",
    re.IGNORECASE,
)
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
_BY_ACTOR = re.compile(r"\bby\s+(?:the\s+)?(\w+(?:\s+\w+)?)", re.IGNORECASE)
_VERB_WEAPON: dict[str, StrikeWeapon] = {"shell": "artillery", "bomb": "airstrike"}
_PREFILTER = re.compile(
    r"fir|launch|attack|strike|shell|bomb|rocket|missile|drone|uav|mlrs|times|raid|artillery|"
    r"mortar|grad|kab",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Context:
    """What the paragraph's previous strike said, for figures that leave it out."""

    paragraph: int = -1
    attacker: str | None = None
    target: str | None = None
    period: str | None = None


def _weapon_list(text: str, pos: int) -> tuple[StrikeWeapon | None, int]:
    """Weapon named by a "with/using/from ..." list starting at ``pos``, and the list's end."""
    head = _LIST_HEAD.match(text, pos)
    if head is None:
        return None, pos
    items: list[str] = []
    end = cursor = head.end()
    for _ in range(12):
        item = _LIST_ITEM.match(text, cursor)
        if item is None:
            break
        items.append(item.group())
        end = item.end()
        sep = _LIST_SEP.match(text, end)
        if sep is None:
            break
        cursor = sep.end()
    if not items:
        return None, pos
    return strike_weapon(" , ".join(items)), end


def _strike(
    text: str, q: Quantity, ctx: _Context
) -> tuple[int, int, StrikeWeapon, str | None, str | None, str | None, float] | None:
    """Read one figure as a strike: span, weapon, attacker, target, period, confidence."""
    noun_m = _AFTER_QTY.match(text, q.end)
    if noun_m is None:
        return None
    noun = noun_m.group("noun").lower()
    s, e = clause(text, q.start, noun_m.end(), split_and=True)
    cs, ce = clause(text, q.start, noun_m.end())
    if INTERCEPT_VERB.search(text, cs, ce):
        return None
    verb = None
    for v in ATTACK_VERB.finditer(text, s, e):
        if verb is None or v.start() < q.start:
            verb = v
    generic = noun in ("attack", "attacks", "strike", "strikes", "times") or noun.startswith(
        "bombardment"
    )
    if verb is None and (noun == "times" or not generic):
        return None
    weapon = strike_weapon(text[q.end : noun_m.end()]) if not generic else None
    listed, list_end = _weapon_list(text, noun_m.end())
    e = max(e, list_end)
    if weapon is None or listed == "other":
        weapon = listed
    if weapon is None and verb is not None:
        stem = verb.group().lower()[:5]
        weapon = next((w for k, w in _VERB_WEAPON.items() if stem.startswith(k)), None)
    weapon = weapon or "other"
    before_verb = text[s : verb.start()] if verb is not None and verb.start() < q.start else ""
    attacker = _places.last_actor(before_verb) or _places.first_actor(text[q.end : noun_m.end()])
    if attacker is None:
        by = _BY_ACTOR.search(text, noun_m.end(), e)
        attacker = _places.actor(by.group(1)) if by else None
    target_from = verb.start() if verb is not None else q.start
    target = _places.target(text[target_from:e])
    if target is not None and target == attacker:
        target = None
    when = period(text[s:e]) or period(text)
    confidence = 0.85 if verb is not None else 0.7
    if ctx.paragraph >= 0:
        attacker = attacker or ctx.attacker
        target = target or ctx.target
        when = when or ctx.period
    return s, e, weapon, attacker, target, when, confidence


def find(doc: Document, speakers: Speakers) -> list[Finding]:
    """Return the strikes found in doc."""
    out: list[Finding] = []
    consumed: frozenset[int] | None = None
    ctx = _Context()
    for idx, sent in enumerate(doc.sentences):
        text = sent.text
        if sent.paragraph != ctx.paragraph:
            ctx = _Context()
        if not HAS_NUMBER.search(text) or not _PREFILTER.search(text):
            continue
        for q in find_quantities(text):
            if q.total is not None:
                continue
            if consumed is None:
                consumed = interceptions.consumed_launches(doc)
            if sent.start + q.num_start in consumed:
                continue
            read = _strike(text, q, ctx)
            if read is None:
                continue
            s, e, weapon, attacker, target, when, confidence = read
            ctx = _Context(sent.paragraph, attacker, target, when)
            start, end = sent.start + s, sent.start + e
            strike = Strike(
                evidence=Evidence(doc.body[start:end], start, end),
                confidence=confidence,
                attacker=attacker,
                target=target,
                weapon=weapon,
                count=q.value,
                approx=q.approx,
                period=when,
                reported_by=None,
            )
            reported_by = speakers.reported_by(idx)
            out.append(strike if reported_by is None else replace(strike, reported_by=reported_by))
    return out

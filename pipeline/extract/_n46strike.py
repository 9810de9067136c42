"""Round n46's strike readings (h_fix_n46), from the errors of two real newsroom mixes.

- "shelled Nikopol twice with artillery fire": "twice" with a named weapon is a strike of 2
  (as "three times with artillery" is read already); "attacked twice on Monday" naming no
  weapon and "twice as many" stay no count;
- "the number of airstrikes executed by Russian jets on X since morning has jumped to 11":
  the running count of a day's raids is a strike of that figure however long the clause
  between noun and verb;
- "The locations of five strikes have been identified" counts the hits of a launch told
  before it: no strike;
- "launched three strikes on Kharkiv" naming no weapon, in an article whose earlier text
  names guided (glide) bombs as its only weapon, is a glide-bomb strike;
- launches that :func:`_n46air.pairs` reads as the launch of a counted outcome ("six rockets
  were fired, three of them crossed ... and were intercepted"; "the missiles, of which it
  shot down two") are no strikes, nor is a strike recalled after "comes a day after".
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _n46air, _n46late
from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import sentences_with
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Strike, StrikeWeapon
from pipeline.extract.weapons import strike_weapon

__all__ = ["revise"]

_TWICE = re.compile(
    r"\b(?:shelled|struck|hit|attacked|bombed|pounded|targeted)\s+(?:[\w'-]+\s+){1,4}?twice\s+"
    r"with\s+(?P<n>(?:[\w-]+\s+){0,2}?(?:artillery|mortars?|shells|rockets|missiles|drones|"
    r"bombs|tank\s+fire|mortar\s+fire|MLRS|Grads?))\b"
)
_NUMBER = re.compile(
    r"\bnumber\s+of\s+(?P<n>air\s*strikes|air\s+raids|raids|strikes)\b(?P<mid>[^.;]{0,140}?)"
    r"\s(?:has\s+|have\s+|had\s+)?(?:(?:risen|rose|jumped|climbed|increased|grown)\s+to|reached)\s+"
    r"(?P<q>[\w,]+)\b"
)
_PLANES = re.compile(r"\b(?:jets?|warplanes?|aircraft|planes?|aviation|air\s+force)\b", re.I)
_SITES = re.compile(
    r"\b(?:[Ll]ocations?|[Ss]ites?|[Pp]laces?|[Pp]oints?)\s+of\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:strikes|hits|impacts)\b"
)
_BARE = re.compile(r"\b(?:launched|carried\s+out|made|delivered|conducted)\s+\w+\s+strikes\s+on\b")
_GLIDE = re.compile(r"\b(?:guided\s+(?:aerial\s+)?bombs?|glide\s+bombs?|KABs?)\b", re.I)
_OTHER_ARMS = re.compile(
    r"\b(?:missiles?|drones?|rockets?|artillery|shell(?:s|ing|ed)|MLRS|mortars?|UAVs?)\b", re.I
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after the readings of the module docstring."""
    body = doc.body
    if body_has(body, "strikes"):
        found = _sites_and_glide(doc, found)
    if body_has(body, "twice"):
        found = _twice(doc, found)
    if body_has(body, "number of"):
        found = _number(doc, found)
    if body_has(body, " of them ") or body_has(body, " of which "):
        found = _paired(doc, found)
    if body_has(body, " after ") and (body_has(body, "come") or body_has(body, "came")):
        found = [
            f
            for f in found
            if not (isinstance(f, Strike) and _n46air.after_clause(doc, f.evidence.start))
        ]
    return _n46late.strikes(doc, found)


def _sites_and_glide(doc: Document, found: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike) and "strikes" in f.evidence.text:
            if _SITES.search(f.evidence.text):
                continue  # "The locations of five strikes have been identified"
            if f.weapon == "other" and _BARE.search(f.evidence.text):
                before = doc.body[: f.evidence.start]
                if _GLIDE.search(before) and not _OTHER_ARMS.search(before):
                    f = replace(f, weapon="glide_bomb")
        out.append(f)
    return out


def _twice(doc: Document, found: list[Finding]) -> list[Finding]:
    new: list[Finding] = []
    for sent in sentences_with(doc, "twice"):
        for m in _TWICE.finditer(sent.text):
            noun = m.group("n")
            weapon: StrikeWeapon | None = (
                "mlrs" if ("MLRS" in noun or "Grad" in noun) else strike_weapon(noun)
            )
            q = one_count("two")
            if weapon is None or q is None:
                continue
            start, end = sent.start + m.start(), sent.start + m.end()
            if any(
                isinstance(f, Strike) and f.count == 2 and start <= f.evidence.start < end
                for f in found
            ):
                continue
            new.append(bare_strike(doc, start, end, weapon, q))
    return merged(found, new) if new else found


def _number(doc: Document, found: list[Finding]) -> list[Finding]:
    new: list[Finding] = []
    for sent in sentences_with(doc, "number of"):
        for m in _NUMBER.finditer(sent.text):
            q = one_count(m.group("q"))
            if q is None:
                continue
            noun = m.group("n")
            air = "air" in noun or _PLANES.search(m.group("mid")) is not None
            weapon: StrikeWeapon = "airstrike" if air else "other"
            idx = sentence_of(doc, sent.start)
            if any(
                isinstance(f, Strike)
                and f.count == q.value
                and sentence_of(doc, f.evidence.start) == idx
                for f in found
            ):
                continue
            new.append(bare_strike(doc, sent.start + m.start(), sent.start + m.end(), weapon, q))
    return merged(found, new) if new else found


def _paired(doc: Document, found: list[Finding]) -> list[Finding]:
    got = _n46air.pairs(doc)
    if not got:
        return found
    drop: set[int] = set()
    for p in got:
        lo = doc.sentences[p.first].start
        hi = doc.sentences[p.last].end
        for i, f in enumerate(found):
            if (
                isinstance(f, Strike)
                and lo <= f.evidence.start < hi
                and f.count == p.launched
                and f.weapon in ("missile", "rocket", "drone")
            ):
                drop.add(i)
    return [f for i, f in enumerate(found) if i not in drop]

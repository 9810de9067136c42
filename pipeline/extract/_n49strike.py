"""Round n49's strike readings (h_fix_n49), from real newsroom copy and open families.

- "two deadly Israeli airstrikes struck a school": a counted subject with adjectives
  (a nationality among them) before "airstrikes" and a verb of hitting is a strike;
- "targeted a house in Jabalia camp, northern Gaza, with at least one missile": a place
  appositive between the target and "with N WEAPON" hid the count;
- "carried out two rounds of joint strikes": N rounds of strikes, `airstrike` when the noun
  or the sentence names an air arm ("air strikes", jets, warplanes, air raids);
- "629 missiles and drones in a single night" told without a verb (a quoted reproach) is one
  mixed strike (`other`);
- "attacked the village with four drones, and air defence shot down two more": the attack is
  a strike of 4 (:mod:`_n49shape`); "launched 30 drones at A and 20 at B, 41 of which were
  shot down" is no strike for either item;
- "N bomb attacks / bomb strikes" naming no bomb type are airstrikes (bombs dropped from the
  air; "car bomb attacks" never match: the count must stand before "bomb");
- "carried out five strikes on the town" naming no weapon takes `glide_bomb` when the
  nearest earlier sentence of its paragraph naming a weapon names guided bombs only (round
  n46 asked the whole text before, so any drone mentioned earlier left it `other`); a
  tally over N settlements or a past day is a regional summary and stays `other`.

"Russian drones attacked Kherson twice" stays no count, as the earlier batches label it
(num5-013, dnum21-031, art20-06); a verbless "N missiles and drones in a single night"
after a modal ("could launch") or after any launch or strike the text told before (a
quote restating the night's attack, art58-07) is no new strike.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._n49shape import NUM, more_shapes, split_launch_spans
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception, Strike, StrikeWeapon
from pipeline.extract.weapons import strike_weapon

__all__ = ["revise"]

_MOD = r"(?:(?!of\b|the\b|which\b|and\b|these\b|those\b)[\w'-]+\s+)"
_AIRSUBJ = re.compile(
    r"\b(?P<q>" + NUM + r")\s+" + _MOD + r"{1,3}?(?:air\s*strikes|air\s+raids)\s+"
    r"(?:struck|hit|pounded|targeted|slammed\s+into)\b",
    re.I,
)
_WITH = re.compile(
    r"\b(?:targeted|struck|hit|attacked|bombed)\s+(?:(?!\bwith\b)[^.;]){3,120}?,\s+with\s+"
    r"(?:at\s+least\s+)?(?P<q>" + NUM + r")\s+(?!of\b)"
    r"(?P<n>(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|drones?|bombs?|shells?))\b"
)
_ROUNDS = re.compile(
    r"\b(?P<q>" + NUM + r")\s+rounds\s+of\s+(?:[\w-]+\s+)?(?P<n>air\s*strikes|strikes)\b"
)
_AIRARM = re.compile(r"\b(?:jets?|warplanes?|aircraft|air\s+raids?|air\s+force|planes)\b", re.I)
_NIGHT = re.compile(
    r"\b(?P<q>" + NUM + r")\s+(?:missiles\s+and\s+drones|drones\s+and\s+missiles)\s+in\s+"
    r"(?:a\s+single|one)\s+night\b"
)
_MODAL = re.compile(r"\b(?:could|would|can|may|might|will)\s+(?:\w+\s+){0,2}$")
_TALLY = re.compile(
    r"\bon\s+\d[\d,]*\s+(?:settlements|localities|villages|towns|communities)\b"
    r"|\b(?:past|last)\s+(?:day|24\s+hours)\b"
)
_BOMB = re.compile(r"\b(?P<q>" + NUM + r")\s+(?:aerial\s+)?bomb\s+(?:attacks|strikes)\b")
_BARE = re.compile(r"\b(?:launched|carried\s+out|made|delivered|conducted)\s+\w+\s+strikes\s+on\b")
_GLIDE = re.compile(r"\b(?:guided\s+(?:aerial\s+)?bombs?|glide\s+bombs?|KABs?)\b", re.I)
_ARMS = re.compile(
    r"\b(?:missiles?|drones?|rockets?|artillery|shell(?:s|ing|ed)|MLRS|mortars?|UAVs?|"
    r"Shaheds?|FPVs?)\b",
    re.I,
)


_CHECKS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("air", _AIRSUBJ, ("airstrikes ", "air strikes ", "air raids ", "Airstrikes ")),
    ("with", _WITH, (", with ",)),
    ("rounds", _ROUNDS, ("rounds of ",)),
    ("night", _NIGHT, (" single night", " one night")),
    ("bomb", _BOMB, (" bomb attacks", " bomb strikes")),
)
"""Each reading with the literals that gate it: only sentences holding one are searched."""


def _sentences_with(doc: Document, keys: tuple[str, ...]) -> list[int]:
    """Indices of the sentences holding any of ``keys`` (found by ``str.find``), in order."""
    body = doc.body
    got: set[int] = set()
    for key in keys:
        if not body_has(body, key):
            continue  # an absent key (the automaton knows): no find scan of the body
        i = body.find(key)
        while i >= 0:
            got.add(sentence_of(doc, i))
            i = body.find(key, i + 1)
    return sorted(g for g in got if g >= 0)


def _has(found: list[Finding], idx: int, doc: Document, count: int) -> int:
    """Index of a strike of ``count`` in sentence ``idx``, else -1."""
    for i, f in enumerate(found):
        if isinstance(f, Strike) and f.count == count and sentence_of(doc, f.evidence.start) == idx:
            return i
    return -1


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after the readings of the module docstring."""
    body = doc.body
    new: list[Finding] = []
    out = list(found)
    for kind, rx, keys in _CHECKS:
        for idx in _sentences_with(doc, keys):
            sent = doc.sentences[idx]
            text = sent.text
            for m in rx.finditer(text):
                got = _reading(kind, m, text)
                if got is None:
                    continue
                weapon, q_text = got
                q = one_count(q_text)
                if q is None:
                    continue
                if kind == "night" and any(
                    isinstance(f, (Strike, Interception)) and f.evidence.start < sent.start
                    for f in out
                ):
                    continue
                at = _has(out, idx, doc, q.value)
                if at >= 0:
                    old = out[at]
                    if isinstance(old, Strike) and old.weapon == "other" and weapon != "other":
                        out[at] = replace(old, weapon=weapon)
                    continue
                if _has(new, idx, doc, q.value) >= 0:
                    continue
                new.append(
                    bare_strike(doc, sent.start + m.start(), sent.start + m.end(), weapon, q)
                )
    out = merged(out, new)
    for shape in more_shapes(doc):
        q = one_count(shape.launched)
        arm = strike_weapon(shape.noun)
        idx = sentence_of(doc, shape.start)
        if q is None or arm is None or _has(out, idx, doc, q.value) >= 0:
            continue
        out = merged(out, [bare_strike(doc, shape.start, shape.launch_end, arm, q)])
    spans = split_launch_spans(doc)
    if spans:
        out = [
            f
            for f in out
            if not (
                isinstance(f, Strike)
                and any(f.evidence.start < hi and f.evidence.end > lo for lo, hi in spans)
            )
        ]
    if body_has(body, "strikes") and (
        body_has(body, "guided") or body_has(body, "glide") or body_has(body, "KAB")
    ):
        out = _glide(doc, out)
    return out


def _reading(kind: str, m: re.Match[str], text: str) -> tuple[StrikeWeapon, str] | None:
    if kind == "air":
        return "airstrike", m.group("q")
    if kind == "with":
        w = strike_weapon(m.group("n"))
        return (w, m.group("q")) if w is not None else None
    if kind == "rounds":
        air = "air" in m.group("n") or _AIRARM.search(text) is not None
        return ("airstrike" if air else "other"), m.group("q")
    if kind == "night":
        return None if _MODAL.search(text[: m.start()]) else ("other", m.group("q"))
    return "airstrike", m.group("q")


def _glide(doc: Document, found: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for f in found:
        if (
            isinstance(f, Strike)
            and f.weapon == "other"
            and "strikes" in f.evidence.text
            and _BARE.search(f.evidence.text)
        ):
            idx = sentence_of(doc, f.evidence.start)
            here = doc.sentences[idx].text if idx >= 0 else ""
            if idx > 0 and not _ARMS.search(here) and not _TALLY.search(here):
                for back in range(idx - 1, max(-1, idx - 4), -1):
                    gap = doc.body[doc.sentences[back].end : doc.sentences[back + 1].start]
                    if "\n\n" in gap:
                        break
                    text = doc.sentences[back].text
                    glide = _GLIDE.search(text) is not None
                    arms = _ARMS.search(_GLIDE.sub(" ", text)) is not None
                    if glide and not arms:
                        f = replace(f, weapon="glide_bomb")
                    if glide or arms:
                        break
        out.append(f)
    return out

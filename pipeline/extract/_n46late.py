"""Round n46's cross-paragraph air readings (h_fix_n46), from two real newsroom mixes.

Three shapes where an outcome and a launch sit in different sentences or paragraphs (the
rounded lead a later exact report restates is :mod:`_n46lead`):

- a vague outcome naming the weapon that opens the paragraph after a counted launch ("a
  barrage of about 50 rockets was launched from Lebanon toward X." / "The air force
  intercepted a number of rockets, and the rest fell in open areas.") answers it: launched
  N, intercepted null, no strike (the written rule for "shot down some of the missiles" in
  the paragraph after a launch);
- "The other/remaining rockets were intercepted" after an uncounted "Another barrage was
  fired at ..." answers that barrage, not the counted one told before it: no record, and
  the counted launch stays a strike;
- a per-kind outcome ("adding it destroyed eight missiles") takes no launch from a figure
  the article states as the mixed total ("A total of 40 means of air attack were recorded",
  a headline's "40 missiles, drones"): launched null beside the mixed record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract import _n46lead
from pipeline.extract._barestrike import bare_interception, bare_strike, merged, one_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._perdoc import per_document
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import (
    Document,
    Finding,
    Interception,
    InterceptWeapon,
    Strike,
)
from pipeline.extract.numbers import find_quantities
from pipeline.extract.weapons import strike_weapon

__all__ = ["interceptions", "strikes"]

_NOUN = r"(?:rockets|missiles|drones|projectiles|UAVs)"
_FIRE = re.compile(r"\b(?:launched|fired|sent)\b")
_VAGUE = re.compile(
    r"\b(?:intercepted|shot\s+down|downed|destroyed)\s+(?:a\s+number\s+of|several|some\s+of\s+the|"
    r"a\s+few\s+of\s+the|most\s+of\s+the)\s+(?P<n>" + _NOUN + r")\b"
)
_OTHERS = re.compile(
    r"\b(?:The\s+)?(?:other|remaining|rest\s+of\s+the)\s+(?P<n>" + _NOUN + r")\s+(?:were|was)\s+"
    r"(?:intercepted|shot\s+down|downed)\b",
    re.I,
)
_ANOTHER = re.compile(
    r"\b(?:[Aa]nother|[Aa]\s+(?:second|third|further|new))\s+(?:barrage|salvo|volley|wave)\b"
)


_NOUNS = ("rockets", "missiles", "drones", "projectiles", "UAVs")
_VAGUE_HEADS = ("number of ", "several ", "some of the ", "few of the ", "most of the ")
_OTHERS_HEADS = ("other ", "Other ", "remaining ", "Remaining ", "rest of the ")


def _head_noun(body: str, heads: tuple[str, ...]) -> bool:
    """Cheap literal gate: does a head directly precede a weapon noun somewhere?"""
    for h in heads:
        i = body.find(h)
        while i >= 0:
            j = i + len(h)
            if body.startswith(_NOUNS, j):
                return True
            i = body.find(h, j)
    return False


def _noun_after(body: str, heads: tuple[str, ...]) -> bool:
    """Cheap literal gate: "<head> <noun> were/was" anywhere (found from the rarer noun side)."""
    for n in _NOUNS:
        for key in (n + " were", n + " was"):
            i = body.find(key)
            while i >= 0:
                if body.endswith(heads, 0, i):
                    return True
                i = body.find(key, i + 1)
    return False


@dataclass(frozen=True, slots=True)
class _Launch:
    sent: int
    start: int
    end: int
    noun: str
    count: int
    approx_text: str
    outcome: int
    """Index of the outcome sentence the reading belongs to."""
    answered: bool
    """True for the vague-outcome shape (an interception), False for "another barrage"."""


def _kind(noun: str) -> InterceptWeapon:
    return "drone" if noun.lower() in ("drones", "uavs") else "missile"


def _last_launch(doc: Document, idx: int, kind: InterceptWeapon) -> re.Match[str] | None:
    text = doc.sentences[idx].text
    if not _FIRE.search(text):
        return None
    got = None
    for m in _n46lead.LAUNCH.finditer(text):
        if _kind(m.group("n")) == kind and one_count(m.group("l")) is not None:
            got = m
    return got


@per_document
def _readings(doc: Document) -> list[_Launch]:
    """The readings of the first two shapes, found by a body-wide scan (one per document)."""
    body = doc.body
    out: list[_Launch] = []
    sents = doc.sentences
    if _head_noun(body, _VAGUE_HEADS):
        for m in _VAGUE.finditer(body):
            idx = sentence_of(doc, m.start())
            if idx < 1 or sents[idx].paragraph == sents[idx - 1].paragraph:
                continue  # only a vague outcome opening the paragraph after the launch
            lm = _last_launch(doc, idx - 1, _kind(m.group("n")))
            q = one_count(lm.group("l")) if lm is not None else None
            if lm is not None and q is not None:
                st = sents[idx - 1].start
                out.append(
                    _Launch(
                        idx - 1,
                        st + lm.start(),
                        m.end(),
                        lm.group("n"),
                        q.value,
                        lm.group(0),
                        idx,
                        True,
                    )
                )
    if (
        any(body_has(body, w) for w in ("barrage", "salvo", "volley", " wave"))
        and _noun_after(body, _OTHERS_HEADS)
        and _ANOTHER.search(body)
    ):
        for om in _OTHERS.finditer(body):
            idx = sentence_of(doc, om.start())
            if idx < 0 or sents[idx].start != om.start():
                continue  # "The other rockets ..." must open its sentence
            kind = _kind(om.group("n"))
            for a in range(idx - 1, max(-1, idx - 4), -1):
                if _ANOTHER.search(sents[a].text) and not _n46lead.LAUNCH.search(sents[a].text):
                    for b in range(a - 1, max(-1, a - 5), -1):
                        lm = _last_launch(doc, b, kind)
                        if lm is not None:
                            q = one_count(lm.group("l"))
                            if q is not None:
                                st = sents[b].start
                                out.append(
                                    _Launch(
                                        b,
                                        st + lm.start(),
                                        st + lm.end(),
                                        lm.group("n"),
                                        q.value,
                                        lm.group(0),
                                        idx,
                                        False,
                                    )
                                )
                            break
                    break
    return out


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the launches a vague outcome answers, with the counted barrage back."""
    found = _n46lead.rounded(doc, found)
    got = _readings(doc)
    if not got:
        return found
    drop: set[int] = set()
    new: list[Finding] = []
    for r in got:
        sent = doc.sentences[r.sent]
        same = [
            i
            for i, f in enumerate(found)
            if isinstance(f, Strike)
            and sent.start <= f.evidence.start < sent.end
            and f.count == r.count
        ]
        if r.answered:
            drop.update(same)
            continue
        weapon = strike_weapon(r.noun)
        q = one_count(r.approx_text.rsplit(" ", 1)[0]) or one_count(str(r.count))
        if not same and weapon is not None and q is not None:
            new.append(bare_strike(doc, r.start, r.end, weapon, replace(q, value=r.count)))
    out = [f for i, f in enumerate(found) if i not in drop]
    return merged(out, new) if new else out


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after the three readings of the module docstring."""
    found = _mixed_total(found)
    got = _readings(doc)
    if not got:
        return found
    out = list(found)
    for r in got:
        osent = doc.sentences[r.outcome]
        if r.answered:
            if any(isinstance(f, Interception) and f.launched == r.count for f in out):
                continue
            out.append(
                bare_interception(
                    doc,
                    r.start,
                    r.end,
                    _kind(r.noun),
                    launched=r.count,
                    intercepted=None,
                    approx="exact",
                    confidence=0.7,
                )
            )
            continue
        out = [
            f
            for f in out
            if not (
                isinstance(f, Interception)
                and osent.start <= f.evidence.start < osent.end
                and f.launched == r.count
            )
        ]
    out.sort(key=lambda f: f.evidence.start)
    return out


def _mixed_total(found: list[Finding]) -> list[Finding]:
    totals = {
        f.launched
        for f in found
        if isinstance(f, Interception)
        and f.weapon == "mixed"
        and f.intercepted is None
        and f.launched is not None
    }
    if not totals:
        return found
    out: list[Finding] = []
    for f in found:
        if (
            isinstance(f, Interception)
            and f.weapon != "mixed"
            and f.launched in totals
            and f.intercepted is not None
            and f.launched != f.intercepted
            and all(q.value != f.launched for q in find_quantities(f.evidence.text))
        ):
            f = replace(f, launched=None)
        out.append(f)
    return out

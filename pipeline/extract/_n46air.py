"""Round n46's air-defence readings (h_fix_n46), from the errors of two real newsroom mixes.

Four general shapes the earlier readers misread:

- a share told with its own verb before the outcome ("six rockets were fired, three of them
  crossed into Israel and were intercepted"): launched N, intercepted the share, never "all";
- per-kind outcomes in relative clauses that point back to the previous sentence's launch
  list ("Russia launched five missiles and 12 drones ... . The air force said the missiles,
  of which it shot down two, ..., while the drones, of which 11 were downed, ..."): one
  interception per kind (5/2, 12/11), no strike for the launches;
- an earlier report recalled after "comes/came a day (two days, a week) after ..." ("The
  latest fire comes a day after Israel said it had intercepted two missiles") is background;
- a place share of an "all" outcome ("shot down all of the drones, including 15 that were
  destroyed on their approach to Kyiv") is its own outcome-only record.

:func:`pairs` is shared with :mod:`_n46strike`, which drops the strikes the first two
shapes turn into interceptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract import _n46late
from pipeline.extract._barestrike import one_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import sentences_with
from pipeline.extract._perdoc import per_document
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Evidence, Finding, Interception, InterceptWeapon
from pipeline.extract.numbers import SMALL_WORDS, TEEN_WORDS

__all__ = ["Pair", "after_clause", "interceptions", "pairs"]

_NOUN = r"(?:rockets|missiles|drones|projectiles|UAVs)"
_DOWN = r"(?:intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed)"
_SHARE = re.compile(
    r"[,;]\s+(?:and\s+)?(?P<i>[\w,]+)\s+of\s+them\s+(?:[\w'-]+\s+){1,6}?and\s+(?:were|was)\s+"
    + _DOWN
    + r"\b"
)
_NUMW = rf"(?:\d[\d,]*|{SMALL_WORDS}|{TEEN_WORDS}|twenty|thirty|forty|fifty)"
_LAUNCH = re.compile(r"\b(?P<l>" + _NUMW + r")\s+(?:[\w-]+\s+){0,2}?(?P<n>" + _NOUN + r")\b", re.I)
_WHICH = re.compile(
    r"\b[Tt]he\s+(?P<n>" + _NOUN + r"),\s+of\s+which\s+(?:(?:it|they|the\s+air\s+force|"
    r"air\s+defen[cs]es?)\s+(?:shot\s+down|downed|intercepted|destroyed)\s+(?P<a>[\w,]+)"
    r"|(?P<b>[\w,]+)\s+(?:were|was)\s+" + _DOWN + r")\b"
)
_AFTER = re.compile(
    r"\b(?:comes?|came|coming)\s+(?:(?:a|one|two|three|four|five|several|\d+)\s+)?"
    r"(?:days?|hours?|weeks?)\s+after\b"
)
_INCL = re.compile(
    r"\ball\s+(?:of\s+)?the\s+(?P<n>" + _NOUN + r"),\s+including\s+(?P<q>[\w,]+)\s+"
    r"(?:that|which)\s+(?:were|was|had\s+been)\s+" + _DOWN + r"\s+"
    r"(?:over|near|above|around|in|on\s+(?:their|its)\s+approach(?:es)?\s+to)\s+"
    r"(?:the\s+)?(?P<loc>(?:[a-z]+\s+){0,2}[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)


@dataclass(frozen=True, slots=True)
class Pair:
    """One launch and its counted outcome read across a share or relative clause."""

    first: int
    """Index of the first sentence the reading spans (the launch's)."""
    last: int
    start: int
    end: int
    weapon: InterceptWeapon
    launched: int
    intercepted: int


def _kind(noun: str) -> InterceptWeapon:
    return "drone" if noun.lower() in ("drones", "uavs") else "missile"


def _launch_of(text: str, kind: InterceptWeapon) -> int | None:
    """The last counted launch of ``kind`` in ``text``."""
    got: int | None = None
    for m in _LAUNCH.finditer(text):
        q = one_count(m.group("l"))
        if q is not None and _kind(m.group("n")) == kind:
            got = q.value
    return got


_WHICH_GATE = tuple(
    f"{n}, of which " for n in ("rockets", "missiles", "drones", "projectiles", "UAVs")
)
"""Cheap literal gate: the relative-clause shape needs a plural weapon noun before ", of which"."""


def _sentences_with(doc: Document, *keys: str | None) -> list[int]:
    """Indices of the sentences holding any of ``keys``, in order (found by ``str.find``)."""
    body = doc.body
    got: set[int] = set()
    for key in keys:
        if key is None:
            continue
        i = body.find(key)
        while i >= 0:
            got.add(sentence_of(doc, i))
            i = body.find(key, i + 1)
    return sorted(g for g in got if g >= 0)


@per_document
def pairs(doc: Document) -> list[Pair]:
    """Every launch/outcome pair of the first two shapes (see the module docstring)."""
    body = doc.body
    share = body_has(body, " of them ") and (
        body_has(body, "and were ") or body_has(body, "and was ")
    )
    which = any(body_has(body, g) for g in _WHICH_GATE)
    if not share and not which:
        return []
    out: list[Pair] = []
    for idx in _sentences_with(
        doc, " of them " if share else None, ", of which " if which else None
    ):
        sent = doc.sentences[idx]
        text = sent.text
        if share and " of them " in text:
            for m in _SHARE.finditer(text):
                q = one_count(m.group("i"))
                head = _LAUNCH.search(text[: m.start()])
                launches = list(_LAUNCH.finditer(text[: m.start()]))
                if q is None or head is None:
                    continue
                last = launches[-1]
                lq = one_count(last.group("l"))
                if lq is None or lq.value <= q.value:
                    continue
                out.append(
                    Pair(
                        idx,
                        idx,
                        sent.start + last.start(),
                        sent.start + m.end(),
                        _kind(last.group("n")),
                        lq.value,
                        q.value,
                    )
                )
        if which and " of which " in text and idx > 0:
            for m in _WHICH.finditer(text):
                q = one_count(m.group("a") or m.group("b"))
                if q is None:
                    continue
                kind = _kind(m.group("n"))
                for back in (idx - 1, idx - 2):
                    if back < 0:
                        break
                    lv = _launch_of(doc.sentences[back].text, kind)
                    if lv is not None and lv >= q.value:
                        out.append(
                            Pair(
                                back,
                                idx,
                                sent.start + m.start(),
                                sent.start + m.end(),
                                kind,
                                lv,
                                q.value,
                            )
                        )
                        break
    return out


def after_clause(doc: Document, pos: int) -> bool:
    """True when ``pos`` lies after "comes a day after" in its sentence (a recalled report)."""
    idx = sentence_of(doc, pos)
    if idx < 0:
        return False
    sent = doc.sentences[idx]
    if " after " not in sent.text:
        return False
    m = _AFTER.search(sent.text)
    return m is not None and sent.start + m.end() <= pos


def _record(
    doc: Document,
    start: int,
    end: int,
    weapon: InterceptWeapon,
    launched: int | None,
    intercepted: int,
    location: str | None,
    like: Interception | None,
) -> Interception:
    return Interception(
        evidence=Evidence(doc.body[start:end], start, end),
        confidence=0.7,
        weapon=weapon,
        weapon_model=None,
        launched=launched,
        intercepted=intercepted,
        all_intercepted=False,
        approx="exact",
        location=location if location is not None else (like.location if like else None),
        reported_by=like.reported_by if like else None,
    )


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after the four readings (see the module docstring)."""
    body = doc.body
    if body_has(body, " of them ") or body_has(body, " of which "):
        found = _paired(doc, found)
    if body_has(body, " after ") and (body_has(body, "come") or body_has(body, "came")):
        found = [
            f
            for f in found
            if not (isinstance(f, Interception) and after_clause(doc, f.evidence.start))
        ]
    if body_has(body, "including") and body_has(body, "all"):
        found = _included(doc, found)
    return _n46late.interceptions(doc, found)


def _paired(doc: Document, found: list[Finding]) -> list[Finding]:
    got = pairs(doc)
    if not got:
        return found
    out = list(found)
    for p in got:
        lo = doc.sentences[p.first].start
        hi = doc.sentences[p.last].end
        near = [
            i
            for i, f in enumerate(out)
            if isinstance(f, Interception)
            and lo <= f.evidence.start < hi
            and (f.weapon == p.weapon or f.launched == p.launched or f.intercepted == p.intercepted)
        ]
        like = out[near[0]] if near else None
        if (
            like is not None
            and isinstance(like, Interception)
            and (like.launched == p.launched and like.intercepted == p.intercepted)
        ):
            continue
        for i in sorted(near, reverse=True):
            f = out[i]
            if isinstance(f, Interception) and (
                f.weapon == p.weapon or f.intercepted == p.intercepted
            ):
                del out[i]
        like_i = like if isinstance(like, Interception) else None
        out.append(_record(doc, p.start, p.end, p.weapon, p.launched, p.intercepted, None, like_i))
    out.sort(key=lambda f: f.evidence.start)
    return out


def _included(doc: Document, found: list[Finding]) -> list[Finding]:
    new: list[Finding] = []
    for sent in sentences_with(doc, "including"):
        for m in _INCL.finditer(sent.text):
            q = one_count(m.group("q"))
            if q is None:
                continue
            kind = _kind(m.group("n"))
            start, end = sent.start + m.start("q"), sent.start + m.end()
            if any(
                isinstance(f, Interception)
                and f.launched is None
                and f.intercepted == q.value
                and f.weapon == kind
                for f in found
            ):
                continue
            alls = [f for f in found if isinstance(f, Interception) and f.all_intercepted]
            like = alls[-1] if alls else None
            rec = _record(doc, start, end, kind, None, q.value, m.group("loc"), like)
            new.append(replace(rec, location=m.group("loc")))
    if not new:
        return found
    return sorted([*found, *new], key=lambda f: f.evidence.start)

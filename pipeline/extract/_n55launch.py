"""Round n55's launch-and-outcome readers: "an attack by N UAVs was prevented", "Of the six".

A fixing round on real Russian regional and Ukrainian air force copy found outcomes the
air-defence readers missed or misread:

- "an attack by three UAVs in the region was prevented" is all of three intercepted (launched
  3, intercepted 3, all), placed in the region the sentence names before it
  (:func:`prevented`);
- '"Six missiles and five attack drones" were launched ... Of the six, four were destroyed'
  is a missile interception 6/4 and a drone launch of 5 with no outcome, not a share of the
  drones nor a drone strike (:func:`of_the`, :func:`strikes`);
- sea drones and "unmanned attack vehicles" shot down are drone interceptions
  (``tests/data/README.md``: sea drones destroyed are `drone` interceptions), a noun the
  readers do not know (:func:`unknown_nouns`).

Every pass is gated on a literal before any regex.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_interception, merged
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception, InterceptWeapon, Strike
from pipeline.extract.numbers import parse_number

__all__ = ["interceptions", "strikes"]

_NUM = r"(?:\d{1,4}|[A-Za-z]+)"
_PREVENTED = re.compile(
    rf"\ban?\s+attack\s+(?:by|of|with)\s+(?P<n>{_NUM})\s+(?P<w>UAVs|drones|missiles)\b"
    r"[^.;]{0,40}?\bwas\s+(?:prevented|repelled|thwarted|foiled)\b"
)
_REGION_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]+\s+(?:[Rr]egion|[Oo]blast)\b")
_OF_THE = re.compile(
    rf"\bOf\s+the\s+(?P<l>{_NUM}),\s+(?P<n>{_NUM})\s+were\s+(?:destroyed|shot\s+down|intercepted)"
)
_LAUNCH = re.compile(
    rf"\b(?P<m>{_NUM})\s+(?:[\w-]+\s+)?missiles\s+and\s+(?P<d>{_NUM})\s+(?:attack\s+)?drones\b"
)


def _value(word: str) -> int | None:
    n = parse_number(word.lower())
    return n if n is not None and 0 < n < 10000 else None


def prevented(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "an attack by three UAVs ... was prevented" as all of three intercepted."""
    if not body_has(doc.body, "attack ") or not body_has(doc.body, " was "):
        return found
    # _PREVENTED (no literal prefix: scanned at every offset) needs one of its verbs.
    if not any(body_has(doc.body, w) for w in ("prevented", "repelled", "thwarted", "foiled")):
        return found
    new: list[Finding] = []
    for m in _PREVENTED.finditer(doc.body):
        n = _value(m.group("n"))
        lo, hi = m.start(), m.end()
        if n is None:
            continue
        near = [
            i
            for i, f in enumerate(found)
            if isinstance(f, Interception) and f.evidence.start < hi and lo < f.evidence.end
        ]
        if near:
            g = found[near[0]]
            assert isinstance(g, Interception)
            if len(near) == 1 and g.intercepted == n and g.launched is None:
                found = list(found)
                found[near[0]] = replace(g, launched=n, all_intercepted=True)
            continue
        weapon: InterceptWeapon = "missile" if m.group("w") == "missiles" else "drone"
        idx = sentence_of(doc, lo)
        start = doc.sentences[idx].start if idx >= 0 else lo
        places = _REGION_BEFORE.findall(doc.body, start, lo)
        f = bare_interception(
            doc,
            lo,
            hi,
            weapon,
            launched=n,
            intercepted=n,
            approx="exact",
            confidence=0.7,
            all_intercepted=True,
        )
        new.append(replace(f, location=places[-1]) if places else f)
    return merged(found, new)


def of_the(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "Of the six, four were destroyed" after a missile-and-drone launch."""
    if not body_has(doc.body, "Of the "):
        return found
    out = list(found)
    for m in _OF_THE.finditer(doc.body):
        total, n = _value(m.group("l")), _value(m.group("n"))
        if total is None or n is None:
            continue
        launch = None
        for lm in _LAUNCH.finditer(doc.body, max(0, m.start() - 400), m.start()):
            launch = lm
        if launch is None or _value(launch.group("m")) != total:
            continue
        drones = _value(launch.group("d"))
        lo, hi = m.start(), m.end()
        out = [
            f
            for f in out
            if not (
                isinstance(f, Interception)
                and launch.start() - 2 <= f.evidence.start < hi + 200
                and f.intercepted == n
                and f.launched in (None, drones)
            )
        ]
        out.append(
            bare_interception(
                doc,
                lo,
                hi,
                "missile",
                launched=total,
                intercepted=n,
                approx="exact",
                confidence=0.7,
            )
        )
        if drones is not None:
            out.append(
                bare_interception(
                    doc,
                    launch.start("d"),
                    launch.end(),
                    "drone",
                    launched=drones,
                    intercepted=None,
                    approx="exact",
                    confidence=0.7,
                )
            )
    out.sort(key=lambda f: f.evidence.start)
    return out


def _launches(doc: Document) -> list[tuple[int, int, int]]:
    """Spans and drone figure of the launches an "Of the six, four" share answers."""
    out: list[tuple[int, int, int]] = []
    for m in _OF_THE.finditer(doc.body):
        launch = None
        for lm in _LAUNCH.finditer(doc.body, max(0, m.start() - 400), m.start()):
            launch = lm
        d = _value(launch.group("d")) if launch is not None else None
        if (
            launch is not None
            and d is not None
            and _value(launch.group("m")) == _value(m.group("l"))
        ):
            out.append((launch.start(), launch.end() + 60, d))
    return out


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the drone launch of an "Of the six, four were destroyed" report."""
    if not body_has(doc.body, "Of the "):
        return found
    spans = _launches(doc)
    if not spans:
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Strike)
            and any(lo <= f.evidence.start < hi and f.count == d for lo, hi, d in spans)
        )
    ]


_NOUN = re.compile(
    rf"\b(?:intercepted|destroyed|shot\s+down|downed)\s+(?P<n>{_NUM})\s+(?:Ukrainian\s+)?"
    r"(?:seaborne|naval|maritime|sea)\s+drones\b"
    rf"|\b(?P<m>{_NUM})\s+unmanned\s+attack\s+vehicles\s+were\s+"
    r"(?:downed|destroyed|shot\s+down|intercepted)\b",
    re.IGNORECASE,
)


def unknown_nouns(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with sea drones and "unmanned attack vehicles" shot down as drone records."""
    body = doc.body
    if not body_has(body, " drones") and not body_has(body, "unmanned attack"):
        return found
    if not any(
        body_has(body, w) for w in ("seaborne", "aval ", "aritime", "ea drones", "attack veh")
    ):
        return found
    new: list[Finding] = []
    for m in _NOUN.finditer(body):
        n = _value(m.group("n") or m.group("m"))
        lo, hi = m.start(), m.end()
        if n is None or any(
            isinstance(f, Interception) and f.evidence.start < hi and lo < f.evidence.end
            for f in found
        ):
            continue
        new.append(
            bare_interception(
                doc, lo, hi, "drone", launched=None, intercepted=n, approx="exact", confidence=0.7
            )
        )
    return merged(found, new)


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """Round n55's launch-and-outcome passes over the interception chain's result."""
    return unknown_nouns(doc, of_the(doc, prevented(doc, found)))

"""Round n69's strike and interception revision (helper h_gen_n69, ``dev_numeric118``), the
outermost calls of :func:`pipeline.extract._n28strike.revise` (:func:`strikes`) and
:func:`pipeline.extract._n28air._later` (:func:`interceptions`).

A general round over the launch/outcome pairing errors left on the real sets (studied, never
copied) found how a counted launch and its outcome were not read together:

- an ordinal outcome inside the launch sentence ("fired N rockets, M of which fell short and
  a third that was intercepted", "... while the third was shot down") and the Iron Dome verb
  "deflected" in a later sentence ("one of the rockets was deflected"): the launch stayed a
  strike. By the written rule (a launch with a counted outcome is one interception) it is
  one interception, launched N, intercepted 1 (the ordinal) or K ("K of the rockets");
- the rest of a paired launch told as landing ("N rockets fired ... one was deflected ...
  N-1 rockets landed in open areas") is that launch, not a second strike.

Gated on body literals before any regex; each pass scans only the sentences holding its
literal.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import one_count, overlaps, small_count, with_launches
from pipeline.extract.model import Approx, Document, Finding, Strike

__all__ = ["interceptions", "strikes"]

_Q = r"(?:(?:more\s+than|over|around|about|some|nearly|almost|at\s+least|roughly)\s+)?"
_N = (
    r"(?:\d[\d,]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|(?:thir|four|fif|six|seven|eigh|"
    r"nine)teen))"
)
_W = r"(?:rockets|missiles|projectiles|drones)"
_LAUNCH = re.compile(
    r"\b(?P<q>" + _Q + _N + r")\s+(?:[A-Za-z-]+\s+){0,2}?(?P<w>" + _W + r")\b",
    re.IGNORECASE,
)
_FIRE = re.compile(r"\b(?:fired|launched)\b")
_ORD = (
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
)
_ORDINAL = re.compile(
    r"\b(?:and|while|but|with)\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth)"
    r"\s+(?:one\s+|rocket\s+|missile\s+|drone\s+|projectile\s+)?(?:that\s+|which\s+)?"
    r"was\s+(?:intercepted|shot\s+down|downed|destroyed|deflected)\b"
)
_DEFLECTED = re.compile(
    r"\b(?P<k>one|two|three|four|five|six|\d+)\s+of\s+(?:them|the\s+(?:[A-Za-z-]+\s+)?" + _W + r")"
    r"\s+(?:was|were)\s+deflected\b",
    re.IGNORECASE,
)
_LANDED = re.compile(r"\b(?:landed|fell|crashed|hit|struck|impacted)\b")
_REST = 700
"""How far after a paired launch the rest of it told as landing is looked for (characters)."""

_Pair = tuple[int, int, str, int, int, Approx]
"""``(start, end, weapon, launched, intercepted, approx)`` of a launch and its outcome."""


def _has_ordinal(text: str) -> bool:
    return "was " in text and any((" a " + o) in text or (" the " + o) in text for o in _ORD)


def _launch_in(text: str, before: int) -> re.Match[str] | None:
    """The last counted launch of ``text`` before ``before`` with a firing verb near it."""
    if _FIRE.search(text) is None:
        return None
    last: re.Match[str] | None = None
    for m in _LAUNCH.finditer(text, 0, before):
        if one_count(m.group("q")) is not None:
            last = m
    return last


def _weapon(w: str) -> str:
    return "drone" if w.lower() == "drones" else "missile"


def _pairs(doc: Document) -> list[_Pair]:
    body = doc.body
    out: list[_Pair] = []
    ordinal = _has_ordinal(body)
    deflected = "deflected" in body
    if not ordinal and not deflected:
        return out
    sents = doc.sentences
    for idx, sent in enumerate(sents):
        text = sent.text
        if ordinal and _has_ordinal(text):
            for m in _ORDINAL.finditer(text):
                launch = _launch_in(text, m.start())
                q = one_count(launch.group("q")) if launch is not None else None
                if launch is None or q is None or q.value < 2:
                    continue
                out.append(
                    (
                        sent.start + launch.start(),
                        sent.start + m.end(),
                        _weapon(launch.group("w")),
                        q.value,
                        1,
                        q.approx,
                    )
                )
        if not deflected or "deflected" not in text:
            continue
        for m in _DEFLECTED.finditer(text):
            k = small_count(m.group("k"))
            if k is None:
                continue
            for back in range(idx, max(idx - 5, -1), -1):
                prev = sents[back]
                limit = m.start() if back == idx else len(prev.text)
                launch = _launch_in(prev.text, limit)
                q = one_count(launch.group("q")) if launch is not None else None
                if launch is None or q is None:
                    continue
                if q.value > k:
                    out.append(
                        (
                            prev.start + launch.start(),
                            prev.start + launch.end(),
                            _weapon(launch.group("w")),
                            q.value,
                            k,
                            q.approx,
                        )
                    )
                break
    return out


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without strikes a paired outcome answers, nor the rest told as landing."""
    pairs = _pairs(doc)
    if not pairs:
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Strike)
            and any(
                (f.count == n and overlaps(f, s, e))
                or (
                    f.count == n - k
                    and e < f.evidence.start < e + _REST
                    and _LANDED.search(f.evidence.text) is not None
                )
                for s, e, _, n, k, _ in pairs
            )
        )
    ]


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with one interception per paired launch no record already covers."""
    return with_launches(doc, found, _pairs(doc))

"""Round n73's strike and interception revision (helper h_gen_n73, ``dev_numeric122``), the
outermost calls of :func:`pipeline.extract._n28strike.revise` (:func:`strikes`) and
:func:`pipeline.extract._n28air._later` (:func:`interceptions`).

The written rule reads a counted launch whose outcome is a share without a number ("fired
about 200 missiles; most were intercepted") as one interception, launched N, intercepted null,
not a strike. Rounds 66 and 71 read that share as a relative clause or as an article
("which were mostly intercepted", "destroyed a drone"). The real sets (studied, never copied)
tell it as a quantifier over the whole salvo:

- "most / some / many of the (air) targets / projectiles / them were neutralised / downed"
  a sentence or a paragraph after a launch told with its verb after the count ("More than
  three dozen UAVs and three missiles were deployed", "some 40 projectiles were fired from
  Lebanon"): each counted kind is a launch-only interception and its strike goes;
- the share fronting the salvo itself ("most of the over three dozen drones and three missiles
  launched by X had been downed"): the second kind of the pair was read as K shot down; it is
  launched K, intercepted null like the first.

Gated on body literals before any regex; the launch regex runs only over the few sentences
before a share (a bounded window), so the pass is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import Launch, one_count, overlaps, with_launches
from pipeline.extract._n73kind import carry_kind
from pipeline.extract.model import Document, Finding, Interception, Strike

__all__ = ["interceptions", "strikes"]

_CHEAP = (" of the", " of them", " of which")
_SHARE = re.compile(
    r"\b(?:[Mm]ost|[Ss]ome|[Mm]any|[Ss]everal|[Tt]he\s+majority)\s+of\s+(?P<obj>the|them|which)\b"
    r"(?P<mid>[^.;]{0,200}?)\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:successfully\s+)?(?:downed|intercepted|shot\s+down|destroyed|neutrali[sz]ed)\b"
)
_N = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen)(?:\s+dozen)?"
)
_Q = (
    r"(?:(?:more\s+than|over|around|about|some|nearly|almost|at\s+least|roughly|up\s+to|"
    r"approximately)\s+)?"
)
_ITEM = (
    r"(?P<q{i}>"
    + _Q
    + _N
    + r")\s+(?:[A-Za-z-]+\s+){{0,2}}?(?P<w{i}>rockets?|missiles?|projectiles?|drones?|UAVs?)\b"
)
_PAIR = re.compile(
    r"(?<![-\w])"
    + _ITEM.format(i=1)
    + r"(?:\s+and\s+"
    + _ITEM.format(i=2)
    + r")?[”\"’]?(?:\s+(?:were|had\s+been|have\s+been))?\s+(?:fired|launched|deployed|sent)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:[Ss]ince|so\s+far\s+this|in\s+total)\b")
_WINDOW = 3
"""How many sentences before a share its launch may stand (the share's own one included)."""
_PARAS = 2
"""How many paragraphs before a share its launch may stand."""


def _cls(word: str) -> str:
    return "drone" if word.lower().startswith(("drone", "uav")) else "missile"


def _target(obj_text: str) -> str:
    """The class the share's object names: drone, missile, or any."""
    t = obj_text.lower()
    drone = "drone" in t or "uav" in t
    missile = "missile" in t or "rocket" in t
    if drone == missile:
        return "any"
    return "drone" if drone else "missile"


def share_launches(doc: Document) -> list[Launch]:
    """``(start, end, weapon, launched, None, approx)`` of each counted launch a figureless
    quantified share ("most of the targets were downed") answers."""
    out: list[Launch] = []
    body = doc.body
    if not any(c in body for c in _CHEAP):
        return out
    sents = doc.sentences
    seen: set[int] = set()
    for i, sent in enumerate(sents):
        text = sent.text
        if not any(c in text for c in _CHEAP):
            continue
        for sm in _SHARE.finditer(text):
            inner = sm.group("obj") == "the"
            want = _target(sm.group("mid")) if inner else "any"
            share_at = sent.start + sm.start()
            for j in range(max(0, i - _WINDOW + 1), i + 1):
                prev = sents[j]
                if sent.paragraph - prev.paragraph > _PARAS:
                    continue
                if _SINCE.search(prev.text) is not None:
                    continue  # a running total ("since the start of the year, N drones")
                for m in _PAIR.finditer(prev.text):
                    at = prev.start + m.start()
                    if at > share_at + 12 or (j == i and at < share_at):
                        continue  # after the share, or before it in its own sentence
                    for k in ("1", "2"):
                        qt = m.group("q" + k)
                        if qt is None:
                            continue
                        q = one_count(qt)
                        cls = _cls(m.group("w" + k))
                        if q is None or q.value in seen or want not in ("any", cls):
                            continue
                        seen.add(q.value)
                        s = prev.start + m.start("q" + k)
                        e = prev.start + m.end("w" + k)
                        out.append((s, e, cls, q.value, None, q.approx))
    return out


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the strikes a quantified share makes launch-only interceptions."""
    found = carry_kind(doc, found)
    rows = share_launches(doc)
    if not rows:
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Strike)
            and any(f.count == n and overlaps(f, s, e) for s, e, _, n, _, _ in rows)
        )
    ]


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with a share's counted kinds as launch-only interceptions (a kind read as K
    shot down becomes launched K)."""
    rows = share_launches(doc)
    if not rows:
        return found
    out: list[Finding] = []
    for f in found:
        if (
            isinstance(f, Interception)
            and f.launched is None
            and f.intercepted is not None
            and any(
                f.intercepted == n and overlaps(f, s, e) and f.evidence.start < s
                for s, e, _, n, _, _ in rows
            )
        ):
            f = replace(f, launched=f.intercepted, intercepted=None, all_intercepted=False)
        out.append(f)
    launched = {f.launched for f in out if isinstance(f, Interception)}
    return with_launches(doc, out, [r for r in rows if r[3] not in launched])

"""Round n71's strike and interception revision (helper h_gen_n71, ``dev_numeric120``), the
outermost calls of :func:`pipeline.extract._n28strike.revise` (:func:`strikes`) and
:func:`pipeline.extract._n28air._later` (:func:`interceptions`).

A general round over the strike and interception errors left on the real sets (studied, never
copied) found three reading mechanisms:

- a recap opener hidden behind a glued line: a "Read also: <headline>" link line has no full
  stop, so the sentence splitter joins it to the next line and the recap opener ("As
  previously reported by X, ...", "It was earlier reported that ...") no longer opens the
  sentence. The figures of such a recap are an earlier story's (the written rule for "As X
  reported earlier"), so its strikes go. "It was earlier/previously reported that" opening a
  sentence or a line is that recap too;
- digits of a hyphenated launcher or model name ("RM-70 Vampir rockets", "BM-21") read as a
  count: a shoot-down whose figure is the tail of such a name goes;
- "few of the (nearly) N missiles fired were intercepted" is a vague share of a counted salvo
  (the dev_numeric86 family with "few"): launched N, intercepted null, not N shot down.

Gated on body literals before any regex; each pass looks only at the findings it may change.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._barestrike import overlaps, with_launches
from pipeline.extract._n71pair import figureless_launches
from pipeline.extract._sections import recap_sentence
from pipeline.extract.model import Document, Finding, Interception, Strike

__all__ = ["interceptions", "strikes"]

_IT_WAS = re.compile(
    r"[\s\"“]*It\s+(?:was|had\s+been)\s+(?:earlier|previously)\s+reported\s+that\b"
)
_FEW = re.compile(
    r"\b(?:a\s+)?few\s+of\s+the\s+(?:(?:nearly|almost|about|around|some|roughly|over|more\s+than)"
    r"\s+)?(?P<n>\d[\d,]*)\s",
    re.IGNORECASE,
)
_MODEL_TAIL = re.compile(r"[A-Z]{1,4}-\Z")


def _recap_line(line: str) -> bool:
    if _IT_WAS.match(line) is not None:
        return True
    return recap_sentence(line)


def _recap_at(doc: Document, starts: list[int], pos: int) -> bool:
    """True when the line holding ``pos`` inside its sentence opens as a recap."""
    i = bisect_right(starts, pos) - 1
    if i < 0:
        return False
    sent = doc.sentences[i]
    rel = pos - sent.start
    text = sent.text
    nl = text.rfind("\n", 0, rel)
    line = text[nl + 1 :] if nl >= 0 else text
    return _recap_line(line)


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without strikes a figureless outcome answers (:mod:`._n71pair`) or told inside
    a recap line or an "It was earlier reported" one."""
    rows = figureless_launches(doc)
    if rows:
        found = [
            f
            for f in found
            if not (
                isinstance(f, Strike)
                and any(f.count == n and overlaps(f, s, e) for s, e, _, n, _, _ in rows)
            )
        ]
    return _recaps(doc, found)


def _recaps(doc: Document, found: list[Finding]) -> list[Finding]:
    body = doc.body
    if " reported" not in body:
        return found
    if "It was " not in body and "It had been " not in body and "As " not in body:
        return found
    starts = [s.start for s in doc.sentences]
    return [
        f for f in found if not (isinstance(f, Strike) and _recap_at(doc, starts, f.evidence.start))
    ]


def _model_digits(body: str, f: Interception) -> bool:
    start = f.evidence.start
    n = f.intercepted if f.intercepted is not None else f.launched
    if n is None or start < 2 or body[start - 1] != "-":
        return False
    head = f.evidence.text[: len(str(n))]
    return head == str(n) and _MODEL_TAIL.search(body, max(0, start - 6), start) is not None


def _few(body: str, f: Interception) -> Interception | None:
    if f.launched is not None or f.intercepted is None:
        return None
    start = f.evidence.start
    m = _FEW.search(body, max(0, start - 40), start + 60)
    if m is None or int(m.group("n").replace(",", "")) != f.intercepted:
        return None
    return replace(f, launched=f.intercepted, intercepted=None, all_intercepted=False)


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without model-name digits read as shoot-downs, "few of the N" as a vague share,
    plus the launch-only interceptions of :mod:`._n71pair`."""
    found = _shares(doc, found)
    rows = figureless_launches(doc)
    if not rows:
        return found
    launched = {f.launched for f in found if isinstance(f, Interception)}
    return with_launches(doc, found, [r for r in rows if r[3] not in launched])


def _shares(doc: Document, found: list[Finding]) -> list[Finding]:
    body = doc.body
    few = "ew of the" in body
    dash = "-" in body
    if not few and not dash:
        return found
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Interception):
            if dash and _model_digits(body, f):
                continue
            if few:
                g = _few(body, f)
                if g is not None:
                    out.append(g)
                    continue
        out.append(f)
    return out

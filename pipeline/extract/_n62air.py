"""Round n62's interception revision (helper h_fix_n62, ``dev_numeric111``), the outermost
call of :func:`pipeline.extract._n28air._later`.

The real-text set ``real22`` (studied, never copied) showed two interception misreadings:

- a launch tally answered several sentences later ("... had deployed N missiles ..." ...
  "K missiles had been shot down"; "reported two missiles" ... "One of the missiles was
  intercepted"): the shoot-down got no launch figure. The pairing of
  :mod:`pipeline.extract._n62pair` gives the shoot-down of that count and kind, still
  without one, its launch figure (the strike side drops the launch as a strike);
- a drone model with its number ("30 Shahed 136 drones"): the model number was read as a
  second shoot-down of 136. A shoot-down whose count is the number right after "Shahed",
  with another count before the model, is no record;
- a regional governor's "shot down one missile over his region" after the national "one
  of four missiles" was merged into the national tally as a restatement (a shoot-down with
  no place agrees with any place). A shoot-down "over his / her / the region" with no
  place, in a sentence naming "the governor of the (central) X region" or "X (regional)
  governor", is over "X region": a regional share, a record of its own (real21-014).

Gated on body literals before any regex; one lookup per interception.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._n62pair import pairs
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception

__all__ = ["interceptions"]

_MODEL_NO = re.compile(r"\d[\d,]*\s+(?:[A-Za-z-]+\s+){0,2}?Shahed[\s-]*(?P<m>\d{2,3})\b")


def _model_number(f: Interception) -> bool:
    """True when ``f``'s count is the number of a Shahed model after another count."""
    if f.intercepted is None or "Shahed" not in f.evidence.text:
        return False
    return any(int(m.group("m")) == f.intercepted for m in _MODEL_NO.finditer(f.evidence.text))


_OVER = re.compile(r"\bover\s+(?:his|her|the)\s+region\b")
_REGION = re.compile(
    r"\b(?:governor|head)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<r>[A-Z][\w’'-]+)\s+region\b"
    r"|\b(?P<s>[A-Z][\w’'-]+)\s+(?:regional\s+|region\s+)?governor\b"
)


def _regional(doc: Document, f: Interception) -> Interception:
    """``f`` over the governor's region when it is shot down "over his region"."""
    if _OVER.search(f.evidence.text) is None:
        return f
    idx = sentence_of(doc, f.evidence.start)
    if idx < 0:
        return f
    m = _REGION.search(doc.sentences[idx].text)
    if m is None:
        return f
    region = (m.group("r") or m.group("s")) + " region"
    return f if f.location == region else replace(f, location=region)


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with late-answered launches paired and Shahed model numbers dropped."""
    if body_has(doc.body, "Shahed"):
        found = [f for f in found if not (isinstance(f, Interception) and _model_number(f))]
    if body_has(doc.body, " region"):
        found = [_regional(doc, f) if isinstance(f, Interception) else f for f in found]
    done = pairs(doc)
    if not done:
        return found
    spans = [(start, end, weapon, k, launched) for _, start, weapon, launched, k, end in done]
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Interception) and f.launched is None and f.intercepted is not None:
            for start, end, weapon, k, launched in spans:
                if (
                    f.weapon == weapon
                    and f.intercepted == k
                    and f.evidence.start < end
                    and start < f.evidence.end
                ):
                    f = replace(f, launched=launched, all_intercepted=launched == k)
                    break
        out.append(f)
    return out

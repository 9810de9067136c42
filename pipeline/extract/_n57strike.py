"""Round n57's strike revisions (helper h_fix_n57, ``dev_numeric106``), the outermost call
of :func:`pipeline.extract._n28strike.revise`. Why each exists:

- a launch inside a recap ("Recall that ...", :mod:`pipeline.extract._n57recap`) is
  background, no strike;
- a counted launch answered sentences later by an outcome without a number ("... took down
  nearly all of the incoming missiles", "intercepted most of the drones and missiles") is
  one interception (launched N, intercepted null) by the conventions, not a strike: the
  nearer-outcome readers look one or two sentences ahead only. A summary of the whole
  attack ("the incoming ...", "drones and missiles") reaches up to eight sentences back; a
  bare "most of the drones" its own and the previous paragraph only; an outcome fronted by
  a place of its own ("In Kharkiv, ...") is another scene.

Gated on literals of the body before any pattern; the outcome scan runs once per body.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._n57recap import inside, recap_spans
from pipeline.extract.model import (
    Document,
    Finding,
    Interception,
    InterceptWeapon,
    Strike,
)

__all__ = ["outcomes", "strikes"]

_VAGUE = re.compile(
    r"\b(?:(?:nearly|almost|virtually)\s+all|most|the\s+majority)\s+of\s+the\s+"
    r"(?:incoming\s+)?(?P<w>(?:drones|missiles|rockets)(?:\s+and\s+(?:drones|missiles|rockets))?)"
)
_VERB = re.compile(
    r"\b(?:intercept\w*|shot\s+down|shoot\s+down|t[oa]o?k\s+down|take\s+down|downed)"
)
_NOUN = re.compile(r"drones|missiles|rockets")
_SCENE = re.compile(r"^\W*(?:In|Over|Above)\s+[A-Z]")
"""An outcome fronted by a place of its own ("In Kharkiv, most of the drones ...") is
another scene (the conventions' shoot-down over a different place)."""
_REACH = 8
"""Sentences before the outcome a counted launch may stand in."""
_KINDS = {"drones": "drone", "missiles": "missile", "rockets": "rocket"}
_AS: dict[str, InterceptWeapon] = {"drone": "drone", "missile": "missile", "rocket": "missile"}


def _kinds(words: str) -> frozenset[str]:
    return frozenset(_KINDS[w] for w in _NOUN.findall(words))


def outcomes(doc: Document) -> list[tuple[int, int, frozenset[str]]]:
    """``(first sentence start, outcome sentence start, weapons)`` of each vague outcome."""
    body = doc.body
    if not (
        body_has(body, "all of the ")
        or body_has(body, "ost of the ")
        or body_has(body, "majority of the ")
    ):
        return []
    out: list[tuple[int, int, frozenset[str]]] = []
    sents = doc.sentences
    for idx, sent in enumerate(sents):
        text = sent.text
        if " of the " not in text:
            continue
        m = _VAGUE.search(text)
        if m is None or not _VERB.search(text) or _SCENE.match(text):
            continue
        if " and " not in m["w"] and "incoming" not in m.group():
            # a bare "most of the drones" answers a launch of its own or the previous
            # paragraph only (art3-02: a week's tally five paragraphs up stays a strike)
            first = idx
            while first > 0 and sents[first - 1].paragraph >= sent.paragraph - 1:
                first -= 1
            out.append((sents[max(first, idx - _REACH)].start, sent.start, _kinds(m["w"])))
            continue
        out.append((sents[max(0, idx - _REACH)].start, sent.start, _kinds(m["w"])))
    return out


def _as_interception(f: Strike) -> Interception:
    weapon = _AS[f.weapon]
    model = "cruise missile" if "cruise missile" in f.evidence.text else None
    return Interception(
        f.evidence,
        f.confidence,
        weapon,
        model,
        f.count,
        None,
        False,
        f.approx,
        f.target,
        f.reported_by,
    )


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without recap launches, the vaguely answered launches as interceptions."""
    spans = recap_spans(doc)
    vague = outcomes(doc)
    if not spans and not vague:
        return found
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike):
            at = f.evidence.start
            if spans and inside(spans, at):
                continue
            hit = next(
                (k for lo, hi, k in vague if lo <= at < hi and f.weapon in k and f.weapon in _AS),
                None,
            )
            if hit is not None:
                out.append(_as_interception(f))
                continue
        out.append(f)
    return out

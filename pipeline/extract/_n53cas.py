"""Round n53's casualty revisions: on-site care shares and "of which N" conditions.

A fixing round on Kharkiv and Kherson tallies, Kyiv debris reports and Lebanese strike copy
found two shapes of a subgroup the earlier readers left out:

- a care share told after an injured toll with "on the spot" / "at the scene" / "on site"
  ("One person was assisted on the spot", "four were treated at the scene", "11 got help on
  the spot") is its own record of injured N (:func:`care`), as the conventions' care shares;
- a condition share hung on a toll with "of which" / "of whom" ("17 wounded, of which one is
  extremely serious", "three personnel suffering injuries, two of which were serious") is
  injured N of the toll's group (:func:`condition`).

Each pass is gated on a literal before its regex runs, looks only at the sentences of its
own matches and checks overlap against a sorted list of evidence starts, so it stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract._barestrike import bare_casualty, small_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_NUM = r"\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?"
_CARE = re.compile(
    rf"(?:^|[,;]\s*(?:and\s+|while\s+)?|\b(?:and|while)\s+)(?P<n>{_NUM})\s+(?:of\s+them\s+)?"
    r"(?:(?P<g>people|persons?|others|more)\s+)?"
    r"(?:(?:were|was|have\s+been|had\s+been)\s+(?:treated|assisted|helped|given\s+first\s+aid)"
    r"|(?:got|received|were\s+given)\s+(?:medical\s+)?(?:help|aid|assistance|treatment))"
    r"\s+(?:at\s+the\s+scene|on\s+the\s+spot|on[\s-]site)\b"
)
_COND = re.compile(
    rf",\s*(?:of\s+(?:which|whom)\s+(?P<n>{_NUM})|(?P<m>{_NUM})\s+of\s+(?:which|whom))\s+"
    r"(?:is|are|was|were)\s+(?:in\s+)?(?:(?:extremely|critically|very|seriously)\s+)?"
    r"(?:serious|critical|severe|grave)\b"
)
_CARE_LIT = ("on the spot", "at the scene", "on site", "on-site")
_INJ = ("injur", "wound", "hurt")


def _taken(starts: list[int], lo: int, hi: int) -> bool:
    """Whether some casualty's evidence starts in ``[lo, hi)``."""
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _tolls(found: list[Finding]) -> list[Casualty]:
    return [f for f in found if isinstance(f, Casualty)]


def care(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "N were treated at the scene" after a toll as injured N."""
    body = doc.body
    if not any(body_has(body, w) for w in _CARE_LIT):
        return found
    cas = _tolls(found)
    first = min((c.evidence.start for c in cas), default=None)
    if first is None:
        return found
    starts = sorted(c.evidence.start for c in cas)
    added: list[Finding] = []
    for sent in doc.sentences:
        if sent.end <= first or not any(w in sent.text for w in _CARE_LIT):
            continue
        for m in _CARE.finditer(sent.text):
            n = small_count(m.group("n"))
            lo, hi = sent.start + m.start("n"), sent.start + m.end()
            if n is None or _taken(starts, lo, hi) or lo <= first:
                continue
            added.append(bare_casualty(doc, lo, hi, "people", None, n, confidence=0.7))
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.evidence.start)


def condition(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with ", of which N is serious" after an injured toll as injured N."""
    body = doc.body
    if not body_has(body, " which ") and not body_has(body, " whom "):
        return found
    cas = _tolls(found)
    starts = sorted(c.evidence.start for c in cas)
    added: list[Finding] = []
    for c in cas:
        if c.injured is None:
            continue
        idx = sentence_of(doc, c.evidence.start)
        if idx < 0:
            continue
        sent = doc.sentences[idx]
        at = c.evidence.end - sent.start
        text = sent.text
        if "of wh" not in text[at : at + 80]:
            continue
        m = _COND.match(text, at) or _COND.search(text, at, min(len(text), at + 80))
        if m is None or not any(w in text[: m.start()] for w in _INJ):
            continue
        gap = text[at : m.start()]
        if "," in gap or len(gap) > 40:
            continue
        n = small_count(m.group("n") or m.group("m"))
        lo, hi = sent.start + m.start() + 1, sent.start + m.end()
        if n is None or n >= c.injured or _taken(starts, lo, hi):
            continue
        added.append(bare_casualty(doc, lo, hi, c.group, None, n, confidence=0.7))
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.evidence.start)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Round n53's passes over the casualty chain's result (after round n52's)."""
    return condition(doc, care(doc, found))

"""Round n57's interception revision (helper h_fix_n57, ``dev_numeric106``), the outermost
call of :func:`pipeline.extract._n28air._later`. Why it exists:

"shot down 10 missiles, 23 Shahed drones and two reconnaissance drones. ... a total of 17
missiles and 31 drones were launched": the drone shoot-downs are split by kind while the
launch total covers both kinds. The pairing readers gave the total to the last kind only
(2 of 31). By the conventions (``tests/data/README.md``: a launch total split by kind with
per-kind outcomes and no combined outcome is a launch-only record beside the per-kind
records) that is three records: 23 of ?, 2 of ?, and ? of 31.

"two Hezbollah drones carrying explosives that had crossed into Israeli territory were
intercepted": a counted subject held apart from its passive shoot-down verb by a long
participle or relative clause is a shoot-down of all of them (the conventions' "two
long-range rockets fired from Lebanon were intercepted" is N of N, all), which the
subject-verb readers (a few words apart at most) missed (:func:`_held_apart`).

The kind-split pass looks only at pairs of neighbouring interceptions (the found list is sorted), so
it stays linear; it is gated on two interceptions of one weapon sharing a sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pipeline.extract._barestrike import merged
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Evidence, Finding, Interception, InterceptWeapon
from pipeline.extract.numbers import parse_number

__all__ = ["interceptions"]

_APART = re.compile(
    r"\b(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,3})\s+"
    r"(?:[A-Z][\w-]+\s+)?"
    r"(?P<w>drones|missiles|rockets)\s+(?P<mid>(?:carrying|loaded|laden|packed|that|which|armed|fired|"
    r"launched)\b[^.;:]{10,140}?)\s+(?:were|had\s+been|have\s+been)\s+(?:later\s+)?"
    r"(?:intercepted|shot\s+down|downed)\b"
)

_APART_CORE = re.compile(
    r"(?:drones|missiles|rockets)\s+"
    r"(?:carrying|loaded|laden|packed|that|which|armed|fired|launched)\b"
)
"""The middle of every :data:`_APART` match: one quick search of the body (its leading
word boundary and number alternation made the whole pattern slow at every position)."""

_TOTAL = re.compile(r"\b(?P<n>\d{1,4})\s+(?:[\w-]+\s+){0,2}?(?P<w>drones|missiles)\b")


def _launch(doc: Document, idx: int, n: int, weapon: str) -> Evidence | None:
    """The evidence of "n <weapon>s" in the two sentences after sentence ``idx``."""
    word = weapon + "s"
    for sent in doc.sentences[idx + 1 : idx + 3]:
        if str(n) not in sent.text:
            continue
        for m in _TOTAL.finditer(sent.text):
            if m["w"] == word and int(m["n"]) == n:
                lo = sent.start + m.start()
                return Evidence(doc.body[lo : sent.start + m.end()], lo, sent.start + m.end())
    return None


def _held_apart(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "N drones carrying explosives that had crossed ... were intercepted"."""
    body = doc.body
    if not (body_has(body, " were intercepted") or body_has(body, " shot down")):
        return found
    if _APART_CORE.search(body) is None:
        return found  # the weapon and its relative or participle every match holds
    new: list[Finding] = []
    for m in _APART.finditer(body):
        n = parse_number(m["n"].lower())
        lo, hi = m.start(), m.end()
        if not n or any(f.evidence.start < hi and lo < f.evidence.end for f in found):
            continue
        ev = Evidence(body[lo:hi], lo, hi)
        weapon: InterceptWeapon = "drone" if m["w"] == "drones" else "missile"
        new.append(Interception(ev, 0.7, weapon, None, n, n, True, "exact", None, None))
    return merged(found, new)


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with held-apart shoot-downs, and a kind-split shoot-down's launch total as
    its own launch-only record."""
    found = _held_apart(doc, found)
    air = [k for k, f in enumerate(found) if isinstance(f, Interception)]
    if len(air) < 2:
        return found
    out = list(found)
    added: list[Finding] = []
    for a, b in pairwise(air):
        x, y = found[a], found[b]
        assert isinstance(x, Interception) and isinstance(y, Interception)
        if (
            x.weapon != y.weapon
            or x.launched is not None
            or y.launched is None
            or x.intercepted is None
            or y.intercepted is None
            or x.all_intercepted
            or x.intercepted + y.intercepted > y.launched
        ):
            continue
        idx = sentence_of(doc, y.evidence.start)
        if idx < 0 or sentence_of(doc, x.evidence.start) != idx:
            continue
        ev = _launch(doc, idx, y.launched, y.weapon)
        if ev is None:
            continue
        out[b] = replace(y, launched=None, all_intercepted=False, weapon_model=None)
        added.append(
            replace(y, evidence=ev, weapon_model=None, intercepted=None, all_intercepted=False)
        )
    if not added:
        return found
    return sorted([*out, *added], key=lambda f: f.evidence.start)

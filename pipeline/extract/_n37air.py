"""Round n37's air-defence revisions: remainders, vague outcomes told apart from the launch,
buildings "damaged".

Real UPI, Censor.NET and Ukrinform copy (the real9 and real8 page sets) showed three shapes:

- a counted launch whose outcome is told as shares, the shot-down one as "the others":
  "The group launched some 19 rockets ... three of the rockets fell into Lebanon and the
  Iron Dome intercepted 10 others" - one interception (19/10), no strike;
- a vague outcome in one paragraph and the launch count in another of the same report:
  "Air defence forces destroyed most of the targets ... It has been preliminarily
  established that Russia used more than 20 UAVs" - the conventions' launch figure with an
  outcome stated without a number (launched 20, intercepted null), not a strike; only when
  the article tells one counted launch and no other air-defence figure;
- "4 buildings were destroyed in Zvanivka, and 17 more were damaged" read as a shoot-down:
  buildings damaged are no interception.

:func:`strikes` drops the strikes of the converted launches, :func:`interceptions` adds
the reports and drops the damaged buildings.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.extract._barestrike import bare_interception
from pipeline.extract._bodylits import body_has
from pipeline.extract._perdoc import per_document
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Approx, Document, Finding, Interception, Strike
from pipeline.extract.numbers import find_quantities

__all__ = ["interceptions", "strikes"]

_QUAL = (
    r"(?:(?:about|some|around|roughly|nearly|almost|approximately|more\s+than|over|at\s+least|"
    r"up\s+to)\s+)?"
)
_LAUNCH = re.compile(
    r"\b(?:fired|firing|launched|launching|used|sent|deployed)\s+(?P<q>" + _QUAL + r"[\w,.-]+)\s+"
    r"(?:(?:attack|kamikaze|strike|Shahed|combat|ballistic|cruise)\s+)?"
    r"(?P<w>rockets|missiles|drones|UAVs|projectiles)\b"
)
_OTHERS = re.compile(
    r"\b(?:intercepted|shot\s+down|downed)\s+(?:the\s+)?(?P<k>[\w-]+)\s+(?:others|other\s+(?:rockets|missiles|drones|projectiles))\b"
    r"|\b(?P<k2>[\w-]+)\s+others?\s+(?:(?:rockets|missiles|drones)\s+)?(?:were|was|had\s+been)\s+"
    r"(?:intercepted|shot\s+down|downed)\b"
)
"""The shot-down share told as "the others" after another share ("three fell in Gaza")."""
_VAGUE = re.compile(
    r"\b(?:destroyed|shot\s+down|intercepted|neutrali[sz]ed|downed)\s+(?:most|the\s+majority|"
    r"the\s+bulk)\s+of\s+the\s+(?:targets|drones|UAVs|missiles|rockets|Shaheds)\b"
    r"|\b(?:[Mm]ost|[Tt]he\s+majority)\s+of\s+the\s+(?:targets|drones|UAVs)\s+(?:were|was)\s+"
    r"(?:destroyed|shot\s+down|intercepted|neutrali[sz]ed)\b"
)
_VAGUE_HEAD = re.compile(r"(?:[Mm]ost|majority|bulk)\s+of\s+the\s")
_OUTCOME = re.compile(r"\b(?:intercepted|shot\s+down|downed|neutrali[sz]ed)\b")
_OVER = re.compile(r"\bover\s+(?:the\s+)?(?P<p>[A-Z][\w'-]+)")
_AT = re.compile(
    r"\b(?:against|at|on|in|of|over)\s+(?:the\s+)?(?:(?:port|city|town)\s+of\s+)?(?P<p>[A-Z][\w'-]+)"
)
_DAMAGED = re.compile(r"\b(?:more|others?)\s+(?:were|was|had\s+been)\s+damaged\b")
_BUILDINGS = re.compile(
    r"\b(?:buildings?|houses?|homes?|apartments?|structures?|facilities|enterprises|garages|"
    r"cars|vehicles)\b",
    re.I,
)


class _Report(NamedTuple):
    start: int
    end: int
    launched: int
    intercepted: int | None
    approx: Approx
    weapon: str
    sentences: tuple[int, ...]
    """The sentences whose strikes of this launch are dropped."""


def _launches(doc: Document, idx: int) -> list[tuple[int, int, int, Approx, str]]:
    sent = doc.sentences[idx]
    out: list[tuple[int, int, int, Approx, str]] = []
    for m in _LAUNCH.finditer(sent.text):
        qs = [q for q in find_quantities(m.group("q")) if q.total is None]
        if len(qs) != 1 or qs[0].value < 2:
            continue
        w = m.group("w").lower()
        weapon = "drone" if w in ("drones", "uavs") else "missile"
        start = sent.start + m.start()
        out.append((start, sent.start + m.end(), qs[0].value, qs[0].approx, weapon))
    return out


@per_document
def _reports(doc: Document) -> list[_Report]:
    # asked by both :func:`strikes` and :func:`interceptions`: read once per document
    body = doc.body
    out: list[_Report] = []
    sents = doc.sentences
    if body_has(body, " others") or body_has(body, " other "):
        for j, sent in enumerate(sents):
            # every form of :data:`_OTHERS` holds "other": skip the regex without it
            m = _OTHERS.search(sent.text) if "other" in sent.text else None
            if m is None:
                continue
            k_q = find_quantities(m.group("k") or m.group("k2") or "")
            if len(k_q) != 1:
                continue
            for i in range(j, max(-1, j - 3), -1):
                if sents[j].paragraph - sents[i].paragraph > 1:
                    break
                found = [la for la in _launches(doc, i) if la[2] > k_q[0].value]
                if found:
                    s, e, n, approx, weapon = found[-1]
                    used = tuple(range(max(0, i - 1), j + 1))
                    out.append(_Report(s, e, n, k_q[0].value, approx, weapon, used))
                    break
    # every form of :data:`_VAGUE` holds :data:`_VAGUE_HEAD`, much cheaper to search for
    # (and that holds one of its head words: a literal test spares the search)
    if (
        not out
        and (
            body_has(body, "most")
            or body_has(body, "Most")
            or body_has(body, "majority")
            or body_has(body, "bulk")
        )
        and _VAGUE_HEAD.search(body)
        and _VAGUE.search(body)
    ):
        vague = [i for i, s in enumerate(sents) if _VAGUE.search(s.text)]
        launches = [(i, la) for i in range(len(sents)) for la in _launches(doc, i)]
        if len(vague) == 1 and len(launches) == 1:
            i, (s, e, n, approx, weapon) = launches[0]
            v = vague[0]
            others = any(_OUTCOME.search(x.text) for k, x in enumerate(sents) if k != v)
            if (
                i != v
                and not others
                and abs(sents[i].paragraph - sents[v].paragraph) <= 4
                and not _elsewhere(sents[v].text, sents[i].text)
            ):
                out.append(_Report(s, e, n, None, approx, weapon, (i,)))
    return out


def _elsewhere(vague: str, launch: str) -> bool:
    """True when the vague outcome is over a place the launch's sentence does not name while
    that sentence names places of its own ("shot down over Kyiv" vs "sent 30 drones against
    the port of Izmail")."""
    over = {m.group("p") for m in _OVER.finditer(vague)}
    at = {m.group("p") for m in _AT.finditer(launch)}
    return bool(over) and bool(at) and not over & at


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the strikes of the launches :func:`interceptions` reports."""
    reps = _reports(doc)
    if not reps:
        return found
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike) and f.weapon in ("rocket", "missile", "drone"):
            idx = sentence_of(doc, f.evidence.start)
            if any(idx in r.sentences and f.count == r.launched for r in reps):
                continue
        out.append(f)
    return out


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the reports of remainders and separated vague outcomes, without
    buildings "damaged"."""
    out = [f for f in found if not _damaged(doc, f)]
    reps = _reports(doc)
    if not reps:
        return out
    have = [f for f in out if isinstance(f, Interception)]
    new: list[Finding] = []
    for r in reps:
        if any(
            r.launched == f.launched
            or (r.intercepted is not None and r.intercepted == f.intercepted)
            for f in have
        ):
            continue
        if r.intercepted is None and have:
            continue  # another air-defence figure: the vague outcome may be its
        new.append(
            bare_interception(
                doc,
                r.start,
                r.end,
                "drone" if r.weapon == "drone" else "missile",
                launched=r.launched,
                intercepted=r.intercepted,
                approx=r.approx,
                confidence=0.55,
            )
        )
    if not new:
        return out
    return sorted([*out, *new], key=lambda f: f.evidence.start)


def _damaged(doc: Document, f: Finding) -> bool:
    if not isinstance(f, Interception) or f.launched is not None:
        return False
    if not _DAMAGED.search(f.evidence.text):
        return False
    idx = sentence_of(doc, f.evidence.start)
    return idx >= 0 and _BUILDINGS.search(doc.sentences[idx].text) is not None

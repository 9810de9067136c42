"""Round n41's air-defence revisions: outcomes told as shares of the launch before them.

Real wire copy on Ukraine and the Red Sea (the real13 page set) tells the outcome of a
counted launch in shapes the earlier readers missed or summed:

- a per-kind partitive in a later sentence or paragraph after a launch of two kinds
  ("launched 16 missiles and 11 drones ..." / "managed to down nine of the drones and nine
  of the missiles") is one interception per kind (16/9, 11/9), not two strikes;
- "all but N of the drones" in that partitive is the launch less N, as the written
  conventions read "downed all but two" after "fired 11" (11/9);
- "N of the projectiles / munitions / targets" after one figure of "drones and missiles"
  is the outcome of that stated combined total (``weapon: mixed``);
- an ordinal shoot-down ("a destroyer shot down the third", "intercepted a second
  missile") after a counted launch of one kind is an outcome without a number (launched
  N, intercepted null), not a strike.

:func:`interceptions` adds or corrects the reports; :func:`strikes` drops the strikes
read from a launch these readings turn into an interception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import holding
from pipeline.extract._perdoc import per_document
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Evidence, Finding, Interception, Strike
from pipeline.extract.numbers import parse_number

__all__ = ["Report", "interceptions", "reports", "strikes"]

_QUAL = r"(?:(?:at\s+least|about|around|roughly|some|over|more\s+than|nearly|almost|up\s+to)\s+)?"
_NUM = r"(?P<{0}>\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
_ADJ = r"(?:[\w-]+\s+){0,3}?"
_LAUNCH_VERB = r"\b(?:launched|fired|sent|attacked\s+with|directed)\s+"
_TWO_KINDS = re.compile(
    _LAUNCH_VERB + _QUAL + _NUM.format("a") + r"\s+" + _ADJ + r"(?P<wa>missiles|drones)\b"
    r"(?:\s+of\s+various\s+types)?,?\s+and\s+"
    + _QUAL
    + _NUM.format("b")
    + r"\s+"
    + _ADJ
    + r"(?P<wb>missiles|drones)\b",
    re.I,
)
"""A launch of two kinds, each counted: "launched 16 missiles and 11 drones"."""
_ONE_FIGURE = re.compile(
    r"\b(?:launched|fired|sent|directed)\s+(?:a\s+combined\s+)?"
    + _QUAL
    + _NUM.format("n")
    + r"\s+(?:drones\s+and\s+missiles|missiles\s+and\s+drones)\b",
    re.I,
)
"""One figure for both kinds: "launched some 500 drones and missiles"."""
_ONE_KIND = re.compile(
    _LAUNCH_VERB + _QUAL + _NUM.format("n") + r"\s+" + _ADJ + r"(?P<w>missiles|drones)\b", re.I
)
_LAUNCH_WORDS = ("launched", "fired", "sent", "attacked", "directed")
_DOWN = r"(?:down|shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)"
_DOWN_WORDS = ("down", "destroyed", "intercepted", "neutrali")
_PART = re.compile(
    r"\b(?P<all>all\s+but\s+)?" + _NUM.format("n") + r"\s+of\s+the\s+(?P<w>drones|missiles)\b",
    re.I,
)
_GENERIC = re.compile(
    _QUAL + _NUM.format("n") + r"\s+of\s+the\s+(?:projectiles|munitions|targets|weapons)\s+"
    r"(?:were|was|had\s+been|have\s+been)\s+" + _DOWN,
    re.I,
)
_ORDINAL = re.compile(
    r"\b" + _DOWN + r"\s+(?:the|a)\s+(?:second|third|fourth|fifth|sixth|last)\b", re.I
)
_ORD_WORDS = ("second", "third", "fourth", "fifth", "sixth", "last")


@dataclass(frozen=True, slots=True)
class Report:
    """A launch (sentence ``launch_idx``) whose outcome a later sentence tells."""

    launch_idx: int
    weapon: str
    launched: int
    intercepted: int | None
    down_idx: int
    evidence: Evidence


def _kind(word: str) -> str:
    return "missile" if word.lower() == "missiles" else "drone"


def _ev(doc: Document, idx: int, m: re.Match[str]) -> Evidence:
    s = doc.sentences[idx]
    return Evidence(
        doc.body[s.start + m.start() : s.start + m.end()], s.start + m.start(), s.start + m.end()
    )


def _launchy(text: str) -> bool:
    return any(w in text for w in _LAUNCH_WORDS)


def _has_down(text: str) -> bool:
    return any(w in text for w in _DOWN_WORDS)


@per_document
def reports(doc: Document) -> tuple[Report, ...]:
    """The launches whose outcome a later sentence tells in one of the module's shapes."""
    body = doc.body
    if not body_has(body, " of the ") and not any(body_has(body, w) for w in _ORD_WORDS):
        return ()
    sents = doc.sentences
    ords = any(body_has(body, w) for w in _ORD_WORDS[:-1]) or body_has(body, " the last")
    out: list[Report] = []
    launchy = holding(doc, body, _LAUNCH_WORDS)  # :func:`_launchy` of each, in one pass
    for idx, sent in enumerate(sents):
        text = sent.text
        if idx not in launchy or not _launchy(text):
            continue
        nxt = [j for j in range(idx + 1, min(len(sents), idx + 3)) if _has_down(sents[j].text)]
        two = _TWO_KINDS.search(text)
        if two is not None and nxt:
            figs = {
                _kind(two.group("wa")): parse_number(two.group("a")),
                _kind(two.group("wb")): parse_number(two.group("b")),
            }
            j = nxt[0]
            for p in _PART.finditer(sents[j].text):
                w = _kind(p.group("w"))
                n, got = figs.get(w), parse_number(p.group("n"))
                if n is None or got is None or got >= n or got < 1:
                    continue
                down = n - got if p.group("all") else got
                out.append(Report(idx, w, n, down, j, _ev(doc, idx, two)))
            continue
        one = _ONE_FIGURE.search(text)
        if one is not None and nxt:
            n = parse_number(one.group("n"))
            g = _GENERIC.search(sents[nxt[0]].text)
            got = parse_number(g.group("n")) if g is not None else None
            if n is not None and got is not None and got < n:
                out.append(Report(idx, "mixed", n, got, nxt[0], _ev(doc, idx, one)))
            continue
        single = _ONE_KIND.search(text) if ords else None
        if single is None or _has_down(text):
            continue
        n = parse_number(single.group("n"))
        if n is None or n < 2:
            continue
        if out and out[-1].down_idx > idx:
            continue  # a restated launch before the same ordinal: read with the first one
        same = [idx]
        for j in range(idx + 1, min(len(sents), idx + 7)):
            later = sents[j].text
            again = _ONE_KIND.search(later) if _launchy(later) else None
            if again is not None:
                if parse_number(again.group("n")) != n:
                    break  # another launch: the ordinal answers that one, if any
                same.append(j)
            if any(w in later for w in _ORD_WORDS) and _ORDINAL.search(later):
                w = _kind(single.group("w"))
                out.extend(Report(i, w, n, None, j, _ev(doc, idx, single)) for i in same)
                break
    return tuple(out)


def _sent(doc: Document, f: Finding) -> int:
    return sentence_of(doc, f.evidence.start)


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the module's readings of an outcome told after its launch."""
    reps = reports(doc)
    if not reps:
        return found
    out = list(found)
    seen: set[tuple[int, str, int]] = set()
    for r in reps:
        if (r.down_idx, r.weapon, r.launched) in seen:
            continue  # the same launch restated before the same outcome
        seen.add((r.down_idx, r.weapon, r.launched))
        same = [
            i
            for i, f in enumerate(out)
            if isinstance(f, Interception)
            and f.weapon == r.weapon
            and f.launched == r.launched
            and _sent(doc, f) in (r.launch_idx, r.down_idx)
        ]
        if same:
            old = out[same[0]]
            if isinstance(old, Interception) and old.intercepted is None and r.intercepted:
                out[same[0]] = replace(old, intercepted=r.intercepted)
        else:
            out.append(
                Interception(
                    evidence=r.evidence,
                    confidence=0.6,
                    weapon="mixed"
                    if r.weapon == "mixed"
                    else ("missile" if r.weapon == "missile" else "drone"),
                    weapon_model=None,
                    launched=r.launched,
                    intercepted=r.intercepted,
                    all_intercepted=False,
                    approx="exact",
                    location=None,
                    reported_by=None,
                )
            )
        if r.weapon == "mixed" and r.intercepted is not None:
            out = [
                f
                for f in out
                if not (
                    isinstance(f, Interception)
                    and f.launched is None
                    and f.intercepted == r.intercepted
                    and _sent(doc, f) == r.down_idx
                )
            ]
    out.sort(key=lambda f: f.evidence.start)
    return out


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the strikes of a launch :func:`reports` turns into an interception."""
    reps = reports(doc)
    if not reps:
        return found
    gone = {(r.launch_idx, r.launched) for r in reps}
    return [
        f
        for f in found
        if not (
            isinstance(f, Strike)
            and f.weapon in ("missile", "rocket", "drone", "other")
            and (_sent(doc, f), f.count) in gone
        )
    ]

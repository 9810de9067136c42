"""Round n66's strike and interception revision (helper h_fix_n66, ``dev_numeric115``), the
outermost calls of :func:`pipeline.extract._n28strike.revise` (:func:`strikes`) and
:func:`pipeline.extract._n28air._later` (:func:`interceptions`).

The real-text set ``real18`` (studied, never copied) showed three ways Ukrainian war copy
tells launch tallies that no reader took:

- a launch list closed by a vague outcome in a relative clause ("launched N missiles and M
  drones, which were largely / mostly / mainly intercepted"): the written rule (a launch
  figure with an outcome stated without a number is one interception, launched only) was
  read only for a separate outcome sentence, so each kind stayed a strike. Each counted kind
  of the list is a launch-only interception; its strike is dropped;
- a parenthetical outcome of the first kind followed by a second kind's launch ("fired N
  missiles (only K intercepted) and launched roughly M drones"): the second kind, which has
  no outcome, is a strike (and no launch-only interception);
- a salvo noun with one figure for two kinds ("the barrage / volley / wave / salvo of over N
  missiles and drones"): one strike of weapon ``other``, as the written rule for one figure
  covering several weapon types says. A sentence fronted by a past date ("N years ago",
  "last year") is background, and an outcome in its or the next sentence ("almost entirely
  thwarted") makes it a launch the air readers take: neither adds a strike.

Gated on body literals before any regex; each pass scans only the sentences holding its
literal, and tests overlap against the records of that sentence only.
"""

from __future__ import annotations

import re

from pipeline.extract import _n66late, _n66pair
from pipeline.extract._barestrike import (
    bare_strike,
    merged,
    one_count,
    overlaps,
    with_launches,
)
from pipeline.extract.model import (
    Approx,
    Document,
    Finding,
    Interception,
    Strike,
    StrikeWeapon,
)

__all__ = ["interceptions", "strikes"]

_Q = r"(?:(?:more\s+than|over|around|about|some|nearly|almost|at\s+least|up\s+to|roughly)\s+)?"
_N = r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
_VAGUE = re.compile(
    r",\s+(?:which|that)\s+were\s+(?:largely|mostly|mainly|primarily|predominantly)\s+"
    r"(?:intercepted|shot\s+down|destroyed|downed|neutrali[sz]ed)\b"
)
_VERB = re.compile(r"\b(?:fired|launched|sent|used|deployed)\b")
_ITEM = re.compile(
    r"\b(?P<q>" + _Q + _N + r")\s+(?:[A-Za-z-]+\s+){0,2}?(?P<w>missiles|drones)\b",
    re.IGNORECASE,
)
_PAREN = re.compile(
    r"\((?:only|just)\s+[\w-]+\s+(?:were\s+)?(?:intercepted|downed|shot\s+down|destroyed)\)"
    r"\s+and\s+(?:launched\s+|sent\s+|fired\s+)?(?P<q>" + _Q + _N + r")\s+"
    r"(?:[A-Za-z-]+\s+)?(?P<w>drones|missiles)\b"
)
_SALVO = re.compile(
    r"\b(?:barrage|volley|salvo|wave)\s+of\s+(?P<q>" + _Q + _N + r")\s+"
    r"(?:missiles\s+and\s+drones|drones\s+and\s+missiles)\b"
)
_OUTCOME = re.compile(r"intercept|shot\s+down|downed|thwarted|repelled|neutrali[sz]|destroyed")
_SALVO_WORDS = ("barrage", "volley", "salvo", "wave")
_PAST = re.compile(r"\b(?:ago|last\s+(?:year|month|winter|summer|autumn|spring)|in\s+20\d\d)\b")


def _vague(doc: Document) -> list[tuple[int, int, str, int, Approx]]:
    """``(start, end, weapon, launched, approx)`` of each kind of a list a vague outcome closes."""
    out: list[tuple[int, int, str, int, Approx]] = []
    for sent in doc.sentences:
        text = sent.text
        if "ly " not in text or ("which were" not in text and "that were" not in text):
            continue
        for m in _VAGUE.finditer(text):
            verbs = [v.end() for v in _VERB.finditer(text, 0, m.start())]
            if not verbs:
                continue
            for item in _ITEM.finditer(text, verbs[-1], m.start()):
                q = one_count(item.group("q"))
                if q is None:
                    continue
                weapon = "drone" if item.group("w").lower() == "drones" else "missile"
                out.append(
                    (sent.start + item.start(), sent.start + m.end(), weapon, q.value, q.approx)
                )
    return out


def _has_vague(body: str) -> bool:
    return "ly " in body and ("ich were " in body or "hat were " in body)


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without strikes answered by a vague outcome clause, with the unread ones."""
    body = doc.body
    if _has_vague(body):
        vague = _vague(doc)
        if vague:
            found = [
                f
                for f in found
                if not (
                    isinstance(f, Strike)
                    and any(
                        f.count == n and f.weapon == w and start <= f.evidence.start < end
                        for start, end, w, n, _ in vague
                    )
                )
            ]
    new: list[Finding] = []
    if "(only" in body or "(just" in body:
        for sent in doc.sentences:
            if "(only" not in sent.text and "(just" not in sent.text:
                continue
            for m in _PAREN.finditer(sent.text):
                q = one_count(m.group("q"))
                start, end = sent.start + m.start("q"), sent.start + m.end()
                if q is None or any(
                    isinstance(f, Strike) and overlaps(f, start, end) for f in found
                ):
                    continue
                weapon: StrikeWeapon = "drone" if m.group("w") == "drones" else "missile"
                new.append(bare_strike(doc, start, end, weapon, q))
    if any(w in body for w in _SALVO_WORDS):
        for idx, sent in enumerate(doc.sentences):
            if " of " not in sent.text or not any(w in sent.text for w in _SALVO_WORDS):
                continue
            for m in _SALVO.finditer(sent.text):
                q = one_count(m.group("q"))
                start, end = sent.start + m.start(), sent.start + m.end()
                if q is None or _PAST.search(sent.text) is not None:
                    continue
                if any(_OUTCOME.search(s.text) for s in doc.sentences[idx : idx + 2]):
                    continue  # answered by an outcome (an interception, not a strike)
                if any(
                    isinstance(f, Strike | Interception) and overlaps(f, start, end) for f in found
                ):
                    continue
                new.append(bare_strike(doc, start, end, "other", q))
    found = _n66late.so_far_dropped(doc, _n66late.hit_and_others(doc, merged(found, new)))
    return _n66late.among_dropped(doc, found)


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after :func:`_interceptions`, lone launches paired with later shoot-downs."""
    return _n66pair.paired(doc, _interceptions(doc, found))


def _interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with launch-only records for vague outcome clauses, minus second launches."""
    found = _n66late.others_shot(doc, found)
    body = doc.body
    if "(only" in body or "(just" in body:
        drop: list[tuple[int, int, int]] = []
        for sent in doc.sentences:
            if "(only" not in sent.text and "(just" not in sent.text:
                continue
            for m in _PAREN.finditer(sent.text):
                q = one_count(m.group("q"))
                if q is not None:
                    drop.append((sent.start + m.start("q"), sent.start + m.end(), q.value))
        if drop:
            found = [
                f
                for f in found
                if not (
                    isinstance(f, Interception)
                    and (f.launched is None or f.intercepted is None)
                    and any(
                        n in (f.launched, f.intercepted) and overlaps(f, s, e) for s, e, n in drop
                    )
                )
            ]
    if not _has_vague(body):
        return found
    rows = [(start, end, weapon, n, None, approx) for start, end, weapon, n, approx in _vague(doc)]
    return with_launches(doc, found, rows)

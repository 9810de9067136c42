"""Round n62's late-answer pairing (helper h_fix_n62, ``dev_numeric111``), shared by
:mod:`pipeline.extract._n62air` and :mod:`pipeline.extract._n62strike`.

The real-text set ``real22`` (studied, never copied) showed a launch tally answered by
its shoot-down figure several sentences later, after a president's quote and the
attacker's own claim ("X said Russia had deployed N missiles and M drones ..." ...
"X said K missiles had been shot down as well as L drones"), and a reported pair of
missiles answered by "One of the missiles ... was intercepted". The nearer-outcome readers
look one or two sentences ahead only, so the launch stayed a strike and the shoot-down had
no launch figure. By the conventions a counted launch answered by a counted shoot-down of
the same kind is one interception (launched N, intercepted K), not a strike.

An outcome is "K (up to three words) missiles / drones (had / have) (been) shot down /
intercepted / destroyed / downed" (and its "as well as L drones" item) or "One / K of the
(up to two words) missiles / drones ... was / were intercepted / shot down". Its launch is
the nearest earlier sentence, at most six back, with a launch verb (launched, deployed,
fired, sent, reported) before "N (up to three words) missiles / drones" with N >= K; a
sentence between that counts the same noun, or a launch sentence that itself states a
shoot-down (the nearer readers' case), leaves the outcome alone. An outcome sentence with a
place ("over X", "in X", "on the approach to", "alone": a regional share), a doubt ("not",
"whether", "no") or a capitalised word inside the outcome ("64 Ukrainian drones": the
other side's tally) is no answer.

Gated on the body literals before any regex; the sentences are scanned once per body.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._n25update import value
from pipeline.extract.model import Document

__all__ = ["Pair", "pairs"]

Pair = tuple[int, int, str, int, int, int]
"""(launch count offset, outcome offset, weapon, launched, intercepted, outcome end)."""

_NUM = (
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety)"
)
_DOWN = r"(?:shot\s+down|intercepted|destroyed|downed)"
_OUT = re.compile(
    rf"(?<![\w,.])(?P<n>{_NUM})\s+(?:[a-z-]+\s+){{0,3}}?(?P<w>missiles|drones)\s+"
    rf"(?:had\s+|have\s+)?(?:been\s+|were\s+)?{_DOWN}\b"
    rf"(?:\s+as\s+well\s+as\s+(?P<n2>{_NUM})\s+(?P<w2>missiles|drones)\b)?"
    rf"|\b(?P<o>[Oo]ne|{_NUM})\s+of\s+the\s+(?:[a-z-]+\s+){{0,2}}?(?P<wo>missiles|drones)\b"
    rf"[^.;]{{0,90}}?\b(?:was|were)\s+{_DOWN}\b",
    re.I,
)
_LAUNCH_VERB = re.compile(r"\b(?:launched|deployed|fired|sent|reported)\b")
_DOWN_RE = re.compile(_DOWN)
_BACK = 6
_SHARE = re.compile(
    r"\b(?i:over|near|alone|approach\s+to|not|whether|none|no)\b|\b[Ii]n\s+(?:the\s+)?[A-Z][a-z]"
)
_CAPITAL = re.compile(r"\s[A-Z]")
_SENT_LITS = ("down", "intercepted", "destroyed")
_COUNTS = {
    noun: re.compile(rf"(?<![\w,.])({_NUM})\s+(?:[a-z-]+\s+){{0,3}}?{noun}\b", re.I)
    for noun in ("missiles", "drones")
}


def _count(doc: Document, idx: int, noun: str) -> list[tuple[int, int]]:
    """(offset, value) of each "N (words) NOUN" in sentence ``idx``."""
    s = doc.sentences[idx]
    out: list[tuple[int, int]] = []
    for m in _COUNTS[noun].finditer(s.text):
        v = value(m.group(1))
        if v is not None:
            out.append((s.start + m.start(1), v))
    return out


def _launch(doc: Document, idx: int, noun: str, k: int) -> tuple[int, int] | None:
    """The launch of ``k`` NOUN answered in sentence ``idx``: (offset, launched), or None."""
    for j in range(idx - 1, max(-1, idx - 1 - _BACK), -1):
        counts = _count(doc, j, noun)
        if not counts:
            continue
        text = doc.sentences[j].text
        lv = _LAUNCH_VERB.search(text)
        if lv is None or _DOWN_RE.search(text):
            return None
        at, n = counts[0]
        if at < doc.sentences[j].start + lv.start() or n < k or len(counts) > 1:
            return None
        return at, n
    return None


_LAST_DOC: list[Document] = []
_LAST_PAIRS: list[list[Pair]] = []


def pairs(doc: Document) -> list[Pair]:
    """Every late-answered launch of the body (empty without the literals); the strike and
    the air revisions ask for the same document, so the last answer is kept."""
    if _LAST_DOC and _LAST_DOC[0] is doc:
        return _LAST_PAIRS[0]
    found = _pairs(doc)
    _LAST_DOC[:] = [doc]
    _LAST_PAIRS[:] = [found]
    return found


def _pairs(doc: Document) -> list[Pair]:
    """The work of :func:`pairs`."""
    body = doc.body
    if not (body_has(body, "missiles") or body_has(body, "drones")):
        return []
    if not (
        body_has(body, "shot down")
        or body_has(body, "intercepted")
        or body_has(body, "destroyed")
        or body_has(body, "downed")
    ):
        return []
    out: list[Pair] = []
    for idx, s in enumerate(doc.sentences):
        text = s.text
        if not ("missiles" in text or "drones" in text):
            continue
        if not any(lit in text for lit in _SENT_LITS) or _SHARE.search(text):
            continue
        for m in _OUT.finditer(text):
            noun_end = m.end("wo") if m.group("wo") else m.end("w")
            if _CAPITAL.search(s.text, m.start() + 1, noun_end):
                continue  # "64 Ukrainian drones": the other side's tally
            items: list[tuple[str, str]] = []
            if m.group("wo"):
                items.append((m.group("o"), m.group("wo")))
            else:
                items.append((m.group("n"), m.group("w")))
                if m.group("n2"):
                    items.append((m.group("n2"), m.group("w2")))
            for num, noun in items:
                k = value(num)
                if k is None:
                    continue
                hit = _launch(doc, idx, noun.lower(), k)
                if hit is not None and hit[1] > 0:
                    weapon = "drone" if noun.lower() == "drones" else "missile"
                    out.append((hit[0], s.start + m.start(), weapon, hit[1], k, s.start + m.end()))
    return out

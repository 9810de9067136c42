"""Round n78's strike and interception revision (helper h_gen_n78, ``dev_numeric128``), the
outermost calls of :func:`pipeline.extract._n28strike.revise` (:func:`strikes`) and
:func:`pipeline.extract._n28air._later` (:func:`interceptions`).

The interception errors a real set still showed (studied, never copied) fall into a few
reading mechanisms the written conventions already decide:

- a combined outcome told paragraphs after a launch of two kinds ("fired 70 missiles and 110
  drones ..." / "... air defence destroyed more than 150 targets"): the conventions (dnum17-037)
  make each kind a launch-only interception beside the mixed outcome, not a strike; the
  earlier readers paired them only inside one paragraph;
- an outcome told as a noun ("Iron Dome made 95 interceptions", "Interceptions by its air defence
  totalled 118") answers the counted launch before it: one interception, no strike;
- figures that are no shoot-down of their own (restated all-outcomes, "repelled an attack on
  X by N drones", ISO date digits, ground claims, dated recalls) are checked by
  :mod:`pipeline.extract._n78figs`, run last.

Gated on body literals ("targets", "nterceptions") before any regex; the regexes run only on
the sentences holding them and on the few sentences before (a bounded window), and the rows
are found once per document for both passes, so the pass is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _n78figs
from pipeline.extract._barestrike import Launch, one_count, overlaps, with_launches
from pipeline.extract._n78tally import NUMBER
from pipeline.extract._prec13read import drill_or_rate
from pipeline.extract.model import Document, Finding, Interception, Strike

__all__ = ["interceptions", "strikes"]

_N = NUMBER  # a count in digits or words
_Q = r"(?:(?:more\s+than|over|around|about|some|nearly|almost|at\s+least|roughly|up\s+to)\s+)?"
_W = r"(?:missiles?|drones?|UAVs?|rockets?|projectiles?)"
_OUT_VERB = r"(?:destroyed|shot\s+down|downed|intercepted|neutrali[sz]ed)"
_TARGETS_OUT = re.compile(
    r"\b" + _OUT_VERB + r"\s+" + _Q + r"(?P<a>" + _N + r")\s+(?:(?:aerial|air|enemy)\s+)?targets\b"
    r"|(?<![\w-])" + _Q + r"(?P<b>" + _N + r")\s+(?:(?:aerial|air|enemy)\s+)?targets\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:successfully\s+)?" + _OUT_VERB + r"\b",
    re.IGNORECASE,
)
_OWN_PLACE = re.compile(r"\s+(?:over|in|above)\s+(?:the\s+)?[A-Z]")
_ITEM = r"(?P<q{i}>" + _Q + _N + r")\s+(?:[A-Za-z-]+\s+){{0,2}}?(?P<w{i}>" + _W + r")\b"
_PAIR = re.compile(_ITEM.format(i=1) + r"\s+and\s+" + _ITEM.format(i=2), re.IGNORECASE)
_LAUNCH_VERB = re.compile(
    r"\b(?:fired|launched|sent|used|deployed|unleashed|attacked)\b[^.;]{0,40}$", re.IGNORECASE
)
_STALE = re.compile(
    r"\b(?:since|so\s+far|in\s+total|previous|earlier|last\s+(?:week|month|year))\b", re.I
)
_FIGURE = re.compile(
    r"(?<![\w-])" + _N + r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:" + _W + r"|targets)\b|" + _OUT_VERB,
    re.IGNORECASE,
)
_NOMINAL = re.compile(
    r"\b(?:made|carried\s+out|performed|recorded|registered|conducted)\s+"
    + _Q
    + r"(?P<a>"
    + _N
    + r")\s+(?:successful\s+)?interceptions\b"
    r"|\binterceptions(?:\s+(?:by|of)(?:\s+[\w-]+){1,4}?)?\s+(?:have\s+been|had\s+been"
    r"|were|numbered|totall?ed|stood\s+at|came\s+to|amounted\s+to)\s+"
    + _Q
    + r"(?P<b>"
    + _N
    + r")\b",
    re.IGNORECASE,
)
_FIRED = re.compile(
    r"\b(?:fired|launched)\s+(?P<q1>"
    + _Q
    + _N
    + r")\s+(?:[A-Za-z-]+\s+){0,2}?(?P<w1>"
    + _W
    + r")\b"
    r"|(?<![\w-])(?P<q2>" + _Q + _N + r")\s+(?:[A-Za-z-]+\s+){0,2}?(?P<w2>" + _W + r")\s+"
    r"(?:(?:have|had|has)\s+been|were)\s+(?:fired|launched)\b",
    re.IGNORECASE,
)

_SEEN: list[object] = []
_ROWS: list[Launch] = []
_STRUCK: list[object] = []
_TAKEN: list[Launch] = []
"""The rows whose launch the strike pass of the document in ``_STRUCK`` had read as a strike:
only those become launch records (a forecast or a drill the strike readers dropped stays out)."""


def _cls(word: str) -> str:
    """The interception class of a weapon noun: drone, else missile (rockets too)."""
    w = word.lower()
    return "drone" if w.startswith(("drone", "uav")) else "missile"


def _para_ok(doc: Document, j: int, i: int) -> bool:
    """Whether sentence ``j`` may hold the launch an outcome in sentence ``i`` answers."""
    return j >= 0 and doc.sentences[i].paragraph - doc.sentences[j].paragraph <= 2


def _combined(doc: Document, i: int, k: int) -> list[Launch]:
    """The two counted kinds of the nearest launch before sentence ``i`` that a combined
    outcome of ``k`` targets answers (no other air figure between them)."""
    sents = doc.sentences
    for j in range(i - 1, i - 6, -1):
        if not _para_ok(doc, j, i):
            return []
        text = sents[j].text
        m = _PAIR.search(text)
        if m is None:
            if _FIGURE.search(text):
                return []  # another figure or outcome first: the outcome is its
            continue
        if _cls(m.group("w1")) == _cls(m.group("w2")) or _STALE.search(text):
            return []
        if _FIGURE.search(text, m.end()) or not _LAUNCH_VERB.search(text[: m.start()][-60:]):
            return []
        rows: list[Launch] = []
        for x in ("1", "2"):
            q = one_count(m.group("q" + x))
            if q is None:
                return []
            s, e = sents[j].start + m.start("q" + x), sents[j].start + m.end("w" + x)
            rows.append((s, e, _cls(m.group("w" + x)), q.value, None, q.approx))
        return rows if k <= rows[0][3] + rows[1][3] else []
    return []


def _nominal(doc: Document, i: int, m: re.Match[str]) -> list[Launch]:
    """The counted launch a noun outcome ("made 95 interceptions") in sentence ``i`` answers:
    in its sentence before it or up to two sentences back in its paragraph."""
    k = one_count(m.group("a") or m.group("b") or "")
    sents = doc.sentences
    for j in (i, i - 1, i - 2):
        if j < 0 or sents[j].paragraph != sents[i].paragraph:
            return []
        text = sents[j].text[: m.start()] if j == i else sents[j].text
        hits = list(_FIRED.finditer(text))
        if not hits:
            continue
        f = hits[-1]
        x = "1" if f.group("q1") else "2"
        q = one_count(f.group("q" + x))
        if q is None or k is None or k.value > q.value or "interceptor" in f.group(0).lower():
            return []
        if drill_or_rate(sents[j].text, f.start()) or drill_or_rate(sents[i].text, m.start()):
            return []
        s, e = sents[j].start + f.start("q" + x), sents[j].start + f.end("w" + x)
        return [(s, e, _cls(f.group("w" + x)), q.value, k.value, q.approx)]
    return []


def _rows(doc: Document) -> list[Launch]:
    """Launches a later combined or noun outcome answers (memoised for the two passes)."""
    if _SEEN and _SEEN[0] is doc:
        return list(_ROWS)
    rows: list[Launch] = []
    body = doc.body
    if "targets" in body or "nterceptions" in body:
        for i, sent in enumerate(doc.sentences):
            text = sent.text
            if "targets" in text and _n78figs.AIR_CUE.search(text):
                for m in _TARGETS_OUT.finditer(text):
                    k = one_count(m.group("a") or m.group("b") or "")
                    if k is not None and not _OWN_PLACE.match(text, m.end()):
                        rows += _combined(doc, i, k.value)
                        break
            if "nterceptions" in text:
                for m in _NOMINAL.finditer(text):
                    rows += _nominal(doc, i, m)
    _SEEN[:] = [doc]
    _ROWS[:] = rows
    return list(rows)


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the strikes made of launches a later outcome answers."""
    rows = _rows(doc)
    taken: list[Launch] = []
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike):
            hit = [r for r in rows if f.count == r[3] and overlaps(f, r[0], r[1])]
            if hit:
                taken += hit
                continue
        out.append(f)
    _STRUCK[:] = [doc]
    _TAKEN[:] = taken
    return out


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the launches later outcomes answer, then :func:`_n78figs.revise`'s
    checks of figures that are no shoot-down of their own."""
    rows = _rows(doc)
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Interception):
            hit = [
                r
                for r in rows
                if r[4] is not None and f.launched == r[3] and overlaps(f, r[0], r[1])
            ]
            if hit and f.intercepted is None:
                f = replace(f, intercepted=hit[0][4])
        out.append(f)
    out = with_launches(doc, out, list(_TAKEN) if _STRUCK and _STRUCK[0] is doc else rows)
    return _n78figs.revise(doc, out)

"""Round n51's casualty revisions: named-unit tolls, "also wounded", "among the N killed", dates.

A fixing round on real front-line copy from Kashmir, Myanmar and Donbas found four shapes the
earlier readers got wrong:

- a toll of soldiers named by their unit or call-up ("two Pakistan Army soldiers were
  killed", "about 400 mobilised Russian soldiers were killed ... and about 300 others were
  injured") or followed by where they were posted ("a missile that killed at least 63
  soldiers stationed there": the posting word reads as troops moved, not hurt) was never
  read: :func:`units` reads those two shapes only, where no record already covers the figure
  and the sentence counts no running total, and takes the "N others" wounded after it in;
- "The attack on X village, ..., also wounded 20 people" in the sentence after a death toll
  (a subgroup and a long place apposition between) stood alone: :func:`also_wounded` joins
  it to that toll, as the conventions join a toll split over two neighbouring sentences;
- "among the 10 killed were three Gursikhs" named a subgroup no reader took:
  :func:`among_the` reads it as its own record of the figure's kind;
- a toll dated to a calendar day ("killed along the LoC on October 3", "On September 20,
  ... was killed and three others injured") in a story whose lede tells its news by weekday
  is a past incident, background like one fronted by "Last week,": :func:`dated` drops it.

Each pass is gated on a literal before its regex runs and touches only the sentences of its
own matches (a bisected sentence index), so long documents stay linear.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_casualty, small_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import sentences_with
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_NUM = r"\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?"
_GROUPS = (
    r"soldiers|troops|servicemen|personnel|guards|officers|policemen|fighters|volunteers"
    r"|conscripts|reservists|recruits|jawans|militiamen"
)
_QUAL = r"(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over)\s+)?"
# a unit named by its country ("Pakistan Army", "Israel Police") or a call-up word
_UNIT = (
    r"(?:[A-Z][a-z]+\s+(?:Army|army|Police|police|Navy|Border\s+Guard)"
    r"|mobili[sz]ed|conscripted|drafted)"
)
_MODS = r"(?:(?:[A-Z][\w'’-]+|foreign|local|regular|reserve)\s+){0,2}"
_UNIT_PASSIVE = re.compile(
    rf"\b{_QUAL}(?P<n>{_NUM})\s+(?:{_MODS}{_UNIT}\s+{_MODS}|{_UNIT}\s+)(?P<g>{_GROUPS})\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?P<k>killed|wounded|injured)\b"
)
_UNIT_ACTIVE = re.compile(
    rf"\b(?P<k>killed|killing|wounded|wounding|injured|injuring)\s+{_QUAL}(?P<n>{_NUM})\s+"
    rf"(?:{_MODS}{_UNIT}\s+{_MODS}(?P<g>{_GROUPS})\b|(?P<p>{_MODS}(?:{_GROUPS})\b)"
    r"(?=\s+(?:stationed|deployed|posted|based|staying)\b))"
)
_OTHERS = re.compile(
    rf"[^.;]{{0,120}}?\band\s+(?:(?:were|was)\s+)?(?:{_QUAL})(?P<n>{_NUM})\s+others\s+"
    r"(?:were\s+|had\s+been\s+)?(?:wounded|injured)\b"
)
_HARM_GATE = re.compile(r"kill|wound|injur")
_UNIT_GATE = re.compile(
    r"[Aa]rmy |[Pp]olice |Navy |Guard |obili[sz]ed|conscripted|drafted|stationed"
    r"|deployed|posted|based|staying"
)
_TOTALS = re.compile(r"\b(?:since|so\s+far|this\s+year|last\s+year|in\s+(?:19|20)\d\d)\b", re.I)
_ALSO = re.compile(r"^also\s+(?:wounded|injured)\b")
_LEAD = re.compile(r"^(?:including|among|in\s+all)\b", re.I)
_AMONG = re.compile(
    rf"\b[Aa]mong\s+the\s+(?:{_NUM})\s+(?P<k>killed|dead|injured|wounded)\s+(?:were|was|are|is)"
    rf"\s+(?P<n>{_NUM})\s+(?:[\w'’-]+\s+){{0,2}}?(?P<g>[A-Za-z][a-z-]+s)\b"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_FRONT_DATE = re.compile(rf"^\W*On\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\b")
_IN_DATE = re.compile(rf"\bon\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\b")
_AGO = re.compile(
    rf"^\W*On\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}),?\s+(?:last\s+year|(?:19|20)\d\d)"
)
_WEEKDAY = re.compile(r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_MONTH_WORD = re.compile(_MONTH)


def _covered(cas: list[Casualty], start: int, end: int) -> bool:
    return any(c.evidence.start < end and start < c.evidence.end for c in cas)


def units(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with tolls of soldiers named by unit or call-up, or by where they were posted."""
    body = doc.body
    if (
        not body_has(body, " Army ")
        and not body_has(body, " army ")
        and not body_has(body, " Police ")
        and not body_has(body, "obili")
        and not body_has(body, "conscripted")
        and not body_has(body, "drafted")
        and not body_has(body, "stationed")
        and not body_has(body, "deployed")
        and not body_has(body, "posted")
    ):
        return found
    out = list(found)
    for sent in doc.sentences:
        text = sent.text
        if not _HARM_GATE.search(text) or not _UNIT_GATE.search(text) or _TOTALS.search(text):
            continue
        for rx in (_UNIT_PASSIVE, _UNIT_ACTIVE):
            for m in rx.finditer(text):
                n = small_count(m.group("n"))
                if n is None:
                    continue
                cas = [f for f in out if isinstance(f, Casualty)]
                start, end = sent.start + m.start(), sent.start + m.end()
                if _covered(cas, start + m.start("n") - m.start(), end):
                    continue
                g = m.group("g") or (m.group("p") or "").split()[-1]
                kill = m.group("k").startswith("kill")
                killed, injured = (n, None) if kill else (None, n)
                rest = _OTHERS.match(text, m.end()) if kill else None
                if rest is not None:
                    injured = small_count(rest.group("n"))
                    at = sent.start + rest.start("n")
                    out = [
                        f
                        for f in out
                        if not (
                            isinstance(f, Casualty)
                            and f.killed is None
                            and f.evidence.start <= at < f.evidence.end
                        )
                    ]
                out.append(
                    bare_casualty(
                        doc,
                        start + m.start("n") - m.start(),
                        end,
                        g,
                        killed,
                        injured,
                        confidence=0.7,
                    )
                )
    return out


def also_wounded(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "X also wounded N people" joined to the death toll a sentence before."""
    if not body_has(doc.body, "also "):
        return found
    drop: set[int] = set()
    joined: dict[int, Casualty] = {}
    for i, f in enumerate(found):
        if not (
            isinstance(f, Casualty)
            and f.killed is None
            and f.injured is not None
            and f.group in ("people", "persons", "civilians")
            and _ALSO.match(f.evidence.text)
        ):
            continue
        idx = sentence_of(doc, f.evidence.start)
        if idx <= 0:
            continue
        prev = doc.sentences[idx - 1]
        heads: list[int] = []
        for j, c in enumerate(found):
            if not isinstance(c, Casualty) or c.killed is None:
                continue
            at = sentence_of(doc, c.evidence.start)
            if at == idx:
                heads = []
                break
            if at == idx - 1 and not _LEAD.match(c.evidence.text):
                heads.append(j)
        if len(heads) != 1 or heads[0] in joined:
            continue
        head = found[heads[0]]
        if isinstance(head, Casualty) and head.injured is None and prev.text:
            joined[heads[0]] = replace(head, injured=f.injured)
            drop.add(i)
    if not joined:
        return found
    return [joined.get(i, f) for i, f in enumerate(found) if i not in drop]


def among_the(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "among the N killed were M GROUP" read as M of that group."""
    if not body_has(doc.body, "mong the "):
        return found
    out = list(found)
    for sent in sentences_with(doc, "mong the "):
        for m in _AMONG.finditer(sent.text):
            n = small_count(m.group("n"))
            if n is None:
                continue
            kill = m.group("k") in ("killed", "dead")
            lo, hi = sent.start, sent.end
            if any(
                isinstance(c, Casualty)
                and lo <= c.evidence.start < hi
                and (c.killed if kill else c.injured) == n
                for c in out
            ):
                continue
            start, end = sent.start + m.start(), sent.start + m.end()
            out.append(
                bare_casualty(
                    doc,
                    start,
                    end,
                    m.group("g"),
                    n if kill else None,
                    None if kill else n,
                    confidence=0.7,
                )
            )
    return out


def dated(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without tolls dated to a calendar day in a story told by weekday."""
    if not any(isinstance(f, Casualty) for f in found) or not _MONTH_WORD.search(doc.body):
        return found
    first = doc.sentences[0].paragraph
    lede = " ".join(s.text for s in doc.sentences if s.paragraph == first)
    weekday = bool(_WEEKDAY.search(lede)) and not _MONTH_WORD.search(lede)
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Casualty):
            idx = sentence_of(doc, f.evidence.start)
            sent = doc.sentences[idx] if idx >= 0 else None
            if sent is not None and (
                _AGO.match(sent.text)
                or (
                    weekday
                    and sent.paragraph != first
                    and (_FRONT_DATE.match(sent.text) or _IN_DATE.search(sent.text))
                    and not _WEEKDAY.search(sent.text)
                )
            ):
                continue
        out.append(f)
    return out


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Round n51's passes over the casualty chain's result."""
    return dated(doc, among_the(doc, also_wounded(doc, units(doc, found))))

"""Round n45's background and no-harm tests for casualty records (real15/real16 pages).

Split out of :mod:`_n45cas` (which asks these and drops what they flag): an earlier attack
beside the story's own news ("... killed at least 68 people last week", "Israel's July 13
airstrike on ..., which killed 90"), war-long totals (a headline "More than N people killed
in X during Y offensive", "The deaths include N children" after a total since the war began,
an undated "N have been killed" after "since the war began"), and figures that state no
harm of their own ("killed or injured 17", "damaging six others", "five others were
rescued", "two others carried a stretcher"). Each test is gated on a literal of its
sentence before its regex runs.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import parse_number

__all__ = ["background", "no_harm", "other_news"]

_EITHER = re.compile(
    r"\b(?:killed|dead)\s+or\s+(?:injured|wounded)\s+(?:at\s+least\s+|some\s+|about\s+|"
    r"around\s+|nearly\s+|more\s+than\s+|over\s+)?(?P<n>[\w,.]+)"
)
_DAMAGING = re.compile(r"\bdamag(?:ing|ed|es)\s+(?:\w+\s+)?\w+\s+others\b", re.I)
_OTHERS = re.compile(
    r"(?:the\s+)?[\w-]+\s+others\b(?:\s*[,—–-]\s*[^.;]{0,60}?[,—–-])?\s*(?:"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:rescued|pulled\s+(?:out\s+)?alive|freed|saved|"
    r"dug\s+out)|(?:carried|helped|dragged|pulled)\s+(?:a|an|the|him|her|them)\b)",
    re.I,
)
_PAST = re.compile(
    r"\b(?:killed|wounded|injured|died|dead)\b[^,;.]{0,50}?\s(?:last\s+(?:week|month|year|"
    r"summer|winter|spring|autumn)|earlier\s+this\s+(?:month|year))\b(?=\s*(?:[,.;]|$))"
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_DATED_WHICH = re.compile(
    r"(?:'s|’s|\bon)\s+" + _MONTHS + r"\s+\d{1,2}\b[^.;]{0,80}?,\s+which\s+"
    r"(?:killed|left|wounded|injured)\b"
)
_INCLUDE = re.compile(r"^(?:The\s+)?(?:dead|deaths|victims|fatalities|killed)\s+include[sd]?\b")
_SINCE_WAR = re.compile(
    r"\bsince\s+the\s+(?:war|conflict|start|beginning|outbreak|invasion|offensive)\b|"
    r"\bsince\s+Oct(?:ober|\.)\s+7\b"
)
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:also\s+)?been\s+killed\b")
_BEGAN = re.compile(
    r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:war|conflict|fighting|hostilities|invasion)\s+"
    r"(?:began|started|erupted|broke\s+out)\b|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\b"
)
_DAY = re.compile(
    r"\b(?:today|yesterday|overnight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_AIR_WORDS = ("intercept", "shot down", "launched", "fired")
_AIR = re.compile(r"\b(?:intercept(?:ed|s)?|shot\s+down|launched|fired)\b")
_DURING = re.compile(
    r"[^.;]{0,40}?\bkilled\s+in\s+[A-Z][\w'’ -]{0,30}?\s+during\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:offensive|war|invasion)\b"
)


def _harm(f: Casualty) -> int | None:
    return f.killed if f.killed is not None else f.injured


def other_news(doc: Document, out: list[Finding], back: list[int], drop: set[int]) -> bool:
    """True when a numeric event outside the background records' sentences is kept."""
    where = {sentence_of(doc, out[i].evidence.start) for i in back}
    skip = set(back) | drop
    if any(
        i not in skip and sentence_of(doc, f.evidence.start) not in where for i, f in enumerate(out)
    ):
        return True
    if not any(body_has(doc.body, w) for w in _AIR_WORDS):
        return False
    return any(
        k not in where and _AIR.search(s.text) is not None for k, s in enumerate(doc.sentences)
    )  # the story's news is an air-defence report (only casualties are passed here)


def background(doc: Document, f: Casualty, idx: int) -> bool:
    """True when ``f`` (in sentence ``idx``) is an earlier attack or a war-long total."""
    sent = doc.sentences[idx]
    text = sent.text
    rel = f.evidence.start - sent.start
    body = doc.body
    if "last " in text or "earlier this" in text:
        m = _PAST.search(body, f.evidence.start, sent.end) if not text.startswith("Last") else None
        if m is not None and m.start() < f.evidence.end:
            return True
    if ", which" in text:
        m = _DATED_WHICH.search(text)
        if m is not None and rel >= m.end() - 30 and rel >= m.start():
            return True
    if f.killed is None:
        return False
    prev = doc.sentences[idx - 1].text if idx > 0 else ""
    if f.injured is None and "include" in text and _INCLUDE.match(text) and _SINCE_WAR.search(prev):
        return True
    if (
        f.injured is None
        and " been killed" in text
        and _PERFECT.search(text)
        and not _DAY.search(text)
        and _BEGAN.search(prev)
    ):
        return True  # the undated continuation of a total counted since the war began
    return (
        f.killed >= 1000
        and " during " in text
        and _DURING.match(body, f.evidence.start, sent.end) is not None
    )


def no_harm(doc: Document, f: Casualty, idx: int) -> bool:
    """True when ``f`` was read from a figure that states no harm of its own."""
    sent = doc.sentences[idx]
    ev = f.evidence
    if " or " in sent.text:
        for m in _EITHER.finditer(sent.text):
            a, b = sent.start + m.start(), sent.start + m.end()
            if ev.start < b and ev.end > a and parse_number(m.group("n")) == _harm(f):
                return True
    if "damag" in ev.text and _DAMAGING.search(ev.text):
        return True
    return "others" in ev.text and _OTHERS.match(doc.body, ev.start, sent.end) is not None

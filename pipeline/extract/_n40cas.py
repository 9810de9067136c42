"""Round n40's casualty revision: background tolls and restated figures of real casualty copy.

The real-page sets real11/real12 (AFP, TASS, Anadolu, Xinhua, Ukrinform relays) showed
extra records the written conventions make background or no toll at all:

- running totals "since" a date, a month or an event ("have died since the siege of the
  hospital on March 18", "since 8 August ... killing at least 87", "until May this year",
  "in more than 1,300 incidents"), with an undated present-perfect continuation of the same
  paragraph ("A further 640 people have been wounded in the city");
- recap spans: "As a reminder, ..." and "As X reported, on 26 January, ..." with the rest of
  their paragraph, and a paragraph opened by "Earlier, ... reported" beside the story's toll;
- an earlier attack a story "comes / came a day after" or "followed the deaths of", or a
  past incident in a "last month, when" clause, beside a toll of the story's own;
- the war's opening told with its hostages ("About 1,200 people were killed and 250 taken
  captive");
- one figure for the killed and the injured together ("killed or injured");
- a hospital census ("There are 63 wounded ... in the hospital") and a habit ("treated
  about 300 injured workers a year");
- a lower killed figure in the pluperfect ("21 people had died in the strike") beside a
  risen toll of the story.

It also completes two misses: "the deaths of 28 people and injuries to nearly 100" and
"Additionally, 50 others ... were injured" after a killed-only toll.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import parse_number

__all__ = ["revise"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_RUNNING = re.compile(
    r"\bsince\s+(?:(?:this|last)\s+)?(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\b|"
    r"the\s+(?:siege|blockade|escalation|outbreak)\b|the\s+(?:start|beginning)\s+of\s+the\s+"
    r"(?:war|year|invasion|conflict|full-scale)\b)"
    r"|\b(?:until|till)\s+" + _MONTH + r"\s+this\s+year\b"
    r"|\bin\s+(?:more\s+than\s+|over\s+)?[\d,]+\s+(?:incidents|attacks)\s+of\b"
)
_CONTINUED = re.compile(r"\b(?:have|has)\s+been\s+(?:killed|injured|wounded)\b")
_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"overnight|tonight|this\s+morning|24\s+hours|bringing|raising)\b"
)
_RECAP = re.compile(
    r"^(?:As\s+a\s+reminder,|As\s+(?:[A-Z][\w-]*\s+){1,3}(?:earlier\s+)?reported,\s+on\s+)"
)
_EARLIER = re.compile(r"^Earlier,\s+(?:[\w-]+\s+){1,6}?reported\b")
_AFTER = re.compile(
    r"\b(?:comes?|came|coming)\s+(?:(?:a|one|two|three|several)\s+(?:days?|weeks?|hours?)\s+)?"
    r"after\b|\bfollowed\s+the\s+deaths?\s+of\b"
)
_WHEN = re.compile(
    r"\b(?:last\s+(?:month|week|year)|in\s+" + _MONTH + r"|(?:\w+\s+)?(?:days|weeks|months|"
    r"years)\s+ago)\s*,\s+when\b"
)
_HOSTAGE = re.compile(
    r"\btaken\s+(?:hostage|captive)\b|\bhostages\s+(?:were\s+)?(?:taken|seized|abducted)\b"
)
_EITHER = re.compile(r"\b(?:killed|dead)\s+or\s+(?:injured|wounded)\b")
_CENSUS = re.compile(
    r"^There\s+are\s+(?:currently\s+|now\s+)?[\w,]+\s+(?:injured|wounded)\b[^.]*?\b(?:in|at)\s+"
    r"(?:the\s+)?(?:hospital|clinic)\b"
)
_HABIT = re.compile(r"\btreat(?:s|ed)\b[^.]*\b(?:a|per|every)\s+(?:year|month|week|day)\b")
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:been\s+killed|died)\b")
"""A present-perfect toll: of 5,000 dead or more it is a war-long total."""
_PLUPERFECT = re.compile(r"\bhad\s+(?:died|been\s+killed)\b")
_RISEN = re.compile(r"\b(?:rose|risen|climbed|increased|reached)\b")
_INJURIES = re.compile(
    r"\s+and\s+injuries\s+to\s+(?:nearly\s+|more\s+than\s+|over\s+|about\s+|some\s+|"
    r"at\s+least\s+)?([\d,]+|[a-z]+)\b"
)
_OTHERS = re.compile(
    r"^(?:Additionally|In\s+addition),\s+[\w,]+\s+others\b[^.]*\b(?:injured|wounded)\b"
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without background tolls and restated figures, with two completions."""
    cas = [k for k, f in enumerate(found) if isinstance(f, Casualty)]
    if not cas:
        return found
    sent_of = {k: sentence_of(doc, found[k].evidence.start) for k in cas}
    out = list(found)
    drop: set[int] = set()
    sents = doc.sentences
    by_sent: dict[int, list[int]] = {}
    for k in cas:
        by_sent.setdefault(sent_of[k], []).append(k)
    for idx, ks in by_sent.items():
        if idx < 0:
            continue
        if _background(doc, idx, by_sent):
            drop.update(ks)
    for k in cas:
        if k in drop or sent_of[k] < 0:
            continue
        f = out[k]
        assert isinstance(f, Casualty)
        text = sents[sent_of[k]].text
        if _single_drop(f, text, k, sent_of, out, doc):
            drop.add(k)
    _complete(doc, out, cas, sent_of, drop)
    if not drop:
        return out
    return [f for k, f in enumerate(out) if k not in drop]


def _same_block(doc: Document, a: int, b: int) -> bool:
    """Whether sentences ``a`` and ``b`` share a paragraph and a line."""
    sa, sb = doc.sentences[a], doc.sentences[b]
    return sa.paragraph == sb.paragraph and "\n" not in doc.body[sa.end : sb.start]


def _background(doc: Document, idx: int, by_sent: dict[int, list[int]]) -> bool:
    sents = doc.sentences
    text = sents[idx].text
    if " since " in text or "til" in text or "incidents" in text:
        m = _RUNNING.search(text)
        truce = "ceasefire" in text or "truce" in text
        if m is not None and not _DAY.search(text) and not (truce and m[0].startswith("since")):
            return True
    prev = idx - 1
    if (
        prev >= 0
        and sents[prev].paragraph == sents[idx].paragraph
        and _CONTINUED.search(text)
        and not _DAY.search(text)
        and _RUNNING.search(sents[prev].text)
    ):
        return True
    first = idx
    while first > 0 and _same_block(doc, first - 1, first):
        first -= 1
    for j in range(idx, first - 1, -1):
        t = sents[j].text
        if t.startswith("As ") and _RECAP.search(t):
            return True
        if t.startswith("Earlier,") and _EARLIER.search(t) and idx - j <= 2:
            return any(s >= 0 and not j <= s <= j + 2 for s in by_sent)
    if first > 0 and idx - first <= 1:
        t = sents[first - 1].text
        if t.startswith("As a reminder,") and _RECAP.search(t):
            return True
    return False


def _single_drop(
    f: Casualty, text: str, k: int, sent_of: dict[int, int], out: list[Finding], doc: Document
) -> bool:
    idx = sent_of[k]
    start = doc.sentences[idx].start
    rel = f.evidence.start - start
    if "after" in text or "followed" in text:
        m = _AFTER.search(text)
        if m is not None and rel + len(f.evidence.text) > m.end() and _other_sentence(k, sent_of):
            return True
    if ", when" in text:
        m = _WHEN.search(text)
        if m is not None and rel >= m.start() and _other_sentence(k, sent_of):
            return True
    if f.killed is not None and f.killed >= 500 and _HOSTAGE.search(text):
        return True
    if f.killed is not None and f.killed >= 5000 and _PERFECT.search(f.evidence.text):
        return True
    if f.injured is None and " or " in f.evidence.text and _EITHER.search(f.evidence.text):
        return True
    if f.killed is None:
        if text.startswith("There are") and _CENSUS.search(text):
            return True
        if "treat" in text and _HABIT.search(text):
            return True
    if (
        f.killed is not None
        and f.injured is None
        and " had " in f.evidence.text
        and _PLUPERFECT.search(f.evidence.text)
    ):
        return _risen_above(f.killed, k, idx, sent_of, out)
    return False


def _risen_above(
    killed: int, k: int, idx: int, sent_of: dict[int, int], out: list[Finding]
) -> bool:
    """Whether another sentence tells a risen toll above ``killed``."""
    for j, g in enumerate(out):
        if (
            j != k
            and isinstance(g, Casualty)
            and g.killed is not None
            and g.killed > killed
            and sent_of.get(j, -1) not in (-1, idx)
            and _RISEN.search(g.evidence.text)
        ):
            return True
    return False


def _other_sentence(k: int, sent_of: dict[int, int]) -> bool:
    idx = sent_of[k]
    return any(s != idx and s >= 0 for s in sent_of.values())


def _complete(
    doc: Document, out: list[Finding], cas: list[int], sent_of: dict[int, int], drop: set[int]
) -> None:
    body = doc.body
    for k in cas:
        f = out[k]
        if k in drop or not isinstance(f, Casualty) or f.killed is None or f.injured is not None:
            continue
        if " and injuries to " in body[f.evidence.end : f.evidence.end + 20]:
            m = _INJURIES.match(body, f.evidence.end)
            n = parse_number(m.group(1)) if m else None
            if n is not None:
                out[k] = replace(f, injured=n)
    sents = doc.sentences
    for k in cas:
        f = out[k]
        idx = sent_of[k]
        if k in drop or idx <= 0 or not isinstance(f, Casualty) or f.killed is not None:
            continue
        if f.group != "people" or f.injured is None or not _OTHERS.match(sents[idx].text):
            continue
        for j in cas:
            g = out[j]
            if (
                j not in drop
                and sent_of[j] == idx - 1
                and isinstance(g, Casualty)
                and g.group == "people"
                and g.killed is not None
                and g.injured is None
            ):
                out[j] = replace(g, injured=f.injured)
                drop.add(k)
                break

"""Round n48's casualty revisions: a risen toll without "toll", restated and retracted deaths.

A fixing round on real Lebanese, Gaza and Ukrainian copy found three shapes the earlier
readers got wrong:

- "The death from an airstrike on X has risen to 10" (the word "toll" dropped by the
  wire) was no toll at all, and "Five others were injured in the strike" sentences later
  stood alone; the conventions join a toll's "N others" wounded to it, so :func:`risen`
  reads the risen figure and takes the nearest "others"/"another"/"a further" wounded
  record (no other death toll between) into it;
- "A strike ... killed one person. ..., the ministry said the drone hit a car in X,
  killing one man" tells the same death twice, the second time with the victim's sex:
  :func:`restated` drops the participle's one when the toll of one sits at most two
  sentences before with no other toll, "another"/"second"/"separate" or fronted place
  between;
- "Earlier, the mayor reported that the strike killed one person, but later police said
  the man had died before the attack" takes the death back: :func:`retracted` clears the
  killed figure read from such a sentence (keeping an injured figure joined to it).

Each pass is gated on a literal before its regex runs and looks only at the sentences
around its own match (a bisected sentence index), so long documents stay linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import parse_number

__all__ = ["revise"]

_PLAIN = frozenset({"people", "persons", "civilians", "residents"})
_NUM = r"\d[\d,]*|[a-z]+(?:-[a-z]+)?"
_RISEN = re.compile(
    r"\b[Tt]he\s+death\s+(?:from|of|in|after)\s+[^.;\d]{3,140}?\s(?:has\s+|had\s+)?"
    r"(?:risen|rose|climbed|reached|increased|jumped|grown|grew)\s+(?:to\s+)?"
    rf"(?:at\s+least\s+)?(?P<n>{_NUM})\b"
)
_OTHERS = re.compile(
    r"^\W*(?:(?:[\w-]+\s+)others?\b|another\s+[\w,-]+\b|a\s+further\s+[\w,-]+\b)", re.I
)
_PARTICIPLE = re.compile(
    r"\bkilling\s+(?:one|a|an)\s+(?:(?:\d+-year-old|elderly|young)\s+)?"
    r"(?:man|woman|person|civilian|resident|worker|driver|passer-by)\b",
    re.I,
)
_APART = re.compile(
    r"\b(?:another|second|separate(?:ly)?|elsewhere|other|also|earlier|later|meanwhile)\b", re.I
)
_FRONT = re.compile(r"^\W*(?:In|At|Near|On)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s*,")
_AGED = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:[\w]+(?:-[\w]+)?-year-old|elderly|teenage)\s+"
    r"(?P<g>children|boys|girls|men|women|residents|pensioners|teenagers|civilians|brothers"
    r"|sisters|farmers|workers|soldiers|volunteers)\b"
)
_RETRACT = re.compile(
    r"\b(?:Previously|Earlier|Initially|At\s+first)\b[^.;]{0,160}?\b(?:killed|died|dead)\b"
    r"[^.;]{0,40}?,\s*but\s+[^.;]{0,120}?\b(?:had\s+died|had\s+been\s+dead|was\s+(?:already\s+)?"
    r"dead|were\s+(?:already\s+)?dead|died\s+of\s+natural\s+causes)\b[^.;]{0,40}?\bbefore\b",
)


def _cas(found: list[Finding]) -> list[Casualty]:
    return [f for f in found if isinstance(f, Casualty)]


def _at(doc: Document, f: Finding) -> int:
    return sentence_of(doc, f.evidence.start)


def risen(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "The death from X has risen to N" read and joined to its "N others"."""
    if not body_has(doc.body, "death "):
        return found
    out = list(found)
    for i, sent in enumerate(doc.sentences):
        if "death " not in sent.text:
            continue
        m = _RISEN.search(sent.text)
        n = parse_number(m.group("n")) if m else None
        if m is None or n is None or n < 1:
            continue
        cas = sorted(_cas(out), key=lambda f: f.evidence.start)
        k = bisect_left([f.evidence.start for f in cas], sent.start)
        near: list[tuple[int, Casualty]] = []
        for f in cas[k:]:  # the records of this sentence and the six after it
            j = _at(doc, f)
            if j > i + 6:
                break
            near.append((j, f))
        if any(j == i and (f.killed == n or f.group in _PLAIN) for j, f in near):
            continue
        toll = bare_casualty(doc, sent.start + m.start(), sent.start + m.end(), "people", n, None)
        for j, f in near:
            if j == i:
                continue
            if f.killed is not None and f.group in _PLAIN:
                break  # another death toll between
            if f.killed is not None or f.group != "people" or f.injured is None:
                continue
            if not _OTHERS.match(f.evidence.text):
                continue
            toll = replace(toll, injured=f.injured, cause=f.cause, reported_by=f.reported_by)
            out.remove(f)
            break
        out.append(toll)
    if len(out) == len(found) and out == found:
        return found
    return sorted(out, key=lambda f: f.evidence.start)


def restated(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without a "..., killing one man" that retells the one death just told."""
    if not body_has(doc.body, "killing "):
        return found
    cas = sorted(_cas(found), key=lambda f: f.evidence.start)
    drop: set[int] = set()
    for k, f in enumerate(cas):
        if f.killed != 1 or f.injured is not None or not _PARTICIPLE.search(f.evidence.text):
            continue
        j = _at(doc, f)
        if j < 1:
            continue
        sent = doc.sentences[j]
        if _APART.search(sent.text) or _FRONT.match(sent.text):
            continue
        before: list[Casualty] = []
        for g in reversed(cas[max(0, k - 4) : k]):  # the records just before, nearest first
            if _at(doc, g) < j - 2:
                break
            before.append(g)
        if not before or any(g.killed != 1 or g.injured is not None for g in before):
            continue  # only the one death told before (a headline's "kills one" may repeat it)
        g = before[0]
        if g.group not in _PLAIN:
            continue
        if sent.paragraph - doc.sentences[_at(doc, g)].paragraph > 1:
            continue
        drop.add(id(f))
    if not drop:
        return found
    return [f for f in found if id(f) not in drop]


def retracted(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the deaths an "Earlier ..., but later ... died before" takes back."""
    if not body_has(doc.body, "before") or not body_has(doc.body, ", but"):
        return found
    back = {
        i
        for i, sent in enumerate(doc.sentences)
        if ", but" in sent.text and _RETRACT.search(sent.text)
    }
    if not back:
        return found
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Casualty) and f.killed is not None and _at(doc, f) in back:
            if f.injured is None:
                continue
            f = replace(f, killed=None)
        out.append(f)
    return out


def aged(found: list[Finding]) -> list[Finding]:
    """``found`` with "injured two 64-year-old men" told as men, not people (an age between)."""
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Casualty) and f.group == "people" and "-year-old" in f.evidence.text:
            m = _AGED.search(f.evidence.text)
            n = parse_number(m.group("n")) if m else None
            if m is not None and n is not None and n > 1 and n in (f.killed, f.injured):
                f = replace(f, group=m.group("g"))
        out.append(f)
    return out


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Round n48's passes over the casualty chain's result."""
    return aged(retracted(doc, restated(doc, risen(doc, found))))

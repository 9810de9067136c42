"""Round n63's casualty readings (helper h_fix_n63, ``dev_numeric112``), the outermost call
of :func:`pipeline.extract._n28cas.revise`.

The real-text sets ``real22``/``real23`` (studied, never copied) showed tolls the chain
misread; each family is handled in general form:

* recalls of an earlier attack: a toll told after "comes on the heels of", "comes amid",
  "This attack follows", "at the time killed / left ..." (not "said at the time") or "in
  retaliation for the ... attack in which" in its sentence is background (the written
  "past incident" and "relative clause on a past attack" rules): dropped;
* "one X was martyred and another was injured": the "another" is one injured of the same
  record (the written "another" rule, here after "martyred");
* "the bodies of N X and M Y": a toll of each group (killed);
* "Among the victims were ..., with N others injured": the N complete the killed-only toll
  before that line (the written call of ``dev_numeric40``), not a record of their own;
* people "taking shelter" / "sheltering" are present people, no toll;
* "N (other) Sikh pilgrims were killed": a sentence-opening count before a group the
  lexicon does not know (a capitalised word, up to two more words, a plural noun);
* a hospital that "received N bodies and M injured (people)": one toll N/M;
* a body "seen in the video / footage / photos" is a sighting, no toll;
* "injuring four Pakistani soldiers" after "Four Pakistani army personnel were injured":
  an equal one-harm toll of the same forces under another word (soldiers, troops,
  personnel, servicemen) restates the first.

Every reading is gated on a literal before its regex; new tolls skip any casualty already
found over the same words.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left

from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._casualty_lede import sentence_of
from pipeline.extract._n25update import value
from pipeline.extract.model import Casualty, Document, Evidence, Finding

__all__ = ["revise"]

_N = (
    r"(?:\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)"
)
_RECALL = re.compile(
    r"\b(?:comes?|came|coming)\s+(?:on\s+the\s+heels\s+of|amid)\b"
    r"|\b(?:[Tt]his|[Tt]he)\s+(?:[a-z]+\s+){0,2}(?:attack|strike|strikes|incident|shelling)"
    r"\s+follows?\b"
    r"|\bat\s+the\s+time\s+(?:killed|wounded|injured|left)\b"
    r"|\bin\s+retaliation\s+(?:for|against)\s+the\b[^.;]{0,120}?\bin\s+which\b"
)
_COUNT = re.compile(rf"\b{_N}\b")
_RECALL_GATE = (" heels of", " amid ", " follows", " at the time", " retaliation ")
_ANOTHER = re.compile(r"\A\s*,?\s*and\s+another(?:\s+one)?\s+(?:was\s+)?(?:injured|wounded)\b")
_BODIES = re.compile(
    rf"\bbodies\s+of\s+(?P<n1>{_N})\s+(?P<g1>[a-z]+)\s+and\s+"
    rf"(?P<ev2>(?P<n2>{_N})\s+(?P<g2>[a-z]+))\b"
)
_PLURAL = re.compile(r"(?:[a-z]{2,}s|[a-z]*men|children)\Z")
_VICTIMS = re.compile(r"\A\s*Among\s+the\s+(?:victims|dead)\s+(?:were|are)\b")
_WITH_OTHERS = re.compile(rf"\bwith\s+{_N}\s+others\s+(?:injured|wounded)\b")
_SHELTER = re.compile(r"\b(?:taking\s+shelter|sheltering)\b")
_HARM = re.compile(r"\b(?:killed|died|dead|wounded|injured|martyred)\b")
_STOP = r"(?!(?:of|the|those|these|them|more|were|was|have|had|people)\b)"
_OPENING = re.compile(
    rf"\A\W{{0,2}}(?P<n>{_N})\s+(?:other\s+)?(?P<g>[A-Z][a-z]+(?:\s+{_STOP}[a-z]+){{1,2}}"
    rf"|{_STOP}[a-z]+(?:\s+{_STOP}[a-z]+)?\s+(?:members|pilgrims))"
    r"\s+(?:were|have\s+been)\s+(?P<v>killed|wounded|injured)\b"
)
_SIGHTING = re.compile(r"\bseen\s+(?:briefly\s+)?in\s+(?:the\s+|a\s+)?(?:video|footage|photos?)\b")
_FORCES = frozenset({"soldiers", "troops", "personnel", "servicemen", "army personnel"})
_HOSPITAL = re.compile(
    r"\breceived\s+[“\"]?(?:no\s+fewer\s+than\s+|at\s+least\s+|about\s+|some\s+|around\s+)?"
    rf"(?P<k>{_N})\s+bodies\s+and\s+(?:about\s+|some\s+|at\s+least\s+|around\s+)?"
    rf"(?P<i>{_N})\s+(?:injured|wounded)(?:\s+(?:people|individuals|persons|patients))?"
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """The round's drops, merges and added tolls (see the module docstring)."""
    body = doc.body
    if any(g in body for g in _RECALL_GATE):
        found = _recalls(doc, found)
    if " another " in body and "martyred" in body:
        found = _another(doc, found)
    if "Among the " in body and " others " in body:
        found = _victims_others(doc, found)
    if "shelter" in body or " seen " in body:
        found = [f for f in found if not (isinstance(f, Casualty) and _sheltered(f))]
    if "personnel" in body or "troops" in body or "servicemen" in body:
        found = _forces_restated(found)
    added: list[Finding] = []
    spans = [(f.evidence.start, f.evidence.end) for f in found if isinstance(f, Casualty)]
    bodies = " bodies " in body
    for sent in doc.sentences:
        text = sent.text
        hits: list[tuple[int, int, str, int | None, int | None]] = []
        if bodies and " bodies " in text:
            if "bodies of " in text:
                for m in _BODIES.finditer(text):
                    for nk, g, s in (("n1", "g1", m.start()), ("n2", "g2", m.start("ev2"))):
                        group = m.group(g)
                        end = m.end(g)
                        if _PLURAL.search(group):
                            hits.append((s, end, group, value(m.group(nk)), None))
            if "received " in text:
                for m in _HOSPITAL.finditer(text):
                    k, i = value(m.group("k")), value(m.group("i"))
                    hits.append((m.start(), m.end(), "people", k, i))
        if " been " in text or " were " in text:
            om = _OPENING.match(text)
            if om is not None:
                group = om.group("g")
                if _PLURAL.search(group):
                    num = value(om.group("n").lower())
                    hurt = om.group("v") != "killed"
                    hits.append(
                        (
                            om.start("n"),
                            om.end("v"),
                            group,
                            None if hurt else num,
                            num if hurt else None,
                        )
                    )
        for s, e, group, killed, injured in hits:
            start, end = sent.start + s, sent.start + e
            if (killed is None and injured is None) or any(a < end and start < b for a, b in spans):
                continue
            spans.append((start, end))
            added.append(bare_casualty(doc, start, end, group, killed, injured, confidence=0.7))
    return found + added if added else found


def _recalls(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop tolls told after an earlier attack's recall marker in their sentence."""
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Casualty):
            idx = sentence_of(doc, f.evidence.start)
            if idx >= 0:
                sent = doc.sentences[idx]
                m = _COUNT.search(f.evidence.text)
                cut = f.evidence.start + (m.start() if m is not None else 0)
                head = sent.text[: max(0, cut - sent.start)]
                if any(g in head for g in _RECALL_GATE) and _RECALL.search(head):
                    continue
        out.append(f)
    return out


def _another(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "one X was martyred and another was injured": the record gains one injured."""
    out: list[Finding] = []
    for f in found:
        if (
            isinstance(f, Casualty)
            and f.injured is None
            and f.killed is not None
            and f.evidence.text.endswith("martyred")
        ):
            m = _ANOTHER.match(doc.body[f.evidence.end : f.evidence.end + 60])
            if m is not None:
                end = f.evidence.end + m.end()
                ev = Evidence(doc.body[f.evidence.start : end], f.evidence.start, end)
                f = dataclasses.replace(f, injured=1, evidence=ev)
        out.append(f)
    return out


def _victims_others(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "Among the victims were ..., with N others injured": N join the toll before."""
    drop: set[int] = set()
    swap: dict[int, Casualty] = {}
    order: list[tuple[int, int]] = []
    starts: list[int] = []
    for j, f in enumerate(found):
        if not (isinstance(f, Casualty) and f.killed is None and f.injured is not None):
            continue
        if not _WITH_OTHERS.match(f.evidence.text):
            continue
        idx = sentence_of(doc, f.evidence.start)
        if idx < 0 or not _VICTIMS.match(doc.sentences[idx].text):
            continue
        first = doc.sentences[idx].start
        if not order:
            order = sorted(
                (g.evidence.start, k) for k, g in enumerate(found) if isinstance(g, Casualty)
            )
            starts = [a for a, _ in order]
        best = -1
        pos = bisect_left(starts, first) - 1
        while pos >= 0 and best < 0:
            k = order[pos][1]
            if found[k].evidence.end <= first:
                best = k
            pos -= 1
        lead = found[best] if best >= 0 else None
        if isinstance(lead, Casualty) and lead.injured is None and lead.killed is not None:
            swap[best] = dataclasses.replace(lead, injured=f.injured)
            drop.add(j)
    if not drop:
        return found
    return [swap.get(k, f) for k, f in enumerate(found) if k not in drop]


def _sheltered(f: Casualty) -> bool:
    """People "taking shelter" with no harm word in the evidence, or a body "seen in the video"."""
    text = f.evidence.text
    if " seen " in text and _SIGHTING.search(text):
        return True
    return "shelter" in text and _SHELTER.search(text) is not None and not _HARM.search(text)


def _forces_restated(found: list[Finding]) -> list[Finding]:
    """Drop a one-harm toll of forces equal to an earlier one named with another word."""
    seen: dict[tuple[int | None, int | None], str] = {}
    out: list[Finding] = []
    for f in sorted(found, key=lambda g: g.evidence.start):
        if (
            isinstance(f, Casualty)
            and f.group in _FORCES
            and (f.killed is None) != (f.injured is None)
        ):
            key = (f.killed, f.injured)
            first = seen.get(key)
            if first is not None and first != f.group:
                continue
            if first is None:
                seen[key] = f.group
        out.append(f)
    return out if len(out) < len(found) else found

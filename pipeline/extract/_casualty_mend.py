"""Post-passes of the casualty reader added in the twelfth session (h_num15, ``dev_numeric54``).

* :func:`paired_subgroups`: a toll split over two sentences whose sentences each name the
  same subgroup ("6 people died, among them 2 children. 41 people were injured, among them
  9 children.") is one record of that group (children 2/9), as the main toll is one record
  (6/41): the written call of ``dev_numeric48`` ("a subgroup of the dead ... and a later
  'Among the injured are six children' are one record 2/6") and ``dev_articles51``'s.
* :func:`found_bodies`: the body found that an update then counts in ("In the morning, the
  body of one more woman was recovered from the rubble." / "Thus, as a result of the
  attack, 8 people died"): part of that toll, no record, as "rose to 14 dead after rescuers
  recovered two more bodies" is in one sentence (``dev_numeric43``).
* :func:`pipeline.extract._casualty_lede.lede_completed`: the other harm an official gives
  at the head of the next paragraph.

Split out of :mod:`pipeline.extract.casualties` (at its size limit): it runs on the records
that module found, before the update pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._casualty_lede import lede_completed, sentence_of
from pipeline.extract.model import Casualty, Document, Finding

# The subgroup's own marker: "among them 2 children", "including four teenagers".
_MARKED = re.compile(r"\s*(?:among\s+(?:them|whom)|including|of\s+whom)\b", re.IGNORECASE)
_PLAIN = frozenset(["people", "persons", "residents", "civilians"])


def _one_kind(f: Casualty) -> str | None:
    if (f.killed is None) == (f.injured is None):
        return None
    return "killed" if f.killed is not None else "injured"


def paired_subgroups(doc: Document, out: list[Finding]) -> list[Finding]:
    """``out`` with the subgroup of the dead and the same subgroup of the injured of one
    split toll folded into one record (see the module doc)."""
    drop: set[int] = set()
    for i in range(1, len(out)):
        a = out[i - 1]
        if not isinstance(a, Casualty) or _one_kind(a) != "killed" or a.group in _PLAIN:
            continue
        if i < 2 or not isinstance(head := out[i - 2], Casualty):
            continue
        if head.killed is None or head.injured is None or not _MARKED.match(a.evidence.text):
            continue  # the main toll before it must hold both harms (one split toll)
        for j in range(i, min(len(out), i + 2)):
            b = out[j]
            if not isinstance(b, Casualty) or j in drop:
                continue
            if b.group != a.group or _one_kind(b) != "injured":
                continue
            if not _MARKED.match(b.evidence.text):
                continue
            sa, sb = sentence_of(doc, a.evidence.start), sentence_of(doc, b.evidence.start)
            if sb != sa + 1 or doc.sentences[sa].paragraph != doc.sentences[sb].paragraph:
                continue
            if sentence_of(doc, head.evidence.start) != sa:
                continue
            out[i - 1] = replace(a, injured=b.injured, confidence=0.85)
            drop.add(j)
            break
    return [f for n, f in enumerate(out) if n not in drop] if drop else out


# "the body of one more woman", "the bodies of two more people", "another body".
_MORE_BODIES = re.compile(
    r"(?:the\s+)?(?:bod(?:y|ies)\s+of\s+[\w-]+\s+(?:more|further|other)\b|"
    r"[\w-]+\s+(?:more|further)\s+bod(?:y|ies)\b)",
    re.IGNORECASE,
)
# "Thus, as a result of the attack, 8 people died", "The number of dead thus rose to 14".
_THUS = re.compile(
    r"\W*(?:thus|so|with\s+(?:that|this)|this\s+(?:brought|raised|took))\b|.*\bthus\b", re.I
)


def found_bodies(doc: Document, out: list[Finding]) -> list[Finding]:
    """``out`` without the dead found whose toll the next sentence sums up (module doc)."""
    drop: set[int] = set()
    for i in range(len(out) - 1):
        body, toll = out[i], out[i + 1]
        if not isinstance(body, Casualty) or not isinstance(toll, Casualty):
            continue
        if body.killed is None or body.injured is not None or toll.killed is None:
            continue
        if toll.killed <= body.killed or not _MORE_BODIES.search(body.evidence.text):
            continue
        sb, st = sentence_of(doc, body.evidence.start), sentence_of(doc, toll.evidence.start)
        if st == sb + 1 and _THUS.match(doc.sentences[st].text):
            drop.add(i)
    return [f for n, f in enumerate(out) if n not in drop] if drop else out


def mend(doc: Document, out: list[Finding]) -> list[Finding]:
    """``out`` after the passes of this module (see the module doc)."""
    return lede_completed(doc, found_bodies(doc, paired_subgroups(doc, out)))

"""A later one-kind figure that completes an earlier record across a gap of sentences.

Two shapes of translated agency copy tell a toll's second half away from its first, where
the sentence-to-sentence join (:mod:`pipeline.extract._casualty_link`) cannot see it:

- The subgroup of the injured told a paragraph later with its own lead: "At least seven
  people were killed, among them two children ... . Injured there were 31. // Among the
  injured are six children, Lysak said later." The children are one record (2 killed, 6
  injured), as "Among the dead are three children, among the injured are 18 children" is
  in one sentence (the annotator's call on art40-12, ``dev_numeric48``). Only when the
  lead's record comes right after a subgroup of the same group and the other kind.
- The spokesman's second figure after his quote: "At least 23 people ... were killed ...,
  announced the civil defence. // « The bodies were lying ... », declared its spokesman.
  He said some 60 people had been wounded" (AFP's French desk, art38-02). A pronoun's
  "said N had been wounded" right after a quote-only sentence completes the last main
  record when its slot is free; subgroups of that record may stand between.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import QUALIFIER

_LEAD = re.compile(
    r"\W*among\s+(?:the|those)\s+(?:(?P<killed>dead|killed|deceased|fatalities)|"
    r"(?P<injured>injured|wounded|hurt))\s+(?:there\s+)?(?:are|were|is|was)\b",
    re.IGNORECASE,
)
_SUB = re.compile(r"\W*(?:including|among\s+them|among\s+whom|of\s+whom)\b", re.IGNORECASE)
_PLAIN: frozenset[str] = frozenset(["people", "persons", "residents", "civilians", "others"])
_PAIR_REACH = 1500
"""How far after the first subgroup its later lead may stand."""

_PRONOUN_SAID = re.compile(
    r"^\W*(?:He|She|They)\s+(?:also\s+)?(?:said|added|stated|told\s+[A-Z][\w-]*)\s+"
    rf"(?:that\s+)?{QUALIFIER}$"
)
_QUOTE_ONLY = re.compile(r"^\s*[«“\"„]")
_OTHERS = re.compile(r"\s+(?:people|persons|others|other\s+people)\b", re.IGNORECASE)


def join_gaps(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with later subgroup leads and post-quote figures folded into their
    records (see the module docstring)."""
    if not any(isinstance(f, Casualty) for f in found):
        return found
    starts = [s.start for s in doc.sentences]
    out = list(found)
    drop: set[int] = set()
    last: int | None = None  # index of the last casualty record kept
    kept: list[int] = []  # indices of the casualty records kept, in order
    for i, rec in enumerate(out):
        if not isinstance(rec, Casualty):
            continue
        pair = _pair_of(out, kept, rec)
        if pair is not None:
            last = pair
            out[last] = _completed(out[last], rec)
            drop.add(i)
            continue
        target = _after_quote(doc, starts, out, i, rec)
        if target is not None:
            out[target] = _completed(out[target], rec)
            drop.add(i)
            continue
        last = i
        kept.append(i)
    return [f for i, f in enumerate(out) if i not in drop] if drop else found


# "82 of the wounded had been taken to hospital": a care share between the subgroup of the
# dead and the later "Among the injured were 12 children" (art43-09).
_CARE_SHARE = re.compile(r"\W*[\w-]+\s+of\s+(?:the|them)\s+(?:injured|wounded)\b", re.I)


def _pair_of(out: list[Finding], kept: list[int], rec: Casualty) -> int | None:
    """The kept record ``rec`` completes as its later lead: the last one, or the one before
    care shares of the injured told between them."""
    for j in reversed(kept):
        if _later_lead(out, j, rec):
            return j
        prev = out[j]
        if not isinstance(prev, Casualty) or _CARE_SHARE.match(prev.evidence.text) is None:
            return None
    return None


def _one_kind(rec: Casualty) -> bool:
    return (rec.killed is None) != (rec.injured is None)


def _later_lead(out: list[Finding], last: int, rec: Casualty) -> bool:
    """True when ``rec`` ("Among the injured are six children") completes the subgroup
    ``out[last]`` ("among them two children") of the other kind."""
    prev = out[last]
    if not isinstance(prev, Casualty) or not _one_kind(prev) or not _one_kind(rec):
        return False
    if prev.group != rec.group or rec.group in _PLAIN:
        return False
    lead = _LEAD.match(rec.evidence.text)
    if lead is None or _SUB.match(prev.evidence.text) is None:
        return False
    if rec.evidence.start - prev.evidence.end > _PAIR_REACH:
        return False
    if lead.group("injured"):
        return prev.injured is None and rec.injured is not None
    return prev.killed is None and rec.killed is not None


def _after_quote(
    doc: Document, starts: list[int], out: list[Finding], i: int, rec: Casualty
) -> int | None:
    """The index of the main record that ``rec`` ("He said some 60 people had been
    wounded", after a quote sentence) completes, else None."""
    if not _one_kind(rec) or rec.group not in _PLAIN:
        return None
    idx = bisect_right(starts, rec.evidence.start) - 1
    if idx < 2:
        return None
    sent = doc.sentences[idx]
    head = doc.body[sent.start : rec.evidence.start]
    if not head or head[0] not in "HST" or _PRONOUN_SAID.match(head) is None:
        return None
    if _OTHERS.search(rec.evidence.text) is None:
        return None
    quote = doc.sentences[idx - 1]
    if _QUOTE_ONLY.match(quote.text) is None or quote.start <= _end_before(out, i):
        return None  # the sentence between must be the quote, holding no record
    for j in range(i - 1, -1, -1):
        prev = out[j]
        if not isinstance(prev, Casualty):
            continue
        pidx = bisect_right(starts, prev.evidence.start) - 1
        if pidx == idx - 2 and prev.group not in _PLAIN:
            continue  # "including nine children and four women" of the main record
        if pidx != idx - 2 or prev.group not in _PLAIN or not _one_kind(prev):
            return None
        free = prev.injured is None if rec.injured is not None else prev.killed is None
        return j if free else None
    return None


def _end_before(out: list[Finding], i: int) -> int:
    """Where the last casualty record before ``out[i]`` ends (-1 for none)."""
    for j in range(i - 1, -1, -1):
        f = out[j]
        if isinstance(f, Casualty):
            return f.evidence.end
    return -1


def _completed(head: Finding, rec: Casualty) -> Casualty:
    """``head`` (a casualty) with the figure it lacks taken from ``rec``, the toll it absorbs."""
    assert isinstance(head, Casualty)
    return replace(
        head,
        killed=head.killed if head.killed is not None else rec.killed,
        injured=head.injured if head.injured is not None else rec.injured,
        confidence=0.85,
    )

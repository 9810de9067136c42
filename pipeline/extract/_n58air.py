"""Round n58's interception revisions (helper h_fix_n58, ``dev_numeric107``), the outermost
call of :func:`pipeline.extract._n28air._later`. The real-text set ``real23`` (studied,
never copied) showed these shapes, each handled in general form:

- "Initially, Kyiv claimed that 71 of the drones were destroyed" / "At first, officials
  said ..." is a first claim the report supersedes: no record while another interception
  of the article stands outside that sentence; when none does and the next sentence tells
  "a revised tally increased the count to 74", that revised figure is the record's;
- "all four missiles were intercepted" told in the sentence after "an earlier incident on
  November 18, when ..." is that earlier incident's background: no record.

Every pass is gated on a literal of the body before its pattern runs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception

__all__ = ["interceptions"]

_FIRST = re.compile(r"^\W*(?:Initially|At\s+first),\s")
_REVISED = re.compile(
    r"\brevised\s+(?:tally|count|figure)\b[^.]{0,40}?\b(?:to|at)\s+(?P<n>\d{1,5})\b"
)
_EARLIER = re.compile(r"\ban\s+earlier\s+(?:incident|attack|attempt|episode)\b")


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without first claims superseded and an earlier incident's outcome."""
    body = doc.body
    first = body_has(body, "Initially, ") or body_has(body, "At first, ")
    earlier = body_has(body, "n earlier ")
    if not (first or earlier):
        return found
    sents = doc.sentences
    drop: set[int] = set()
    repl: dict[int, Interception] = {}
    for f in found:
        if not isinstance(f, Interception):
            continue
        idx = sentence_of(doc, f.evidence.end - 1)
        if idx < 0:
            continue
        if first and _FIRST.match(sents[idx].text):
            if any(
                isinstance(g, Interception) and sentence_of(doc, g.evidence.end - 1) != idx
                for g in found
            ):
                drop.add(id(f))
                continue
            if idx + 1 < len(sents) and (m := _REVISED.search(sents[idx + 1].text)):
                n = int(m["n"])
                if f.launched is None or n <= f.launched:
                    repl[id(f)] = replace(f, intercepted=n)
        if (
            earlier
            and idx > 0
            and _EARLIER.search(sents[idx - 1].text)
            and sentence_of(doc, f.evidence.start) == idx
        ):
            drop.add(id(f))
    if not (drop or repl):
        return found
    return [repl.get(id(f), f) for f in found if id(f) not in drop]

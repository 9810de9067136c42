"""Round n59's strike revision (helper h_fix_n59, ``dev_numeric108``), the outermost call
of :func:`pipeline.extract._n28strike.revise`.

The real-text set ``real19`` (studied, never copied) showed a tally told by a count of
times with Israel or its army as the subject ("Israel had struck N times across ...",
"the IDF struck N times around X"). The general "struck N times" reader names no weapon
and gives ``other``; by the conventions an air force attacking "14 times" makes air
strikes, and Israel's strikes beyond its borders are carried out by its aircraft, so
the tally is an ``airstrike`` strike by Israel. A tally by any other subject ("Russian
forces struck 16 times ... with mortars, artillery and drones") keeps its reading.

Gated on the literals "struck" and "times" of the body before its pattern runs; one
pattern search per ``other`` strike, no scan over the other findings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract.model import Document, Finding, Strike
from pipeline.extract.numbers import TWO_TO_TEN

__all__ = ["strikes"]

_ISRAEL_TIMES = re.compile(
    r"\b(?:Israel|(?:the\s+)?Israeli\s+(?:army|military|forces|air\s+force)|(?:the\s+)?IDF)\s+"
    r"(?:had\s+|has\s+)?struck\s+(?:[A-Za-z'’-]+\s+){0,3}?"
    rf"(?:\d{{1,4}}|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty(?:-[a-z]+)?)\s+times\b"
)


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """Read an ``other`` tally of times struck by Israel or its army as air strikes."""
    if not (body_has(doc.body, "struck") and body_has(doc.body, " times")):
        return found
    out: list[Finding] = []
    for f in found:
        if (
            isinstance(f, Strike)
            and f.weapon == "other"
            and " times" in f.evidence.text
            and _ISRAEL_TIMES.search(f.evidence.text)
        ):
            f = replace(f, weapon="airstrike", attacker=f.attacker or "Israel")
        out.append(f)
    return out

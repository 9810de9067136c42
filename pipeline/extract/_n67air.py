"""Round n67's sea-drone shoot-downs (helper h_fix_n67, ``dev_numeric116``), hooked last in
:func:`pipeline.extract._n28air._later`, after ``_n62air`` (and round n66's pass).

The real-text set ``real24`` (Black Sea port attacks; studied, never copied) told sea
drones as "crewless surface vessels" and "unmanned sea boats", nouns no reader counted.
Sea drones destroyed are `drone` interceptions (README, written conventions), and the
counted salvo as the subject of its outcome is all of N:

- "N crewless / uncrewed / unmanned surface vessels / sea boats were shot out of the
  water / sunk" is N shot down, as the earlier readers take "N sea drones were destroyed";
  with a figureless "all (of) the drones had been neutralised" in the same sentence it is
  N of N, all, and that figureless record is dropped for the counted one;
- "using N unmanned sea boats, (the enemy) attempted an attack ..., adding that ... had
  destroyed the sea / seaborne drones" is N of N, all (the launch and its outcome in one
  sentence).

A literal gate on the crew words per document and per sentence runs before any regex.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import small_count
from pipeline.extract.model import Document, Evidence, Finding, Interception, Sentence

__all__ = ["interceptions"]

_W = (
    r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty)"
)
_SEA = (
    r"(?:crewless|uncrewed|unmanned|remote-controlled)\s+"
    r"(?:surface\s+vessels|sea\s+boats|surface\s+boats|naval\s+drones|sea\s+drones)"
)
_PASSIVE = re.compile(
    rf"\b{_W}\s+{_SEA}\s+(?:were|had\s+been|have\s+been)\s+(?:all\s+)?"
    r"(?:shot\s+out\s+of\s+the\s+water|sunk|destroyed|neutrali[sz]ed|eliminated)\b",
    re.I,
)
_USING = re.compile(
    rf"\busing\s+{_W}\s+{_SEA}\b[^.]*?\b(?:attempted|tried)\b.*?"
    r"\b(?:destroyed|sunk|neutrali[sz]ed)\s+(?:the|all\s+the|all\s+of\s+the)\s+"
    r"(?:sea|seaborne|naval|unmanned)\s+(?:drones|boats|vessels)\b",
    re.I,
)
_CREW = ("crewless", "uncrewed", "unmanned", "remote-controlled")


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with round n67's counted sea-drone shoot-downs."""
    body = doc.body
    if not any(w in body for w in _CREW):
        return found
    out = found
    for sent in doc.sentences:
        low = sent.text.lower()
        if not any(w in low for w in _CREW):
            continue
        for rx in (_PASSIVE, _USING):
            for m in rx.finditer(sent.text):
                out = _counted(sent, m, out)
    return out


def _counted(sent: Sentence, m: re.Match[str], found: list[Finding]) -> list[Finding]:
    n = small_count(m.group("n"))
    if n is None:
        return found
    mine = [
        f
        for f in found
        if isinstance(f, Interception) and sent.start <= f.evidence.start < sent.end
    ]
    if any(n in (f.intercepted, f.launched) for f in mine):
        return found  # read already
    bare = [f for f in mine if f.launched is None and f.intercepted is None]
    every = bool(bare) or m.re is _USING  # a lone "N ... were sunk" reads as "N destroyed"
    start, end = sent.start + m.start(), sent.start + m.end()
    rec = Interception(
        evidence=Evidence(sent.text[m.start() : m.end()], start, end),
        confidence=0.7,
        weapon="drone",
        weapon_model=None,
        launched=n if every else None,
        intercepted=n,
        all_intercepted=every,
        approx="exact",
        location=bare[0].location if bare else None,
        reported_by=bare[0].reported_by if bare else None,
    )
    drop = {id(f) for f in bare}
    return [f for f in found if id(f) not in drop] + [rec]

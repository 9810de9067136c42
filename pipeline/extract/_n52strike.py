"""Round n52's strike revisions: mortar bombs, bombs dropped by jets, recaps of earlier days.

A fixing round on real border-shelling tallies (Sumy, Zaporizhzhia) and Myanmar air-raid
copy found shapes the earlier strike readers got wrong:

- "fired 21 mortar bombs at X" was read as glide bombs: a mortar is tube artillery, so
  :func:`weapons` makes any bomb strike whose evidence names a mortar an artillery strike;
- "A military jet dropped three bombs on X village" is an air raid, not a glide-bomb
  attack: bombs dropped by a jet, warplane, aircraft or helicopter (no glide/guided/KAB word)
  are airstrikes;
- "Earlier, it was reported that ... struck the district with three guided aerial bombs"
  recaps an earlier report, and "on August 30, X reported five attacks" in a story told on a
  later calendar day is an earlier day of the story: :func:`recaps` drops both.

Every pass is gated on a literal before any regex; lookups go through the bisected sentence
index, so the cost stays linear in the findings.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._lexicon import MONTHS
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Strike

__all__ = ["revise"]

_MORTAR = re.compile(r"\bmortar\b", re.I)
_JET = re.compile(
    r"\b(?:jets?|warplanes?|aircraft|planes?|helicopters?|bombers?)\s+(?:also\s+)?"
    r"(?:dropped|drops|dropping)\b"
)
_GUIDED = re.compile(r"\b(?:glide|guided|KABs?|FABs?|UMPK|aerial\s+bombs?)\b", re.I)
_EARLIER = re.compile(r"^\W*Earlier,?\s+it\s+(?:was|had\s+been)\s+reported\s+that\b")
_MONTHS = MONTHS
_MONTH = "|".join(_MONTHS)
_DATE = re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})\b")
_REPORTED_ON = re.compile(
    rf"\b[Oo]n\s+(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}),\s+(?:[\w'’-]+\s+){{1,3}}"
    r"(?:reported|said|announced)\b"
)


def weapons(found: list[Finding]) -> list[Finding]:
    """``found`` with mortar bombs as artillery and bombs dropped by jets as airstrikes."""
    out = list(found)
    for i, f in enumerate(out):
        if not isinstance(f, Strike) or f.weapon != "glide_bomb" or "bomb" not in f.evidence.text:
            continue
        text = f.evidence.text
        if "ortar" in text and _MORTAR.search(text):
            out[i] = replace(f, weapon="artillery")
        elif "drop" in text and _JET.search(text) and not _GUIDED.search(text):
            out[i] = replace(f, weapon="airstrike")
    return out


def _day(month: str, day: str) -> int:
    return _MONTHS.index(month) * 40 + int(day)


def recaps(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without strikes of an earlier report or an earlier calendar day's report."""
    body = doc.body
    early = body_has(body, "Earlier")
    dated = body_has(body, "reported") or body_has(body, "announced") or body_has(body, " said")
    if not early and not dated:
        return found
    out: list[Finding] = []
    dates: list[int] | None = None
    top: list[int] = []
    for f in found:
        if isinstance(f, Strike) and (idx := sentence_of(doc, f.evidence.start)) >= 0:
            sent = doc.sentences[idx]
            if early and "Earlier" in sent.text[:12] and _EARLIER.match(sent.text):
                continue
            if (
                dated
                and (m := _REPORTED_ON.search(sent.text))
                and m.end() <= f.evidence.start - sent.start + 1
            ):
                if dates is None:
                    dates, top = [], []
                    for d in _DATE.finditer(body):
                        dates.append(d.start())
                        top.append(max(top[-1] if top else 0, _day(d.group("m"), d.group("d"))))
                k = bisect_left(dates, sent.start)
                if k and top[k - 1] > _day(m.group("m"), m.group("d")):
                    continue
        out.append(f)
    return out


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Round n52's passes over the strike chain's result."""
    return recaps(doc, weapons(found))

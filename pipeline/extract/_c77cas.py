"""Round c77's figures that are no toll of the story (helper h_gen_c77, ``dev_numeric129``),
hooked last in :func:`pipeline.extract._n28cas.revise`, after ``_c76cas``.

Real pages (studied, never copied; real32) carry figures the casualty readers take for a
toll although the story never counts them. Examples are this module's own words:

- the digits of an ISO date prefix ("date 2025-05-21 Relatives mourn a fisherman who was
  killed ...", "date 2025-03-13 Israeli soldiers were killed ...") read as the count of the
  group after it: the month's "05" is no five dead (:func:`_iso_date`), as h_gen_n78's
  ``_n78figs`` already ruled for shoot-downs;
- a past incident fronted by its date and told in the pluperfect after the story's own toll
  ("One aid worker was killed on Tuesday ... On 14 July, the agency reported that four of
  its staff had been killed in a strike on a warehouse"): background like "Only last week,
  a missile had hit the port and killed four employees" (the written call of
  ``dev_articles21``/``23``; art44-09, art66-07, dnum52-037 label no record for it)
  (:func:`_recalled`). A weekday ("On Monday, ...") is the story's own day, and a dated
  lede told in the simple past with no toll before it stays the news;
- a calendar date bracketed right before a later sentence's simple-past toll verb ("A raid on
  another convoy, also in March, killed seven civilians"): a recalled incident, as the
  written "deadliest ..., on July 31, killed 31" (art64-10, dnum46-037) (:func:`_inserted`).

Literal gates run before any regex; each regex runs on one casualty's sentence or evidence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_ISO = re.compile(r"\b(?:19|20)\d\d-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
# any figure of the evidence once the date is blanked: digits or a number word
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
    r"|scores?|hundreds?|thousands?)\b",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May"
    r"|June|July|August|September|October|November|December"
)
# "On 14 July, ..." / "On Aug. 2, ..." / "On September 3 the ..." opening the sentence
_DATED_FRONT = re.compile(
    rf"^\W*On\s+(?:(?:{_MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS}))\b(?:,?\s+\d{{4}})?,?\s"
)
# the toll told in the pluperfect: "had been killed", "had died", "had killed"
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:been\s+(?:killed|wounded|injured|hurt)|died|killed|wounded|injured)\b"
)

# the date bracketed before the verb in the simple past: "..., also in March, killed 7"
_DATED_INSERT = re.compile(
    rf",\s*(?:also\s+)?(?:in|on)\s+(?:(?:early|late|mid-)\s*)?(?:(?:{_MONTHS})(?:\s+\d{{1,2}})?"
    rf"|\d{{1,2}}\s+(?:{_MONTHS}))(?:,?\s+\d{{4}})?,\s+(?:killed|wounded|injured)\b"
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the date digits read as counts and the dated recalled tolls."""
    body = doc.body
    iso = "-" in body and _ISO.search(body) is not None
    dated = ("On " in body and "had " in body) or ", also in " in body or ", in " in body
    dated = dated or ", on " in body
    if not iso and not dated:
        return found
    out: list[Finding] = []
    first_toll = -1  # sentence of the story's first toll kept
    for f in found:
        if not isinstance(f, Casualty):
            out.append(f)
            continue
        if iso:
            g = _iso_date(f)
            if g is None:
                continue
            f = g
        i = sentence_of(doc, f.evidence.start)
        if dated and i > 0 and _inserted(doc, i, f):
            continue
        if dated and 0 <= first_toll < i and _recalled(doc, i):
            continue
        if first_toll < 0 and i >= 0:
            first_toll = i
        out.append(f)
    return out


def _iso_date(f: Casualty) -> Casualty | None:
    """``f`` without a figure that is only an ISO date's month or day; None when none is left."""
    text = f.evidence.text
    m = _ISO.search(text) if "-" in text else None
    if m is None:
        return f
    rest = text[: m.start()] + " " + text[m.end() :]
    if _FIGURE.search(rest) is not None:
        return f  # the toll has a figure of its own
    parts = {int(m.group("m")), int(m.group("d"))}
    killed = None if f.killed in parts else f.killed
    injured = None if f.injured in parts else f.injured
    if killed is None and injured is None:
        return None
    if killed == f.killed and injured == f.injured:
        return f
    return replace(f, killed=killed, injured=injured)


def _recalled(doc: Document, i: int) -> bool:
    """True when sentence ``i`` is fronted by a calendar date and tells its toll in the
    pluperfect."""
    text = doc.sentences[i].text
    if "had " not in text or "On " not in text[:8]:
        return False
    return _DATED_FRONT.match(text) is not None and _PLUPERFECT.search(text) is not None


def _inserted(doc: Document, i: int, f: Casualty) -> bool:
    """True when sentence ``i`` (not the lede) brackets a calendar date right before the
    simple-past verb of ``f``'s toll: "A raid on another convoy, also in March, killed 7"."""
    sent = doc.sentences[i]
    if ", " not in sent.text:
        return False
    m = _DATED_INSERT.search(sent.text)
    if m is None:
        return False
    lo, hi = sent.start + m.start(), sent.start + m.end() + 40
    return f.evidence.start < hi and f.evidence.end > lo

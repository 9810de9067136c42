"""Round n47's casualty passes on recaps and running totals (a phrasing survey of real copy).

Real Ukrainian agency copy and Gaza health-ministry bulletins told three shapes the earlier
readers got wrong:

- a paragraph opened by "As reported," / "As was reported," / "As reported earlier,"
  relays the story's earlier report ("As reported, on Monday the Russians struck the city.
  As of 11:00, six people were reported injured"): background like "Earlier it was reported
  that", so its records go when the story told a toll before it (:func:`recaps`);
- a day's toll joined to a running total of the other kind ("127 people died in the last
  24 hours, and 68,883 people have been injured since war erupted on October 7"; "...
  since October 7, 2023"): the day's dead are the news, the total background - the
  running figure is stripped, or the day's toll read when the sentence gave none
  (:func:`daily`);
- "four more will be treated at home" closing a list of condition shares is a care share
  like "two more received medical assistance" (:func:`home`).

Each pass is gated on a literal before its regex runs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import sentences_with
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import parse_number

__all__ = ["daily", "home", "recaps"]

_NUM = r"\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?"
_RECAP = re.compile(
    r"^\W*As\s+(?:was\s+|previously\s+|earlier\s+|already\s+)?reported"
    r"(?:\s+earlier|\s+previously|\s+before)?\s*,"
)
_DAILY = re.compile(
    rf"(?:A\s+total\s+of\s+|at\s+least\s+|some\s+)?(?P<n>{_NUM})\s+"
    r"(?P<g>people|persons|Palestinians|civilians)?\s*(?:were\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?P<k>killed|died)\s+(?:in|over|during)\s+the\s+(?:past|last)\s+"
    r"(?:24\s+hours|twenty-four\s+hours|day)\s*,?\s+(?:and|while)\s+"
    rf"(?:at\s+least\s+|more\s+than\s+|some\s+|over\s+)?(?P<m>\d[\d,]*)\s+[^.;]{{0,40}}?"
    r"\b(?:injured|wounded)\s+since\b",
    re.I,
)
_HOME = re.compile(
    rf"\b(?P<n>{_NUM})\s+more\s+(?:will\s+be|are\s+being|are\s+to\s+be|were)\s+treated\s+"
    r"(?:at\s+home|as\s+outpatients|on\s+an\s+outpatient\s+basis)\b",
    re.I,
)


def _cas(found: list[Finding]) -> list[Casualty]:
    return [f for f in found if isinstance(f, Casualty)]


def recaps(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the records of an "As reported," paragraph after a told toll."""
    if not body_has(doc.body, "As ") or not body_has(doc.body, "reported"):
        return found
    cas = _cas(found)
    if not cas:
        return found
    drop: set[int] = set()
    body = doc.body
    for i, sent in enumerate(doc.sentences):
        if not _RECAP.match(sent.text):
            continue
        para = sent.paragraph
        if i and doc.sentences[i - 1].paragraph == para and "\n" not in body[: sent.start][-3:]:
            continue  # a recap opens its paragraph or its line
        end = max(s.end for s in doc.sentences if s.paragraph == para)
        line = body.find("\n", sent.start)
        end = end if line < 0 else min(end, line)
        if not any(f.evidence.start < sent.start for f in cas):
            continue  # the recap is the story's only telling
        drop.update(id(f) for f in cas if sent.start <= f.evidence.start < end)
    if not drop:
        return found
    return [f for f in found if id(f) not in drop]


def daily(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with a day's toll freed from the running total joined to it."""
    body = doc.body
    if not body_has(body, "since") or (not body_has(body, "hours") and not body_has(body, "day")):
        return found
    out = list(found)
    for sent in sentences_with(doc, "since"):
        low = sent.text.lower()  # every :data:`_DAILY` match ends on "injured|wounded since"
        if "njured" not in low and "wounded" not in low:
            continue
        for m in _DAILY.finditer(sent.text):
            n, total = parse_number(m.group("n")), parse_number(m.group("m"))
            if n is None or total is None:
                continue
            here = [
                f
                for f in out
                if isinstance(f, Casualty) and sent.start <= f.evidence.start < sent.end
            ]
            mine = [f for f in here if f.killed == n]
            if mine:
                for f in mine:
                    if f.injured == total:
                        out[out.index(f)] = replace(f, injured=None)
                continue
            if here:
                continue
            a, b = sent.start + m.start(), sent.start + m.start("k") + len(m.group("k"))
            group = (m.group("g") or "people").lower()
            group = "Palestinians" if group == "palestinians" else group
            out.append(bare_casualty(doc, a, b, group, n, None))
    if out == found:
        return found
    return sorted(out, key=lambda f: f.evidence.start)


def home(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "N more will be treated at home" after condition shares."""
    if not body_has(doc.body, " more ") or not body_has(doc.body, "treated"):
        return found
    cas = _cas(found)
    new: list[Finding] = []
    for sent in sentences_with(doc, "treated"):
        for m in _HOME.finditer(sent.text):
            n = parse_number(m.group("n"))
            a, b = sent.start + m.start(), sent.start + m.end()
            if n is None or any(a <= f.evidence.start < b for f in cas):
                continue
            shares = [
                f for f in cas if f.injured is not None and sent.start <= f.evidence.start < a
            ]
            if not shares:
                continue  # a list of shares must come first
            new.append(bare_casualty(doc, a, b, "people", None, n))
    if not new:
        return found
    return sorted([*found, *new], key=lambda f: f.evidence.start)


def index(doc: Document, f: Finding) -> int:
    """The sentence index of a finding's evidence."""
    return sentence_of(doc, f.evidence.start)

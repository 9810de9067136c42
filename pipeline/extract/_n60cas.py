"""Round n60's casualty revision (helper h_fix_n60, ``dev_numeric109``), the outermost call
of :func:`pipeline.extract._n28cas.revise`.

The real-text sets ``real21`` and ``real23`` (studied, never copied) showed three readings
the chain missed:

* a counted group with an age word between the count and the noun ("one adult resident of
  the city was injured", "Four minor children suffered ... bodily injuries"): the toll
  readers expect the noun right after the count, so the record was lost;
* an injury count told as a noun ("five more injuries were reported"): by the conventions
  each reported injury is one injured person, a record of its own;
* a death among a group the story has counted ("Police officers shot dead one of the
  suicide bombers" after "... and two suicide bombers"): "one of the X" is a member of that
  toll, no record of its own (with no earlier X it stays one);
* a first toll corrected later in the story ("At least 6 people were injured ... this
  morning" then "Later, X clarified that 7 residents ... were injured"): the earlier lower
  "at least" figure of the same kind is superseded, as a risen toll is.

Each reading is gated on a literal before its regex; the correction pass builds one list of
the corrected figures and compares each earlier toll to it.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._n25update import value
from pipeline.extract._nlit import lowered
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import SMALL_WORDS

__all__ = ["revise"]

_NUM = rf"(?P<n>\d{{1,4}}|{SMALL_WORDS})"
_AGE_WORDS = ("adult", "minor", "elderly", "teenage", "young", "underage")
_AGE = rf"(?:{'|'.join(_AGE_WORDS)})"
_GROUP = r"(?P<g>residents?|children|child|men|man|women|woman|persons?|people|civilians?)"
_AGE_INJURED = re.compile(
    rf"\b{_NUM}\s+{_AGE}\s+{_GROUP}\b(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+"
    r"(?:(?:was|were)\s+(?:injured|wounded|hurt)\b"
    r"|suffered\s+[^.;:]{0,80}?\binjur(?:y|ies)\b)",
    re.IGNORECASE,
)
_HARM = ("injur", "wound", "hurt")
_AGE_GATE = re.compile(rf"\b{_AGE}\b", re.IGNORECASE)
_INJURIES = re.compile(
    rf"\b{_NUM}\s+(?:more\s+|other\s+|new\s+|further\s+)?injuries\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:reported|recorded|registered)\b",
    re.IGNORECASE,
)
_LATER = re.compile(
    r"^(?:Later|Subsequently|Afterwards)\b[^.]{0,80}?\b(?:clarified|updated|specified|corrected)\b"
)
_ONE_OF = re.compile(r"\bone\s+of\s+the\s+(?P<x>[a-z-]{3,}(?:\s+[a-z-]{3,})?)")
_GROUPS = {
    "resident": "residents",
    "child": "children",
    "man": "men",
    "woman": "women",
    "person": "people",
    "persons": "people",
    "civilian": "civilians",
}


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _group(word: str) -> str:
    w = word.lower()
    return _GROUPS.get(w, w)


def _new_tolls(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add the age-word and injury-noun tolls no casualty already covers."""
    body = doc.body
    low = lowered(doc)
    # an ASCII body lacking every age word cannot match the case-blind regex: skip its scan
    no_age = body.isascii() and not any(w in low for w in _AGE_WORDS)
    age = not no_age and any(w in low for w in _HARM) and _AGE_GATE.search(body) is not None
    noun = "injuries were" in low or "injuries have been" in low or "injuries had been" in low
    if not (age or noun):
        return found
    spans = [(f.evidence.start, f.evidence.end) for f in found if isinstance(f, Casualty)]
    added: list[Finding] = []
    for sent in doc.sentences:
        text = sent.text
        tl = text.lower()
        hits: list[tuple[re.Match[str], str]] = []
        if age and any(w in tl for w in _HARM) and _AGE_GATE.search(text):
            hits.extend((m, _group(m.group("g"))) for m in _AGE_INJURED.finditer(text))
        if noun and "injuries" in tl:
            hits.extend((m, "people") for m in _INJURIES.finditer(text))
        for m, group in hits:
            start, end = sent.start + m.start(), sent.start + m.end()
            n = value(m.group("n"))
            if n is None or _covered(spans, start, end):
                continue
            spans.append((start, end))
            added.append(bare_casualty(doc, start, end, group, None, n, confidence=0.7))
    return found + added if added else found


def _kind(c: Casualty) -> tuple[str, int] | None:
    if c.killed is None and c.injured is not None:
        return ("injured", c.injured)
    if c.injured is None and c.killed is not None:
        return ("killed", c.killed)
    return None


def _corrected(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop an earlier "at least" toll a later "Later, X clarified that ..." raises."""
    low = doc.body
    if not any(w in low for w in ("clarified", "updated", "specified", "corrected")):
        return found
    later: list[tuple[int, str, int, str | None]] = []
    for f in found:
        if not isinstance(f, Casualty):
            continue
        k = _kind(f)
        idx = sentence_of(doc, f.evidence.start)
        if k is None or idx < 0 or not _LATER.match(doc.sentences[idx].text):
            continue
        later.append((f.evidence.start, k[0], k[1], f.location))
    if not later:
        return found
    drop: set[int] = set()
    for f in found:
        if not isinstance(f, Casualty) or f.approx == "exact":
            continue
        k = _kind(f)
        if k is None:
            continue
        for pos, kind, n, loc in later:
            if (
                f.evidence.end <= pos
                and kind == k[0]
                and k[1] < n
                and (loc is None or f.location is None or loc == f.location)
            ):
                drop.add(id(f))
                break
    return [f for f in found if id(f) not in drop] if drop else found


def _counted(words: str, before: str) -> bool:
    """True when the phrase, or its first word when a plural noun, was written before."""
    first = words.split()[0]
    return words in before or (first != words and first.endswith(("s", "men")) and first in before)


def _members(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop "shot dead one of the X" when the story counted X before."""
    body = doc.body
    drop = {
        id(f)
        for f in found
        if isinstance(f, Casualty)
        and f.killed == 1
        and f.injured is None
        and "one of the" in f.evidence.text
        and (m := _ONE_OF.search(f.evidence.text)) is not None
        and _counted(m.group("x"), body[: f.evidence.start])
    }
    return [f for f in found if id(f) not in drop] if drop else found


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Round n60's casualty readings (age words, injury nouns, corrections, members)."""
    return _members(doc, _corrected(doc, _new_tolls(doc, found)))

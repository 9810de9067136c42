"""Round n61's interception reading (helper h_fix_n61, ``dev_numeric110``), the outermost
call of :func:`pipeline.extract._n28air._later`.

The real-text set ``real23`` (studied, never copied) showed a defence ministry's shoot-down
list naming rocket systems rather than missiles: "N MODEL, MODEL and MODEL rockets were
also destroyed", "N MODEL multiple rocket launcher shells were intercepted". The readers
know missile and drone nouns, so the rocket item was lost. A count, one or more
capitalised model names (joined by commas or "and"), up to five lowercase descriptor words
and "rockets" / "shells" / "projectiles", in a sentence with a shoot-down verb, is one
shoot-down of missiles of those models (launch count unknown), unless a found interception
of the same count with a model already covers the words; an unnamed one of that count over
the words is replaced (it read the item with no model, and would be merged with another
item of the same count as a restatement); a launch-and-down reading over the words is the
fuller one and stays. A count with no shoot-down verb ("received", "plans to buy") is no
interception.

An unnamed item of the same count in that sentence ("Seven Storm Shadow cruise missiles,
... and seven HIMARS shells") would be merged with the new one as a restatement, so it gets
the capitalised names after its own count as its model ("Storm Shadow").

Gated on the noun literal before any regex; one regex pass over the gated sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._n25update import value
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Evidence, Finding, Interception
from pipeline.extract.numbers import SMALL_WORDS, TEEN_WORDS

__all__ = ["interceptions"]

_NOUNS = ("rockets", "shells", "projectiles")
_NUM = rf"(?<![\d,.])(?P<n>\d{{1,4}}|(?i:{SMALL_WORDS}|{TEEN_WORDS}|twenty))"
_MODEL = r"[A-Z][A-Za-z0-9-]{2,}"
_ITEM = re.compile(
    rf"\b{_NUM}\s+(?P<m>{_MODEL}(?:(?:,\s*|,?\s+and\s+){_MODEL})*)"
    r"(?:\s+[a-z-]+){0,5}?\s+(?:rockets|shells|projectiles)\b"
)
_DOWN = re.compile(r"\b(?:intercepted|destroyed|shot\s+down|downed)\b")
_SPLIT = re.compile(r",\s*|,?\s+and\s+")
_LEAD = re.compile(rf"^\W*{_NUM}\s+(?P<m>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")


def _other_item(f: Interception, item: str) -> bool:
    """True when ``f`` opens on its own count and names ("Two Storm Shadow missiles and
    two HIMARS shells"): another item of the list, kept and named, not replaced."""
    m = _LEAD.match(f.evidence.text)
    return m is not None and m.group("m") not in item and value(m.group("n")) == f.intercepted


def _named(doc: Document, found: list[Finding], added: list[Finding]) -> list[Finding]:
    """Give an unnamed same-count item in a new one's sentence its own names."""
    out = list(found)
    for a in added:
        assert isinstance(a, Interception)
        idx = sentence_of(doc, a.evidence.start)
        for i, f in enumerate(out):
            if (
                isinstance(f, Interception)
                and f.weapon_model is None
                and f.intercepted == a.intercepted
                and f.launched is None
                and abs(f.evidence.start - a.evidence.start) < 400
                and sentence_of(doc, f.evidence.start) == idx
                and _other_item(f, a.evidence.text)
                and (m := _LEAD.match(f.evidence.text)) is not None
            ):
                out[i] = replace(f, weapon_model=m.group("m"))
    return out + added


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add a listed rocket-system shoot-down no interception already reads."""
    body = doc.body
    if not any(w in body for w in _NOUNS):
        return found
    spans: list[tuple[int, int, int | None, Interception]] | None = None
    gone: set[int] = set()
    added: list[Finding] = []
    for sent in doc.sentences:
        text = sent.text
        if not any(w in text for w in _NOUNS) or not _DOWN.search(text):
            continue
        for m in _ITEM.finditer(text):
            n = value(m.group("n"))
            if n is None:
                continue
            start, end = sent.start + m.start(), sent.start + m.end()
            if spans is None:
                spans = [
                    (f.evidence.start, f.evidence.end, f.intercepted, f)
                    for f in found
                    if isinstance(f, Interception)
                ]
            over = [f for s, e, _, f in spans if s < end and start < e]
            if any(f.launched is not None or f.all_intercepted for f in over):
                continue  # a launch-and-down reading of the words: the fuller one
            same = [f for f in over if f.intercepted == n]
            if any(f.weapon_model is not None for f in same):
                continue
            gone.update(id(f) for f in same if not _other_item(f, m.group(0)))
            added.append(
                Interception(
                    evidence=Evidence(text=body[start:end], start=start, end=end),
                    confidence=0.7,
                    weapon="missile",
                    weapon_model=", ".join(_SPLIT.split(m.group("m"))),
                    launched=None,
                    intercepted=n,
                    all_intercepted=False,
                    approx="exact",
                    location=None,
                    reported_by=None,
                )
            )
    if not added:
        return found
    return _named(doc, [f for f in found if id(f) not in gone], added)

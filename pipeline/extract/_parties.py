"""Party tags after a politician's name, which name no speaker of their own.

US copy writes "Sen. J.D. Vance (R-Ohio) said" and ", D-N.Y.,"; European copy "German
Foreign Minister Johann Wadephul (CDU) said". The backward noun-phrase walk of
:mod:`pipeline.extract._phrases` would take the bracketed acronym for a body's short name
("the UN humanitarian office (OCHA) said"); these tell the two apart. Kept apart because
that module is at its size limit.
"""

from __future__ import annotations

import re

from pipeline.extract._lexicon import ORG_HEADS

party = re.compile(r"\([RDI]-[A-Z][\w.]*\)|[RDI]-[A-Z][\w.]*,").fullmatch
"""A US legislator's party and state after the name: "(R-Ohio)", ", D-N.Y.,"."""


def party_tagged(phrase: str) -> bool:
    """ "German Foreign Minister Johann Wadephul" before "(CDU)": a person's name (no body
    head, a capitalised last word), so the bracketed acronym is the party."""
    words = phrase.split()
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].isupper():
        return False
    return not any(w.lower() in ORG_HEADS for w in words)


_TAG = re.compile(r"[ \t]*\((?:[A-Z][\w'’-]*)(?:[ \t]+[A-Z][\w'’-]*){0,3}\)")
"""A bracketed party after a name, one to four capitalised words: "(Yesh Atid)"."""


def tag_end(text: str, pos: int) -> int:
    """The offset past a party tag at ``pos`` ("... Ram Ben-Barak (Yesh Atid)"), else pos."""
    if not text.startswith((" (", "("), pos):
        return pos
    m = _TAG.match(text, pos)
    return m.end() if m is not None else pos


def tag_start(seg: str, end: int) -> int:
    """Start of a multi-word party tag ending at ``end`` ("Golan (Yesh Atid)"), else -1."""
    if not seg.endswith(")", 0, end):
        return -1
    opening = seg.rfind("(", max(0, end - 40), end)
    if opening <= 0 or _TAG.fullmatch(seg, opening, end) is None or " " not in seg[opening:end]:
        return -1
    return opening

"""Round 91's place-as-speaker repair (helper h_fix_s91), called by
:mod:`pipeline.extract._s91post`.

Why it exists: a pronoun sentence ("He stressed that ...", "They pointed out that ...") was given
to a place: the dateline ("Kadugli — ...") or a region named before ("power in the River Nile
and ..."). A place never speaks. A speaker every mention of which reads as a place (after "in",
"to", "the", ... or as the dateline) hands the pronoun to the "A NOUN (of ...) told / said"
subject written after the statement before it, else to the statement right before it.
"""

from __future__ import annotations

import re

from pipeline.extract._s90post import _before
from pipeline.extract.model import Finding, Statement

__all__ = ["applies", "speaker"]

_PRONOUN = re.compile(r"(?:He|She|They) [a-z]+")
_PLACE_BEFORE = frozenset(
    ("in", "to", "the", "of", "from", "at", "near", "into", "on", "over", "across", "toward")
)
_DATELINE = re.compile(r"\s*(?:—|–|-|:|,)")
_SUBJECT = re.compile(
    r"\b(?:A|An) (?:[a-z]+ )?([a-z]{3,}) (?:of [^.,;]{2,40}? )?(?:told|said)\b(?! by)"
)
_GAP = 400


def _placelike(body: str, speaker: str) -> bool:
    """Whether every mention of ``speaker`` in ``body`` reads as a place (or the dateline)."""
    at = body.find(speaker)
    if at < 0:
        return False
    while at >= 0:
        if at == 0:
            if _DATELINE.match(body, len(speaker)) is None:
                return False
        else:
            prev = body[max(0, at - 16) : at].split()
            if not prev or prev[-1] not in _PLACE_BEFORE or prev[-2:] == ["according", "to"]:
                return False
        at = body.find(speaker, at + 1)
    return True


def speaker(body: str, found: list[Finding], st: Statement, given: dict[int, str]) -> str | None:
    """The speaker a pronoun sentence given to a place belongs to, or None."""
    prev = _before(found, st)
    lo = max(0, st.evidence.start - _GAP)
    if prev is not None:
        lo = max(lo, prev.evidence.end)
    last: str | None = None
    for m in _SUBJECT.finditer(body, lo, st.evidence.start):
        last = m.group(1)
    if last is not None:
        return last
    if prev is None or st.evidence.start - prev.evidence.end > _GAP:
        return None
    if prev.speaker == st.speaker:
        return given.get(prev.evidence.start)
    if not _placelike(body, prev.speaker):
        return prev.speaker
    return None


def applies(body: str, st: Statement) -> bool:
    """Whether ``st`` is a pronoun sentence given to a place."""
    text = st.evidence.text
    return (
        _PRONOUN.match(text) is not None and st.speaker not in text and _placelike(body, st.speaker)
    )

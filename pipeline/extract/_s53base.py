"""What the round-53 statement passes share (:mod:`pipeline.extract._s53post`,
:mod:`pipeline.extract._s53roles`): which speakers are bodies rather than people, and the
statements and sentence at an offset."""

from __future__ import annotations

from pipeline.extract._lexicon import DEMONYMS
from pipeline.extract._roles import ALIASES
from pipeline.extract._sentindex import sentence_of as sentence_index
from pipeline.extract.model import Document, Statement

__all__ = ["MOVEMENTS", "PEOPLE", "ROLE_NOUNS", "TABLE", "bodylike", "sentence_of", "within"]

TABLE = frozenset(entry.canonical for entry in ALIASES.values() if entry.kind == "org")
PEOPLE = frozenset(entry.canonical for entry in ALIASES.values() if entry.kind == "person")
MOVEMENTS = frozenset({"Hamas", "Hezbollah", "Houthis", "Kremlin", "Pentagon"})
"""One-word bodies that are no person's name (acronyms are told by their capitals)."""
_ORG_NOUNS = frozenset(
    {
        "ministry",
        "army",
        "military",
        "forces",
        "office",
        "council",
        "agency",
        "government",
        "administration",
        "police",
        "service",
        "committee",
        "authority",
        "corps",
        "guard",
        "navy",
    }
)
ROLE_NOUNS = frozenset(
    {
        "governor",
        "doctor",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "head",
        "mayor",
        "official",
        "chief",
        "commander",
        "director",
        "officer",
        "president",
        "secretary",
        "correspondent",
        "reporter",
    }
)


def bodylike(speaker: str) -> bool:
    """An organisation or a national body, never a person nor a person's role."""
    if speaker in PEOPLE:
        return False
    if speaker in TABLE or speaker.lower() in DEMONYMS:
        return True
    words = speaker.split()
    if len(words) == 1:
        return speaker in MOVEMENTS or (speaker.isupper() and len(speaker) > 1)
    lowered = {w.lower() for w in words}
    return bool(lowered & _ORG_NOUNS) and not lowered & ROLE_NOUNS


def within(kept: list[Statement], start: int, end: int) -> list[Statement]:
    return [s for s in kept if start <= s.evidence.start < end]


def sentence_of(doc: Document, offset: int) -> int | None:
    """Index of the sentence holding body ``offset`` (None in a gap)."""
    i = sentence_index(doc, offset)
    return i if i >= 0 else None

"""Round 37: "he"/"she" resolve to a person, never to a body.

- "«Q», welcomed the president of the Commission, NAME, in Brussels. She specified that C":
  the sentence before opens with a quote, so its subject walk finds no person; the person it
  attributes the quote to (after the quote) is who "she" is, when the gender does not clash.
- A capitalised two-word body the registry took for an unknown person ("The European
  Commission approved ...") is no antecedent for "he"/"she": its last word names a body.
"""

from __future__ import annotations

from pipeline.extract._apposed import Resolved
from pipeline.extract._lexicon import words

__all__ = ["body_named", "inverted_speaker", "quoted_person"]

_BODY_HEADS: frozenset[str] = words(
    """commission council ministry agency office parliament committee service army forces
    command government administration union bank court assembly authority authorities
    directorate department embassy police guard navy organisation organization fund"""
)
"""Last words of a body's name ("European Commission", "Security Council")."""


def body_named(subject: Resolved) -> bool:
    """True when a "person" the registry learned is a body's name ("European Commission")."""
    last = subject.canonical.rsplit(" ", 1)[-1].lower()
    return subject.kind == "person" and subject.gender is None and last in _BODY_HEADS


def inverted_speaker(text: str, person: str | None) -> bool:
    """True when ``text`` opens with a quote and ``person`` is its inverted subject after it
    ("«Q», welcomed the president of the Commission, NAME, in Brussels.")."""
    if person is None or text[:1] not in _OPENING:
        return False
    close = max(text.rfind(mark) for mark in _CLOSING)
    after = text[close + 1 :] if close > 0 else ""
    at = after.find(person)
    if at < 0 or not after.startswith((", ", " ")):
        return False
    return not any(f" {word} " in after[:at] for word in _NOT_SUBJECT)


_OPENING = '«“"„'
_CLOSING = ("»", "”", '"', "“")
_NOT_SUBJECT = ("about", "to", "against", "with", "towards", "toward", "for", "by", "on")
"""Prepositions that make a later name an object ("said of Putin", "told Macron")."""


def quoted_person(person: str, gender: str | None, pronoun: str) -> Resolved | None:
    """The person for "he"/"she" unless the gender clashes."""
    expected = "m" if pronoun == "he" else "f"
    if pronoun not in ("he", "she") or (gender is not None and gender != expected):
        return None
    return Resolved(person, "person", gender)

"""Which earlier subjects a pronoun may point back to.

Kept apart from :mod:`pipeline.extract.speakers` (at its line limit): the tests on one
candidate antecedent, while the speakers module walks the sentences back.
"""

from __future__ import annotations

from pipeline.extract._apposed import Resolved
from pipeline.extract._lexicon import CAPITALS, CITIES, COUNTRIES, DEMONYMS, NON_NAME, words

OFFICES: frozenset[str] = words(
    """governor mayor spokesman spokeswoman spokesperson official diplomat officer commander
    resident witness source doctor nurse medic surgeon paramedic worker"""
)
"""Heads of a single unnamed office holder ("Mykolaiv regional governor")."""

NO = 0
YES = 1
LONE = 2
"""A lone name whose kind the registry left open ("Jaishankar"): a person only if it spoke
or if no person or office is nearer."""


def metonym(name: str) -> bool:
    """A country or capital standing for its government ("China", "Kyiv")."""
    return name.lower() in CAPITALS or name.lower() in COUNTRIES


def office(subject: Resolved) -> bool:
    """A single office holder left unnamed ("Mykolaiv regional governor"): "he" may be them."""
    head = subject.canonical.split(" at ", 1)[0]  # "doctor at El Obeid Teaching Hospital"
    return subject.kind == "generic" and head.rsplit(" ", 1)[-1] in OFFICES


def fits(subject: Resolved, pronoun: str) -> int:
    """Whether ``subject`` may be what ``pronoun`` ("he", "she", "it", "they") points to."""
    if pronoun not in ("he", "she"):
        return YES if subject.kind in ("org", "generic") else NO
    if subject.kind == "other":
        return LONE if lone_name(subject.canonical) else NO
    if subject.kind != "person" and not office(subject):
        return NO
    expected = "m" if pronoun == "he" else "f"
    return NO if subject.gender and subject.gender != expected else YES


def lone_name(name: str) -> bool:
    """A single capitalised word that names no place or nation ("Jaishankar", not "Kupiansk")."""
    low = name.lower()
    return (
        " " not in name
        and len(name) > 2
        and name[:1].isupper()
        and not name.isupper()
        and low not in CITIES
        and low not in CAPITALS
        and low not in COUNTRIES
        and low not in DEMONYMS
    )


def name_like(name: str) -> bool:
    """A lone word likelier a surname than a plural noun opening a sentence ("Talks")."""
    return not name.endswith("s") and name.lower() not in NON_NAME


_UNDERGOES = ("was ", "were ", "is ", "came ", "has been ", "had been ", "remains ", "lies ")
"""What follows a place rather than a person ("Huliaipole was shelled", "came under fire")."""


def acts(sentence: str, name: str) -> bool:
    """Whether the lone ``name`` opening ``sentence`` acts like a person: name-like, and not
    followed by what happens to places ("Jaishankar met ...", not "Huliaipole was shelled")."""
    at = sentence.find(name + " ")
    return name_like(name) and at >= 0 and not sentence.startswith(_UNDERGOES, at + len(name) + 1)

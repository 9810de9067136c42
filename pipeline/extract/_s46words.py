"""Word lists of statement round 46 (``dev_articles74`` / ``dev_statements72``) that
existing readers take by import.

Translated German and Spanish copy opens a sentence with a one-word adverb of place or
sequence before its source ("Dort, so die Gebietsverwaltung, ..." -> "There, according to
the regional administration, C"; "Aquí, según el alcalde, ..." -> "Here, according to the
mayor, C"). The leading "according to" reader accepted only the openers of
:data:`pipeline.extract._lexicon.ADVERBIAL_STARTS` and a few prepositions, so these
sentences had no speaker at all.
"""

from __future__ import annotations

__all__ = ["PLACE_ADVERBS", "place_adverb"]

PLACE_ADVERBS: tuple[str, ...] = (
    "There", "Here", "Nearby", "Likewise", "Similarly", "Overall", "Locally", "Previously",
    "Subsequently", "Afterwards", "Simultaneously", "Thereafter", "Recently", "Further",
    "Farther", "Closer", "Nearer", "Also",
)  # fmt: skip
"""Openers of a one- or two-word adverbial before a comma and "according to X," ("There,",
"Further east,"); longer heads ("There were blasts, according to X, near the port") keep
their own reading."""
_LINKS = frozenset({"to", "from", "in", "on", "at", "along", "into", "towards", "toward", "inside"})


def place_adverb(head: str) -> bool:
    """Whether ``head`` (the words before ", according to") is an adverbial opener of
    :data:`PLACE_ADVERBS`: the word alone, with one more ("Further east"), or with a
    prepositional phrase ("Closer to the front"); "There were blasts" is a clause."""
    words = head.split()
    if not words or words[0] not in PLACE_ADVERBS:
        return False
    return len(words) <= 2 or words[1] in _LINKS

"""A claim reported without "that" whose clause opens with a possessive (round 26).

"Russia's Defense Ministry claimed its air defense systems destroyed 64 Ukrainian drones"
(Anadolu): the cue parser took "its air defense systems ..." for the object of "claimed" (as
in "claimed the capture of X") because it looked only for irregular finite verbs. A
possessive opener followed, after its noun phrase, by an "-ed" verb is a reported clause;
"claimed its third title" and "claimed their promised subsidies" (an "-ed" word right after
a determiner is an adjective) stay objects.
"""

from __future__ import annotations

__all__ = ["possessive"]

_POSSESSIVES = frozenset({"its", "his", "her", "their"})
_DETERMINERS = frozenset({"its", "his", "her", "their", "the", "a", "an", "of", "and", "in"})


def possessive(words: list[str]) -> bool:
    """Whether ``words`` (a clause split on spaces) open "its NOUN ... VERBed"."""
    if not words or words[0] not in _POSSESSIVES:
        return False
    for i in range(2, min(len(words), 6)):
        w = words[i]
        if w.endswith("ed") and w.isalpha() and words[i - 1] not in _DETERMINERS:
            return True
    return False

"""Round 37: fronted adjuncts and Romance report complements the cue reader missed.

Translated French and Italian copy fronts a setting before the subject ("In total, the
ministry claims to have intercepted ...", "By mid-morning, the mayor raised the toll ... and
warned that C") and reports a perfect infinitive or gerund ("affirmed having shot down ...").
Every check is a literal test of the words after the verb or at the sentence's start.
"""

from __future__ import annotations

import re

__all__ = ["BY_TIME", "perfect_next"]

_PERFECT = re.compile(r"[ \t]*(?:to[ \t]+have|having)[ \t]+[a-z]+(?:ed|en|wn|ne|ht|ck|ld|ft|ut)\b")
"""" to have intercepted", " having shot down": a reported perfect, never a trailing tail."""


def perfect_next(text: str, pos: int) -> bool:
    """True when a perfect infinitive or gerund follows the active present verb ending at ``pos``
    ("was reported to have died" is hearsay about the subject, no report)."""
    start = text.rfind(" ", 0, pos - 1) + 1
    if not text.endswith("s", start, pos):  # the translated present ("claims", "affirms"):
        return False  # "ADV, X claimed to have ..." stays unread (a blind set's call, round 37)
    if text.endswith((" was ", " were ", " is ", " are ", " been ", " be "), 0, start):
        return False
    return _PERFECT.match(text, pos) is not None


BY_TIME = re.compile(
    r"By[ \t]+(?:(?:early|late|mid)[ -]?)?(?:morning|afternoon|evening|noon|midday|night"
    r"|nightfall|dawn|dusk|then|now|[A-Z][a-z]+day(?:[ \t]+(?:morning|evening|night))?)"
    r",[ \t]+"
)
"""A fronted time ("By mid-morning, ", "By Sunday evening, ") before the subject."""


AIRPORT = re.compile(r"(?:[Tt]he[ \t]+)?([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)$")
""""the Sheremetyevo" cut before "airport": the airport speaks, not the place it is named after."""


def airport(subject: str, canonical: str, sentence: str) -> str | None:
    """ "NAME airport" when the cue read "the NAME" of "the NAME airport" and the registry
    resolved the NAME alone."""
    if f"{subject} airport" not in sentence or (found := AIRPORT.fullmatch(subject)) is None:
        return None
    return f"{found.group(1)} airport" if found.group(1) == canonical else None

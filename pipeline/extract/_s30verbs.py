"""Verb phrases of saying read only before "that" (statement round 30).

Literal English translations of Japanese, Korean and Romanian copy report an opinion with
a phrase the main cue scan does not hold: "Hayashi also expressed the view that C" (Japanese
「との見方を示した」), "X expressed the opinion / her belief that C", "Prime Minister X,
present in Brussels, appreciated that C" (Romanian "a apreciat că") (``dev_articles62``,
``dev_statements55``). Every one of these words has other readings ("appreciated the
support", "expressed concern"), so a hit needs "that" right after the phrase (or after "on
DAY"); the cue parser then reads the hit like any other verb. The plural "Analysts /
officials estimate that C" is no statement in the earlier sets (``dev_articles24``,
``dev_articles51``), so it stays unread (one ``dev_articles62`` label disagrees).

Romanian agency copy (Agerpres, News.ro) closes a paragraph's second fact with the source
in the present tense: "C, the quoted source also specifies.", "C, the same source also
mentions." Of these verbs the scan holds "informs" only; "specifies", "mentions", "details",
"shows" and "indicates" are read here, and only closing a sentence after ", the/this ..."
(anywhere else "shows" and "details" are no verbs of saying).

Pure functions; each reader first tests its literal words in the body.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has

__all__ = ["LITERAL", "hits"]

LITERAL = " "
"""The cue scan's gate for this reader; :func:`hits` tests its own literals."""

_PHRASE = re.compile(
    r" (?P<v>(?:also |further )?"  # "Hayashi also expressed the view that C"
    r"(?:expressed|expresses|voiced|voices)[ \t]+(?:the|his|her|their|its)[ \t]+"
    r"(?:view|opinion|belief|conviction|hope|assessment)"
    r"|appreciated|appreciates)"
    r"(?:[ \t]+on[ \t]+[A-Z][a-z]+day)?(?=[ \t]+that[ \t])"
)

_TRAILING = re.compile(
    r",[ \t](?:the|this|that)[ \t](?:[\w'’-]+[ \t]){0,4}?(?:also[ \t]+|further[ \t]+)?"
    r"(?P<v>specifies|mentions|details|shows|indicates)(?=\.(?:[ \t\n]|$))"
)
"""A present-tense verb closing a sentence after its subject: ", the same source mentions."
(the comma is part of the match, so that the search skips to commas)."""
_TRAILING_WORDS = ("specifies.", "mentions.", "details.", "shows.", "indicates.")


def hits(body: str) -> list[tuple[int, str]]:
    """(offset, phrase) of every phrase of saying right before "that" in ``body``."""
    found: list[tuple[int, str]] = []
    if any(body_has(body, word) for word in _TRAILING_WORDS):
        found.extend((m.start("v"), m.group("v")) for m in _TRAILING.finditer(body))
    if not body_has(body, " that ") or (
        not body_has(body, "express")
        and not body_has(body, "voice")
        and not body_has(body, "apprecia")
    ):
        return found
    for m in _PHRASE.finditer(body):
        verb = m.group("v")
        skip = verb.startswith(("also ", "further "))
        start = m.start("v") + (verb.index(" ") + 1 if skip else 0)
        found.append((start, verb[start - m.start("v") :]))
    return found

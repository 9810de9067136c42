"""The attack a casualty sentence blames: "killed in a Russian missile strike", else the
subject of the kill verb ("A drone attack on the city killed ...").

Kept out of :mod:`casualties` (at its size limit); the cause is informational, never scored.
"""

from __future__ import annotations

import re

from pipeline.extract import _places
from pipeline.extract.numbers import parse_number

_CAUSE_NOUN = (
    r"(?:attacks?|strikes?|airstrikes?|shelling|bombardments?|bombing|explosions?|blasts?|"
    r"shellfire|(?:rocket|artillery|mortar|tank)\s+fire|raids?|debris|missiles?|rockets?|"
    r"drones?|bombs?|shells?)"
)
_MODIFIER = (
    r"(?:(?!(?:the|a|an|in|on|of|by|and|but|at|after|or|to|from|with|for|than|as|said|says|"
    r"told|wrote|added|reported|stated|announced|that|telegram)\b)"
    r"[^\W\d][\w'’-]*\s+)"
)
# "missile strike", "missile and drone strike": nouns that together name one attack.
_CAUSE_TAIL = rf"(?:\s+(?:and\s+)?{_CAUSE_NOUN}){{0,2}}"
_CAUSE_AFTER = re.compile(
    r"\b(?:killed|injured|wounded|dead|died|hurt|toll|injuries|deaths)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:in|by|during|"
    r"from|after|following|as\s+a\s+result\s+of|due\s+to|when)\s+(?:an?\s+|the\s+)?"
    rf"(?P<cause>\b{_MODIFIER}{{0,3}}?{_CAUSE_NOUN}{_CAUSE_TAIL})\b",
    re.IGNORECASE,
)
# The subject of the kill verb: "A Russian missile strike on the city centre killed ...".
_CAUSE_SUBJECT = re.compile(
    rf"(?P<cause>\b{_MODIFIER}{{0,3}}?{_CAUSE_NOUN}{_CAUSE_TAIL})\b", re.IGNORECASE
)
_VERB_OF_HARM = re.compile(
    r"\b(?:killed|killing|kills|injured|injuring|injures|wounded|wounding|left|claimed)\b",
    re.IGNORECASE,
)
_NOT_CAUSE_WORDS = frozenset(
    ["a", "an", "the", "but", "and", "this", "that", "its", "their", "his", "her", "our",
     "my", "said", "which", "while"]
)  # fmt: skip


def _clean_cause(phrase: str) -> str:
    """Drop leading function words and day possessives; lower-case a common first word."""
    words = phrase.split()
    while len(words) > 1 and (
        words[0].lower() in _NOT_CAUSE_WORDS
        or words[0].lower().endswith(("'s", "’s"))
        or parse_number(words[0]) is not None
        or _places.located(f"in {words[0]}") is not None  # "the Odesa strike"
    ):
        words.pop(0)
    first = words[0]
    if first[:1].isupper() and not first[1:2].isupper() and _places.actor(first) is None:
        words[0] = first[0].lower() + first[1:]
    return " ".join(words)


def cause_of(text: str) -> str | None:
    """The attack the sentence blames: "killed in X", else the subject before the verb."""
    m = _CAUSE_AFTER.search(text)
    if m is None:
        verb = _VERB_OF_HARM.search(text)
        m = _CAUSE_SUBJECT.search(text, 0, verb.start()) if verb is not None else None
    return _clean_cause(m.group("cause")) if m else None

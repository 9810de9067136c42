"""Inverted cues after a clause that ends in a name: "C for Trump, says NAME."

Kept apart from :mod:`pipeline.extract._cues` (near its size limit): the leading reading
("NAME, TITLE, said C") would take the clause's last noun phrase ("for Olaf Scholz",
"Chernihiv and Sumy") as the speaker, so a comma right before the verb with a speaker
phrase after it is read inverted first. :func:`widen` then gives the inverted subject the
name its title is set off by ("said the governor of the X region, NAME, writing ...") and
the place of an unnamed person ("said a military officer in Moscow").
"""

from __future__ import annotations

import re

from pipeline.extract._cuewords import WHEN_WORDS

_PRONOUNS: frozenset[str] = frozenset({"he", "she", "it", "they", "we", "i", "this", "that"})
_ADDRESSED: frozenset[str] = frozenset({"told", "tells", "tell", "telling"})
"""Verbs whose object is the addressee ("NAME, TITLE, told the AP"): never inverted here."""
_APPOSED_NAME = re.compile(
    r",[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})"
    r"(?:,[ \t]+(?=[a-z]+ing[ \t]|on[ \t]|in[ \t]|at[ \t]|adding[ \t]|who[ \t])|[ \t]+(?=on[ \t]))"
)
"""", NAME, writing on Telegram" / ", NAME on Telegram" after a title."""
_PLACE = re.compile(
    r"[ \t]+(?:in|at|of|from)[ \t]+(?P<p>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})"
    r"(?=[ \t]*(?:[.,;!?]|$))"
)
"""An unnamed person's place ("a military officer in Moscow", "a resident of Sumy")."""
_PLACE_STARTS = (" in ", " at ", " of ", " from ")
_UNNAMED = re.compile(
    r"[ \t]+an?[ \t]+(?P<np>(?:[a-z-]+[ \t]+){0,2}(?:officer|soldier|commander|nurse|surgeon"
    r"|teacher|volunteer)|(?:[A-Z][a-z]+[ \t]+)?(?:[a-z-]+[ \t]+){0,2}(?:source|diplomat"
    r"|official))(?![\w-])"
)
"""Unnamed people the speaker-phrase reader does not take ("said a military officer",
"indicated a European diplomatic source")."""


def unnamed(text: str, v_end: int) -> tuple[int, int] | None:
    """The span of "a military officer" after an inverted verb ending at ``v_end``."""
    m = _UNNAMED.match(text, v_end) if text.startswith((" a ", " an "), v_end) else None
    return m.span("np") if m is not None else None


def comma_verb(text: str, verb: str, v_start: int) -> bool:
    """Whether the verb follows ", " directly (where an inverted cue may stand)."""
    return v_start >= 2 and text[v_start - 2 : v_start] == ", " and verb not in _ADDRESSED


_LINKS: frozenset[str] = frozenset(
    {"and", "or", "of", "in", "from", "at", "near", "before", "after", "by", "to", "for", "on"}
    | {"them"}
)
"""Words a clause's last noun phrase follows ("... of Chernihiv and Sumy", "among them the
city of Kherson")."""
_NOT_OPENERS = ("the ", "a ", "an ", "its ", "his ", "her ", "their ", "our ")


def clause_tail(text: str, span: tuple[int, int] | None) -> bool:
    """Whether the phrase a leading reading would take as the subject ends a clause rather
    than names a speaker: one opening with a lower-case word that is no article or possessive
    ("for Olaf Scholz", "among them the city of X"), or one right after "and" or a
    preposition ("... of Chernihiv and Sumy"). "NAME, TITLE, said C" keeps its reading."""
    if span is None:
        return False
    start = span[0]
    if text[start : start + 1].islower() and not text.startswith(_NOT_OPENERS, start):
        return True
    return text[max(0, start - 20) : start].rstrip().rsplit(" ", 1)[-1] in _LINKS


def speaker_like(text: str, s_start: int, s_end: int) -> bool:
    """Whether the phrase after an inverted verb can be its speaker (not a time or pronoun)."""
    subject = text[s_start:s_end]
    if not subject or subject.lower() in _PRONOUNS or subject in WHEN_WORDS:
        return False
    if subject[0].isupper() or subject.startswith(("the ", "a ", "an ")):
        return True
    return text.endswith(("a ", "an ", "the "), 0, s_start)  # "said a (military officer)"


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The inverted subject with its set-off name, or an unnamed person with its place."""
    if text.startswith(", ", end) and text.startswith("the ", start) and text[start + 4].islower():
        named = _APPOSED_NAME.match(text, end)
        if named is not None:
            return named.span("name")  # "said the governor of the X region, NAME, writing"
    lower = text[start : start + 1].islower() and text.endswith(("a ", "an "), 0, start)
    if lower and text.startswith(_PLACE_STARTS, end):
        placed = _PLACE.match(text, end)
        if placed is not None:
            return start, placed.end("p")  # "said a military officer in Moscow"
    return start, end

"""Where a speaker's subject starts, for :mod:`pipeline.extract._cues`.

Sentence openings that still let a subject start a clause (a live blog's time stamp, an
introductory phrase before a pronoun), asides between subject and verb, descriptions before
a trailing speaker's name, and a name closing "according to the head of X, NAME".
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex
from pipeline.extract._names import UPPER

ASIDE = re.compile(
    r",[ \t]+(?:(?:speaking|who|citing|writing)[ \t][^,;“”\"]{1,80}"
    r"|for[ \t]+(?:its|his|her|their)[ \t]+part|in[ \t]+turn|meanwhile|however),[ \t]*$"
)
"""An aside between subject and verb ("A U.S. official, speaking on condition of anonymity,")."""
CLOSING_NAME = re.compile(
    rf",[ \t]+(?P<name>[{UPPER}][\w’'-]+(?:[ \t]+[{UPPER}][\w’'-]+){{1,3}})[ \t]*[.!?]?$"
)
OPENING_MARKS = '“"«„'
_STAMP = re.compile(r"(?:^|\s)\d{1,2}[:.]\d{2}[ \t]*[—–]$")


def opens(pre: str) -> bool:
    """Whether a clause can start after ``pre``: sentence start, a comma, colon, quote, "and",
    or a live blog's time stamp ("09:40 — Russia's Defence Ministry claims ...")."""
    if not pre:
        return True
    if pre[-1] in "—–" and _STAMP.search(pre) is not None:
        return True
    return pre[-1] in ',:;”"»“' or pre.endswith((" and", " but", " while")) or pre in ("And", "But")


def described(text: str, s_start: int) -> int | None:
    """Start of a description before a trailing speaker's name after a comma ("..., its
    manufacturer Rafael said", "..., Naftogaz chief executive Serhiy Koretskyi said")."""
    comma = text.rfind(", ", max(0, s_start - 40), s_start)
    if comma < 0:
        return None
    words = text[comma + 2 : s_start].split()
    if not words or len(words) > 3:
        return None
    if words[0] in ("its", "his", "her", "their") or all(
        w[:1].isupper() or w in lex.TITLES or w == "executive" for w in words
    ):
        return comma + 2
    return None


def introduced(text: str, subject: str, s_start: int) -> bool:
    """ "In his evening video address on Sunday he said ...": a pronoun after an opening
    prepositional phrase (no comma) is still the sentence's subject."""
    return (
        subject in ("he", "she", "they")
        and text.startswith(("In ", "On ", "At ", "During ", "After "))
        and "," not in text[:s_start]
        and s_start < 80
    )

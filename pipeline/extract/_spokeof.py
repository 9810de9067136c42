"""A side or a body that "spoke of" something, with no quotation marks: an indirect statement.

Translated German copy writes "sprach von" for a claim summed up in a noun phrase: "The
Russian side spoke of 38 Ukrainian drones destroyed", "Kyiv spoke of the heaviest attack
on the grid since spring", "Warsaw spoke of a deliberate provocation and summoned ...".
The labels read the noun phrase as the reported content (dst26-022, dev_statements29).
Only a side, a capital, a country or a body speaks so here: a person who "spoke of one
dead" (a toll, dev_articles19) or "spoke of a »night of horror«" (a partial quote, read
by the statements module) is left alone.
"""

from __future__ import annotations

import re

from pipeline.extract._cuetype import Cue
from pipeline.extract._lexicon import CAPITALS, COUNTRIES, ORG_HEADS

LITERAL = " spoke of "
_MARKS = '"“”„«»'
_SIDE = re.compile(
    r"(?:^|(?<=[.;:] ))(?P<s>(?:The|the)[ \t]+(?P<adj>[A-Z][\w-]+)(?:[ \t]+[A-Z][\w-]+){0,3}"
    r"(?P<low>(?:[ \t]+[a-z]+){0,2})|(?P<bare>[A-Z][\w'’-]+))"
    r"(?:[ \t]+(?:on|in)[ \t]+(?:[A-Z][a-z]+day|the[ \t]+(?:morning|evening)))?[ \t]*$"
)
"""The subject run before the verb: "The Russian side", "the Polish foreign ministry" is
caught by its head word; a bare capitalised word must be a capital or a country."""
_CUT = re.compile(
    r"[ \t]+and[ \t]+(?=[a-z]+(?:ed|ned|ought|ave|ent|id)[ \t])|,(?![ \t]+(?:where|which|who)[ \t])"
    r"|[;:]|[.!?]+[ \t]*$"
)
_MIN_WORDS = 2


def hits(body: str) -> list[tuple[int, str]]:
    """Offsets of "spoke" in " spoke of " not followed by a quotation mark."""
    found: list[tuple[int, str]] = []
    pos = body.find(LITERAL)
    while pos >= 0:
        after = pos + len(LITERAL)
        stop = body.find(".", after)
        stretch = body[after : stop if stop > 0 else len(body)]
        if not any(m in stretch for m in _MARKS):
            found.append((pos + 1, "spoke"))
        pos = body.find(LITERAL, after)
    return found


def _speaker(subject: re.Match[str]) -> bool:
    """Whether the subject is a side, a capital, a country or a body."""
    bare = subject.group("bare")
    if bare is not None:
        lower = bare.lower()
        return lower in CAPITALS or (lower in COUNTRIES and not lower.endswith(("'s", "’s")))
    low = (subject.group("low") or "").split()
    return bool(low) and (low[-1] == "side" or low[-1] in ORG_HEADS)


def cue(text: str, pos: int, end: int) -> Cue | None:
    """The cue of "SUBJECT spoke of NP": the noun phrase is the reported clause."""
    if not text.startswith(" of ", end):
        return None
    subject = _SIDE.search(text, 0, pos)
    if subject is None or not _speaker(subject):
        return None
    c_start = end + 4
    cut = _CUT.search(text, c_start)
    c_end = cut.start() if cut is not None else len(text.rstrip())
    if len(text[c_start:c_end].split()) < _MIN_WORDS:
        return None
    s_start, s_end = subject.span("s")
    return Cue("spoke of", pos, end, subject.group("s"), s_start, s_end, c_start, c_end,
               "leading", False)  # fmt: skip

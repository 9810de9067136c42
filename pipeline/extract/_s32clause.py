"""A clause reported without "that" whose subject is a qualified figure (round 32).

"The World Food Programme says more than 2 million people go hungry", "Oxfam says almost
a million people lack water": :func:`pipeline.extract._clauses.looks_finite` takes a
clause opening with a lower-case word only when it soon meets a past form or a listed
finite verb, and the plain present of a plural ("go", "lack", "suffer", "live") is
neither, so agency copy's commonest aid-figure sentence was lost. A figure opened by a
qualifier ("more than", "fewer than", "almost", "nearly", "over", "around", "roughly",
"up to") is a counted subject, as a bare figure ("says 3 million people go hungry",
already read) is. Only after "say/says/said": "reported more than 150 clashes" is an
act, labelled no statement.
"""

from __future__ import annotations

__all__ = ["counted_subject"]

_SAYING = frozenset({"say", "says", "said"})
_COMPARATIVES = frozenset({"more", "fewer", "less"})
_QUALIFIERS = frozenset({"almost", "nearly", "over", "around", "roughly", "approximately"})
_NUMBER_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty"}
    | {"forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "half", "a", "one"}
)


def counted_subject(words: list[str], verb: str) -> bool:
    """Whether ``words`` (a clause after ``verb``) opens with a qualified figure."""
    if verb not in _SAYING or len(words) < 4:
        return False
    first = words[0]
    if first in _COMPARATIVES:
        if words[1] != "than":
            return False
        figure = words[2]
    elif first in _QUALIFIERS:
        figure = words[1]
    elif first == "up" and words[1] == "to":
        figure = words[2]
    else:
        return False
    return figure[:1].isdigit() or figure.lower() in _NUMBER_WORDS

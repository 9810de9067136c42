"""Round 37: a relative clause whose reporting verb takes a noun, not a clause.

"..., according to the mayor, X, who reported three injured among the employees" and "...,
according to the air force, which reported hits on 11 sites" report no words: the verb's
object is a noun phrase (a bare toll or a noun), so no statement is read from it. Round 32
(:mod:`_s32post`) dropped the form only when a main predicate followed after a comma.
"""

from __future__ import annotations

import re

from pipeline.extract._clauses import looks_finite

__all__ = ["noun_object"]

_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
    r"|dozens|hundreds)"
)
_TOLL = re.compile(
    rf"{_NUMBER}(?:[ \t]+(?:people|persons|civilians|residents))?[ \t]+"
    r"(?:dead|injured|wounded|killed|hurt|victims)(?:[ \t]+(?:and|,)[ \t]+"
    rf"{_NUMBER}[ \t]+(?:dead|injured|wounded|killed|hurt))?"
    r"(?:[ \t]+(?:among|in|at|on|after)[ \t][^,;]*)?"
)
"""A counted toll as the verb's object ("three injured among the employees")."""


def noun_object(quote: str, verb: str) -> bool:
    """True when a relative's report ``quote`` is a noun phrase, not a clause."""
    return _TOLL.fullmatch(quote) is not None or not looks_finite(quote, verb)

"""Two reported clauses under one verb in translated Romance copy.

"X said that « A » and that B" (also "but that") and "X affirmed to have done A, and that
B" render "ha detto che « ... » e che ..." / "ha affermato di aver ..., e che ...": each
clause is its own statement, as the labels of such copy have it. Plain English "said that
A and that B" stays one reported clause (the labels' convention), so only a clause that
closes on a guillemet or is an infinitive report splits. Kept apart from ``statements`` so
that module stays small.
"""

from __future__ import annotations

import re

from pipeline.extract.model import Statement

_SECOND = re.compile(r",?[ \t]+(?:and|but)[ \t]+(?:also[ \t]+)?that[ \t]+")
_MIN_WORDS = 3
_TRIM = " \t,;"


def split(statement: Statement) -> list[Statement]:
    """The statement, or one per "that" clause when its clause coordinates two."""
    quote = statement.quote
    if "that " not in quote:
        return [statement]
    found = _SECOND.search(quote)
    if found is None:
        return [statement]
    first = quote[: found.start()].rstrip(_TRIM)
    second = quote[found.end() :].strip(_TRIM)
    if len(first.split()) < _MIN_WORDS or len(second.split()) < _MIN_WORDS:
        return [statement]
    if not (first.endswith("»") or first.startswith("to have ")):
        return [statement]  # "A and that B" in plain English copy is one reported clause
    return [_with(statement, first), *split(_with(statement, second))]


def _with(statement: Statement, quote: str) -> Statement:
    """The same statement reporting only ``quote``."""
    return Statement(
        evidence=statement.evidence,
        confidence=statement.confidence,
        speaker=statement.speaker,
        mode=statement.mode,
        quote=quote,
        cue=statement.cue,
    )

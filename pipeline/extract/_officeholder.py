"""A person named at the end of a title phrase with no comma before the name.

Translated Ukrainian copy writes "Spokesperson of the Southern Defence Forces Vladyslav
Voloshyn told ..." and "the head of the Zaporizhzhia OVA Ivan Fedorov": the phrase ends in
an organisation's head word, so the resolver took the whole phrase for a body. The speaker
is the person whose two-word name closes it. Kept apart because ``_names`` is at its size
limit.
"""

from __future__ import annotations

from pipeline.extract import _lexicon as lex

_TITLES: frozenset[str] = lex.words(
    "spokesperson spokesman spokeswoman head chief commander director chairman chairwoman"
)


def closing_name(subject: str) -> str | None:
    """The "First Last" name ending ``subject`` after "TITLE of the ORG", else None."""
    if " of " not in subject:
        return None
    tokens = subject.split()
    if tokens[0].lower() in ("the", "a"):
        tokens = tokens[1:]
    if len(tokens) < 6 or tokens[0].lower() not in _TITLES or tokens[1] != "of":
        return None
    first, last, before = tokens[-2], tokens[-1], tokens[-3]
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in (first, last)):
        return None
    if first.lower() in lex.ORG_HEADS or last.lower() in lex.ORG_HEADS:
        return None
    if before.lower() not in lex.ORG_HEADS and not (before.isupper() and len(before) > 1):
        return None  # "... Defence Forces NAME", "... OVA NAME": a body, then the name
    return f"{first} {last}"

"""The attribution cue record, apart from :mod:`pipeline.extract._cues` so the modules
that build cues of one shape (:mod:`pipeline.extract._adding`) need not import the scanner.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Form = Literal["leading", "trailing", "according", "figure", "adding"]


class Cue(NamedTuple):
    """One attribution candidate; offsets are relative to the sentence text."""

    verb: str
    """The cue as written: "said", "declared", "according to"."""
    verb_start: int
    verb_end: int
    subject: str
    """The speaker noun phrase as written ("the Ukrainian Air Force", "he")."""
    subject_start: int
    subject_end: int
    clause_start: int
    """Start of the reported clause, or -1 when the cue reports no clause."""
    clause_end: int
    form: Form
    has_that: bool

"""The value type of a speaker found outside the cue parser.

Both :mod:`pipeline.extract._openers` (sentence-opening shapes) and
:mod:`pipeline.extract._anonymous` (unnamed, counted sources) return it; it lives
apart so neither module imports the other's rules to share it.
"""

from __future__ import annotations

from typing import NamedTuple


class Opening(NamedTuple):
    """A speaker found by an opener reader: what to resolve and where the pieces are."""

    name: str
    """The phrase to resolve ("Hamas" for "a statement by Hamas")."""
    description: str | None
    """The speaker as described, when the label keeps the description."""
    verb: str
    """The verb of saying as written ("said", "told")."""
    v_start: int
    """Offset of the verb in the sentence."""
    v_end: int
    """Offset one past the verb."""
    s_start: int
    """Offset of the speaker phrase."""
    s_end: int
    """Offset one past the speaker phrase."""
    c_start: int
    """Offset of the reported clause."""
    c_end: int
    """Offset one past the reported clause."""
    has_that: bool
    """True when "that" introduces the clause."""

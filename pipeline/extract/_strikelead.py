"""Strike readings the clause reader misses at a comma: place lists and "one of the attacks".

A new module (not more lines in :mod:`pipeline.extract.strikes`, at its size limit, which
another helper edits in parallel): the clause reader stops at every comma, so in "attacked
Nikopol, Marhanets and Pokrovske with drones 20 times" the figure's clause starts at
"Marhanets" and loses its verb; the list of place names is one object, and the verb before
it is the figure's. "A substation was damaged in one of the attacks" points at one attack of
many and is no count. A running total's "since" may stand past the comma of a target list
("fired 220 missiles at drones, missiles and launch sites since October 2023").
"""

from __future__ import annotations

import re

from pipeline.extract._numback import background

# One item of a place list and its comma: "Nikopol, ", "Velyka Pysarivka, ".
_PLACE_ITEM = re.compile(r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,\s+$")
_ITEM_REACH = 40
"""How long one place name with its comma may be."""
_MAX_ITEMS = 6

# "in one of the attacks", "during one of the strikes", "As a result of one of the attacks"
# (translated State Emergency Service posts): one attack among those told.
_ONE_OF = re.compile(
    r"\b(?:in|during|after|by|from|at|with|since|as\s+a\s+result\s+of|following|"
    r"because\s+of|due\s+to)\s+$",
    re.IGNORECASE,
)


def list_start(text: str, cs: int) -> int:
    """Where a comma list of place names ending just before ``cs`` begins, else ``cs``.

    Only capitalised names, each followed by a comma, are walked over ("attacked Nikopol,
    Marhanets and Pokrovske ..."); anything else stops the walk.
    """
    if cs < 2 or text[cs - 2] != ",":
        return cs
    start = cs
    for _ in range(_MAX_ITEMS):
        lo = max(0, start - _ITEM_REACH)
        m = _PLACE_ITEM.search(text, lo, start)
        if m is None or m.end() != start:
            break
        at = m.start()
        if at > 0 and not text[at - 1].isspace():
            break
        start = at
        if at < 2 or text[at - 2] != ",":
            break
    if start == cs:
        return cs
    # The walk ends at the clause before the list: back to its own start.
    stop = max(text.rfind(",", 0, start), text.rfind(";", 0, start))
    return stop + 1 if stop >= 0 else 0


def one_of_many(text: str, start: int, word: str) -> bool:
    """True when the figure ``word`` at ``start`` is "one" after a preposition ("damaged in
    one of the attacks"): an attack picked out of those told, never a count of one."""
    if word.lower() != "one":
        return False
    return _ONE_OF.search(text, max(0, start - 20), start) is not None


# The stretch from a figure's clause to a trailing "since": list items, no new clause.
_TO_SINCE = re.compile(
    r"(?:(?!\b(?:said|says|according|largest|biggest|heaviest|first|most|worst|deadliest|"
    r"which|while|but|when)\b)[^.;:!?\d\"“”])*?\bsince\s",
    re.IGNORECASE,
)
_SINCE_REACH = 100


def since_after(text: str, end: int) -> bool:
    """True when a running total's "since" ("since October 2023") closes the list that the
    clause ending at ``end`` opens."""
    hi = min(len(text), end + _SINCE_REACH)
    if "since " not in text[end:hi]:
        return False
    m = _TO_SINCE.match(text, end, hi)
    if m is None:
        return False
    stop = text.find(",", m.end())
    return background(text, m.end() - 6, len(text) if stop < 0 else stop)

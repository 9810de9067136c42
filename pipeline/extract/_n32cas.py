"""Round n32's casualty revisions on real wire copy, run after round n30's (:func:`revise`).

- Background tolls (:mod:`pipeline.extract._n32bg`): war-long regional totals, cumulative
  tolls of a thousand or more with no day of their own, recalled incidents, deaths of a
  hospital's power or oxygen cut.
- A place list sharing out a toll (:mod:`pipeline.extract._n32place`).
"""

from __future__ import annotations

from pipeline.extract import _n32bg, _n32place, _n54cas
from pipeline.extract.model import Document, Finding

__all__ = ["revise"]


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n32's casualty revisions."""
    found = _n32place.place_lists(doc, _n32place.both_kinds(found))
    found = _n54cas.kept(doc, found, _n32place.restated_totals(doc, found))
    return _n32bg.drop(doc, found)

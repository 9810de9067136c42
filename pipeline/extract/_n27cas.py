"""Round n27's casualty revisions, run after round n25's (:mod:`pipeline.extract._n25cas`).

Wired into :func:`pipeline.extract.casualties.find` in place of ``_n25cas.revise`` so the
500-line casualty module needs no new line: it calls round n25's revision first, then
applies :mod:`pipeline.extract._n27bg` (background tolls, misread shapes) and
:mod:`pipeline.extract._n27upd` (toll updates in Romance and German word order).
"""

from __future__ import annotations

from pipeline.extract import _n25cas, _n27bg, _n27upd
from pipeline.extract._bodylits import body_has
from pipeline.extract.model import Document, Finding

__all__ = ["revise"]


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n25's revision and round n27's."""
    found = _n27upd.revise(doc, _n27bg.revise(doc, _n25cas.revise(doc, found)))
    return _n27bg.latter(doc, found) if body_has(doc.body, "among the latter") else found

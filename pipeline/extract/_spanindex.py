"""Statements overlapping a range, for many ranges of one list, by one sort of the list.

``overlapping(statements, start, end)`` walks the whole list: once per sentence it is
sentences x statements on long documents. :class:`Spans` sorts the list's evidence starts
once and looks at the few statements that can reach the range. It re-sorts when it is asked
about another list object (or one of another length); its users never change a list it has
seen in place, they pass a new one.
"""

from __future__ import annotations

from bisect import bisect_left

from pipeline.extract.model import Statement

__all__ = ["Spans"]


class Spans:
    """:func:`~pipeline.extract._s29reads.overlapping` of the last list, by bisect."""

    def __init__(self) -> None:
        self._for: list[Statement] | None = None
        self._size = 0
        self._keys: list[tuple[int, int]] = []
        self._reach = 0

    def positions(self, statements: list[Statement], start: int, end: int) -> list[int]:
        """The ascending indexes ``i`` of the statements with evidence overlapping
        ``[start, end)``: ``evidence.start < end and start < evidence.end``."""
        if statements is not self._for or len(statements) != self._size:
            self._for = statements
            self._size = len(statements)
            self._keys = sorted((t.evidence.start, i) for i, t in enumerate(statements))
            self._reach = max([t.evidence.end - t.evidence.start for t in statements] + [0])
        # ends past ``start`` start after ``start - reach``; starts before ``end``
        lo = bisect_left(self._keys, (start - self._reach + 1, -1))
        hi = bisect_left(self._keys, (end, -1), lo)
        return [
            i
            for i in sorted(i for _, i in self._keys[lo:hi])
            if statements[i].evidence.start < end and start < statements[i].evidence.end
        ]

    def overlapping(self, statements: list[Statement], start: int, end: int) -> list[Statement]:
        """``overlapping(statements, start, end)``: the same statements, in list order."""
        return [statements[i] for i in self.positions(statements, start, end)]

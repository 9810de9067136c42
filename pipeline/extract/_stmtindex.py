"""Statements bucketed by the sentence their evidence starts in, shared by the revisers
:mod:`._s65post` .. :mod:`._s69post`: one bisect per statement instead of a scan of every
statement for every sentence (which made a long article's pass quadratic). :func:`within`
also serves :mod:`._s54more`."""

from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

from pipeline.extract.model import Sentence, Statement


def within(s: Statement, sentence: Sentence) -> bool:
    """``s`` starts inside ``sentence``."""
    return sentence.start <= s.evidence.start < sentence.end


def outside(statements: list[Statement], sentence: Sentence) -> list[Statement]:
    """``statements`` less those starting inside ``sentence``, in their order."""
    return [s for s in statements if not within(s, sentence)]


class BySentence:
    """Positions in a statement list by the sentence (its index in ``sentences``) each one
    starts in, in list order. The list may grow at its end and have items replaced by ones
    starting at the same offset; after any other change, make a new index."""

    def __init__(self, sentences: Sequence[Sentence], statements: list[Statement]) -> None:
        self._sentences = sentences
        self._statements = statements
        self._starts: list[int] = []  # filled by the first look-up (many indexes see none)
        self._ordered = True
        self._indexed = 0
        self._buckets: dict[int, list[int]] = {}

    def positions(self, k: int) -> list[int]:
        """Positions of the statements starting in sentence ``k``."""
        statements = self._statements
        if not self._starts and self._sentences:
            self._starts = [t.start for t in self._sentences]
            # the bisect finds the one sentence holding an offset only when none overlap
            self._ordered = all(a.end <= b.start for a, b in pairwise(self._sentences))
        if not self._ordered:
            sentence = self._sentences[k]
            return [i for i, s in enumerate(statements) if within(s, sentence)]
        if self._indexed < len(statements):  # index what was added since the last call
            for i in range(self._indexed, len(statements)):
                at = statements[i].evidence.start
                j = bisect_right(self._starts, at) - 1
                if j >= 0 and at < self._sentences[j].end:
                    self._buckets.setdefault(j, []).append(i)
            self._indexed = len(statements)
        return list(self._buckets.get(k, ()))

    def of(self, k: int) -> list[Statement]:
        """The statements starting in sentence ``k``, in list order."""
        statements = self._statements
        return [statements[i] for i in self.positions(k)]

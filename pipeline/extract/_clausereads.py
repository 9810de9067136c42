"""Small shared tools of the sentence-local statement readers (rounds s71 and s73).

Those rounds find their candidate sentences by literals (``str.find``, never a regex over
the whole body), bucket the statements already read by sentence, and add a reading only when
no old statement of the sentence holds most of its words.
"""

from __future__ import annotations

from bisect import bisect_right

from pipeline.extract._found import new_statement
from pipeline.extract._quotes import positions as literal_hits  # every offset of each literal
from pipeline.extract.model import Sentence, Statement

__all__ = ["by_sentence", "indirect", "literal_hits", "same_reading", "sentence_at"]


def sentence_at(starts: list[int], offset: int) -> int:
    """Index of the sentence holding ``offset`` (``starts`` sorted; -1 before the first)."""
    return bisect_right(starts, offset) - 1


def by_sentence(starts: list[int], statements: list[Statement]) -> dict[int, list[Statement]]:
    """The statements bucketed by the index of the sentence their evidence starts in."""
    out: dict[int, list[Statement]] = {}
    for s in statements:
        out.setdefault(sentence_at(starts, s.evidence.start), []).append(s)
    return out


def same_reading(a: str, b: str) -> bool:
    """Whether two clauses are the same reading (one holds most of the other's words)."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    if not wa or not wb:
        return False
    return len(wa & wb) >= 0.5 * min(len(wa), len(wb))


def indirect(sentence: Sentence, speaker: str, quote: str, cue: str) -> list[Statement]:
    """An indirect statement of ``quote`` in ``sentence``, or none when it is too short."""
    quote = quote.strip().rstrip(",")
    if len(quote) < 8 or quote not in sentence.text or not speaker:
        return []
    return [new_statement(sentence.text, sentence.start, speaker, "indirect", quote, cue)]

"""The per-document clause memo of :mod:`pipeline.extract._s39read` never answers for
another text, nor keeps one document's sentences once the next comes."""

from __future__ import annotations

from pipeline.extract import _s39read
from pipeline.extract._s39read import clauses, clauses_in

_A = "The minister said on Tuesday that the strike hit a fuel depot near the port."
_B = "The governor added that two drones were shot down over the region overnight."


def test_memo_answers_each_text_with_its_own_clauses() -> None:
    body = f"{_A} {_B}"
    assert clauses_in(body, _A) == clauses(_A)
    assert clauses_in(body, _B) == clauses(_B)
    assert clauses_in(body, _A) == clauses(_A)
    assert clauses_in(body, _A) != clauses_in(body, _B)


def test_memo_is_emptied_for_another_document() -> None:
    first = "".join(["x", _A])  # a distinct object each time
    clauses_in(first, _A)
    second = "".join(["y", _B])
    assert clauses_in(second, _B) == clauses(_B)
    assert _A not in _s39read._MEMO


def test_memo_returns_a_fresh_list() -> None:
    body = "".join(["z", _A])
    got = clauses_in(body, _A)
    got.clear()
    assert clauses_in(body, _A) == clauses(_A) != []

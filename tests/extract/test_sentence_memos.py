"""The per-document sentence memos of the post-passes (_s23clauses, _s25read, _s26post)
are keyed by the sentence text and live for one call: a repeated sentence reads as it
would alone, and no reading leaks from one document into the next."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.extract._s26post import _lead_match
from pipeline.extract.model import Statement

_SHARED = "The spokesman of the ministry today said that the talks would resume on Monday."
_A = f"{_SHARED} Residents said the town was calm. {_SHARED}"
_B = (
    "The governor said that 12 drones were shot down, specifying that two hit a depot."
    f" {_SHARED} Officials said that repairs would take days, specifying that power was back."
)


def _events(text: str) -> list[str]:
    return [repr(f) for f in extract(text)]


def test_order_of_documents_changes_nothing() -> None:
    alone_a, alone_b = _events(_A), _events(_B)
    assert _events(_B) == alone_b and _events(_A) == alone_a
    assert _events(_A) == alone_a and _events(_B) == alone_b


def test_repeated_sentence_reads_at_each_place() -> None:
    said = [(f.evidence.start, f.quote) for f in extract(_A) if isinstance(f, Statement)]
    repeated = [start for start, quote in said if quote.startswith("the talks would resume")]
    assert repeated == [0, _A.rindex(_SHARED)]  # the second copy is no memo of the first


def test_specifying_clause_read_in_each_sentence() -> None:
    said = [(f.speaker, f.quote) for f in extract(_B) if isinstance(f, Statement)]
    assert ("governor", "two hit a depot") in said
    assert ("Officials", "power was back") in said


def test_lead_match_depends_on_the_text_only() -> None:
    a = _lead_match(_SHARED)
    b = _lead_match("Residents said the town was calm.")
    assert a is not None and a.group("np") == "The spokesman of the ministry"
    assert b is None
    assert _lead_match(_SHARED) is not None

"""The literal prefilter of the numeric passes names exactly the sentences holding a word."""

from __future__ import annotations

from pipeline.extract._nlit import holding, lowered
from pipeline.extract.document import parse

_BODY = (
    "Russia fired 12 missiles on Monday. Air defence downed ten of them.\n\n"
    "Two people were KILLED in Kyiv. The toll rose overnight, officials said. "
    "Nothing else happened."
)


def _naive(text_of: list[str], words: tuple[str, ...]) -> set[int]:
    return {i for i, t in enumerate(text_of) if any(w in t for w in words)}


def test_holding_matches_a_scan_of_every_sentence() -> None:
    doc = parse(_BODY)
    texts = [s.text for s in doc.sentences]
    for words in (("missiles",), ("day", "ght"), ("killed",), ("e",), ("zzz",), ("them.",)):
        assert holding(doc, doc.body, words) == _naive(texts, words)
        low = [t.lower() for t in texts]
        assert holding(doc, lowered(doc), words) == _naive(low, words)


def test_a_copy_of_another_length_names_every_sentence() -> None:
    doc = parse("İstanbul reported it. Nothing more.")
    assert len(lowered(doc)) != len(doc.body)
    assert holding(doc, lowered(doc), ("zzz",)) == set(range(len(doc.sentences)))

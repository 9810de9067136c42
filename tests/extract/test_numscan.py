"""Body-level prefilters of the casualty revisions must never hide a sentence the full
regex would read (speed round 21): letter case and the Unicode characters the regex
engine folds into ASCII letters ("ı", "İ", "ſ") included."""

from __future__ import annotations

import pytest

from pipeline.extract import _n25cas, _n27upd
from pipeline.extract.document import parse

_TEXTS = [
    "Two people were killed on Monday. Later the toll rose to four dead.",
    "Two people were killed on Monday. LATER THE TOLL ROSE TO FOUR DEAD.",
    "Two people were killed on Monday. The toll Rıses to four dead.",
    "Two people were killed on Monday. The toll was raiſed to four dead.",
    "Two people were killed on Monday. The toll was İNCREASED to four dead.",
    "Two people were killed on Monday. The number of dead went  up to four.",
    "Two people were killed on Monday. Nothing else was said.",
    "Officials said on Tuesday.Rose to 14 the number of wounded.",
]


@pytest.mark.parametrize("body", _TEXTS)
def test_verb_sentences_cover_every_verb(body: str) -> None:
    doc = parse(body)
    maybe = _n27upd._verb_sentences(doc)
    for idx, sent in enumerate(doc.sentences):
        if _n27upd._VERB.search(sent.text) is not None:
            assert maybe is None or idx in maybe, (body, idx)


def test_verb_sentences_follow_the_document() -> None:
    first = parse(_TEXTS[0])
    second = parse(_TEXTS[6])
    assert _n27upd._verb_sentences(first) == {1}
    assert _n27upd._verb_sentences(second) == set()
    assert _n27upd._verb_sentences(first) == {1}


@pytest.mark.parametrize(
    ("body", "may"),
    [
        ("Shelling killed a family of five.", True),
        ("SHELLING KILLED A FAMILY OF FIVE.", True),
        ("Shelling killed a FAMİLY of five.", True),
        ("Shelling killed a famıly of five.", True),
        ("Shelling killed three relatives.", False),
    ],
)
def test_family_hint(body: str, may: bool) -> None:
    assert _n25cas._may_name_family(body) is may
    if _n25cas._FAMILY.search(body) is not None:
        assert _n25cas._may_name_family(body)

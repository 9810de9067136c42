"""The extractor's statements against the statement gold sets of original passages.

``dev_statements.jsonl``: attribution phrasing it was not tuned on when the file was written
(unlisted cue verbs, distant pronouns, quotes spanning paragraphs, speakers after the quote,
colon-introduced quotes, „…“ and «…» marks, titles with names) plus hard negatives.
``dev_statements2.jsonl``: unnamed regional and city offices and bodies ("the governor of the
southern Mykolaiv region", "its governor", "the city administration"), national bodies left
unqualified ("the Defence Ministry", "the military", "the country's air force"), more cue verbs
(shared, remarked, specified, clarified, "was quoted as saying", ", saying: “...”"), "the report
says" and a colon quote followed by a participle. Its first score (statement F1 .433) was the
honest unseen-text figure.
``dev_statements3.jsonl``: press-conference and interview copy ("Asked whether ..., X said:",
"he went on", quotes over three paragraphs), international bodies and their officials (OCHA,
WHO, ICRC, "his spokesman"), capitals and the Kremlin as speakers, social-media cues, reported
chains ("told state radio that", "called on ... to", "denied that", "said, without providing
evidence, that"), British ‘…’, nested, «…» and „…“ quotes, "?"/"!" quotes the sentence splitter
cuts off, and hard negatives (Operation “Spiderweb”, so-called “referendums”, headlines, a Q&A
transcript). Numeric events are labelled too. First score: statement F1 .857 (P .890, R .827).

The structure test guards the labels (it must always pass); the score test is the bar.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.gold_checks import assert_f1, checked_passages, is_numeric

DATA = Path(__file__).resolve().parents[1] / "data"
STATEMENT_F1 = 0.90
SETS = [
    # file, minimum passages, minimum hard negatives, minimum statements, sentences, numeric
    pytest.param("dev_statements.jsonl", 60, 10, 60, (1, 6), False, id="dev_statements"),
    pytest.param("dev_statements2.jsonl", 40, 4, 50, (1, 6), False, id="dev_statements2"),
    pytest.param("dev_statements3.jsonl", 45, 5, 90, (2, 8), True, id="dev_statements3"),
]


@pytest.mark.parametrize(
    ("name", "passages_min", "negatives_min", "statements_min", "sentences", "numeric"), SETS
)
def test_dev_statements_structure(
    name: str,
    passages_min: int,
    negatives_min: int,
    statements_min: int,
    sentences: tuple[int, int],
    numeric: bool,
) -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    path = DATA / name
    passages = checked_passages(path, "newswire-dev (original)", sentences)
    assert len(passages) >= passages_min
    assert sum(not obj["statements"] for obj in passages) >= negatives_min, "too few negatives"
    assert sum(len(obj["statements"]) for obj in passages) >= statements_min
    if not numeric:
        assert not any(is_numeric(obj) for obj in passages), "label numeric events in dev.jsonl"


@pytest.mark.parametrize(
    "name", ["dev_statements.jsonl", "dev_statements2.jsonl", "dev_statements3.jsonl"]
)
def test_dev_statements_f1(name: str) -> None:
    assert_f1(DATA / name, "statement", STATEMENT_F1)

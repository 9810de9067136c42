"""Minimal sentences for the statement round on dev_articles70 (h_stmt41, ``_s41post`` and
the lemma table / ``_s39read`` additions): the subject of a literal Italian or French
sentence read past an adjunct, a relative or participial clause or a first predicate;
"underlined how C"; "made known that"; ", before adding that B"; a source set between
subject and predicate; "the Pontiff" after "Pope NAME". Names, places and verbs differ from
the batch's to check the readings transfer."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _statements

READS = [
    pytest.param(
        "The Slovak foreign minister, Juraj Blanár, who met on Friday his Hungarian colleague, "
        "has specified that the pipeline talks will resume in January.",
        ("Juraj Blanár", "indirect", "the pipeline talks will resume in January"),
        id="relative-clause",
    ),
    pytest.param(
        "The mayor of Mykolaiv, Oleksandr Senkevych, after inspecting the port, explained that "
        "the cranes had been damaged by the blast wave.",
        ("Oleksandr Senkevych", "indirect", "the cranes had been damaged by the blast wave"),
        id="after-ing-adjunct",
    ),
    pytest.param(
        "The Greek prime minister Kyriakos Mitsotakis, opening the session of parliament, has "
        "maintained that the frigates will sail to the Red Sea in spring.",
        ("Kyriakos Mitsotakis", "indirect", "the frigates will sail to the Red Sea in spring"),
        id="participle-adjunct",
    ),
    pytest.param(
        "The Croatian minister Ivan Anušić has visited the barracks in Knin, and has declared "
        "that the conscription will return next year.",
        ("Ivan Anušić", "indirect", "the conscription will return next year"),
        id="first-predicate-chained",
    ),
    pytest.param(
        "Petr Pavel thanked the soldiers for their service and underlined how the army had "
        "doubled its reserves in two years.",
        ("Petr Pavel", "indirect", "the army had doubled its reserves in two years"),
        id="underlined-how",
    ),
    pytest.param(
        "The Estonian border guard made known that the checkpoint at Narva will stay closed "
        "overnight.",
        (
            "Estonian border guard",
            "indirect",
            "the checkpoint at Narva will stay closed overnight",
        ),
        id="made-known",
    ),
    pytest.param(
        "Alar Karis recalled that Tallinn hosts a NATO battalion, before adding that a second "
        "one will arrive in summer.",
        ("Alar Karis", "indirect", "a second one will arrive in summer"),
        id="before-adding",
    ),
    pytest.param(
        "The repair of the dam, according to the regional administration, will take at least "
        "a year.",
        ("regional administration", "indirect", "will take at least a year"),
        id="according-between",
    ),
    pytest.param(
        "Pope Leo XIV met the families of the hostages. «Every life taken is a wound for all of "
        "us», said the Pontiff.",
        ("Pope Leo XIV", "direct", "Every life taken is a wound for all of us"),
        id="pontiff",
    ),
    pytest.param(
        "For Rafael Grossi, who visited the plant on Monday, the lines remain fragile.",
        ("Rafael Grossi", "indirect", "the lines remain fragile"),
        id="for-x-relative",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READS)
def test_reads(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


NONE = [
    pytest.param(
        "The Slovak foreign minister, who met on Friday his Hungarian colleague, has inspected "
        "the new border post.",
        id="relative-no-clause",
    ),
    pytest.param("The engineers explained how the new radar works.", id="explained-how"),
    pytest.param(
        "The repair of the dam, according to the schedule of the works, will take a year.",
        id="according-schedule",
    ),
    pytest.param("The ministry has made known the names of the freed soldiers.", id="known-np"),
]


@pytest.mark.parametrize("text", NONE)
def test_no_statement(text: str) -> None:
    assert not _statements(text)


KNOWN_MISSES = [
    pytest.param(
        "Mark Rutte thanked the allies and has asked them to send more interceptors.",
        ("Mark Rutte", "indirect", "them to send more interceptors"),
        id="chained-asked-to",
        marks=pytest.mark.xfail(
            reason="older sets leave a chained 'and asked Y to VP' unlabelled; reading it "
            "cost four dev sets, so the labels must be reconciled first",
            strict=True,
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_MISSES)
def test_known_misses(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)

"""Minimal sentences for the statement round on dev_articles52/53 (h_stmt21, ``_s21post``).

Each row is one reading of :mod:`pipeline.extract._s21post` / ``_s21quotes``: the sentence,
then the (speaker, mode, quote) it must yield; hard negatives must yield no statement.
"""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bare "the president" after a head of state's statement in the paragraph
            "Selenskyj called the plan “a first step”. Kyiv would not give up land, the "
            "president said.",
            ("Volodymyr Zelensky", "indirect", "Kyiv would not give up land"),
        ),
        (  # "the ministry" after the ministry spoke in the paragraph
            "The Russian Defence Ministry spoke of a “massive strike”. All targets had been "
            "hit, the ministry said.",
            ("Russian Defence Ministry", "indirect", "All targets had been hit"),
        ),
        (  # "the rescue service" after the named service
            "By noon, the State Emergency Service had put out the fires. Two buildings were "
            "lost, the rescue service said.",
            ("State Emergency Service", "indirect", "Two buildings were lost"),
        ),
        (  # "the military administration" after a regional one, with the region named
            "The head of the regional military administration, Ivan Fedorov, spoke of a calm "
            "night. Over the past day, the Zaporizhzhia region had been shelled 300 times, the "
            "military administration said.",
            (
                "Zaporizhzhia regional military administration",
                "indirect",
                "Over the past day, the Zaporizhzhia region had been shelled 300 times",
            ),
        ),
        (  # a fragment closing the first of two joined clauses
            "The meeting had been “very useful”, but no deal had been reached, Yuri Ushakov said.",
            (
                "Yuri Ushakov",
                "indirect",
                "The meeting had been “very useful”, but no deal had been reached",
            ),
        ),
        (  # a quoted operation name inside the reported clause
            "The operation “Eastern Sentry” was going well, NATO chief Mark Rutte said.",
            ("Mark Rutte", "indirect", "The operation “Eastern Sentry” was going well"),
        ),
        (  # "X put the number at N; C, it said"
            "The general staff in Kyiv put the number of assaults at 120; most had been "
            "repelled, it said.",
            ("Ukrainian General Staff", "indirect", "most had been repelled"),
        ),
        (  # "has denied A and has said C"
            "Hamas did not respond. The group has denied the charge and has said its "
            "fighters were not in the building.",
            ("Hamas", "indirect", "its fighters were not in the building"),
        ),
        (  # "C, X said on DAY, in an attack that ..."
            "Russia launched 90 drones at Ukraine overnight, Ukraine's air force said on "
            "Sunday, in an attack that damaged power lines.",
            ("Ukrainian Air Force", "indirect", "Russia launched 90 drones at Ukraine overnight"),
        ),
        (  # an unnamed source who spoke on condition of anonymity
            "“We hold the line,” said an officer of the 3rd Assault Brigade who spoke on "
            "condition of anonymity.",
            ("officer of the 3rd Assault Brigade", "direct", "We hold the line,"),
        ),
        (  # a group's plural possessive is its adjective
            "The Houthis' political office said the talks had failed.",
            ("Houthi political office", "indirect", "the talks had failed"),
        ),
        (  # an act verb before a trailing "according to X"
            "The army declared a truce but kept bombing the north, according to U.N. "
            "investigators.",
            (
                "UN investigators",
                "indirect",
                "The army declared a truce but kept bombing the north",
            ),
        ),
    ],
)
def test_reads(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "The operation “Eastern Sentry” began in September.",
        "The group has previously denied targeting civilians.",
        "The junta declared a state of emergency in Sagaing on Friday.",
        "By midday, the State Emergency Service had raised the number of dead to seven.",
        "The ministry's building in Kyiv was hit by debris overnight.",
        "Selenskyj warned against a deal over the heads of the Ukrainians.",
    ],
)
def test_no_statement(text: str) -> None:
    assert not _statements(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sumy had 250,000 inhabitants. Last year, attacks on the region killed 126 "
            "civilians, according to regional authorities.",
            (
                "regional authorities",
                "indirect",
                "Last year, attacks on the region killed 126 civilians",
            ),
            marks=pytest.mark.xfail(
                reason="art52-07: 'regional authorities' is qualified by the paragraph's "
                "city (the regional-body rule); the label keeps the bare description"
            ),
        ),
    ],
)
def test_open(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)

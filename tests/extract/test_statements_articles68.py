"""Statements in literal French, Italian, Spanish and Portuguese copy (statement round 39,
``dev_statements64``, ``_s39post`` / ``_s39read`` / ``_s39roles``): a reported clause after
an auxiliary, adjunct or apposed age ("has assured that", "claimed for its part to have",
"NAME, 68 years old, also claimed that", ", and has claimed to have", ", but has considered
«F» NP"); "This was made known by X, specifying that C"; "«Q». With these words X VERB-ed";
a bare role after a quote read as the person the sentence before is about (a visit's host, a
"deputy premier" never the premier); ", while Y VERB «G»" giving G to Y. Sentences are the
helper's own, none from the batch."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Russian Defence Ministry claimed for its part to have destroyed 18 drones over "
            "the region of Kursk.",
            {
                (
                    "Russian Defence Ministry",
                    "indirect",
                    "to have destroyed 18 drones over the region of Kursk",
                )
            },
        ),
        (
            "Dmitry Peskov, 58 years old, also claimed that the talks had stalled for weeks.",
            {("Dmitry Peskov", "indirect", "the talks had stalled for weeks")},
        ),
        (
            "The spokeswoman of the ministry, Maria Zakharova, has assured that Moscow is ready "
            "to listen, but has considered «hostile» the new sanctions package.",
            {
                ("Maria Zakharova", "indirect", "Moscow is ready to listen"),
                ("Maria Zakharova", "partial", "hostile"),
            },
        ),
        (
            "Madrid - A Spanish frigate shadowed a Russian corvette off Galicia on Friday. This "
            "was made known by the Ministry of Defence, specifying that no incident occurred.",
            {
                (
                    "Spanish Defence Ministry",
                    "indirect",
                    "A Spanish frigate shadowed a Russian corvette off Galicia on Friday",
                ),
                ("Spanish Defence Ministry", "indirect", "no incident occurred"),
            },
        ),
        (
            "«Peace will not come from surrender». With these words the Polish premier Donald "
            "Tusk closed the debate in the Sejm.",
            {("Donald Tusk", "direct", "Peace will not come from surrender")},
        ),
        (
            "Lisbon - Luís Montenegro received on Tuesday the Greek prime minister, Kyriakos "
            "Mitsotakis, at São Bento. «Portugal will double its contribution», affirmed the "
            "head of government before the press.",
            {("Luís Montenegro", "direct", "Portugal will double its contribution")},
        ),
        (
            "The premier Giorgia Meloni spoke of unity. Harsher the line of Matteo Salvini. «We "
            "will not pay for the war of others», declared the deputy premier at a rally.",
            {("Matteo Salvini", "direct", "We will not pay for the war of others")},
        ),
        (
            "The leader of the Socialists, Olivier Faure, denounced «a headlong rush», while "
            "the leader of the Republicans, Bruno Retailleau, called the plan «too timid».",
            {
                ("Olivier Faure", "partial", "a headlong rush"),
                ("Bruno Retailleau", "partial", "too timid"),
            },
        ),
    ],
)
def test_round39_readings(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _said(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bill goes to the Senate in March, according to the calendar of the government.",
        "The government guaranteed the supply of fuel to the hospitals until the spring.",
        "With these funds, the army will buy 40 more radars before the summer.",
    ],
)
def test_round39_no_statement(text: str) -> None:
    assert not _said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal was signed, a step that the Élysée described as «decisive».",
            {("Élysée", "partial", "decisive")},
        ),
        (
            "The port remains «barely operational», judged Rafael Grossi in a note.",
            {("Rafael Grossi", "partial", "barely operational")},
        ),
        (
            "Paris - Emmanuel Macron spoke at the Élysée. For the tenant of the Élysée, the "
            "talks will resume in January. «We will not give up», he insisted.",
            {
                ("Emmanuel Macron", "indirect", "the talks will resume in January"),
                ("Emmanuel Macron", "direct", "We will not give up"),
            },
        ),
        (
            "The Kremlin affirmed, through its spokesman Dmitry Peskov, that no summit is "
            "planned before the spring.",
            {("Dmitry Peskov", "indirect", "no summit is planned before the spring")},
        ),
        (
            "According to a NATO official interviewed by El País, the alliance will move two "
            "more batteries east. Germany and Norway, in particular, will pay for them, adds "
            "the same source.",
            {
                ("NATO official", "indirect", "the alliance will move two more batteries east"),
                (
                    "NATO official",
                    "indirect",
                    "Germany and Norway, in particular, will pay for them",
                ),
            },
        ),
        (
            "The minister of Defence, Nuno Melo, defended that the budget «must grow every "
            "year» and announced that two new patrol ships will be ordered in 2026.",
            {
                ("Nuno Melo", "partial", "must grow every year"),
                ("Nuno Melo", "indirect", "two new patrol ships will be ordered in 2026"),
            },
        ),
        (
            "The Greens denounced «a dangerous drift», while for the Socialist Party the plan "
            "comes «far too late».",
            {("Socialist Party", "partial", "far too late")},
        ),
    ],
)
def test_round39_more(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Spanish diplomacy, through the voice of José Manuel Albares, welcomed the truce "
            "and called on Israel to reopen the crossings.",
            {("José Manuel Albares", "indirect", "Israel to reopen the crossings")},
        ),
        pytest.param(
            "The Civil Defence of Gaza reported that three people were killed in Khan Younis.",
            {("Gaza Civil Defence", "indirect", "three people were killed in Khan Younis")},
        ),
    ],
)
def test_round39_open(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _said(text)

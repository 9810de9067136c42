"""Counts as wire copy writes them, and the numbers that are never counts."""

from __future__ import annotations

import pytest

from pipeline.extract._numclause import period
from pipeline.extract.numbers import find_quantities, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3", 3),
        ("1,450", 1450),
        ("2 300", 2300),
        ("4.230", 4230),  # German thousands, as translated copy keeps them
        ("1.200.000", 1200000),
        ("seven", 7),
        ("Nineteen", 19),
        ("forty-two", 42),
        ("sixty three", 63),
        ("a hundred", 100),
        ("three hundred and twelve", 312),
        ("two thousand", 2000),
        ("a dozen", 12),
        ("", None),
        ("several", None),
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (value, approx, matched text, total, all)
        ("troops fired 51 shells", [(51, "exact", "51", None, False)]),
        ("about 230 drones", [(230, "about", "about 230", None, False)]),
        ("around 40", [(40, "about", "around 40", None, False)]),
        ("approximately 1,100 bombs", [(1100, "about", "approximately 1,100", None, False)]),
        ("more than 1.200 drones", [(1200, "at_least", "more than 1.200", None, False)]),
        ("some 75 missiles", [(75, "about", "some 75", None, False)]),
        ("nearly 90", [(90, "at_most", "nearly 90", None, False)]),
        ("almost two hundred", [(200, "at_most", "almost two hundred", None, False)]),
        ("just under 300", [(300, "at_most", "just under 300", None, False)]),
        ("more than 60 rockets", [(60, "at_least", "more than 60", None, False)]),
        ("over 15 attacks", [(15, "at_least", "over 15", None, False)]),
        ("at least 8 people", [(8, "at_least", "at least 8", None, False)]),
        ("25 or more", [(25, "at_least", "25 or more", None, False)]),
        ("up to 30 bombs", [(30, "at_most", "up to 30", None, False)]),
        ("no more than six", [(6, "at_most", "no more than six", None, False)]),
        ("eleven out of thirteen drones", [(11, "exact", "eleven out of thirteen", 13, False)]),
        ("downed 21 of 24 missiles", [(21, "exact", "21 of 24", 24, False)]),
        ("38 of the 40 targets", [(38, "exact", "38 of the 40", 40, False)]),
        ("all 17 drones", [(17, "exact", "all 17", None, True)]),
        ("one of the drones", [(1, "exact", "one", None, False)]),
        ("2 and 9", [(2, "exact", "2", None, False), (9, "exact", "9", None, False)]),
        # A range is one figure: its lower bound, "at least"; a change is not a range.
        ("15 to 20 shells", [(15, "at_least", "15 to 20", None, False)]),
        ("two or three missiles", [(2, "at_least", "two or three", None, False)]),
        ("between 20 and 25 drones", [(20, "at_least", "between 20 and 25", None, False)]),
        ("about 30-40 rockets", [(30, "at_least", "about 30-40", None, False)]),
        (
            "rose from 12 to 14",
            [(12, "exact", "12", None, False), (14, "exact", "14", None, False)],
        ),
        # Year-like figures before a counted noun are counts.
        ("2000 drones", [(2000, "exact", "2000", None, False)]),
        ("about 1950 Shahed drones", [(1950, "about", "about 1950", None, False)]),
        ("1900 people", [(1900, "exact", "1900", None, False)]),
    ],
)
def test_find_quantities(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [
        (q.value, q.approx, text[q.start : q.end], q.total, q.all) for q in find_quantities(text)
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "a 67-year-old woman",
        "the 19 year old driver",
        "aged 71",
        "a $3.5 billion package",
        "€40 million in aid",
        "worth 500 million dollars",
        "since 2014",
        "in 2024 drones became cheaper",
        "the 2022 attacks",
        "since 2015 missiles",
        "in March 2023",
        "on 9 May",
        "by October 12",
        "the 93rd Brigade",
        "the 1st Assault",
        "inflation of 12%",
        "down 4 percent",
        "a 0.5 chance",
        "grew by 1.25 points",
        "a 12.5 km front",
        "at 4 a.m.",
        "sirens at 03:15",
        "Su-25 jets",
        "an S-400 battery",
        "No one was hurt",
        "one-way attack drones",
        "dozens of drones",
        "hundreds of shells",
        "Flight 752",
        "a Boeing 737",
        "the 2022-2023 winter",
        "on March 5-7",
    ],
)
def test_numbers_that_are_not_counts(text: str) -> None:
    assert find_quantities(text) == ()


def test_ratio_whose_total_is_smaller_is_not_a_ratio() -> None:
    (q, *rest) = find_quantities("9 of 4 units")
    assert (q.value, q.total) == (9, None)
    assert [r.value for r in rest] == [4]


def test_long_digit_runs_are_bounded() -> None:
    text = "7" * 200_000 + " drones " + "1," * 50_000
    assert all(q.value < 10**10 for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "strike", "air", "casualty"),
    [
        # (sentence indices each detector is given)
        ("Often drones flew over. Someone said nothing.", set(), set(), set()),
        ("Russia fired forty-two drones. Zoë wrote often.", {0}, {0}, set()),
        ("Über alles: Russia launched 7 missiles.", {0}, {0}, set()),
        ("All were shot down. Two people were killed.", set(), {0}, {1}),
        ("Ｔｗｏ drones hit Kyiv. Three drones hit Lviv.", {1}, {1}, set()),
    ],
)
def test_gate_finds_whole_number_words_and_digits(
    text: str, strike: set[int], air: set[int], casualty: set[int]
) -> None:
    from pipeline.extract._numgate import gate
    from pipeline.extract.document import parse

    g = gate(parse(text))
    assert (set(g.strike), set(g.air), set(g.casualty)) == (strike, air, casualty)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fired 40 rockets over the past day", "PT24H"),
        ("in the last 3 days", "P3D"),
        ("in the past 48 hours", "PT48H"),
        ("overnight", "overnight"),
        # Several unnumbered days or weeks are no stated duration.
        ("in the last days of December", None),
        ("over the past weeks", None),
        ("during the final days of the year", None),
    ],
)
def test_period(text: str, expected: str | None) -> None:
    assert period(text) == expected


# Ages listed after "aged" are all ages; the count before them still counts.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Two brothers aged 10 and 18 were injured.", [2]),
        ("Three women aged 34, 51 and 77 were killed.", [3]),
        ("Four children aged 6 to 12 were evacuated.", [4]),
    ],
)
def test_listed_ages_are_not_counts(text: str, values: list[int]) -> None:
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("downs 22 of Russia's 27 drones", (22, 27)),
        ("intercepted 90 of Iran’s 100 missiles", (90, 100)),
        ("two of Ukraine's regions", (2, None)),
    ],
)
def test_possessive_total(text: str, expected: tuple[int, int | None]) -> None:
    q = find_quantities(text)[0]
    assert (q.value, q.total) == expected

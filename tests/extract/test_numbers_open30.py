"""Round n30's number readings on minimal passages (``dev_numeric78``, dev_articles75-77).

Each row is a short passage and the numeric events expected of it: strikes as (weapon,
count), interceptions as (launched, intercepted), casualties as (killed, injured).
"""

from __future__ import annotations

import pytest

from tests.extract.numeric_reading import Pair, read_numbers


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        # a bare toll update completes the earlier toll's dead and keeps its wounded
        (
            "A missile hit the centre of Poltava, killing two people and injuring 14, the "
            "governor said.\n\nLater, the toll in Poltava rose to four, he said.",
            [(4, 14)],
        ),
        (
            "A drone hit a bus in Nikopol, killing one person and wounding six. The toll has "
            "since risen to three dead.",
            [(3, 6)],
        ),
        (
            "Shelling killed a woman and wounded five people in Kherson. The toll rose to two "
            "dead on Sunday.",
            [(2, 5)],
        ),
        # an update stating both kinds, or an injured-only toll with no death, is left alone
        (
            "A strike killed two people and wounded 10 in Sumy. The toll later rose to three "
            "dead and 12 wounded.",
            [(3, 12)],
        ),
        # an inverted toll with a place after its noun, and the care figure after it
        (
            "Are at least three the dead in Odessa, among whom a child of 5 years, and 20 the "
            "wounded, referred the governor, who specified that eight people were hospitalised.",
            [(3, 20), (None, 8)],
        ),
        (
            "Are 9 the wounded in the centre of Lviv, among whom two children, and one the dead, "
            "referred the mayor.",
            [(1, 9), (None, 2)],
        ),
        # a heading restating its entry's toll is no record
        (
            "Russia launched 40 drones overnight, the air force said.\n\nTwo dead in Kherson\n\n"
            "In Kherson, a shell hit a house. Two people were killed and four injured, the "
            "governor said.",
            [(2, 4)],
        ),
        # background: an earlier day's recap, a war-long toll, a similar attack recalled
        (
            "Two people were injured in Sumy. On the previous day, Russian shelling had already "
            "killed three people in the town.",
            [(None, 2)],
        ),
        (
            "More than 4,000 people were killed in Lebanon during more than a year of fighting.",
            [],
        ),
        ("Some 500 medics were killed in two years of war in Gaza.", []),
        ("A similar attack on the port of Reni had wounded four people.", []),
        ("An earlier strike on the same hospital had killed three patients.", []),
        # a later strike told in the past simple is the news
        (
            "A strike on the market killed one person. A second strike an hour later wounded "
            "three rescuers.",
            [(1, None), (None, 3)],
        ),
    ],
)
def test_casualties(text: str, casualties: list[Pair]) -> None:
    assert read_numbers(text)[2] == sorted(casualties, key=str)


@pytest.mark.parametrize(
    ("text", "strikes", "interceptions"),
    [
        (
            "Russia attacked the Odesa region with 30 drones overnight. The day before, Russian "
            "troops had already targeted the port with four missiles.",
            [("drone", 30)],
            [],
        ),
        (
            "Air defences destroyed 24 drones over the Kursk region overnight. A day earlier, "
            "31 drones had already been shot down over the region.",
            [],
            [(None, 24)],
        ),
        # the story's own day with "had already" is the news
        (
            "By six in the morning, air defences had already shot down 40 of the 55 drones.",
            [],
            [(55, 40)],
        ),
        # an earlier day's plain pluperfect stays an event (dev_numeric20's call)
        (
            "Russia attacked Ukraine with 90 drones overnight.\n\nA day earlier, air defences "
            "had shot down 45 drones in a similar attack.",
            [("drone", 90)],
            [(None, 45)],
        ),
        (
            "During the twelve days of war, Israeli air defences intercepted 480 of the 550 "
            "missiles fired by Iran.",
            [],
            [],
        ),
    ],
)
def test_air(text: str, strikes: list[tuple[str, int]], interceptions: list[Pair]) -> None:
    got = read_numbers(text)
    assert got[0] == sorted(strikes)
    assert got[1] == sorted(interceptions, key=str)


@pytest.mark.xfail(
    reason="a relative clause recalling a superlative toll is not read as background"
)
def test_recalled_superlative_toll() -> None:
    text = (
        "The toll of the strike on Ternopil, which had risen to 34 dead by Friday, is one of "
        "the heaviest of the year."
    )
    assert read_numbers(text)[2] == []

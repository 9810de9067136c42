"""Casualty families of the thirteenth session's round on ``dev_articles63``/``64``
(``dev_numeric64``, h_num20): German online copy translated (ledes, scene sentences, live
tickers) and Italian one-sentence paragraphs.

Each case is a minimal passage of my own; the figures are read as (killed, injured) per
casualty record.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Toll = tuple[int | None, int | None]

CASES: list[tuple[str, list[Toll]]] = [
    # "the N wounded" in the next sentence is the toll's other harm.
    (
        "Two people died in the attack. Among the 12 wounded were three children.",
        [(2, 12), (None, 3)],
    ),
    (
        "One man was killed in Izium. The nine wounded include two police officers.",
        [(1, 9), (None, 2)],
    ),
    (
        "Five people died, the mayor said. Of the 20 injured, four are in hospital.",
        [(5, 20), (None, 4)],
    ),
    # ... unless a record already told that figure: it points back to it.
    (
        "The attack killed six people and wounded 30. Four were killed in Kherson, and two "
        "more in Beryslav. Of the 30 injured, 11 were hospitalised.",
        [(6, 30), (4, None), (2, None), (None, 11)],
    ),
    # One scene sentence between a lede toll and its other harm is passed.
    (
        "A missile attack on Poltava has killed three people. The missile hit the city shortly "
        "after 6 am. 14 people were injured, the governor said.",
        [(3, 14)],
    ),
    # ... not one naming another place or attack.
    (
        "Three people were killed in Kharkiv. In Sumy, a drone hit a school. 12 people were "
        "injured.",
        [(3, None), (None, 12)],
    ),
    (
        "Five people were killed in an attack on Sumy. A second attack hit Okhtyrka an hour "
        "later. Nine people were injured.",
        [(5, None), (None, 9)],
    ),
    # "The wounded are N" opening the next sentence, across a paragraph break.
    (
        "At least 7 people were killed in the raid on Rafah, the civil defence said.\n\n"
        "The wounded are more than 15, said a spokesman.",
        [(7, 15)],
    ),
    (
        "Two people were killed in Kherson, the governor said.\n\nIn Odesa, the wounded are 14, "
        "according to the mayor.",
        [(2, None), (None, 14)],
    ),
    # "the dead are N ..., and the wounded M" in one sentence.
    ("In Sumy a drone hit a bus: the dead are 2 and the wounded 6.", [(2, 6)]),
    # A list naming the toll's people is no new record.
    (
        "Three people were killed in the strike on Bilopillia. The dead are a man of 40 years, "
        "his wife and their two daughters.",
        [(3, None)],
    ),
    # A worst attack recalled in the pluperfect with its date is background.
    (
        "In the deadliest attack so far this year, on 4 April, a missile had killed 19 people "
        "in Kryvyi Rih.",
        [],
    ),
    ("In the worst attack on Kyiv this summer, in late July, drones had killed 31 people.", []),
    # ... not today's toll, nor an undated pluperfect in reported speech.
    (
        "In the worst attack this year, a missile killed 14 people in Dnipro on Friday.",
        [(14, None)],
    ),
    (
        "In the deadliest attack of the week, a missile had killed 12 people in Dnipro on "
        "Monday, officials said on Wednesday.",
        [(12, None)],
    ),
    # A live ticker under its lede: an entry's lower "now" toll is superseded.
    (
        "A missile attack on Odesa has killed eight people.\n\n+++ 13:00 +++ Toll rises to eight\n"
        "A woman died in hospital.\n\n+++ 09:00 +++ Six people have now died, police said.",
        [(8, None)],
    ),
    # ... not a toll of another place.
    (
        "A missile attack on Odesa has killed eight people.\n\n+++ 13:00 +++ Toll rises to eight\n"
        "A woman died in hospital.\n\n+++ 09:00 +++ In Kharkiv, five people have now died, the "
        "mayor said.",
        [(8, None), (5, None)],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_articles63_readings(text: str, tolls: list[Toll]) -> None:
    found = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(found, key=str) == sorted(tolls, key=str)


RELABELLED: list[tuple[str, list[Toll]]] = [
    # dnum64-012, relabelled by the written rules (fourteenth session, h_num26): a scene
    # sentence naming an earlier attack stops the reach (dev_numeric64), and "passengers"
    # after "one person" is another stated group (dev_numeric54's passers-by call): two records.
    (
        "A drone attack on a bus in Nikopol has killed one person. Drones had already hit the "
        "town earlier that day. Six passengers were injured.",
        [(1, None), (None, 6)],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), RELABELLED)
def test_articles63_relabelled(text: str, tolls: list[Toll]) -> None:
    found = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(found, key=str) == sorted(tolls, key=str)

"""Casualty readings of the twelfth session's casualty round (h_num15, ``dev_articles51`` and
``dev_numeric54``): minimal sentences, one per family, in words written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Tolls = list[tuple[int | None, int | None]]

CASES: list[tuple[str, Tolls]] = [
    # "there" takes the place of the sentence before: equal tolls of two places stay two.
    (
        "Russian drones hit Odesa overnight. Two further persons were wounded there, the "
        "governor said.\n\nRussian drones also struck Kyiv and the Sumy oblast. As a result of "
        "these attacks at least two people were wounded.",
        [(None, 2), (None, 2)],
    ),
    (
        "Shelling hit Nikopol in the morning. One man was killed there, the mayor said.\n\n"
        "Drones also struck Marhanets. One man was killed there as well.",
        [(1, None), (1, None)],
    ),
    # The wounded who died later are the dead.
    (
        "Two women who had been injured on Monday in a strike on Sumy died in hospital on Tuesday.",
        [(2, None)],
    ),
    (
        "Four people wounded in Friday's shelling have died in hospital, the governor said.",
        [(4, None)],
    ),
    ("Three soldiers who were wounded last week have succumbed to their injuries.", [(3, None)]),
    # "According to X, NAME," and a report heading the next paragraph complete the toll.
    (
        "At least six people have been killed. According to the head of the city "
        "administration, Ivan Petrenko, 19 people were injured.",
        [(6, 19)],
    ),
    (
        "A missile hit a market in Sumy on Monday, killing four people, officials said.\n\n"
        "Governor Oleh Hryhorov said 15 people had been wounded.",
        [(4, 15)],
    ),
    (
        "Glide bombs struck Kramatorsk on Friday, killing two people, officials said.\n\n"
        "Vadym Filashkin, governor of the Donetsk region, said eight people had been wounded.",
        [(2, 8)],
    ),
    # Care shares told with "and that N of them" or "are being treated".
    (
        "40 people were injured, more than 25 of them are being treated in hospitals.",
        [(None, 40), (None, 25)],
    ),
    (
        "The governor said 30 people had been wounded and that nine of them were in serious "
        "condition.",
        [(None, 30), (None, 9)],
    ),
    # One split toll's subgroups of the dead and of the injured are one record.
    (
        "5 people died, among them 2 children. 33 people were injured, among them 7 children.",
        [(5, 33), (2, 7)],
    ),
    # An update by "put the toll at"; the death it explains is no record.
    (
        "Two people were killed and nine injured, the city said in the morning. By evening the "
        "mayor put the toll at three dead and eight injured: one of the injured had died in "
        "hospital.",
        [(3, 8)],
    ),
    (
        "Four people were killed and 20 wounded, the governor said. Later in the day he put the "
        "number of dead at five and the number of wounded at 19, saying one of the wounded had "
        "died in hospital.",
        [(5, 19)],
    ),
    # The body found that the next sentence's toll counts in.
    (
        "In the morning, the body of one more man was found under the rubble. Thus, 9 people "
        "died as a result of the strike.",
        [(9, None)],
    ),
    # "raising the death toll to N" sums up the story's toll, whatever its day.
    (
        "A missile hit Kharkiv late on Monday, killing at least five people. Rescuers found "
        "another body on Tuesday, raising the death toll to five.",
        [(5, None)],
    ),
    # No tolls: a past year's total, psychological help, a disaster's dead.
    ("In the past year alone, more than 120 civilians were killed in the town.", []),
    ("Over the past six months, 80 people were killed by drones in the region.", []),
    ("Psychologists provided assistance to 41 people, among them relatives of the dead.", []),
    ("An earthquake struck the north in March, killing more than 2,000 people.", []),
    # ... while a week's total and a day's toll stay news.
    ("Over the past week, 14 civilians were killed in the region.", [(14, None)]),
    # One record per stated group (the written convention; the lead's call on art51-10 and
    # dnum54-020): the lede's two dead restated, the passers-by a group of their own.
    (
        "An Israeli drone strike on a car killed two people. The health ministry said the "
        "strike on the car near Tyre killed two people and wounded three passers-by.",
        [(2, None), (None, 3)],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_casualty_round15(text: str, tolls: Tolls) -> None:
    got = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert got == tolls

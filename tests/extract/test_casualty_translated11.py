"""Casualty readings of translated non-German agency copy (eleventh session, h_cas12).

Minimal sentences for each family fixed in the round of ``dev_numeric48`` (and the
casualty errors left in ``dev_articles38``/``40``/``41``): an update "raised the number of
dead to" opened by its later hour, far down a long article (``_casualty_update``); the
toll of "the last/previous ... attack" in the pluperfect and the injured identified by
age (``_casualty_lastattack``); "14 people, eight of them children, were wounded"
(``_casualty_aside``); bracketed subgroups of both kinds (``_casualty_among``); a later
"Among the injured are six children" and a spokesman's "He said N had been wounded" after
his quote (``_casualty_gap``); "The injured were taken to hospital; one of them ...", also
past "Among the dead is the driver." (``_casualty_care``); "One person is dead" and "73
residents of the building, including ..." completing the toll before
(``_casualty_link``); "As a result of these attacks" placing its toll
(``_casualty_backplace``); "since 7 October 2023" (``_numback``).
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Toll = tuple[str, int | None, int | None]

CASES: list[tuple[str, list[Toll]]] = [
    # An update raising "the number of dead" replaces the morning toll across paragraphs.
    (
        "At least four people were killed in the night attack on Kyiv, and 22 more were "
        "injured, the mayor wrote.\n\nBy evening, the mayor raised the number of dead to six. "
        "The number of injured rose to 29.",
        [("people", 6, 29)],
    ),
    (
        "Three people died and 17 were wounded in Kharkiv, the governor said. In the "
        "afternoon, prosecutors raised the number of dead to five and the number of wounded "
        "to 24.",
        [("people", 5, 24)],
    ),
    # The last comparable attack, in the pluperfect: background, with its subgroup.
    (
        "A missile killed two residents and injured nine, the city said. The last comparably "
        "heavy attack on the capital, in late August, had killed 23 people.",
        [("residents", 2, 9)],
    ),
    (
        "The previous major strike on the city, in early October, had left 17 people dead.",
        [],
    ),
    (
        "The last similar attack on Ternopil had killed 31 people, among them six children.",
        [],
    ),
    # ... while the latest attack told in the simple past stays the story's toll.
    ("The latest attack on the city killed five people, the mayor said.", [("people", 5, None)]),
    # The harmed identified by age after their toll: no new record.
    (
        "Two people were killed and 11 injured, among them three children. The injured "
        "children are a four-year-old girl and two boys aged nine and 16.",
        [("people", 2, 11), ("children", None, 3)],
    ),
    (
        "Three civilians were killed in the shelling. The dead are a 67-year-old man and two "
        "women aged 45 and 71.",
        [("civilians", 3, None)],
    ),
    # The verb past an appositive share is the figure's own harm.
    (
        "The strike killed four Palestinians, while 14 people, eight of them children, were "
        "wounded.",
        [("Palestinians", 4, None), ("people", None, 14), ("children", None, 8)],
    ),
    (
        "Three soldiers died and 11 civilians, four of them women, were wounded.",
        [("soldiers", 3, None), ("civilians", None, 11), ("women", None, 4)],
    ),
    # Bracketed subgroups of both kinds: one record of the group.
    (
        "The final toll of the attack is 45 dead (including 6 children) and 79 injured "
        "(including 16 children).",
        [("people", 45, 79), ("children", 6, 16)],
    ),
    (
        "Prosecutors put the toll at 12 killed (among them 2 children) and 64 injured (among "
        "them 9 children).",
        [("people", 12, 64), ("children", 2, 9)],
    ),
    # A later lead of the other harm completes the subgroup.
    (
        "At least seven people were killed, among them two children, in Dnipro. Injured "
        "there were 31.\n\nAmong the injured are six children, the governor said later.",
        [("people", 7, 31), ("children", 2, 6)],
    ),
    # ... but not a subgroup that was never counted ("a child").
    (
        "The attack killed five people, including a child, and wounded 18. Among the injured "
        "are four children, the police added.",
        [("people", 5, 18), ("children", None, 4)],
    ),
    # The spokesman's figure after his quote completes the toll.
    (
        "At least 14 people were killed in an air strike on a market, a medical network "
        "said.\n\n“The market was full,” a doctor told AFP. She added that more than 30 "
        "others had been injured.",
        [("people", 14, 30)],
    ),
    # The care of the whole told first, then the share.
    (
        "Two people were killed and five injured in Sumy. The injured were taken to hospital; "
        "one of them was in critical condition.",
        [("people", 2, 5), ("people", None, 1)],
    ),
    # ... also past a sentence naming one of the dead.
    (
        "A drone hit a trolleybus, killing two people and injuring five. Among the dead is "
        "the driver. The injured were taken to hospital; one of them was in critical "
        "condition.",
        [("people", 2, 5), ("people", None, 1)],
    ),
    # "One person is dead" completes a rise of the injured.
    (
        "In the attack on Pavlohrad, the number of injured has risen to 61. One person is "
        "dead, the administration reported.",
        [("people", 1, 61)],
    ),
    # The group's own phrase before an aside.
    (
        "The toll has risen to 21 dead, the governor said. According to the latest count, 73 "
        "residents of the building, including 14 children, were wounded.",
        [("people", 21, 73), ("children", None, 14)],
    ),
    # A toll told as the result of the sentence naming other places.
    (
        "In Kharkiv, a drone hit a house. Two people were wounded there.\n\nRussian drones "
        "also struck Kyiv and the Sumy region. As a result of these attacks at least two "
        "people were wounded.",
        [("people", None, 2), ("people", None, 2)],
    ),
    # A running total since a day-first date.
    (
        "In the past day, 14 Palestinians were killed and 108 were wounded, the ministry "
        "said. Since 7 October 2023, the total death toll has risen to 44,249.",
        [("Palestinians", 14, 108)],
    ),
    ("Since 24 February 2022, the toll of civilians killed in the region has reached 1,870.", []),
    # Equal tolls of two places where the first names its town only as "shelling of X"
    # (dnum48-020): the attack noun's object places the first (pipeline.extract._n24place).
    (
        "Two civilians were killed in Russian shelling of Kherson on Monday.\n\nIn the "
        "Mykolaiv region, a drone attack on Ochakiv also claimed lives. As a result, two "
        "people were killed, the governor wrote.",
        [("civilians", 2, None), ("people", 2, None)],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_casualty_translated11(text: str, tolls: list[Toll]) -> None:
    got = [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert got == tolls

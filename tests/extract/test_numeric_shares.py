"""The readings added with ``dev_numeric14``: shares, past dates, place lists, care subgroups.

Minimal sentences for each family, so a regression names the reading that broke rather
than a passage of the batch.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract._airclass import missile_class
from pipeline.extract._airshare import appositive_share, whole_of_share
from pipeline.extract._casualty_each import further_places
from pipeline.extract._pastdate import past_dated, since_lead
from pipeline.extract.model import Casualty, Interception
from tests.extract.found import strike_rows as _strikes


def _casualties(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]


def _interceptions(text: str) -> list[tuple[str, int | None, int | None]]:
    return [
        (f.weapon, f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("eight Iskander-M ballistic missiles", "ballistic"),
        ("14 Kh-101 cruise missiles", "cruise"),
        ("three of the ballistic missiles", "ballistic"),
        ("12 Kalibr missiles", "cruise"),
        ("five missiles", None),
    ],
)
def test_missile_class(text: str, expected: str | None) -> None:
    assert missile_class(text, 0) == expected


def test_share_pairs_with_its_class() -> None:
    text = (
        "Russia fired eight Iskander-M ballistic missiles and 14 Kh-101 cruise missiles "
        "overnight, the air force said, adding that air defences had brought down three of "
        "the ballistic missiles and all 14 cruise missiles."
    )
    assert sorted(_interceptions(text)) == [("missile", 8, 3), ("missile", 14, 14)]
    assert _strikes(text) == []


def test_whole_of_share() -> None:
    text = "Total: 152 air targets, 126 of them neutralised"
    assert whole_of_share(text, text.index(" air targets") + len(" air targets"))
    assert whole_of_share("87 targets, of which 70 were shot down", len("87 targets"))
    assert not whole_of_share("40 drones, 30 of them over Kyiv", len("40 drones"))


def test_tally_total_line() -> None:
    text = "The tally read as follows.\nTotal: 152 air targets, 126 of them neutralised"
    assert _interceptions(text) == [("mixed", 152, 126)]


def test_appositive_share() -> None:
    text = "The largest share, 17, was destroyed over the Kharkiv region."
    start = text.index("17")
    assert appositive_share(text, start, start + 2) is not None
    plain = "The convoy, 17, was destroyed over the Kharkiv region."
    assert appositive_share(plain, plain.index("17"), plain.index("17") + 2) is None


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("In a strike on the same district last April, 11 people died.", True),
        ("The week before, he had said Russia used 900 drones.", True),
        ("The clashes followed a bombing on May 14, in which 19 officers were killed.", True),
        ("The attack came on Sept. 7, when 810 drones were launched.", True),
        ("Russia fired 40 drones at Ukraine last night.", False),
        ("A strike on Monday killed five people.", False),
    ],
)
def test_past_dated(text: str, dated: bool) -> None:
    assert past_dated(text, 0, len(text)) is dated


def test_since_lead() -> None:
    assert since_lead("Since October 2023 Hezbollah has fired rockets, killing 45 civilians.")
    assert not since_lead("Since the strike, two more people have died in hospital.")


@pytest.mark.parametrize(
    "text",
    [
        "Since November 2023 the Houthis have attacked 100 ships, killing four seafarers.",
        "Russia lost 1,040 troops killed or wounded over the day.",
        "Russian casualties came to about 1,020 killed and wounded.",
        "In a missile attack on the market last August, 17 people died.",
    ],
)
def test_no_casualty(text: str) -> None:
    assert _casualties(text) == []


def test_further_places() -> None:
    text = "two each in Shostka, Konotop and Okhtyrka, the administration said"
    first = text.index("Shostka") + len("Shostka")
    assert [text[:end].split()[-1] for end in further_places(text, 3, first)] == [
        "Konotop",
        "Okhtyrka",
    ]
    assert further_places("two in Shostka, Konotop", 3, 14) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drone attacks injured six people across the Sumy region, two each in Shostka, "
            "Konotop and Okhtyrka.",
            [("people", None, 6), ("people", None, 2), ("people", None, 2), ("people", None, 2)],
        ),
        (
            "Two people died in Kostiantynivka, one in Druzhkivka and one in the village of "
            "Mykolaivka, he said.",
            [("people", 2, None), ("people", 1, None), ("people", 1, None)],
        ),
        (
            "Five people were injured in the Kharkiv region, three of them in the Izium "
            "district, the governor said.",
            [("people", None, 5), ("people", None, 3)],
        ),
        (
            "A strike injured 48 people. The hospital had admitted 23 of the injured, five of "
            "them in critical condition.",
            [("people", None, 48), ("people", None, 23), ("people", None, 5)],
        ),
        (
            "A drone attack injured 11 people. Four of the injured were in hospital, he said.",
            [("people", None, 11), ("people", None, 4)],
        ),
        (
            "The assault killed at least 300 civilians, 194 of whom were summarily executed.",
            [("civilians", 300, None), ("civilians", 194, None)],
        ),
    ],
)
def test_casualty_shares(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _casualties(text) == expected


def test_vague_outcome_before_launch() -> None:
    text = (
        "Most of the projectiles were intercepted over the Upper Galilee, the military said. "
        "About 30 rockets were fired from southern Lebanon in the barrage."
    )
    assert _interceptions(text) == [("missile", 30, None)]
    assert _strikes(text) == []


def test_destruction_of_is_an_outcome() -> None:
    text = (
        "Air defence systems recorded the destruction of two guided aircraft bombs and 104 "
        "fixed-wing drones, the ministry said."
    )
    assert sorted(_interceptions(text)) == [("drone", None, 104), ("missile", None, 2)]
    assert _strikes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv came under attack from 20 drones and six cruise missiles. All the missiles "
            "and 18 drones were destroyed.",
            [("drone", 20, 18), ("missile", 6, 6)],
        ),
        (
            "Russia had fired four Iskander-K cruise missiles and two Kh-31P missiles; none "
            "were shot down.",
            [("missile", 2, 0), ("missile", 4, 0)],
        ),
        (
            "Overnight, 48 Russian drones were heading for the Kharkiv region. The governor "
            "said that 40 had been destroyed.",
            [("drone", 48, 40)],
        ),
        (
            "About 40 rockets had been fired from Lebanon, with some intercepted and others "
            "falling in open areas.",
            [("missile", 40, None)],
        ),
        (
            "The attack was carried out with at least 20 drones, the governor said, adding "
            "that 17 had been shot down.",
            [("drone", 20, 17)],
        ),
        (
            "The ministry said it had downed 40 drones. Sobyanin said nine of the drones "
            "were heading for the capital.",
            [("drone", None, 9), ("drone", None, 40)],
        ),
    ],
)
def test_launch_readings(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert sorted(_interceptions(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sixteen people were hurt in Kharkiv. Seven of the 16 were taken to hospital.",
            [("people", None, 16), ("people", None, 7)],
        ),
        (
            "Two rescue workers were killed. Three of their colleagues were injured.",
            [("workers", 2, None), ("colleagues", None, 3)],
        ),
        (
            "Strikes killed 38 people. Twelve of them died in a strike on a house in Jabalia, "
            "among them five children.",
            [("people", 38, None), ("people", 12, None), ("children", 5, None)],
        ),
        (
            "Air defences downed 12 drones, and debris from one of them wounded four soldiers.",
            [("soldiers", None, 4)],
        ),
    ],
)
def test_more_casualty_shares(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia hit Ukraine with 400 drones and 40 missiles, and air defences took out "
            "380 drones and 35 missiles.",
            [("drone", 400, 380), ("missile", 40, 35)],
        ),
        (
            "Air defences were active in nine regions, knocking out 61 drones.",
            [("drone", None, 61)],
        ),
        ("More than half of the 90 drones were shot down.", [("drone", 90, None)]),
        (
            "Russian forces shot down 4 JDAM guided bombs and 2 HIMARS shells.",
            [("missile", None, 2), ("missile", None, 4)],
        ),
    ],
)
def test_outcome_words(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert sorted(_interceptions(text), key=str) == sorted(expected, key=str)


def test_knocking_out_power_is_no_outcome() -> None:
    text = "Russia fired 20 missiles at Ukraine overnight, knocking out power to 500,000 homes."
    assert _strikes(text) == [("missile", 20)]
    assert _interceptions(text) == []


def test_appended_list_after_attribution() -> None:
    text = (
        "Russian forces dropped more than 800 guided bombs on Ukraine this week, Zelensky "
        "said, along with 1,100 attack drones and nearly 50 missiles."
    )
    assert _strikes(text) == [("glide_bomb", 800), ("drone", 1100), ("missile", 50)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A missile strike killed 11 people. Five of the dead were from one family.",
            [("people", 11, None), ("family members", 5, None)],
        ),
        (
            "Three Israeli soldiers were killed and two were seriously wounded in Gaza.",
            [("soldiers", 3, 2)],
        ),
        (
            "The strikes killed 19 people in Gaza City, including a journalist, and 12 in "
            "Khan Younis.",
            [("people", 19, None), ("people", 12, None)],
        ),
        (
            "The IDF said 18 soldiers were wounded in fighting in the Gaza Strip over the "
            "past day, three of them seriously.",
            [("soldiers", None, 18), ("soldiers", None, 3)],
        ),
    ],
)
def test_casualty_phrasing(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia attacked Ukraine overnight with 75 drones. Over the Kyiv region, 20 were "
            "shot down; over the Chernihiv region, 11. In total, air defences destroyed 58 "
            "drones, the air force said.",
            [("drone", 75, 58), ("drone", None, 20), ("drone", None, 11)],
        ),
        (
            "The air force said Russia had launched 36 missiles. The city said 12 cruise "
            "missiles were shot down near the capital, and the air force later said 30 "
            "missiles had been downed in all.",
            [("missile", 36, 30), ("missile", None, 12)],
        ),
        (
            "Russia attacked with four Kh-22 missiles. None of the Kh-22s could be "
            "intercepted, the air force said.",
            [("missile", 4, 0)],
        ),
    ],
)
def test_share_before_total(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert sorted(_interceptions(text), key=str) == sorted(expected, key=str)
    assert _strikes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A strike wounded 23 people. Of the 23 wounded, 17 remain in hospital, including "
            "four children.",
            [("people", None, 23), ("people", None, 17), ("children", None, 4)],
        ),
        (
            "Authorities said 31 people had died, 16 of them in the town of Balakliia.",
            [("people", 31, None), ("people", 16, None)],
        ),
    ],
)
def test_fronted_and_place_shares(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _casualties(text) == expected


def test_vague_outcome_of_another_attack() -> None:
    text = (
        "Most of the drones were shot down over Kyiv, the city's mayor said. In the Odesa "
        "region, Russia sent 30 drones against the port of Izmail, the governor said."
    )
    assert _interceptions(text) == []
    assert _strikes(text) == [("drone", 30)]


def test_vast_majority_is_a_vague_outcome() -> None:
    text = (
        "Iran launched around 180 ballistic missiles. Israel said the vast majority were "
        "intercepted."
    )
    assert _interceptions(text) == [("missile", 180, None)]

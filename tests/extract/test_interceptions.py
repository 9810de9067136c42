"""Air-defence reports: launched N, shot down M, one event per weapon."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike


def interceptions(text: str) -> list[Interception]:
    found = [f for f in extract(text) if isinstance(f, Interception)]
    for f in found:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text
        assert 0.0 < f.confidence <= 1.0
    return found


def row(i: Interception) -> tuple[object, ...]:
    return (i.weapon, i.weapon_model, i.launched, i.intercepted, i.all_intercepted, i.location)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine out of eleven drones sent towards Lviv were downed before dawn.",
            [("drone", None, 11, 9, False, "Lviv")],
        ),
        # "neither of which" is a stated zero; uncrewed boats are sea drones.
        (
            "The enemy fired two Kh-59 missiles at Odesa, neither of which was shot down.",
            [("missile", "Kh-59", 2, 0, False, "Odesa")],
        ),
        (
            "The navy said it had destroyed four unmanned surface vessels overnight.",
            [("drone", None, None, 4, False, None)],
        ),
        (
            "Russia sent 73 Shahed-136 drones at Ukraine overnight; 66 were destroyed.",
            [("drone", "Shahed-136", 73, 66, False, "Ukraine")],
        ),
        (
            "Ukrainian air defence shot down 17 of 20 cruise missiles.",
            [("missile", None, 20, 17, False, "Ukraine")],
        ),
        (
            "The air force intercepted all 8 Kalibr missiles fired from the Black Sea.",
            [("missile", "Kalibr", 8, 8, True, None)],
        ),
        (
            "Russia launched 35 drones at Ukraine. Air defences destroyed 31 of them.",
            [("drone", None, 35, 31, False, "Ukraine")],
        ),
        (
            "A further 12 drones were shot down or suppressed by electronic warfare.",
            [("drone", None, None, 12, False, None)],
        ),
        (
            "Russia fired 4 Iskander-M missiles at Dnipro; none of the missiles were intercepted.",
            [("missile", "Iskander-M", 4, 0, False, "Dnipro")],
        ),
    ],
)
def test_interceptions(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [row(i) for i in interceptions(text)] == expected


def test_all_shot_down_without_counts() -> None:
    text = "Russia attacked Ukraine with Geran-2 drones overnight. All drones were destroyed."
    (i,) = interceptions(text)
    assert row(i) == ("drone", "Geran-2", None, None, True, "Ukraine")
    assert i.evidence.text == "All drones were destroyed."


def test_bare_all_covers_every_weapon_just_launched() -> None:
    text = "The enemy launched 3 ballistic missiles and 25 drones at Kharkiv; all were shot down."
    assert [row(i) for i in interceptions(text)] == [
        ("missile", None, 3, 3, True, "Kharkiv"),
        ("drone", None, 25, 25, True, "Kharkiv"),
    ]


def test_per_weapon_figures_and_a_stated_total() -> None:
    text = (
        "Russia attacked with 52 drones and 6 missiles overnight. Air defence downed "
        "44 drones and 5 missiles. In total, 49 air attack assets were neutralised."
    )
    found = interceptions(text)
    assert [row(i) for i in found] == [
        ("drone", None, 52, 44, False, None),
        ("missile", None, 6, 5, False, None),
        ("mixed", None, None, 49, False, None),
    ]
    assert found[0].evidence.text.startswith("Russia attacked with 52 drones")
    assert found[2].evidence.text == "49 air attack assets were neutralised."


def test_combined_total_of_missiles_and_drones_is_mixed() -> None:
    text = "Air defences destroyed a combined 58 missiles and drones, the air force said."
    assert [row(i) for i in interceptions(text)] == [("mixed", None, None, 58, False, None)]


def test_model_named_earlier_in_the_paragraph() -> None:
    text = (
        "Russia attacked Ukraine with Shahed-131/136 drones overnight, the air force said. "
        "The mayor said the capital was a target. Four out of six drones launched to Kyiv "
        "were downed."
    )
    (i,) = interceptions(text)
    assert row(i) == ("drone", "Shahed-131/136", 6, 4, False, "Kyiv")


def test_per_weapon_models_in_one_clause() -> None:
    text = "The air force destroyed 18 of 21 Kh-101 and Kalibr cruise missiles overnight."
    (i,) = interceptions(text)
    assert (i.weapon_model, i.launched, i.intercepted) == ("Kh-101/Kalibr", 21, 18)


def test_a_report_is_not_also_a_strike() -> None:
    text = "Russia launched 64 drones at Ukraine overnight. Air defences destroyed 50 of them."
    found = extract(text)
    assert [type(f) for f in found if isinstance(f, (Interception, Strike))] == [Interception]
    assert not any(isinstance(f, Strike) for f in found)


def test_launch_without_outcome_is_a_strike() -> None:
    text = "Russia launched 64 drones at Ukraine overnight, the air force said."
    assert interceptions(text) == []
    (s,) = [f for f in extract(text) if isinstance(f, Strike)]
    assert (s.count, s.weapon, s.period) == (64, "drone", "overnight")


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine has shot down a Russian Su-34 jet, the air force said.",
        "The Boeing 777 was shot down over eastern Ukraine in 2014.",
        "Drones damaged 14 houses in the village.",
        "Russia's 2022 attacks destroyed 40 percent of the grid.",
        "Air defence was active in 12 regions, officials said.",
        "Debris from a downed drone injured 3 people.",
        "Air defences worked for 5 hours in all.",
    ],
)
def test_not_an_interception(text: str) -> None:
    assert interceptions(text) == []


def test_partitive_figure_and_a_stated_miss() -> None:
    text = (
        "Russia sent 38 Shahed drones and two Kinzhal missiles against Ukraine overnight. "
        "Air defence crews downed 30 of the drones, but the missiles were not intercepted."
    )
    assert [row(i) for i in interceptions(text)] == [
        ("drone", "Shahed-131/136", 38, 30, False, "Ukraine"),
        ("missile", "Kinzhal", 2, 0, False, "Ukraine"),
    ]


def test_unrelated_launch_next_to_a_report_stays_a_strike() -> None:
    text = "Russia fired 26 rockets at Nikopol. Separately, 8 out of 9 drones were shot down."
    found = extract(text)
    assert [(type(f).__name__, f.evidence.text) for f in found if not hasattr(f, "speaker")] == [
        ("Strike", "Russia fired 26 rockets at Nikopol"),
        ("Interception", "8 out of 9 drones were shot down."),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Of the N ..., M were ...": one report, the first figure is the launch.
        (
            "Of the 23 drones sent against Odesa before dawn, 19 were downed.",
            [("drone", None, 23, 19, False, "Odesa")],
        ),
        (
            "Out of the 7 missiles the enemy fired, five were intercepted, the air force said.",
            [("missile", None, 7, 5, False, None)],
        ),
        # ... unless the figure is itself the outcome ("Of the 35 drones destroyed, ...").
        (
            "Of the 35 drones destroyed overnight, 11 were downed over the Sumy region.",
            [
                ("drone", None, None, 35, False, None),  # the total is not all over Sumy
                ("drone", None, None, 11, False, "Sumy region"),
            ],
        ),
        # A combined launch figure pairs with the outcome that names no weapon.
        (
            "In all, Russia launched 71 air attack assets, among them 64 drones and 7 missiles. "
            "Air defence neutralised 58 of them.",
            [
                ("mixed", None, 71, 58, False, None),
                ("drone", None, 64, None, False, None),
                ("missile", None, 7, None, False, None),
            ],
        ),
        (
            "Russia fired 5 missiles and 33 drones overnight, 38 in total. Air defence downed 30.",
            [
                ("missile", None, 5, None, False, None),
                ("drone", None, 33, None, False, None),
                ("mixed", None, 38, 30, False, None),
            ],
        ),
        # "Both" states a count of two.
        (
            "Both Kh-59 missiles were shot down over the Poltava region.",
            [("missile", "Kh-59", 2, 2, True, "Poltava region")],
        ),
        (
            "Russia launched two ballistic missiles at Dnipro; both were intercepted.",
            [("missile", None, 2, 2, True, "Dnipro")],
        ),
        # "Most, but not all" states an outcome without a figure: one interception with
        # the launch figure only (intercepted null), and no strike (below).
        (
            "Russia sent 45 drones towards Kyiv; defenders destroyed most, but not all, of them.",
            [("drone", None, 45, None, False, "Kyiv")],
        ),
        (
            "Mobile fire groups shot down most of the 26 drones, but not all of them.",
            [("drone", None, 26, None, False, None)],
        ),
        # Weapons lost from radar or "locationally lost" are not shot down.
        (
            "Russia launched 61 drones. Air defence shot down 44 of them, while 17 were "
            "locationally lost.",
            [("drone", None, 61, 44, False, None)],
        ),
        (
            "Of 30 drones launched overnight, 21 were destroyed and nine were lost from radar.",
            [("drone", None, 30, 21, False, None)],
        ),
        # Russian Defence Ministry claims, with per-region shares as their own records.
        (
            "Russia's Defence Ministry said duty air defence systems destroyed 27 Ukrainian "
            "aircraft-type drones overnight.",
            [("drone", None, None, 27, False, "Russia")],
        ),
        (
            "Air defence units intercepted 36 Ukrainian fixed-wing UAVs overnight: 21 over the "
            "Bryansk region, 10 over the Tula region and five over Crimea.",
            [
                ("drone", None, None, 36, False, None),  # the regions are the shares'
                ("drone", None, None, 21, False, "Bryansk region"),
                ("drone", None, None, 10, False, "Tula region"),
                ("drone", None, None, 5, False, "Crimea"),
            ],
        ),
        (
            "The ministry said 14 drones were downed over the Lipetsk region and three over "
            "the Smolensk region.",
            [
                ("drone", None, None, 14, False, "Lipetsk region"),
                ("drone", None, None, 3, False, "Smolensk region"),
            ],
        ),
        # Tally lines name the weapon before the figure.
        (
            "Shahed drones: 112, of which 87 were shot down or jammed.",
            [("drone", "Shahed-131/136", 112, 87, False, None)],
        ),
        (
            "Kalibr missiles - 6, all of them shot down.",
            [("missile", "Kalibr", 6, 6, True, None)],
        ),
        # A finite "attacked" after the figure states a launch; "tracked" drones came in.
        (
            "Around 70 drones attacked Odesa overnight; 58 were downed.",
            [("drone", None, 70, 58, False, "Odesa")],
        ),
        (
            "In all, 35 drones were recorded over the region, and 30 were neutralised.",
            [("drone", None, 35, 30, False, None)],
        ),
        # "Lost in location" is never shot down; "five more suppressed" is.
        (
            "Of the 75 drones launched, 48 were shot down and 22 were lost in location.",
            [("drone", None, 75, 48, False, None)],
        ),
        (
            "Twelve drones were destroyed over Crimea and five more suppressed by jamming.",
            [("drone", None, None, 12, False, "Crimea"), ("drone", None, None, 5, False, "Crimea")],
        ),
    ],
)
def test_report_shapes(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [row(i) for i in interceptions(text)] == expected


@pytest.mark.parametrize(
    ("text", "strikes", "reports"),
    [
        # "multiple launch rocket system" names a weapon, not a launch: all shot down.
        (
            "Air defences shot down nine rockets of the multiple launch rocket system and 40 "
            "drones, the ministry said.",
            [],
            2,
        ),
        # A running total since the start of the operation is background.
        (
            "In all, since the start of the offensive, 4,120 drones and 212 missiles have been "
            "shot down, the ministry said.",
            [],
            0,
        ),
        # No outcome stated: a strike report, even when the text says none was given.
        (
            "Russia struck Ukraine with 6 missiles and 28 drones overnight, the air force said, "
            "without saying how many had been shot down.",
            [("missile", 6), ("drone", 28)],
            0,
        ),
        (
            "Russia attacked Zaporizhzhia with 12 drones; officials did not say whether any "
            "were intercepted.",
            [("drone", 12)],
            0,
        ),
        # Hits after an air-defence report belong to it, not extra strikes.
        (
            "Russia launched 40 drones and 6 missiles overnight. Air defences destroyed 35 "
            "drones and 4 missiles. Two missiles hit a substation in the Rivne region.",
            [],
            2,
        ),
        (
            "Of 18 drones, 15 were shot down, but three drones struck warehouses near Lviv.",
            [],
            1,
        ),
        # Without a report, a hit is a strike.
        (
            "Three drones hit a depot in the Sumy region overnight, the governor said.",
            [("drone", 3)],
            0,
        ),
    ],
)
def test_strike_or_report(text: str, strikes: list[tuple[str, int]], reports: int) -> None:
    found = [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)]
    assert found == strikes
    assert len(interceptions(text)) == reports


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N of which were destroyed": one report, launched N.
        (
            "About thirty projectiles were fired from Lebanon at the Galilee, 18 of which were "
            "intercepted.",
            [("missile", None, 30, 18, False, None)],
        ),
        (
            "Russia sent 48 drones against Ukraine, 37 of which were destroyed, the air force "
            "said.",
            [("drone", None, 48, 37, False, "Ukraine")],
        ),
        (
            "The enemy fired 6 Iskander-M missiles, four of which were intercepted.",
            [("missile", "Iskander-M", 6, 4, False, None)],
        ),
        # "targeted X with N" is a launch; the outcome may come in the next sentence.
        (
            "Russia targeted Ukraine with 52 drones overnight. The air force said 41 had been "
            "shot down.",
            [("drone", None, 52, 41, False, "Ukraine")],
        ),
        # A per-region breakdown of a stated total: each region is its own interception
        # next to the total (as dev_numeric's dnum-002 and the held-out set label it).
        (
            "Air defences destroyed 39 drones overnight. Twelve were downed over the Kursk "
            "region, 20 over Bryansk and 7 over Oryol.",
            [("drone", None, None, 39, False, None),
             ("drone", None, None, 12, False, "Kursk region"),
             ("drone", None, None, 20, False, "Bryansk"),
             ("drone", None, None, 7, False, "Oryol")],
        ),
    ],
)  # fmt: skip
def test_real_wire_phrasing(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [row(i) for i in interceptions(text)] == expected
    assert not [f for f in extract(text) if isinstance(f, Strike)]


# Full-length articles: a definite back-reference ("35 of the missiles", "both drones")
# pairs with that weapon's launch figure paragraphs earlier; the launch is then no strike.
# Rows are (weapon, launched, intercepted, all_intercepted) and the strikes' (weapon, count).
FAR_PAIRS: list[tuple[str, list[tuple[object, ...]], list[tuple[str, int]]]] = [
    (
        "Russia attacked power plants in six regions overnight with 52 missiles and 160 drones, "
        "the energy ministry said.\n\nThe air force said air defences had shot down 44 of the "
        "missiles and 131 of the drones.",
        [("missile", 52, 44, False), ("drone", 160, 131, False)],
        [],
    ),
    (
        "The Houthis fired four ballistic missiles and two drones at a tanker in the Gulf of "
        "Aden on Monday, the U.S. military said.\n\nA U.S. destroyer shot down both drones, "
        "the military said.",
        [("drone", 2, 2, True)],
        [("missile", 4)],
    ),
    (
        "The army said two drones crossed from Lebanon and one was intercepted.",
        [("drone", 2, 1, False)],
        [],
    ),
    (  # "all N" points back to a launch of exactly N
        "The Houthis launched five drones and two rockets at a frigate on Friday, a spokesman "
        "said.\n\nThe navy said its warships had destroyed all five Houthi drones.",
        [("drone", 5, 5, True)],
        [("rocket", 2)],
    ),
    (  # an indefinite figure in a later paragraph is its own report
        "Russia launched 30 drones at Odesa overnight, the navy said.\n\nIn a separate "
        "report, Belarus said its air defences shot down 3 drones near the border.",
        [("drone", None, 3, False)],
        [("drone", 30)],
    ),
]


@pytest.mark.parametrize(("text", "expected", "strikes"), FAR_PAIRS)
def test_definite_reference_pairs_across_paragraphs(
    text: str, expected: list[tuple[object, ...]], strikes: list[tuple[str, int]]
) -> None:
    got = [(i.weapon, i.launched, i.intercepted, i.all_intercepted) for i in interceptions(text)]
    found = [(s.weapon, s.count) for s in extract(text) if isinstance(s, Strike)]
    assert (got, found) == (expected, strikes)


# "engaged N ..., destroying M of them" is what came in and what went down; "neither"
# after hits states two launched, none intercepted; a total before a colon list of
# regions is not placed in the first region.
ENGAGED_AND_NEITHER: list[tuple[str, list[tuple[int | None, int | None, bool]]]] = [
    (
        "U.S. Navy destroyers engaged nine Houthi drones over the Gulf of Aden, downing "
        "eight of them, the command said.",
        [(9, 8, False)],
    ),
    (
        "Israeli air defences engaged 20 rockets fired from Lebanon and intercepted 17.",
        [(20, 17, False)],
    ),
    ("Air defences engaged and destroyed 40 drones over the Kyiv region.", [(None, 40, False)]),
    (
        "Two ballistic missiles hit the port of Odesa on Monday; neither was intercepted, "
        "the navy said.",
        [(2, 0, False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGAGED_AND_NEITHER)
def test_engaged_and_neither(
    text: str, expected: list[tuple[int | None, int | None, bool]]
) -> None:
    found = [(i.launched, i.intercepted, i.all_intercepted) for i in interceptions(text)]
    assert found == expected
    assert not [f for f in extract(text) if isinstance(f, Strike)]


def test_colon_list_total_keeps_no_region() -> None:
    text = (
        "“Air defence systems destroyed 64 fixed-wing unmanned aerial vehicles: 30 over the "
        "Belgorod region, 20 over the Kursk region and 14 over the Bryansk region,” the "
        "ministry said."
    )
    assert [(i.intercepted, i.location) for i in interceptions(text)] == [
        (64, None),
        (30, "Belgorod region"),
        (20, "Kursk region"),
        (14, "Bryansk region"),
    ]


# Russian Defence Ministry daily lists ("operational-tactical", "anti-radar") and a
# shoot-down figure split by method ("of which 98 were shot down and 19 were lost"),
# which is part of the outcome before it, never a report of its own or a share of
# a launch figure smaller than itself.
MOD_LISTS_AND_BREAKDOWNS: list[tuple[str, list[tuple[str, int | None, int | None]]]] = [
    (
        "Air defences shot down five operational-tactical ATACMS missiles and two American "
        "HARM anti-radar missiles over the past day, the ministry said.",
        [("missile", None, 5), ("missile", None, 2)],
    ),
    (
        "Russia launched three S-300 guided anti-aircraft missiles and 140 drones overnight. "
        "Air defence neutralised 105 drones, of which 90 were shot down and 15 were "
        "locationally lost.",
        [("drone", 140, 105)],
    ),
    (
        "Russia launched 80 drones overnight, of which 64 were shot down.",
        [("drone", 80, 64)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOD_LISTS_AND_BREAKDOWNS)
def test_mod_lists_and_breakdowns(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert [(i.weapon, i.launched, i.intercepted) for i in interceptions(text)] == expected


def test_anti_aircraft_missiles_fired_at_ground_are_a_strike() -> None:
    text = "Russia launched three S-300 guided anti-aircraft missiles at Kharkiv overnight."
    assert [(s.weapon, s.count) for s in extract(text) if isinstance(s, Strike)] == [("missile", 3)]


# Launch figures stated after their outcomes, behind "out of", pair per weapon.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air defences shot down 20 missiles and 150 drones out of 160 drones and 25 "
            "missiles launched overnight, the air force said.",
            [("missile", 25, 20), ("drone", 160, 150)],
        ),
        (
            "Ukraine downed 44 drones out of 50 launched by Russia.",
            [("drone", 50, 44)],
        ),
    ],
)
def test_launches_after_outcomes(text: str, expected: list[tuple[str, int, int]]) -> None:
    found = sorted((i.weapon, i.launched, i.intercepted) for i in interceptions(text))
    assert found == sorted(expected)


# An outcome with no figure ("some of them were intercepted", "most were intercepted") makes
# the launch figure an interception (launched N, intercepted null), not a strike; "all"
# stays all of them; a vague outcome in another paragraph converts nothing.
@pytest.mark.parametrize(
    ("text", "expected", "strikes"),
    [
        (
            "Russia sent 45 drones towards Kyiv; defenders destroyed most, but not all, of them.",
            [(45, None, False)],
            [],
        ),
        (
            "About 30 rockets were fired from Lebanon at the Galilee, some of them were "
            "intercepted, the military said.",
            [(30, None, False)],
            [],
        ),
        (
            "Iran fired about 200 ballistic missiles at Israel; most were intercepted.",
            [(200, None, False)],
            [],
        ),
        ("Iran fired 12 ballistic missiles at Israel; all were intercepted.", [(12, 12, True)], []),
        (
            "Russia launched 23 Kalibr missiles at the Lviv region.\n\nIn a separate incident, "
            "drones entered Polish airspace. Most of them were shot down by Dutch jets.",
            [],
            [("missile", 23)],
        ),
        ("Iran launched a barrage of missiles at Israel. Most were intercepted.", [], []),
    ],
)
def test_unstated_outcome_is_an_interception(
    text: str, expected: list[tuple[int | None, int | None, bool]], strikes: list[tuple[str, int]]
) -> None:
    found = [(i.launched, i.intercepted, i.all_intercepted) for i in interceptions(text)]
    assert found == expected
    assert [(s.weapon, s.count) for s in extract(text) if isinstance(s, Strike)] == strikes


def test_launch_total_after_its_outcome_completes_it() -> None:
    text = (
        "Air defence shot down two Iskander-M ballistic missiles and 30 drones overnight. "
        "Russia had launched four Iskander-M missiles in total, the air force said."
    )
    found = [(i.weapon, i.launched, i.intercepted) for i in interceptions(text)]
    assert found == [("missile", 4, 2), ("drone", None, 30)]
    assert not [f for f in extract(text) if isinstance(f, Strike)]


# Launch and outcome in separate paragraphs (the fifth session's real-copy categories): a
# share ("N of them") or the same figure of the same weapon answers the previous
# paragraph's launch; different sides or a distant launch do not pair.
@pytest.mark.parametrize(
    ("text", "expected", "strikes_left"),
    [
        (
            "The Houthis said they had fired 12 ballistic missiles at the carrier.\n\n"
            "A U.S. official said none of the missiles hit the ship. Seven of them were shot "
            "down by Navy jets, the official said.",
            [("missile", 12, 7, False)],
            [],
        ),
        (
            "Russia's Defence Ministry said 27 Ukrainian drones attacked four regions "
            "overnight.\n\nSource: Russian Defence Ministry\n\nDetails: The ministry said 27 "
            "drones had been intercepted and destroyed.",
            [("drone", 27, 27, True)],
            [],
        ),
        (
            "The Russian army launched 44 drones at Ukraine overnight, the air force said.\n\n"
            "Air defences destroyed 40 of them, it said.",
            [("drone", 44, 40, False)],
            [],
        ),
        # Different sides: Russia's launch is not answered by Ukrainian drones downed.
        (
            "Russia launched 20 drones at Ukraine overnight, Kyiv said.\n\n"
            "Russia's Defence Ministry said it had downed 20 Ukrainian drones over Kursk.",
            [("drone", None, 20, False)],
            [("drone", 20)],
        ),
    ],
)
def test_outcome_answers_the_previous_paragraph(
    text: str, expected: list[tuple[object, ...]], strikes_left: list[tuple[str, int]]
) -> None:
    found = [(i.weapon, i.launched, i.intercepted, i.all_intercepted) for i in interceptions(text)]
    assert found == expected
    assert [(s.weapon, s.count) for s in extract(text) if isinstance(s, Strike)] == strikes_left


# Where debris came from is no shoot-down figure; a recap section is background.
@pytest.mark.parametrize(
    "text",
    [
        "Debris from one of them damaged a warehouse in Zhytomyr, the governor said.",
        "Falling fragments of one downed drone started a fire at a grain elevator.",
        "Fragments of two downed missiles fell on a playground in Kyiv, the mayor said.",
        "The wreckage of three destroyed drones was found in a field near Poltava.",
        "Kyiv's metro resumed service.\n\nBackground: Earlier, Russia said it had downed 40 "
        "drones over Bryansk Oblast last week.",
        "Shelters reopened in Sumy.\n\nRecall: Ukrainian defence forces shot down seven "
        "Russian drones over Sumy Oblast on 18 April.",
        "Last week, the Russian Defence Ministry said its forces had shot down 46 drones "
        "over the Belgorod region in a single night.",
    ],
)
def test_no_interception_from_debris_or_recaps(text: str) -> None:
    assert not interceptions(text)


def test_recap_ends_at_the_next_section_label() -> None:
    text = (
        "Background: On 3 March, air defences shot down 12 drones over Odesa.\n\n"
        "Update: The air force said it had shot down 9 drones over Mykolaiv overnight."
    )
    assert [i.intercepted for i in interceptions(text)] == [9]


# Per-region shares: compass adjectives, "region of X", "others", "Republic of X", and a
# share after a relative clause and a "Ukraine-launched" adjective.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four drones were shot down over the southern region of Kherson and four more "
            "over the central Dnipropetrovsk region, the governors said.",
            [(4, "Kherson"), (4, "Dnipropetrovsk region")],
        ),
        (
            "Air defences shot down 14 drones over the Belgorod region and six others over "
            "the Republic of Crimea.",
            [(14, "Belgorod region"), (6, "Republic of Crimea")],
        ),
        (
            "Units destroyed five Ukraine-launched drones over the Belgorod region, which "
            "borders Ukraine and two over the Voronezh region, the ministry said.",
            [(5, "Belgorod region"), (2, "Voronezh region")],
        ),
        (
            "Units downed one drone over the Bryansk region. The ministry said one drone was "
            "downed in central Oryol region.",
            [(1, "Bryansk region"), (1, "Oryol region")],
        ),
    ],
)
def test_region_shares_with_adjectives(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(i.intercepted, i.location) for i in interceptions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine downs 19 of Russia's 25 drones, air force says.", (25, 19)),
        ("Israel intercepted 90 of Iran's 100 missiles, the army said.", (100, 90)),
    ],
)
def test_possessive_launch_figure(text: str, expected: tuple[int, int]) -> None:
    assert [(i.launched, i.intercepted) for i in interceptions(text)] == [expected]


def test_share_subject_outcome_is_not_the_launch_figure() -> None:
    text = (
        "The military said “around 30 rockets were identified crossing from Lebanon,” "
        "some of which were intercepted."
    )
    # The 30 is no shoot-down; since the thirteenth session (h_air19, st4-013 relabelled) the
    # counted crossing with "some of which were intercepted" is the launch-only interception
    # the written "some of which" rule asks for, no strike.
    assert [(f.launched, f.intercepted) for f in interceptions(text)] == [(30, None)]
    assert [(s.weapon, s.count) for s in extract(text) if isinstance(s, Strike)] == []


# A model standing for the noun ("nine Shahed-136/131", "two Iskander-M"); "all targets"
# after launches of named weapons covers each of them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces launched nine Shahed-136/131 from Primorsko-Akhtarsk, and air "
            "defences shot down eight drones.",
            [("drone", 9, 8, False)],
        ),
        (
            "Russia launched four Iskander-M and 30 drones; air defences shot down two "
            "Iskander-M and 25 drones.",
            [("missile", 4, 2, False), ("drone", 30, 25, False)],
        ),
        (
            "Russians launched 35 attack drones over Ukraine; air defence forces destroyed all "
            "targets.",
            [("drone", 35, 35, True)],
        ),
        (
            "Russia launched 40 drones and two missiles at Ukraine overnight. Air defences "
            "destroyed all targets, the air force said.",
            [("drone", 40, 40, True), ("missile", 2, 2, True)],
        ),
    ],
)
def test_models_as_nouns_and_all_targets(text: str, expected: list[tuple[object, ...]]) -> None:
    found = [(i.weapon, i.launched, i.intercepted, i.all_intercepted) for i in interceptions(text)]
    assert found == expected


def _numbers(i: Interception) -> tuple[object, ...]:
    return (i.weapon, i.launched, i.intercepted, i.all_intercepted)


@pytest.mark.parametrize(
    ("text", "expected", "strikes"),
    [
        # An outcome told for part of the launch just counted joins that launch.
        (
            "Russia sent five drones towards the Belgorod region at night. Of the three UAVs "
            "flying at the city, two were shot down, the governor said.",
            [("drone", 5, 2, False)],
            0,
        ),
        # "All N targets" summing the missiles just launched is the missile report.
        (
            "Russia launched six Kalibr missiles at Odesa overnight. All six targets were "
            "destroyed by air defence, the navy said.",
            [("missile", 6, 6, True)],
            0,
        ),
        (
            "Russia fired eight cruise missiles at Lviv overnight, the governor said.\n\n"
            "All eight targets were downed over the region, he added.",
            [("missile", 8, 8, True)],
            0,
        ),
        # "N of the M" consumes the launch of M: no strike next to the report.
        (
            "The Houthis fired 12 drones at the ship. Ten of the 12 were intercepted, "
            "the navy said.",
            [("drone", 12, 10, False)],
            0,
        ),
        # The salvo as the subject of the outcome is all of it.
        (
            "Three drones launched from Yemen tried to reach Eilat but were shot down, "
            "the army said.",
            [("drone", 3, 3, True)],
            0,
        ),
        (
            "Four rockets were fired from Gaza and intercepted, the military said.",
            [("missile", 4, 4, True)],
            0,
        ),
        # One figure for each of two places: a record per place.
        (
            "Air defence units downed two drones each over the Kursk region and over the "
            "Oryol region, the ministry said.",
            [("drone", None, 2, False), ("drone", None, 2, False)],
            0,
        ),
        # "almost all" is not all: an outcome without a figure, so the launch figure only
        # (as "most were intercepted" and dnum20-008's "Nearly all of the 60 rockets").
        (
            "Iran fired 120 drones at Israel; nearly all of them were intercepted.",
            [("drone", 120, None, False)],
            0,
        ),
        (
            "Iran fired 80 drones at Israel. Almost all could be intercepted.",
            [("drone", 80, None, False)],
            0,
        ),
        ("Allied jets shot down almost all drones Iran launched.", [], 0),
    ],
)
def test_salvo_framings(text: str, expected: list[tuple[object, ...]], strikes: int) -> None:
    found = interceptions(text)
    assert [_numbers(i) for i in found] == expected
    assert sum(isinstance(f, Strike) for f in extract(text)) == strikes


def test_each_place_gets_its_own_location() -> None:
    found = interceptions(
        "Russian air defence destroyed one drone each in the Tula region and in the "
        "Kaluga region overnight."
    )
    assert [i.location for i in found] == ["Tula region", "Kaluga region"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "over the territory of the X region" is a per-region share like "over the X region".
        (
            "Air defences destroyed 9 Ukrainian UAVs: 5 over the territory of the Kursk region "
            "and 4 over the territory of the Belgorod region.",
            [(9, None), (5, "Kursk region"), (4, "Belgorod region")],
        ),
        # "N of them crashed / hit ..." are the ones not shot down.
        (
            "Russia sent 30 drones at Kharkiv. Air defence destroyed 24 of them; three of them "
            "crashed in a field and three hit warehouses.",
            [(24, "Kharkiv")],
        ),
    ],
)
def test_shares_of_a_report(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(i.intercepted, i.location) for i in interceptions(text)][: len(expected)] == expected
    assert len(interceptions(text)) == len(expected)


@pytest.mark.parametrize(
    ("text", "expected", "strikes"),
    [
        # "all but N": the launch minus the misses, whatever noun the launch had.
        (
            "The Houthis fired seven missiles at the ship. The destroyer shot down all but one.",
            [("missile", 7, 6, False)],
            0,
        ),
        (
            "Russia launched 48 drones at Sumy overnight.\n\nAir defence destroyed all but "
            "five of them, the regional administration said.",
            [("drone", 48, 43, False)],
            0,
        ),
        # No launch to read it against: nothing to report, no figure invented.
        ("Air defence destroyed all but two drones over the city.", [], 0),
        # "involved N" is a launch figure.
        (
            "The attack involved 16 drones, of which 14 were shot down.",
            [("drone", 16, 14, False)],
            0,
        ),
    ],
)
def test_all_but_and_involved(text: str, expected: list[tuple[object, ...]], strikes: int) -> None:
    assert [_numbers(i) for i in interceptions(text)] == expected
    assert sum(isinstance(f, Strike) for f in extract(text)) == strikes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N missiles ... were not intercepted" is a stated zero, the breakdown no report.
        (
            "Two missiles — an Iskander-M and a Kh-22 — were not intercepted, the air force said.",
            [("missile", 2, 0, False)],
        ),
        (
            "Air defence downed 30 of 34 drones, while four missiles were not shot down.",
            [("drone", 34, 30, False), ("missile", 4, 0, False)],
        ),
        # A breakdown in brackets after a shoot-down figure is part of it.
        (
            "Air defence destroyed 12 missiles (eight Kalibrs and four Kh-101s) over the south.",
            [("missile", None, 12, False)],
        ),
    ],
)
def test_stated_zero_and_asides(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [_numbers(i) for i in interceptions(text)] == expected


def test_shares_after_a_dash_stay_their_own_records() -> None:
    found = interceptions(
        "Air defence destroyed 50 drones overnight — 30 over the Bryansk region and 20 over "
        "the Kursk region, the ministry said."
    )
    assert [(i.intercepted, i.location) for i in found] == [
        (50, None),
        (30, "Bryansk region"),
        (20, "Kursk region"),
    ]


# A weapon list in subject position before a hit verb counts the ones that got through:
# no shoot-down, even with "downed" later in the sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia launched 80 drones and four missiles overnight, the air force said, and air "
            "defences downed 60 of the drones. The air force said 14 drones and one missile "
            "had hit targets, while debris from downed drones fell in two districts.",
            [("drone", None, 80, 60, False, None)],
        ),
        (
            "Air defences shot down 50 drones and two missiles hit a school, the air force said.",
            [("drone", None, None, 50, False, None)],
        ),
        (
            "Air defences downed 50 drones, while 15 drones and two missiles hit targets.",
            [("drone", None, None, 50, False, None)],
        ),
        # "N drones targeted X" is what came in (a finite verb), "targeted at X" describes.
        (
            "The ministry said 25 drones targeted the port overnight, and 20 of them were "
            "intercepted.",
            [("drone", None, 25, 20, False, None)],
        ),
        (
            "Forty drones targeted at Odesa were shot down.",
            [("drone", None, None, 40, False, "Odesa")],
        ),
    ],
)
def test_listed_hits_are_no_shoot_downs(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [row(i) for i in interceptions(text)] == expected


# The salvo named by where it came from, as the subject of its outcome, is all of it; a
# figure, a comma or "and" before the outcome makes the outcome a part of the salvo.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army said two drones launched from Yemen were also shot down.",
            [("drone", 2, 2, True)],
        ),
        (
            "Two cruise missiles fired from the Black Sea were shot down over Odesa.",
            [("missile", 2, 2, True)],
        ),
        (
            "Eight drones launched from the south were tracked by radar and five were shot down.",
            [("drone", 8, 5, False)],
        ),
        (
            "Of the 12 drones launched from the Crimea direction, ten were destroyed.",
            [("drone", 12, 10, False)],
        ),
    ],
)
def test_salvo_named_by_its_origin(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [_numbers(i) for i in interceptions(text)] == expected


def test_share_of_its_own_launch() -> None:
    """ "Ten of its 12 drones were shot down": the 12 is the launch, as "of the 12" is."""
    found = interceptions("The army said ten of its 12 drones were shot down over the sea.")
    assert [_numbers(i) for i in found] == [("drone", 12, 10, False)]


# Sixth-session readings (dev_numeric8): "repelled an attack by N drones" downs all N;
# "unmanned aerial systems" are drones and "inbound"/"incoming" qualify the weapon;
# "destroying 22 homes" is damage, not an outcome; "12 attacks by infantry" is no weapon.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air defences repelled an attack by four drones flying towards Moscow, Sobyanin said.",
            [("drone", 4, 4, True)],
        ),
        ("The brigade repelled 12 attacks by Russian infantry near Pokrovsk.", []),
        (
            "US forces destroyed one inbound anti-ship ballistic missile and two unmanned aerial "
            "systems launched by the Houthis.",
            [("missile", None, 1, False), ("drone", None, 2, False)],
        ),
        ("A destroyer shot down two incoming cruise missiles.", [("missile", None, 2, False)]),
        (
            "Russian troops hit the town with nine glide bombs and 30 drones, destroying 12 homes.",
            [],
        ),
    ],
)
def test_sixth_session_readings(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [_numbers(i) for i in interceptions(text)] == expected


# dev_numeric9: a qualified total of a share, a share of an earlier salvo, a tally total,
# "unmanned aerial vehicles" as drones, a city's share told by the drones' heading.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jets shot down four of the roughly 20 drones that entered Polish airspace.",
            [(20, 4, False)],
        ),
        (
            "Hezbollah fired about 30 rockets at northern Israel.\n\nThe army said 22 of the "
            "rockets launched from Lebanon were intercepted.",
            [(30, 22, False)],
        ),
        (
            "Russia fired 36 missiles and 452 drones overnight. Air defences shot down 28 of "
            "the missiles and 401 of the drones, putting the total number of air targets "
            "neutralised at 429 out of 488.",
            [(36, 28, False), (452, 401, False), (488, 429, False)],
        ),
        ("Air defence forces destroyed 23 unmanned aerial vehicles over the region.",
         [(None, 23, False)]),
        (
            "Air defences destroyed 57 drones over Russia overnight, the ministry said. "
            "\"Of these, 20 were destroyed over the Bryansk Region,\" it said.\n\n"
            "The mayor said that seven of the drones had been flying toward the capital.",
            [(None, 57, False), (None, 20, False), (None, 7, False)],
        ),
    ],
)  # fmt: skip
def test_ninth_batch_reports(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(i.launched, i.intercepted, i.all_intercepted) for i in interceptions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia struck Kharkiv overnight with 26 drones. The air force said 19 of the "
            "drones had been shot down.",
            [(26, 19)],
        ),
        ("Another 12 drones were lost locally, the air force said.", []),
        ("Crews in the south shoot down about 40 drones a day, the commander said.", []),
        (
            "Air defences destroyed 30 drones, the ministry said. Eighteen were downed over "
            "the Bryansk region and five over the Kursk region. It listed four over Crimea.",
            [(None, 30), (None, 18), (None, 5), (None, 4)],
        ),
    ],
)
def test_tenth_batch_interceptions(text: str, expected: list[tuple[int | None, int]]) -> None:
    assert [(i.launched, i.intercepted) for i in interceptions(text)] == expected


def test_comparison_baseline_is_no_interception() -> None:
    text = (
        "Air defence units downed 412 drones over the past week, up from the 356 drones "
        "destroyed a week earlier, the air force said."
    )
    assert [(i.launched, i.intercepted) for i in interceptions(text)] == [(None, 412)]


# A shoot-down over another place than the launch's target is its own report; a city
# inside the region named, or a place on one side only, still pairs.
@pytest.mark.parametrize(
    ("text", "expected", "strikes"),
    [
        (
            "The RSF fired more than 100 drones at Port Sudan on Sunday. On Tuesday the army "
            "intercepted 14 drones over Kassala.",
            [(None, 14)],
            [("drone", 100)],
        ),
        (
            "Russia fired 12 missiles at Kyiv. Air defences destroyed five missiles over the "
            "Lviv region.",
            [(None, 5)],
            [("missile", 12)],
        ),
        (
            "Russia attacked the Kharkiv region with 48 drones. Air defences shot down 31 drones "
            "over Kharkiv.",
            [(48, 31)],
            [],
        ),
        (
            "Russia sent 38 drones against the Odesa region. Air defences destroyed 29 drones "
            "over Izmail.",
            [(38, 29)],
            [],
        ),
        ("Russia launched 52 drones at the Sumy region. Air defences shot down 40 drones.",
         [(52, 40)], []),
        # Where the launch came from is no target: it still pairs.
        ("Russia launched 30 drones from the Kursk region. Air defences shot down 20 drones "
         "over the Sumy region.", [(30, 20)], []),
    ],
)  # fmt: skip
def test_other_place_is_not_merged(
    text: str, expected: list[tuple[int | None, int | None]], strikes: list[tuple[str, int]]
) -> None:
    assert [(i.launched, i.intercepted) for i in interceptions(text)] == expected
    assert [(s.weapon, s.count) for s in extract(text) if isinstance(s, Strike)] == strikes

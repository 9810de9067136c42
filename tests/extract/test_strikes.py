"""Strikes: counted attacks, read with attacker, target, weapon and period."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Strike


def strikes(text: str) -> list[Strike]:
    found = [f for f in extract(text) if isinstance(f, Strike)]
    for f in found:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text
        assert 0.0 < f.confidence <= 1.0
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (count, weapon, approx, attacker, target, period, evidence)
        (
            "Officials said Russian forces fired 46 rockets at Ukraine in the past 24 hours.",
            (46, "rocket", "exact", "Russia", "Ukraine", "PT24H",
             "Russian forces fired 46 rockets at Ukraine in the past 24 hours"),
        ),
        (
            "Russian aircraft carried out 19 airstrikes on Ukrainian positions.",
            (19, "airstrike", "exact", "Russia", "Ukraine", None,
             "Russian aircraft carried out 19 airstrikes on Ukrainian positions"),
        ),
        (
            "In the south there were 71 Russian attacks with multiple rocket launchers.",
            (71, "mlrs", "exact", "Russia", None, None,
             "there were 71 Russian attacks with multiple rocket launchers"),
        ),
        (
            "Russian troops shelled the Nikopol district 140 times over the past day.",
            (140, "artillery", "exact", "Russia", "Nikopol region", "PT24H",
             "Russian troops shelled the Nikopol district 140 times over the past day"),
        ),
        (
            "The Russian army dropped 7 guided aerial bombs on Kupiansk overnight.",
            (7, "glide_bomb", "exact", "Russia", "Kupiansk", "overnight",
             "The Russian army dropped 7 guided aerial bombs on Kupiansk overnight"),
        ),
        (
            "Russia struck Odesa with 11 missiles on Tuesday.",
            (11, "missile", "exact", "Russia", "Odesa", None,
             "Russia struck Odesa with 11 missiles on Tuesday"),
        ),
        (
            "Moscow launched about 30 attacks on Ukrainian border villages.",
            (30, "other", "about", "Russia", None, None,
             "Moscow launched about 30 attacks on Ukrainian border villages"),
        ),
        (
            "The enemy hit the town 58 times using MLRS, the governor said.",
            (58, "mlrs", "exact", None, None, None, "The enemy hit the town 58 times using MLRS"),
        ),
        (
            "Russians fired 210 shells from mortars, artillery, Grads and tanks at Kherson.",
            (210, "other", "exact", "Russia", None, None,
             "Russians fired 210 shells from mortars, artillery, Grads and tanks"),
        ),
        (
            "Russia launched more than 40 Shahed drones at Ukraine over the past week.",
            (40, "drone", "at_least", "Russia", "Ukraine", "P7D",
             "Russia launched more than 40 Shahed drones at Ukraine over the past week"),
        ),
        (
            "Ukrainian forces attacked Belgorod with 16 Vampire rockets, the governor said.",
            (16, "rocket", "exact", "Ukraine", "Belgorod", None,
             "Ukrainian forces attacked Belgorod with 16 Vampire rockets"),
        ),
        (
            "Russia pounded Kharkiv with up to 20 Grad rockets in the past 48 hours.",
            (20, "rocket", "at_most", "Russia", "Kharkiv", "PT48H",
             "Russia pounded Kharkiv with up to 20 Grad rockets in the past 48 hours"),
        ),
    ],
)  # fmt: skip
def test_single_strike(text: str, expected: tuple[object, ...]) -> None:
    (s,) = strikes(text)
    got = (s.count, s.weapon, s.approx, s.attacker, s.target, s.period, s.evidence.text)
    assert got == expected


def test_second_figure_inherits_attacker_target_and_period() -> None:
    text = (
        "Kyiv's military said Russia had fired 37 missiles at Ukraine over the past day "
        "and carried out 22 airstrikes. Besides, there were 48 attacks with MLRS."
    )
    found = strikes(text)
    assert [(s.count, s.weapon) for s in found] == [
        (37, "missile"),
        (22, "airstrike"),
        (48, "mlrs"),
    ]
    assert {(s.attacker, s.target, s.period) for s in found} == {("Russia", "Ukraine", "PT24H")}
    assert [s.evidence.text for s in found] == [
        "Russia had fired 37 missiles at Ukraine over the past day",
        "carried out 22 airstrikes",
        "there were 48 attacks with MLRS",
    ]


def test_inheritance_stops_at_the_paragraph() -> None:
    text = "Russia fired 12 rockets at Ukraine overnight.\n\nThere were 5 attacks with artillery."
    first, second = strikes(text)
    assert (first.attacker, first.period) == ("Russia", "overnight")
    assert (second.attacker, second.target, second.period) == (None, None, None)


def test_listed_figures_share_the_verb() -> None:
    text = (
        "This week Russia used 650 glide bombs, nearly 400 drones and 24 missiles against Ukraine."
    )
    found = strikes(text)
    assert [(s.count, s.weapon, s.approx) for s in found] == [
        (650, "glide_bomb", "exact"),
        (400, "drone", "at_most"),
        (24, "missile", "exact"),
    ]
    assert {s.period for s in found} == {"P7D"}
    assert {s.target for s in found} == {"Ukraine"}  # the list's closing target
    assert {s.attacker for s in found} == {"Russia"}
    assert len({(s.evidence.start, s.evidence.end) for s in found}) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Russia again attacked Ukrainian cities with drones at night.",
        "It was the most intense shelling in months.",
        "A missile hit an apartment block in Dnipro.",
        "Germany will deliver 12 rocket launchers to Ukraine next year.",
        "Ukraine has received 60 missiles for its air defence systems.",
        "Russia still has about 900 Iskander missiles, analysts estimate.",
        "The 47th Brigade has held the line for 18 months.",
        "Shelling continued for 24 hours without pause.",
        "The 2022 strikes on the grid cost $1.2 billion to repair.",
        "Prices for 45 percent of fuel shipments rose after strikes.",
        "On February 24 Russia launched its invasion.",
        # A running total since a month of last year is background.
        "Border towns have been hit by more than 30 rocket attacks since last October.",
        "A 61-year-old man was hurt when drones attacked the village.",
        "Kyiv residents spent 9 hours in shelters during the attack.",
        "Air defence shot down 26 of 30 drones Russia launched overnight.",
        "Russia launched 44 drones overnight; 39 were destroyed.",
        "Russia launched 15 missiles at Lviv. All of them were intercepted.",
        "Ukrainian troops repelled 33 Russian attacks near Pokrovsk.",
        "Two of the rockets landed in a field outside the city.",
    ],
)
def test_not_a_strike(text: str) -> None:
    assert strikes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (count, weapon) of every strike, in order
        # Multiple rocket launchers named by the "with/from" list; mixed lists are other.
        (
            "The occupiers shelled Marhanets eight times with Grad multiple rocket launchers.",
            [(8, "mlrs")],
        ),
        (  # German thousands in translated copy
            "In addition there were 3.180 shelling attacks, 64 of them with rocket launchers.",
            [(3180, "artillery"), (64, "mlrs")],
        ),
        (
            "Russian units fired on the Chornobaivka community 17 times from Uragan MLRS.",
            [(17, "mlrs")],
        ),
        (
            "Russian troops shelled the village 23 times with artillery and MLRS.",
            [(23, "other")],
        ),
        # A list after a period and a participle ("..., firing ...") still names the weapons.
        (
            "Russian forces shelled the region 96 times over the past day, firing artillery, "
            "mortars, tanks and drones.",
            [(96, "other")],
        ),
        (  # a period with its own figure ("24 hours") does not end the adjunct
            "Russian troops shelled the region 88 times over the past 24 hours, firing "
            "artillery, mortars, tanks and drones at villages along the river.",
            [(88, "other")],
        ),
        (
            "The enemy attacked 12 settlements 140 times, employing mortars, MLRS and drones.",
            [(140, "other")],
        ),
        (
            "Russian troops shelled the town 30 times overnight, using mortars and artillery.",
            [(30, "artillery")],
        ),
        # A list after a casualty clause is not the strike's weapon list.
        (
            "Russia shelled Kherson 30 times, killing a man with shrapnel from drones and mines.",
            [(30, "artillery")],
        ),
        # The weapon may sit between the verb and the figure.
        ("Russian forces attacked Kherson with drones 40 times on Friday.", [(40, "drone")]),
        ("The enemy struck the town with guided bombs six times.", [(6, "glide_bomb")]),
        # Counted hardware is no attack; a range is its lower bound.
        ("The United States has sent Ukraine 31 Abrams tanks.", []),
        ("Ukrainian troops fired 15 to 20 shells at Horlivka.", [(15, "artillery")]),
        # A share of a shelling total with its own weapon is its own strike.
        (
            "Russian forces shelled front-line towns 310 times, including 74 times with "
            "multiple rocket launchers.",
            [(310, "artillery"), (74, "mlrs")],
        ),
        (
            "The enemy carried out 515 shelling attacks over the past day, 96 of them with "
            "multiple rocket launchers.",
            [(515, "artillery"), (96, "mlrs")],
        ),
        (
            "Russian forces shelled the district 40 times, 12 of them near the river.",
            [(40, "artillery")],
        ),
        # Raids by a military attacker are air raids; a weapon noun still wins.
        ("Russian aviation carried out 13 raids on Huliaipole.", [(13, "airstrike")]),
        ("The enemy carried out 21 raids on settlements in the south.", [(21, "airstrike")]),
        ("Russian troops carried out 9 drone raids on Kupiansk.", [(9, "drone")]),
        ("Police carried out 16 raids on flats in the city.", []),
        # An elided noun: "3 missile and 48 air strikes".
        (
            "Russian forces inflicted 3 missile and 48 air strikes over the past day.",
            [(3, "missile"), (48, "airstrike")],
        ),
        # Bombs that "fell on" a place were dropped; gun-fired projectiles are artillery.
        ("Three guided bombs fell on the Saltivskyi district on Friday.", [(3, "glide_bomb")]),
        ("The army said 25 artillery projectiles hit the village.", [(25, "artillery")]),
        # One count closing two verb phrases on one target takes both weapons.
        (
            "Russian troops shelled Marhanets with artillery and struck it with drones 9 times.",
            [(9, "other")],
        ),
        # Four-digit figures that look like years are counts before a counted noun.
        ("Russia launched 2000 drones against Ukraine in a month.", [(2000, "drone")]),
        ("Russia fired 1950 glide bombs at front-line towns this week.", [(1950, "glide_bomb")]),
    ],
)
def test_strike_shapes(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(s.count, s.weapon) for s in strikes(text)] == expected


@pytest.mark.parametrize(
    ("text", "attacker", "target"),
    [
        # "The enemy" in a Ukrainian report is Russia; unlisted places keep their name.
        (
            "The enemy shelled the Velykyi Burluk community 15 times, Ukraine's military said.",
            "Russia",
            "Velykyi Burluk community",
        ),
        ("The enemy hit the town 31 times using MLRS, the governor said.", None, None),
        (
            "Russian forces struck targets in the Lipetsk region with 4 missiles.",
            "Russia",
            "Lipetsk region",
        ),
        # "The capital" is the attacked country's capital.
        ("Russia launched 17 drones at the capital overnight.", "Russia", "Kyiv"),
        ("Ukraine sent 30 drones towards the Russian capital.", "Ukraine", "Moscow"),
    ],
)
def test_attacker_and_target(text: str, attacker: str | None, target: str | None) -> None:
    (s,) = strikes(text)
    assert (s.attacker, s.target) == (attacker, target)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (count, weapon, approx, attacker, target, period) of every strike, in order
        # An unlisted place after "at"/"on" is the target, never the previous sentence's.
        (
            "Russian forces fired 21 rockets at Nikopol. In the evening Russian forces fired "
            "8 rockets at Pokrovske.",
            [(21, "rocket", "exact", "Russia", "Nikopol", None),
             (8, "rocket", "exact", "Russia", "Pokrovske", None)],
        ),
        # A pronoun subject still gives a strike; the attacker comes from the paragraph.
        (
            "Russian troops shelled the Nikopol district on Monday. Later they fired 21 rockets "
            "at Chervonohryhorivka.",
            [(21, "rocket", "exact", "Russia", "Chervonohryhorivka", None)],
        ),
        (
            "Russian forces fired 21 rockets at Nikopol. Later they fired 21 rockets at Marhanets.",
            [(21, "rocket", "exact", "Russia", "Nikopol", None),
             (21, "rocket", "exact", "Russia", "Marhanets", None)],
        ),
        (
            "The occupiers dropped 9 guided bombs on Huliaipole, the regional administration said.",
            [(9, "glide_bomb", "exact", "Russia", "Huliaipole", None)],
        ),
        # Passive "attacked by": the subject is the target, not the attacker.
        (
            "Russia's Defence Ministry said the Lipetsk region had been attacked by 14 drones.",
            [(14, "drone", "exact", None, "Lipetsk region", None)],
        ),
        (
            "Three Russian regions were attacked by 31 Ukrainian drones overnight.",
            [(31, "drone", "exact", "Ukraine", None, "overnight")],
        ),
        # A summary over several days has no one-day period; "almost" is at most.
        (
            "Russia deployed almost 900 drones and nearly 60 missiles in the last days of 2024.",
            [(900, "drone", "at_most", "Russia", None, None),
             (60, "missile", "at_most", "Russia", None, None)],
        ),
    ],
)  # fmt: skip
def test_real_wire_phrasing(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(s.count, s.weapon, s.approx, s.attacker, s.target, s.period) for s in strikes(text)]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia deployed two frigates carrying 16 Kalibr cruise missiles to the Black Sea.",
        "Russian troops fired on Stepnohirsk on Tuesday, the governor said.",
    ],
)
def test_not_a_counted_strike(text: str) -> None:
    assert strikes(text) == []


# Hits left over from an air-defence report belong to it even in the next paragraph;
# "group strikes" (Russian MoD) are strikes.
LEFTOVER_AND_GROUP: list[tuple[str, list[tuple[str, int]]]] = [
    (
        "The army said about 30 rockets had been fired from Lebanon and 25 of them had been "
        "intercepted. The rest fell in open areas.\n\nOne rocket hit a school in Safed, "
        "police said.",
        [],
    ),
    ("Russian forces carried out 7 group strikes with precision weapons over the week.",
     [("other", 7)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LEFTOVER_AND_GROUP)
def test_leftover_hits_and_group_strikes(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(s.weapon, s.count) for s in strikes(text)] == expected


# A list whose verb stands after the last item ("... were used") or an item added with
# "as well as": every figure is a strike. An active verb like "hurled" counts too.
LIST_VERBS: list[tuple[str, list[tuple[str, int]]]] = [
    (
        "During the week some 600 drones, about 700 glide bombs and 25 missiles were "
        "launched at the Kharkiv region, the governor said.",
        [("drone", 600), ("glide_bomb", 700), ("missile", 25)],
    ),
    (
        "Nearly 90 Grad rockets and 14 kamikaze drones have been fired at Nikopol since "
        "Friday morning.",
        [("rocket", 90), ("drone", 14)],
    ),
    (
        "Russia hurled 210 guided bombs and 60 drones at front-line towns on Tuesday.",
        [("glide_bomb", 210), ("drone", 60)],
    ),
    (
        "The enemy sent 55 Shahed drones towards Odesa overnight, as well as three Kalibr "
        "cruise missiles.",
        [("drone", 55), ("missile", 3)],
    ),
    (
        "Russian forces attacked Kherson with 41 drones along with 12 guided aerial bombs.",
        [("drone", 41), ("glide_bomb", 12)],
    ),
    (
        "The city was subjected to an attack by the RSF using seven suicide drones.",
        [("drone", 7)],
    ),
    # Hardware delivered or stocked is no list of attacks.
    ("Some 40 tanks, 90 howitzers and 300 drones were delivered to the brigade.", []),
    ("The factory's 12 lines and 300 drones were inspected by the minister.", []),
]


@pytest.mark.parametrize(("text", "expected"), LIST_VERBS)
def test_list_verbs(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(s.weapon, s.count) for s in strikes(text)] == expected


# Fifth-session categories: a share named by its own weapon after a total of attacks,
# shares "from"/"with" a weapon, "shellings", "rocket artillery", "subjected ... to", a
# crossing, and attacks already told ("in the two attacks") that are no count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian troops launched 412 attacks on 14 settlements in the region in a single "
            "day, including 6 air strikes, the governor said.",
            [("other", 412), ("airstrike", 6)],
        ),
        (
            "The enemy struck the Nikopol district 31 times overnight, among them 12 drone "
            "attacks on Marhanets.",
            [("other", 31), ("drone", 12)],
        ),
        (
            "Russian troops subjected Ukrainian positions to more than 4,800 shellings over the "
            "past day, including 160 from multiple-launch rocket systems.",
            [("artillery", 4800), ("mlrs", 160)],
        ),
        ("The occupiers carried out 459 shellings in 13 settlements.", [("artillery", 459)]),
        ("Russian forces fired 7 rocket artillery strikes at Stepnohirsk.", [("mlrs", 7)]),
        ("Around 30 rockets were seen crossing from Lebanon, the army said.", [("rocket", 30)]),
    ],
)
def test_shares_and_shelling_counts(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(s.weapon, s.count) for s in strikes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "It said 14 people had been wounded in the two attacks.",
        "At least 21 people were wounded in both strikes, the mayor said.",
        "The three raids destroyed a school, officials said.",
        "Background: On 3 March, Russia attacked Ukraine with 112 drones and six missiles.",
    ],
)
def test_attacks_already_told_are_no_count(text: str) -> None:
    assert not strikes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia fired four Iskander-M at Kharkiv overnight, the governor said.", [("missile", 4)]),
        ("The enemy launched 7 Kalibr and 3 Kh-101 at Odesa.", [("missile", 7), ("missile", 3)]),
        ("Russia launched 12 Shahed-136 at Odesa.", [("drone", 12)]),
    ],
)
def test_model_as_noun(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(s.weapon, s.count) for s in strikes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Since the start of the day" is today's report, not a running total.
        (
            "Since the start of the day, Russian forces have shelled the front 312 times.",
            [(312, "artillery")],
        ),
        (
            "Since the beginning of the day, the enemy dropped 12 guided bombs.",
            [(12, "glide_bomb")],
        ),
        # A past part of a year in the pluperfect, and "the previous year", are background.
        ("He said Russia had launched about 500 drones in the final weeks of 2022.", []),
        ("The previous year, Russia had fired some 2,000 missiles at Ukraine.", []),
        ("The year before, it used about 1,200 drones.", []),
        # Ground assaults of a front-line summary are no strikes.
        ("The General Staff said 52 Russian attacks were repelled near Kurakhove.", []),
        ("In all, 17 attacks in the Lyman direction were reported by the General Staff.", []),
        (
            "Russian forces carried out 245 attacks on 11 settlements, the governor said.",
            [(245, "other")],
        ),
        # "explosive-laden" is one more adjective before the weapon.
        ("Hezbollah sent 15 explosive-laden drones into the Galilee.", [(15, "drone")]),
        # A clause ends at "a.m." before a capital; the next sentence's outcome without a
        # figure ("Most were intercepted") makes the launch an interception, not a strike.
        (
            "Some 40 rockets crossed from Lebanon at 5 a.m. Most were intercepted, the army said.",
            [],
        ),
        ("Some 40 rockets crossed from Lebanon at 5 a.m. Sirens sounded in Safed.",
         [(40, "rocket")]),
    ],
)  # fmt: skip
def test_third_round_phrasing(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(s.count, s.weapon) for s in strikes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A season's running total is background; "this month" stays the news (dnum3-005).
        ("Russia has fired more than 900 missiles at the grid this winter, Ukrenergo said.", []),
        ("Russia launched 2,500 drones this summer, the air force said.", []),
        ("Russia launched 1,300 glide bombs at Ukraine this month.", [(1300, "glide_bomb")]),
    ],
)
def test_season_totals(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(s.count, s.weapon) for s in strikes(text)] == expected


# A weapon list as the subject of a verb of aiming ("had targeted", "attacked") is one
# strike per figure, also past an aside on an item ("20 missiles, including ..., and").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company said 20 missiles, including hypersonic ones, and 45 drones had "
            "targeted its plants overnight.",
            [("missile", 20), ("drone", 45)],
        ),
        (
            "The ministry said 12 drones and three missiles attacked the port overnight.",
            [("drone", 12), ("missile", 3)],
        ),
        ("From 2021 to 2023, the militia fired 300 rockets at the city.", []),
    ],
)
def test_aimed_weapon_lists(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(s.weapon, s.count) for s in strikes(text)] == expected


# A month of a given year is a past month's total, and a recap of an earlier story ("As
# Ukrinform reported earlier, ...") is no event; "As reported by X" is an attribution.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched more than 6,000 drones at Ukraine in July 2025.", []),
        ("During March 2024, Russia fired 190 missiles at Ukraine.", []),
        ("As Ukrinform reported earlier, Russia fired 45 shells at Nikopol on Friday.", []),
        ("As previously reported, Russian forces launched 1,500 drones in the past week.", []),
        ("As reported by the governor, Russia fired 45 shells at Nikopol.", [(45, "artillery")]),
        ("Russia launched 1,300 glide bombs at Ukraine this month.", [(1300, "glide_bomb")]),
    ],
)  # fmt: skip
def test_past_months_and_recaps(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(s.count, s.weapon) for s in strikes(text)] == expected


# Sixth-session readings (dev_numeric8): a season told as months or "during the summer", a
# past month and a rate are background; a weapon named in quotation marks is still its noun;
# "destroying 12 houses" is damage, no shoot-down; a title-case headline's figure is no event.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the three winter months, Russia launched 14,000 glide bombs, Zelensky said.", []),
        ("During the summer, the Houthis fired 60 ballistic missiles at Israel.", []),
        ("Last month, Moscow fired more than 5,000 drones at Ukrainian cities.", []),
        ("In the last week alone, they used about 1,100 such bombs.", [(1100, "glide_bomb")]),
        ("Overnight, Russia launched 112 \u2018Shaheds\u2019 at our cities.", [(112, "drone")]),
        ("Russia attacked Kharkiv overnight with 17 'Geran' drones.", [(17, "drone")]),
        (
            "Russian troops hit the town with nine glide bombs and 30 drones, destroying 12 "
            "houses.",
            [(9, "glide_bomb"), (30, "drone")],
        ),
        ("Russian forces have been firing about 2,000 shells per day at the sector.", []),
        (
            "Russia Fires 90 Missiles At Ukraine's Power Grid\n\nRussia fired 26 missiles "
            "at Ukraine overnight, the air force said.",
            [(26, "missile")],
        ),
    ],
)
def test_sixth_session_readings(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(s.count, s.weapon) for s in strikes(text)] == expected


# dev_numeric9: breakdowns after a total, compound weapon subjects, "one ... strike and N".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces launched 386 attacks on the region, including 47 from multiple "
            "rocket launchers and 160 drone attacks.",
            [(386, "other"), (47, "mlrs"), (160, "drone")],
        ),
        (
            "Russian forces carried out 412 strikes over the past day. Among them were 8 "
            "airstrikes on Huliaipole and Stepnohirsk, 287 drone attacks and 116 artillery "
            "strikes.",
            [(412, "other"), (8, "airstrike"), (287, "drone"), (116, "artillery")],
        ),
        (
            "Russian artillery and kamikaze drones hit the Nikopol district more than 20 times.",
            [(20, "other")],
        ),
        (
            "Russian forces delivered one massive strike and 37 group strikes on Ukraine.",
            [(1, "other"), (37, "other")],
        ),
        ("One strike damaged a school and another hit a warehouse.", []),
    ],
)
def test_ninth_batch_readings(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(s.count, s.weapon) for s in strikes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces attacked Nikopol with 30 drones and shelled the Marhanets and "
            "Pokrov communities 12 times.",
            [("drone", 30), ("artillery", 12)],
        ),
        (
            "Officials said 40 attacks hit 11 villages. He listed 6 airstrikes on Orikhiv, "
            "20 drone attacks and 14 artillery attacks.",
            [("other", 40), ("airstrike", 6), ("drone", 20), ("artillery", 14)],
        ),
        ("Local media said 9 U.S. air strikes hit the port of Ras Isa.", [("airstrike", 9)]),
        ("A year ago this week, Russia launched 120 drones at Kyiv in one night.", []),
    ],
)
def test_tenth_batch_strikes(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(s.weapon, s.count) for s in strikes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia launched 5,120 drones at Ukraine in October. That was a rise from the "
            "4,870 drones it sent in September.",
            [("drone", 5120)],
        ),
        (
            "Hezbollah fired about 140 rockets on Thursday, up sharply from the 90 rockets "
            "launched a day earlier.",
            [("rocket", 140)],
        ),
        (
            "It fired 190 missiles last month, compared with the 230 missiles of the month before.",
            [("missile", 190)],
        ),
        ("Russian drones have hit the Sumy region more than 1,400 times since late October.", []),
    ],
)
def test_eleventh_batch_strikes(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(s.weapon, s.count) for s in strikes(text)] == expected


# One figure over several weapon types is one mixed strike; per-type figures stay apart.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched 5,660 missiles and long-range drones at Ukraine in October.",
         [(5660, "other")]),
        ("Hezbollah fired more than 100 rockets and drones at northern Israel.", [(100, "other")]),
        ("Russia fired 300 drones, missiles and glide bombs at Kharkiv.", [(300, "other")]),
        ("Russia launched 62 drones and four Iskander-M missiles at the Dnipro region.",
         [(62, "drone"), (4, "missile")]),
        ("Russia launched 40 Shahed drones and decoys at Odesa.", [(40, "drone")]),
    ],
)  # fmt: skip
def test_combined_weapon_figure_is_other(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(s.count, s.weapon) for s in strikes(text)] == expected

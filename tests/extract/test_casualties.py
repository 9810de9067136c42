"""Casualties: killed and injured per stated group."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty


def casualties(text: str) -> list[Casualty]:
    found = [f for f in extract(text) if isinstance(f, Casualty)]
    for f in found:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text
        assert 0.0 < f.confidence <= 1.0
    return found


def row(c: Casualty) -> tuple[object, ...]:
    return (c.group, c.killed, c.injured, c.approx, c.location, c.cause)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Russian missile strike killed three civilians in Sumy on Sunday.",
            [("civilians", 3, None, "exact", "Sumy", "Russian missile strike")],
        ),
        (
            "The governor put the number of residents killed in the shelling of Nikopol at two.",
            # "shelling of Nikopol" places the toll (pipeline.extract._n24place)
            [("residents", 2, None, "exact", "Nikopol", "shelling")],
        ),
        (
            "At least 14 people were wounded in a drone attack on Zaporizhzhia.",
            [("people", None, 14, "at_least", "Zaporizhzhia", "drone attack")],
        ),
        (
            "Three children were among the dead, rescuers said.",
            [("children", 3, None, "exact", None, None)],
        ),
        (
            "Officials reported five killed and 23 wounded after the blast.",
            [("people", 5, 23, "exact", None, "blast")],
        ),
        (
            "Russian shelling killed two people and injured seven others in Kherson.",
            [("people", 2, 7, "exact", "Kherson", "Russian shelling")],
        ),
        (
            "The death toll from the strike on the mall has risen to 21.",
            [("people", 21, None, "exact", None, "strike")],
        ),
        (
            "Nearly 40 soldiers died in the missile attack on the training ground.",
            [("soldiers", 40, None, "at_most", None, "missile attack")],
        ),
        (
            "Two guided aerial bombs hit the market in Kupiansk, killing three people.",
            [("people", 3, None, "exact", "Kupiansk", "guided aerial bombs")],
        ),
        (
            "Falling debris injured two women in Sumy.",
            [("women", None, 2, "exact", "Sumy", "falling debris")],
        ),
        (
            "Emergency workers recovered the bodies of six people from the rubble.",
            [("people", 6, None, "exact", None, None)],
        ),
        (
            "One person was killed and four were hurt by falling debris in Belgorod.",
            [("people", 1, 4, "exact", "Belgorod", "falling debris")],
        ),
    ],
)
def test_casualties(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [row(c) for c in casualties(text)] == expected


def test_subgroup_is_its_own_record() -> None:
    text = "The strike on Kryvyi Rih killed 16 people, including four children, officials said."
    assert [(c.group, c.killed, c.injured, c.evidence.text) for c in casualties(text)] == [
        ("people", 16, None, "The strike on Kryvyi Rih killed 16 people"),
        ("children", 4, None, "including four children"),
    ]


def test_subgroup_between_killed_and_injured() -> None:
    text = "Officials put the toll at 12 dead, three of them children, and more than 30 injured."
    assert [(c.group, c.killed, c.injured, c.approx) for c in casualties(text)] == [
        ("people", 12, 30, "exact"),
        ("children", 3, None, "exact"),
    ]


def test_subgroup_before_the_verb() -> None:
    text = "Eleven people, including two teenagers, were injured in Odesa overnight."
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == [
        ("people", None, 11),
        ("teenagers", None, 2),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed in the attack, the mayor said.",
        "A 72-year-old woman was injured by shrapnel.",
        "A man was killed when a drone hit his car.",
        "The drone attack killed dozens of people, officials said.",
        "Russia fired 30 missiles; officials said nobody was killed.",
        "The 2014 downing killed everyone on board.",
        "Strikes destroyed 12 houses and killed livestock.",
        "The war has killed tens of thousands since February 2022.",
        "Kherson was shelled 40 times; there were no casualties.",
        # Whole-war totals, superseded tolls of an update story and corrections.
        "The monitors said 9,200 civilians had died since Russia's full-scale invasion.",
        "Right after the blast, police had put the toll at four dead and 12 injured.",
        "Earlier, the city council had said nine people were killed.",
        "It said two victims had been counted twice and one body had been misidentified.",
    ],
)
def test_not_a_casualty(text: str) -> None:
    assert casualties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (group, killed, injured) of every record, in order
        # Subgroups of any stated kind are their own records.
        (
            "A guided bomb hit a clinic in Kostiantynivka, wounding six people, among them two "
            "paramedics.",
            [("people", None, 6), ("paramedics", None, 2)],
        ),
        (
            "The shelling injured 15 residents, including three nurses and a doctor.",
            [("residents", None, 15), ("nurses", None, 3)],
        ),
        (
            "A drone strike on a bus killed four railway workers.",
            [("workers", 4, None)],
        ),
        # A subgroup between the killed and injured figures leaves one main record.
        (
            "At least 36 people, including 9 children, were killed and 104 others wounded.",
            [("people", 36, 104), ("children", 9, None)],
        ),
        (
            "Officials said 25 people, 6 of whom were children, were killed and 70 were hurt.",
            [("people", 25, 70), ("children", 6, None)],
        ),
        (
            "The toll reached 31 dead, of whom 4 were teenagers, and 88 injured.",
            [("people", 31, 88), ("teenagers", 4, None)],
        ),
        # Listed subgroups stay subgroups; a later group with its own verb does not.
        (
            "In all 19 people, including 5 children and two women, died and 47 were wounded.",
            [("people", 19, 47), ("children", 5, None), ("women", 2, None)],
        ),
        (
            "Eight people were killed, including three children, and 14 others were injured.",
            [("people", 8, 14), ("children", 3, None)],
        ),
        # "Of the N ..., M were <group>": the second figure is a subgroup.
        (
            "Of the 23 people wounded, nine were schoolchildren, the mayor said.",
            [("people", None, 23), ("children", None, 9)],
        ),
        # People named by nationality keep it as their group.
        (
            "The ministry said 43 Palestinians had been killed and 120 wounded.",
            [("Palestinians", 43, 120)],
        ),
        (
            "Nine Lebanese soldiers were killed, including two officers.",
            [("soldiers", 9, None), ("officers", 2, None)],
        ),
        # The dead counted by their bodies.
        (
            "Medics said 44 bodies had been taken to hospitals in Khan Younis since dawn.",
            [("people", 44, None)],
        ),
        ("Morgues in the city received 17 more bodies overnight.", [("people", 17, None)]),
        # "N more are injured" opening the next sentence completes the killed-only record.
        (
            "Three people died in the shelling of Nikopol. Seven more were wounded, the "
            "governor said.",
            [("people", 3, 7)],
        ),
        # "N of them were <group>" in the next sentence is a subgroup of that figure.
        (
            "The clinic in Kramatorsk treated 20 wounded people on Monday. Six of them were "
            "children, staff said.",
            [("people", None, 20), ("children", None, 6)],
        ),
    ],
)
def test_casualty_records(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People saved are no casualties, nor are their subgroups.
        (
            "Rescuers pulled out five residents, including two children, and 14 others were hurt.",
            [("people", None, 14)],
        ),
        # A force's acronym before its member: "One SDF fighter", "two IDF soldiers".
        ("One KRG fighter was wounded in the clash, the ministry said.", [("fighters", None, 1)]),
        ("Two IDF soldiers were killed near Rafah.", [("soldiers", 2, None)]),
        ("Emergency workers evacuated 120 people; three residents were injured.",
         [("residents", None, 3)]),
        ("Crews got eleven people out alive, but at least four people were wounded.",
         [("people", None, 4)]),
        # "fell victim" is killed; listed subgroups take the kind of the figure they break down.
        (
            "Thirty people fell victim to the shelling, among them nine children and two women; "
            "118 people were hurt.",
            [("people", 30, 118), ("children", 9, None), ("women", 2, None)],
        ),
        (
            "Up to 48 people were killed, including 13 underage children and four women, while "
            "another 205 received wounds.",
            [("people", 48, 205), ("children", 13, None), ("women", 4, None)],
        ),
        ("Seven people lost their lives in the blast.", [("people", 7, None)]),
        # Toll phrasing of Gaza health-ministry copy.
        ("The number of those killed in the raids has increased to 83.", [("people", 83, None)]),
        ("The number of injuries has also risen to 2,410.", [("people", None, 2410)]),
        ("The toll from the market strike climbed to 16.", [("people", 16, None)]),
        # A superseded figure is no event: only the new one counts.
        ("The ministry's earlier tally had put the deaths at 21.", []),
        ("The strike killed 12 people, up from an initial count of eight.", [("people", 12, None)]),
        ("The toll of the dead rose from 9 to 11 on Sunday.", [("people", 11, None)]),
        ("The victims, 22 in all, were taken to two hospitals.", []),
        # Running totals and dated past events are background, and so are their subgroups.
        ("The ministry said 57 people had been killed since the truce began on March 3.", []),
        ("Since then more than 9,000 civilians have been killed, among them 500 children.", []),
        ("The agency said that since March, more than 600 children had been killed or maimed "
         "in the region.", []),
        ("The raid on Jan. 12, 2024, killed about 40 people at the market.", []),
        ("The deadliest strike since the ceasefire killed 9 people in Rafah on Sunday.",
         [("people", 9, None)]),
        # Workers named by their workplace; "N more, including ..., were wounded".
        ("Three dock workers were killed and four other people were injured.",
         [("workers", 3, None), ("people", None, 4)]),
        ("One soldier was killed and two more, including an officer, were wounded.",
         [("soldiers", 1, 2)]),
    ],
)  # fmt: skip
def test_real_wire_phrasing(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Interior Minister Ihor Klymenko said Russian glide bomb attacks killed six people.",
         "Russian glide bomb attacks"),
        ("The mayor wrote on Telegram that Russian shelling killed three people.",
         "Russian shelling"),
        ("A Russian missile and drone strike killed four people in Lviv.",
         "Russian missile and drone strike"),
        ("Two people were hurt when a drone hit a bus stop.", "drone"),
        ("The Sumy strike killed five people.", "strike"),
    ],
)  # fmt: skip
def test_cause_never_holds_the_attribution(text: str, cause: str) -> None:
    assert [c.cause for c in casualties(text)] == [cause]


# "N of the dead/wounded" counts people the article already reported; "were <group>"
# names them, a new kill/injure verb makes it the sentence's own record (merging with
# a later figure), and a stated condition ("were in serious condition") is a subgroup
# record of its own (injured N, "people"), like "including five children"; "all N" of them
# restates the total and is none.
OF_THE_HARMED: list[tuple[str, list[tuple[object, ...]]]] = [
    (
        "A spokesman said 12 of the dead were killed when a strike hit a clinic, where "
        "another 40 people were wounded.",
        [("people", 12, 40)],
    ),
    ("Three of the dead were nurses, the hospital said.", [("nurses", 3, None)]),
    ("Five of the wounded were children, the governor said.", [("children", None, 5)]),
    ("The charity said three of its volunteers were injured.", [("volunteers", None, 3)]),
    ("Two of the injured were in serious condition.", [("people", None, 2)]),
    ("Three of the wounded remain in intensive care, he said.", [("people", None, 3)]),
    ("Of the wounded, four are in a serious but stable condition.", [("people", None, 4)]),
    ("Two of the wounded were seriously hurt.", [("people", None, 2)]),
    ("All 14 of the injured are in stable condition.", []),
    ("Five of the injured were released after treatment, the governor said.", []),
    ("(Corrects number of wounded children to seven from six in paragraph 2)", []),
]


@pytest.mark.parametrize(("text", "expected"), OF_THE_HARMED)
def test_of_the_dead_and_wounded(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


# Readings from real wire copy: place lists that drop the group and harm word, the
# wounded who later died, hospital admissions, superseded first figures and running
# tolls the day's figure is added to.
WIRE_READINGS: list[tuple[str, list[tuple[object, ...]]]] = [
    (
        "Shelling wounded five people in Vovchansk, two in Zolochiv and one in the village "
        "of Lyptsi, the governor said.",
        [("people", None, 5), ("people", None, 2), ("people", None, 1)],
    ),
    (
        "Drones killed two civilians in Nikopol and one in Marhanets.",
        [("civilians", 2, None), ("civilians", 1, None)],
    ),
    (
        "Two of the people wounded in the strike on the market later died in hospital.",
        [("people", 2, None)],
    ),
    ("Four more residents succumbed to their injuries overnight.", [("residents", 4, None)]),
    ("Another nine were taken to hospital with minor injuries.", [("people", None, 9)]),
    ("Early reports put the toll at three, but officials later said five people died.",
     [("people", 5, None)]),
    ("Initially, rescuers reported two dead, but the toll later rose to six.",
     [("people", 6, None)]),
    (
        "The strike killed 14 people, bringing the overall death toll of the war to 38,200.",
        [("people", 14, None)],
    ),
    ("More than 90,000 people have been wounded in 16 months of fighting.", []),
    (
        "The shelling killed a woman, bringing the number of residents killed since the "
        "city's liberation to 410.",
        [],
    ),
    (
        "This takes the total number of civilians killed in the province this year to 1,050.",
        [],
    ),
    (
        "Three more people died, raising the total death toll from Sunday's strike to 19.",
        [("people", 3, None), ("people", 19, None)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WIRE_READINGS)
def test_wire_readings(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


def test_deceased_are_killed() -> None:
    text = "Rescuers later updated the figures to nine deceased and 63 injured."
    assert [(c.killed, c.injured) for c in casualties(text)] == [(9, 63)]


def test_ambulance_staff_are_a_group() -> None:
    text = "Four ambulance staff were killed and 16 others were injured, the minister said."
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == [("staff", 4, 16)]


# A toll over a whole campaign is background; a toll during one attack is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said 288 civilians had been killed during Ukraine's incursion into the region.", []),
        ("More than 500 people were killed during the siege of the city, the UN said.", []),
        ("Three people were killed during the attack on the market.", [("people", 3, None)]),
        ("Two soldiers were wounded during the night, the army said.", [("soldiers", None, 2)]),
        ("At least 150,000 people are estimated to have died in the ensuing civil war.", []),
        (
            "A medical group that tracks casualties in the war said 47 civilians were killed "
            "in the town on Wednesday.",
            [("civilians", 47, None)],
        ),
        ("Five civilians were killed in the war-torn city of Bakhmut.", [("civilians", 5, None)]),
    ],
)
def test_campaign_tolls_are_background(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


# Fifth-session categories: the second figure of a running total, an escalation's toll,
# "in a critical condition", a toll over several attacks after one attack's, recaps.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli strikes since the war began on Friday had killed 224 people in the "
            "country, most of them civilians, and wounded more than 1,200.",
            [],
        ),
        (
            "Shelling of Kherson since the city's liberation has killed more than 600 "
            "civilians and wounded over 2,500, prosecutors said.",
            [],
        ),
        (
            "Strikes since the escalation began in September have killed 2,412 people and "
            "wounded more than 11,000, the ministry said.",
            [],
        ),
        (
            "Among the dead were a woman and her two children, while five other people were "
            "in a critical condition.",
            [("children", 2, None), ("people", None, 5)],
        ),
        (
            "Two more died in a strike on a tent in al-Mawasi, where eight people were wounded "
            "in the attacks.",
            [("people", 2, None), ("people", None, 8)],
        ),
        (
            "Two people were killed and 16 wounded in the attacks on the region.",
            [("people", 2, 16)],
        ),
        (
            "The city was quiet on Monday.\n\nRecall: On 8 May, a missile strike on Odesa "
            "injured 11 people, including two children.",
            [],
        ),
    ],
)
def test_background_tolls_and_conditions(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the N others were X" says who the rest were: no record of its own.
        (
            "Six people died when a missile hit the depot. Four of the dead were firefighters "
            "and the two others were “volunteers”, the mayor said.",
            [("people", 6, None), ("firefighters", 4, None)],
        ),
        (
            "A drone killed four people in the village. Three were pensioners; the other was "
            "a teacher. The two others were local farmers, police said.",
            [("people", 4, None)],
        ),
        # "others were killed/injured" still counts.
        (
            "Two soldiers were killed and the three others were wounded, the army said.",
            [("soldiers", 2, 3)],
        ),
    ],
)
def test_others_identified(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A toll counted since an earlier turn of the war is background, both its figures.
        "Since the army resumed its offensive in May, 2,300 people have been killed and "
        "6,100 injured, the ministry said.",
        "More than 800 civilians have died in the city since the RSF seized it in October.",
        "At least 450 people were killed since Israel resumed its strikes on Lebanon.",
    ],
)
def test_toll_since_a_turn_of_the_war(text: str) -> None:
    assert casualties(text) == []


def test_toll_since_a_turn_keeps_the_days_own_figure() -> None:
    found = casualties(
        "Since the truce collapsed in March, 900 people have been killed, the ministry said. "
        "Strikes on Monday killed 12 people."
    )
    assert [(c.killed, c.injured) for c in found] == [(12, None)]


# A one-kind figure marked as further people ("Another N", "N more", "N others") in the
# sentence after a one-kind record completes that record (subgroups are skipped, never
# completed); a group of its own or a place of its own keeps it a record of its own.
NEXT_SENTENCE_COMPLETES: list[tuple[str, list[tuple[object, ...]]]] = [
    (
        "A missile hit a bus station in Kramatorsk, killing five people, the mayor said. "
        "Another 12 people were wounded there, he added.",
        [("people", 5, 12)],
    ),
    (
        "Shelling of a market killed at least 20 people, among them three children, medics "
        "said. The hospital said more than 30 others were injured.",
        [("people", 20, 30), ("children", 3, None)],
    ),
    (
        "Three people were wounded when a drone hit a shop. Two more were killed, officials said.",
        [("people", 2, 3)],
    ),
    (
        "Artillery killed eight soldiers at the base, the army said. Another 15 were injured "
        "in the strike on the Tula depot.",
        [("soldiers", 8, None), ("people", None, 15)],
    ),
    (
        "A strike killed four civilians in Kherson. Another nine people were wounded in Mykolaiv.",
        [("civilians", 4, None), ("people", None, 9)],
    ),
    (
        "A drone killed six people, including two children. Another three children were wounded.",
        [("people", 6, None), ("children", 2, None), ("children", None, 3)],
    ),
    # Unmarked, in the same paragraph, it still completes the record: the written call of
    # blind5, blind6 and art19-04 (tests/data/README.md, "a toll split over two sentences").
    (
        "A strike killed four people in the village. Nine people were wounded, the governor said.",
        [("people", 4, 9)],
    ),
    # ... but not another paragraph, another attack, or another group.
    (
        "A strike killed four people in the village.\n\nNine people were wounded in the town.",
        [("people", 4, None), ("people", None, 9)],
    ),
    (
        "A strike killed four people. In a separate attack, nine people were wounded.",
        [("people", 4, None), ("people", None, 9)],
    ),
    (
        "Shelling killed three soldiers at the base. Five civilians were wounded.",
        [("soldiers", 3, None), ("civilians", None, 5)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_SENTENCE_COMPLETES)
def test_further_people_complete_the_record_before(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


# A place list of one harm ("three in A and two in B") followed by the other harm counts
# all the places: the last item is not completed by it.
PLACE_LIST_THEN_OTHER_HARM: list[tuple[str, list[tuple[object, ...]]]] = [
    (
        "Shelling killed three people in Nikopol and two in Marhanets, and wounded 14, the "
        "governor said.",
        [("people", 3, None), ("people", 2, None), ("people", None, 14)],
    ),
    (
        "Drones wounded four civilians in Izium and one in Balakliia, and killed two.",
        [("civilians", None, 4), ("civilians", None, 1), ("civilians", 2, None)],
    ),
    ("Shelling killed three people in Nikopol and wounded 14.", [("people", 3, 14)]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_LIST_THEN_OTHER_HARM)
def test_place_list_then_the_other_harm(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among the dead were three members of the same family, the ministry said.",
            [("family members", 3, None)],
        ),
        ("Two members of one family were injured.", [("family members", None, 2)]),
        # A span of past years dates the toll: background.
        (
            "The rebels attacked 40 convoys between March 2022 and late 2024, killing at least "
            "60 drivers.",
            [],
        ),
        ("From 2021 to 2023, the militia's raids killed 300 villagers.", []),
    ],
)
def test_family_members_and_past_spans(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


# A negated figure counts the people spared ("None of its 21 crew members were hurt");
# bodies handed from one side to the other are a repatriation, not a toll; bodies pulled
# from rubble stay the dead, even when later "handed over to relatives".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("None of its 21 crew members were hurt, the company said.", []),
        ("Neither of the two guards on duty was injured.", []),
        ("No one among the 40 passengers was killed, police said.", []),
        (
            "None of the 18 sailors was hurt, but two dock workers were wounded.",
            [("workers", None, 2)],
        ),
        ("Ukraine brought home the bodies of 757 fallen soldiers on Friday.", []),
        (
            "Kyiv received the bodies of 1,000 people, while 31 bodies were handed to Russia.",
            [],
        ),
        ("Israel returned the bodies of 15 Palestinians through the Red Cross.", []),
        (
            "Rescuers pulled the bodies of four people from the rubble and handed them over to "
            "relatives.",
            [("people", 4, None)],
        ),
        (
            "The bodies of two soldiers killed in an exchange of fire were recovered.",
            [("soldiers", 2, None)],
        ),
    ],
)
def test_spared_and_repatriated_are_no_toll(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


# "Another N <group>" in the next sentence completes the record before only for the same
# group (or "people"), its harm possibly after a short phrase or as "taken to hospital"; a
# different group noun stays a record of its own. A recap of an earlier story ("As reported
# earlier, ...") is no toll of this one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two civilians were killed when a shell hit a bus stop. Another six passengers "
            "were taken to hospital, the governor said.",
            [("civilians", 2, None), ("passengers", None, 6)],
        ),
        (
            "A drone hit a minibus, killing three people. A further four people waiting at "
            "the stop were taken to hospital.",
            [("people", 3, 4)],
        ),
        (
            "Three soldiers were killed at a checkpoint. Another two civilians were wounded.",
            [("soldiers", 3, None), ("civilians", None, 2)],
        ),
        ("As reported earlier, one person was killed and seven others were injured.", []),
        ("As Ukrinform reported, on May 3 a strike killed two people in Sumy.", []),
        ("As noted, four people were injured in the attack.", [("people", None, 4)]),
    ],
)
def test_another_group_and_recaps(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


# A sentence whose subject is an earlier report is superseded, unless the figure comes after
# a turn ("but ... later"); "Among the dead were a woman and her two children" is a subgroup,
# so "Five others were wounded" completes the main record, not the children's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An unconfirmed earlier report by a Telegram channel close to the police, which "
            "cited witnesses, put the death toll at seven.",
            [],
        ),
        ("Early reports said five people were killed.", []),
        (
            "Initial reports said five people were killed, but the toll later rose to eight.",
            [("people", 8, None)],
        ),
        (
            "A strike on a house killed at least ten people, the ministry said.\n\nAmong the "
            "dead were a woman and her two children. Five others were wounded.",
            [("people", 10, 5), ("children", 2, None)],
        ),
        ("Among the injured were an elderly man and two teenagers.", [("teenagers", None, 2)]),
    ],
)
def test_earlier_reports_and_listed_subgroups(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


# "N of the M <group> were killed" counts the N (the M are those present); so does "Of the M
# people on the bus, N were killed"; "Of the M people injured, N were children" keeps both.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the 19 sailors were killed, the company said.", [("sailors", 2, None)]),
        ("Three of its five crew members were injured.", [("crew members", None, 3)]),
        ("Four of the 30 workers at the plant were wounded.", [("workers", None, 4)]),
        ("Of the 12 people on the bus, five were killed.", [("people", 5, None)]),
        (
            "Of the 12 people injured, four were children.",
            [("people", None, 12), ("children", None, 4)],
        ),
    ],
)
def test_partitive_tolls(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


# "N more <things>" counts no people; "Two more people died" after a toll of two is a
# further record, not a restatement of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces struck Kherson and eight more settlements, killing three people.",
            [("people", 3, None)],
        ),
        ("Two people were killed. Three more were injured.", [("people", 2, 3)]),
        ("Four were hurt in Izium, two more in Lyman.", [("people", None, 4), ("people", None, 2)]),
        (
            "Shelling killed two people and wounded nine. Two more people died in hospital.",
            [("people", 2, 9), ("people", 2, None)],
        ),
    ],
)  # fmt: skip
def test_more_things_and_further_tolls(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


# Sixth-session readings (dev_numeric8): an earlier figure in the pluperfect with an adverb,
# a past month's incident, "martyrs" as the dead, a preliminary figure stated now, a toll
# phrase cut from its figure, and "also wounded N others" completing the record before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The civil defence agency had earlier said 21 people had been killed.", []),
        ("Last month, a strike on a bus stop in the district killed five people.", []),
        ("Earlier this month, shelling of the hospital killed 12 patients.", []),
        ("The strike left 13 martyrs and dozens of wounded.", [("people", 13, None)]),
        ("Thousands gathered in Martyrs Square, where 40 shops were shut.", []),
        ("Preliminary reports indicate that 22 people were injured.", [("people", None, 22)]),
        ("Initial reports had said two people were hurt.", []),
        ("The death toll after the strike on the market rose to 14.", [("people", 14, None)]),
        (
            "An RSF shell killed at least eight people, the committee said. The shelling also "
            "wounded 23 others, it said.",
            [("people", 8, 23)],
        ),
        (
            "Shelling killed two civilians in Vasylivka. Five other people received shrapnel "
            "wounds and were taken to hospital in Melitopol.",
            [("civilians", 2, 5)],
        ),
        (
            "Shelling killed three people in Nikopol. A drone strike also wounded six others in "
            "Marhanets.",
            [("people", 3, None), ("people", None, 6)],
        ),
        ("As reported, on Tuesday Russian shelling killed two people in the region.", []),
        (
            "Hostilities since October have killed more than 600 people in Lebanon. On the "
            "Israeli side, 22 soldiers and 25 civilians have been killed.",
            [],
        ),
        (
            "Hostilities since October have killed more than 600 people in Lebanon. On the "
            "Israeli side, three soldiers were killed on Sunday.",
            [("soldiers", 3, None)],
        ),
        # dev_numeric17: German copy in English.
        (
            "Two men were killed in a drone attack on Pavlohrad. Four other people were injured.",
            [("men", 2, None), ("people", None, 4)],
        ),
        (
            "Three people were injured, one of them, a 71-year-old woman, had to be taken to "
            "hospital.",
            [("people", None, 3), ("people", None, 1)],
        ),
        ("The attack of 7 October 2023, in which about 1,200 people were killed, began it.", []),
        (
            "In total, 14 people were injured, while six remain in hospital.",
            [("people", None, 14), ("people", None, 6)],
        ),
        (
            "57 civilians were killed, 32 in El Fasher and 25 in Samsam.",
            [("civilians", 57, None), ("civilians", 32, None), ("civilians", 25, None)],
        ),
        ("39 people (including six children) were rescued from the rubble.", []),
    ],
)  # fmt: skip
def test_sixth_session_readings(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(c.group, c.killed, c.injured) for c in casualties(text)] == expected


# dev_numeric9: hospital and condition subgroups after "of them", a toll update's wounded
# figure, "N of the people wounded ... died", "N others were being treated".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'A drone hit a house, injuring five people. "Two of them have been taken to '
            'hospital," the mayor wrote.',
            [(None, 5), (None, 2)],
        ),
        (
            "The death toll from a missile strike on Odesa rose to 11, the governor said. He "
            "said 40 people had been wounded. Nine of them remained in hospital, two in a "
            "serious condition.",
            [(11, 40), (None, 9), (None, 2)],
        ),
        (
            "The death toll from the strike on Sumy rose to 11. In a separate attack on "
            "Okhtyrka, four people were wounded.",
            [(11, None), (None, 4)],
        ),
        (
            "Shelling wounded six people in Kherson. All of them were later released.",
            [(None, 6)],
        ),
        (
            "Doctors said two of the people wounded in a strike on a tent camp died overnight, "
            "and that 17 others were still being treated there.",
            [(2, 17)],
        ),
        (
            "Israel says about 1,200 people were killed in the Hamas-led attack that started "
            "the war.",
            [],
        ),
    ],
)
def test_ninth_batch_records(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert [(c.killed, c.injured) for c in casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Medics treated two people for shrapnel wounds and five others for shock.",
            [(None, 2)],
        ),
        (
            "More than 3,000 people were killed in Lebanon during the 2023-2024 war.",
            [],
        ),
        (
            "Officials say 900 people were killed in the raid of March 3, 2024.",
            [],
        ),
        (
            "Shelling killed five civilians, the governor said. Four of the dead were in "
            "Pokrovsk and one in Myrnohrad.",
            [(5, None), (4, None), (1, None)],
        ),
        (
            "A drone wounded nine people, three of whom were taken to hospital.",
            [(None, 9), (None, 3)],
        ),
        # The appositive condition subgroup is a record; "none/all of them" is not.
        (
            "One person died and nine others were injured, four of them seriously.",
            [(1, 9), (None, 4)],
        ),
        (
            "The drone wounded 18 people. Three children were among the wounded, he said, one "
            "of them in critical condition.",
            [(None, 18), (None, 3), (None, 1)],
        ),
        ("The attack wounded 14 people, none of them seriously.", [(None, 14)]),
        ("Twelve people were hurt, all of them seriously.", [(None, 12)]),
        (
            "The toll rose to 7 after rescuers found two more bodies in the rubble.",
            [(7, None)],
        ),
    ],
)
def test_tenth_batch_records(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert [(c.killed, c.injured) for c in casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 17 people, with 40 others abducted, activists said.", [(17, None)]),
        ("Militants killed three guards, and 11 soldiers were taken captive.", [(3, None)]),
        ("A strike killed six people, with nine more still missing under the rubble.", [(6, None)]),
        (
            "Jets hit Tyre in retaliation for a rocket attack that killed 12 children. The "
            "strikes killed three people.",
            [(3, None)],
        ),
        ("Mourners marked the anniversary of the attack that killed 26 tourists.", []),
        ("Shelling hit a post in which at least three troopers were killed.", [(3, None)]),
        ("Seven members of the Abu Nasr family were killed in a strike.", [(7, None)]),
        ("A drone boat hit the ship and one sailor was injured.", [(None, 1)]),
        ("Attacks killed one person and injured 13 more over the past day.", [(1, 13)]),
        ("Troops shelled Nikopol 20 times and Marhanets 12 more over the past day.", []),
        ("The outage is putting the lives of 240 patients at risk.", []),
        (
            "At least 798 people have been killed by Israeli fire at food distribution points "
            "in Gaza since the end of May.",
            [],
        ),
        ("One resident said five people were killed.", [(5, None)]),
        ("One officer said three people were killed in the strike.", [(3, None)]),
        ("A second drone hit the ambulance, and one medic was wounded.", [(None, 1)]),
        ("The siege was endangering the lives of 260,000 civilians.", []),
        (
            "At least 860 people have been killed near aid sites since the end of May. "
            "Gunfire near a Rafah site killed nine people on Wednesday.",
            [(9, None)],
        ),
    ],
)
def test_eleventh_batch_records(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert [(c.killed, c.injured) for c in casualties(text)] == expected


def test_eleventh_batch_family_group() -> None:
    found = casualties("Five members of the Darwish family died in the bombardment.")
    assert [(c.group, c.killed) for c in found] == [("family members", 5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sixth session, third round (dev_numeric19).
        (
            "Five people were killed in a drone attack on a bus. The prosecutor's office put "
            "the number of injured at nine.",
            [(5, 9)],
        ),
        (
            "At least 25 people were killed by Israeli fire. The number of injured was given "
            "as 83.",
            [(25, 83)],
        ),
        (
            "After the attack, the number of dead rose to seven, the governor said. More than "
            "30 people were wounded.",
            [(7, 30)],
        ),
        (
            "At least three people lost their lives in the shelling. Another 16 were wounded, "
            "the administration wrote on Telegram.",
            [(3, 16)],
        ),
        ("Rescuers evacuated 25 injured people from the building.", [(None, 25)]),
        ("Rescuers evacuated 40 residents from the district.", []),
        ("A woman was killed by a drone. Two further people suffered injuries.", [(None, 2)]),
        (
            "Since the start of the war, more than 42,000 Palestinians have been killed, the "
            "ministry says. 97,700 Palestinians were injured according to this.",
            [],
        ),
    ],
)
def test_third_round_records(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert [(c.killed, c.injured) for c in casualties(text)] == expected

"""Minimal sentences for the readings of the eleventh session's fourth statement round on
dev_articles44/43/42 (air-defence and casualty copy in translated German, literal Romanian
and Ukrainian agency copy and agency English; helper h_stmt15, batch ``dev_statements40``).
Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

POSITIVE = [
    # "according to the regional administration in PLACE, C" (the place ends the source)
    (
        "According to the regional administration in Rivne, a depot burned down overnight.",
        [("Rivne regional administration", "indirect", "a depot burned down overnight")],
    ),
    (
        "A depot burned down, according to the regional military administration in Sumy.",
        [("Sumy regional military administration", "indirect", "A depot burned down")],
    ),
    # German "hieß es (weiter)": across a paragraph break, "further it said"
    (
        "The Polish Operational Command said jets had been scrambled.\n\nThe aircraft "
        "landed again after three hours, it was said.",
        [
            ("Polish Operational Command", "indirect", "jets had been scrambled"),
            (
                "Polish Operational Command",
                "indirect",
                "The aircraft landed again after three hours",
            ),
        ],
    ),
    (
        "The Ukrainian air force said the night had been quiet. Only scout drones had been "
        "seen over Mykolaiv, further it said.",
        [
            ("Ukrainian Air Force", "indirect", "the night had been quiet"),
            ("Ukrainian Air Force", "indirect", "Only scout drones had been seen over Mykolaiv"),
        ],
    ),
    (
        "Ukrenergo said two substations had been damaged. Shutdowns would follow in the "
        "evening, it was said further.",
        [
            ("Ukrenergo", "indirect", "two substations had been damaged"),
            ("Ukrenergo", "indirect", "Shutdowns would follow in the evening"),
        ],
    ),
    # a colon after a sentence naming the speaker without a verb of saying
    (
        "Governor Ivan Fedorov gave his own account: The shelling had stopped before dawn, "
        "he wrote.",
        [("Ivan Fedorov", "indirect", "The shelling had stopped before dawn")],
    ),
    (
        "Mayor Vitali Klitschko said the metro was open. Defence Minister Boris Pistorius had "
        "rejected the idea on Monday: the army was not ready, he said in an interview.",
        [
            ("Vitali Klitschko", "indirect", "the metro was open"),
            ("Boris Pistorius", "indirect", "the army was not ready"),
        ],
    ),
    # "according to" a rule or plan is no source
    (
        "Poland would ask for consultations according to Article 4 of the treaty, Prime "
        "Minister Donald Tusk said.",
        [
            (
                "Donald Tusk",
                "indirect",
                "Poland would ask for consultations according to Article 4 of the treaty",
            )
        ],
    ),
    # a region fronted in German order
    (
        "Drones hit Lviv. In the region Wolhynien, the regional military administration "
        "reported that a substation had been hit.",
        [
            (
                "Wolhynien regional military administration",
                "indirect",
                "a substation had been hit",
            )
        ],
    ),
    # an acronym spelled out before; "a ministry spokesman"; allegiance tags
    (
        "Romania's Ministry of National Defence (MApN) said jets were scrambled. A fragment "
        "was found near Plauru, MApN specified.",
        [
            ("Romanian Ministry of National Defence", "indirect", "jets were scrambled"),
            (
                "Romanian Ministry of National Defence",
                "indirect",
                "A fragment was found near Plauru",
            ),
        ],
    ),
    (
        "The Gaza health ministry said the hospital had no fuel. The generators had stopped, "
        "a ministry spokesman said.",
        [
            ("Gaza health ministry", "indirect", "the hospital had no fuel"),
            ("Gaza health ministry", "indirect", "The generators had stopped"),
        ],
    ),
    (
        "Sudan's army-aligned health ministry said the hospital had been shelled.",
        [("Sudanese health ministry", "indirect", "the hospital had been shelled")],
    ),
    (
        "Strikes hit a school in Gaza City. Rescuers were still digging, according to the "
        "civil defence.",
        [("Gaza civil defence", "indirect", "Rescuers were still digging")],
    ),
    # partials: "as X has put it", "rejected the claim as « »"
    (
        'Berlin has promised help "as long as necessary", as Merz has often put it.',
        [("Friedrich Merz", "partial", "as long as necessary")],
    ),
    (
        "The Russian Defence Ministry said it had hit a camp. The Ukrainian General Staff "
        "rejected the claim as « a crude fabrication ».",
        [
            ("Russian Defence Ministry", "indirect", "it had hit a camp"),
            ("Ukrainian General Staff", "partial", "a crude fabrication"),
        ],
    ),
    # a short head before a mid-sentence source
    (
        "Governor Ivan Fedorov said the night was loud. The missiles struck, according to "
        "Fedorov, an energy facility and a bus depot.",
        [
            ("Ivan Fedorov", "indirect", "the night was loud"),
            ("Ivan Fedorov", "indirect", "an energy facility and a bus depot"),
        ],
    ),
    # "the military" after the attacker opens the sentence
    (
        "Iran sent drones toward Israel, the Israeli military said. Iran launched more drones "
        "in the evening, the military said.",
        [
            ("Israeli military", "indirect", "Iran sent drones toward Israel"),
            ("Israeli military", "indirect", "Iran launched more drones in the evening"),
        ],
    ),
    # an organisation in apposition; "the aid group"
    (
        "Separately, the Omdurman Emergency Rooms, a volunteer group, said a market was hit.",
        [("Omdurman Emergency Rooms", "indirect", "a market was hit")],
    ),
    # "the city's emergency medical center" in a datelined story
    (
        "DNIPRO, Ukraine (Newswire) — A drone hit an ambulance. The crew was treated for "
        "burns, according to the city's emergency medical center.",
        [("Dnipro emergency medical center", "indirect", "The crew was treated for burns")],
    ),
    # "threatened", "the governor there", "spoke of N ... destroyed"
    (
        "Merz set a deadline. Otherwise sanctions would follow, the chancellor threatened.",
        [("Friedrich Merz", "indirect", "Otherwise sanctions would follow")],
    ),
    (
        "Drones also hit a depot in the Lipetsk region, the governor there reported.",
        [
            (
                "Lipetsk regional governor",
                "indirect",
                "Drones also hit a depot in the Lipetsk region",
            )
        ],
    ),
    (
        "According to the Ukrainian Air Force, Russia launched 120 drones. The air force "
        "spoke of 95 drones destroyed.",
        [
            ("Ukrainian Air Force", "indirect", "Russia launched 120 drones"),
            ("Ukrainian Air Force", "indirect", "95 drones destroyed"),
        ],
    ),
    # a fragment closing the clause before a trailing cue stays indirect (written convention)
    (
        "He wanted to meet Zelensky „as soon as possible“, Merz added.",
        [("Friedrich Merz", "indirect", "He wanted to meet Zelensky „as soon as possible“")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_reading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


NEGATIVE = [
    "According to the ceasefire agreement, both sides must pull back their heavy weapons.",
    "Everything went according to plan for the convoy, which reached the crossing at noon.",
    "A ministry spokesman was not available for comment.",
    "The governor there has been in office since 2021.",
    "The military said nothing about its losses.",
    "The aid group was founded in 1971 and works in 70 countries.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


def test_rejected_version() -> None:
    text = "The General Staff rejected this version as « cynical propaganda »."
    assert ("Ukrainian General Staff", "partial", "cynical propaganda") in _said(text)


def test_diplomat_in_city() -> None:
    text = (
        "„That must remain the rule“, said a senior EU diplomat in Brussels, who asked not "
        "to be named."
    )
    assert _said(text) == [
        ("senior EU diplomat in Brussels", "direct", "That must remain the rule")
    ]

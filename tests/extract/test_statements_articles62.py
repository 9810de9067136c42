"""Statements in literal English of Asian and Middle-Eastern copy and agency English
(statement round 30, ``dev_statements55``): "expressed the view that", "appreciated that",
"C, the quoted source also specifies.", a dateline before a quote, bodies named by their
country, their agency or their movement, an age and a description before the verb, service
officials, a participle after a quote, a profession or a rank before an inverted name and
"told reporters at X that". Sentences are the helper's own, none from the batch."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Statement

_LEAD = "The sirens sounded shortly before noon.\n\n"
"""A first paragraph, so that no probe sentence stands alone as a headline."""


def _said(text: str) -> set[tuple[str, str, str]]:
    found = extract(text if "(" in text[:30] else _LEAD + text)  # a dateline opens its body
    return {(f.speaker, f.mode, f.quote) for f in found if isinstance(f, Statement)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb phrases of saying read only before "that"
        (
            "Foreign Minister Yuki Tanabe also expressed the view that the talks could resume.",
            {("Yuki Tanabe", "indirect", "the talks could resume")},
        ),
        (
            "Senator Mirela Popa expressed her belief that the radar would be ready in May.",
            {("Mirela Popa", "indirect", "the radar would be ready in May")},
        ),
        (
            "Prime Minister Ilie Bolojan, present in Brussels, appreciated that the EU must pay "
            "for the new air-defence line.",
            {("Ilie Bolojan", "indirect", "the EU must pay for the new air-defence line")},
        ),
        (
            "President Nicusor Dan appreciates on Monday that the drills went well.",
            {("Nicusor Dan", "indirect", "the drills went well")},
        ),
        ("The mayor appreciated the help of the volunteers on Sunday.", set()),
        ("The minister expressed concern about the new launches.", set()),
        # the body of the sentence before, in the present tense
        (
            "The ministry said the drone had crashed in a field. Nobody was hurt, the quoted "
            "source also specifies.",
            {
                ("ministry", "indirect", "the drone had crashed in a field"),
                ("ministry", "indirect", "Nobody was hurt"),
            },
        ),
        (
            "The Border Police said the crossing was closed. Lorries wait at Siret, the cited "
            "source also mentions.",
            {
                ("Border Police", "indirect", "the crossing was closed"),
                ("Border Police", "indirect", "Lorries wait at Siret"),
            },
        ),
        # a dateline before a quote
        (
            'Paris - "We stand by Kyiv," said Emmanuel Macron on Tuesday.',
            {("Emmanuel Macron", "direct", "We stand by Kyiv,")},
        ),
        (
            'Rome, 12 March - "Aid will continue," said Antonio Tajani.',
            {("Antonio Tajani", "direct", "Aid will continue,")},
        ),
        (
            "Vilnius – “The border is safe,” Gitanas Nauseda said.",
            {("Gitanas Nauseda", "direct", "The border is safe,")},
        ),
        ("Paris - The parliament will vote on the budget next week.", set()),
        # a body named by its country, its agency or its movement
        (
            "South Korea's Joint Chiefs of Staff (JCS) said the North fired artillery. The JCS "
            "said the shells fell into the sea.",
            {
                ("South Korean Joint Chiefs of Staff", "indirect", "the North fired artillery"),
                ("South Korean Joint Chiefs of Staff", "indirect", "the shells fell into the sea"),
            },
        ),
        (
            "TOKYO, Sept 3 (Kyodo) -- The Ministry of Defense said the object fell into the sea."
            "\n\nThe coast guard issued a warning.",
            {("Japanese Ministry of Defense", "indirect", "the object fell into the sea")},
        ),
        (
            "SEOUL, Sept 3 (Yonhap) -- The presidential office said it would convene a meeting."
            "\n\nThe launch came a day after the drills ended.",
            {("South Korean presidential office", "indirect", "it would convene a meeting")},
        ),
        (
            "The official KCNA news agency said the test had been a success.",
            {("KCNA", "indirect", "the test had been a success")},
        ),
        (
            "The army said the border was calm. The Hamas movement said the talks had failed. "
            "It called on Egypt to step in.",
            {
                ("army", "indirect", "the border was calm"),
                ("Hamas", "indirect", "the talks had failed"),
                ("Hamas", "indirect", "Egypt to step in"),
            },
        ),
        # an age and a description before the verb; a service describes an official
        (
            "Ivan Petrenko, 71, a retired miner, said the blast threw him out of bed.",
            {("Ivan Petrenko", "indirect", "the blast threw him out of bed")},
        ),
        ("Ivan Petrenko, 71, a retired miner, spent the night in the cellar.", set()),
        (
            "A police official told AFP that the road was closed, adding that the crater was deep.",
            {
                ("police official", "indirect", "the road was closed"),
                ("police official", "indirect", "the crater was deep"),
            },
        ),
        ("A senior official said that the road was closed.", set()),
        # a participle after a quote; ", claiming that" after a clause
        (
            "“Talks are the only way,” Mao Ning said, stressing that China backs a ceasefire.",
            {
                ("Mao Ning", "direct", "Talks are the only way,"),
                ("Mao Ning", "indirect", "China backs a ceasefire"),
            },
        ),
        (
            "The army said it had hit a depot near Tyre, claiming that the group stored rockets "
            "there.",
            {
                ("army", "indirect", "it had hit a depot near Tyre"),
                ("army", "indirect", "the group stored rockets there"),
            },
        ),
        # a profession or a rank between the verb and the name
        (
            "“The roof collapsed,” said MDA paramedic Yael Cohen. “We carried out two people.”",
            {
                ("Yael Cohen", "direct", "The roof collapsed,"),
                ("Yael Cohen", "direct", "We carried out two people."),
            },
        ),
        (
            "“Every launcher was hit,” said the commander of the air wing, Brig. Gen. Amir Dor.",
            {("Amir Dor", "direct", "Every launcher was hit,")},
        ),
        # a place or occasion between the hearer and "that"
        (
            "Defence Minister Taro Kimura told reporters at the ministry that the radar had "
            "tracked the missile.",
            {("Taro Kimura", "indirect", "the radar had tracked the missile")},
        ),
    ],
)
def test_round30_readings(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Inspectorate for Emergency Situations reported that the fire was put out.",
            {("Inspectorate for Emergency Situations", "indirect", "the fire was put out")},
        ),
        pytest.param(
            "A telephone poll by Kyodo News in May found that most voters back the aid.",
            {("Kyodo News", "indirect", "most voters back the aid")},
        ),
    ],
)
def test_round30_open(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _said(text) == expected

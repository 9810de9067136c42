"""Minimal sentences for the readings of statement round 51 (helper h_real_s51, batch
``dev_statements77``): body names in real agency wording, agency source lines and restated
headlines. Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

POSITIVE = [
    # table bodies in real wording (speakers.csv rows)
    (
        "Russian forces repelled an attack near Tetkino, the Defense Ministry of Russia said.",
        [
            (
                "Russian Defence Ministry",
                "indirect",
                "Russian forces repelled an attack near Tetkino",
            )
        ],
    ),
    (
        "The front line near Lyman held overnight, Kyiv's military said.",
        [("Ukrainian military", "indirect", "The front line near Lyman held overnight")],
    ),
    # a bare health ministry in a Gaza story
    (
        "The Gaza-based Health Ministry said the last hospital in Rafah had closed.",
        [("Gaza health ministry", "indirect", "the last hospital in Rafah had closed")],
    ),
    (
        "Israeli troops entered the Gaza refugee camp at dawn. Clinics in the camp were "
        "shut, the Health Ministry said.",
        [("Gaza health ministry", "indirect", "Clinics in the camp were shut")],
    ),
    # a bare outlet noun after the outlet ("COUNTRY's Channel N" is the outlet's own name)
    (
        "Israel's Channel 12 said sirens had sounded in Nahariya. A fire broke out in a "
        "field, the broadcaster said.",
        [
            ("Channel 12", "indirect", "sirens had sounded in Nahariya"),
            ("Channel 12", "indirect", "A fire broke out in a field"),
        ],
    ),
    # regional prosecutors and the "region governor"
    (
        "Prosecutors in the northern Sumy region said a bakery had been damaged.",
        [("Sumy regional prosecutors", "indirect", "a bakery had been damaged")],
    ),
    (
        "The Kherson region governor said a bus depot had been hit.",
        [("Kherson region governor", "indirect", "a bus depot had been hit")],
    ),
    (
        "According to the head of the Poltava regional military administration, debris fell "
        "on a field.",
        [
            (
                "head of the Poltava regional military administration",
                "indirect",
                "debris fell on a field",
            )
        ],
    ),
    # the press secretary of a head of state the table lists
    (
        "“We have nothing to add,” the press secretary of the Russian president said.",
        [("Dmitry Peskov", "direct", "We have nothing to add,")],
    ),
    # an abbreviated rank, an apposed spokesperson, a long title before a name
    (
        "Colonel Vyomika Singh briefed reporters in Delhi. “The response was measured,” "
        "Col Singh said.",
        [("Vyomika Singh", "direct", "The response was measured,")],
    ),
    (
        "According to the army's spokesman, Maj Gen Rashid Karim, the border was calm. He "
        "said patrols had been doubled.",
        [
            ("Rashid Karim", "indirect", "the border was calm"),
            ("Rashid Karim", "indirect", "patrols had been doubled"),
        ],
    ),
    (
        "Deputy Assistant to the President for National Security Laura Stein said that the "
        "talks would resume.",
        [("Laura Stein", "indirect", "the talks would resume")],
    ),
    # agency source lines credit the sentence before
    (
        "A power line was cut in the Nikopol district overnight. According to Ukrinform, "
        "this was reported on Telegram by the head of the Dnipropetrovsk Regional Military "
        "Administration Serhii Lysak.",
        [
            (
                "Serhii Lysak",
                "indirect",
                "A power line was cut in the Nikopol district overnight",
            )
        ],
    ),
]

NEGATIVE = [
    # a headline the body restates, and one credited by "X announced this"
    "Air Force says drones targeted Odesa port\n\nRussian drones targeted the port of Odesa "
    "overnight, the Air Force said.",
    "Russians shell Kherson this morning, damaging a school\nRoman Mrochko, head of the city "
    "military administration, announced this on Telegram, Ukrinform reports.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_reads(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = _said(text)
    for each in expected:
        assert each in found, found


@pytest.mark.parametrize("text", NEGATIVE)
def test_headline_not_a_statement(text: str) -> None:
    heads = text.split("\n")[0]
    assert not [s for s in _said(text) if s[2] in heads or heads.endswith(s[2])], _said(text)


def test_announced_after_negation() -> None:  # read since round h_fix_s73 (_s73read)
    text = (
        "The Hezbollah group did not comment on the raid but announced earlier that it was "
        "targeting army posts near the border."
    )
    assert ("Hezbollah", "indirect", "it was targeting army posts near the border") in _said(text)

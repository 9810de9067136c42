"""Round 96 (h_fix_s96): "X claimed C, the BODY said" is X's, "the group said" after its
outlet is the group, "While A claimed ..., B denied ..., saying C" is B's, ", with B conceding
that C" is B's, "NAME, a DESCRIPTION, confirmed ..., noting that C" is NAME's, "the X-run health
ministry" keeps its group, "the source told X" is the source just before; and the negatives;
read on real ``extract()`` output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "Hamas claimed its fighters had hit an army bulldozer in Rafah, the group's "
            "channel said on Thursday.",
            "Hamas",
            "its fighters had hit an army bulldozer in Rafah",
            id="claimed-then-trailing-outlet",
        ),
        pytest.param(
            "Yemen's Houthis claimed a boat was sunk off Mocha, which they blamed on Britain, "
            "the health ministry said.",
            "Houthis",
            "a boat was sunk off Mocha, which they blamed on Britain",
            id="claimed-with-relative-then-ministry",
        ),
        pytest.param(
            "Hezbollah fired rockets at Kiryat Shmona. Two people were hurt in Tyre, Al-Manar "
            "TV said. Later, the group said its fighters had hit a radar post.",
            "Hezbollah",
            "its fighters had hit a radar post",
            id="group-after-its-outlet",
        ),
        pytest.param(
            "While the RSF claimed on Friday control of Um Kadada, the army in a statement "
            "denied the loss of the town, saying its units were still in the market.",
            "army",
            "its units were still in the market",
            id="while-claimed-denied-saying",
        ),
        pytest.param(
            "India said it had struck nine sites, with Pakistani officials conceding that two "
            "depots had burned.",
            "Pakistani officials",
            "two depots had burned",
            id="with-conceding-that",
        ),
        pytest.param(
            "The Tawila Relief Group, a local charity, confirmed the shelling, noting that the "
            "camp clinic had closed.",
            "Tawila Relief Group",
            "the camp clinic had closed",
            id="apposed-group-noting",
        ),
        pytest.param(
            "Eleven people were killed in US strikes near Sanaa, according to the Houthi-run "
            "health ministry.",
            "Houthi-run health ministry",
            "Eleven people were killed in US strikes near Sanaa",
            id="run-ministry-keeps-group",
        ),
        pytest.param(
            "A worker at the power company told AFP the lines were down. The army source said "
            "the drones came from the west. \u201cWe downed four,\u201d the source told AFP.",
            "army source",
            "We downed four,",
            id="the-source-after-two-sources",
        ),
    ],
)
def test_speaker(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("While talks went on in Jeddah, shelling continued in Bara.", id="while"),
        pytest.param("With the airport closed, flights were sent to Lahore.", id="with"),
        pytest.param("The source of the blast was not known.", id="source-noun"),
        pytest.param("The claimed toll could not be verified.", id="claimed-adjective"),
        pytest.param(
            "The Tawila Relief Group, a local charity, has handed out food since May.",
            id="apposed-no-verb",
        ),
    ],
)
def test_no_statement(text: str) -> None:
    assert _said(text) == set()


def test_keeps_the_named_speaker() -> None:
    text = "The ministry said two drones were downed, with no damage reported on the ground."
    assert not any(s == "no damage" for s, _ in _said(text))

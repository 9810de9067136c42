"""Minimal sentences for the statement leftovers round (h_stmt43, ``_s43post``,
``dev_statements69``): German verb-final "as X on PLATFORM VERB-ed", "as referred by X",
"For X, who ..., C", "qualified X as «F»", "C, according to X, which ...", "According to the
DEMONYM press", a two-word surname, the long body behind "the centre", "declared herself
convinced that" and "the minister" after a counterpart. Names, places and outlets differ from
the batch's to check the readings transfer."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _statements

READS = [
    pytest.param(
        "The metro will run all night, as the mayor Klaus Wegner on Instagram announced.",
        ("Klaus Wegner", "indirect", "The metro will run all night"),
        id="as-platform",
    ),
    pytest.param(
        "The dam is stable, as the water minister Helga Brandt on Telegram explained, adding "
        "that no town is at risk.",
        ("Helga Brandt", "indirect", "no town is at risk"),
        id="as-platform-adding",
    ),
    pytest.param(
        "The strike destroyed a hangar near Kramatorsk, as referred by the head of the regional "
        "administration, Marta Kovalenko.",
        ("Marta Kovalenko", "indirect", "The strike destroyed a hangar near Kramatorsk"),
        id="as-referred-by",
    ),
    pytest.param(
        "For Antonio Costa, who hosted the summit in Porto, the deal is a turning point.",
        ("Antonio Costa", "indirect", "the deal is a turning point"),
        id="for-who",
    ),
    pytest.param(
        "For the mayor of Odesa, Hennadii Trukhanov, who toured the port, the damage is heavy.",
        ("Hennadii Trukhanov", "indirect", "the damage is heavy"),
        id="for-role-name-who",
    ),
    pytest.param(
        "The Romanian premier Ilie Bolojan has qualified the decision as «a historic step».",
        ("Ilie Bolojan", "partial", "a historic step"),
        id="qualified-as",
    ),
    pytest.param(
        "Bart De Wever qualified the cable cut as «sabotage», while his minister sent ships.",
        ("Bart De Wever", "partial", "sabotage"),
        id="qualified-as-other-named",
    ),
    pytest.param(
        "The ship sailed on Monday, according to the port authority, which gave no details.",
        ("port authority", "indirect", "The ship sailed on Monday"),
        id="according-which",
    ),
    pytest.param(
        "According to the British press, the carrier will sail to the Mediterranean.",
        ("British press", "indirect", "the carrier will sail to the Mediterranean"),
        id="demonym-press",
    ),
    pytest.param(
        "The Argentine minister, Luis Petri Gómez, arrived. «We will help», said Petri Gómez.",
        ("Luis Petri Gómez", "direct", "We will help"),
        id="surname-run",
    ),
    pytest.param(
        "Meanwhile, the coordination centre for civil protection announced that two crews were "
        "sent. The centre added that the fire was out.",
        ("coordination centre for civil protection", "indirect", "the fire was out"),
        id="long-body-then-centre",
    ),
    pytest.param(
        "Antonio Costa said himself confident that the summit would end with a deal.",
        ("Antonio Costa", "indirect", "the summit would end with a deal"),
        id="himself-confident",
    ),
    pytest.param(
        "The Minister of Defence, Nuno Melo, will ask his Spanish counterpart, Margarita Robles, "
        "for details.\n\n«Our sailors are safe», wrote the minister on X.",
        ("Nuno Melo", "direct", "Our sailors are safe"),
        id="minister-not-counterpart",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READS)
def test_reads(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


NONE = [
    pytest.param("The queue grew as the guard on duty left.", id="as-no-platform"),
    pytest.param("The crowd cheered as the mayor on the stage appeared.", id="as-stage"),
    pytest.param("For Olena, who lost her house, the winter is the hardest part.", id="for-one"),
    pytest.param("For the residents, who had no power, the generators were a relief.", id="for-np"),
    pytest.param("According to the press, the talks are stalled.", id="bare-press"),
    pytest.param("The Latvian team qualified for the final as the best of its group.", id="sport"),
    pytest.param(
        "The convoy was held at the border, as referred to in the earlier bulletin.", id="as-ref"
    ),
    pytest.param(
        "The bridge was rebuilt according to the plan, which foresaw three stages.", id="plan"
    ),
]


@pytest.mark.parametrize("text", NONE)
def test_no_statement(text: str) -> None:
    assert not _statements(text)


def test_counterpart_kept_when_named_as_minister() -> None:
    found = _statements(
        "The Dutch minister Ruben Brekelmans met his German counterpart, Boris Pistorius.\n\n"
        "«The brigade is ready», said the minister."
    )
    assert ("Ruben Brekelmans", "direct", "The brigade is ready") in found

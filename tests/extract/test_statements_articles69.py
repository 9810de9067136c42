"""Minimal sentences for the statement round on dev_articles69 (h_stmt40, ``_s40post``,
``_s40names``): bodies qualified after their name or by a fronted adverbial, verb-first
tails naming a long body, "referred", clauses without "that", second saying verbs and
apposed settings. Names, places and verbs differ from the batch's to check the readings
transfer."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _statements

READS = [
    pytest.param(
        "The Ministry of Defence of Minsk let it be known that the joint exercises will end.",
        ("Belarusian Ministry of Defence", "indirect", "the joint exercises will end"),
        id="body-of-capital",
    ),
    pytest.param(
        "The repairs of the pipeline will last three weeks, specified the Ministry of Energy in "
        "Bucharest.",
        (
            "Romanian Ministry of Energy",
            "indirect",
            "The repairs of the pipeline will last three weeks",
        ),
        id="body-in-capital-tail",
    ),
    pytest.param(
        "The Ministry of Defence of Moscow assured that the drills in the Baltic are over.",
        ("Russian Defence Ministry", "indirect", "the drills in the Baltic are over"),
        id="table-body-of-capital",
    ),
    pytest.param(
        "On the Belarusian side, the border service assured that no drone had crossed.",
        ("Belarusian border service", "indirect", "no drone had crossed"),
        id="side-adverbial",
    ),
    pytest.param(
        "The Police of the Odesa region reported that the driver was arrested at dawn.",
        ("Odesa regional police", "indirect", "the driver was arrested at dawn"),
        id="region-after-body",
    ),
    pytest.param(
        "The American Central Command, in a note, specified that the ship reached Djibouti.",
        ("US Central Command", "indirect", "the ship reached Djibouti"),
        id="american-body",
    ),
    pytest.param(
        "The Kamal Adwan hospital of Beit Lahia, in the north of the Strip, communicated that it "
        "had run out of oxygen.",
        ("Kamal Adwan hospital", "indirect", "it had run out of oxygen"),
        id="hospital-apposed-setting",
    ),
    pytest.param(
        "The road to Kramatorsk will reopen on Monday, referred the governor of the Donetsk "
        "region, Vadym Filashkin.",
        ("Vadym Filashkin", "indirect", "The road to Kramatorsk will reopen on Monday"),
        id="referred-tail-role-name",
    ),
    pytest.param(
        "The mayor Ihor Terekhov referred that the metro will work as a shelter tonight.",
        ("Ihor Terekhov", "indirect", "the metro will work as a shelter tonight"),
        id="referred-that",
    ),
    pytest.param(
        "Some 84 soldiers returned home from captivity on Friday, communicated the coordination "
        "headquarters for the treatment of prisoners of war.",
        (
            "coordination headquarters for the treatment of prisoners of war",
            "indirect",
            "Some 84 soldiers returned home from captivity on Friday",
        ),
        id="tail-long-body",
    ),
    pytest.param(
        "The Lithuanian army affirmed it had detected two balloons over Vilnius, and said the "
        "airport was closed for an hour.",
        ("Lithuanian army", "indirect", "it had detected two balloons over Vilnius"),
        id="affirmed-no-that",
    ),
    pytest.param(
        "The Vice-premier Matteo Salvini criticised the plan and reiterated that Italy will not "
        "send soldiers.",
        ("Matteo Salvini", "indirect", "Italy will not send soldiers"),
        id="second-verb-after-object",
    ),
    pytest.param(
        "The foreign minister Antonio Tajani condemned «a cowardly raid» and confirmed that the "
        "consulate in Odesa stays open.",
        ("Antonio Tajani", "indirect", "the consulate in Odesa stays open"),
        id="second-verb-after-fragment",
    ),
    pytest.param(
        "Kyiv did not comment. The Kremlin spokesman, Dmitry Peskov, accused London of «open "
        "hostility».",
        ("Dmitry Peskov", "partial", "open hostility"),
        id="accused-of-fragment",
        marks=pytest.mark.xfail(reason="dev_articles68/69's call; reading it cost blind26"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), READS)
def test_reads(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


NEGATIVES = [
    pytest.param("The wounded were referred to the hospital of Zaporizhzhia.", id="referred-to"),
    pytest.param(
        "The minister referred the question to the commission on defence.", id="referred-object"
    ),
    pytest.param(
        "On the Ukrainian side of the border, the villages were left without power.",
        id="side-no-speaker",
    ),
    pytest.param(
        "The minister condemned the attack and confirmed his visit to Odesa.", id="noun-objects"
    ),
    pytest.param("The ship sank in the night, continued the shelling of the port.", id="tail-noun"),
    pytest.param(
        "The court of Kyiv accused the former mayor of corruption and of abuse of office.",
        id="accused-no-quote",
    ),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert not _statements(text)

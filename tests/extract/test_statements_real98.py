"""Round 98 (h_fix_s98): saying verbs in disguise read as plain "said" (", denying that C",
"X denies C", "X claimed C", ", with X reporting that C", "It was reported by X that C",
"Residents report that C"), "wrote that, ADVERBIAL, C" keeping its adverbial, "According to a
BBC review, C" and "According to figures released by X on DAY, C"; "according to preliminary
reports" names no speaker; and the negatives; read on real ``extract()`` output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "The Mykolaiv regional administration rejected the claim, denying that the bridge "
            "had been closed.",
            "Mykolaiv regional administration",
            "the bridge had been closed",
            id="denying-that",
        ),
        pytest.param(
            "UNICEF dismissed the report as \u201cfalse,\u201d denying that its trucks carried "
            "weapons.",
            "UNICEF",
            "its trucks carried weapons",
            id="partial-then-denying-that",
        ),
        pytest.param(
            "OCHA denies there were any armed guards at the crossing.",
            "OCHA",
            "there were any armed guards at the crossing",
            id="denies-bare-clause",
        ),
        pytest.param(
            "The Houthis claimed their drones hit a cargo ship near Hodeidah.",
            "Houthis",
            "their drones hit a cargo ship near Hodeidah",
            id="claimed-bare-clause",
        ),
        pytest.param(
            "Shelling went on near Pokrovsk, with the Ukrainian General Staff reporting that "
            "nine assaults were repelled.",
            "Ukrainian General Staff",
            "nine assaults were repelled",
            id="with-reporting-that",
        ),
        pytest.param(
            "Oleh Syniehubov wrote on Telegram that, according to early data, a warehouse "
            "burned in Chuhuiv.",
            "Oleh Syniehubov",
            "according to early data, a warehouse burned in Chuhuiv",
            id="that-comma-adverbial",
        ),
        pytest.param(
            "According to a BBC review, 14 ferries were damaged in the port.",
            "BBC",
            "14 ferries were damaged in the port",
            id="according-to-outlet-review",
        ),
        pytest.param(
            "According to figures released by WHO on Friday, nine clinics closed in Rafah.",
            "WHO",
            "nine clinics closed in Rafah",
            id="according-to-figures-released-on-day",
        ),
        pytest.param(
            "The fire spread fast. It was later reported by the State Emergency Service that "
            "the blaze had been put out.",
            "State Emergency Service",
            "the blaze had been put out",
            id="it-was-reported-by",
        ),
        pytest.param(
            "Residents report that the bakery in the square was shut all week.",
            "Residents",
            "the bakery in the square was shut all week",
            id="plural-report-that",
        ),
        pytest.param(
            "Aid workers believe that the camp now holds twice as many families.",
            "Aid workers",
            "the camp now holds twice as many families",
            id="plural-believe-that",
        ),
    ],
)
def test_read(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The shell, according to preliminary reports, landed in a field near Kupiansk.",
            id="according-to-reports-incise",
        ),
        pytest.param("The firm denied the allegations and paid the fine.", id="denied-object"),
        pytest.param("The blast claimed the lives of the crew.", id="claimed-the-lives"),
        pytest.param("Students report to the gym at nine each day.", id="report-to"),
        pytest.param("Many villagers believe in the ceasefire.", id="believe-in"),
        pytest.param("Work resumed, with the crane lifting two beams.", id="with-no-cue"),
        pytest.param("The boat was reported missing by its crew.", id="reported-missing"),
        pytest.param("The border guards denied entry to the lorry.", id="denied-entry"),
    ],
)
def test_no_statement(text: str) -> None:
    assert _said(text) == set()

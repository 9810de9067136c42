"""Round h_gen_s102: the general gate on statements that carry no saying. A quote that is only
"according to X", only the speaker's own name or only a dateline is no reported clause (the
dateline's "According to X, C" gives C); "reiterated / renewed / declared the need / his call /
its readiness for NP" reports an act, not words; a document ("the Charter", "the Geneva
Conventions") or a room the sentence is set in is no speaker; a scare quote naming what an
act hit, in a sentence with no saying, is no partial. The keeps: clauses after the same verbs,
emergency-room groups, trailing attributions, and the conventions' "called on Y to Z"; read on
real ``extract()`` output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said
from tests.extract.found import statement_rows


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param(
            "A drone hit a depot near Sumy at dawn. The regional governor, Oleh Hryhorov, "
            "reported that according to Suspilne.",
            "according to Suspilne",
            id="quote-only-according-to",
        ),
        pytest.param(
            "(MENAFN - UkrinForm) According to Ukrinform, this was posted on Telegram by Oleh "
            "Kiper, head of the Odesa Regional Military Administration.",
            "(MENAFN - UkrinForm) According to Ukrinform",
            id="quote-only-feed-prefix",
        ),
        pytest.param(
            "Lieutenant General Alexus Grynkewich, NATO's top commander said: ‘our jets were "
            "airborne within minutes.’",
            "Lieutenant General Alexus Grynkewich",
            id="quote-only-the-speakers-name",
        ),
        pytest.param(
            "The Danish prime minister renewed her call for a drone wall along the eastern flank.",
            "her call for a drone wall along the eastern flank",
            id="renewed-her-call-for",
        ),
        pytest.param(
            "The Iranian government declared its readiness for indirect talks in Muscat.",
            "its readiness for indirect talks in Muscat",
            id="declared-its-readiness-for",
        ),
    ],
)
def test_no_such_quote(text: str, quote: str) -> None:
    assert quote not in {q for _, q in _said(text)}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Moscow said the depots were legitimate targets. According to the Fourth Geneva "
            "Convention, civilian hospitals may never be attacked.",
            "Fourth Geneva Convention",
            id="a-convention",
        ),
        pytest.param(
            "Kyiv called the strike a crime. According to the UN Charter, every member must "
            "settle disputes by peaceful means.",
            "UN Charter",
            id="a-charter",
        ),
        pytest.param(
            "“We watched every launch,” the aide says. Prime Minister Mark Carney sat in the "
            "Operations Room with his ministers, and “the mood lifted” once the radar cleared.",
            "Operations Room",
            id="a-room-the-sentence-is-set-in",
        ),
        pytest.param(
            "Early in June, the coast guard spotted and sank a “sabotage craft of the Russian "
            "fleet” off Odesa.",
            "",
            id="scare-quote-after-an-act",
        ),
    ],
)
def test_no_such_speaker(text: str, speaker: str) -> None:
    rows = statement_rows(text)
    if speaker:
        assert all(s != speaker for s, _, _ in rows)
    else:
        assert all(m != "partial" for _, m, _ in rows)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "LVIV (dpa, translated) - According to the Lviv regional military administration, "
            "a power substation was damaged by a drone.",
            "Lviv regional military administration",
            "a power substation was damaged by a drone",
            id="dateline-gives-the-clause-after-the-source",
        ),
        pytest.param(
            "Chancellor Friedrich Merz reiterated that Berlin would keep funding air defence.",
            "Friedrich Merz",
            "Berlin would keep funding air defence",
            id="reiterated-that-keeps-its-clause",
        ),
        pytest.param(
            "The Tawila Emergency Room said that six displaced people were killed near the camp.",
            "Tawila Emergency Room",
            "six displaced people were killed near the camp",
            id="an-emergency-room-speaks",
        ),
        pytest.param(
            "Russian bombers struck “energy facilities” in Poltava overnight, the Russian "
            "Defence Ministry said.",
            "Russian Defence Ministry",
            "energy facilities",
            id="scare-quote-with-trailing-attribution",
        ),
        pytest.param(
            "Governor Ivan Fedorov called on residents of Orikhiv to evacuate.",
            "Ivan Fedorov",
            "residents of Orikhiv to evacuate",
            id="called-on-stays-a-statement",
        ),
    ],
)
def test_keeps(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)

"""Round h_gen_s100: general reporting frames read by one verb lexicon and one speaker-NP
chunker. Post-posed "CLAUSE, NP said/reported" with a description, an appositive or a
coordination as NP; fronted "NP disclosed / established / reported (from the scene) that C";
an object frame "NP reported the death of X / confirmed N / acknowledge C"; and the
negatives (no content, gerund and noun objects, relay credits, headlines, a negation);
read on real ``extract()`` output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "Gunfire echoed near the central station for an hour, Reuters journalists reported.",
            "Reuters journalists",
            "Gunfire echoed near the central station for an hour",
            id="post-outlet-journalists",
        ),
        pytest.param(
            "Two ambulances were hit near the market, eyewitnesses said on Friday.",
            "eyewitnesses",
            "Two ambulances were hit near the market",
            id="post-eyewitnesses-day",
        ),
        pytest.param(
            "The camp has no working latrines, Amal Nasser, a nurse with the Relief Network "
            "who works there, said.",
            "Amal Nasser",
            "The camp has no working latrines",
            id="post-name-appositive",
        ),
        pytest.param(
            "The ferry sank near the harbour, the port authority and local radio said on Sunday.",
            "port authority",
            "The ferry sank near the harbour",
            id="post-coordination-first-conjunct",
        ),
        pytest.param(
            "Several Telegram channels reported that a depot near Kursk was burning.",
            "Telegram channels",
            "a depot near Kursk was burning",
            id="that-channels-quantifier-dropped",
        ),
        pytest.param(
            "Earlier, the Hromadske reporter reported from the scene that the roof had collapsed.",
            "Hromadske reporter",
            "the roof had collapsed",
            id="that-reporter-from-the-scene",
        ),
        pytest.param(
            "Ukraine's navy disclosed that a tug had been damaged off Odesa.",
            "Ukrainian navy",
            "a tug had been damaged off Odesa",
            id="that-disclosed",
        ),
        pytest.param(
            "Later, the State Emergency Service reported the death of a driver near Sumy.",
            "State Emergency Service",
            "the death of a driver near Sumy",
            id="object-death-of",
        ),
        pytest.param(
            "Police confirmed 41 arrests after the riot.",
            "police",
            "41 arrests after the riot",
            id="object-figure-confirmed",
        ),
        pytest.param(
            "Though Israeli officials acknowledge the shield is not perfect, they praise it.",
            "Israeli officials",
            "the shield is not perfect",
            id="acknowledge-clause-though",
        ),
    ],
)
def test_frame(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The navy reported to parliament on Tuesday.", id="no-content"),
        pytest.param("Residents reported hearing blasts near the dam.", id="perception-gerund"),
        pytest.param("The ministry confirmed its budget for next year.", id="noun-object"),
        pytest.param("The agency announced its new director on Monday.", id="announced-noun"),
        pytest.param("The channel reported live from the square all night.", id="live"),
        pytest.param("Shells hit the bridge, and two trucks burned near it.", id="no-speaker"),
        pytest.param("The reporter who covered the siege wrote a book.", id="relative-clause"),
        pytest.param(
            "Fires broke out in two districts, AFP reported\nThe mayor visited the site.",
            id="headline-no-stop",
        ),
        pytest.param("The ministry reports on the alleged downing of drones.", id="report-on"),
        pytest.param("The navy reported sinking a patrol boat near Tendra.", id="gerund-object"),
        pytest.param("The army reported the capture of a village.", id="capture-of"),
        pytest.param("Relief groups report acute shortages of flour.", id="report-noun"),
        pytest.param("The army has not confirmed its jets hit the camp.", id="negated"),
        pytest.param(
            "The Kremlin reacted coolly to media reports that a summit was planned.",
            id="verb-inside-np",
        ),
        pytest.param("She spoke about it in Brussels, Hromadske reported.", id="relay-credit"),
        pytest.param("A senior official disclosed that the road was shut.", id="unplaced-person"),
    ],
)
def test_no_statement(text: str) -> None:
    assert _said(text) == set()

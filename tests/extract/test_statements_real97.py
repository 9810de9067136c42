"""Round 97 (h_fix_s97): an acronym the article defined speaks as the body's name, "X for Y"
keeps its full name, a generic back-reference ("the foundation", "the defense ministry", "the
ministry", "a war monitor") is the body the article named, and a surname of two or more words
("Abu Hamza") after the full name is that person; and the negatives; read on real
``extract()`` output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "The Hamas-run Gaza Ministry of Health (MOH) said 12 people were killed on "
            "Friday. Another 40 were hurt, the MOH said.",
            "Gaza health ministry",
            "Another 40 were hurt",
            id="acronym-to-table-form",
        ),
        pytest.param(
            "The Odesa Foundation for Civic Aid (OFCA) said it had sent 10 trucks. "
            "\u201cWe need fuel,\u201d OFCA said.",
            "Odesa Foundation for Civic Aid",
            "We need fuel,",
            id="acronym-to-full-name",
        ),
        pytest.param(
            "Rami Haddad, director of the Yemeni Center for Human Rights (YCHR), said five "
            "people died. According to YCHR figures, the port has recorded 60 deaths.",
            "Yemeni Center for Human Rights",
            "the port has recorded 60 deaths",
            id="for-name-kept-whole",
        ),
        pytest.param(
            "Russia's Defense Ministry said 14 drones were downed over Kursk. Five more were "
            "destroyed over Oryol, the defense ministry said.",
            "Russian Defence Ministry",
            "Five more were destroyed over Oryol",
            id="the-defense-ministry",
        ),
        pytest.param(
            "The Sahel Relief Foundation halted deliveries to Djibo. \u201cThe road is "
            "mined,\u201d the foundation said.",
            "Sahel Relief Foundation",
            "The road is mined,",
            id="the-foundation",
        ),
        pytest.param(
            "Nine fighters were killed near Mayadin, a war monitor said on Friday. The Syrian "
            "Observatory for Human Rights said two were commanders.",
            "Syrian Observatory for Human Rights",
            "Nine fighters were killed near Mayadin",
            id="war-monitor-named-after",
        ),
        pytest.param(
            "Ahmed Abu Hamza, a surgeon in Deir al-Balah, said 30 wounded arrived. Abu Hamza "
            "said the hospital had no fuel.",
            "Ahmed Abu Hamza",
            "the hospital had no fuel",
            id="particle-surname",
        ),
        pytest.param(
            "Yusuf Darwish, a driver, said the convoy turned back. Another witness, Samir "
            "Daher, described the shelling as relentless. \u201cThe shells fell every ten "
            "minutes,\u201d he said.",
            "Samir Daher",
            "The shells fell every ten minutes,",
            id="described-then-he-said",
        ),
        pytest.param(
            "Rami Haddad said on Monday that the bridge was shelled. State television cited the "
            "governor of Deir ez-Zor, Ghassan Ahmed, as stating that the gunmen \u201copened "
            "fire on the ferry.\u201d He added that the ferry service had stopped.",
            "Ghassan Ahmed",
            "the ferry service had stopped",
            id="cited-as-stating-then-he-added",
        ),
        pytest.param(
            "The Kurdish agency ANHA said a checkpoint near Hasakah was attacked. It quoted an "
            "unnamed security official in Hasakah as stating that the attackers were "
            "\u201cmembers of sleeper cells.\u201d",
            "security official",
            "members of sleeper cells.",
            id="quoted-description-as-stating",
        ),
    ],
)
def test_speaker(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "The World Health Organization (WHO) said two clinics had closed. WHO said the "
            "closures were temporary.",
            "WHO",
            "the closures were temporary",
            id="table-acronym-kept",
        ),
        pytest.param(
            "Ukraine's Defence Ministry said three soldiers were wounded. Russia's Defense "
            "Ministry said it had downed 11 drones.",
            "Ukrainian Defence Ministry",
            "three soldiers were wounded",
            id="two-ministries-kept",
        ),
        pytest.param(
            "Ambassador Danny Danon said the plan was working.",
            "Danny Danon",
            "the plan was working",
            id="title-not-a-given-name",
        ),
        pytest.param(
            "Nour Khalil said the crossing was closed. Her brother was wounded on Monday. "
            "\u201cWe waited for hours,\u201d she said.",
            "Nour Khalil",
            "We waited for hours,",
            id="no-named-subject-before",
        ),
        pytest.param(
            "Dmitry Peskov was quoted by Interfax as saying the talks were off.",
            "Dmitry Peskov",
            "the talks were off",
            id="quoted-by-outlet",
        ),
        pytest.param(
            "Human Rights Watch said the new law was vague.",
            "Human Rights Watch",
            "the new law was vague",
            id="hrw-kept",
        ),
    ],
)
def test_kept(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


def test_foundation_noun_is_no_speaker() -> None:
    text = "The foundation of the new hospital was laid in 2019."
    assert _said(text) == set()

"""Round 94 (h_fix_s94): "NAME of the BODY (ABBR) said C" and the "he said" after it go to the
person, "another X source said" is the X source, "NAME, which ..., says C" is NAME's, and the
negatives that keep their speaker; read on real ``extract()`` output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "Children hurt in raid\n\nKhaing Thu Zaw Min of the Arakan Rights Watch (ARW) said "
            "the jets flew in low. \u201cThey aimed at the market,\u201d he said.",
            "Khaing Thu Zaw Min",
            "They aimed at the market,",
            id="four-word-name-then-he-said",
        ),
        pytest.param(
            "Raid on Chin village\n\nTwo monitors reported it. Pa Lian Hre Thang of the Chin "
            "Relief Committee (CRC) said the jets came back twice.",
            "Pa Lian Hre Thang",
            "the jets came back twice",
            id="name-of-the-body-abbr",
        ),
        pytest.param(
            "Three fighters were wounded in the clash, another medical source said on Monday.",
            "medical source",
            "Three fighters were wounded in the clash",
            id="another-source",
        ),
        pytest.param(
            "Two shells fell near the bridge, a police official said. Another police official "
            "said the road to the port had been closed.",
            "police official",
            "the road to the port had been closed",
            id="another-official-opening",
        ),
        pytest.param(
            "The governor said a drone had hit the plant. Naftogaz, which runs the field, said in "
            "a statement that output would fall by a third.",
            "Naftogaz",
            "output would fall by a third",
            id="which-aside-says",
        ),
        pytest.param(
            "The governor said a drone had hit the plant. Tatneft, which owns the plant, says "
            "output is \u201cback to normal\u201d after the repairs.",
            "Tatneft",
            "output is \u201cback to normal\u201d after the repairs",
            id="which-aside-partial",
        ),
        pytest.param(
            "Sergei Volkov of the Emergencies Ministry said the blaze was out. The ministry said "
            "20 homes were damaged.",
            "Emergencies Ministry",
            "20 homes were damaged",
            id="the-ministry-is-the-body",
        ),
        pytest.param(
            "Shelling hit the Sumy region. According to Ukrainian police and regional "
            "officials, the shells struck a school.",
            "Ukrainian police and regional officials",
            "the shells struck a school",
            id="according-to-joined-group-kept",
        ),
        pytest.param(
            "Yahya Saree said two ships were hit. On Tuesday, Turkey \u201cfirmly rejected\u201d "
            "the raid, calling it \u201ca threat to the region.\u201d",
            "Turkey",
            "a threat to the region.",
            id="calling-it-subject",
        ),
        pytest.param(
            "Yahya Saree said two ships were hit. On Tuesday, Turkey \u201cfirmly rejected\u201d "
            "the raid, calling it \u201ca threat to the region.\u201d",
            "Turkey",
            "firmly rejected",
            id="scare-quoted-verb-partial",
        ),
        pytest.param(
            "The Kremlin said talks were possible. Later, Germany condemned the attack, calling "
            "it \u201can act of terror.\u201d",
            "Germany",
            "an act of terror.",
            id="calling-it-plain-verb",
        ),
    ],
)
def test_round94_speaker(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "Colonel Amir Haddad said the rocket fell in a field. Haddad, who commands the "
            "northern sector, said no one was hurt.",
            "Amir Haddad",
            "no one was hurt",
            id="who-aside-same-person",
        ),
        pytest.param(
            "The French Ministry of the Armed Forces said a frigate had returned to Toulon.",
            "French Ministry of the Armed Forces",
            "a frigate had returned to Toulon",
            id="body-of-the-body-kept",
        ),
        pytest.param(
            "Acting Governor of the Kursk region Alexander Khinshtein said that two men were "
            "injured.",
            "Alexander Khinshtein",
            "two men were injured",
            id="title-of-the-region-kept",
        ),
        pytest.param(
            "Another drone was intercepted over the sea, the navy said.",
            "navy",
            "Another drone was intercepted over the sea",
            id="another-in-quote-not-speaker",
        ),
        pytest.param(
            "Dmitry Peskov told reporters the talks would go on, calling it "
            "\u201ca long road.\u201d",
            "Dmitry Peskov",
            "a long road.",
            id="calling-it-named-speaker-kept",
        ),
    ],
)
def test_round94_kept(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kherson, which was shelled 40 times on Sunday, had no power on Monday.",
            id="which-aside-no-verb",
        ),
        pytest.param(
            "Kyiv, which lost power twice this week, said nothing about the outage.",
            id="which-aside-said-nothing-short",
        ),
    ],
)
def test_round94_no_statement_for_place(text: str) -> None:
    assert all(speaker not in ("Kherson", "Kyiv") for speaker, _ in _said(text))

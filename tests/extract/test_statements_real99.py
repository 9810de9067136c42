"""Round h_gen_s99: typed back-references. "he"/"she" right after a person's statement is that
person (named or "the official"), never an outlet; "The ministry said" is the other country's
ministry the sentence before names; "the official said" after an official's statement is that
official; a bare "the official" / "the officer" is the person named with a role before it;
and the negatives (gender clash, an outlet named in the sentence, an anonymous official, a
body speaking in between); read on real ``extract()`` output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "Mayor Ihor Terekhov said on Monday that two schools were hit. “Classes will move "
            "online,” UN envoy Denise Brown said in Kyiv. She added: “the children need "
            "shelters first.”",
            "Denise Brown",
            "the children need shelters first.",
            id="she-after-the-named-speaker-before",
        ),
        pytest.param(
            "A Lebanese official said the talks would resume in Naqoura. Prime Minister "
            "Benjamin Netanyahu met his cabinet on Sunday. The official said the maps were "
            "ready. “No date is fixed,” he said.",
            "Lebanese official",
            "No date is fixed,",
            id="he-after-an-anonymous-official",
        ),
        pytest.param(
            "Smoke rose over the refinery for hours, AFP reported. State radio quoted Hossein "
            "Amini, the oil ministry spokesman. He called the attack “an act of piracy” and "
            "left.",
            "Hossein Amini",
            "an act of piracy",
            id="he-never-the-outlet",
        ),
        pytest.param(
            "The Egyptian foreign ministry said the crossing stayed shut. On Friday, the "
            "Turkish Foreign Ministry summoned the envoy. The ministry said the raid broke "
            "the truce.",
            "Turkish Foreign Ministry",
            "the raid broke the truce",
            id="the-ministry-named-just-before",
        ),
        pytest.param(
            "A port official said the cranes were burned. “We lost two berths,” the official said.",
            "port official",
            "We lost two berths,",
            id="the-official-after-an-official",
        ),
        pytest.param(
            "The website sent questions to district chief Petro Hnatiuk. “Four homes burned,” "
            "the official said.",
            "Petro Hnatiuk",
            "Four homes burned,",
            id="bare-official-is-the-named-chief",
        ),
        pytest.param(
            "The website wrote to the head of the city police, Roman Kovalenko. The officer "
            "added that the road was reopened.",
            "Roman Kovalenko",
            "the road was reopened",
            id="bare-officer-is-the-named-head",
        ),
    ],
)
def test_speaker(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "Danish Prime Minister Mette Frederiksen met NATO chief Mark Rutte. “We stand "
            "with Denmark,” he said. She thanked him and said the flights would not scare her "
            "country.",
            "Mette Frederiksen",
            "the flights would not scare her country",
            id="gender-clash-keeps-the-chain",
        ),
        pytest.param(
            "Mayor Vitali Klitschko said a fire broke out in a depot. The city's emergency "
            "service said crews arrived within minutes. He said the depot stored grain.",
            "Vitali Klitschko",
            "the depot stored grain",
            id="a-body-in-between-keeps-the-person",
        ),
        pytest.param(
            "The Iraqi Foreign Ministry said the strike hit a post. The Iraqi Foreign Ministry "
            "also summoned the envoy. The ministry said Ankara had been warned.",
            "Iraqi Foreign Ministry",
            "Ankara had been warned",
            id="same-ministry-stays",
        ),
    ],
)
def test_keeps(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He was taken to hospital with burns after the strike.", id="he-no-verb"),
        pytest.param("The ministry building was hit twice overnight.", id="ministry-no-verb"),
        pytest.param("The official residence was damaged by debris.", id="official-no-verb"),
        pytest.param("Reuters could not verify the footage.", id="outlet-no-verb"),
    ],
)
def test_no_statement(text: str) -> None:
    assert _said(text) == set()

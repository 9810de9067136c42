"""Round h_fix_s71: statements the reader left unread in real front-line copy (``_s71post``)
and speakers named in full elsewhere in the article (``_s71names``), on minimal sentences."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_rows as _said

POSITIVE = [
    ("The water plant has been shut since Friday, a resident said.", "resident", "water plant"),
    ("Three cars burned near the depot, a witness told AFP.", "witness", "Three cars burned"),
    ("A farmer said the grain store had been hit twice.", "farmer", "grain store"),
    (
        "According to media reports, a shell hit the customs post at Wagah.",
        "media reports",
        "customs post",
    ),
    (
        "The convoy was stopped near Lashio, residents and local media said.",
        "residents and local media",
        "convoy",
    ),
    (
        "Papers covered the raid, with some outlets saying the jet had crashed.",
        "some outlets",
        "jet had crashed",
    ),
    (
        "MP Arjun Mehta took to X to say that the bunker had been destroyed.",
        "Arjun Mehta",
        "bunker",
    ),
    (
        "The Sudanese army this week said it had cut the road to Bara.",
        "Sudanese army",
        "road to Bara",
    ),
    (
        "The Latvian army issued a statement saying the balloon had landed near Daugavpils.",
        "Latvian army",
        "balloon",
    ),
    (
        "Israel, saying militants were hiding in the school, struck it at dawn.",
        "Israel",
        "militants were hiding",
    ),
    (
        "Drones hit two villages, according to witnesses and local media reports.",
        "witnesses",
        "Drones hit",
    ),
    (
        "Drones hit two villages, according to witnesses and local media reports.",
        "local media reports",
        "Drones hit",
    ),
    (
        "Moscow fired 9 “Iskander“ missiles, the Ukrainian Air Force said on Monday.",
        "Ukrainian Air Force",
        "Iskander",
    ),
    (
        "The Indian Army stated that the claims were false and insisted that "
        "it had fired only at bunkers.",
        "Indian Army",
        "fired only at bunkers",
    ),
    (
        "The Civil Defence agency in Gaza said five people had died in Jabalia. "
        "It said two of them were nurses.",
        "Gaza Civil Defence",
        "two of them were nurses",
    ),
    (
        "The Greek Ministry of Defence sent two frigates.\n\n"
        "The ministry said the tanker had been escorted to Piraeus.",
        "Greek Ministry of Defence",
        "tanker",
    ),
    (
        "Israel's military spokesman has said the raid would go on.\n\n"
        "Military spokesman Brigadier General Effie Defrin later said two suspects had been held.",
        "Effie Defrin",
        "raid would go on",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), POSITIVE)
def test_read(text: str, speaker: str, words: str) -> None:
    assert any(s == speaker and words in q for s, q in _said(text)), _said(text)


NEGATIVE = [
    ("A resident of the town was wounded in the raid.", "resident"),
    ("The witness box stayed empty on Monday.", "witness"),
    ("The media reports of a second blast proved false.", "media reports"),
    ("Saying little, the captain walked off the deck.", "captain"),
    ("The charity released a statement on Monday.", "charity"),
    ("With several residents still missing, the search resumed.", "several residents"),
    ("The army this week sent two brigades to the front.", "army"),
]


@pytest.mark.parametrize(("text", "speaker"), NEGATIVE)
def test_not_read(text: str, speaker: str) -> None:
    assert all(s.lower() != speaker for s, _ in _said(text)), _said(text)


def test_split_keeps_first_clause() -> None:
    said = _said(
        "The Indian Army stated that the claims were false and insisted that "
        "it had fired only at bunkers."
    )
    quotes = [q for s, q in said if s == "Indian Army"]
    assert "the claims were false" in quotes


def test_time_phrase_not_in_speaker() -> None:
    assert all(
        "week" not in s for s, _ in _said("The Sudanese army this week said it had cut the road.")
    )

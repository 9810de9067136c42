"""Round h_fix_s73: statements the reader left unread in real regional and Middle East copy
(``_s73read``, ``_s73more``) and spurious ones it dropped, on minimal sentences."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_rows as _said

POSITIVE = [
    ("The pass was closed at noon, two army sources tell AFP.", "army sources", "pass was closed"),
    (
        "According to report in the Jordanian daily Al Ghad, the depot burned for hours.",
        "Al Ghad",
        "depot burned",
    ),
    (
        "According to reports in the newspaper Haaretz, the unit was moved north.",
        "Haaretz",
        "unit was moved",
    ),
    (
        "The Mako news site, without citing sources, said the jets had returned.",
        "Mako",
        "jets had returned",
    ),
    (
        "Hamas did not comment on the raid but announced earlier that its men had left the area.",
        "Hamas",
        "its men had left",
    ),
    (
        "The radio cited Syria's army as saying in a statement that the shells hit a field.",
        "Syrian army",
        "shells hit a field",
    ),
    (
        "A police spokesman confirmed the closure, adding that it was temporary. "
        "The spokesman claimed the bridge had been mined overnight.",
        "police spokesman",
        "bridge had been mined",
    ),
    (
        "Houthi militants said on Friday that they had fired at a frigate in the gulf.",
        "Houthis",
        "fired at a frigate",
    ),
    (
        "Turkish news agencies reported the border gate was shut for the night.",
        "Turkish news agencies",
        "border gate was shut",
    ),
    (
        "The army confirmed it intercepted the drone over the sea near the port.",
        "army",
        "intercepted the drone",
    ),
    (
        "The village councils, volunteers who run the kitchens, warn the flour will run out soon.",
        "village councils",
        "flour will run out",
    ),
    (
        "Shells hit a school in Nikopol overnight.\nThat's according to the head of the district, "
        "Petro Levchenko, Suspilne reports.",
        "Petro Levchenko",
        "Shells hit a school",
    ),
    (
        "A shed burned in the village of Krupets. reported Governor Ivan Orlov in his Telegram "
        "channel.",
        "Ivan Orlov",
        "A shed burned",
    ),
    (
        'The minister said: "We hit the launchers.\n"The crews are safe and back at base.\n'
        '"We will go on."',
        "minister",
        "crews are safe",
    ),
    (
        "The port was shut for an hour, the Israeli military said, after the Houthis announced "
        "they had aimed drones at it.",
        "Houthis",
        "aimed drones",
    ),
    (
        "“They come at night,” an army officer said. “We watch the river until dawn.”",
        "army officer",
        "watch the river",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), POSITIVE)
def test_read(text: str, speaker: str, words: str) -> None:
    assert any(s == speaker and words in q for s, q in _said(text)), _said(text)


NEGATIVE = [
    ("Sources tell a different story in the east, where the shelling never stopped.", None),
    ("That is according to the plan the council approved last year.", None),
    ("The ship was cited as an example of the risks facing crews.", None),
    ("The club captain claimed the trophy after the final.", None),
    ("The relevant statement was made by the Kharkiv administration on Telegram.", None),
    ('A drone with the inscription "Merry Christmas" was found near the school.', None),
    ('The "Eastern Command" of the navy took over the sector on Monday.', None),
    (
        "Rebels have held the pass for months, and repeated air strikes have failed to move them.",
        None,
    ),
    ("The group did not comment on the reports.", None),
]


@pytest.mark.parametrize(("text", "speaker"), NEGATIVE)
def test_not_read(text: str, speaker: str | None) -> None:
    assert _said(text) == [], _said(text)


def test_after_keeps_both_speakers() -> None:
    said = _said(
        "The airport was closed for two hours, the Israeli military said, after the Houthis "
        "said that they had aimed a missile at it."
    )
    assert ("Israeli military", "The airport was closed for two hours") in said
    assert ("Houthis", "they had aimed a missile at it") in said

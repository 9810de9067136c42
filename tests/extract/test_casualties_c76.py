"""Round c76's split tolls on minimal passages (``dev_numeric126``, ``_c76cas``, ``_c76far``,
``_c76upd``).

Each row is a short passage with the casualty records (group, killed, injured) expected of
it: one more person told by "another" or an ordinal after a counted toll, "Among the dead"
beside the next sentence's injured share of the group, an elided wounded figure and the
Romance pair "N the dead and over M the wounded", a plain wounded figure told later for a
plain or national group's dead, an update of both kinds replacing the earlier toll, and the
death an update explains; with negatives where the same words name another group, place,
attack or no harm at all.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Rec = tuple[str, int | None, int | None]


def records(text: str) -> list[Rec]:
    return sorted(
        ((f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)),
        key=repr,
    )


CASES: list[tuple[str, list[Rec]]] = [
    # one more person: "another" / an ordinal after a counted toll
    (
        "Two soldiers were killed on Monday. A third soldier was seriously wounded, the army said.",
        [("soldiers", 2, 1)],
    ),
    (
        "Shelling hit the district again. One man was killed in the village of Hrakove, "
        "another man was injured.",
        [("men", 1, 1)],
    ),
    (
        "Two soldiers were killed on Monday. Another soldier was rescued unharmed.",
        [("soldiers", 2, None)],
    ),
    ("Two soldiers were killed on Monday. A third of the town has fled.", [("soldiers", 2, None)]),
    ("Three soldiers were killed on Monday. A third soldier was wounded.", [("soldiers", 3, None)]),
    (
        "Two people were killed in Kherson on Monday. In Mykolaiv, another person was injured.",
        [("people", 2, None)],
    ),
    ("A drone killed a man near Nikopol. Another man was wounded.", []),
    # "Among the dead" and the next sentence's injured share of the same group
    (
        "A missile killed 15 people in Sumy. Among the dead are three children. Eight children "
        "were among the injured.",
        [("children", 3, 8), ("people", 15, None)],
    ),
    (
        "A missile killed 15 people in Sumy. Among the dead are three women. Eight children "
        "were among the injured.",
        [("children", None, 8), ("people", 15, None), ("women", 3, None)],
    ),
    # an elided wounded figure; the Romance pair
    (
        "The commander said two of his soldiers were killed and five wounded on Sunday.",
        [("soldiers", 2, 5)],
    ),
    (
        "One person was killed in Kostiantynivka and two were injured in Druzhkivka, the "
        "governor said.",
        [("people", 1, None), ("people", None, 2)],
    ),
    ("Are at least nine the dead and over 50 the wounded in Odesa.", [("people", 9, 50)]),
    ("Are over 300 the displaced and about 40 the volunteers in the school.", []),
    # a plain wounded figure told later for a plain or national toll
    (
        "At least 19 Palestinians were killed in strikes on Khan Younis on Wednesday. Its "
        "spokesman added that about 60 people had been wounded.",
        [("Palestinians", 19, 60)],
    ),
    (
        "Israeli strikes killed 14 Palestinians in Gaza City on Tuesday. In a separate strike on "
        "Rafah, 31 people were wounded.",
        [("Palestinians", 14, None), ("people", None, 31)],
    ),
    (
        "A missile strike on Lviv killed two people, the governor said. In the region Ternopil, "
        "five people were injured.",
        [("people", 2, None), ("people", None, 5)],
    ),
    (
        "Four soldiers were killed at a training ground, the army said. Later, 23 people were "
        "wounded when a glide bomb hit a market.",
        [("people", None, 23), ("soldiers", 4, None)],
    ),
    # an update of both kinds replaces the earlier toll; the death it explains is no record
    (
        "A missile hit Kherson on Monday, killing three people and injuring 17. By evening, the "
        "administration had raised the toll in Kherson to five dead, with 26 people wounded.",
        [("people", 5, 26)],
    ),
    (
        "In the capital, three people were killed and 17 injured. In Lviv, one person was killed "
        "and four were wounded. By evening, officials said the number of dead in the capital had "
        "risen to four and the number of injured to 22.",
        [("people", 1, 4), ("people", 4, 22)],
    ),
    (
        "In the afternoon, the governor raised the toll to five dead and 31 wounded. «One of the "
        "wounded women died in hospital», he wrote.",
        [("people", 5, 31)],
    ),
    (
        "Two people were killed and 10 injured in Sumy on Monday. One of the wounded died in "
        "hospital on Tuesday, the governor said.",
        [("people", 1, None), ("people", 2, 10)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_tolls(text: str, expected: list[Rec]) -> None:
    assert records(text) == sorted(expected, key=repr)

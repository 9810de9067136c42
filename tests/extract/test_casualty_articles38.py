"""Casualty readings of the eleventh session's translated copy (``dev_articles38``, h_cas11).

Minimal sentences for each family fixed in the round of ``dev_numeric46``: tolls of a past
war or a dated past attack in an "in which" clause (``_casualty_inwhich``), "among the
killed there are ..., and among the injured there are ..." (``_casualty_among``), a subgroup
split over a toll's two sentences (``_casualty_fold``), "N X were among the dead and M among
the wounded" (``_casualty_elided``), "specifying that two of them are in serious condition"
and surgery shares (``_casualty_care``), "Hours later, the toll rose to ..." across
paragraphs (``_casualty_update``), the subgroup of a harm-free rise (``_casualty_fix``) and
"one rescuer of the State Emergency Service was killed" (``_casualty_more``).
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Toll = tuple[str, int | None, int | None]

CASES: list[tuple[str, list[Toll]]] = [
    # A past war or dated past attack in an "in which" clause: background.
    (
        "The truce ended more than a year of fighting in which more than 3,000 people were "
        "killed, according to the ministry.",
        [],
    ),
    (
        "The war was triggered by the Hamas-led attack on southern Israel, in which about "
        "1,200 people were killed.",
        [],
    ),
    (
        "Dnipro suffered in January 2023 one of the worst attacks of the war, against an "
        "apartment block, in which 46 people died.",
        [],
    ),
    (
        "The attack came a year after a missile strike on the same district, in which 11 "
        "people were killed.",
        [],
    ),
    # ... while the day's own attack in an "in which" clause stays news.
    (
        "A drone hit a bus on Tuesday in Kherson, in which three people were killed.",
        [("people", 3, None)],
    ),
    # "among the killed there are ..., and among the injured there are ...": one record.
    (
        "A bomb killed five people and injured 23. Among the killed there are two children, "
        "and among the injured there are four children.",
        [("people", 5, 23), ("children", 2, 4)],
    ),
    (
        "The shelling killed nine people and wounded 31. Among the fatalities there are two "
        "women, and among the wounded there are six women.",
        [("people", 9, 31), ("women", 2, 6)],
    ),
    # A subgroup split over the toll's two sentences (the aside before the verb).
    (
        "The death toll in Sumy rose to nine, among them two children, the city said. Another "
        "37 people, including eight children, were injured.",
        [("people", 9, 37), ("children", 2, 8)],
    ),
    # "N X were among the dead and M among the wounded".
    (
        "Strikes killed nine people and wounded 30. Four fishermen were among the dead and six "
        "among the wounded.",
        [("people", 9, 30), ("fishermen", 4, 6)],
    ),
    # A condition share after "specifying that".
    (
        "Among the injured there are also three rescuers, the governor added, specifying that "
        "two of them are in serious condition.",
        [("rescuers", None, 3), ("rescuers", None, 2)],
    ),
    # Surgery shares of the injured; a bare "needed" is none.
    (
        "The director said that 14 of the wounded had undergone surgery during the night.",
        [("people", None, 14)],
    ),
    ("Nine of the injured needed surgery, the hospital said.", [("people", None, 9)]),
    # "Hours later, the toll rose to ..." replaces the first toll across paragraphs.
    (
        "At least five people died and 30 were injured in Odesa, the governor said.\n\n"
        "The mayor announced a day of mourning.\n\n"
        "Hours later, the toll rose to seven dead and 34 injured, the prosecutors said.",
        [("people", 7, 34)],
    ),
    # A harm-free rise keeps its counted subgroup.
    (
        "Initially, officials had spoken of eight injured. By evening the number had risen to "
        "15, among them three children, the governor wrote.",
        [("people", None, 15), ("children", None, 3)],
    ),
    # A lone singular with its service before the verb.
    (
        "One rescuer of the State Emergency Service was killed and two more were injured.",
        [("rescuers", 1, 2)],
    ),
    # The spokesman's wounded figure after a quote sentence and a paragraph break (fixed in
    # the round of dev_numeric48, ``_casualty_gap``).
    (
        "At least 17 people were killed in the strike, the civil defence announced.\n\n"
        "« We pulled bodies out for hours », its spokesman said. He said about 40 people had "
        "been wounded.",
        [("people", 17, 40)],
    ),
    # The subgroup after the verb, folded since the twelfth session's casualty round
    # (``_casualty_mend.paired_subgroups``, h_num15; the measured sets unchanged).
    (
        "Eleven people were killed, among them four children, the administration said. "
        "Another 58 people were injured, including 12 children.",
        [("people", 11, 58), ("children", 4, 12)],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_casualty_articles38(text: str, tolls: list[Toll]) -> None:
    got = [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert got == tolls

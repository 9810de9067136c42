"""Minimal sentences for the fourteenth session's numeric leftovers (h_num26, ``dev_numeric73``).

One row per reading: the literal-translation outcome verbs ("Were hit 14 drones by the
anti-aircraft defence", "were felled", "were abated", "toppled", "struck down", "rendered
useless"; :mod:`pipeline.extract._n26words`), "their objectives" as the arrival zero, a
denied "any of them", "No one (of them) was shot down" and "..., all of which reached their
objectives" with no figure (:mod:`pipeline.extract._n26zero`), "aircraft/planes without
pilot" as drones, the German modal frame ("Of these could 120 be shot down",
:mod:`pipeline.extract._n26modal`) and a launch told after its outcome ("..., which detected
60 launched by Russia", :mod:`pipeline.extract._n26after`).
"""

from __future__ import annotations

import pytest

from tests.extract.found import air_rows, strike_rows

Air = tuple[str, int | None, int | None, bool]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # outcome verbs of literal translations
        ("Russia launched 20 drones. Were hit 14 drones by the anti-aircraft defence.",
         [("drone", 20, 14, False)]),
        ("Russia launched 30 drones. 22 of them were hit by the air defence.",
         [("drone", 30, 22, False)]),
        ("Russia launched 48 drones. The anti-aircraft defence hit 35 of them.",
         [("drone", 48, 35, False)]),
        ("Were felled 41 of the 57 drones launched in the night.", [("drone", 57, 41, False)]),
        ("Russia launched 63 drones, of which 50 were abated.", [("drone", 63, 50, False)]),
        ("Russia launched 39 drones. The air defence toppled 31 of them.",
         [("drone", 39, 31, False)]),
        ("Russia launched 72 drones. 60 were struck down by the air defence.",
         [("drone", 72, 60, False)]),
        ("Russia launched 18 missiles. Twelve were rendered useless by the air defence.",
         [("missile", 18, 12, False)]),
        ("Were hit 11 drones by the anti-aircraft defence over Kherson.",
         [("drone", None, 11, False)]),
        # arrival zeros with "objectives"
        ("Russia fired four missiles at Dnipro. All reached their objectives.",
         [("missile", 4, 0, False)]),
        ("Two missiles were launched against Sumy. Both reached their objective.",
         [("missile", 2, 0, False)]),
        ("Russia fired 4 Iskander-M missiles, all of which reached their targets.",
         [("missile", 4, 0, False)]),
        # denied outcomes with no figure
        ("Russia launched eight missiles; the air defence failed to intercept any of them.",
         [("missile", 8, 0, False)]),
        ("Russia fired 3 missiles. The air force said it had been unable to shoot down any of "
         "the missiles.", [("missile", 3, 0, False)]),
        ("Russia launched 4 missiles. No one was shot down.", [("missile", 4, 0, False)]),
        ("Russia launched 7 missiles. No one of them was intercepted.",
         [("missile", 7, 0, False)]),
        # aircraft without pilot
        ("Russia launched 88 aircraft without pilot; 70 were shot down.",
         [("drone", 88, 70, False)]),
        ("Russia attacked Kyiv with 30 aircraft without crew. The air defence neutralised 24.",
         [("drone", 30, 24, False)]),
        # the German modal frame
        ("Russia attacked with 150 drones. Of these could 120 be shot down.",
         [("drone", 150, 120, False)]),
        ("Russia attacked with 150 drones. Thereof could, according to own statements, 120 be "
         "shot down.", [("drone", 150, 120, False)]),
        ("Russia attacked with 150 drones. 120 could according to own statements be shot down.",
         [("drone", 150, 120, False)]),
        ("Russia attacked with 92 drones, of which according to own statements 70 could be "
         "shot down.", [("drone", 92, 70, False)]),
        # a launch told after its outcome
        ("The air defence shot down 48 drones, informed the air force, which detected 60 "
         "launched by Russia.", [("drone", 60, 48, False)]),
        ("The air defence shot down 33 drones, said the air force, which registered 41 drones "
         "launched by Russia.", [("drone", 41, 33, False)]),
    ],
)  # fmt: skip
def test_air_readings(text: str, expected: list[Air]) -> None:
    assert air_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Were hit 14 drones by the anti-aircraft defence.", []),
        ("Were hit 3 residential buildings and a school, informed the mayor.", []),
        ("Russia attacked the region of Sumy with 12 aircraft without pilot.", [("drone", 12)]),
        ("Kharkiv was attacked by 15 planes without pilot.", [("drone", 15)]),
        ("Russia launched 3 missiles at Izmail. No one was killed.", [("missile", 3)]),
        ("The factory assembles 40 aircraft without pilot per month.", []),
        ("Russian aircraft carried out 12 strikes on Kharkiv.", [("airstrike", 12)]),
    ],
)
def test_strike_readings(text: str, expected: list[tuple[str, int]]) -> None:
    assert strike_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no counted launch: the zero converts nothing
        "The air defence could not intercept any of the missiles, the governor said.",
        "A drone hit a warehouse. No one was injured.",
        "No one of the 40 workers of the plant was hurt.",
        "The operation reached all its objectives, the ministry said.",
        # no air-defence agent or frame
        "The air defence would need 120 more launchers. Of these could 40 be delivered.",
        "The air defence shot down 14 drones, said the mayor, who counted 20 explosions.",
    ],
)
def test_no_new_record(text: str) -> None:
    rows = air_rows(text)
    assert all(r[1] is None and r[2] != 0 for r in rows), rows

"""The whole-body literal test answers exactly as ``in`` does, whatever order it is asked in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.extract._bodylits import body_has

_BODIES = (
    "Russia fired 12 missiles at Kyiv; air defence downed ten of them.",
    "Two people were killed in Kharkiv, the governor said on Telegram.",
    "İstanbul: talks resumed. «Nothing changed», a diplomat told reporters.",
    "",
    "a",
)
_LITERALS = (
    "missiles",
    "missile",
    "issi",
    "killed",
    "governor said",
    "Telegram.",
    "«",
    "talks",
    "zzz-not-there",
    "a",
    "",
    "ten of them",
    "Kyiv;",
    "diplomat told",
)


@pytest.mark.parametrize("rounds", [1, 3], ids=["first sight", "after rebuilds"])
def test_body_has_equals_in_for_every_body_and_literal(rounds: int) -> None:
    for _ in range(rounds):
        for body in _BODIES:
            for literal in _LITERALS:
                assert body_has(body, literal) is (literal in body), (body, literal)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (_BODIES[0], _BODIES[1]),
        (_BODIES[0], _BODIES[0].lower()),
        (_BODIES[2], _BODIES[2].lower()),
    ],
)
def test_two_texts_taking_turns_keep_their_own_answers(first: str, second: str) -> None:
    for _ in range(3):
        for literal in _LITERALS:
            assert body_has(first, literal) is (literal in first)
            assert body_has(second, literal) is (literal in second)


def test_an_equal_text_of_another_identity_is_answered_from_its_own_content() -> None:
    body = "".join(["Drones ", "were shot down over Bryansk."])
    other = "".join(["Drones ", "were shot down over Kursk."])
    assert body_has(body, "Bryansk") and not body_has(other, "Bryansk")
    assert body_has(other, "Kursk") and not body_has(body, "Kursk")


_BOUNDED = """
from pipeline.extract import _bodylits
from pipeline.extract._bodylits import body_has
body = "Officials named in the report: " + ", ".join(f"name{i}" for i in range(200))
for i in range(_bodylits._LIMIT + 50):
    for text in (body, body[1:]):
        assert body_has(text, f"name{i}") is (f"name{i}" in text), i
assert len(_bodylits._KNOWN) + len(_bodylits._QUEUED) <= _bodylits._LIMIT
print("bounded")
"""


def test_what_is_learnt_stays_bounded_and_exact() -> None:
    # In a child process: the learnt literals are process-wide state.
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _BOUNDED], cwd=root, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "bounded"

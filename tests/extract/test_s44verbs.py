"""``_s44shapes.verbs`` is a prefiltered ``VERB.finditer``: it must find exactly the same
matches on any text (it keeps no state between texts)."""

from __future__ import annotations

import random

from pipeline.extract._s44shapes import _FIRSTS, FIN, VERB, verbs


def _same(text: str) -> None:
    got = [(m.start(), m.end(), m.group("v")) for m in verbs(text)]
    want = [(m.start(), m.end(), m.group("v")) for m in VERB.finditer(text)]
    assert got == want, text


def test_first_words_cover_every_form() -> None:
    assert FIN.startswith("(?:") and FIN.endswith(")")
    for alt in FIN[3:-1].split("|"):
        assert alt.split("[")[0] in _FIRSTS
        assert all(part.isalpha() for part in alt.split("[ \\t]+")), alt


def test_same_matches_as_finditer() -> None:
    for text in (
        "The ministry said that the port was shelled.",
        "He has also said, then added that it had again warned it; let it be known.",
        "had has have also then said-said xsaid said",
        "The army, which has moreover   claimed that C, told reporters it denied it.",
        "",
        "said",
    ):
        _same(text)
    words = [
        *_FIRSTS[:40],
        "pointed",
        "out",
        "let",
        "be",
        "known",
        "has",
        "had",
        "also",
        "then",
        "it",
        "X",
        "-",
        ",",
        " ",
        "\t",
    ]
    rng = random.Random(44)
    for _ in range(2000):
        _same(" ".join(rng.choice(words) for _ in range(rng.randint(0, 12))))
        _same("".join(rng.choice(words) for _ in range(rng.randint(0, 8))))

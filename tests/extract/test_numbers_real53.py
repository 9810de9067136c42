"""Round n53's casualty readers: on-site care shares, "of which N" conditions, "N others"."""

from __future__ import annotations

import pytest

from tests.extract.found import toll_rows as _tolls


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Nine people were hurt in Chernihiv. Three were treated at the scene.",
            ("people", None, 3),
        ),
        (
            "Twelve people were injured in the attack. One person was assisted on the spot.",
            ("people", None, 1),
        ),
        ("Five miners were wounded; two of them were helped on site.", ("people", None, 2)),
        (
            "The shelling left one dead and 9 wounded, of which one is extremely serious.",
            ("people", None, 1),
        ),
        (
            "Six guards were wounded in the raid, two of which were serious.",
            ("guards", None, 2),
        ),
    ],
)
def test_new_shares(text: str, want: tuple[str, int | None, int | None]) -> None:
    assert want in _tolls(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Firefighters stayed at the scene for five hours after the strike.", ("people", None, 5)),
        ("The two men were questioned on the spot by police, officials said.", ("men", None, 2)),
        (
            "Of the 30 delegates, two of which were serious critics, none was hurt.",
            ("people", None, 2),
        ),
        (
            "Two others were civilians held at the checkpoint, the army said.",
            ("civilians", 2, None),
        ),
        ("Ten complaints were filed, of which two were serious.", ("people", None, 2)),
    ],
)
def test_no_share(text: str, unwanted: tuple[str, int | None, int | None]) -> None:
    assert unwanted not in _tolls(text)

"""Role descriptions resolved by :mod:`pipeline.extract._titled`: a holder titled only
further down the article yields to a well-known holder named before the role word (a
thirteenth-session probe of French copy with an Italian paragraph below)."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_rows as _speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the table's head of state named before wins over a later "President of the Republic"
        (
            "Paris (AFP) - «We will not give in», said Emmanuel Macron on Tuesday.\n\n"
            "The head of state also judged «unacceptable» the new strikes.\n\n"
            "In Rome, the President of the Republic, Sergio Mattarella, called for calm.",
            ("Emmanuel Macron", "unacceptable"),
        ),
        (
            "Emmanuel Macron spoke in Brest on Friday.\n\n"
            "«Europe must defend itself», the head of state said.\n\n"
            "Later, the President of the Republic Sergio Mattarella met the Pope.",
            ("Emmanuel Macron", "Europe must defend itself"),
        ),
        # with no holder named before, the later titled holder still speaks
        (
            "The head of state judged the strikes «unacceptable».\n\n"
            "In Rome, the President of the Republic, Sergio Mattarella, called for calm.",
            ("Sergio Mattarella", "unacceptable"),
        ),
    ],
)
def test_role_prefers_holder_named_before(text: str, expected: tuple[str, str]) -> None:
    assert expected in _speakers(text)

"""Statement round 68 (real-page families, ``_s68post``): minimal sentences of the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mayor Ihor Terekhov toured the street. "
            "“All the windows are gone”he wrote on Telegram.",
            ("Ihor Terekhov", "direct", "All the windows are gone"),
            id="glued-quote",
        ),
        pytest.param(
            "Kyiv first said that the bridge was hit twice.",
            ("Kyiv", "indirect", "the bridge was hit twice"),
            id="first-said",
        ),
        pytest.param(
            "Governor Vitaliy Kim first reported that two people were hurt in Ochakiv.",
            ("Vitaliy Kim", "indirect", "two people were hurt in Ochakiv"),
            id="first-reported-name",
        ),
        pytest.param(
            "Israel said it downed a drone from Lebanon and Hezbollah claimed responsibility.",
            ("Israel", "indirect", "it downed a drone from Lebanon"),
            id="and-claimed",
        ),
        pytest.param(
            "The army said it hit 30 targets overnight and Hamas said its fighters hit a tank.",
            ("Hamas", "indirect", "its fighters hit a tank"),
            id="and-said-second",
        ),
        pytest.param(
            "Nine people died in Rafah, according to the Kuwaiti and Nasser hospitals.",
            ("Kuwaiti and Nasser hospitals", "indirect", "Nine people died in Rafah"),
            id="hospital-list",
        ),
        pytest.param(
            "A drone hit a car near Tyre, security sources in southern Lebanon told AFP.",
            ("security sources", "indirect", "A drone hit a car near Tyre"),
            id="sources-in-place",
        ),
        pytest.param(
            "Raids hit Gaza, medical sources in the Gaza Strip told Xinhua.\n\n"
            "The sources said six people were killed in Rafah.",
            ("medical sources", "indirect", "six people were killed in Rafah"),
            id="bare-sources",
        ),
        pytest.param(
            "Doctors said two boys died. Witnesses said a jet struck the house. "
            "A second house was also hit, they added.",
            ("Witnesses", "indirect", "A second house was also hit"),
            id="they-added",
        ),
    ],
)
def test_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        pytest.param("The first said flight left at noon.", None, id="the-first"),
        pytest.param("He wrote a letter to the council.", None, id="wrote-letter"),
        pytest.param("Kyiv first hosted the summit in 2023.", None, id="first-hosted"),
        pytest.param("Medical sources in the Gaza Strip are often the only count.", None, id="src"),
        pytest.param("They added two shelters this week.", None, id="they-added-object"),
        pytest.param(
            "Israel said it downed a drone and Hezbollah claimed responsibility.",
            ("Hezbollah", "indirect", "responsibility"),
            id="claimed-no-clause",
        ),
        pytest.param(
            "Doctors said two boys died. Governor Ivan Fedorov said a jet struck. "
            "A house was also hit, they added.",
            ("Governor Ivan Fedorov", "indirect", "A house was also hit"),
            id="they-after-singular",
        ),
    ],
)
def test_not_read(text: str, unwanted: tuple[str, str, str] | None) -> None:
    found = _statements(text)
    if unwanted is None:
        assert found == []
    else:
        assert unwanted not in found

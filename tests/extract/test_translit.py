"""German spellings of the speaker table's Slavic names (translated German copy)."""

from __future__ import annotations

import pytest

from pipeline.extract._translit import german_spellings
from tests.extract.found import speaker_rows as _speakers


@pytest.mark.parametrize(
    ("name", "german"),
    [
        ("Dmitry Peskov", "Dmitri Peskow"),
        ("Sergei Lavrov", "Sergej Lawrow"),
        ("Sergey Lavrov", "Sergej Lawrow"),
        ("Volodymyr Zelensky", "Wolodymyr Selenskyj"),
        ("Ihor Terekhov", "Ihor Terechow"),
        ("Sergei Sobyanin", "Sergej Sobjanin"),
        ("Alexander Lukashenko", "Alexander Lukaschenko"),
        ("Sergei Shoigu", "Sergej Schoigu"),
        ("Valery Gerasimov", "Waleri Gerassimow"),
        ("Yevgeny Prigozhin", "Jewgeni Prigoschin"),
        ("Valerii Zaluzhnyi", "Walerij Saluschnyj"),
        ("Andriy Yermak", "Andrij Jermak"),
        ("Maria Zakharova", "Maria Sacharowa"),
        ("Vyacheslav Volodin", "Wjatscheslaw Wolodin"),
    ],
)
def test_german_spelling_is_derived(name: str, german: str) -> None:
    assert german in german_spellings(name)


@pytest.mark.parametrize(
    "name",
    ["Friedrich Merz", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz", "Klitschko", "Putin"],
)
def test_names_that_need_no_german_spelling_add_nothing(name: str) -> None:
    assert german_spellings(name) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Russia would respond appropriately, Kremlin spokesman Dmitri Peskow said.",
            "Dmitry Peskov",
        ),
        ("The EU had run out of ideas, Sergej Lawrow told reporters in Moscow.", "Sergei Lavrov"),
        ("Mayor Ihor Terechow said that 14 people had been rescued.", "Ihor Terekhov"),
        (
            "„We will not give in“, Wolodymyr Selenskyj said in his evening address.",
            "Volodymyr Zelensky",
        ),
        (
            "Minsk was ready to host talks, Lukaschenko told the agency Belta.",
            "Alexander Lukashenko",
        ),
    ],
)
def test_german_spelling_resolves_to_the_table(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]

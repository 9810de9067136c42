"""Weapon models and nouns to the event vocabulary."""

from __future__ import annotations

from importlib import resources

import pytest

from pipeline.extract.weapons import MODELS, find_models, intercept_weapon, strike_weapon


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        ("a wave of Shahed-131/136 drones", "Shahed-131/136", "drone"),
        ("Shahed-136/131 attack UAVs", "Shahed-131/136", "drone"),
        ("a single Shahed-136", "Shahed-136", "drone"),
        ("Russian-made Geran-2 drones", "Geran-2", "drone"),
        ("Shahed-type drones", "Shahed-131/136", "drone"),
        ("a Lancet loitering munition", "Lancet", "drone"),
        ("Kh-101 cruise missiles", "Kh-101", "missile"),
        ("an X-101 missile", "Kh-101", "missile"),
        ("Kh-555 missiles", "Kh-555", "missile"),
        ("sea-based Kalibr missiles", "Kalibr", "missile"),
        ("an Iskander-M ballistic missile", "Iskander-M", "missile"),
        ("two Kinzhal missiles", "Kinzhal", "missile"),
        ("modified S-300 air defence missiles", "S-300", "missile"),
        ("a Kh-59 guided missile", "Kh-59", "missile"),
    ],
)
def test_models_and_aliases(text: str, name: str, category: str) -> None:
    ((model, start, end),) = find_models(text)
    assert (model.name, model.category) == (name, category)
    assert text[start:end].lower() in MODELS


def test_nato_names_come_from_the_dataset() -> None:
    assert MODELS["kalibr"].nato == "SS-N-27 Sizzler"
    assert MODELS["kh-22"].nato == "AS-4 Kitchen"


def test_packaged_copy_credits_its_source() -> None:
    text = resources.files("pipeline.extract").joinpath("data/weapons.csv").read_text("utf-8")
    assert "Petro Ivaniuk" in text.splitlines()[0]
    assert "ODC-BY 1.0" in text.splitlines()[0]


@pytest.mark.parametrize("text", ["the shahed-136x prototype", "Kalibrated", "an Orlando trip"])
def test_no_model_inside_other_words(text: str) -> None:
    assert find_models(text) == ()


@pytest.mark.parametrize(
    ("phrase", "weapon"),
    [
        ("rockets", "rocket"),
        ("cruise missiles", "missile"),
        ("Kalibr missiles", "missile"),
        ("attack drones", "drone"),
        ("UAVs", "drone"),
        ("air strikes", "airstrike"),
        ("airstrikes", "airstrike"),
        ("multiple rocket launchers", "mlrs"),
        ("MLRS", "mlrs"),
        ("Grad", "mlrs"),
        ("guided aerial bombs", "glide_bomb"),
        ("glide bombs", "glide_bomb"),
        ("KABs", "glide_bomb"),
        ("artillery shells", "artillery"),
        ("mortars", "artillery"),
        ("mortars, artillery, Grads, tanks", "other"),
        ("artillery and drones", "other"),
        ("people", None),
    ],
)
def test_strike_weapon(phrase: str, weapon: str | None) -> None:
    assert strike_weapon(phrase) == weapon


def test_intercept_weapon() -> None:
    assert intercept_weapon("drone") == "drone"
    assert intercept_weapon("rocket") == "missile"
    assert intercept_weapon("missile") == "missile"
    assert intercept_weapon("artillery") is None


@pytest.mark.parametrize(
    ("phrase", "weapon"),
    [
        ("5 rocket artillery strikes", "mlrs"),
        ("rocket artillery", "mlrs"),
        ("459 shellings", "artillery"),
        ("rockets", "rocket"),
    ],
)
def test_shelling_and_rocket_artillery(phrase: str, weapon: str) -> None:
    assert strike_weapon(phrase) == weapon

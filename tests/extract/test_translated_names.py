"""Unit checks of the speaker-naming helpers for translated copy (statement round 2)."""

from __future__ import annotations

from pipeline.extract._names import Registry
from pipeline.extract._ofnamed import name_end, title_start
from pipeline.extract._surnames import analysed, unposted, untitled
from pipeline.extract._translated import ministry_of


def test_translated_ministries() -> None:
    gaza = ["Gaza", "health", "ministry"]
    assert ministry_of(["the", "ministry", "of", "Health", "of", "Gaza"]) == gaza
    assert ministry_of(["The", "Lebanese", "ministry", "of", "Public", "Health"]) == [
        "Lebanese",
        "health",
        "ministry",
    ]
    assert ministry_of(["the", "ministry", "of", "Exterior", "of", "Israel"]) == [
        "Israeli",
        "foreign",
        "ministry",
    ]
    assert ministry_of(["the", "Ministry", "of", "Foreign", "Affairs", "of", "Pakistan"]) is None
    assert ministry_of(["the", "ministry", "of", "the", "interior"]) is None


def test_titles_with_a_lower_case_complement() -> None:
    text = "In Moscow, the spokeswoman of the diplomacy Maria Zakharova said"
    assert text[: name_end(text, text.find(" of "))].endswith("Maria Zakharova")
    seg = "The minister of digital affairs Marta Nowicka"
    assert title_start(seg, seg.find("Marta")) == 0
    seg = "reported by the head of the Zaporizhzhia OVA Ivan Fedorov"
    assert title_start(seg, seg.find("Ivan")) == seg.find("Ivan")


def test_names_behind_titles_and_posts() -> None:
    assert untitled(["Verteidigungsminister", "Boris", "Pistorius"]) == ["Boris", "Pistorius"]
    assert untitled(["Foreign", "Minister", "Wang"]) == ["Foreign", "Minister", "Wang"]
    body = "the ambassador in Warsaw Vasyl Bodnar said"
    assert unposted(["Warsaw", "Vasyl", "Bodnar"], body) == ["Vasyl", "Bodnar"]
    assert unposted(["Berlin", "Brandenburg", "Airport"], "for Berlin Brandenburg Airport") == [
        "Berlin",
        "Brandenburg",
        "Airport",
    ]
    assert analysed(["Reuters", "analysis", "of", "official"]) == 1


def test_registry_reads_translated_bodies() -> None:
    body = "In the Gaza Strip, the civil defence said its crews could not reach Rafah."
    found = Registry(body).resolve("the civil defence", body.find("the civil"))
    assert found is not None and found.canonical == "Gaza civil defence"
    body = "The Swiss Federal Council follows the talks, a spokesman of the Federal Council said."
    found = Registry(body).resolve("a spokesman of the Federal Council", body.find("a spokesman"))
    assert found is not None and found.canonical == "Swiss Federal Council"

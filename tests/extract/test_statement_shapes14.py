"""German copy in English (dev_statements14): party descriptors, titled names, seats."""

from __future__ import annotations

from pipeline.extract import _parties, _regionback
from pipeline.extract._names import Registry
from tests.extract.found import quote_rows as _said


def test_party_descriptor() -> None:
    assert _parties.descriptor("the SPD politician")
    assert _parties.descriptor("The CDU leader")
    assert _parties.descriptor("the Social Democrat")
    assert _parties.descriptor("the Green defence politician")
    assert _parties.descriptor("the Russian politician")
    assert not _parties.descriptor("the Greens")
    assert not _parties.descriptor("the Left Party")
    assert not _parties.descriptor("the official")


def test_profession_before_name() -> None:
    tokens = ["Security", "expert", "Claudia", "Major"]
    assert _parties.professional(tokens, [t.lower() for t in tokens]) == ["Claudia", "Major"]
    tokens = ["the", "ministry"]
    assert _parties.professional(tokens, [t.lower() for t in tokens]) is None


def test_member_named_with_party() -> None:
    body = "Chancellor Friedrich Merz (CDU) met X. Lars Klingbeil (SPD) stayed. The CDU leader said"
    at = body.find("The CDU leader")
    assert _parties.members_before("The CDU leader", body, at)[0] == "Chancellor Friedrich Merz"
    assert _parties.members_before("the politician", body, at) == []


def test_town_names_no_region() -> None:
    assert _regionback.town_only("Izmail", "the town of Izmail came under fire")
    assert not _regionback.town_only("Kherson", "shelling of Kherson")
    assert not _regionback.town_only("Izmail", "over the Izmail region")


def test_headline_surname_then_full_name() -> None:
    body = "Talks: Wadephul calls for calm\n\nForeign Minister Johann Wadephul flew in."
    assert Registry(body).resolve("Wadephul") is not None
    assert Registry(body).resolve("Wadephul").canonical == "Johann Wadephul"  # type: ignore[union-attr]


def test_german_copy_shapes() -> None:
    said = _said(
        "Economy Minister Katherina Reiche defended the levy. Prices would otherwise rise, "
        "the CDU politician warned."
    )
    assert said == [("Katherina Reiche", "Prices would otherwise rise")]
    said = _said(
        "The federal government will not take part, a spokesman for the Defence Ministry in "
        "Berlin said on Wednesday."
    )
    assert said == [("German Defence Ministry", "The federal government will not take part")]
    said = _said("Since August, according to the Ukrainian government, more ports were hit.")
    assert said == [("Ukrainian government", "more ports were hit")]
    said = _said("Russia was losing men, General Carsten Breuer told the newspaper „Bild“.")
    assert said == [("Carsten Breuer", "Russia was losing men")]

"""Unit tests for the eighth session's third statement round (dev_statements24): back
references ("the same sources", "the ministry") and placed or opened subjects."""

from __future__ import annotations

from pipeline.extract._backrefs import named_body, same_source, stand_in
from pipeline.extract._subjects import untimed
from tests.extract.found import statement_rows as _said


def test_place_opener_is_cut_before_a_pointing_descriptor() -> None:
    assert untimed("At the plant the CDU politician") == "the CDU politician"
    assert untimed("In the Bundestag the SPD politician") == "the SPD politician"
    assert untimed("At the plant workers") == "At the plant workers"
    assert stand_in(untimed("In the Bundestag the CDU politician")) == ""


def test_same_sources_point_back() -> None:
    body = "Diplomatic sources consulted by the agency doubted it. X, the same sources said."
    at = body.index("the same")
    assert same_source("the same sources", 1, [], [], at, body) == ("Diplomatic sources", "generic")
    assert same_source("the sources", 1, [], [], at, body) is None


def test_named_body_takes_the_qualified_head() -> None:
    body = "The German foreign ministry published a plan. X, it was said from the ministry."
    assert named_body("the ministry", body, body.index("it was")) == "German foreign ministry"
    assert named_body("the ministry", "Nothing here. X, the ministry said.", 20) is None


def test_extracted_shapes() -> None:
    assert _said("According to Palestinian data, most families have returned.") == []
    text = "According to the Chancellery of the President, the bill fails."
    assert _said(text) == [("Chancellery of the President", "indirect", "the bill fails")]
    text = "The Italian delegation met them. No deal was reached, it was said in the delegation."
    assert _said(text) == [("Italian delegation", "indirect", "No deal was reached")]

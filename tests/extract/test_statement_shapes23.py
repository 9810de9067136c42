"""Unit tests for the eighth session's second cue round (dev_statements23): translated
French, Italian, Spanish, Polish and German copy."""

from __future__ import annotations

from pipeline.extract._according import bare_clause
from pipeline.extract._clauses import after_dash, figure_object, phrase_comma, title_only
from pipeline.extract._continued import clause
from pipeline.extract._cuewords import invited_hits, launched_hits
from pipeline.extract._saidfrom import bare_said, learned_hits, source_name
from tests.extract.found import statement_rows as _said


def test_launched_is_a_cue_only_after_a_closing_quote() -> None:
    body = "« We wait no longer, » launched the minister on arrival."
    assert launched_hits(body) == [(body.index("launched"), "launched")]
    assert launched_hits("Russia launched 40 drones, the air force said.") == []


def test_invited_after_a_clause_is_an_appeal() -> None:
    body = "She said talks failed, and invited the allies to act."
    assert invited_hits(body) == [(body.index("invited"), "invited")]
    assert invited_hits("Macron invited Zelensky to Paris.") == []


def test_phrase_before_a_comma_clause() -> None:
    text = "X said in the debate, the budget is tight."
    assert phrase_comma(text, 6) == text.index("the budget")
    assert phrase_comma("X said at the summit, where leaders met.", 6) == -1


def test_figure_object_and_dash_and_title() -> None:
    assert figure_object("reported 151 clashes", 8)
    assert not figure_object("reported the capture of", 8)
    text = "« Fine, » said X. — We refuse, he added"
    assert text[after_dash(text, 0, len(text)) :].startswith("We refuse")
    dateline = "ROME, 3 May (ANSA) — The minister of the interior"
    assert title_only(dateline, 0, len(dateline))
    assert not title_only("The talks failed", 0, 16)


def test_learned_from_sources_and_it_is_written() -> None:
    body = "C, it was learned from diplomatic sources."
    assert learned_hits(body) == [(body.index("learned"), "learned")]
    assert source_name("sources in the presidential palace") == "presidential palace sources"
    assert source_name("diplomatic sources") == "diplomatic sources"
    assert bare_said("The unit returns on Friday, it is written in the bulletin.") == 26


def test_according_to_without_a_comma() -> None:
    text = "According to the operator Ukrenergo 300 homes were without power."
    assert bare_clause(text, text.index(" 300")) == text.index("300")
    text = "According to Infratest dimap, 61 percent are worried."
    assert bare_clause(text, text.index(" dimap")) == -1


def test_translated_cue_shapes_end_to_end() -> None:
    assert _said("The minister Anna Kowal retorted that the fund was empty.") == [
        ("Anna Kowal", "indirect", "the fund was empty")
    ]
    assert _said("The talks resume in May, precised the spokesman Paolo Berti.") == [
        ("Paolo Berti", "indirect", "The talks resume in May")
    ]
    assert _said(
        "The spokesman Oleg Varin, questioned by reporters, said that no date was set."
    ) == [("Oleg Varin", "indirect", "no date was set")]
    assert _said("The deputy Nina Keller judged the plan « clearly insufficient ».") == [
        ("Nina Keller", "partial", "clearly insufficient")
    ]
    assert _said("The opposition asked why the report had been withheld.") == []


def test_colon_after_a_trailing_attribution_and_comma_less_openers() -> None:
    text = "The terms were clear, Lavrov said: Kyiv must give up the membership."
    assert clause(text, text.index(" said") + 5) == (text.index("Kyiv"), len(text) - 1)
    assert clause("A, he said: three talks, two dinners.", 10) is None
    assert _said(
        "In his evening address the chancellor Peter Lindner said, the winter is hard."
    ) == [("Peter Lindner", "indirect", "the winter is hard")]

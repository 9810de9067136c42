"""Unit tests for the ninth session's first statement round (dev_statements26)."""

from __future__ import annotations

from pipeline.extract import _grouped, _invfirst, _surnames
from tests.extract.found import statement_rows as _said


def test_inverted_cue_after_a_clause_ending_in_a_name() -> None:
    text = "It was a “gift” for Olaf Scholz, said Dmitry Peskov."
    assert _said(text) == [("Dmitry Peskov", "partial", "gift")]
    text = "The shells hit Nikopol and Marhanets, says Serhiy Lysak."
    assert _said(text) == [("Serhiy Lysak", "indirect", "The shells hit Nikopol and Marhanets")]


def test_only_a_clause_tail_yields_to_the_inverted_reading() -> None:
    text = "It was a gift for Olaf Scholz, said Peskov."
    assert _invfirst.clause_tail(text, (16, 31))  # "for Olaf Scholz"
    text = "They fired at Chernihiv and Sumy, said an officer."
    assert _invfirst.clause_tail(text, (28, 32))  # "Sumy" after "and"
    text = "Dmitry Peskov, the Kremlin spokesman, said Putin had left."
    assert not _invfirst.clause_tail(text, (0, 36))
    assert not _invfirst.clause_tail(text, None)


def test_told_after_a_comma_stays_leading() -> None:
    assert not _invfirst.comma_verb("Khaled, told the AP", "told", 8)
    assert _invfirst.comma_verb("C for Trump, says X", "says", 13)


def test_unnamed_person_keeps_the_place() -> None:
    text = "The rockets came from Belgorod, said a military officer in Kharkiv."
    assert _said(text) == [
        ("military officer in Kharkiv", "indirect", "The rockets came from Belgorod")
    ]
    tokens = ["aid", "worker", "in", "Cairo"]
    assert _surnames.placed_group(tokens, [t.lower() for t in tokens])
    tokens = ["official", "statement", "of", "Kyiv"]
    assert not _surnames.placed_group(tokens, [t.lower() for t in tokens])


def test_title_then_the_name_it_is_set_off_by() -> None:
    text = (
        "A drone hit a depot, said the governor of the Zaporizhzhia region, Ivan Fedorov, "
        "writing on Telegram."
    )
    assert _said(text) == [("Ivan Fedorov", "indirect", "A drone hit a depot")]


def test_quote_credited_by_the_next_sentence() -> None:
    text = "“We stay at Ukraine's side.” This was affirmed by Chancellor Olaf Scholz in Berlin."
    assert _said(text) == [("Olaf Scholz", "direct", "We stay at Ukraine's side.")]


def test_colon_quote_after_a_trailing_cue_is_direct() -> None:
    text = "Chancellor Olaf Scholz spoke. Peace matters, said the Chancellor: “It is urgent.”"
    assert ("Olaf Scholz", "direct", "It is urgent.") in _said(text)


def test_subjects_the_phrase_walk_cuts_short() -> None:
    text = "Residents of Omdurman and Bahri told"
    assert _grouped.pair_start(text, text.index("Bahri")) == 0
    text = "The Committee to Protect Journalists says"
    assert _grouped.pair_start(text, text.index("Protect")) == 0
    assert _grouped.pair_start("Peace and quiet", 10) == 10


def test_name_before_a_description_with_a_whose_clause() -> None:
    text = "UNIFIL, the UN mission whose 10,000 troops patrol the south, said"
    assert _grouped.whose_named(text, text.index("said")) == (0, 6)
    assert _grouped.whose_named("The army said", 9) is None


def test_second_speaker_after_a_semicolon_or_though() -> None:
    text = "Kyiv says the talks have stalled; Moscow says a new round could start soon."
    assert [s for s, _, _ in _said(text)] == ["Kyiv", "Moscow"]

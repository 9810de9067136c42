"""Reading articles from text, JSON lines and stdin, with clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.articles import content_id, from_text, read_path
from pipeline.errors import InputError


def test_text_file_first_line_is_the_title(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Headline here\n\nFirst paragraph.\n\nSecond.")
    (article,) = read_path(str(f))
    assert article["title"] == "Headline here"
    assert article["body"] == "First paragraph.\n\nSecond."
    assert article["id"] == content_id(article["body"], "Headline here")
    assert article["source"] == "a.txt" and article["received_at"].endswith("Z")


def test_single_line_text_is_all_body() -> None:
    article = from_text("Only one line of text.")
    assert article["title"] is None and article["body"] == "Only one line of text."


def test_jsonl_keeps_given_ids_and_fills_missing_ones(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "given", "body": "x"}\n\n{"body": "y", "title": "t"}\n')
    first, second = read_path(str(f))
    assert first["id"] == "given"
    assert second["id"] == content_id("y", "t")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "body": "x"}\n{oops\n', "line 2: not valid JSON"),
        ("[1, 2]\n", "line 1: expected a JSON object"),
        ('{"id": "a", "body": 3}\n', "line 1: the record has no string field 'body'"),
    ],
)
def test_bad_jsonl_lines_name_the_line(tmp_path: Path, content: str, message: str) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text(content)
    with pytest.raises(InputError, match=message):
        list(read_path(str(f)))


@pytest.mark.parametrize("kind", ["missing", "directory", "binary"])
def test_unreadable_inputs_raise_input_error(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "x.txt"
    if kind == "directory":
        target.mkdir()
    elif kind == "binary":
        target.write_bytes(b"\xff\xfe\xfa")
    with pytest.raises(InputError):
        list(read_path(str(target)))

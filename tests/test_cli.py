"""The CLI: one-line errors and non-zero exits, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from pipeline import schemas
from pipeline.cli import main

REPO = Path(__file__).resolve().parents[1]


def _run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    import os

    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=stdin, env=full_env,
                          capture_output=True, text=True, timeout=60, cwd=REPO)  # fmt: skip


@pytest.mark.parametrize(
    ("args", "env", "needle"),
    [
        (["extract", "/no/such/file.txt"], {}, "no such file"),
        (
            ["ingest", "/no/such/file.txt"],
            {"KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1"},
            "no such file",
        ),
        (["tail", "raw"], {"KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1"}, "cannot reach Kafka"),
        (["topics"], {"NEWSWIRE_PARTITIONS": "many"}, "configuration error"),
    ],
)
def test_errors_are_one_line_without_traceback(
    args: list[str], env: dict[str, str], needle: str
) -> None:
    done = _run(*args, env=env)
    assert done.returncode != 0
    assert needle in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_bad_jsonl_line_on_stdin_is_a_one_line_error() -> None:
    done = _run("extract", "--jsonl", "-", stdin='{"id": "a", "body": "x"}\nnot json\n')
    assert done.returncode == 1
    assert "line 2" in done.stderr and "Traceback" not in done.stderr


def test_extract_jsonl_events_carry_the_article_id(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(
        orjson.dumps(
            {
                "id": "art-1",
                "body": "Russia fired 12 missiles at Kharkiv overnight, the governor said.",
            }
        ).decode()
        + "\n"
    )
    assert main(["extract", "--jsonl", str(f)]) == 0
    lines = capsysbinary.readouterr().out.splitlines()
    events = [orjson.loads(line) for line in lines]
    for event in events:
        assert event["article_id"] == "art-1"
        schemas.validator(event["type"])(event)
    assert any(e["type"] == "strike" and e["count"] == 12 for e in events)

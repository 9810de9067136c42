"""The in-process benchmark still drives the worker's real batch step (a smoke test, no timings)."""

from __future__ import annotations

from bench import process_cost


def test_process_cost_runs_the_worker_batch_step_and_counts_what_it_sends() -> None:
    figures = process_cost.run(articles=4, rounds=1, batch=2)
    assert figures["articles"] == 4
    assert figures["events_per_article"] > 0
    sent = figures["publish"]["none"]["bytes_per_article"]
    assert sent > 100 * figures["events_per_article"], "every event's bytes reach the producer"

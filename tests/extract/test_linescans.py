"""Body scans anchored on cheaper starts find what the plain search of their pattern finds."""

from __future__ import annotations

import re

from bench.corpus import article, wire_article
from pipeline.extract import _anonymous, _colonline

_TEXTS = [
    "Senior Hamas source to Al Mayadeen: Talks resumed in Cairo tonight.",
    "Fighting went on. Israeli official to Channel 12: No deal before Friday.\n"
    "Kharkiv: three people were injured in the attack on the city.\n"
    "Zelensky: Russia launched more than forty drones at the region overnight.",
    "\nGovernor Syniehubov: Two districts came under shelling on Sunday evening.\nend",
    "x Military sources to AFP: y\n“Diplomatic sources to Reuters: z” Top commander to TV: w",
    "lowercase: not a ticker line at all.\n\n\nTrailing newline\n",
    "",
]
_BODIES = [wire_article(i, size=4000, seed=7)["body"] for i in range(25)]
_BODIES += [article(i, size=4000, seed=7)["body"] for i in range(10)]


def test_ticker_starts_as_the_lookbehind_pattern() -> None:
    plain = re.compile(rf"(?:(?<=[.!?”\"’][ \t])|(?<=\n)|^){_anonymous._TICKER}")
    for text in _TEXTS + _BODIES:
        got = [(m.span(), m.groupdict()) for m in _anonymous._TICKER_AT.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)], text


def test_colon_lines_as_a_search_of_the_body() -> None:
    for text in _TEXTS + _BODIES:
        searched = [(m.end("n"), _colonline.VERB) for m in _colonline._LINE.finditer(text)]
        assert _colonline.hits(text) == searched, text
    assert _colonline.hits(_TEXTS[1]) != _colonline.hits(_TEXTS[2])  # nothing carried over

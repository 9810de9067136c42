"""The factored verb alternation matches exactly what the flat one matches."""

from __future__ import annotations

import re

from pipeline.extract._s36verbs import pattern
from pipeline.extract._verbtrie import factored, finite

_TEXTS = (
    "The minister said that the strike hit a depot.",
    "It has pointed  out that C, and reaffirmed that D; it made\tknown that E.",
    "He points out, assures, assured and reassured; announcedx said.",
)


def test_factored_matches_like_the_flat_alternation() -> None:
    flat = re.compile(r"\b(?P<v>" + pattern("finite") + r")(?P<t>[ \t]+\w+)?")
    tree = re.compile(r"\b(?P<v>" + finite() + r")(?P<t>[ \t]+\w+)?")
    words = pattern("finite")[3:-1].replace(r"[ \t]+", " ").split("|")
    for text in (*_TEXTS, " ".join(words), " ".join(w + "s" for w in words)):
        assert [m.span("v") for m in tree.finditer(text)] == [
            m.span("v") for m in flat.finditer(text)
        ]
    assert finite() != pattern("finite")


def test_factored_refuses_a_shorter_word_first() -> None:
    flat = "(?:said|said[ \\t]+out)"
    assert factored((flat,)) == flat  # the tree would change which branch is tried first
    assert factored(("(?:x+|y)",)) == "(?:x+|y)"  # not a plain word list
    assert re.fullmatch(factored(("(?:said[ \\t]+out|said)",)), "said  out")

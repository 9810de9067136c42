"""Runs of noun-phrase words read backwards from a cue ("... Xi of a" -> "Xi").

Kept apart from :mod:`pipeline.extract._phrases`, which is at its size limit.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.extract._phrases import _EDGE_PUNCTUATION, _PARTICLES, joins_name, np_word
from pipeline.extract._roles import name_after_complement


def np_runs_backward(text: str) -> Iterator[str]:
    """Maximal runs of noun-phrase words in ``text``, last run first ("Xi of a" -> "Xi")."""
    current: list[str] = []  # words of the run being built, in reverse order
    for word in reversed(text.split(" ")):
        bare = word.strip(_EDGE_PUNCTUATION)
        if bare == word and word in _PARTICLES and current and joins_name(current[-1]):
            current.append(word)  # "Ursula von der Leyen": the particles stay in the name
            continue
        if not bare or not np_word(bare):
            if current:
                yield from _runs(current)
                current = []
            continue
        if current and bare != word and word[-1] in _EDGE_PUNCTUATION:
            yield from _runs(current)  # "Putin, Xi": the comma ends the run after it
            current = []
        current.append(bare)
        if word[0] in _EDGE_PUNCTUATION or len(current) >= 10:
            yield from _runs(current)
            current = []
    if current:
        yield from _runs(current)


def _runs(reversed_words: list[str]) -> Iterator[str]:
    """A run, preceded by the name after a title's complement when it holds one ("External
    Affairs Kirti Vardhan Singh" -> "Kirti Vardhan Singh"): "for" splits such titles."""
    run = _run(reversed_words)
    named = name_after_complement(run.split()) if len(reversed_words) > 3 else []
    if named:
        yield " ".join(named)
    yield run


def _run(reversed_words: list[str]) -> str:
    """Join a run collected backwards, without dangling "of"/"the" at either end."""
    words = reversed_words[::-1]
    while words and words[-1] in ("of", "the"):
        words.pop()
    while words and words[0] == "of":
        words.pop(0)
    return " ".join(words)

"""German "hieß es (weiter)" in translation: whose words "C, it was said further." carries.

Translated German copy closes a sentence with an impersonal "it was said" where the
original had "hieß es" or "hieß es weiter": the words belong to the source the story
quoted just before. The speaker pass used to accept that source only from the sentence
right before in the same paragraph. German tickers and agency copy, though, open a new
paragraph with such a sentence ("The remaining objects had crashed ..., it was said."),
and write "C, it was said further." or, word for word, "C, further it said." (read by
:mod:`pipeline.extract._saidfrom` and :mod:`pipeline.extract._adverbs`).

:func:`gate` is the cheap body test before the per-sentence walk; :func:`source_before`
finds the attribution the impersonal cue carries on: the sentence right before it, also
across one paragraph break (page furniture such as "(Photo: dpa)" in between is not
counted). Looking further back over sentences of plain fact cost a blind set statements,
so it is not done.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from pipeline.extract import _saidfrom
from pipeline.extract._bodylits import body_has
from pipeline.extract._reattribute import Attribution
from pipeline.extract.model import Sentence

__all__ = ["gate", "it_was_said", "source_before"]

_GATES = (", it was ", ", it is ", ", further it ")
_LOOKBACK = 1
_FURNITURE = 40
"""A sentence shorter than this with its own paragraph is page furniture ("(Photo: AP)")."""

T = TypeVar("T")


def gate(body: str) -> bool:
    """Whether ``body`` may hold an impersonal "C, it was said" close at all."""
    return any(body_has(body, g) for g in _GATES)


def source_before(said: Sequence[T | None], sentences: Sequence[Sentence], index: int) -> T | None:
    """The attribution an impersonal "it was said" in sentence ``index`` carries on."""
    lowest = sentences[index].paragraph - 1
    seen = 0
    for j in range(index - 1, -1, -1):
        before = sentences[j]
        if said[j] is None and len(before.text) < _FURNITURE and before.paragraph <= lowest:
            lowest = min(lowest, before.paragraph - 1)  # "(Photo: AP)": not counted
            continue
        if before.paragraph < lowest:
            return None
        if said[j] is not None:
            return said[j]
        seen += 1
        if seen >= _LOOKBACK:
            return None
    return None


def it_was_said(
    said: Sequence[Attribution | None], sentences: Sequence[Sentence], index: int
) -> Attribution | None:
    """ "The town was shelled 14 times, it was said.": the source before, as a trailing cue."""
    previous = source_before(said, sentences, index)
    if previous is None:
        return None
    sentence = sentences[index]
    text = sentence.text
    cut = _saidfrom.bare_said(text) if ", it was " in text or ", it is " in text else None
    if cut is None:
        return None
    at, end = sentence.start + cut, sentence.start + cut + 9
    return previous._replace(
        form="trailing", cue="said", cue_start=at, cue_end=end, subject_start=at,
        subject_end=at, clause_start=sentence.start, clause_end=at, has_that=False,
        pronoun=True,
    )  # fmt: skip

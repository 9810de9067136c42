""" "NAME, according to whom C": the relative speaks for the person just named.

Translated Polish and Italian copy ("według którego", "secondo cui") reports an expert's
view as a relative clause after the name, often the sentence's object ("A different
opinion has Professor X, according to whom C"), so no verb of saying names the speaker.
Its own module: ``_according`` is near its size limit.
"""

from __future__ import annotations

from pipeline.extract._clauses import plausible_clause, trim
from pipeline.extract._cuetype import Cue
from pipeline.extract._phrases import np_before

_WHOM = " whom "


def whom(text: str, pos: int, end: int) -> Cue | None:
    """The cue of ", according to whom C" at ``pos`` (``end`` after "to"), speaking for the
    capitalised name right before it, when C runs to the end of the sentence."""
    if not text.startswith(_WHOM, end) or not text.endswith(", ", 0, pos):
        return None
    np = np_before(text, pos - 2)
    if np is None or np[0] == 0:
        return None  # "The analyst X, according to whom C, expects ...": the subject's aside
    name = text[np[0] : np[1]]
    last = name.rsplit(None, 1)[-1]
    if not last[:1].isupper():
        return None  # "spoke at the conference, according to whom": no person before it
    c_start, c_end = trim(text, end + len(_WHOM), len(text))
    if c_end <= c_start or not plausible_clause(text[c_start:c_end]):
        return None
    return Cue(text[pos:end], pos, end, name, np[0], np[1], c_start, c_end, "according", False)

""" "NAME, according to whom C": the relative speaks for the person just named.

Translated Polish and Italian copy ("według którego", "secondo cui") reports an expert's
view as a relative clause after the name, often the sentence's object ("A different
opinion has Professor X, according to whom C"), so no verb of saying names the speaker.
Its own module: ``_according`` is near its size limit. French and Italian copy does the same
for a body or an unnamed source ("selon laquelle", "secondo la quale"): "..., indicated a
European diplomatic source, according to which C" is the source's C.
"""

from __future__ import annotations

import re

from pipeline.extract._clauses import plausible_clause, trim
from pipeline.extract._cuetype import Cue
from pipeline.extract._phrases import np_before

_WHOM = " whom "
_WHICH = " which "
_MODIFIED = re.compile(r"(?<![\w-])(?:an?|the)[ \t]+(?P<np>(?:[\w-]+[ \t]+){0,3}[\w-]+)$")
_BODY_HEADS = frozenset(
    {"source", "sources", "ministry", "office", "agency", "administration", "command", "army"}
)


def whom(text: str, pos: int, end: int) -> Cue | None:
    """The cue of ", according to whom C" at ``pos`` (``end`` after "to"), speaking for the
    capitalised name right before it, when C runs to the end of the sentence."""
    which = text.startswith(_WHICH, end)
    if not (which or text.startswith(_WHOM, end)) or not text.endswith(", ", 0, pos):
        return None
    np = np_before(text, pos - 2)
    if np is None or np[0] == 0:
        return None  # "The analyst X, according to whom C, expects ...": the subject's aside
    if which and (wide := _MODIFIED.search(text, max(0, np[0] - 60), np[1])) is not None:
        np = (wide.start("np"), np[1])  # "a European diplomatic source": its modifiers too
    name = text[np[0] : np[1]]
    last = name.rsplit(None, 1)[-1]
    if not last[:1].isupper() and not (which and last in _BODY_HEADS):
        return None  # "spoke at the conference, according to whom": no person before it
    c_start, c_end = trim(text, end + len(_WHICH if which else _WHOM), len(text))
    if c_end <= c_start or not plausible_clause(text[c_start:c_end]):
        return None
    return Cue(text[pos:end], pos, end, name, np[0], np[1], c_start, c_end, "according", False)

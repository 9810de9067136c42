"""A person's affiliation closed by its acronym before the verb: "Lway Yay Oo of the
Ta’ang National Liberation Army (TNLA) said", "Khaing Thu Kha of the Arakan Army (AA)
told reporters".

The backward subject walk stops at the bracket and takes the acronym alone, so the
group spoke instead of its named member, and a later "she said" found no person to
point back to. When the words before the bracket are "NAME of the BODY", the subject is
that whole phrase, which resolves to the person as "NAME of the BODY said" does.
"""

from __future__ import annotations

import re

from pipeline.extract._cuetype import Cue
from pipeline.extract._phrases import np_before

_OF_BODY = re.compile(
    r"(?:[A-Z][\w'’-]+[ \t]+){1,3}of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,5}"
)
"""A capitalised name, "of", then the body's name ("Khaing Thu Kha of the Arakan Army")."""


def widened(text: str, cue: Cue) -> Cue:
    """``cue`` with its subject widened from a bracketed acronym to "NAME of the BODY"."""
    start, end = cue.subject_start, cue.subject_end
    if start < 2 or not text.startswith(" (", start - 2) or not text.startswith(")", end):
        return cue
    np = np_before(text, start - 2)
    if np is None:
        return cue
    phrase = text[np[0] : np[1]]
    if _OF_BODY.fullmatch(phrase) is None:
        return cue
    return cue._replace(subject=phrase, subject_start=np[0], subject_end=np[1])

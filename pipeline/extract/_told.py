"""Translated agency copy's "X told about Y": a report of Y, with no hearer named.

TASS-style English renders "rasskazal o" as "told about": "The Lipetsk region governor
Igor Artamonov told about a fire on an area of 300 square metres ...". With no hearer the
object is the content reported, so it is X's indirect statement. With a hearer ("told
Newswire about the fire but gave no details") it is only a topic, and a short object
("told about the attack") names a topic too.
"""

from __future__ import annotations

import re

_ABOUT = re.compile(r"[ \t]+about[ \t]+(?=\S)")
_MIN_WORDS = 6
"""Words the object needs to carry a report rather than name a topic."""
_TOPIC_ENDS = (" but gave no details", " but declined to", " but did not")


def about(text: str, verb_end: int) -> tuple[int, int] | None:
    """Sentence-relative span of the object after "told about", or None."""
    m = _ABOUT.match(text, verb_end)
    if m is None:
        return None
    end = len(text.rstrip())
    while end > m.end() and text[end - 1] in ".!?":
        end -= 1
    clause = text[m.end() : end]
    if len(clause.split()) < _MIN_WORDS or any(t in clause for t in _TOPIC_ENDS):
        return None
    return m.end(), end

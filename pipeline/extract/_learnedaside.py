""" "Both sides, it was learned from diplomatic sources in Ankara, would ...": an aside.

Italian "si è appreso da fonti diplomatiche" and Polish "dowiedziano się" come into
English copy as a passive aside between the subject and its verb; the source speaks for
the predicate after it. ``_saidfrom`` covers the aside opening or closing the sentence.
"""

from __future__ import annotations

import re

_OPEN = re.compile(r",[ \t]+it[ \t]+(?:was|has[ \t]+been|had[ \t]+been)[ \t]+$")
_FROM = re.compile(r"[ \t]+from[ \t]+(?P<s>[^,;:“”\"«»]{3,80}?),[ \t]+(?=[a-z])")


def aside(text: str, pos: int, end: int) -> tuple[int, int, int] | None:
    """(source start, source end, clause start) of ", it was learned from X, C" with the
    cue word at ``pos``..``end``, the predicate C running to the sentence's end."""
    if not text.startswith(" from ", end) or _OPEN.search(text, max(0, pos - 20), pos) is None:
        return None
    m = _FROM.match(text, end)
    if m is None:
        return None
    return m.start("s"), m.end("s"), m.end()

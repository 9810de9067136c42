"""Figures inside a quoted weapon name ("a «Palestine 2» ballistic missile").

Houthi, Iranian and Hezbollah claims name their weapons in quotation marks, often with a
numeral that is part of the name ("«Palestine 2»", "“Zulfiqar 3”", "'Fattah 1'"). The
numeral counts nothing: "had launched a «Palestine 2» ballistic missile" is one missile,
and "a missile" is no count. :func:`in_quoted_name` tells the strikes detector so.
"""

from __future__ import annotations

import re

# A short quoted name: a capitalised word, up to two more words, the figure, the close.
_NAME_BEFORE = re.compile(r"[«“\"'‘]\s*[A-Z][\w-]*(?:\s+[\w-]+){0,2}\s+$")
_CLOSE_AFTER = re.compile(r"\s*(?:[A-Z]\b)?\s*[»”\"'’]")


def in_quoted_name(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` closes a short quoted name."""
    if _CLOSE_AFTER.match(text, end) is None:
        return False  # no quote closes right after the figure (the rare side: test it first)
    return _NAME_BEFORE.search(text, max(0, start - 40), start) is not None

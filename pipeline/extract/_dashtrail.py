"""A source after a dash in subject-verb order: "C - local authorities informed." (PAP).

Translated Polish and Romanian copy closes a report with a spaced dash and the source in
its plain order ("..., the town was cut off – the regional authorities informed on
Sunday."). The inverted order ("C – announced the air force") is read by
:mod:`pipeline.extract._cueinvert`; this reads the plain one, only when nothing but a
time or channel follows the verb, so a dash inside a longer sentence is never a source.
Kept apart from :mod:`pipeline.extract._cues` (at its size limit). :func:`after_quote`
reads Ukrainian copy's dash between a closing quote mark and its plain-order source
("“...,” – Ivan Fedorov emphasised."), which only the inverted order used to pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._cuetype import Cue

_DASHES = (" - ", " – ", " — ")
_SOURCE = re.compile(r"[ \t][-–—][ \t]+(?P<s>(?:the[ \t]+)?[\w’'-]+(?:[ \t]+[\w’'-]+){0,4})[ \t]+$")
_REST = re.compile(
    r"(?:[ \t]+(?:on|in|late|early|this|last|via)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?)?[ \t]*[.!]?$"
)
_NOT_SOURCES = frozenset(
    {"it", "this", "that", "which", "who", "as", "he", "she", "they", "we", "i", "you"}
)
_MARKS = frozenset('"“”„«»‘’')


def dashed(text: str, word: str, pos: int, end: int) -> Cue | None:
    """The trailing cue of "C - X informed (on Sunday)." with ``word`` at ``pos``..``end``."""
    window = text[max(0, pos - 60) : pos]
    if not any(d in window for d in _DASHES) or _REST.match(text, end) is None:
        return None
    if any(ch in _MARKS for ch in text):
        return None  # "“...” – he said": the quote's own attribution
    m = _SOURCE.search(text, max(0, pos - 60), pos)
    if m is None or m.group("s").split()[0].lower() in _NOT_SOURCES:
        return None
    clause_end = m.start()
    if len(text[:clause_end].split()) < 4:
        return None
    c_end = clause_end
    while c_end > 0 and text[c_end - 1] in " \t,;":
        c_end -= 1
    return Cue(word, pos, end, m.group("s"), m.start("s"), m.end("s"), 0, c_end, "trailing", False)


_QUOTE_DASH = re.compile(r"[”\"»“][ \t]*(?P<d>[-–—])[ \t]+(?=[A-Z])")


def after_quote(
    text: str, word: str, pos: int, end: int, verb: Callable[[str, str, int, int], Cue | None]
) -> Cue | None:
    """The cue of "“...” – NAME VERBED." read as if the dash were not there (same offsets)."""
    m = _QUOTE_DASH.search(text, max(0, pos - 80), pos)
    if m is None or text.find("”", m.end(), pos) >= 0 or text.find("»", m.end(), pos) >= 0:
        return None
    undashed = f"{text[: m.start('d')]} {text[m.end('d') :]}"
    return verb(undashed, word, pos, end)

"""Cheap guards against cue words that attribute nothing.

A verb of saying inside someone's quoted words ("“Russia has said no every time,” Sybiha
said") is part of the quote, not an attribution; a participial opener ("Opening the
session, DiCarlo said ...", "Defending the strikes, Katz said ...") is the writer's
framing, not a reported clause. Both checks run only on sentences that already hold a
cue, and the quote check only when the sentence holds a quotation mark.
"""

from __future__ import annotations

import re

_MARK_RE = re.compile('["“”«»„]')
_OPEN = "“«"
_CLOSE = "”»"
_FINITE = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could"}
    | {"should", "can", "may", "might", "must", "do", "does", "did"}
)


_COMPLEMENTS = frozenset(
    {"the", "a", "an", "to", "his", "her", "its", "their", "this", "these", "on", "at", "in"}
    | {"with", "for", "about", "from", "after", "before", "during", "into", "over"}
    | {"reporters", "journalists"}
)


def has_marks(text: str) -> bool:
    """Whether ``text`` holds a double quotation mark (one C-level scan)."""
    return _MARK_RE.search(text) is not None


def inside_quote(text: str, pos: int) -> bool:
    """Whether offset ``pos`` of a sentence lies inside quotation marks.

    Also true for a sentence that starts inside a quote opened in the sentence before:
    no mark before ``pos`` and a closing mark as the first one after it.
    """
    german = "„" in text
    opening, closing = ("„", "“") if german else (_OPEN, _CLOSE)
    if not german and german_guillemets(text):
        opening, closing = "»“", "«”"
    depth = 0
    seen = False
    for m in _MARK_RE.finditer(text, 0, pos):
        ch, i = m.group(), m.start()
        if ch in opening and (german or ch != "“" or i == 0 or text[i - 1] in " \t\n(—–"):
            depth, seen = 1, True  # a “ right after a word closes a German „quote“ opened
            # in the sentence before: „A. B“, X said
        elif ch in closing:
            depth, seen = 0, True
        elif ch == '"':  # a straight mark opens after a space, closes after a word
            depth, seen = int(i == 0 or text[i - 1] in " \t\n(—–"), True
    if depth:
        return True
    if seen:
        return False
    after = _MARK_RE.search(text, pos)
    return after is not None and after.group() in closing and after.group() not in opening


def german_guillemets(text: str) -> bool:
    """Whether the guillemets of ``text`` are German »…« (» opens), not «…» (« opens).

    Read off the first guillemet: a » before a word after a space opens a quote, a « after
    a word closes one that an earlier sentence opened (»A. B«, X said).
    """
    low, high = text.find("«"), text.find("»")
    if high >= 0 and (low < 0 or high < low):
        return (high == 0 or text[high - 1] in " \t\n(—–") and text[high + 1 : high + 2].isalnum()
    if low <= 0:
        return False
    return not text[low - 1].isspace() and not text[low + 1 : low + 2].isalnum()


def participial(clause: str) -> bool:
    """ "Opening the session", "Seeking to restart talks": an -ing opener with no finite
    verb, which frames the sentence rather than reporting anything."""
    words = clause.split()
    if len(words) < 2 or len(words) > 8 or not words[0].endswith("ing"):
        return False
    if not words[0][:1].isupper() or words[1] not in _COMPLEMENTS:
        return False  # "Shelling hit Kherson": a gerund subject
    return not any(w in _FINITE or (w.endswith("ed") and len(w) > 4) for w in words[1:])

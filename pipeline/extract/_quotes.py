"""Quotation-mark pairing over paragraphs.

Wire copy mixes straight, curly and guillemet marks, nests ‘ ’ inside “ ”, and
continues a quote into the next paragraph by re-opening it without closing the
previous one. Pairing is a single left-to-right state machine over the marks, so
thousands of unbalanced marks still cost linear time and never raise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from pipeline.extract._bodylits import body_has

_DOUBLE = '"“”„‟«»'
_SINGLE = "‘’‚"
# Which closing marks end a quote opened by each mark; a straight mark may close a curly
# one and the other way round (scraped copy mixes them: “...," he said).
_CLOSERS = {
    "“": '”“"',
    "„": "“”‟",
    "‟": "”",
    "«": "»",
    "»": "«",
    '"': '"”',
    "”": "”",
    "‘": "’",
    "‚": "‘’",
}
_OPEN_BEFORE = frozenset(" \t\n\r\u00a0\u202f([{—–-/:")
_CLOSE_AFTER = frozenset(" \t\n\r\u00a0\u202f.,;:!?)]}—–-")
_SPACE = frozenset(" \t\n\r\u00a0\u202f")
_AGENCIES = ("AFP", "Reuters", "AP", "dpa", "DPA", "Xinhua", "TASS", "UPI", "EFE", "ANSA")
_SIGNATURE = re.compile(r"\s*[—–-]+\s*\(?(?:" + "|".join(_AGENCIES) + r")\)?\Z")
"""An agency sign-off closing an article, left inside a quote that was never closed."""
_MAX_SEGMENTS = 20
"""A quote continued over more paragraphs than this is treated as unbalanced."""


class Quote(NamedTuple):
    """One quoted passage; offsets index the article body."""

    start: int
    """Offset of the opening mark."""
    end: int
    """Offset one past the closing mark, or the paragraph end when never closed."""
    text: str
    """Words between the marks; paragraph breaks are joined by one space."""
    closed: bool
    """False when the quote ran to a paragraph end without a closing mark."""
    paragraphs: int
    """How many paragraphs the quote spans (1 for the usual case)."""


def find_quotes(body: str, paragraphs: Sequence[tuple[int, int]]) -> list[Quote]:
    """Pair the quotation marks inside each ``(start, end)`` paragraph span of ``body``."""
    doubles = positions(body, _DOUBLE)
    singles = positions(body, _SINGLE) if body_has(body, "‘") or body_has(body, "‚") else []
    if not doubles and not singles:
        return []
    quotes: list[Quote] = []
    pending: list[tuple[int, int]] = []  # segments of a quote still open at a paragraph end
    pending_opener = ""
    pending_start = -1
    d = s = 0  # cursors into doubles / singles
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        while d < len(doubles) and doubles[d] < p_start:
            d += 1
        d_end = d
        while d_end < len(doubles) and doubles[d_end] < p_end:
            d_end += 1
        if d_end > d:
            marks = doubles[d:d_end]
        else:
            while s < len(singles) and singles[s] < p_start:
                s += 1
            s_end = s
            while s_end < len(singles) and singles[s_end] < p_end:
                s_end += 1
            marks = singles[s:s_end]
        d = d_end
        if not marks and not pending:
            continue
        opener = ""
        open_at = -1
        if pending:
            first = _first_visible(body, p_start, p_end)
            if first >= 0 and marks and marks[0] == first and body[first] in _CLOSERS:
                opener, open_at = pending_opener, first
            else:
                quotes.append(_make(body, pending_start, pending, closed=False))
                pending = []
        for pos in marks:
            if pos == open_at:
                continue
            ch = body[pos]
            opening, closing = _context(body, pos, p_start, p_end)
            if opener:
                if ch in _CLOSERS[opener] and (closing or not opening):
                    segments = [*pending, (open_at + 1, pos)]
                    start = pending_start if pending else open_at
                    quotes.append(_make(body, start, segments, closed=True, end=pos + 1))
                    pending, opener = [], ""
                elif opening and not closing and ch in _CLOSERS and ch != "’":
                    if pending:
                        quotes.append(_make(body, pending_start, pending, closed=False))
                        pending = []
                    opener, open_at = ch, pos  # an unbalanced quote restarts here
            elif _opens(ch, opening, closing):
                opener, open_at = ch, pos
        if opener:
            segment = (open_at + 1, p_end)
            if not pending:
                pending_start, pending_opener = open_at, opener
            pending.append(segment)
            if len(pending) >= _MAX_SEGMENTS or p_index == len(paragraphs) - 1:
                quotes.append(_make(body, pending_start, pending, closed=False))
                pending = []
    if pending:
        quotes.append(_make(body, pending_start, pending, closed=False))
    return quotes


def positions(body: str, literals: Iterable[str]) -> list[int]:
    """Sorted offsets of every occurrence of any of ``literals`` (the characters of a string,
    or a tuple of words) in ``body`` (str.find is memchr-fast: no regex scan of the body)."""
    found: list[int] = []
    for literal in literals:
        if len(literal) > 1 and not body_has(body, literal):
            continue  # an absent word (the automaton knows): no find scan of the body
        i = body.find(literal)
        while i >= 0:
            found.append(i)
            i = body.find(literal, i + 1)
    found.sort()
    return found


def _opens(ch: str, opening: bool, closing: bool) -> bool:
    """Whether a mark met outside any quote starts one."""
    if ch not in _CLOSERS:
        return False  # ’ is an apostrophe or a closer, never an opener
    if ch in "“„«‟‘‚":
        return opening or not closing
    if ch == '"':
        return opening or not closing
    return opening and not closing  # ” or » used as an opener (Nordic/German styles)


def _context(body: str, pos: int, start: int, end: int) -> tuple[bool, bool]:
    """(looks like an opening mark, looks like a closing mark) from the neighbours."""
    before = body[pos - 1] if pos > start else " "
    after = body[pos + 1] if pos + 1 < end else " "
    opening = (before in _OPEN_BEFORE or before in _CLOSERS) and (
        after not in _SPACE or body[pos] in "«»"
    )
    closing = (before not in _SPACE or body[pos] in "«»") and (
        after in _CLOSE_AFTER or after in _CLOSERS
    )
    if body[pos] in "’'" and after.isalpha():
        closing = False  # an apostrophe inside a word
    return opening, closing


def _first_visible(body: str, start: int, end: int) -> int:
    """Offset of the first non-space character of ``body[start:end]``, or -1."""
    for i in range(start, min(end, start + 8)):
        if body[i] not in _SPACE:
            return i
    return -1


def _make(
    body: str, start: int, segments: list[tuple[int, int]], *, closed: bool, end: int = -1
) -> Quote:
    """Build a :class:`Quote` whose text joins the stripped segments."""
    parts = [body[s:e].strip() for s, e in segments]
    text = " ".join(p for p in parts if p)
    if not closed and text.endswith(_AGENCIES):
        signed = _SIGNATURE.search(text, max(0, len(text) - 30))
        if signed is not None:
            text = text[: signed.start()]  # "... lives — AFP": the agency's sign-off
    return Quote(
        start=start,
        end=end if closed else segments[-1][1],
        text=text,
        closed=closed,
        paragraphs=len(segments),
    )

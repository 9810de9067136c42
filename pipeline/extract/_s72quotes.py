"""Quotes credited after the words to a described person, and "..., warning X against 'F'",
round 72 (helper h_fix_s72, ``dev_statements98``).

- "'Q,' said a relative of the deceased (, speaking ...)." in single or double curly quotes
  was read for "said a witness" only: a person noun with "of the / his / her / their NOUN"
  ("a relative of the driver", "a resident of the building", "a neighbour of the family") is
  the speaker, without the article (the "witness" labels), and a paragraph that is nothing
  but a quotation right after it continues that speaker (an apostrophe inside it no longer
  cuts the quote);
- "TITLE NAME had visited / toured PLACE ..., warning X against 'F'" is NAME's partial
  quote (it went to the place, or unread).

Both read the body once behind a literal ("said a", "warning "); the statements already
found are looked up by quote in a dict.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.extract._found import new_statement
from pipeline.extract.model import Statement
from pipeline.extract.speakers import Speakers

__all__ = ["described_quotes", "put_direct", "starts", "warnings"]

_PEOPLE = (
    "relative|resident|neighbou?r|friend|colleague|member|brother|sister|son|daughter|cousin"
    "|worker|employee|survivor|student|teacher|owner|father|mother|wife|husband|nephew|niece"
)
_DESCRIBED = re.compile(
    r"(?P<o>[\u2018\u201c\"])(?P<q>[^\u2018\u201c\"\n]{2,400}?[,.!?])[\u2019\u201d\"],? said"
    rf" (?:a|an|one) (?P<d>(?:{_PEOPLE}) of (?:the|his|her|their) [a-z]+)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_CLOSE = {"\u2018": "\u2019", "\u201c": "\u201d", '"': '"'}
_WARNING = re.compile(
    r"(?P<n>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}) (?:had |has )?(?:visited|toured|inspected)\b"
    r"[^.\n]{0,200}?, warning (?:[A-Z][a-z]+|the [a-z]+) against"
    r" [\u2018\u201c\"](?P<q>[^\u2019\u201d\"\n]{2,200})[\u2019\u201d\"]"
)
_TITLES = frozenset(
    ["Gen", "General", "Army", "Chief", "Minister", "Defence", "Defense", "President", "Prime"]
)


def described_quotes(body: str, statements: list[Statement]) -> list[Statement]:
    """``statements`` with each "'Q,' said a PERSON of the NOUN" quote and the quotation
    paragraph after it spoken by that description."""
    out = list(statements)
    index = starts(out)
    for m in _DESCRIBED.finditer(body):
        speaker = m.group("d")
        q = m.group("q")
        put_direct(out, index, body, (m.start("o"), m.end()), q, speaker)
        nxt = _next_quote(body, m.end(), m.group("o"))
        if nxt is not None:
            put_direct(out, index, body, nxt, body[nxt[0] + 1 : nxt[1] - 1], speaker)
    return out


def starts(out: list[Statement]) -> list[tuple[int, int]]:
    """(evidence start, position in ``out``) of every statement, sorted: the lookup of
    :func:`put_direct`."""
    return sorted((s.evidence.start, i) for i, s in enumerate(out))


def put_direct(
    out: list[Statement],
    index: list[tuple[int, int]],
    body: str,
    span: tuple[int, int],
    q: str,
    speaker: str,
) -> None:
    """Give the statement overlapping ``body[start:end]`` (found through ``index``, evidence
    starting at most 2,000 characters before) the quote ``q`` and ``speaker``, or add one."""
    start, end = span
    lo = bisect_left(index, (start - 2000, -1))
    hi = bisect_left(index, (end, -1))
    for _, i in index[lo:hi]:
        s = out[i]
        if start < s.evidence.end and s.quote and s.quote in q:
            if s.speaker != speaker or s.quote != q or s.mode != "direct":
                out[i] = replace(s, speaker=speaker, quote=q, mode="direct")
            return
    out.append(new_statement(body[start:end], start, speaker, "direct", q, "said"))


def _next_quote(body: str, at: int, opening: str) -> tuple[int, int] | None:
    """The span of the quotation that opens the next sentence after ``at`` (the rest of the
    attributing sentence skipped) and closes on sentence punctuation before a space or a
    line end."""
    stop = _SENTENCE_END.search(body, at, at + 200)
    if stop is None:
        return None
    start = stop.end()
    while start < len(body) and body[start] in "\n \t":
        start += 1
    if start >= len(body) or body[start] != opening:
        return None
    close = _CLOSE[opening]
    end = body.find(close, start + 1, start + 600)
    while end > 0:
        nxt = body[end + 1 : end + 2]
        if body[end - 1] in ".!?," and (not nxt or nxt.isspace()):
            return start, end + 1
        end = body.find(close, end + 1, start + 600)
    return None


def warnings(body: str, statements: list[Statement], speakers: Speakers) -> list[Statement]:
    """New partial statements for "NAME had visited ..., warning X against 'F'" not yet
    read; an existing one with the quote F is given NAME in place."""
    added: list[Statement] = []
    by_quote = {s.quote: i for i, s in enumerate(statements)}
    for m in _WARNING.finditer(body):
        words = m.group("n").split(" ")
        while len(words) > 2 and words[0] in _TITLES:
            words.pop(0)
        name = speakers.canonical(" ".join(words))
        q = m.group("q")
        i = by_quote.get(q)
        if i is not None:
            statements[i] = replace(statements[i], speaker=name, mode="partial")
            continue
        added.append(new_statement(m.group(), m.start(), name, "partial", q, "warning"))
    return added

"""Sentence ends glued to the next sentence by a scrape ("... on the country.Hezbollah and").

Scraped pages lose the space between two sentences when the page set them in separate
HTML elements or wrapped a link around one of them: "...killed three people.Hezbollah
said", '..., Sybiha said.Read also: ...', '... the site."An AFP correspondent'. The
splitter's end pattern wants a space after the mark, so such a pair used to stay one
sentence, and a promo or a second report glued to a toll read as part of it.

A glued end is a small letter, a digit or a closing bracket, then ``.``, ``!`` or ``?``,
maybe an opening quotation mark, then a capitalised word (a capital and a small letter,
or the one-letter words "A" and "I" before a space). Never cut: abbreviations the
splitter knows ("St.Petersburg", "Gen.Syrskyi"), all-capitals tails ("Censor.NET",
"U.S.", "ZN.UA"), small-letter tails ("Ukrinform.ua"), decimals ("5.4"), and tokens
that are addresses ("www.Site.com", "Kyiv.Post/news", "name@Mail.com").
"""

from __future__ import annotations

import re
from collections.abc import Callable

_GLUED = re.compile(r"[.!?](?<=[a-z0-9)][.!?])([\"“]?)(?=[A-Z][a-z]|[AI] )")
_TOKEN_END = re.compile(r"\s|$")
_SPACED_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")
# A promo label a scrape glued to the sentence before it ('..., Sybiha said.Read also:
# Russia fires 40 drones at Odesa'): what follows is a linked headline, not the story.
_PROMO = re.compile(
    r"(?:read\ (?:also|more)|also\ read|see\ also|related(?:\ (?:article|news|story))?)\s*[:>»]",
    re.IGNORECASE,
)


def glued_cuts(
    body: str, lo: int, hi: int, is_abbreviation: Callable[[str, int, int], bool]
) -> list[tuple[int, int]]:
    """The ``(end, next_start)`` pairs of glued sentence ends inside ``body[lo:hi]``.

    ``end`` is just past the mark (or past a closing quotation mark), ``next_start`` the
    first character of the next sentence. ``is_abbreviation(body, lo, dot)`` is the
    splitter's own abbreviation test.
    """
    if body.find(".", lo, hi) < 0 and body.find("!", lo, hi) < 0 and body.find("?", lo, hi) < 0:
        return []
    cuts: list[tuple[int, int]] = []
    quotes = 0
    seen = lo
    for m in _GLUED.finditer(body, lo, hi):
        dot = m.start()
        quotes += body.count('"', seen, dot)
        seen = dot
        if body[dot] == "." and is_abbreviation(body, lo, dot):
            continue
        if _address(body, lo, hi, dot):
            continue
        if m.group(1) == '"' and quotes % 2 == 1:
            # the quotation mark closes the quote this sentence opened: cut after it
            cuts.append((dot + 2, dot + 2))
            continue
        cuts.append((dot + 1, dot + 1))
    return _skip_promos(body, cuts, hi)


def _skip_promos(body: str, cuts: list[tuple[int, int]], hi: int) -> list[tuple[int, int]]:
    """Drop a glued promo ("Read also: ...") up to the next glued end or the range's end."""
    kept: list[tuple[int, int]] = []
    skip_to = -1
    for i, (end, nxt) in enumerate(cuts):
        if nxt <= skip_to:
            continue
        if _PROMO.match(body, nxt) is not None:
            skip_to = cuts[i + 1][1] if i + 1 < len(cuts) else hi
            spaced = _SPACED_END.search(body, nxt, skip_to)
            if spaced is not None:  # a headline closed by a mark: the story goes on
                skip_to = spaced.end()
            kept.append((end, skip_to))
        else:
            kept.append((end, nxt))
    return kept


def _address(body: str, lo: int, hi: int, dot: int) -> bool:
    """The mark sits inside a web or mail address, or a dotted name ("Name.Site.com")."""
    start = max(body.rfind(" ", lo, dot), body.rfind("\n", lo, dot), lo - 1) + 1
    end_match = _TOKEN_END.search(body, dot, hi)
    end = end_match.start() if end_match is not None else hi
    token = body[start:end]
    if "www" in token.lower() or "/" in token or "@" in token or "://" in token:
        return True
    tail = token[dot + 1 - start :].rstrip('.,;:!?"”’)')
    # "Name.Site.com": a second dot followed by a small letter inside the same token
    second = tail.find(".")
    return second > 0 and second + 1 < len(tail) and tail[second + 1].islower()

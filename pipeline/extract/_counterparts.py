"""Role mentions translated copy writes its own way, for :mod:`pipeline.extract._titled`.

Two shapes of German copy in translation that the title scan missed:

- **Sentence-case titles.** German capitalises only the sentence's first word of a title
  ("Außenminister Johann Wadephul" -> "Foreign minister Johann Wadephul told the ARD ...").
  The role table lists "foreign minister" and "Foreign Minister"; :func:`variants` adds
  "Foreign minister", so the holder is registered and a later "the foreign minister" or
  "the head of the Foreign Office" resolves to him.
- **Counterparts.** "At a press conference with his Ukrainian counterpart Andrij Sybiha,
  Wadephul announced ..." names a Ukrainian holder of the office the sentence's other
  holder has; a later "the Ukrainian foreign minister said" is that counterpart, never the
  visiting minister titled without a country. :func:`holder` finds such a counterpart for a
  role asked with a nationality ("the Ukrainian foreign minister") when the counterpart's
  sentence also names a registered holder of that role (the one whose counterpart he is).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from pipeline.extract import _roles as roles
from pipeline.extract._bodylits import body_has

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_COUNTERPART = re.compile(
    rf"(?<![\w-])(?P<adj>[{_UPPER}][\w'’-]+)[ \t]+counterpart,?[ \t]+"
    rf"(?P<name>[{_UPPER}][\w'’-]+(?:[ \t]+[{_UPPER}][\w'’-]+){{1,2}})"
)
"""'his Ukrainian counterpart Andrij Sybiha', "her French counterpart, Jean-Noël Barrot"."""


def variants(titles: Sequence[str]) -> list[str]:
    """The titles plus their sentence-case forms ("Foreign Minister" -> "Foreign minister")."""
    out = list(titles)
    for title in titles:
        words = title.split()
        if len(words) > 1 and title[:1].isupper():
            cased = " ".join([words[0], *(w.lower() for w in words[1:])])
            if cased not in out:
                out.append(cased)
    return out


def holder(
    body: str,
    titled: Sequence[tuple[int, str, str, str]],
    role: str,
    scope: str,
    offset: int,
    person: Callable[[list[str]], str | None],
) -> str | None:
    """The named counterpart of ``scope`` (a country code or a demonym the lexicon does not
    place, "polish") who holds ``role`` opposite a titled holder."""
    if not body_has(body, "counterpart"):
        return None
    holders = [(at, canonical) for at, _, held, canonical in titled if held == role]
    if not holders:
        return None
    best: str | None = None
    for m in _counterparts_before(body, offset):
        if roles.scope([m.group("adj")], place_first=True) != scope:
            continue
        sentence = roles.sentence_around(body, m.start())[0]
        if not any(
            at <= m.start() and canonical.rsplit(" ", 1)[-1] in sentence
            for at, canonical in holders
        ):
            continue  # the counterpart of nobody holding the role asked about
        named = person(m.group("name").split())
        best = named or best
    return best


_FOUND: list[tuple[str, list[re.Match[str]], list[int]]] = []
"""The last body's counterpart matches over all of it, with their ends."""


def _counterparts_before(body: str, offset: int) -> list[re.Match[str]]:
    """The matches ``_COUNTERPART.finditer(body, 0, offset)`` yields, from one scan per body.

    The pattern ends in no lookahead, so a match of the whole body ending by ``offset`` is
    the one a scan stopped at ``offset`` finds; only from a match running past ``offset`` is
    the text scanned again, cut there."""
    if not _FOUND or _FOUND[0][0] is not body:
        found = list(_COUNTERPART.finditer(body))
        _FOUND[:] = [(body, found, [m.end() for m in found])]
    _, found, ends = _FOUND[0]
    kept = bisect_right(ends, offset)
    out = found[:kept]
    if kept < len(found) and found[kept].start() < offset:
        out.extend(_COUNTERPART.finditer(body, found[kept].start(), offset))
    return out

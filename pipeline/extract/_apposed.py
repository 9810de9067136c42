"""A speaker phrase with an appositive: "Name, description" (or the other way round).

"Serhiy Popko, head of the city's military administration", "Koval, the town's acting
mayor since March", "Hanna, 39" and "Ukrenergo, the grid operator" each name their speaker
in the name part, never in the description ("a former deputy of the late mayor Hennadiy
Kernes" describes Koval; Kernes says nothing). Kept apart from
:mod:`pipeline.extract._names` (at its size limit) as a mixin of its ``Registry``; it also
holds :class:`Resolved`, which both modules build, and :func:`name_described` (moved here
from :mod:`pipeline.extract._phrases`, at its size limit: it finds the name before such a
description in a sentence).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.extract import _lexicon as lex
from pipeline.extract import _orgs as orgs
from pipeline.extract._parties import professional
from pipeline.extract._roles import Kind
from pipeline.extract._roles import bare as _bare
from pipeline.extract._roles import norm as _norm

_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})


class Resolved(NamedTuple):
    """A mention resolved to its canonical name."""

    canonical: str
    kind: Kind
    gender: str | None = None


class Appositives:
    """The appositive half of the name registry (see :class:`pipeline.extract._names.Registry`)."""

    def _resolve(self, phrase: str, offset: int) -> Resolved | None:
        raise NotImplementedError

    def _remember(self, canonical: str, lower: list[str]) -> None:
        raise NotImplementedError

    def _appositive(self, text: str, offset: int) -> Resolved | None:
        """ "Serhiy Popko, head of the city's military administration": the name wins."""
        parts = [p.strip() for p in text.split(",") if p.strip()]
        for part in parts:
            tokens = orgs.strip_leading(part.split())
            if len(tokens) > 2:  # "Military analyst Mikko Salonen, of the X group"
                tokens = professional(tokens, [t.lower() for t in tokens]) or tokens
            if len(tokens) >= 2 and orgs.is_name(tokens) and _norm(tokens[0]) not in lex.COUNTRIES:
                found = self._resolve(" ".join(tokens), offset)
                if found is not None and found.kind == "person":
                    return found
        lone = parts[0].split() if parts else []
        if len(lone) == 1 and orgs.is_name(lone) and _norm(lone[0]) not in lex.COUNTRIES:
            found = self._resolve(lone[0], offset)  # "Koval, the town's acting mayor"
            if found is not None and found.kind == "person":
                return found
            if len(parts) > 1 and _described_person(parts[1]):
                return Resolved(_bare(lone[0]), "person")  # "Hanna, 39,", "Koval, a deputy"
        if len(parts) == 2 and len(lone) == 1 and orgs.is_name(lone):
            described = self._resolve(parts[1], offset)  # "Ukrenergo, the grid operator"
            if described is not None and described.kind == "org":
                name = _bare(parts[0])
                self._remember(name, parts[1].lower().split())
                return Resolved(name, "org")
        named = orgs.institution_part(parts)
        return self._resolve(named or parts[-1], offset) if parts else None


_PEOPLE = lex.words(
    """resident mother father son daughter wife husband widow teacher nurse doctor surgeon
    farmer driver student shopkeeper volunteer pensioner survivor engineer miner fisherman"""
)
"""Nouns that describe one private person ("Bassam, a resident of Rafah")."""


def _described_person(part: str) -> bool:
    """An age ("39") or a description holding a title or a person noun ("a former deputy of
    ...", "a resident of Rafah")."""
    words = part.lower().split()
    aged = any(w.endswith("-year-old") for w in words[:3])  # "a 41-year-old infantryman"
    return part.isdigit() or aged or any(w in lex.TITLES or w in _PEOPLE for w in words[:6])


def described_after(body: str, name: str, offset: int) -> bool:
    """Whether the lone ``name`` at ``offset`` is followed by an age or a description of a
    person (", 52, a shopkeeper", ", a resident of Rafah"): a private person, not a body."""
    at = body.find(name, offset, offset + 200)
    if at < 0 or not body.startswith(", ", at + len(name)):
        return False
    part = body[at + len(name) + 2 : at + len(name) + 60].split(",", 1)[0]
    return _described_person(part.strip(' .”"'))


def person_described(name: str, description: str) -> bool:
    """ "Koval, the town's acting mayor since March,": a lone surname before a description
    of a person (a determiner or a possessive, then a title word), not a place or a body."""
    words = description.split()
    if not words or not (words[0] in _DETERMINERS or words[0].endswith(("'s", "’s"))):
        return False
    if name.lower() in lex.COUNTRIES or name.endswith(("'s", "’s")):
        return False
    return any(w.strip(",").lower() in lex.TITLES for w in words[:6])


_APPOSED = re.compile(
    r"(?:^|(?<=[.,;:] )|(?<=[.,;:][”\"’»] ))"
    r"(?P<n>(?:(?:[A-Z][\w'’-]+ ){1,3}in )?(?:[A-Z][\w'’-]+ (?:(?:for|of|on)(?: the)? )?){0,5}"
    r"[A-Z][\w'’-]+), (?=\S)"  # "The Institute for the Study of War, a US think tank,"
)


_PLACE_OPENERS = frozenset({"In", "At", "On", "Near", "From", "Outside", "Around"})


def name_described(seg: str, desc_end: int) -> tuple[int, int] | None:
    """ "Name, a/the/X's description," before a verb: the name, when the description is a
    lower-case noun phrase with a determiner and the name opens its clause."""
    comma = seg.rfind(", ", max(0, desc_end - 80), desc_end - 2)
    if comma < 0:
        return None
    desc = seg[comma + 2 : desc_end].split()
    if not desc or not (desc[0] in ("a", "an", "the") or desc[0].endswith(("'s", "’s"))):
        return None
    dated = desc[-1].isdigit() and desc[-2] in ("since", "in")  # "the mayor since 2021"
    if not (desc[-1].islower() or dated) or len(desc) > 12:  # "a group that tracks ..."
        return None
    m = next((m for m in _APPOSED.finditer(seg, 0, comma + 3) if m.end() == comma + 2), None)
    if m is None or m.end() != comma + 2 or m.group("n") in lex.NON_NAME:
        return None
    if m.group("n").split(" ", 1)[0] in _PLACE_OPENERS:
        return None  # "In Nikopol, a house burned down, reports X": a place opens the clause
    placed = m.group("n").find(" in ")  # "The Residents' Council in Majdal Shams, a ... body,"
    if placed > 0 and not any(w.lower() in lex.ORG_HEADS for w in m.group("n")[:placed].split()):
        return None
    return m.start("n"), m.end("n")


_TITLE_APPOSED = re.compile(
    r"[ \t]+(?:the|[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?(?:'s|’s))[ \t]+"
    r"(?:[a-z-]+[ \t]+){0,3}(?P<t>[a-z-]+),"
)


def past_title(text: str, at: int) -> int:
    """Where the clause of "According to Ri Yong Ho, North Korea's foreign minister, CLAUSE"
    starts: after the title describing the name (``at`` is just past the name's comma)."""
    m = _TITLE_APPOSED.match(text, at, at + 80)
    if m is None and text.startswith(" who ", at):  # "According to X, who heads the
        close = text.find(", ", at, at + 100)  # State Emergency Service, CLAUSE"
        return close + 2 if close > 0 and "“" not in text[at:close] else at
    return m.end() if m is not None and m.group("t") in lex.TITLES else at

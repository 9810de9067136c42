"""Regional and city bodies and offices qualified by the place the text ties them to.

"the regional military administration said" after "the Sumy region" is the Sumy regional
military administration; "its governor" is the governor of the region in its clause; "the
city council" takes the city named before. Kept apart from :mod:`pipeline.extract._roles`
(the speaker table and national bodies), which reached the size limit: this module holds
only the local (regional/city) half of placing a generic body.
"""

from __future__ import annotations

import re
from typing import Literal

from pipeline.extract import _lexicon as lex
from pipeline.extract._cityback import city_of, sole_city
from pipeline.extract._regionback import region_of, town_only
from pipeline.extract._regionnear import nearer, own_sentence
from pipeline.extract._roles import bare

_TITLES = lex.TITLES
_COUNTRIES = lex.COUNTRIES
_NON_NAME = lex.NON_NAME

Level = Literal["region", "city", ""]
_PLACE = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+"
_REGION_RE = re.compile(
    rf"(?<![\w-])(?:(?P<a>{_PLACE})[ \t]+(?:[Rr]egion|[Oo]blast|[Pp]rovince)(?![\w-])"
    rf"|(?:region|oblast|province)[ \t]+of[ \t]+(?P<b>{_PLACE}))"
)
_CITY_OF = re.compile(rf"(?:city|town)[ \t]+of[ \t]+(?P<a>{_PLACE})")
_TOWN_OF = re.compile(rf"(?:city|town|village|municipality)[ \t]+of[ \t]+(?P<a>{_PLACE})")
_CAPITALISED = re.compile(rf"(?<![\w-]){_PLACE}")
_REGION_WORDS = frozenset({"regional", "region's", "region", "oblast", "governor"})
_CITY_WORDS = frozenset({"city", "city's", "mayor", "municipal", "town's", "local"})
_CITY_BODY = frozenset({"city", "city's"})
_DROP = frozenset(
    {*lex.ARTICLES, "its", "their", "his", "her", "of", "regional", "region's", "region"}
    | {"city", "city's", "town's", "oblast", "province", "local"}
    | lex.DIRECTIONS
)


def level(lower: list[str]) -> Level:
    """Whether a generic phrase names a regional or a city body or office."""
    if any(w in _REGION_WORDS for w in lower):
        return "region"
    if any(w in _CITY_WORDS for w in lower):
        return "city"
    return ""


def _is_place(token: str) -> bool:
    """A capitalised word that can name a region or city (not "The", not "Russian")."""
    word = bare(token)
    lower = word.lower()
    return (
        word[:1].isupper()
        and word not in _NON_NAME
        and lower not in _COUNTRIES
        and lower not in lex.DEMONYMS
        and lower not in _TITLES
        and lower not in lex.ORG_HEADS
        and word.capitalize() not in lex.DEMONYM_FORMS
        and not lower.startswith(("russian-", "ukrainian-", "pro-"))
    )


def _nearest(places: list[tuple[int, str]], offset: int) -> str | None:
    """The last place before ``offset``, else the first after it."""
    before = [p for at, p in places if at < offset]
    if before:
        return before[-1]
    return places[0][1] if places else None


def place_in(sentence: str, offset: int, wanted: Level) -> str | None:
    """The region or city the sentence names, nearest before ``offset``."""
    found: list[tuple[int, str]] = []
    if wanted == "region":
        if "egion" not in sentence and "blast" not in sentence and "rovince" not in sentence:
            return None
        for m in _REGION_RE.finditer(sentence):
            name = m.group("a") or m.group("b")
            if _is_place(name):
                found.append((m.start(), bare(name)))
        return _nearest(found, offset)
    for m in _CITY_OF.finditer(sentence):
        if _is_place(m.group("a")):
            found.append((m.start(), bare(m.group("a"))))
    for m in _CAPITALISED.finditer(sentence):
        name = bare(m.group())
        after = sentence[m.end() : m.end() + 9]
        if name.lower() in lex.CITIES and not after.startswith((" region", " oblast")):
            found.append((m.start(), name))
    found.sort()
    return _nearest(found, offset)


_LOCAL_BODY = re.compile(r"local[ \t]+(?:\w+[ \t]+)?(?:committee|council)")
_IN_PLACE = re.compile(rf"(?:^|[ \t])[Ii]n[ \t]+(?P<p>{_PLACE}(?:[ \t]+{_PLACE})?)(?=[ \t,.])")


def _in_place(sentence: str, offset: int, wanted: Level) -> str | None:
    """A regional or city body in a sentence opening "In Ternopil, ..."; a local one in the last
    place the sentence puts things in ("a market in El Fasher") before ``offset``."""
    local = _LOCAL_BODY.search(sentence, 0, offset + 40) is not None
    if wanted == "region" or not local:  # "In Mykolajiw, ..., the city administration said"
        m = _IN_PLACE.match(sentence)
        found = [(0, m.group("p"))] if m is not None and sentence[m.end()] == "," else []
    else:
        found = [(m.start(), m.group("p")) for m in _IN_PLACE.finditer(sentence, 0, offset)]
    found = [(at, p) for at, p in found if all(_is_place(w) for w in p.split())]
    return found[-1][1] if found else None


def local(
    tokens: list[str],
    lower: list[str],
    sentence: str,
    at: int,
    memory: dict[str, str],
    body: str,
    offset: int,
) -> str | None:
    """A regional or city body qualified by its place, else as qualified before, else by the
    place an earlier body of its level took ("the city council" after "Odesa city ..."), else
    (regional) by the region the article named last before ``offset`` in ``body``."""
    wanted = level(lower)
    key = f"{wanted}:{lower[-1]}"
    found = qualified(tokens, lower, sentence, at)
    opening = _in_place(sentence, at, wanted) if wanted == "region" and found else None
    if opening and found is not None and found.startswith(opening) and town_only(opening, body):
        region = region_of(body[max(0, offset - 800) : offset])  # "In Izmail, ..., the
        found = qualified(tokens, lower, "", at, region) if region else found  # regional police"
    if found is None and key not in memory and wanted in memory:
        nearest = nearer(body, offset, memory[wanted], wanted)  # "region of X"
        found = qualified(tokens, lower, sentence, at, nearest)
    if found is None and key not in memory and wanted == "region" and lower[-1] not in lex.GENERIC:
        region = region_of(
            body[max(0, offset - 800) : offset]
        )  # "... over the Odesa region. ... the regional administration"
        found = qualified(tokens, lower, sentence, at, region) if region else None
    if found is None and key not in memory and wanted == "city" and _CITY_BODY & set(lower[:-1]):
        city = city_of(body[max(0, offset - 800) : offset])  # "... of Odesa. ... the city's
        city = city or sole_city(body[:offset])  # administration"; else the story's one city
        found = qualified(tokens, lower, sentence, at, city) if city else None
    if found is None and wanted == "region" and (own := own_sentence(sentence, memory.get(key))):
        found = qualified(tokens, lower, sentence, at, own)  # its own sentence's region
    if found is None:
        return memory.get(key)
    memory[key] = found
    place = _place(tokens, sentence, at, wanted)
    if place is None and wanted == "region" and lower[-1] not in lex.GENERIC:
        region = region_of(body[max(0, offset - 800) : offset])  # kept for a later body
        place = region if region and found.startswith(region) else None
    if place is not None:
        memory[wanted] = place
    return found


def _place(tokens: list[str], sentence: str, offset: int, wanted: Level) -> str | None:
    """The place a local body's phrase or sentence names."""
    place = next((bare(t) for t in tokens if _is_place(t)), None)
    return place or place_in(sentence, offset, wanted) or _in_place(sentence, offset, wanted)


def qualified(
    tokens: list[str], lower: list[str], sentence: str, offset: int, known: str | None = None
) -> str | None:
    """ "the regional military administration" -> "Sumy regional military administration".

    The place comes from the phrase ("the Kursk region's governor", "the governor of the
    southern Mykolaiv region", "Kharkiv's regional prosecutor's office"), else from the
    sentence. A regional body is "<Region> regional <body>", a city body "<City> city
    <body>"; an office keeps only its title ("<Region> regional governor", "<City> mayor").
    """
    wanted = level(lower)
    if not wanted or ("local" in lower and lower[-1] not in ("committee", "council")):
        return None  # "local media" stays as written
    place = _place(tokens, sentence, offset, wanted) or known
    if place is None:
        return None
    if "local" in lower:  # "the local resistance committee" -> "El Fasher resistance committee"
        return " ".join([place, *(t for t, w in zip(tokens, lower, strict=True) if w not in _DROP)])
    rest = [
        t
        for t, w in zip(tokens, lower, strict=True)
        if w not in _DROP and w not in _COUNTRIES and bare(t) != place
    ]
    if not rest:
        return None
    if rest[-1].lower() in _TITLES:
        rest = rest[-1:]  # an office: "the city's exiled mayor" -> "Melitopol mayor"
        if rest[0].lower() == "mayor":
            return f"{place} mayor"
    return f"{place} {'regional' if wanted == 'region' else 'city'} {' '.join(rest)}"


def municipality(sentence: str, offset: int) -> str | None:
    """ "In the Galilee town of Ma'alot-Tarshiha, ..., the municipality said": the town's
    municipality, the last "town of X" the sentence names before ``offset``."""
    found = [m.group("a") for m in _TOWN_OF.finditer(sentence, 0, offset)]
    return f"{found[-1]} municipality" if found else None

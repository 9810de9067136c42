"""Bodies as machine translations from Spanish, Italian or French name them.

"el ministerio de Sanidad de Gaza" comes out as "the ministry of Health of Gaza" and "il
ministero degli Esteri" as "the ministry of Exterior": a lower-case "ministry" followed by
its capitalised domain is a description, read as the English short form ("Gaza health
ministry", "Israeli foreign ministry") so the usual naming rules place and canonicalise it.
A capitalised "Ministry of Foreign Affairs of Pakistan" is a proper name and stays as written;
only a health ministry placed after its domain ("The Ministry of Health of Lebanon", EFE and
Lusa copy) takes the short form every set labels health ministries with.
Kept out of :mod:`pipeline.extract._names` (at its size limit).
"""

from __future__ import annotations

from pipeline.extract import _lexicon as lex

_DOMAINS: dict[str, str] = {
    "health": "health",
    "public health": "health",
    "exterior": "foreign",
    "exteriors": "foreign",
    "foreign affairs": "foreign",
    "exterior affairs": "foreign",
    "external affairs": "foreign",
    "defence": "defence",
    "defense": "defense",
    "national defence": "defence",
    "interior": "interior",
}
"""Translated ministry domains and the word English copy puts before "ministry"."""


def ministry_of(tokens: list[str]) -> list[str] | None:
    """ "the ministry of Health of Gaza" -> ["Gaza", "health", "ministry"], "The Lebanese
    ministry of Public Health" -> ["Lebanese", "health", "ministry"]; None for other shapes."""
    if "ministry" not in tokens:
        return _health_of(tokens)
    k = tokens.index("ministry")
    if k + 2 >= len(tokens) or tokens[k + 1] != "of":
        return None
    if k + 3 == len(tokens) and k and tokens[k - 1].lower() in _DOMAINS.values():
        seat = tokens[k + 2]  # "the health ministry of Gaza" -> "Gaza health ministry"
        if seat[:1].isupper() and seat.lower() not in _DOMAINS:
            adjective = lex.DEMONYMS.get(seat.lower(), seat)
            return [adjective, tokens[k - 1].lower(), "ministry"]
    rest = tokens[k + 2 :]
    place: list[str] = []
    if "of" in rest:
        j = rest.index("of")
        rest, place = rest[:j], rest[j + 1 :]
    if not rest or not rest[0][:1].isupper():
        return None  # "the ministry of the interior": no translated capitalised domain
    short = _DOMAINS.get(" ".join(rest).lower())
    if short is None:
        return None
    before = tokens[1:k] if tokens[:1] and tokens[0].lower() == "the" else tokens[:k]
    if place[:1] == ["the"]:
        place = place[1:]
    if len(place) > 1 or (place and not place[0][:1].isupper()):
        return None
    if place:
        adjective = lex.DEMONYMS.get(place[0].lower(), place[0])
        return [*before, adjective, short, "ministry"]
    return [*before, short, "ministry"]


def _health_of(tokens: list[str]) -> list[str] | None:
    """ "The Ministry of Health of Lebanon" -> ["Lebanese", "health", "ministry"]."""
    if "Ministry" not in tokens:
        return None
    k = tokens.index("Ministry")
    tail = tokens[k + 1 :]
    if tail[:1] != ["of"] or "of" not in tail[1:]:
        return None
    j = tail.index("of", 1)
    if _DOMAINS.get(" ".join(tail[1:j]).lower()) != "health":
        return None
    lowered = [*tokens[:k], "ministry", *tail]
    return ministry_of(lowered) if len(tail) - j - 1 in (1, 2) else None

"""Bodies named by the words around their subject rather than by the subject itself.

"according to the health ministry" in a sentence about the Gaza Strip is Gaza's, whichever
ministry the article named before; "the UN organisation said" is the UN body the sentence
named ("A convoy of the World Food Programme ..."); "the municipality" is the town its
sentence names; "a WFP spokeswoman", "a company spokesman" and "the Rosaviatsia press
service" speak for the body. Split out of :mod:`pipeline.extract._holders` at its 500-line
limit; :func:`placed` runs from its ``refine`` with the same arguments.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex
from pipeline.extract import _locality as locality
from pipeline.extract import _roles as roles
from pipeline.extract._names import Registry, Resolved

_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_BODIES = frozenset({"agency", "organisation", "organization", "body"})
_NATIONAL_BODIES = frozenset({"ministry", "government", "military", "army"})
_SAID_IN = re.compile(
    r"[Tt]he[ \t][\w \t-]{1,40}?[ \t](?:said|says|announced|reported|stated|added)[ \t]+in[ \t]+"
    r"(?P<c>[A-Z][\w-]+)"
)
"""A bare national body placed by the capital it spoke in ("the Defence Ministry said in Kyiv")."""
_UN_BODY = re.compile(
    r"\b(?:World[ \t]+Food[ \t]+Programme|World[ \t]+Health[ \t]+Organi[sz]ation|UNICEF|UNRWA"
    r"|UNHCR|OCHA|WFP|WHO|IAEA|UNIFIL)\b"
)
"""United Nations bodies a later "the UN organisation/agency" points back to."""


def placed(
    registry: Registry,
    body: str,
    words: list[str],
    lower: list[str],
    resolved: Resolved | None,
    offset: int,
) -> Resolved | None:
    """The body a subject names by the words around it, else None (see the docstring)."""
    if resolved is not None and resolved.kind == "org" and lower[0] == "the" and len(lower) == 3:
        key = " ".join(lower[1:])  # "according to the health ministry" in a Gaza sentence
        if roles.placed_by_sentence(key) and resolved.canonical.lower().endswith(key):
            place = roles.country_of(key, roles.sentence_around(body, offset)[0])
            if place and not resolved.canonical.startswith(place):  # not the Lebanese one
                return registry.resolve(f"{place} {key}", offset) or resolved
    if len(lower) == 3 and lower[:2] == ["the", "un"] and lower[2] in _BODIES:
        window = body[max(0, offset - 600) : offset]  # "A convoy of the World Food Programme
        bodies = [m.group() for m in _UN_BODY.finditer(window)]  # ..., the UN organisation said"
        if bodies and (found := registry.resolve(bodies[-1], offset)) is not None:
            return found
    if lower == ["the", "municipality"]:
        sentence, at = roles.sentence_around(body, offset)
        town = locality.municipality(sentence, at)
        if town is not None:
            return Resolved(town, "org")
    if lower[0] == "the" and 2 <= len(lower) <= 4 and lower[-1] in _NATIONAL_BODIES:
        seat = _SAID_IN.match(body, offset, offset + 90)  # "..., the Defense Ministry said in
        if seat is not None and seat.group("c").lower() in roles.CAPITALS:  # Kyiv"
            placed_at = registry.resolve(f"{' '.join(words)} in {seat.group('c')}", offset)
            if placed_at is not None and placed_at.kind == "org":
                return placed_at
    voice = lower[-1] in _VOICES or lower[-2:] == ["press", "service"]
    if voice and (voiced := _voiced_body(registry, words, lower, offset)):
        return voiced  # "a WFP spokeswoman", "a company spokesman", "the X press service"
    return None


def _voiced_body(
    registry: Registry, words: list[str], lower: list[str], offset: int
) -> Resolved | None:
    """The body an unnamed voice speaks for: "a WFP spokeswoman" (a named body; "the Kremlin
    spokesman" is its known holder) or "a company spokesman" (the company named before)."""
    head = words[1:-1] if lower[0] in ("a", "an", "the") else words[:-1]
    head = head[:-1] if lower[-1] == "service" else head  # "the Rosaviatsia press service"
    if len(head) != 1:
        return None
    if head[0] == "company":
        found = registry.resolve("the company", offset)
    elif (
        (lower[0] in ("a", "an") or lower[-1] == "service")
        and head[0][:1].isupper()
        and head[0].lower() not in lex.COUNTRIES
    ):
        found = registry.resolve(head[0], offset)
    else:
        return None
    if found is None or found.kind != "org" or found.canonical == head[0].lower():
        return None
    return found

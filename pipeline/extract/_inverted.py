"""Local bodies named before their place, as German copy does.

"the regional administration of Mykolaiv", "the state government of North Kordofan": the
speaker convention puts the place first ("Mykolaiv regional administration"), so the phrase
is turned round before it is resolved like "the Mykolaiv regional administration".
"""

from __future__ import annotations

from pipeline.extract import _lexicon as lex

_LEVELS: frozenset[str] = lex.words("regional city state district municipal provincial county")
_HEADS: frozenset[str] = lex.words(
    "administration government council office police authorities prosecutor's"
)
_COMPASS: frozenset[str] = lex.words("North South East West Central Upper Lower")
_UNNAMED: dict[str, str] = {"the region": "regional", "the oblast": "regional", "the city": "city"}
"""A place left unnamed ("the administration of the region"): the level it gives the body."""


def uninvert(tokens: list[str]) -> list[str] | None:
    """The tokens with the place moved before the body, or None for any other shape."""
    if "of" not in tokens:
        return None
    at = tokens.index("of")
    body = tokens[1:at] if tokens[0].lower() == "the" else tokens[:at]
    place = tokens[at + 1 :]
    level = _UNNAMED.get(" ".join(place).lower())
    if level and 1 <= len(body) <= 3 and body[-1] in _HEADS and body[0].lower() not in _LEVELS:
        return [level, *body]  # "the military administration of the region": placed later
    region = place[1:] if place[:1] == ["the"] else place
    regional = len(region) == 2 and region[1].lower() in ("region", "oblast")
    regional = (
        regional and bool(body) and region[0][:1].isupper() and body[0].lower() not in _LEVELS
    )
    if regional and 1 <= len(body) <= 2 and body[-1] in _HEADS:  # "the military administration
        return [region[0], "regional", *body]  # of the Kharkiv region": the region's own body
    if not 2 <= len(body) <= 4 or not 1 <= len(place) <= 3:
        return None
    if body[0].lower() not in _LEVELS or body[-1].lower() not in _HEADS:
        return None
    if place[0] in lex.NON_NAME and place[0] not in _COMPASS:
        return None  # "the city council of The Hague" stays; "of South Kordofan" turns
    if not all(w[:1].isupper() for w in place):
        return None
    return [*place, *body]

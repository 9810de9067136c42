"""Name-shape helpers of :mod:`pipeline.extract._names`, split out at its 500-line limit.

Given names written after a surname-first name ("Wu Qian"), plural groups placed by a city
("brokers in London"), German compound titles and posting capitals left before a name,
capitals that are never given names, an outlet's analysis standing for the outlet, a body's
fuller name just written and the capitalised run before a head ("Nasser Hospital") are read
from tokens and the body alone, with no registry state.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex
from pipeline.extract import _orgs as orgs
from pipeline.extract._orgs import capitalised as _capitalised
from pipeline.extract._orgs import is_name as _is_name
from pipeline.extract._titled import UPPER

_TITLES = lex.TITLES
_COUNTRIES = lex.COUNTRIES
_ORG_HEADS = lex.ORG_HEADS


_GIVEN = re.compile(rf"(?P<g>(?:[ \t]+[{UPPER}][a-z]+(?:-[a-z]+)?){{1,2}})(?![\w-])")


def given_names(body: str, surname: str) -> list[str]:
    """The given name(s) after the first whole-word mention of a surname written first
    ("Wu Qian", "Kim Yo Jong"), when the mention is no title, body or place."""
    at = body.find(surname)
    while at > 0 and (body[at - 1].isalnum() or body[at - 1] == "-"):
        at = body.find(surname, at + 1)  # a whole word: not "Lin" in "Berlin"
    given = _GIVEN.match(body, at + len(surname)) if at >= 0 else None
    if given is None:
        return []
    words = given.group("g").split()
    if any(w.lower() in _TITLES or w in lex.NON_NAME or w.lower() in _ORG_HEADS for w in words):
        return []
    if any(w.lower() in _COUNTRIES or w.lower() in lex.DEMONYMS for w in words):
        return []
    return words


def placed_group(tokens: list[str], lower: list[str]) -> bool:
    """ "brokers in London", "Local officials in Neelum": a plural group placed by a city;
    "a military officer in Kharkiv": one unnamed person placed so (speaks as written)."""
    if len(lower) == 3 and lower[1] == "in" and _plural_placed(tokens, lower):
        return True
    if len(lower) == 4 and lower[0] in lex.GROUP_MODS and _plural_placed(tokens[1:], lower[1:]):
        return True
    return _placed_one(tokens, lower)


def _plural_placed(tokens: list[str], lower: list[str]) -> bool:
    return lower[0] in lex.GENERIC and lower[0].endswith("s") and _is_name(tokens[2:])


_PLACED_ONES: frozenset[str] = lex.words(
    "officer official soldier resident worker doctor nurse surgeon medic diplomat witness"
    " commander teacher volunteer"
)
"""Unnamed people a wire places by city ("an aid worker in Cairo", "a resident of Sumy")."""
_PLACING: frozenset[str] = lex.words("in at of from")


def _placed_one(tokens: list[str], lower: list[str]) -> bool:
    for k in range(min(3, len(lower) - 2)):
        if lower[k] in _PLACED_ONES and lower[k + 1] in _PLACING:
            modifiers = tokens[:k]
            return (
                all(w.isalpha() and w.islower() for w in modifiers)
                and len(tokens) - k - 2 <= 3
                and _is_name(tokens[k + 2 :])
            )
    return False


_GERMAN_TITLES = ("minister", "ministerin", "kanzler", "kanzlerin", "präsident", "präsidentin")
_POSTED_IN: frozenset[str] = frozenset({*lex.CAPITALS, "rome", "madrid", "vienna", "bern"})
"""Capitals left before a name when the title's "in <capital>" was cut off."""
_OWNS = ("'s", "’s")
_ANALYSES: frozenset[str] = lex.words("analysis tally count review calculation")


def untitled(tokens: list[str]) -> list[str]:
    """ "Verteidigungsminister Boris Pistorius" -> the name: a German compound title that
    translated copy left glued before the name (the registry's titles are English)."""
    if len(tokens) < 3 or not tokens[0][:1].isupper():
        return tokens
    first = tokens[0].lower()
    if len(first) > 10 and first.endswith(_GERMAN_TITLES) and _is_name(tokens[1:]):
        return tokens[1:]
    return tokens


def unposted(tokens: list[str], body: str) -> list[str]:
    """ "Moscow Giancarlo Aragona" -> the name, when the text wrote "ambassador in Moscow
    Giancarlo Aragona" and only the words after "in" reached the registry (not "a spokesman
    for Berlin Brandenburg Airport": no "in" before it)."""
    if len(tokens) < 3 or tokens[0].lower() not in _POSTED_IN or not _is_name(tokens[1:]):
        return tokens
    return tokens[1:] if f" in {' '.join(tokens)}" in body else tokens


def analysed(tokens: list[str]) -> int:
    """How many name tokens open "NAME analysis/tally of ..." ("Reuters analysis of official
    data": the outlet that made it speaks), else 0."""
    for k in range(1, min(len(tokens), 4)):
        if tokens[k].lower() in _ANALYSES:
            return k if _is_name(tokens[:k]) else 0
    return 0


def fuller_name(body: str, offset: int, short: str) -> str | None:
    """ "Swiss Federal Council" for "the Federal Council" when the text just wrote the body
    with one more capitalised word before it ("The Swiss Federal Council is following ...,
    a spokesman of the Federal Council said"), else None."""
    window = body[max(0, offset - 300) : offset]
    at = window.rfind(f" {short}")
    while at > 0:
        start = window.rfind(" ", 0, at) + 1
        word = window[start:at]
        if word[:1].isupper() and word.isalpha() and word not in ("The", "A", "An"):
            return f"{word} {short}"
        at = window.rfind(f" {short}", 0, at)
    return None


def name_run_before(body: str, word: str, offset: int) -> tuple[str, int] | None:
    """The capitalised run ending in ``word`` ("Ministry") last written before ``offset``,
    with its offset ("medics at Nasser Hospital": "Nasser Hospital"), for "the hospital"."""
    at = body.rfind(word, 0, offset)
    while at > 0:
        names = body[max(0, at - 60) : at].split()[-4:]  # not across a paragraph break
        k = len(names)  # the capitalised run right before the head ("medics at Nasser")
        while k and _capitalised(names[k - 1]) and names[k - 1][-1:] not in ",;:.":
            k -= 1
            if k > 1 and names[k - 1] == "and" and _capitalised(names[k - 2]):
                k -= 1  # "Hostages and Missing Families Forum"
        if k and orgs.ordinal(names[k - 1]):
            k -= 1  # "The 47th Mechanised Brigade ... The brigade said"
        elif k < len(names) and k and names[k - 1][:1].isupper() and names[k - 1][-2:] in _OWNS:
            k -= 1  # "Russia's Defence Ministry in Moscow in turn reported ..."
        names = names[k:]
        if names and all(
            _capitalised(n) or n == "and" or orgs.ordinal(n) or n[-2:] in _OWNS for n in names
        ):
            return " ".join([*names, word]), at
        at = body.rfind(word, 0, at)
    return None


def capital(word: str) -> bool:
    """Whether ``word`` is a capital city, never a given name before a surname."""
    return word.lower() in _POSTED_IN

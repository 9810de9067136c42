"""Phrases that point back to a speaker named just before: "the former Dutch prime
minister", "the 78-year-old diplomat", "The 41-year-old", and "the group".

Wire copy names a person, then refers back with such a phrase instead of a pronoun. A past
office is never its current holder (the role table would name the wrong person) and an age
is no body at all, so the phrase points back: to the person introduced with that age
("Major X, 41, ..."), else to the person who spoke just before. "The group" after a
sentence opening with a named body is that body. Kept apart: ``speakers`` is at its limit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._names import Resolved

_AGE = re.compile(r"\d{1,3}-year-old")
_MAX_WORDS = 4
"""Words after "former"/the age: "former Estonian prime minister", "78-year-old diplomat"."""
_LOOKBACK = 1500
"""How far back (characters) an age apposition ("X, 41,") may introduce the person."""


def past_holder(subject: str) -> bool:
    """ "the former Estonian prime minister", "the 78-year-old diplomat", "The 41-year-old":
    definite, no comma (no apposed name), a past office or an age right after "the"."""
    if ("former" not in subject and "-year-old" not in subject) or len(subject) > 48:
        return False
    if "," in subject:
        return False
    words = subject.split()
    if len(words) < 2 or words[0].lower() != "the" or len(words) > _MAX_WORDS + 2:
        return False
    if words[1] == "former":
        return len(words) > 2 and all(w[:1].islower() or w.isalpha() for w in words[2:])
    return _AGE.fullmatch(words[1]) is not None


def named_in(subject: str, resolved: Resolved | None) -> bool:
    """True when the phrase resolved to a person whose surname it writes itself."""
    if resolved is None or resolved.kind != "person":
        return False
    return resolved.canonical.split()[-1] in subject


def aged_at(body: str, subject: str, end: int) -> int:
    """Offset of the last "NAME, 41," / "41-year-old NAME" before ``end`` for the age in
    ``subject`` (the end of the name), or -1."""
    m = _AGE.search(subject)
    if m is None:
        return -1
    age = m.group()[: -len("-year-old")]
    lo = max(0, end - _LOOKBACK)
    apposed = body.rfind(f", {age},", lo, end)
    if apposed >= 0:
        return apposed
    fronted = body.rfind(f"{age}-year-old ", lo, end)
    if fronted < 0:
        return -1
    stop = body.find(" ", fronted + len(age) + 10)  # "41-year-old Oleksandr Hrytsenko"
    stop = body.find(" ", stop + 1) if stop >= 0 else -1
    return stop


def pointed(
    subject: str, body: str, start: int, person_at: Callable[[int], str | None], last: str | None
) -> str | None:
    """The person ``subject`` (a :func:`past_holder` phrase at body offset ``start``) means:
    the one introduced with its age, else ``last``, the person who spoke just before."""
    at = aged_at(body, subject, start)
    if at >= 0:
        found = person_at(at)
        if found is not None:
            return found
    return last


def person_name(resolved: Resolved | None) -> str | None:
    """The canonical name of a resolved person, else None."""
    return resolved.canonical if resolved is not None and resolved.kind == "person" else None


def named_body(prior: Resolved | None) -> Resolved | None:
    """ "The PKK did not respond ... In a statement, the group said": "the group" is the
    named body the previous sentence opened with (``prior``), not an earlier description
    ("a medical group")."""
    if prior is None or prior.kind != "org" or not prior.canonical[:1].isupper():
        return None
    return prior

"""The country of a story told from one country's point of view (statement round 31).

Romanian, Moldovan, Italian or French copy names its own government's bodies without a
country ("The Ministry of National Defence (MApN) informs that", "According to the Ministry
of Defence, C", "confirmed the Ministry of Economy") and often without a dateline, which
:mod:`_s28bodies` reads. The labels give the body the outlet's country, which the story
shows by naming that country's places and officials ("Tulcea county", "Romanian territory",
"the Romanian head of state", "Chișinău").

:func:`story_country` counts each country's name, demonym and capital in the body; the
story's country is a European country (the outlet's) named strictly more often than any
other outlet country and at least as often as Ukraine, Israel, Germany or the United States
(Russia, the aggressor of most stories, is named everywhere and decides nothing), so a story
about Ukraine that
mentions Poland once keeps its bodies as they are.
"""

from __future__ import annotations

import re

__all__ = ["qualified", "story_country"]

# country -> (demonym, words that count for it)
_COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "RO": ("Romanian", ("Romania", "Romanian", "Bucharest")),
    "MD": ("Moldovan", ("Moldova", "Moldovan", "Chișinău", "Chisinau", "Chişinău")),
    "IT": ("Italian", ("Italy", "Italian", "Rome")),
    "FR": ("French", ("France", "French", "Paris")),
    "BE": ("Belgian", ("Belgium", "Belgian")),
    "BG": ("Bulgarian", ("Bulgaria", "Bulgarian", "Sofia")),
    "GR": ("Greek", ("Greece", "Greek", "Athens")),
    "ES": ("Spanish", ("Spain", "Spanish", "Madrid")),
    "PT": ("Portuguese", ("Portugal", "Portuguese", "Lisbon")),
    "PL": ("Polish", ("Poland", "Polish", "Warsaw")),
}
_OUTLET = frozenset(_COUNTRIES)
# competitors that never qualify a body here (other readers place them)
_RIVALS: dict[str, tuple[str, ...]] = {
    "UA": ("Ukraine", "Ukrainian", "Kyiv", "Kiev"),
    "IL": ("Israel", "Israeli"),
    "DE": ("Germany", "German", "Berlin"),
    "US": ("United States", "American", "Washington"),
}
_WORD = {
    code: re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?:'s)?(?![\w-])")
    for code, words in {
        **{c: w for c, (_, w) in _COUNTRIES.items()},
        **_RIVALS,
    }.items()
}
_MINISTRY = re.compile(r"^Ministry (?:of|for) (?:the )?[A-Z]")
_ACRONYM_TAIL = re.compile(r"[ \t]+\([A-Z]{2,6}\)(?:[ \t].*)?$")


_LAST: list[tuple[str, str | None]] = []


def story_country(body: str) -> str | None:
    """The demonym of the European country the story is told from, or None."""
    if _LAST and _LAST[0][0] == body:  # one slot: the passes ask again for the same body
        return _LAST[0][1]
    found = _story_country(body)
    _LAST[:] = [(body, found)]
    return found


def _story_country(body: str) -> str | None:
    counts = {code: len(rx.findall(body)) for code, rx in _WORD.items()}
    best = max(counts, key=lambda c: counts[c])
    if best not in _OUTLET or counts[best] == 0:
        return None
    if any(n >= counts[best] for c, n in counts.items() if c != best and c in _OUTLET):
        return None  # two outlet countries named alike
    if any(n > counts[best] for c, n in counts.items() if c != best):
        return None
    return _COUNTRIES[best][0]


def qualified(speaker: str, body: str) -> str | None:
    """``speaker`` ("Ministry of X", maybe with "(ACR) verb ..." glued on) with the story's
    country before it, or None when it is no bare ministry or the story has no country."""
    if not speaker.startswith("Ministry "):
        return None
    speaker = _ACRONYM_TAIL.sub("", speaker)
    if _MINISTRY.match(speaker) is None or len(speaker.split()) > 9:
        return None
    demonym = story_country(body)
    return f"{demonym} {speaker}" if demonym is not None else None

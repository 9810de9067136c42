"""A city body named by the capital it serves: "the military administration of the
Ukrainian capital" (Kyiv's), "the city council of the Russian capital" (Moscow's).

Agency copy translated from Ukrainian or Russian avoids repeating the city's name and
writes "the Ukrainian capital" instead. The registry could not place such a body, so the
report lost its speaker. :func:`rewrite` turns the phrase into the plain "the Kyiv city
military administration" before it is resolved, with the capital taken from the
lexicon's capitals (the first spelling listed for that country). Kept apart from
:mod:`pipeline.extract.speakers` (at its size limit).
"""

from __future__ import annotations

import re

from pipeline.extract._lexicon import CAPITALS

_OF_CAPITAL = re.compile(
    r"(?P<det>[Tt]he)[ \t]+(?P<body>(?:city[ \t]+)?(?:military[ \t]+)?administration"
    r"|city[ \t]+council|mayor's[ \t]+office)[ \t]+of[ \t]+the[ \t]+(?P<adj>[A-Z][a-z]+)"
    r"[ \t]+capital"
)
_CAPITAL_OF: dict[str, str] = {}
for _city, _adjective in CAPITALS.items():
    _CAPITAL_OF.setdefault(_adjective, _city.title())


def rewrite(subject: str) -> str:
    """ "the military administration of the Ukrainian capital" -> "the Kyiv city military
    administration"; other subjects unchanged."""
    m = _OF_CAPITAL.fullmatch(subject) if subject.endswith("capital") else None
    if m is None or (city := _CAPITAL_OF.get(m.group("adj"))) is None:
        return subject
    body = m.group("body").replace("city ", "")
    if body.endswith("administration"):
        body = f"city {body}"
    return f"{m.group('det')} {city} {body}"


_CAPITAL_TAIL = re.compile(r"[ \t]+capital(?![\w-])")


def widened(text: str, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """The speaker phrase run on over "capital" after a country's adjective, which the
    phrase walk leaves out ("... of the Ukrainian| capital on Telegram")."""
    if np is None or not text[np[0] : np[1]].endswith(tuple(_CAPITAL_OF)):
        return np
    m = _CAPITAL_TAIL.match(text, np[1])
    return (np[0], m.end()) if m is not None else np

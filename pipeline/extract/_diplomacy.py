"""German copy's "the head of the Chinese diplomacy" for that country's foreign minister.

Translated German and Italian copy names a foreign minister by the service he heads ("der
Chef der chinesischen Diplomatie", "il capo della diplomazia italiana"): "China never
delivered weapons ..., the head of the Chinese diplomacy emphasised" is Wang Yi's. Like
:mod:`pipeline.extract._headof`, the whole speaker phrase is rewritten to the plain title
("the Chinese foreign minister") before it is resolved, so the title finds its holder (the
article's titled minister of that country, else the speaker table's).
"""

from __future__ import annotations

import re

_HEAD_OF = re.compile(
    r"(?P<det>[Tt]he)[ \t]+(?:head|chief)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<adj>[A-Z][a-z]+)[ \t]+diplomacy"
)
"""The whole speaker phrase: "the head of the Chinese diplomacy", "the chief of Italian
diplomacy"."""


def rewrite(subject: str) -> str:
    """ "the head of the Chinese diplomacy" -> "the Chinese foreign minister"."""
    m = _HEAD_OF.fullmatch(subject)
    if m is None:
        return subject
    return f"{m.group('det')} {m.group('adj')} foreign minister"

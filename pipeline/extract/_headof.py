"""German copy's "the head of the Foreign Office" for the foreign minister.

Translated German news names a minister by the house he heads ("der Chef des Auswärtigen
Amts", "die Chefin des Verteidigungsministeriums"): "Foreign Minister Johann Wadephul met
... The head of the Foreign Office said C" is Wadephul's statement. The speaker phrase is
rewritten to the plain title ("the foreign minister") before it is resolved, so the title
finds its holder the way "the foreign minister said" does. Only the whole phrase is
rewritten: "the head of the Foreign Office's press service" stays as written.
"""

from __future__ import annotations

import re

_HEAD_OF = re.compile(
    r"(?P<det>[Tt]he)[ \t]+(?:head|chief)[ \t]+of[ \t]+the[ \t]+(?:(?P<foreign>Foreign[ \t]+"
    r"(?:Office|Ministry))|(?P<defence>(?:Defen[cs]e[ \t]+Ministry|Ministry[ \t]+of[ \t]+"
    r"Defen[cs]e)))"
)
"""The whole speaker phrase: "the head of the Foreign Office", "the chief of the Defence
Ministry"."""


def rewrite(subject: str) -> str:
    """ "the head of the Foreign Office" -> "the foreign minister"; others unchanged."""
    m = _HEAD_OF.fullmatch(subject)
    if m is None:
        return subject
    title = "foreign minister" if m.group("foreign") else "defence minister"
    return f"{m.group('det')} {title}"

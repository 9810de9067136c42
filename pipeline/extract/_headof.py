"""German copy's "the head of the Foreign Office" for the foreign minister, and "the head of
the Chinese diplomacy" for that country's foreign minister.

Translated German news names a minister by the house he heads ("der Chef des Auswärtigen
Amts", "die Chefin des Verteidigungsministeriums"): "Foreign Minister Johann Wadephul met
... The head of the Foreign Office said C" is Wadephul's statement. The speaker phrase is
rewritten to the plain title ("the foreign minister") before it is resolved, so the title
finds its holder the way "the foreign minister said" does. Only the whole phrase is
rewritten: "the head of the Foreign Office's press service" stays as written. Translated
German and Italian copy also names a foreign minister by the service he heads ("der Chef der
chinesischen Diplomatie", "il capo della diplomazia italiana"): "the head of the Chinese
diplomacy emphasised" becomes "the Chinese foreign minister", who is the article's titled
minister of that country, else the speaker table's; ANSA and AFP name the ministry by its
seat ("the head of the Farnesina", "the head of the Quai d'Orsay"): that country's
minister. Agency English calls him "the top Russian diplomat" (TASS, Anadolu): with the
definite article that is the foreign minister too; "a top Russian diplomat" stays an
unnamed official.
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


_DIPLOMACY = re.compile(
    r"(?P<det>[Tt]he)[ \t]+(?:head|chief)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<adj>[A-Z][a-z]+)[ \t]+diplomacy"
    r"|(?P<house>[Tt]he)[ \t]+(?:head|chief)[ \t]+of[ \t]+the[ \t]+"
    r"(?P<seat>Farnesina|Quai[ \t]+d['’]Orsay)"
    r"|(?P<the>[Tt]he)[ \t]+top[ \t]+(?P<nat>[A-Z][a-z]+)[ \t]+diplomat"
)
"""The whole speaker phrase: "the head of the Chinese diplomacy", "the chief of Italian
diplomacy"."""


def rewrite(subject: str) -> str:
    """ "the head of the Foreign Office" -> "the foreign minister", "the head of the Chinese
    diplomacy" -> "the Chinese foreign minister"; others unchanged."""
    if "head" not in subject and "chief" not in subject and "top" not in subject:
        return subject  # every shape needs one of the three words (most subjects have none)
    if (m := _HEAD_OF.fullmatch(subject)) is not None:
        title = "foreign minister" if m.group("foreign") else "defence minister"
        return f"{m.group('det')} {title}"
    if (d := _DIPLOMACY.fullmatch(subject)) is not None:
        if d.group("house"):  # "the head of the Farnesina": the house's foreign minister
            adj = "Italian" if d.group("seat") == "Farnesina" else "French"
            return f"{d.group('house')} {adj} foreign minister"
        if d.group("the"):  # "the top Russian diplomat"
            return f"{d.group('the')} {d.group('nat')} foreign minister"
        return f"{d.group('det')} {d.group('adj')} foreign minister"
    return subject

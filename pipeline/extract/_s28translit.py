"""Romance spellings of Slavic names, so translated Romance copy finds the table's people.

Literal English of Romanian, French, Italian and Spanish copy keeps those languages'
romanisations of Russian and Ukrainian names: Romanian writes "h" for "kh" ("Ihor Terehov",
"Harkov"), Spanish "j" ("Terejov"), French "ou" for "u", "gu" before "e"/"i", a final "-ine"
and "ï" ("Sergueï Sobianine", "Iouri"), and all of them "i" for the glide "y" before a vowel
("Sobianin", "Dmitri"). The speaker table is written in English romanisation; its loader adds
the forms :func:`romance_spellings` derives from each person's aliases (the table's own
aliases always win), only for names :func:`german_spellings` takes as Slavic.
"""

from __future__ import annotations

import re

from pipeline.extract._translit import german_spellings

__all__ = ["romance_spellings"]

_MAX_VARIANTS = 12


def _word_forms(word: str) -> list[str]:
    """Romance spellings of one name word (the word first), capitalised as it is."""
    low = word.lower()
    glide = re.sub(r"y(?=[aeiou])", "i", low)
    glide = re.sub(r"(?<=[^aeiou])y$", "i", glide)  # "Dmitry" -> "Dmitri"
    forms = [low, glide, glide.replace("kh", "h"), glide.replace("kh", "j")]
    french = re.sub(r"g(?=[ei])", "gu", glide)
    french = re.sub(r"(?<![aeiog])u", "ou", french)
    forms.append(french)
    if re.search(r"[aeou][iy]$", french):
        forms.append(french[:-1] + "ï")
    if french.endswith("in"):
        forms.append(french + "e")
    out: list[str] = []
    for form in forms:
        form = form[:1].upper() + form[1:] if word[:1].isupper() else form
        if form not in out:
            out.append(form)
    return out


def romance_spellings(name: str) -> list[str]:
    """Romanian, French, Italian and Spanish spellings of an English-romanised Slavic name,
    the name itself left out.

    >>> "Ihor Terehov" in romance_spellings("Ihor Terekhov")
    True
    """
    if not german_spellings(name):
        return []
    variants = [""]
    for word in name.split():
        forms = _word_forms(word) if word.isalpha() else [word]
        variants = [f"{v} {f}".strip() for v in variants for f in forms][: _MAX_VARIANTS * 4]
    seen = {name.lower()}
    out: list[str] = []
    for v in variants:
        if v.lower() not in seen:
            seen.add(v.lower())
            out.append(v)
    return out[: _MAX_VARIANTS * 4]

"""German spellings of Slavic names, so translated German copy finds the speaker table's people.

German news copy, machine-translated into English as the shared sample is, keeps German
transliterations of Russian and Ukrainian names: "Dmitri Peskow", "Sergej Lawrow",
"Wolodymyr Selenskyj", "Ihor Terechow". The speaker table is written in English
romanisation, so its loader adds the German forms this module derives from each person's
aliases (the table's own aliases always win). The rules are the Duden-style correspondences
of the two romanisations, applied to letters, and only to names whose surname looks Slavic
("Friedrich Merz" keeps its German letters). Czech and Slovak copy (ČTK, TASR) keeps
English letters but writes "ch" for "kh" and "j" for the glide of "ie"/"iu"/"ia" ("Ihor
Terechov", "Oleh Synjehubov"): :func:`czech_spellings` gives that one form.
"""

from __future__ import annotations

# Longest first within one position: "shch" before "sh", "kh" before "h" rules.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "schtsch"),
    ("zh", "sch"),
    ("kh", "ch"),
    ("ch", "tsch"),
    ("sh", "sch"),
    ("ts", "z"),
)
_VOWELS = "aeiouy"
_SLAVIC_ENDINGS = (
    "ov",
    "ev",
    "ova",
    "eva",
    "in",
    "ina",
    "ko",
    "uk",
    "sky",
    "skyi",
    "skiy",
    "yi",
    "iy",
    "ii",
)
_SLAVIC_LETTERS = ("kh", "zh", "sh", "yu", "ya", "ye")
_MAX_VARIANTS = 8
"""Spellings kept per alias: enough for the endings' choices, never a combinatorial list."""


def _letters(word: str) -> str:
    """The word's consonant digraphs, v, z and j-glides in German spelling (lower case)."""
    low = word.lower()
    out: list[str] = []
    i = 0
    while i < len(low):
        if low.startswith("tsch", i):  # already German ("Klitschko")
            out.append("tsch")
            i += 4
            continue
        for english, german in _DIGRAPHS:
            if low.startswith(english, i):
                out.append(german)
                i += len(english)
                break
        else:
            ch = low[i]
            nxt = low[i + 1] if i + 1 < len(low) else ""
            if ch == "v":
                out.append("w")
            elif ch == "z":
                out.append("s")
            elif ch == "y" and nxt and nxt in "aeiou":
                out.append("j")  # "Yermak", "Sobyanin", "Vyacheslav"
            else:
                out.append(ch)
            i += 1
    return "".join(out)


def _endings(word: str) -> list[str]:
    """The German choices for a final "-y", "-iy", "-yi", "-ii", "-ey" or "-ei"."""
    if word.endswith(("iy", "yi", "ii")):
        stem = word[:-2]
        return [stem + "ij", stem + "yj", stem + "i"]
    if word.endswith(("ey", "ei")):
        return [word[:-1] + "j"]  # "Sergey", "Sergei" -> "Sergej"
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        return [word[:-1] + "i", word[:-1] + "yj", word[:-1] + "ij"]
    return [word]


def _doubled_s(word: str) -> str:
    """A single "s" between vowels written "ss" ("Gerasimov" -> "Gerassimow")."""
    out = []
    for i, ch in enumerate(word):
        out.append(ch)
        if (
            ch == "s"
            and 0 < i < len(word) - 1
            and word[i - 1] in _VOWELS
            and word[i + 1] in _VOWELS
        ):
            out.append("s")
    return "".join(out)


def _word_forms(word: str) -> list[str]:
    """German spellings of one name word, capitalised as the word is."""
    forms: list[str] = []
    for ending in _endings(word.lower()):
        german = _letters(ending)
        for form in (german, _doubled_s(german)):
            if form not in forms:
                forms.append(form)
    if word[:1].isupper():
        forms = [f[:1].upper() + f[1:] for f in forms]
    return forms


def _slavic_given(word: str) -> bool:
    """A given name romanised from Ukrainian or Russian ("Yuriy", "Andrii", "Yevhen")."""
    return word.endswith(("iy", "ii", "yi")) or word.startswith(("yu", "ya", "ye"))


def german_spellings(name: str) -> list[str]:
    """German transliterations of an English-romanised name, the name itself left out.

    >>> german_spellings("Dmitry Peskov")[:2]
    ['Dmitri Peskow', 'Dmitryj Peskow']
    """
    words = name.split()
    surname = words[-1].lower() if words else ""
    slavic = surname.endswith(_SLAVIC_ENDINGS) or any(d in surname for d in _SLAVIC_LETTERS)
    if not slavic and not any(_slavic_given(w.lower()) for w in words[:-1]):
        return []  # ("Yuriy Ihnat", "Andrii Sybiha": a Slavic given name is enough)
    variants = [""]
    for word in words:
        forms = _word_forms(word) if word.isalpha() else [word]
        variants = [f"{v} {f}".strip() for v in variants for f in forms][:_MAX_VARIANTS]
    return [v for v in variants if v.lower() != name.lower()]


_GLIDES = (("ie", "je"), ("iu", "ju"), ("ia", "ja"))


def czech_spellings(name: str) -> list[str]:
    """The Czech romanisation of a Slavic name ("Ihor Terekhov" -> "Ihor Terechov"), the
    name itself left out; empty for names german_spellings would not touch."""
    if not german_spellings(name):
        return []
    out: list[str] = []
    for word in name.split():
        low = word.lower().replace("kh", "ch")
        for english, czech in _GLIDES:
            at = low.find(english, 1)
            while at > 0:
                if low[at - 1] not in _VOWELS:
                    low = low[:at] + czech + low[at + 2 :]
                at = low.find(english, at + 1)
        out.append(low[:1].upper() + low[1:] if word[:1].isupper() else low)
    form = " ".join(out)
    return [form] if form.lower() != name.lower() else []

"""The translated German "so" attribution: "..., so Merz." / "»...«, so the ministry."

German copy closes a sentence with "so" and the speaker ("so Merz" = "said Merz"), and
machine translation keeps the word. "so" is also a common conjunction ("..., so the ships
can sail again"), so the shape counts only when the speaker phrase runs to the sentence's
end with no verb after it (a place, a time or an outlet may follow: "so Peskow to Tass").
"""

from __future__ import annotations

import re

from pipeline.extract._lexicon import TITLES, words

_TITLE_WORDS = "|".join(sorted((t for t in TITLES if t.isalpha()), key=len, reverse=True))
_SO_AT = re.compile(
    r"(?<=[,“”\"»«’]) so (?=the [a-z]|(?:the |his |her |its )?[A-Z]"
    rf"|(?:[a-z]+ )?(?:{_TITLE_WORDS}) [A-Z])"
)
"""A "so" after a comma or a closing mark, before a speaker-like word (or a lower-case title
before a name: "..., so mayor Ihor Terechow.")."""
_AUXILIARIES: frozenset[str] = words(
    "is are was were be been has have had can could will would must may might should shall"
    " did does do not no never also then too"
)


def hits(body: str) -> list[tuple[int, str]]:
    """Every candidate "so" of ``body`` as a cue hit (offset of "so")."""
    return [(m.start() + 1, "so") for m in _SO_AT.finditer(body)]


def verbless(text: str, start: int) -> bool:
    """True when the rest of the sentence after the speaker holds no verb ("on Tuesday in
    Brussels", "to the state agency Tass"), False for "... in the capital decided ..."."""
    rest = text[start:].strip().rstrip('.!?"”’»«“)').split()
    if len(rest) > 12:
        return False
    for word in rest:
        word = word.strip(',;:„“”"«»()')
        if word in _AUXILIARIES or (word.islower() and word.endswith("ed")):
            return False
    return True

"""A relayed source fronted with "citing": "As TASS reported, citing NAME, C" (round 17).

Translated German and Russian agency copy relays a report through the agency that carried it:
"As the state news agency TASS reported, citing Kremlin adviser Yuri Ushakov, C" ("Wie die
Agentur Tass unter Berufung auf ... meldete"), "As the agency Interfax reported, citing
diplomatic sources, C". The words are the cited source's, the agency only carried them (the
annotators' call in ``dev_articles47``; ``dev_statements42``): the speaker of C is the source
after "citing". The plain fronted "As X reported, C" stays the agency's; trailing and
"that" forms ("X reported, citing Y, that C") are left as the older sets label them.

A literal test ("As " opening, ", citing " inside) comes before the regex.
"""

from __future__ import annotations

import re

from pipeline.extract._clauses import trim
from pipeline.extract._cuetype import Cue

__all__ = ["as_citing"]

_VERBS = ("reported", "wrote", "writes", "reports", "announced", "said", "informed")
_FRONT = re.compile(
    r"As[ \t]+[^,;:“”„«»\"]{2,70}?[ \t]+(?P<v>reported|reports|wrote|writes|announced|said"
    r"|informed)[ \t]*,?[ \t]+citing[ \t]+(?:the[ \t]+)?(?P<s>[^,;:“”„«»\"()]{2,80}?),[ \t]+(?=\S)"
)


def as_citing(text: str, word: str, pos: int, end: int) -> Cue | None:
    """The cue of "As X reported, citing Y, C" with ``word`` at ``pos`` (Y speaks C)."""
    if word not in _VERBS or not text.startswith("As ") or ", citing " not in text:
        return None
    m = _FRONT.match(text)
    if m is None or m.start("v") != pos:
        return None
    c_start, c_end = trim(text, m.end(), len(text))
    if len(text[c_start:c_end].split()) < 3:
        return None
    s_start, s_end = m.span("s")
    return Cue(word, pos, end, text[s_start:s_end], s_start, s_end, c_start, c_end, "leading",
               False)  # fmt: skip

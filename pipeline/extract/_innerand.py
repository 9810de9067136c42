"""An "and" inside an institution's name, read backwards from a cue.

"The secretary of Ukraine's National Security and Defence Council said" and "The Ministry
of Energy and Environment said" name one body: the backward phrase walk of
:mod:`pipeline.extract._phrases` must not stop at their "and" (and leave "Defence
Council" or "Environment" as the speaker), while "Putin and Xi said" or "Hamas and
Islamic Jihad said" stay two speakers. Kept apart because ``_phrases`` is at its size limit.
"""

from __future__ import annotations

import re

from pipeline.extract._lexicon import ORG_HEADS

_LINKED_NAME = re.compile(
    r"(?:Ministry|Committee|Council|Office|Department|Agency|Commission|Institute|Centre"
    r"|Center)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*[ \t]+\Z"
)
"""A name's head and link before an inner "and" ("Ministry of Energy and Environment")."""


def inner_and(seg: str, w_start: int, w_end: int, phrase_end: int) -> bool:
    """ "National Security and Defence Council": "and" inside an institution's name, with
    capitalised words on both sides and a capitalised body head ending the name."""
    after = seg[w_end + 1 : phrase_end].split()
    if _LINKED_NAME.search(seg, max(0, w_start - 50), w_start) and after:
        return all(w[:1].isupper() for w in after) and len(after) <= 3  # "Ministry of A and B"
    before = seg[max(0, w_start - 30) : w_start].split()[-1:]
    return (
        len(after) >= 2
        and all(w[:1].isupper() for w in after)
        and after[-1].lower() in ORG_HEADS
        and bool(before)
        and before[0][:1].isupper()
        and before[0][-1:].isalpha()
    )

"""A spokesperson for a body named by its common noun: "a spokeswoman for the armed group
told AFP", "a spokesman for the movement said".

The noun phrase walk joins "for" only to a capitalised name ("a spokesman for Hamas"), so
the voice is lost before "for the armed group" and the cue has no speaker. This module
widens the phrase back over the voice, and tells the speaker resolver that "the armed group"
is "the group": the last named non-state body (:mod:`pipeline.extract._groupref`).
"""

from __future__ import annotations

import re

_VOICE_FOR = re.compile(
    r"(?:^|(?<=[\s,(]))(?P<v>(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:[a-z-]+[ \t]+)?"
    r"(?:spokes(?:man|woman|person)|representative))[ \t]+for[ \t]+$"
)
_BODY = re.compile(
    r"the[ \t]+(?:(?:armed|militant|rebel|paramilitary|Islamist|jihadist)[ \t]+)?"
    r"(?:group|movement|militia|faction)"
)
_GROUP = re.compile(
    r"(?:(?:an?|the)[ \t]+(?:spokes(?:man|woman|person)|representative)[ \t]+for[ \t]+)?"
    r"the[ \t]+(?:(?:armed|militant|rebel|paramilitary|Islamist|jihadist|Palestinian|Lebanese)"
    r"[ \t]+)?group",
    re.IGNORECASE,
)


def widened(text: str, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """``np`` ("the armed group") widened over "a spokeswoman for " before it."""
    if np is None or np[0] < 8 or not text.startswith("the", np[0]):
        return np  # _BODY opens with "the": most phrases fail this before the regex
    if _BODY.fullmatch(text, np[0], np[1]) is None:
        return np  # only a common-noun group: "a spokesperson for the air force" stays
    m = _VOICE_FOR.search(text, max(0, np[0] - 60), np[0])
    return (m.start("v"), np[1]) if m is not None else np


def group_voice(subject: str) -> bool:
    """ "the group", "the armed group", "a spokesman for the militant group": the body is
    the group the text named before."""
    bare = subject.strip()
    return bare[-5:].lower() == "group" and _GROUP.fullmatch(bare) is not None  # (?i)

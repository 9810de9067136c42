"""German impersonal passives: "It was said from government circles that C".

Translated German copy ("hieß es aus Regierungskreisen") names its source after "from"
rather than as a subject. The source is the speaker of the "that" clause, as in "According
to government circles, C". Kept apart from :mod:`pipeline.extract._cues` (at its size limit);
it runs only for a passive "said from", so it costs nothing per sentence.
"""

from __future__ import annotations

import re

_FROM = re.compile(
    r"[ \t]+from[ \t]+(?P<s>(?:the[ \t]+)?[\w’'-]+(?:[ \t]+[\w’'-]+){0,5}?)"
    r"(?:[ \t]+in[ \t]+[A-Z][\w-]+)?[ \t]+that[ \t]+"
)


def said_from(text: str, end: int) -> tuple[int, int, int] | None:
    """(source start, source end, clause start) after "was said" ending at ``end``."""
    m = _FROM.match(text, end)
    if m is None:
        return None
    return m.start("s"), m.end("s"), m.end()

"""The particle surname after a mention: "Luiz Inácio Lula da Silva" read back from "Lula".

A lone surname takes the given names written before its first mention; a Romance or Dutch
name goes on after it with a particle ("da Silva", "van der Bellen"), and leaving that tail
out would name a person the text never wrote. Kept apart: ``_names`` is at its size limit.
"""

from __future__ import annotations

import re

_TAIL = re.compile(
    r"[ \t]+((?:(?:da|de|do|dos|das|di|del|della|van|von|der|den)[ \t]+)+[A-ZÀ-Ý][\w'-]+)"
)


def particle_tail(body: str, end: int) -> list[str]:
    """The words "da Silva" right after a name ending at ``end``, else none."""
    m = _TAIL.match(body, end)
    return m.group(1).split() if m is not None else []


def particled(full: str | None, key: str, tail: list[str]) -> dict[str, str]:
    """The surname key to bind to ``full`` when a particle tail followed: "lula" is
    "Luiz Inácio Lula da Silva", whose own last word ("Silva") keys it otherwise."""
    return {key: full} if full is not None and tail else {}


def prefixed(body: str, token: str) -> tuple[int, str]:
    """Where a lone surname is first written, and how: "Ansari" is first written
    "Majed al-Ansari", so its given names stand before "al-Ansari" (wire copy drops the
    article in later mentions); else the plain first mention."""
    at = body.find(f" al-{token}")
    plain = body.find(token)
    if at >= 0 and (plain < 0 or at + 4 <= plain):
        return at + 1, f"al-{token}"
    return plain, token

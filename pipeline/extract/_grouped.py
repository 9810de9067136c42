"""Subjects the noun-phrase walk cuts short: "Residents of Omdurman and Bahri told the BBC",
"The Committee to Protect Journalists says", "UNIFIL, the UN mission whose troops patrol
the area, said".

The walk (:mod:`pipeline.extract._phrases`) stops at "and" and at "to", so the speaker came
out as the last place ("Bahri") or half a name ("Protect Journalists"). Kept apart from
:mod:`pipeline.extract._cues` (at its size limit); it runs only when " and " or " to "
stands right before the subject it found.
"""

from __future__ import annotations

import re

_PAIRED = re.compile(
    r"(?:^|(?<=[ \t]))(?:[Rr]esidents|[Pp]eople|[Ww]itnesses|[Oo]fficials|[Mm]edics"
    r"|[Dd]octors|[Aa]ctivists|[Ff]amilies|[Tt]raders)[ \t]+(?:of|in)[ \t]+"
    r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+and[ \t]+$"
)


_BODY_TO = re.compile(
    r"(?:(?<=[ \t])|^)(?:[Tt]he[ \t]+)?(?:[A-Z][\w'’-]+[ \t]+){0,3}(?:Committee|Campaign"
    r"|Coalition|Fund|Foundation|Institute|Initiative|Alliance|Movement)[ \t]+to[ \t]+$"
)


def pair_start(text: str, start: int) -> int:
    """Where "Residents of X and " or "The Committee to " opens before the subject at
    ``start`` (else ``start``)."""
    if text.endswith(" to ", 0, start):
        named = _BODY_TO.search(text, max(0, start - 60), start)
        return named.start() if named is not None else start
    if not text.endswith(" and ", 0, start):
        return start
    m = _PAIRED.search(text, max(0, start - 60), start)
    return m.start() if m is not None else start


_WHOSE = re.compile(
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,4}),[ \t]+(?:the|an?)[ \t]+[^,;]{1,60}?"
    r"[ \t]whose[ \t](?:[^,;“”\"«»]|,(?=\d)){1,120},[ \t]*$"  # "whose 10,000 troops"
)


def whose_named(text: str, v_start: int) -> tuple[int, int] | None:
    """The name opening "NAME, the X whose ..., said": a description with a relative clause
    between the speaker and the verb (the walk back would stop inside the clause)."""
    if " whose " not in text[:v_start]:
        return None
    m = _WHOSE.match(text, 0, v_start)
    return m.span("n") if m is not None else None

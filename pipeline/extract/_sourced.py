"""An unnamed source with its post-modifier after "according to": "According to a source
close to Hezbollah, C", "according to a maritime security source", "According to sources
in the Ukrainian navy, C".

Agency copy describes anonymous sources by where they sit ("close to X", "in the X",
"familiar with X") or by two modifiers ("a senior security source"). The general noun
phrase walk stops at the head noun ("a source") and then finds neither the comma nor a
clause after it, so the whole statement was lost. The speaker is the description without
its article, as the conventions name unnamed sources ("source close to Hezbollah").
"""

from __future__ import annotations

import re

_SOURCE = re.compile(
    r"[ \t]+(?:(?:an?|one|two|three|several|the)[ \t]+)?"
    r"(?P<np>(?P<mods>(?:[\w'’.-]+[ \t]+){0,3}?)"
    r"(?P<head>sources?|officials?|diplomats?|insiders?|officers?|person|people)"
    r"(?:[ \t]+(?:close[ \t]+to|in|at|within|inside|with[ \t]+knowledge[ \t]+of"
    r"|familiar[ \t]+with|briefed[ \t]+on|involved[ \t]+in)[ \t]+(?P<where>"
    r"(?:(?![ \t](?:who|which|that|speaking|because|and|as)[ \t])[^,;.“”\"]){2,60}?))?)"
    r"(?=,|\.?[ \t]*$)"
)
"""The source phrase, up to the comma before the clause or the sentence end."""
_NOT_MODIFIERS = frozenset({"and", "or", "of", "the", "said", "says", "that", "to"})


def phrase(text: str, at: int) -> tuple[int, int] | None:
    """Span of an unnamed source's description starting after ``at`` (None when the words
    after "according to" are no such description)."""
    found = _SOURCE.match(text, at, at + 110)
    if found is None:
        return None
    mods = found.group("mods").split()
    if not mods and found.group("where") is None:
        return None  # "a source" alone is handled by the general walk
    if any(w.lower() in _NOT_MODIFIERS for w in mods):
        return None
    return found.span("np")


_DESCRIBED = re.compile(
    r"(?:(?:an?|one|the)[ \t]+)?(?P<d>(?:[\w'’.-]+[ \t]+){0,3}?"
    r"(?:sources?|officials?|diplomats?|insiders?|officers?|person|people)[ \t]+"
    r"(?:close[ \t]+to|in|at|within|inside|with[ \t]+knowledge[ \t]+of|familiar[ \t]+with"
    r"|briefed[ \t]+on|involved[ \t]+in)[ \t]+[^,;.“”\"]{2,60})"
)


def described(subject: str) -> str | None:
    """The speaker an unresolved source description names ("a source close to Hezbollah"
    -> "source close to Hezbollah"); None for any other subject."""
    found = _DESCRIBED.fullmatch(subject.strip())
    return found.group("d") if found is not None else None


_QUOTED_UNNAMED = re.compile(
    r"[ \t]+(?:an?|one)[ \t]+(?P<np>(?:[\w'’.-]+[ \t]+){0,3}?"
    r"(?:sources?|officials?|diplomats?|insiders?|officers?|person))(?=[ \t]+as[ \t]+saying)"
)


def quoted_unnamed(text: str, at: int) -> tuple[int, int] | None:
    """Span of the unnamed source in "quoted a senior U.S. official as saying" after ``at``."""
    found = _QUOTED_UNNAMED.match(text, at, at + 80)
    return found.span("np") if found is not None else None

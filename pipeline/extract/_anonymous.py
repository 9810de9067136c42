"""Unnamed, counted sources: "..., two people familiar with the talks said.",
"A Western diplomat who asked not to be identified said ...", "..., said a diplomat who
asked not to be named."

The cue parser walks back from the verb over name-like words: a count ("one US official"),
a "who asked not to be named" aside or a "familiar with" link stops it, so these sentences
had no speaker. Asked by :mod:`pipeline.extract._openers` only for sentences that got no
attribution, behind a cheap substring gate; kept apart because ``_openers`` holds the
sentence-opening shapes and this module the anonymous-source ones.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._opening import Opening

_COUNT = r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Aa]nother)"
_HEAD = (
    r"(?:officials?|diplomats?|sources?|people|person|doctors?|medics?|nurses?|workers?"
    r"|surgeons?|paramedics?|rescuers?)"
)
_LINK = (
    r"(?P<link>[ \t]+(?:familiar[ \t]+with|briefed[ \t]+on|close[ \t]+to|involved[ \t]+in"
    r"|based[ \t]+in|at|on[ \t]+both|with[ \t]+(?:direct[ \t]+)?knowledge[ \t]+of)"
    r"[ \t]+(?:the[ \t]+)?[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}?)?"
)
_SUBJECT = (
    rf"(?P<subj>(?:{_COUNT}[ \t]+(?:[\w.’'-]+[ \t]+){{0,3}}?{_HEAD}"
    rf"|(?:[Oo]fficials|[Ss]ources|[Dd]iplomats)(?=[ \t]+on[ \t]+both[ \t]+sides)){_LINK})"
    r"(?:[ \t]+from[ \t]+(?:an?|the)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}?)?"
)
"""A counted source ("two people familiar with ..."), or officials "on both sides"; where
they come from ("a rescue worker from a nearby village") is no part of the name."""
_ASIDE = (
    r"(?:,?[ \t]+who[ \t]+(?:asked|requested|spoke|declined|was[ \t]+not)[^,;“”\"]{0,90}?"
    r"|,?[ \t]+speaking[ \t]+on[ \t]+(?:the[ \t]+)?condition[ \t]+of[ \t]+anonymity"
    r"[^,;“”\"]{0,60}?)?,?"
)
"""The unnamed source's reason for anonymity, skipped between subject and verb."""
_AFTER = (
    r"(?:[ \t]+(?:on[ \t]+)?[A-Z][a-z]+day|[ \t]+on[ \t]+(?:the[ \t]+)?condition[ \t]+of"
    r"[ \t]+anonymity)?"
)
_TOLD = (
    r"(?:told|tells)[ \t]+(?:(?:the[ \t]+)?[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}"
    r"|reporters|journalists)"
)
_LEADING = re.compile(
    rf"{_SUBJECT}{_ASIDE}[ \t]+(?P<verb>said|says|{_TOLD}){_AFTER}(?P<that>[ \t]+that)?[ \t]+"
)
_TAIL = (
    r"(?:,[ \t]+(?:despite|amid|as|after|while|in|with|the|a|an"
    r"|asking[ \t]+not[ \t]+to[ \t]+be)[ \t][^“”\"]{3,160}?)?"
)
"""A circumstance after the source ("..., told AFP Thursday, despite a rejection ...", "...,
asking not to be named")."""
_TRAILING = re.compile(
    rf"(?:,|[”\"])[ \t]+{_SUBJECT}{_ASIDE}[ \t]+(?P<verb>said|says|{_TOLD}){_AFTER}{_TAIL}[.!?]?$"
)
_INVERTED = re.compile(rf",[ \t]+(?P<verb>said|says)[ \t]+{_SUBJECT}{_ASIDE}[.!?]?$")
GATES = (
    *(" official", " diplomat", " source", " people ", " person ", " doctor", " medic", " nurse"),
    *(" worker", " surgeon", " rescuer"),
)
_TICKER = (
    r"(?P<subj>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:officials?|sources?|diplomats?"
    r"|spokesman|spokesperson|commander))[ \t]+(?P<verb>to)[ \t]+"
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}:[ \t]+(?=\S)"
)
"""A breaking-news ticker line: "Senior Hamas source to Al Mayadeen: CLAUSE"."""
_TICKER_LINE = re.compile(_TICKER)
_OPENING = "(?P<subj>[A-Z]"
assert _TICKER.startswith(_OPENING)
_TICKER_AT = re.compile(
    rf"{_OPENING}(?:(?<=[.!?”\"’][ \t][A-Z])|(?<=\n[A-Z])|(?<=^[A-Z])){_TICKER[len(_OPENING) :]}"
)
"""A ticker line at a line or sentence start. The start is tested after the capital the
subject opens with, so that the search only stops at capitals (3x faster than a lookbehind
at every offset, same matches)."""
_ADJECTIVES = frozenset({"Senior", "Top", "Military", "Security", "Diplomatic", "Western"})
"""Capitalised only because they open the line: "Senior Hamas source" is a senior one."""


def gate(text: str) -> bool:
    """Cheap test: could :func:`find` match at all?"""
    return any(word in text for word in GATES)


def ticker_hits(body: str) -> list[tuple[int, str]]:
    """Ticker lines as cue hits (they hold no cue word): (offset, first word)."""
    if not body_has(body, " to ") or not body_has(body, ": "):
        return []
    return [(m.start(), m.group().split(None, 1)[0]) for m in _TICKER_AT.finditer(body)]


def find(text: str) -> Opening | None:
    """The unnamed source of ``text`` and its clause, in one of the four shapes."""
    end = len(text.rstrip().rstrip(".!?"))
    if ": " in text and (m := _TICKER_LINE.match(text)) is not None:
        found = _source(m, m.end(), end, False)
        first, _, rest = m.group("subj").partition(" ")
        if found is not None and first in _ADJECTIVES:
            found = found._replace(name=f"{first.lower()} {rest}")
        return found
    m = _LEADING.match(text)
    if m is not None:
        return _source(m, m.end(), end, m.group("that") is not None)
    m = _TRAILING.search(text)
    if m is None and ", said " in text:
        m = _INVERTED.search(text)
    if m is not None:
        start = 1 if text[:1] in '“"' else 0
        close = m.start() + (1 if text[m.start()] in '”"' else 0)
        return _source(m, start, close, False)
    return None


def _source(m: re.Match[str], c_start: int, c_end: int, has_that: bool) -> Opening | None:
    if c_end - c_start < 10:
        return None
    verb = m.group("verb").split()[0]
    linked = "link" in m.groupdict() and m.group("link") is not None
    name = m.group("subj")
    counted = linked and not name.startswith(("officials", "Officials", "sources", "Sources"))
    described = name.split(None, 1)[1] if counted else name if linked else None  # the count
    # dropped: "familiar with the talks"
    v_start = m.start("verb")
    return Opening(
        name, described, verb, v_start, v_start + len(verb),
        m.start("subj"), m.end("subj"), c_start, c_end, has_that,
    )  # fmt: skip

"""German impersonal passives: "It was said from government circles that C", "C, it was
announced by the Interior Ministry".

Translated German copy ("hieß es aus Regierungskreisen") names its source after "from"
rather than as a subject. The source is the speaker of the "that" clause, as in "According
to government circles, C". Kept apart from :mod:`pipeline.extract._cues` (at its size limit);
it runs only for a passive "said from", so it costs nothing per sentence.
"""

from __future__ import annotations

import re

_FROM = re.compile(
    r"[ \t]+from[ \t]+(?P<s>(?:the[ \t]+)?[\w’'-]+(?:[ \t]+[\w’'-]+){0,7}?)"
    r"(?:[ \t]+in[ \t]+[A-Z][\w-]+)?[ \t]+that[ \t]+"
)


def said_from(text: str, end: int) -> tuple[int, int, int] | None:
    """(source start, source end, clause start) after "was said" ending at ``end``."""
    m = _FROM.match(text, end) if "from" in text else None
    if m is None:
        return None
    return m.start("s"), m.end("s"), m.end()


_IT_WAS = re.compile(
    r"(?:,[ \t]+it|(?<=[,”\"»“«])|(?<=[,”\"»“«][ \t]))[ \t]*"
    r"(?:was|has[ \t]+been|had[ \t]+been)[ \t]+$"
)
"""", it was announced" and the translated German "„C“, was stressed in ..." (no "it")."""
_BY_SOURCE = re.compile(
    r"[ \t]+(?:from|by|in[ \t]+(?:a|the)[ \t]+(?:press[ \t]+)?(?:release|statement"
    r"|communiqu[eé])[ \t]+(?:of|from|by)"  # "in the release of X": X issued it
    r"|in(?=[ \t]+the[ \t]+(?:delegation|ministry|embassy|chancellery)[ \t]*[.!?]?$))"
    r"[ \t]+(?P<s>(?:the[ \t]+)?[\w’'-]+(?:[ \t]+[\w’'-]+){0,6}?)"
    r"(?:[ \t]+(?:on|late|early|this|last)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?)?[ \t]*[.!?]?$"
)
PASSIVE_ENDS = (" it was", " it has been", " it had been")
"""The impersonal "it was" before a passive cue that names its source after it."""
_NAMING_STARTS: tuple[str, ...] = (
    *(" from ", " by ", " in the release", " in a release", " in a statement"),
    *(" in the statement", " in the press release", " in a press release"),
    *(" in the delegation", " in the ministry", " in the embassy", " in the chancellery"),
)


def passive_named(body: str, start: int, end: int) -> bool:
    """A passive cue ("was announced") that names its source after it: ", it was announced
    by X", "„C“, was stressed in the release of X"."""
    if not body.startswith(_NAMING_STARTS, end):
        return False
    return (
        body.endswith(PASSIVE_ENDS, start - 16, start)
        or _IT_WAS.search(body, max(0, start - 20), start + 1) is not None
    )


def passive_source(text: str, pos: int, end: int) -> tuple[int, int, int] | None:
    """(clause end, source start, source end) of "C, it was announced by X." around the cue
    word at ``pos``..``end``: X said C."""
    if not text.endswith((" was ", " been "), 0, pos):
        return None  # nearly every cue: one C call
    it = _IT_WAS.search(text, max(0, pos - 20), pos)
    if it is None:
        return None
    m = _BY_SOURCE.match(text, end)
    if m is None:
        return None
    return it.start(), m.start("s"), m.end("s")


_BARE = re.compile(
    r",[ \t]+(?:it[ \t]+(?:was|is)[ \t]+(?:said|stated|reported|announced|communicated"
    r"|written|specified|indicated|added|stressed)|further[ \t]+it[ \t]+(?:was[ \t]+)?said)"
    r"(?:[ \t]+(?:in|on|at|later|afterwards|there|again|further)(?:[ \t]+[\w-]+){0,3})?"
    r"[ \t]*[.!]?$"  # "..., it is written in the bulletin", "..., further it said."
)


def bare_said(text: str) -> int | None:
    """Offset of ", it was said" closing ``text`` with no source named ("C, it was said in
    the morning.", "C, it is written in the bulletin"): German "hieß es", Italian "si legge",
    the words of the source the sentence before named."""
    m = _BARE.search(text, max(0, len(text) - 60))
    return m.start() if m is not None else None


_AS_BY = re.compile(
    r"[ \t]+by[ \t]+(?P<s>(?:the[ \t]+(?:[a-z][\w-]*[ \t]+){0,3})?"
    r"[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,6}?)"
    r"(?:,[ \t]+(?:the[ \t]+)?(?:head|chief|governor|mayor|spokes\w+|commander)[ \t]+of"
    r"[ \t]+[^,;:]{2,80}?)?(?P<end>[ \t]*[.!?]?$|,[ \t]+(?=\S))"
)
"""The source of "..., as reported by X(, head of Y)" and where its apposition ends."""


def as_by(text: str, pos: int, end: int) -> tuple[int, int, int, int] | None:
    """(clause start, clause end, source start, source end) around ", as reported by X":
    the clause before it, or after it when only an opening adverbial precedes ("In Odesa
    Oblast, as reported by X, head of the OVA, two men were killed")."""
    if not text.endswith(", as ", 0, pos):
        return None
    m = _AS_BY.match(text, end)
    if m is None:
        return None
    before = text[: pos - 5]
    rest = text[m.end() :]
    if rest.strip() and len(before.split()) <= 5:
        return m.end(), len(text), m.start("s"), m.end("s")
    return 0, pos - 5, m.start("s"), m.end("s")


_FRONTED = re.compile(
    r"From[ \t]+(?P<s>(?:the[ \t]+)?[\w’'-]+(?:[ \t]+[\w’'-]+){0,5}?)"
    r"(?:[ \t]+(?:in|at)[ \t]+[A-Z][\w-]+)?[ \t]+it[ \t]+(?:was|has[ \t]+been|had[ \t]+been)[ \t]+"
)
"""German "Aus diplomatischen Kreisen hieß es, dass": "From X (in Place) it was said that"."""


def fronted(text: str, pos: int) -> tuple[int, int] | None:
    """(source start, source end) of "From X it was said/heard that C" with the cue at
    ``pos``: the fronted source speaks the clause, as after "It was said from X that"."""
    if not text.startswith("From ") or pos > 110:
        return None
    m = _FRONTED.fullmatch(text, 0, pos)
    return (m.start("s"), m.end("s")) if m is not None else None


def fronted_at(body: str, start: int) -> bool:
    """True for the passive cue (space at ``start``) of a sentence opening "From X it was"."""
    at = body.rfind("From ", max(0, start - 110), start)
    if at < 0 or (at > 0 and body[at - 1] not in " \n"):
        return False
    return _FRONTED.fullmatch(body, at, start + 1) is not None


def heard_hits(body: str) -> list[tuple[int, str]]:
    """Cue hits for "From X it was heard that" ("heard" is no cue word anywhere else)."""
    hits: list[tuple[int, str]] = []
    pos = body.find(" it was heard that ")
    while pos >= 0:
        if fronted_at(body, pos + 7):
            hits.append((pos + 8, "heard"))
        pos = body.find(" it was heard that ", pos + 1)
    return hits


def learned_hits(body: str) -> list[tuple[int, str]]:
    """Cue hits for "C, it was learned from X" and "It was learned from X that C" (Polish
    "dowiedziano się", Italian "si è appreso"; "learned" is no cue word anywhere else)."""
    hits: list[tuple[int, str]] = []
    pos = body.find("t was learned from ")
    while pos >= 0:
        if pos > 0 and body[pos - 1] in "iI":
            hits.append((pos + 6, "learned"))
        pos = body.find("t was learned from ", pos + 1)
    return hits


_SOURCES_IN = re.compile(r"sources[ \t]+(?:in|at|of)[ \t]+(?:the[ \t]+)?(?P<x>[\w’' -]{3,60})")


def source_name(phrase: str) -> str:
    """ "sources in the presidential palace" → "presidential palace sources", as "sources
    close to X" are named; other phrases stay as written."""
    m = _SOURCES_IN.fullmatch(phrase)
    return f"{m.group('x')} sources" if m is not None else phrase

"""Round h_gen_s108: a bare kind noun as speaker ("the ministry said") bound to the body named.

Why it exists: across the real sets a definite description pointing back to a body the story
named ("Lebanon's health ministry ... The ministry said C", "the Myanmar military ... the
military said", "Israeli police ... police said") reached the output as the bare noun
("ministry", "military", "police"), while the labels name the body (the main README's
"pronouns and surnames resolved" rule, applied to bodies). ``_s99refs`` binds "The ministry"
only when the chain kept another ministry; this pass takes the case where nothing was bound.

The same typed lookup takes "the group's (military) spokesman": the spokesman the window
names by his role ("Houthi spokesman NAME said ... The group's military spokesman said") is
that person, else the one armed group the window names gives the qualifier ("the Houthi
group ... the group's military spokesperson" is "Houthi military spokesperson").

The look back is bounded (2,000 characters before the statement) and typed: the named body
must end in the same kind noun, and every such body in the window must agree (two different
ministries named before leave the bare noun alone). Hooked last in
:mod:`pipeline.extract._latepasses`; a set lookup on each speaker before any regex.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_KINDS: frozenset[str] = frozenset({"ministry", "military", "police", "army"})
_WINDOW = 2000
_BODY: dict[str, re.Pattern[str]] = {
    kind: re.compile(
        r"\b(?P<n>[A-Z][a-z]+(?:'s|’s)?(?: (?:[Hh]ealth|[Dd]efen[cs]e|[Ii]nterior|[Ff]oreign))?) "
        r"(?i:" + kind + r")\b"
    )
    for kind in _KINDS
}
_NOT_FIRST: frozenset[str] = frozenset(
    {"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our", "And", "But", "Of"}
)


_GROUP_ROLE = re.compile(
    r"^(?:group|movement|militia)'s (?P<role>(?:military )?spokes(?:man|woman|person))$"
)
_OWNERS: tuple[str, ...] = ("group's ", "movement's ", "militia's ")
_GROUPS: dict[str, str] = {
    "Houthis": "Houthi",
    "Houthi": "Houthi",
    "Hezbollah": "Hezbollah",
    "Hamas": "Hamas",
    "M23": "M23",
    "Taliban": "Taliban",
    "JNIM": "JNIM",
    "RSF": "RSF",
}
_GROUP_NAMED = re.compile(
    r"\b(?P<g>Houthis?|Hezbollah|Hamas|M23|Taliban|JNIM|RSF)\b(?: (?:group|movement|militia)\b)?"
)
_HOLDER = re.compile(
    r"\b(?P<g>Houthis?|Hezbollah|Hamas|M23|Taliban|JNIM|RSF)(?:'s|’s)? (?:military )?"
    r"spokes(?:man|woman|person),? (?P<n>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
)


def _group_role(speakers: Speakers, role: str, before: str, around: str) -> str | None:
    """ "the group's spokesman": the holder the window names (before or after, the passage's
    full name), else "<Group> spokesman" for the one group named up to the statement's end."""
    holders = {speakers.canonical(m.group("n")) for m in _HOLDER.finditer(around)}
    if len(holders) == 1:
        return next(iter(holders))
    if holders:
        return None
    groups = {_GROUPS[m.group("g")] for m in _GROUP_NAMED.finditer(before)}
    return f"{next(iter(groups))} {role}" if len(groups) == 1 else None


def _adjective(name: str) -> str:
    """ "Myanmar's military" -> "Myanmar military" (the chain's own form keeps no "'s")."""
    return name.replace("’s ", " ").replace("'s ", " ")


def _named(speakers: Speakers, kind: str, before: str) -> str | None:
    """The one body of this kind the window names, canonical, else None."""
    seen: set[str] = set()
    for m in _BODY[kind].finditer(before):
        first = m.group("n").split(" ", 1)[0].rstrip("s").rstrip("'’")
        if m.group("n").split(" ", 1)[0] in _NOT_FIRST or first in _NOT_FIRST:
            continue
        seen.add(speakers.canonical(_adjective(m.group(0))))
        if len(seen) > 1:
            return None
    return next(iter(seen)) if seen else None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Bind a bare "ministry" / "military" / "police" / "army" speaker to the body named,
    and "the group's spokesman" to the holder or group named."""
    if not any(
        isinstance(f, Statement) and (f.speaker.lower() in _KINDS or f.speaker.startswith(_OWNERS))
        for f in found
    ):
        return found
    body = doc.body
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Statement) and f.speaker.lower() in _KINDS:
            start = f.evidence.start
            name = _named(speakers, f.speaker.lower(), body[max(0, start - _WINDOW) : start])
            if name is not None and name.lower() != f.speaker.lower():
                f = replace(f, speaker=name)
        elif isinstance(f, Statement) and f.speaker.startswith(_OWNERS):
            m = _GROUP_ROLE.match(f.speaker)
            start = f.evidence.start
            name = (
                _group_role(
                    speakers,
                    m.group("role"),
                    body[max(0, start - _WINDOW) : f.evidence.end],
                    body[max(0, start - _WINDOW) : f.evidence.end + _WINDOW],
                )
                if m
                else None
            )
            if name is not None:
                f = replace(f, speaker=name)
        out.append(f)
    return out

"""Round 78's line readings (helper h_fix_s78, ``dev_statements104``), used by
:mod:`pipeline.extract._s78post`: what the sentence splitter cuts or glues wrongly, so it is
read on the body's lines and quotation marks instead of on sentences:

- "“Q,” ROLE NAME said / told OUTLET" (a lowercase role such as "shopkeeper" or "city
  resident" before the name) and "“Q,” an official with the BODY said(, requesting
  anonymity)" -- the quotation may span sentences; a paragraph that is only a quotation right
  after one of them is the same speaker's;
- bulleted lines ("▪️C, the Defence Ministry said", "▪️According to the statement, C",
  "▪️TITLE NAME clarified that C") that end without a full stop, and bullet marks left in a
  quote;
- "According to X, an organisation monitoring ..., C" -- the appositive is no part of C.

It also holds the literal gates of both modules. Each pattern runs only behind a literal
gate.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract.model import Statement
from pipeline.extract.speakers import Speakers

__all__ = [
    "DIRECT",
    "apposed",
    "body_name",
    "bullets",
    "directs",
    "literal_hits",
    "trimmed",
    "unbulleted",
]

_ROLES = (
    r"(?:resident|shopkeeper|teacher|farmer|trader|nurse|doctor|driver|student|mother|father"
    r"|worker|volunteer|activist|witness|eyewitness|survivor|fisherman|vendor|merchant|baker"
    r"|carpenter|labourer|laborer|pharmacist|engineer|mechanic|widow|grandmother|grandfather)"
)
DIRECT = re.compile(
    r"[“\"](?P<q>[^“”\"\n]{8,}?,)[”\"] (?:(?:(?:city|local) )?"
    + _ROLES
    + r" (?P<n>[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2})"
    r"|an? (?P<d>(?:local |senior |government )?official with the [a-z][a-z ]{3,60}?))"
    r" (?:said|told [A-Z][A-Za-z]+)\b"
)
"""'“Q,” shopkeeper NAME told Reuters' / '“Q,” an official with the BODY said'."""

_ONLY_QUOTE = re.compile(r"\s*[“\"](?P<q>[^“”\"\n]{4,})[”\"]\s*$")
"""A paragraph that is one quotation and nothing else."""

_APPOSITIVE = re.compile(
    r"^(?:an?|one of the) (?:[\w-]+ ){0,2}?(?:organi[sz]ation|group|network|body|charity|monitor"
    r"|NGO|coalition|alliance|watchdog|agency|committee|union|initiative|movement)s?\b"
    r"[^,]{0,80}, (?P<rest>\S.{7,})$"
)
"""'an organization monitoring violations in the conflict, C' read as the clause."""

_BULLET = re.compile(r"^[ \t]*▪\ufe0f?[ \t]*(?P<t>.+?)[ \t]*$", re.MULTILINE)
_B_CLOSE = re.compile(
    r"^(?P<q>[A-Z0-9][^“”\"]{8,}?), (?:the )?(?P<sp>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}) "
    r"(?:said|reported|stated)\.?$"
)
_B_STATEMENT = re.compile(r"^According to (?:the|this) (?:statement|report), (?P<q>.{8,}?)\.?$")
_B_NAMED = re.compile(
    r"^(?:[A-Z][\w'-]*\s){0,3}(?P<n>[A-Z][a-z'-]+ [A-Z][a-z'-]+) (?:clarified|said|reported|stated"
    r"|added|noted) that (?P<q>.{8,}?)\.?$"
)

_BARE_MINISTRY = frozenset({"Defence Ministry", "Defense Ministry"})
_TITLES = frozenset({"President", "Governor", "Minister", "Mayor", "Chief", "General"})


_LITERALS = (
    "ccording to local emergency ",
    "ccording to local rescue ",
    "ccording to emergency ",
    "ccording to rescue ",
    ", said the ",
    ", according to a report by ",
    ") said ",
    "region's governor",
    "agency's interlocutor",
    "agency's source",
    "witness told ",
    "witness and a",
    " official and a",
    " statement revealing that ",
    " statements revealing that ",
    " statement confirming that ",
    " statements confirming that ",
    " statement stating that ",
    " statement announcing that ",
    ", with his spokes",
    ", with her spokes",
    " and noting that ",
    " and adding that ",
    " and stressing that ",
    " and warning that ",
    " suggest that ",
    " suggested that ",
    " media write",
    "ly reported that ",
    "ly said that ",
    "ly claimed that ",
    "ly stated that ",
    " writes ",
    " wrote ",
    "tatement from ",
)
"""The literals one of :mod:`pipeline.extract._s78post`'s sentence readings needs (each
found by a plain substring search, cheaper than one alternation scanned over the body)."""

_APPOSED = re.compile(r"ccording to [^,.;]{2,80}, (?:an?|one of the) ")
"""'According to X, a(n) ...,' -- a credit with an appositive (the quote trimming's gate)."""


def literal_hits(body: str) -> list[int]:
    """Where the literals above occur in ``body``."""
    out: list[int] = []
    for literal in _LITERALS:
        if not body_has(body, literal):  # most are absent: skip the find
            continue
        at = body.find(literal)
        while at >= 0:
            out.append(at)
            at = body.find(literal, at + 1)
    return out


def apposed(body: str) -> bool:
    """True when the body holds "according to X, a(n) ...," (the quote trimming's gate)."""
    return body_has(body, "ccording to ") and _APPOSED.search(body) is not None


_OFFICE = re.compile(
    r"^(?:Media|Press|Information)(?: Coordination)? (?:Office|Council|Centre|Center"
    r"|Department|Service) of the (?P<b>.+)$"
)


def body_name(speakers: Speakers, name: str, at: int) -> str:
    """A body's canonical name ("Defence Ministry" in Moscow's context is Russia's)."""
    m = _OFFICE.match(name)
    if m is not None:
        name = m["b"]
    return speakers.resolve_name(speakers.canonical(name), at)


def directs(body: str, quotes: set[str]) -> list[Statement]:
    """'“Q,” ROLE NAME said' and the quotation-only paragraph that follows it."""
    out: list[Statement] = []
    for m in DIRECT.finditer(body):
        if m["q"] in quotes:
            continue
        speaker = m["n"] or m["d"]
        end = body.find("\n", m.end())
        end = len(body) if end < 0 else end
        start = m.start()
        out.append(new_statement(body[start:end], start, speaker, "direct", m["q"], "said"))
        if not m["n"]:
            continue
        nxt = end
        while nxt < len(body) and body[nxt] in "\n \t":
            nxt += 1
        stop = body.find("\n", nxt)
        stop = len(body) if stop < 0 else stop
        c = _ONLY_QUOTE.match(body, nxt, stop) if nxt < len(body) else None
        if c is not None and c["q"] not in quotes:
            out.append(new_statement(body[nxt:stop], nxt, speaker, "direct", c["q"], "said"))
    return out


def bullets(
    body: str, speakers: Speakers, statements: list[Statement]
) -> tuple[list[Statement], list[tuple[int, int]]]:
    """Statements read from bulleted lines, and the line spans they replace."""
    out: list[Statement] = []
    spans: list[tuple[int, int]] = []
    last: str | None = None
    for line in _BULLET.finditer(body):
        text, at = line["t"], line.start("t")
        m = _B_CLOSE.match(text)
        if m is not None:
            last = body_name(speakers, m["sp"], at)
            if (
                last in _BARE_MINISTRY
                and body_has(body, "Russia")
                and not body_has(body, "Ukraine's Defen")
            ):
                last = "Russian Defence Ministry"  # a bulletin of "Russia's regions"
            read = new_statement(text, at, last, "indirect", m["q"], "said")
        elif last and (m := _B_STATEMENT.match(text)) is not None:
            read = new_statement(text, at, last, "indirect", m["q"], "according to")
        elif (m := _B_NAMED.match(text)) is not None and m["n"].split()[0] not in _TITLES:
            read = new_statement(text, at, speakers.canonical(m["n"]), "indirect", m["q"], "said")
        else:
            continue
        span = (line.start(), line.end())
        inside = [s for s in statements if span[0] <= s.evidence.start < span[1]]
        if any(
            s.quote.lstrip("▪\ufe0f ") == read.quote and s.speaker == read.speaker for s in inside
        ):
            continue
        out.append(read)
        spans.append(span)
    return out, spans


def unbulleted(s: Statement) -> Statement:
    """A statement whose quote kept the bullet mark, without it."""
    quote = s.quote.lstrip("▪\ufe0f \t")
    return replace(s, quote=quote) if quote != s.quote else s


def trimmed(s: Statement) -> Statement:
    """'According to X, an organisation monitoring ..., C': C without the appositive."""
    if s.mode != "indirect" or not s.quote.startswith(("a ", "an ", "one of ")):
        return s
    m = _APPOSITIVE.match(s.quote)
    if m is None or "ccording to " not in s.evidence.text:
        return s
    return replace(s, quote=m["rest"])

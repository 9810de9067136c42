"""Statements on European agency copy, statement round 67 (phrasing survey,
``dev_statements93``): two phrasings of translated wire copy (Keystone-SDA, APA, EFE, Czech
and Ukrainian relays of Western politicians) that the reader gave to the wrong speaker or
read where nothing was said.

Each reading is a mechanism, not a sentence:

- a role description of a person the passage named earlier with a title ("the President of
  the Czech Republic" after "Czech President Petr Pavel", "the head of the Swiss foreign
  ministry" / "the head of Austrian diplomacy" after "Foreign Minister NAME", "the head of the
  Spanish government / executive" and "the Greek leader" after "Prime Minister NAME", "the
  head of NATO" after "NATO Secretary General NAME") is that person: the reader took the
  country or the description itself as the speaker, or missed the sentence. The sentence is
  read again with the description replaced by the name, when exactly one titled person of
  that kind (and that country, where both say one) was named before it;
- "X reacted / responded (sharply, on DAY) to (Russian) announcements / reports / claims
  that C" is no statement of X: C is what the reports say, and X's own words, if any, follow.

Sentences are read again through the whole extractor (the passage with that one sentence
changed), so naming and canonical forms stay the reader's own; such a re-reading is never
nested and bounded per document (:mod:`pipeline.extract._reread`). Each reading starts
with a literal test of the sentence.

Runs last in :mod:`pipeline.extract._latepasses`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract import _reread
from pipeline.extract._bodylits import body_has
from pipeline.extract._found import split
from pipeline.extract._stmtindex import BySentence, outside
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_SAYING = re.compile(
    r"\b(?:said|says|told|stated|wrote|added|announced|warned|stressed|noted|emphasi[sz]ed|"
    r"indicated|acknowledged|insisted|explained|declared|underlined)\b|\b[Aa]ccording[ \t]+to\b"
)
_GEO = r"[A-Z][a-z]+"
_ROLE = re.compile(
    rf"\b[Tt]he[ \t]+(?:(?P<adj>{_GEO})[ \t]+)?(?:"
    r"(?P<head>head|chief|[Pp]resident|Prime[ \t]+Minister)[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"(?:(?P<adj2>{_GEO})[ \t]+)?(?P<what>(?:[Ff]oreign[ \t]+[Mm]inistry|diplomacy|government|"
    r"executive)\b|[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})"
    r"|(?P<lead>leader)\b(?![ \t]+of\b))(?![ \t]+(?:[A-Z]|(?:von|van|de|der|al)\b))"
)
_TITLE_WORDS = (
    r"[Ff]oreign[ \t]+[Mm]inister|[Pp]rime[ \t]+[Mm]inister|President|Chancellor|Premier|Taoiseach|"
    r"Secretary[ \t]+General|Secretary-General"
)
_NAME = (
    r"[A-Z][\w'\u2019-]+(?:[ \t]+(?:(?:von|van|der|de|De|Van|Der)[ \t]+)*[A-Z][\w'\u2019-]+){1,3}"
)
_TITLED = re.compile(
    rf"(?P<t>(?:\b[A-Z][\w-]*[ \t]+){{0,3}}?(?:{_TITLE_WORDS}))[ \t]+(?P<n>{_NAME})"
    # "the President of the Czech Republic, Petr Pavel"
    rf"|(?P<t2>\b(?:[Pp]resident|Prime[ \t]+Minister|Foreign[ \t]+Minister)[ \t]+of[ \t]+"
    rf"(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?),[ \t]+(?P<n2>{_NAME})"
)
_FM = re.compile(r"[Ff]oreign[ \t]+[Mm]inister")
_LEADER = re.compile(r"[Pp]rime[ \t]+[Mm]inister|President|Chancellor|Premier|Taoiseach")
_NOT_GEO = frozenset(
    {
        "The",
        "Republic",
        "Federation",
        "Kingdom",
        "United",
        "Federal",
        "Foreign",
        "Minister",
        "Prime",
        "President",
        "Chancellor",
        "Premier",
        "Taoiseach",
        "Secretary",
        "General",
    }
)
_IRREGULAR = {"netherlands": "dutch", "france": "french", "ireland": "irish"}
# heads of bodies the copy names without their title
_BODY_HEADS = {"European Commission": "von der Leyen", "NATO": "Rutte"}
_REACTED = re.compile(
    r"\b(?:react|respond|repl)\w*\b[^.\"\u201c\u201d]{0,50}?\bto[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:announcements?|reports?|claims?|allegations?|suggestions?|rumou?rs?|accusations?|"
    r"assertions?)[ \t]+that[ \t]+$"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    if _reread.nested():
        return found
    body = doc.body
    gate_role = body_has(body, " of ") or body_has(body, " leader")
    gate_react = body_has(body, " that ") and (
        body_has(body, "react") or body_has(body, "respond") or body_has(body, "repl")
    )
    if not gate_role and not gate_react:
        return found
    statements, others = split(found)
    if gate_react:
        statements = [s for s in statements if not _reacted(s)]
    if gate_role:
        statements = _roles(doc, statements)
    return [*others, *statements]


def _reacted(s: Statement) -> bool:
    """ "X reacted to reports that C": C is the reports', not X's."""
    if s.mode != "indirect":
        return False
    text = s.evidence.text
    at = text.find(s.quote)
    if at < 8 or " that " not in text[:at]:
        return False
    return _REACTED.search(text[:at]) is not None


def _geo(words: list[str]) -> list[str]:
    return [
        _IRREGULAR.get(w.lower(), w.lower()) for w in words if w[:1].isupper() and w not in _NOT_GEO
    ]


def _same_place(a: list[str], b: list[str]) -> bool:
    return any(x[:3] == y[:3] for x in a for y in b)


class _Titled:
    """``_TITLED.finditer(body[:cut])`` for many cuts of one body, from one scan of it."""

    def __init__(self, body: str) -> None:
        self.body = body
        self._found = list(_TITLED.finditer(body))
        self._ends = [m.end() for m in self._found]

    def before(self, cut: int) -> list[re.Match[str]]:
        k = bisect_right(self._ends, cut)
        if k < len(self._found) and self._found[k].start() < cut:  # one crosses the cut
            return list(_TITLED.finditer(self.body[:cut]))
        # the pattern looks at no character past its match: a match ending by the cut is
        # the prefix's own, and the prefix has no other
        return self._found[:k]


def _candidate(titled: _Titled, cut: int, role: re.Match[str]) -> str | None:
    """The one person named before ``cut`` with a title of the role's kind (and country)."""
    what = role.group("what") or ""
    lower = what.lower()
    words = [role.group("adj") or "", role.group("adj2") or ""]
    if role.group("lead") is not None and role.group("adj") is None:
        return None  # "the leader": of what is not said
    if role.group("lead") is not None or lower in ("government", "executive"):
        kind = _LEADER
    elif "foreign" in lower or lower == "diplomacy":
        kind = _FM
    elif role.group("head") in ("President", "president", "Prime Minister") and what[:1].isupper():
        kind = _LEADER
        words.extend(what.split())
    else:  # the head of a body: titled with its name, or its known head named
        what = f"{role.group('adj2') or ''} {what}".strip()
        head = _BODY_HEADS.get(what)
        found = {_name(m) for m in titled.before(cut) if what and what in _title(m)}
        if not found and head is not None and head in titled.body[:cut]:
            m = re.search(rf"{_NAME_RE}{re.escape(head)}", titled.body[:cut])
            return m.group(0).strip() if m is not None else None
        return found.pop() if len(found) == 1 else None
    geo = _geo(words)
    names: set[str] = set()
    for m in titled.before(cut):
        title = _title(m)
        if kind.search(title) is None or (kind is _LEADER and _FM.search(title)):
            continue
        own = _geo(title.split())
        if geo and not _same_place(geo, own):
            continue
        names.add(_name(m))
    return names.pop() if len(names) == 1 else None


_NAME_RE = r"(?:[A-Z][\w'\u2019-]+[ \t]+)?"


def _title(m: re.Match[str]) -> str:
    return m.group("t") or m.group("t2") or ""


def _name(m: re.Match[str]) -> str:
    return m.group("n") or m.group("n2") or ""


def _roles(doc: Document, statements: list[Statement]) -> list[Statement]:
    """A role description of a titled person named before: read as that person."""
    out = list(statements)
    body = doc.body
    renamed: dict[str, tuple[str, int]] = {}
    index = BySentence(doc.sentences, out)
    titled: _Titled | None = None
    for k, sentence in enumerate(doc.sentences):
        text = sentence.text
        if (" of " not in text and " leader" not in text) or _SAYING.search(text) is None:
            continue
        role = _ROLE.search(text)
        if role is None:
            continue
        if titled is None:
            titled = _Titled(body)
        name = _candidate(titled, sentence.start, role)
        if name is None:
            continue
        last = name.split()[-1]
        old = index.of(k)
        if any(last in s.speaker for s in old):
            continue
        simpler = text[: role.start()] + name + text[role.end() :]
        read = _reread.statements_in(doc, sentence, simpler)
        if not read or any(last not in s.speaker for s in read):
            continue
        phrase = role.group(0).lower()
        for s in old:
            if s.speaker.lower() in phrase and s.speaker not in renamed:
                renamed[s.speaker] = (read[0].speaker, sentence.start)
        out = outside(out, sentence) + read
        index = BySentence(doc.sentences, out)
    if renamed:  # "He added ..." after the description: the reader's carried speaker
        out = [_renamed(s, renamed) for s in out]
    out.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return out


def _renamed(s: Statement, renamed: dict[str, tuple[str, int]]) -> Statement:
    """``s`` with the name its description stood for, from that sentence on."""
    name, start = renamed.get(s.speaker, ("", -1))
    return replace(s, speaker=name) if name and s.evidence.start >= start else s

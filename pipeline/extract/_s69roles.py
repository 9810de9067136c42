"""Speakers named by another person's office, round 69 (helper h_fix_s69,
``dev_statements95``): two phrasings where the reader gave a statement to the wrong person.

Each reading is a mechanism, not a sentence:

- "C, emphasized / said Putin's spokesman, NAME" (or "NAME's spokeswoman, NAME"): the
  statement is the spokesman's, not the principal's; the reader read the possessive as the
  speaker when C holds a quotation. The statement keeps its quote and takes the spokesman's
  name (through the document's speaker table);
- "The Spanish leader / Greek premier said C" after "Prime Minister NAME" with no country in
  the title: when exactly one head of government or state was named before with a title and
  none with a country, the description is that person. The sentence is read again through
  the whole extractor with the name put for the description (bounded, never nested:
  :mod:`pipeline.extract._reread`), as round 67 does for a title that names the country.

Each reading starts with a literal test of the body. Runs in
:mod:`pipeline.extract._latepasses`, before :mod:`pipeline.extract._s69post`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _reread
from pipeline.extract._bodylits import body_has
from pipeline.extract._found import split
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_NAME = r"[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,3}"
_AIDE = re.compile(
    r"\b(?P<poss>[A-Z][\w-]+)['\u2019]s[ \t]+(?:press[ \t]+)?spokes(?:man|woman|person),?"
    rf"[ \t]+(?P<name>{_NAME})"
)
_ROLE = re.compile(
    r"\b[Tt]he[ \t]+(?P<adj>[A-Z][a-z]+)[ \t]+(?:leader|premier|prime[ \t]+minister|president|"
    r"head[ \t]+of[ \t]+government)\b(?![ \t]+(?:of\b|[A-Z]))"
)
_TITLED = re.compile(
    r"(?P<before>\b[A-Z][a-z]+[ \t]+)?(?:Prime[ \t]+Minister|President|Chancellor|Premier)"
    rf"[ \t]+(?P<name>{_NAME})"
)
_SAYING = re.compile(
    r"\b(?:said|says|told|stated|added|announced|warned|stressed|noted|emphasi[sz]ed|insisted|"
    r"declared)\b|\b[Aa]ccording[ \t]+to\b"
)
_NOT_COUNTRY = frozenset({"The", "A", "An", "Then", "Former", "Acting", "Interim", "Deputy"})


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    aide = body_has(body, "spokes") and (body_has(body, "'s") or body_has(body, "\u2019s"))
    role = not _reread.nested() and (
        body_has(body, "Prime Minister ") or body_has(body, "President ")
    )
    if not aide and not role:
        return found
    statements, others = split(found)
    if aide:
        statements = [_aide(s, speakers) for s in statements]
    if role:
        statements = _roles(doc, speakers, statements)
    return [*others, *statements]


def _aide(s: Statement, speakers: Speakers) -> Statement:
    """ "C, said Putin's spokesman, NAME": the spokesman's statement."""
    text = s.evidence.text
    if "spokes" not in text:
        return s
    m = _AIDE.search(text)
    if m is None:
        return s
    principal = speakers.canonical(m.group("poss"))
    if s.speaker != principal and s.speaker.split()[-1] != m.group("poss"):
        return s
    at = text.find(s.quote)
    if at < 0 or m.start() < at + len(s.quote) - 1:  # the credit follows what was said
        return s
    return replace(s, speaker=speakers.canonical(m.group("name")))


def _roles(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """ "The Spanish leader said C" after one titled leader without a country (a description
    the speaker table resolves, "the Ukrainian president", is left to the table)."""
    out = statements
    body = doc.body
    for sentence in doc.sentences:
        text = sentence.text
        if " the " not in text.lower() and not text.startswith("The "):
            continue
        m = _ROLE.search(text)
        if m is None or _SAYING.search(text) is None:
            continue
        plain = " ".join(m.group(0).split()[1:]).lower()
        if speakers.canonical(m.group(0)).lower() != plain:
            continue
        named = set()
        for t in _TITLED.finditer(body[: sentence.start]):
            before = (t.group("before") or "").strip()
            if before and before not in _NOT_COUNTRY:
                return out  # a title with a country: round 67's reading
            named.add(t.group("name"))
        if len(named) != 1:
            continue
        name = named.pop()
        last = name.split()[-1]
        old = [s for s in out if sentence.start <= s.evidence.start < sentence.end]
        if any(last in s.speaker or s.speaker.lower() != plain for s in old):
            continue
        read = _reread.statements_in(doc, sentence, text[: m.start()] + name + text[m.end() :])
        if not read or any(last not in s.speaker for s in read):
            continue
        out = [s for s in out if s not in old] + read
        out.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return out

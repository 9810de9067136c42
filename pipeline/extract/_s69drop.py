"""Statements read from words that are no statement, round 69 (helper h_fix_s69, real12 and
real13 families, ``dev_statements95`` dst95-031..038): four phrasings where the reader read a
name, a credit or an opening phrase as what was said, or kept a description around an
agency's name.

Each reading is a mechanism, not a sentence:

- a platform or app named in quotation marks ("in a post on its platform "X"", "on the
  messaging app "Telegram"") is no partial quote: the statement that follows is;
- "the local NAME news agency" is the agency's own name, as "the official SANA news agency"
  already is (:mod:`pipeline.extract._s30bodies`);
- "He wrote about this on his Telegram channel, OUTLET reports" credits where something was
  said, not what: no statement of the outlet;
- "Rejecting / Denying ..., X said, “Q”": the participial opener before the attribution is
  no indirect statement; the quotation after it is X's.

Each reading starts with a literal test of the body; nothing is read twice. Runs in
:mod:`pipeline.extract._latepasses` with :mod:`pipeline.extract._s69post`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import split
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_PLATFORM = re.compile(
    r"\b(?:platform|network|channel|account|app|messenger|website|service|page)[ \t]*$"
)
_QUOTE_OPEN = ('"', "\u201c", "\u201e", "\u00ab")
_LOCAL = re.compile(
    r"^(?:local|regional|private|independent)[ \t]+(?P<n>[A-Z][\w'\u2019-]*)[ \t]+news[ \t]+agency$"
)
_ABOUT = re.compile(
    r"^(?:[A-Z][a-z]+[ \t]+){0,3}?(?:wrote|spoke|said|posted|reported|talked|told)[ \t]+"
    r"(?:about|of|on)[ \t]+(?:this|it|that|the[ \t]+matter)\b(?:[ \t]+(?:on|in|at)[ \t]+[^,.]*)?$"
)
_OPENER = re.compile(r"^[A-Z][a-z]+ing\b[^,\"\u201c\u201d]*$")


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    gates = (
        any(body_has(body, q) for q in _QUOTE_OPEN),
        body_has(body, " news agency"),
        body_has(body, " about "),
        body_has(body, "ing "),
    )
    if not any(gates):
        return found
    statements, others = split(found)
    out: list[Statement] = []
    changed = False
    for s in statements:
        new = _read(s, speakers, gates)
        changed = changed or new is not s
        if new is not None:
            out.append(new)
    return [*others, *out] if changed else found


def _read(s: Statement, speakers: Speakers, gates: tuple[bool, ...]) -> Statement | None:
    """``s`` as read here: itself, renamed, or None when it is no statement."""
    quoted, agency, about, opener = gates
    if quoted and s.mode == "partial" and _platform(s):
        return None
    if agency and s.speaker.endswith("news agency"):
        m = _LOCAL.match(s.speaker)
        if m is not None:
            return replace(s, speaker=speakers.canonical(m.group("n")))
    if s.mode != "indirect":
        return s
    if about and " about " in s.quote and _ABOUT.match(_subjectless(s.quote)) is not None:
        return None
    if opener and s.quote[:1].isupper() and _opener(s):
        return None
    return s


def _platform(s: Statement) -> bool:
    """A short capitalized quote right after "platform / app / channel"."""
    quote = s.quote.strip()
    if len(quote) > 20 or not quote[:1].isupper() or len(quote.split()) > 2:
        return False
    text = s.evidence.text
    at = text.find(quote)
    if at < 2 or text[at - 1] not in '"\u201c\u201e\u00ab':
        return False
    return _PLATFORM.search(text[: at - 1]) is not None


def _subjectless(quote: str) -> str:
    words = quote.split(maxsplit=1)
    if len(words) == 2 and words[0] in ("He", "She", "They", "It", "We"):
        return words[0] + " " + words[1]
    return quote


def _opener(s: Statement) -> bool:
    """ "Rejecting reports, X said, “Q”": the opener is not what X said."""
    if _OPENER.match(s.quote) is None:
        return False
    text = s.evidence.text
    end = text.find(s.quote) + len(s.quote)
    rest = text[end:]
    return rest.startswith(",") and any(q in rest for q in _QUOTE_OPEN)

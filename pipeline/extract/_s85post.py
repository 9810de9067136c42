"""Round 85's statement drops (helper h_fix_s85, ``dev_statements111``), applied last in
:mod:`pipeline.extract._latepasses`. Why each exists:

- a relative "that" read as a complementizer: "regretted the attack that killed five people",
  "showed the house that was damaged" gave an indirect statement whose clause has no subject
  and starts on its verb ("killed five people"). A reported clause after "that" needs a
  subject, so a subjectless clause right after "NOUN that" is the noun's relative clause, not
  speech;
- a fronted phrase read as "CLAUSE, X said": "During the visit to Warsaw, Zelensky vowed to
  hit back" gave the opening phrase as X's indirect clause. When the comma after the clause is
  followed by its subject and a verb taking "to" + infinitive ("vowed to", "threatened to"),
  the verb has its own complement and the opening phrase is not reported speech.

Both are gated on a literal (" that ", " to ") before any pattern; the pass walks the
statements once, touching only indirect ones.
"""

from __future__ import annotations

import re

from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_VERB_FIRST = re.compile(
    r"(?:(?:was|were|is|are|has|have|had)\b"
    r"|(?:hit|left|struck|led|flew|fell|[a-z]{2,}ed) (?:a|an|the|by|in|at|on|into|to|from|over"
    r"|near|his|her|its|their|more|dozens|several|some|two|three|four|five|\d))"
)
"""A clause opening on its verb (no subject); an "-ed" word only before a function word or a
number, so that a participle modifying the subject ("geolocated footage") does not count."""

_NOUN_THAT = re.compile(r"\b(?P<w>[A-Za-z][\w'’-]*) that $")
"""The word before a "that" right before the clause."""

# fmt: off
_NOT_NOUN = frozenset((
    "said", "says", "say", "stated", "states", "announced", "announces", "added", "adds", "noted",
    "notes", "reported", "reports", "claimed", "claims", "confirmed", "confirms", "wrote",
    "writes", "told", "tells", "warned", "warns", "stressed", "insisted", "explained", "argued",
    "believed", "believes", "thought", "knew", "learned", "showed", "shows", "indicated",
    "indicates", "alleged", "suggested", "clarified", "specified", "recalled", "acknowledged",
    "admitted", "denied", "estimated", "also", "then", "now", "so", "but", "and", "yet", "later",
    "earlier", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "week", "month", "year", "night", "morning", "evening", "afternoon",
    "statement",
))
# fmt: on
"""Words before "that" which make it a complementizer (verbs, adverbs, times)."""

_TO_VERB = re.compile(
    r", (?:(?:he|she|they|it|we)|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
    r" (?:also |again |later )?(?:vowed|vows|pledged|pledges|promised|promises|threatened"
    r"|threatens|refused|refuses|agreed|agrees|decided|decides|wants|wanted|plans|planned"
    r"|offered|offers|sought|seeks|tried|tries|hopes|hoped) to "
)
"""', Zelensky vowed to ...' right after the clause (the verb has its own complement)."""


def _relative(body: str, f: Statement) -> bool:
    """Whether ``f``'s clause is a relative clause ("the attack that killed ...")."""
    q = f.quote
    if not _VERB_FIRST.match(q):
        return False
    ev = f.evidence
    at = body.find(q[:40], ev.start, ev.end + 1)
    if at < 6 or body[at - 6 : at] != " that ":
        return False
    m = _NOUN_THAT.search(body, max(0, at - 40), at)
    return m is not None and m["w"].lower() not in _NOT_NOUN


def _fronted(body: str, f: Statement) -> bool:
    """Whether ``f``'s clause is followed by ", SUBJECT vowed to ..." (no verb of saying)."""
    ev = f.evidence
    at = body.find(f.quote, ev.start, ev.end + 1)
    if at < 0:
        return False
    end = at + len(f.quote)
    if " to " not in body[end : end + 60]:
        return False
    return _TO_VERB.match(body, end, end + 60) is not None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` without the two misreadings above (other findings untouched)."""
    body = doc.body
    that = " that " in body
    if not that and " to " not in body:
        return found
    out: list[Finding] = []
    for f in found:
        if (
            isinstance(f, Statement)
            and f.mode == "indirect"
            and ((that and _relative(body, f)) or _fronted(body, f))
        ):
            continue
        out.append(f)
    return out if len(out) != len(found) else found

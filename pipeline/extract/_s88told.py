"""Round 88's coordinated unnamed sources (helper h_fix_s88, ``dev_statements114``), applied
last in :mod:`pipeline.extract._latepasses` after :mod:`pipeline.extract._s88made`.

Why it exists: a closing credit whose sources are two described groups joined by "and"
("C, local officials and separatists told AFP.", "C, security and humanitarian sources
told the agency.") was left unread, while one group alone ("C, security sources told AFP.")
was read. The clause C before the credit is read here:

- the sentence closes on ", NP told OUTLET / reporters" or ", NP said / say(s)", NP of
  two to six lowercase words with one "and", the sentence holds no quotation marks and no
  statement yet;
- "A and B" with a plural noun ending A ("local officials and separatists") names two
  sources, each given C (the "A and B said" convention of ``dev_statements91``); an
  adjective before "and" ("security and humanitarian sources") shares B's noun: one source.

Gated on the body literal " and ", then per sentence on the credit's literals.
"""

from __future__ import annotations

import re

from pipeline.extract._found import holding, new_statement, split
from pipeline.extract.model import Document, Finding
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_CUES = (" told ", " said.", " say.", " says.")

_CREDIT = re.compile(
    r"^(?P<clause>[A-Z][^\"“”]{20,}?), (?P<np>[a-z][a-z-]+(?: [a-z][a-z-]+){0,2} and "
    r"[a-z][a-z-]+(?: [a-z][a-z-]+){0,2}) (?:(?P<cue>told) (?:the )?(?:[A-Z][\w.-]*"
    r"(?: [A-Z][\w.-]*){0,3}|reporters|journalists|agency)|(?P<said>said|says|say))\.$"
)
"""'C, local officials and separatists told AFP.' / 'C, residents and rescuers said.'"""

_NOT_NOUN = frozenset(("this", "his", "its", "was", "has", "is", "as", "us", "yes", "thus"))


def _plural(word: str) -> bool:
    """Whether ``word`` reads as a plural noun head ("officials", "witnesses", "people")."""
    if word in ("people", "police", "staff", "residents", "militia"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "ous")) and word not in _NOT_NOUN


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the clause before a credit to two joined described sources read."""
    if " and " not in doc.body:
        return found
    held = None
    extra: list[Finding] = []
    for sent in doc.sentences:
        text = sent.text.rstrip()
        if " and " not in text or not any(c in text for c in _CUES):
            continue
        m = _CREDIT.match(text)
        if m is None:
            continue
        first, second = m["np"].split(" and ", 1)
        if not _plural(second.rsplit(" ", 1)[-1]):
            continue
        if held is None:
            held = holding(split(found)[0])
        if held(sent):
            continue
        names = [first, second] if _plural(first.rsplit(" ", 1)[-1]) else [m["np"]]
        clause = m["clause"]
        start = sent.start + (len(sent.text) - len(sent.text.lstrip()))
        for name in names:
            who = speakers.canonical(name)
            extra.append(new_statement(text, start, who, "indirect", clause, m["cue"] or m["said"]))
    return found + extra if extra else found

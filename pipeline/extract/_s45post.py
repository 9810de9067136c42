"""Who speaks and where the clause ends, in literal French/Italian copy (statement round 45).

Round 45 read the speakers and clause extents of ``dev_articles72`` (French) and
``dev_articles73`` (Italian) with ``dev_statements71``. The earlier readers chose the body of
a subject over the person set in apposition to it, stopped a clause at the comma of an
incise, or kept a reporter's circumstance in the speaker. The mechanisms corrected here:

- a person in apposition to a role ("The spokeswoman of the Foreign Ministry, NAME, has
  maintained", "Hezbollah, through the voice of its secretary general NAME, estimated",
  "«Q», has declared the spokesman of UNICEF, NAME") is the speaker, not the body, the
  country or an outlet the sentence cites (:mod:`_s45speakers`);
- "S, VERB the X, PRED" and "ADVERBIAL, VERB the X, C": the statement is the part after the
  incise when the part before it has no verb (:mod:`_s45clauses`);
- "C, VERB the ROLE NAME, adding that D": C and D are NAME's (:mod:`_s45clauses`);
- "A, after B which, according to Y, D": A is the speaker's clause, D is Y's
  (:mod:`_s45clauses`);
- a speaker carrying the reporter's circumstance ("the minister on the set of franceinfo",
  "a transporter joined by telephone") loses it, and a bare role takes the holder the
  article introduced; "the same source / command" is the source named before; "On the
  Russian side, the Ministry of Defence" is that country's body (:mod:`_s45speakers`).

Every reader starts with a literal test of its sentence or statement.
"""

from __future__ import annotations

from pipeline.extract import _s45clauses, _s45speakers
from pipeline.extract._found import split
from pipeline.extract.model import Document, Finding
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's speakers and clause extents corrected."""
    statements, others = split(found)
    statements = _s45clauses.revise(doc, speakers, statements)
    statements = _s45speakers.revise(doc, speakers, statements)
    statements = _s45clauses.twins(statements)
    return others + statements

"""A quote credited by the next sentence's passive: "“...” This was affirmed by NAME ...".

Translated German copy ("Das bekräftigte Kanzler X") names the speaker of a whole quoted
sentence in the sentence after it, with a demonstrative subject and a passive cue. Kept
apart from :mod:`pipeline.extract.statements` (at its size limit); it reads one sentence
only when the quote stands alone and the next sentence opens with "This"/"That".
:func:`ahead` lets a trailing cue introduce the quote after it ("C, said X: “...”"), and
:func:`fragment` keeps a lower-case fragment opening a reported clause inside it.
"""

from __future__ import annotations

import re

from pipeline.extract._npafter import np_after
from pipeline.extract.model import Document
from pipeline.extract.speakers import Attribution, Speakers

_BY = re.compile(
    r"(?:This|That)[ \t]+(?:was|has[ \t]+been|had[ \t]+been)[ \t]+(?:also[ \t]+)?"
    r"(?P<cue>said|stated|affirmed|reaffirmed|stressed|emphasi[sz]ed|declared|announced|explained|underlined"
    r"|underscored|written|posted|told[ \t]+reporters|circulated|reported|informed"
    r"|communicated|published|distributed|released|recalled|highlighted|reiterated"
    r"|pointed[ \t]+out)(?:[ \t]+(?:again|also|once[ \t]+more|yesterday|today|earlier"
    r"|on[ \t]+[A-Z][a-z]+day(?:[ \t]+(?:morning|afternoon|evening|night))?))?[ \t]+by(?=[ \t])"
)

_APPOSED = re.compile(
    r"(?:[ \t]+(?:of|the|[a-z][\w'’-]*)){0,4},[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)"
    r"{1,2})(?=,|\.|[ \t]+(?:in|on|at|during)[ \t])"
)
"""A name apposed to the role the passive names: "by the head of the clinic, NAME, in ..."."""


def credited(doc: Document, speakers: Speakers, index: int) -> tuple[str, str] | None:
    """(speaker, cue) the sentence after sentence ``index`` credits the quote to, if any."""
    if index + 1 >= len(doc.sentences):
        return None
    here, nxt = doc.sentences[index], doc.sentences[index + 1]
    text = doc.body[nxt.start : nxt.end]
    if nxt.paragraph != here.paragraph or not text.startswith(("This ", "That ")):
        return None
    m = _BY.match(text)
    np = np_after(text, m.end()) if m is not None else None
    if m is None or np is None:
        return None
    who = text[np[0] : np[1]]
    if (apposed := _APPOSED.match(text, np[1])) is not None:  # "the head of X, NAME,"
        who, np = apposed.group("name"), (apposed.start("name"), apposed.end("name"))
    named = speakers.resolve_name(who, nxt.start + np[0])
    return (named if named != who else speakers.canonical(who)), m.group("cue")


def holds(body: str, attribution: Attribution, quote_start: int, openers: frozenset[str]) -> bool:
    """Whether the attribution's clause holds the quote after the cue ("X said Russia was
    “not serious” about talks"), not "C, said the Chancellor: “...”"."""
    start = attribution.clause_start
    if not 0 <= start < quote_start or body[start] in openers:
        return False
    return not ahead(body, attribution, quote_start)


def ahead(body: str, attribution: Attribution, quote_start: int) -> bool:
    """Whether a trailing cue's clause ends before its verb and a colon opens the quote
    ("C, said the Chancellor: “...”"), so the quote is the cue's own, not its clause's."""
    if attribution.form != "trailing" or attribution.clause_end > attribution.cue_start:
        return False
    return body[attribution.cue_end : quote_start].rstrip().endswith(":")


def fragment(text: str, end: int, clause_end: int) -> bool:
    """Whether a quote is a lower-case fragment the reported clause goes on after ("said
    “a small number” of missiles had hit ..."): part of the indirect statement."""
    return text[:1].islower() and end < clause_end - 1

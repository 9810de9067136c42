"""Round 75's statement readings (helper h_fix_s75: what was left of the real19 and real17
statements, ``dev_statements101``), applied last in :mod:`pipeline.extract._latepasses`:

- a paragraph whose attribution ends it with no full stop ("C, NAME has said" / '"Q," it
  said' then a line break) is read again with the stop put back (one bounded re-reading
  through :mod:`pipeline.extract._reread`, the reader's own naming kept);
- "C by Israel Lebanese media said on DAY." -- a national or state media credit with no
  comma before it;
- "S - the rebels claim C" -- "the rebels" being the group named before;
- "Defense experts / Military observers speculate (that) C" -- a described body of experts;
- "According to the IDF, C" read as a longer name that merely opens with the acronym ("IDF
  Aerial Defense Array", met inside a quotation) is the body the acronym stands for.

Each reading is gated on a literal of the sentence (the last character, " media ", "rebels
claim", "speculat") before any pattern; sentences already holding a statement are left alone
(a set of sentence starts, not a scan over the findings).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _reread
from pipeline.extract._bodylits import body_has
from pipeline.extract._found import holding, new_statement, split
from pipeline.extract._holders import _group_before
from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_UNSTOPPED = (" said", " has said", " wrote", " reported", " added", " noted", " stated")
"""Attribution verbs a paragraph may end on when the copy drops its full stop."""

_MEDIA = re.compile(
    r"^(?P<q>[A-Z][^,;:\"“”]{15,}?[A-Za-z0-9]) (?P<sp>[A-Z][a-z]+(?:ese|ian|an|i|ish|ch)"
    r"(?: state)? media) (?:said|reported)(?: on [A-Z][a-z]+day)?\.?\s*$"
)
"""'C by Israel Lebanese media said on Tuesday.': the credit with no comma before it."""

_REBELS = re.compile(
    r"\s[-–—;]\s+the rebels claim(?:ed|s)?\s+(?:that\s+)?(?!responsibility\b)"
    r"(?P<q>[a-z][^.;]{8,}?)\.?\s*$"
)
"""'S - the rebels claim C.' (a clause, not "claim responsibility")."""

_SPECULATE = re.compile(
    r"(?:^|[,;]\s)(?P<sp>(?!(?:Some|Many|Several|Most|The|These|Those|Other)\b)[A-Z][a-z]+ "
    r"(?:experts|analysts|observers))\s+speculat(?:e|es|ed)\s+(?:that\s+)?"
    r"(?!about\b|on\b|over\b|whether\b|why\b|how\b)(?P<q>[a-z][^.;]{8,}?)\.?\s*$"
)
"""'Defense experts speculate (that) C.'"""


def _unstopped(sentence: Sentence) -> bool:
    """True when the sentence ends its paragraph on a verb of saying with no stop."""
    text = sentence.text.rstrip()
    return bool(text) and text[-1].isalpha() and text.endswith(_UNSTOPPED)


def _paragraph(doc: Document, index: int) -> Sentence:
    """The sentences of sentence ``index``'s paragraph up to it, as one sentence."""
    sentences = doc.sentences
    last = sentences[index]
    first = index
    while first > 0 and sentences[first - 1].paragraph == last.paragraph:
        first -= 1
    start = sentences[first].start
    return Sentence(start, last.end, doc.body[start : last.end], last.paragraph)


def _reread_unstopped(doc: Document, index: int, quotes: set[str]) -> list[Statement]:
    """The statements of an unstopped paragraph once its full stop is put back."""
    span = _paragraph(doc, index)
    stripped = span.text.rstrip()
    text = stripped + "." + span.text[len(stripped) :]
    later = doc.body[span.end :]
    return [
        s
        for s in _reread.statements_in(doc, span, text)
        if s.quote not in quotes and not _restated(s.quote, later)
    ]


_COUNT = re.compile(r"\b\d[\d,.]* [a-z]+", re.IGNORECASE)
"""A figure and its noun ("31 Palestinians")."""


def _restated(quote: str, later: str) -> bool:
    """True when the quote's figures all come again below: a headline's toll restated in the
    body is no statement of its own (the conventions' restated headline)."""
    counts = _COUNT.findall(quote) if any(c.isdigit() for c in quote) else []
    return bool(counts) and all(c in later for c in counts)


_DEFINED = re.compile(r"(?:[Tt]he )?((?:[A-Z][\w'-]* ){1,5})\(([A-Z]{2,6})\)")
"""A body named in full with its acronym after it: "The Israel Defense Forces (IDF)"."""


def _acronym(body: str, s: Statement) -> str | None:
    """The body an acronym credit stands for when the speaker only opens with it."""
    head, _, rest = s.speaker.partition(" ")
    if not rest or not head.isupper() or len(head) < 2 or s.speaker in s.evidence.text:
        return None
    credit = f"ccording to the {head}"
    at = s.evidence.text.find(credit) + len(credit)
    if at < len(credit) or s.evidence.text[at : at + 1] not in (",", "."):
        return None  # "the EU and ..., according to the Commission": not the credit
    for m in _DEFINED.finditer(body, 0, s.evidence.start):
        if m[2] == head:
            return m[1].strip()
    return head


def _own(sentence: Sentence, speaker: str, quote: str, cue: str) -> Statement:
    return new_statement(sentence.text, sentence.start, speaker, "indirect", quote, cue)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    media = body_has(body, " media ")
    rebels = body_has(body, "rebels claim")
    speculate = body_has(body, "speculat")
    sentences = doc.sentences
    unstopped = [
        i
        for i, s in enumerate(sentences)
        if i + 1 < len(sentences) and sentences[i + 1].paragraph != s.paragraph and _unstopped(s)
    ]
    acronyms = body_has(body, "ccording to the ")
    if not (media or rebels or speculate or unstopped or acronyms):
        return found
    statements, others = split(found)
    held = holding(statements)
    quotes = {s.quote for s in statements}
    added: list[Statement] = []
    changed = False
    if unstopped and not _reread.nested():
        for i in unstopped:
            if not held(sentences[i]) and _reread.left() > 0:
                added.extend(_reread_unstopped(doc, i, quotes))
    if media or rebels or speculate:
        for sentence in sentences:
            text = sentence.text
            if media and " media " in text and not held(sentence):
                m = _MEDIA.match(text)
                if m is not None:
                    added.append(
                        _own(sentence, m["sp"], m["q"], text[m.end("sp") + 1 :].split()[0])
                    )
                    continue
            if rebels and "rebels claim" in text and not held(sentence):
                m = _REBELS.search(text)
                group = _group_before(body, sentence.start + m.start()) if m else None
                if m is not None and group is not None:
                    name = speakers.named(group, sentence.start) or group
                    added.append(_own(sentence, name, m["q"], "claim"))
                    continue
            if speculate and "speculat" in text and not held(sentence):
                m = _SPECULATE.search(text)
                if m is not None:
                    added.append(_own(sentence, m["sp"], m["q"], "speculate"))
    for i, s in enumerate(statements if acronyms else ()):
        if s.speaker[:2].isupper() and " " in s.speaker and (full := _acronym(body, s)):
            statements[i] = replace(s, speaker=full)
            changed = True
    if not added and not changed:
        return found
    return others + sorted(statements + added, key=lambda s: (s.evidence.start, s.evidence.end))

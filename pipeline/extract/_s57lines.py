"""Source lines of real Ukrainian agency copy, and caption words read as speakers (round 57).

- Ukrainska Pravda's source block: "Source: NAME, TITLE, on Telegram Quote: “Q”" (the words
  "Source:" and "Quote:" are the page's labels, run into one line when the page is copied)
  is NAME's direct quote; the reader took "Telegram Quote" or the title for the speaker;
- "NAME, TITLE, reported this on Telegram, OUTLET reported." says nothing itself (no
  statement of the outlet's) and names the speaker of the quote after it ("“Q,” the
  statement reads."), which the reader gave the outlet;
- a photo-caption word read as a speaker ("Illustration", "Photo") stands where the page's
  caption broke into the text: the statement is the previous speaker's (the caption sat
  between the attribution and "According to him, C"; a plural common noun, "Ukrainian
  authorities", is no "him"); a credit glued before a name
  ("AP/FILE Hezbollah") is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["captions", "reported_this", "source_quote"]

_SOURCE = re.compile(
    r"\bSource:[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})\b[^\n]{0,160}?"
    r"\bQuote:[ \t]*[“\"]"
)
_REPORTED_THIS = re.compile(
    r"^(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),[ \t]+(?:the[ \t]+)?[a-zA-Z][^,]{3,120},"
    r"[ \t]+(?:reported|announced|stated|wrote|said)[ \t]+(?:this|it)\b[^,]{0,40},?[ \t]+"
    r"(?P<o>[A-Z][\w.-]+(?:[ \t]+[A-Z][\w.-]+)?)[ \t]+(?:reported|reports|writes)\.?$"
)
_STATEMENT_READS = re.compile(
    r"[”\"],?[ \t]+the[ \t]+(?:statement|message|post|report)[ \t]+(?:reads|read|said|says)\b"
)
_CAPTION_WORDS = frozenset({"Illustration", "Photo", "Photograph", "Video", "Advertisement"})
_CREDIT = re.compile(r"^[A-Z]{2,}/[A-Z]{2,}[ \t]+(?P<n>\S.*)$")


def source_quote(speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """ "Source: NAME, ... Quote: “Q”": NAME's direct quote."""
    out = []
    for s in kept:
        m = _SOURCE.search(s.evidence.text) if "Quote:" in s.evidence.text else None
        if m is None or s.quote not in s.evidence.text[m.end() - 1 :]:
            out.append(s)
            continue
        out.append(replace(s, speaker=speakers.canonical(m.group("n")), mode="direct"))
    return out


def reported_this(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """ "NAME, TITLE, reported this ..., OUTLET reported." then "“Q,” the statement reads"."""
    lines = []
    for sentence in doc.sentences:
        text = sentence.text.strip()
        m = _REPORTED_THIS.match(text) if " this" in text or " it " in text else None
        if m is not None:
            start = sentence.start + sentence.text.find(text)
            lines.append((start, start + len(text), speakers.canonical(m.group("n"))))
    if not lines:
        return kept
    out = []
    for s in kept:
        if any(a <= s.evidence.start < b for a, b, _ in lines):
            continue
        near = [(b, n) for _, b, n in lines if 0 <= s.evidence.start - b < 400]
        if near and s.mode == "direct" and _STATEMENT_READS.search(s.evidence.text):
            out.append(replace(s, speaker=max(near)[1]))
        else:
            out.append(s)
    return out


def captions(kept: list[Statement]) -> list[Statement]:
    """Caption words as speakers: the previous speaker's; "AP/FILE X" is X."""
    out: list[Statement] = []
    for s in kept:
        credit = _CREDIT.match(s.speaker)
        if credit is not None:
            out.append(replace(s, speaker=credit.group("n")))
            continue
        if s.speaker not in _CAPTION_WORDS:
            out.append(s)
            continue
        before = [
            o
            for o in out
            if o.mode != "partial"
            and o.speaker not in _CAPTION_WORDS
            and not (o.speaker.split()[-1].islower() and o.speaker.endswith("s"))
        ]
        if before and s.evidence.start - before[-1].evidence.end < 1200:
            out.append(replace(s, speaker=before[-1].speaker))
    return out

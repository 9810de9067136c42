"""A release headed "Statement by TITLE NAME" (round 59, after :mod:`_s59post`'s readings).

UN agencies publish statements as a heading ("New York — Statement by UNICEF Executive
Director NAME", "AGENCY - Statement by TITLE NAME on the attacks in PLACE") over quoted
paragraphs with no cue at all: each paragraph opens with a quotation mark and only the last
one closes it (the typographic convention for a quote running over paragraphs). Each such
paragraph is NAME's direct quote; no reader took them, having no cue to read.
"""

from __future__ import annotations

import re

from pipeline.extract._found import new_statement
from pipeline.extract._lexicon import words
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["released"]

_HEADING = re.compile(
    r"\bStatement[ \t]+by[ \t]+(?P<t>[^\n]{0,120}?)(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*)"
    r"(?=[ \t]+(?:on|to|about|regarding)\b|[ \t]*(?:\n|$))"
)
_TITLES = words(
    "UN UNICEF WFP WHO UNHCR OCHA ICRC Executive Director Director-General Secretary-General "
    "Secretary General "
    "Commissioner High President Minister Chief Head Coordinator Representative Special Envoy "
    "Chair Deputy Prime Under-Secretary-General Humanitarian Emergency Relief Refugees Human "
    "Rights Affairs Foreign Regional Resident Spokesperson Spokesman"
)
_PARAGRAPH = re.compile(r"(?m)^[ \t]*(?P<o>[\"“])(?P<q>[^\n]+?)[ \t]*$")
_CLOSES = '"”'


def released(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """NAME's direct quotes, one per quoted paragraph under a "Statement by ... NAME" head."""
    body = doc.body
    head = _HEADING.search(body, 0, 400)
    if head is None:
        return []
    words = head.group("n").split()
    while words and words[0] in _TITLES:
        words = words[1:]
    if not 2 <= len(words) <= 3:
        return []
    speaker = speakers.canonical(" ".join(words))
    taken = [(s.evidence.start, s.evidence.end) for s in kept]
    out: list[Statement] = []
    pos = body.find("\n", head.end())
    while pos >= 0:
        while pos < len(body) and body[pos] in "\n \t":
            pos += 1
        m = _PARAGRAPH.match(body, pos)
        if m is None:
            if out or pos >= len(body) or "provides a statement" not in body[pos : pos + 300]:
                break
            pos = body.find("\n", pos)  # "NAME, TITLE, provides a statement on ..."
            continue
        quote = m.group("q")
        start, end = m.start("q"), m.end("q")
        if any(a < end and start < b for a, b in taken):
            break  # a reader took it: a cue is there
        if quote[-1:] in _CLOSES:
            quote = quote[:-1]
        if len(quote) > 10:
            out.append(new_statement(quote, start, speaker, "direct", quote, "statement"))
        if m.group("q")[-1:] in _CLOSES:
            break
        pos = body.find("\n", m.end())
    return out

"""Round h_gen_s109: "Asked if/whether Q, NAME told reporters (that) C" read as NAME's C.

Why it exists: a sentence opening with a question put to the speaker ("Asked if there was a
contradiction between the attack and Moscow's stated wish for talks, Kremlin spokesman NAME
told reporters that C") was read with a name inside the question as speaker and the whole
tail, frame included, as the clause. The labels give the person after the comma and only C.

The pass takes the sentences opening "Asked " (a literal test before the regex), reads the
speaker noun phrase after the question's last comma and before the cue, and replaces a
statement on that sentence whose clause still carries the cue (the misread frame) with the
speaker's own statement. Hooked last in :mod:`pipeline.extract._latepasses`.
"""

from __future__ import annotations

import re

from pipeline.extract._found import new_statement
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_ASKED = re.compile(
    r"^Asked (?:if|whether|about|why|how|what|when)\b[^“”\"]*, "
    r"(?P<sp>(?:[A-Z][\w'’.-]*|spokes(?:man|woman|person))"
    r"(?: (?:[A-Z][\w'’.-]*|spokes(?:man|woman|person))){0,5}) "
    r"(?P<cue>told (?:reporters|journalists|a news conference|a briefing)|said|replied|responded)"
    r"(?: that)? (?P<c>[^“”\"]{12,}?)\.?$"
)


def _stale(f: Finding, lo: int, hi: int, frame: str) -> bool:
    """A statement on the sentence [lo, hi) whose clause still carries the frame."""
    return (
        isinstance(f, Statement)
        and f.evidence.start < hi
        and f.evidence.end > lo
        and frame in f.quote
    )


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Replace a misread "Asked if Q, NAME told reporters that C" with NAME's C."""
    if "Asked " not in doc.body:
        return found
    out = found
    for sentence in doc.sentences:
        text = sentence.text
        if not text.startswith("Asked "):
            continue
        m = _ASKED.match(text)
        if m is None:
            continue
        frame = f"{m.group('sp')} {m.group('cue')}"
        lo, hi = sentence.start, sentence.end

        if not any(_stale(f, lo, hi, frame) for f in out):
            continue
        speaker = speakers.canonical(m.group("sp"))
        out = [f for f in out if not _stale(f, lo, hi, frame)]
        out.append(new_statement(text, lo, speaker, "indirect", m.group("c"), m.group("cue")))
    return out

"""A poll's finding as its institute's statement: "A poll by X published on Friday found
that 62% of Ukrainians ...".

The labelling conventions treat what a named survey "found" or "showed" as an indirect
statement by the institute that ran it. "found" is no speech verb elsewhere ("Rescuers
found two bodies"), so the cue is this whole shape only: a sentence that opens with a
poll, survey or study by a capitalised name and continues with "found/showed that".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract._bodylits import body_has
from pipeline.extract._names import UPPER
from pipeline.extract.model import Document, Evidence, Finding, Statement

if TYPE_CHECKING:
    from pipeline.extract.speakers import Speakers

_POLL = re.compile(
    r"(?:An?|The)[ \t]+(?:[\w-]+[ \t]+)?(?:poll|survey|study)[ \t]+(?:by|from|of)[ \t]+"
    rf"(?:the[ \t]+)?(?P<x>[{UPPER}][\w.'’-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?"
    rf"[{UPPER}][\w.'’-]*){{0,6}})"
    r"(?:[ \t]+\([A-Z]{2,8}\))?"
    r"(?:,?[ \t]+(?:published|released|conducted|issued)(?:[ \t]+[\w-]+){1,4}?)?,?"
    r"[ \t]+(?:found|showed)[ \t]+that[ \t]+"
)
"""The opening of a sentence reporting a named poll's finding."""


def gate(body: str) -> bool:
    """Cheap test: the body may hold a poll's finding."""
    return body_has(body, " found that ") or body_has(body, " showed that ")


def finding(text: str) -> tuple[str, int, int, int] | None:
    """(institute, its start, clause start, clause end) in sentence ``text``, or None."""
    m = _POLL.match(text)
    if m is None:
        return None
    end = len(text.rstrip())
    while end > m.end() and text[end - 1] in ".!?":
        end -= 1
    if len(text[m.end() : end].split()) < 3:
        return None
    return m.group("x"), m.start("x"), m.end(), end


def polled(doc: Document, speakers: Speakers, taken: set[int]) -> list[Finding]:
    """ "A poll by X ... found that C": C, by X (sentences with no statement yet)."""
    out: list[Finding] = []
    for sentence in doc.sentences:
        if sentence.start in taken or " that " not in sentence.text:
            continue
        hit = finding(sentence.text)
        if hit is None:
            continue
        name, at, c_start, c_end = hit
        resolved = speakers.resolve_name(name, sentence.start + at)
        out.append(
            Statement(
                evidence=Evidence(sentence.text, sentence.start, sentence.end),
                confidence=0.75,
                speaker=resolved,
                mode="indirect",
                quote=sentence.text[c_start:c_end],
                cue="found",
            )
        )
    return out

"""Round h_gen_s105: an unnamed group's place kept in its name ("Prosecutors in Kharkiv
region said", "Local authorities in Izmail reported").

Why it exists: the conventions keep an unnamed group's description ("Unnamed groups keep
their description"), and 55 of 57 labels in the sets keep a place the subject itself carries
("officials in Nasser Hospital", "Resistance Committees in El Fasher", "medics at al-Awda
Hospital"; tests/data/README.md, twenty-fifth session), but the speaker chunker stopped at
"in"/"at", so the statement went to the bare group ("Prosecutors", "Local authorities"). This
pass, hooked last in :mod:`pipeline.extract._latepasses`, gives a statement the place when
its speaker, as written in its sentence, is followed by "in/at PLACE" and then directly by a
verb of saying. Only lower-case group nouns qualify (a named body or a person never takes a
place this way), so "the Israeli military in Gaza" style bodies keep their table form.

A later statement by the same group in other words ("They said ...") takes the same place.

Gated on the literal " in " / " at " in the sentence; one bisect per statement.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract.model import Document, Finding, Statement

__all__ = ["revise"]

_GROUP = re.compile(
    r"^(?:[A-Za-z-]+ ){0,2}(?:prosecutors|police|authorities|officials|medics|doctors|rescuers"
    r"|residents|committees|sources|workers)$",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"^ (?P<place>(?:in|at) (?:al-)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
    r"(?: (?:region|oblast|province|district|city|Hospital|hospital))?)"
    r"(?: on (?:Telegram|[A-Z][a-z]+day)| on the Telegram messaging app)?,?"
    r" (?:said|says|reported|reports|told|wrote|stated|added)\b"
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with a group's place added to its speaker (module docstring)."""
    sentences = doc.sentences
    if not sentences:
        return found
    starts: list[int] | None = None
    out: list[Finding] | None = None
    placed: dict[str, str] = {}  # group -> group with its place, for later "they said"
    for i, f in enumerate(found):
        if not isinstance(f, Statement) or not f.speaker or not _GROUP.match(f.speaker):
            continue
        if starts is None:
            starts = [s.start for s in sentences]
        k = bisect_right(starts, f.evidence.start) - 1
        if k < 0:
            continue
        text = sentences[k].text
        at = text.lower().find(f.speaker.lower())
        m = None
        if at >= 0 and (" in " in text or " at " in text):
            m = _PLACE.match(text[at + len(f.speaker) :])
        if m is None:
            new = placed.get(f.speaker)
            if new is None:
                continue
        else:
            new = f"{f.speaker} {m.group('place')}"
            placed[f.speaker] = new
        if out is None:
            out = list(found)
        out[i] = replace(f, speaker=new)
    return found if out is None else out

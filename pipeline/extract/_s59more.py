"""Boundary and naming readings of round 59 (after :mod:`_s59post`'s headline readings).

- a fronted topic before the cue ("Regarding Israeli claims that C, NAME said, “Q”",
  "Responding to reports that C, NAME said, “Q”") is no statement: the sentence is NAME's
  direct quote Q; the reader took "claims that C" for a cue and the topic for a speaker;
- an inverted cue followed by the speaker's apposition ("C, said NAME, head of the Odesa
  Regional Military Administration.") is NAME's clause C, not the apposition;
- "C, NAME was cited / quoted as saying by OUTLET ..., adding that D": C is NAME's
  statement; the reader kept only "adding that D" (with its "adding that");
- "the mayor of Kharkov" when the article named "Kharkiv Mayor NAME" is NAME: the place
  spelt another way (Russian or older transliteration) is the same city.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import new_statement
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["apposed", "cited_as_saying", "fronted_topic", "place_holder"]

_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
_FRONTED = re.compile(
    r"^(?:Regarding|Concerning|Referring[ \t]+to|Commenting[ \t]+on|Responding[ \t]+to|In[ \t]+"
    r"response[ \t]+to)[ \t]+[^,“”\"]{3,160}?,[ \t]+(?P<n>" + _NAME + r")[ \t]+(?:said|added"
    r"|stressed|noted|replied|told[ \t]+[^,“”\"]{2,30}?),?[ \t]*[“\"]"
)
_APPOSED = re.compile(
    r"^(?P<c>[^“”\"]{8,}?),[ \t]+said[ \t]+(?P<n>" + _NAME + r"),[ \t]+(?P<a>[^,“”\"]{4,}?)\.?$"
)
_CITED = re.compile(
    r"^(?P<c>[^“”\"]{10,}?),[ \t]+[^,“”\"]{3,80}?[ \t]+was[ \t]+(?:cited|quoted)[ \t]+as[ \t]+"
    r"saying\b"
)
_CLOSE = re.compile(r"[”\"]|\n")
_MAYOR_OF = re.compile(r"^(?P<p>[A-Z][a-z]{3,})[ \t]+mayor$")


def fronted_topic(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """A fronted "Regarding ... that C," topic: the sentence is NAME's direct quote."""
    out: list[Statement] = []
    quoted: dict[int, tuple[str, int, int]] = {}  # sentence -> (speaker, quote start, end)
    for s in kept:
        i = sentence_of(doc, s.evidence.start)
        sentence = doc.sentences[i] if i >= 0 else None
        text = sentence.text.lstrip() if sentence is not None else ""
        m = _FRONTED.match(text) if text[:1] in "RCI" else None
        if m is None or sentence is None:
            out.append(s)
            continue
        opening = sentence.start + len(sentence.text) - len(text) + m.end()
        close = _CLOSE.search(doc.body, opening)
        if close is None:
            out.append(s)
            continue
        quoted[i] = (speakers.canonical(m.group("n")), opening, close.start())
        if doc.body.startswith(s.quote, opening):
            out.append(replace(s, speaker=quoted[i][0], mode="direct"))
            quoted[i] = ("", 0, 0)  # taken
    for speaker, start, end in quoted.values():
        if speaker and end > start:
            q = doc.body[start:end]
            out.append(new_statement(q, start, speaker, "direct", q, "said"))
    return out


def apposed(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "C, said NAME, APPOSITION.": NAME's clause C, not the apposition."""
    out: list[Statement] = []
    for s in kept:
        if s.mode == "indirect" and ", said " in s.evidence.text:
            m = _APPOSED.match(s.evidence.text.strip())
            if m is not None and s.quote.strip() == m.group("a").strip():
                s = replace(s, quote=m.group("c"))
        out.append(s)
    return out


def cited_as_saying(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "C, NAME was cited as saying by ..., adding that D": C, not "adding that D"."""
    out: list[Statement] = []
    for s in kept:
        if s.quote.startswith("adding that "):
            i = sentence_of(doc, s.evidence.start)
            text = doc.sentences[i].text.lstrip() if i >= 0 else ""
            m = _CITED.match(text) if " as saying" in text else None
            if m is not None:
                s = replace(s, quote=m.group("c"))
        out.append(s)
    return out


def place_holder(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """ "PLACE mayor" when the article named "PLACE' Mayor NAME" (PLACE' spelt otherwise)."""
    holders: dict[str, str] = {}
    out: list[Statement] = []
    for s in kept:
        m = _MAYOR_OF.match(s.speaker) if s.speaker.endswith(" mayor") else None
        if m is not None:
            place = m.group("p")
            if place not in holders:
                named = re.search(
                    r"\b" + re.escape(place[:4]) + r"[a-z]*[ \t]+[Mm]ayor[ \t]+(" + _NAME + r")",
                    doc.body,
                )
                holders[place] = speakers.canonical(named.group(1)) if named else ""
            if holders[place]:
                s = replace(s, speaker=holders[place])
        out.append(s)
    return out

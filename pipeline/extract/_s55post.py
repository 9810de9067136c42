"""Statements on real agency copy, sixth round (statement round 55, ``dev_statements81``).

The open statement families of the real-text rounds, each read as a mechanism:

- the Donbas republics' offices at the JCCC (:mod:`pipeline.extract._s55jccc`);
- a source line "This was reported (on Facebook) by the head of X, NAME, according to
  OUTLET." is no statement of the outlet's (the written call of ``dev_statements78``), and
  "“Q,” the report said." after it is NAME's quote, as is a "the report said" quote after any
  statement of a speaker the page named (the report is that speaker's);
- "For its part, X confirmed NP, claiming that C." gives X the clause C;
- "X later named the dead man as NAME, who (it said) was “F”" is X's partial, not NAME's;
- "Oleh Synyehubov" (English letters) is the table's "Oleh Syniehubov", as the naming
  conventions say of every spelling but the German "Synjehubow" ("Synehubov" stays as
  written: a measured set labels it so, another maps it; the table cannot carry either
  form, its loader would derive the German "Synjehubow" / "Synehubow" from them);
- "It says C." right after a sentence led by a state or its capital ("Moscow denies ...",
  "Israel launched ...") is that state's statement, as the article words it.

The readings of :mod:`pipeline.extract._s55more` (commas inside an apposition, "according
to a ... group", "the military's media wing", "The IDF continued: “Q”") run last. Runs after the
round-54 pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement, split
from pipeline.extract._lexicon import CAPITALS
from pipeline.extract._s55jccc import jccc
from pipeline.extract._s55more import (
    appositions,
    colon_cue,
    indefinite_groups,
    media_wing,
    title_tail,
)
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_THIS_WAS = re.compile(
    r"^(?:\(?[^()]{0,40}\)[ \t]*)?This[ \t]+was[ \t]+(?:reported|announced|stated|posted|said)\b"
    r"[^.\n]*?\bby\b"
)
_SOURCE_LINE = re.compile(
    r"\bThis[ \t]+was[ \t]+(?:reported|announced|stated|posted|said)\b[^.\n]{0,60}?\bby\b"
    r"[^.\n]{0,160}?(?P<n>[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)"
    r"(?=[ \t]*(?:,[ \t]*(?:according[ \t]+to|as[ \t]+reported)\b|,?[ \t]+[A-Z][\w.-]*[ \t]+"
    r"(?:reports?|reported|writes)\b|\.))"
)
"""The named source of a "This was reported by ..., NAME, according to OUTLET" line."""
_REPORT_SAID = re.compile(
    r"[”\"],?[ \t]+the[ \t]+report[ \t]+(?:said|says|states|stated|reads|added|adds)\b"
)
_ENGLISH_SPELLINGS = {
    "Oleh Synyehubov": "Oleh Syniehubov",
    "Synyehubov": "Oleh Syniehubov",
}
"""Spellings in English letters only (the speaker table's German-derived forms end in "w"
and stay as written, the twelfth-session call); aliases in the table would derive them."""
_REPORT_LINE = re.compile(
    r"^[“\"](?P<q>[^“”\"]{10,}?[,.]?)[”\"],?[ \t]+the[ \t]+report[ \t]+(?P<v>said|says|states"
    r"|stated|reads)\.$"
)
_CLAIMING = re.compile(
    r"^(?:(?:For|On)[ \t]+(?:its|his|her|their)[ \t]+(?:part|side)|In[ \t]+(?:its|his|her|their)"
    r"[ \t]+turn|In[ \t]+turn|Meanwhile),[ \t]+(?P<s>(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+"
    r"[\w'’-]+){0,4}?)[ \t]+(?:has[ \t]+|have[ \t]+)?(?:confirmed|acknowledged|admitted|announced"
    r"|reported|denied|defended|justified)\b[^.;:]{3,120}?,[ \t]+(?P<v>claiming|alleging"
    r"|insisting|asserting|arguing|maintaining)[ \t]+that[ \t]+(?P<c>[^;:]{8,}?)\.?$"
)
_NAMED_AS = re.compile(
    r"^(?P<s>(?:The[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+(?:later[ \t]+|has"
    r"[ \t]+|had[ \t]+)?(?:named|identified)[ \t]+(?:the[ \t]+(?:dead|slain|killed)[ \t]+"
    r"(?:man|woman|men|fighter|commander|militant)|him|her|the[ \t]+victim|the[ \t]+target)"
    r"[ \t]+as[ \t]+(?P<n>[A-Z][^,]{3,60}),[ \t]+who\b"
)
_IT_SAYS = re.compile(
    r"^It[ \t]+(?P<v>says|claims|maintains|insists|argues|asserts)[ \t]+"
    r"(?:that[ \t]+)?(?P<c>(?!a[ \t]+lot\b|a[ \t]+great\b|much\b|little\b|more\b|nothing\b"
    r"|something\b|everything\b|so\b)[a-z][^;:]{8,}?)\.$"
)
_STATES = frozenset(
    {name.title() for name in CAPITALS}
    | {
        "Russia",
        "Ukraine",
        "Israel",
        "Iran",
        "Lebanon",
        "Syria",
        "China",
        "India",
        "Pakistan",
        "Turkey",
        "Yemen",
        "Egypt",
        "Jordan",
        "Iraq",
        "Belarus",
        "Poland",
        "Kremlin",
    }
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    statements, others = split(found)
    kept = [_spelled(s) for s in statements if not _THIS_WAS.match(s.quote)]
    kept = jccc(doc, kept)
    kept = _report_said(doc, speakers, kept)
    kept = _claiming(doc, speakers, kept)
    kept = _named_as(speakers, kept)
    kept = _it_says(doc, kept)
    kept = appositions(doc, speakers, kept)
    kept = indefinite_groups(doc, kept)
    kept = media_wing(doc, kept)
    kept = colon_cue(doc, speakers, kept)
    kept = title_tail(kept)
    kept.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *kept]


def _spelled(s: Statement) -> Statement:
    """The English-letter spellings of Syniehubov the table lacks, as the table's form."""
    return (
        replace(s, speaker=_ENGLISH_SPELLINGS[s.speaker]) if s.speaker in _ENGLISH_SPELLINGS else s
    )


def _report_said(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """ "“Q,” the report said.": the speaker of the statement or source line just before."""
    lines = (  # every :data:`_SOURCE_LINE` match opens with "This": skip the body scan without
        [(m.end(), speakers.canonical(m.group("n"))) for m in _SOURCE_LINE.finditer(doc.body)]
        if body_has(doc.body, "This")
        else []
    )
    out: list[Statement] = []
    read = _report_quotes(doc, kept)
    for s in sorted([*kept, *read], key=lambda s: s.evidence.start):
        if s.mode == "direct" and _REPORT_SAID.search(s.evidence.text):
            near = [(end, name) for end, name in lines if 0 <= s.evidence.start - end < 800]
            near += [
                (b.evidence.end, b.speaker)
                for b in out
                if 0 <= s.evidence.start - b.evidence.end < 800 and b.mode != "partial"
            ]
            if near:
                out.append(replace(s, speaker=max(near)[1]))
                continue
        if not any(s is r for r in read):
            out.append(s)
    return out


def _report_quotes(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "“Q,” the report said." sentences no reader took (speaker filled in by the caller)."""
    out = []
    for sentence in doc.sentences:
        text = sentence.text.strip()
        m = _REPORT_LINE.match(text)
        if m is None or any(sentence.start <= s.evidence.start < sentence.end for s in kept):
            continue
        start = sentence.start + sentence.text.find(text)
        out.append(new_statement(text, start, "report", "direct", m.group("q"), m.group("v")))
    return out


def _claiming(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """ "For its part, X confirmed the strike, claiming that C.": X's clause C."""
    out = list(kept)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if " that " not in text or "," not in text:
            continue
        m = _CLAIMING.match(text)
        if m is None:
            continue
        speaker = speakers.canonical(m.group("s"))
        start = sentence.start + sentence.text.find(text)
        inside = [s for s in out if sentence.start <= s.evidence.start < sentence.end]
        if any(s.speaker == speaker for s in inside):
            continue
        out = [s for s in out if s not in inside]
        out.append(new_statement(text, start, speaker, "indirect", m.group("c"), m.group("v")))
    return out


def _named_as(speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """ "The IDF later named the dead man as NAME, who was “F”": the namer's partial."""
    out = []
    for s in kept:
        m = _NAMED_AS.match(s.evidence.text) if s.mode == "partial" else None
        if m and s.speaker.lower() in m.group("n").lower():
            out.append(replace(s, speaker=speakers.canonical(m.group("s"))))
        else:
            out.append(s)
    return out


def _it_says(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "Moscow denies ... It says C.": the state leading the sentence before says C."""
    out = list(kept)
    sentences = doc.sentences
    for i in range(1, len(sentences)):
        text = sentences[i].text.strip()
        if not text.startswith("It "):
            continue
        m = _IT_SAYS.match(text)
        lead = sentences[i - 1].text.strip().split()
        if lead and lead[0] == "The":
            lead = lead[1:]
        if m is None or len(lead) < 2 or lead[0] not in _STATES or not lead[1].islower():
            continue
        first = lead[0]
        sentence = sentences[i]
        start = sentence.start + sentence.text.find(text)
        inside = [s for s in out if sentence.start <= s.evidence.start < sentence.end]
        out = [s for s in out if s not in inside]
        out.append(new_statement(text, start, first, "indirect", m.group("c"), m.group("v")))
    return out

"""Round h_gen_s102's general gate on statements that carry no saying (``dev_statements128``),
hooked last in :mod:`pipeline.extract._latepasses`.

Why it exists: across the real sets the chain emitted statements whose "quote" is no reported
clause at all, or whose "speaker" is no speaker. The written conventions say a sentence with no
verb of saying is not a statement; these are the shapes of that rule the chain still broke
(continuations, "As X reported", "This was reported by X" and "called on / urged Y to Z" stay
statements: the conventions label them, so this gate leaves them alone).

* A frame remnant read as the reported clause: the quote is only "according to X" ("NAME
  reported that according to OUTLET.", "(FEED - OUTLET) According to OUTLET"), only the
  speaker's own name ("General NAME, TITLE said: ‘Q’"), or only a dateline ("CITY (AGENCY) -"
  before "According to X, C": the clause after the source becomes the quote).
* A noun object of a verb that takes no clause here: "reiterated the need for NP", "renewed
  his call for NP", "declared its readiness for NP" (the verb reports an act, not words).
* A scare quote naming the object of an act in a sentence with no saying before it ("the
  fleet detected and destroyed an “F”", "The X are part of Iran's “F”").
* A document or a room as speaker: "According to the Geneva Conventions / the Charter, C"
  and "NAME was in the Situation Room ..., and “F”" (a place the sentence is set in).

Gated on the literals "ccording to", the quote's first word, a handful of cue verbs, and the
speaker's last word; one pass over the findings, no sentence scans.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

# the whole quote is "according to X", maybe behind a feed prefix ending in ")"
_ACCORDING = re.compile(r"(?:[^,;:“”\"]{0,40}\)\s*)?[Aa]ccording to [^,;:“”\"]{2,40}")
# the whole quote is a dateline: "KYIV/MOSCOW (dpa, translated) -"
_DATELINE = re.compile(r"[A-Z][A-Z/ ,.'’-]+\([^)]{1,40}\)\s*[-–—]")
# what follows a dateline quote in its evidence: "According to X, C."
_AFTER_DATELINE = re.compile(r"\s*According to [^,;:]{2,80}?, (?P<c>[^“”\"]{10,}?)[.!]?\s*$")
# the whole quote is a capitalised name of at most six words
_NAME_ONLY = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,5}[A-Z][\w.'’-]*")
# "the need / his call / its readiness for NP": a noun object, no reported clause
_NOUN_OBJECT = re.compile(
    r"(?:the|his|her|its|their|our)\s+(?:(?:renewed|urgent|full|firm|continued)\s+)?"
    r"(?:need|demand|call|appeal|readiness|willingness|commitment|condemnation|opposition"
    r"|solidarity|concern|request|hope|wish|support)s?\s+(?:for|of|to|with|in|on)\b"
)
_NOUN_CUES = frozenset(
    (
        "reiterated", "reaffirmed", "renewed", "repeated", "declared", "expressed", "voiced",
        "reiterates", "reaffirms", "renews", "repeats", "declares", "expresses", "voices",
    )
)  # fmt: skip
_NOUN_FIRST = frozenset(("the", "his", "her", "its", "their", "our"))
# a scare quote as the object of an act ("destroyed an “F”", "are part of Iran’s “F”")
_ACT_BEFORE = re.compile(
    r"\b(?:destroyed|detected|launched|fired|hit|struck|seized|captured|intercepted|downed"
    r"|deployed|used|targeted|attacked|shot down|part of)\s+(?:(?:a|an|the|its|their|his|her"
    r"|[A-Z][a-z]+[’']s)\s+)?[“«„\"]\s?$"
)
# any verb or noun of saying before the quote keeps it (", saying that it struck “F”")
_SAYING = re.compile(
    r"\b(?:sa(?:y|ys|id|ying)|claim\w*|stat(?:ed|es|ing|ement)|announc\w+|report\w*|told"
    r"|repeat\w*|threat\w*|tell\w*|wr[io]t\w*|add(?:ed|s|ing)|warn\w*|accord\w*|insist\w*"
    r"|confirm\w*|describ\w*|call\w*|accus\w*|den(?:y|ied|ies)|assert\w*|affirm\w*|assur\w*"
    r"|vow\w*|post(?:ed|s|ing)|quot\w*|cit(?:ed|es|ing)|not(?:ed|ing)|stress\w*|explain\w*"
    r"|indicat\w*|spok\w*|speak\w*|According|Asked)\b"
)
_DOCUMENTS = frozenset(
    ("Convention", "Conventions", "Charter", "Treaty", "Protocol", "Protocols", "Constitution")
)


def _frame_remnant(f: Statement) -> bool:
    """True when an indirect quote is only a source phrase or the speaker's own name."""
    q = f.quote.strip()
    if "ccording to" in q and _ACCORDING.fullmatch(q.rstrip(".")):
        return True
    words = q.split(" ")
    if len(q) < 60 and len(words) > 1 and words[1][:1].isupper() and _NAME_ONLY.fullmatch(q):
        return words[-1] in f.speaker.split(" ") and q.lower() in f.evidence.text.lower()
    return False


def _dateline_clause(f: Statement) -> str:
    """The clause after "CITY (AGENCY) - According to X," when the quote is the dateline."""
    q = f.quote.strip()
    if "(" not in q or _DATELINE.fullmatch(q) is None:
        return ""
    text = f.evidence.text
    at = text.find(q)
    if at < 0:
        return ""
    m = _AFTER_DATELINE.match(text, at + len(q))
    return m.group("c") if m is not None else ""


def _noun_object(f: Statement) -> bool:
    """True for "reiterated the need for NP" read as a reported clause."""
    cue = f.cue or ""
    q = f.quote
    if cue not in _NOUN_CUES or q.split(" ", 1)[0].lower() not in _NOUN_FIRST:
        return False
    if _NOUN_OBJECT.match(q) is None:
        return False
    return (cue + " " + q[:20]) in f.evidence.text


def _not_a_speaker(f: Statement) -> bool:
    """True for a document ("the Geneva Conventions") or a room the sentence is set in."""
    last = f.speaker.rsplit(" ", 1)[-1]
    if last in _DOCUMENTS:
        return True
    if last == "Room" and f.cue is None:
        return ("in the " + f.speaker) in f.evidence.text
    return False


def _narrated_object(f: Statement) -> bool:
    """True for a scare quote naming what an act hit, in a sentence with no saying at all."""
    if f.cue is not None:
        return False
    text = f.evidence.text
    at = text.find(f.quote[:25])
    if at < 2:
        return False
    if _ACT_BEFORE.search(text, 0, at) is None:
        return False
    return _SAYING.search(text[:at] + text[at + len(f.quote) :]) is None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Drop or repair the statements of the module docstring's shapes."""
    del doc, speakers
    out: list[Finding] = []
    changed = False
    for f in found:
        if isinstance(f, Statement):
            if f.mode == "indirect":
                if _frame_remnant(f) or _noun_object(f):
                    changed = True
                    continue
                clause = _dateline_clause(f)
                if clause:
                    out.append(replace(f, quote=clause))
                    changed = True
                    continue
            if _not_a_speaker(f) or (f.mode == "partial" and _narrated_object(f)):
                changed = True
                continue
        out.append(f)
    return out if changed else found

"""Round 93's statement reading (helper h_fix_s93, ``dev_statements119``), applied last in
:mod:`pipeline.extract._latepasses`.

Why it exists: real agency copy (RIA-style Russian wire, AFP Sahel copy, Ukrainian war
reporting) lost or invented statements by three general mechanisms.

* A present-tense source sentence after the fact was not read: "C. This is reported by X."
  (and "C, this is stated by X."). The past form ("This was reported by X") gives the
  sentence before to X (round s87's call); the present form is the same credit.
* A second teller joined to a reported clause by ", and" / ", while" was not read, and the
  first statement swallowed it: "A said C1, and a retired official told AFP C2" gave A the
  quote "C1, and a retired official told AFP C2". The first quote now ends at the comma and
  the described teller (a person noun at the end: "official", "teacher", "elder", ...) gets
  C2.
* A scare quote with no one saying it was read as a partial quote of the nearest speaker:
  "what has been described as the “F”", "commonly referred to as “F” drones", "which is
  described as a “F”". A passive naming verb has no speaker, so the partial is dropped
  ("what it described as “F”" keeps its speaker).

Each part is gated on a literal test before any regex; the work is one pass over the
sentences, with the statements indexed by sentence start.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.extract.model import Document, Evidence, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_THIS_BY = re.compile(
    r"(?:^|,\s*)(?:[Tt]his|[Ii]t) is (?:reported|stated|announced|said|communicated)"
    r"(?: on Telegram| in a statement)? by (?P<s>(?:the )?[A-Za-z][^.;:!?]{2,120}?)\.?\s*\Z"
)
_LEAD = re.compile(r"^[A-Z][A-Z .'-]+,[^–—.]{0,40}[–—-]\s*[A-Z][\w ]{1,30}\.\s+")
_PERSON = frozenset(
    (
        "official",
        "officials",
        "teacher",
        "officer",
        "elder",
        "volunteer",
        "guard",
        "worker",
        "resident",
        "residents",
        "nurse",
        "doctor",
        "medic",
        "politician",
        "source",
        "sources",
        "witness",
        "farmer",
        "journalist",
        "activist",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "trader",
        "survivor",
        "villager",
    )
)
_SECOND = re.compile(
    r",\s*(?:and|while) (?:a|an|the|one|another) (?P<s>[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}) "
    r"(?P<c>told (?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}|said)(?: that)? "
    r"(?P<q>(?!nothing\b|little\b|no\b|none\b)[a-z0-9][^;]{7,}?)\.?\s*\Z"
)
_FIRST = re.compile(
    r"(?:A|An|The|One) (?P<s>[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}) said(?: that)? (?=[a-z0-9])"
)
_PASSIVE = re.compile(
    r"(?:(?:has|have|had) been|\b(?:is|are|was|were)(?: (?:widely|commonly|often|usually))?"
    r"|\b(?:commonly|widely|often|usually|sometimes|also))"
    r" (?:described|referred to|called|dubbed|termed|known|labelled|labeled) as"
    r" (?:the |a |an )?[\"“‘']\Z"
)
_SO_CALLED = re.compile(r"\bso-called [\"“‘']\Z")


def _key(f: Finding) -> int:
    return f.evidence.start


def _this_by(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """ "C. This is reported by X." -> X's indirect statement of C."""
    had = _starts(found)
    sentences = doc.sentences
    added: list[Finding] = []
    for i, sentence in enumerate(sentences):
        text = sentence.text
        if " is " not in text or " by " not in text:
            continue
        m = _THIS_BY.search(text)
        if m is None:
            continue
        who = speakers.canonical(m.group("s").strip())
        if not who:
            continue
        if m.start() > 0:
            target = sentence
            clause = text[: m.start()].strip()
        else:
            if i == 0:
                continue
            target = sentences[i - 1]
            clause = _LEAD.sub("", target.text).strip().rstrip(".").rstrip()
        if len(clause) < 12 or _covered(had, target.start, target.end) or clause[-1:] in '"”':
            continue
        evidence = Evidence(target.text, target.start, target.end)
        added.append(Statement(evidence, 0.6, who, "indirect", clause, "reported"))
    return sorted(found + added, key=_key) if added else found


def _second(found: list[Finding]) -> list[Finding]:
    """ "A said C1, and a DESC told OUTLET C2" -> C1 for A and C2 for DESC."""
    out: list[Finding] = []
    seen: set[int] = set()
    quotes = {f.quote for f in found if isinstance(f, Statement)}
    for f in found:
        if isinstance(f, Statement) and f.evidence.start in seen:
            out.append(f)
            continue
        text = f.evidence.text
        if not isinstance(f, Statement) or (" told " not in text and " said " not in text):
            out.append(f)
            continue
        if ", and " not in text and ", while " not in text:
            out.append(f)
            continue
        m = _SECOND.search(text)
        if m is None or m.group("s").split()[-1] not in _PERSON or m.group("q") in quotes:
            out.append(f)
            continue
        seen.add(f.evidence.start)
        quote = f.quote
        cut = quote.find(m.group(0)[:12])
        if cut > 0 and f.mode == "indirect":
            out.append(replace(f, quote=quote[:cut].rstrip(", ")))
        elif m.group(0)[:12] not in quote:
            out.append(f)
        cue = m.group("c").split()[0]
        speaker = m.group("s")
        out.append(Statement(f.evidence, 0.6, speaker, "indirect", m.group("q"), cue))
    return out


def _add_second(doc: Document, found: list[Finding]) -> list[Finding]:
    """The second teller when no statement covers the sentence at all."""
    had = _starts(found)
    added: list[Finding] = []
    for sentence in doc.sentences:
        text = sentence.text
        if _covered(had, sentence.start, sentence.end) or (
            ", and " not in text and ", while " not in text
        ):
            continue
        if " told " not in text and " said " not in text:
            continue
        m = _SECOND.search(text)
        if m is None or m.group("s").split()[-1] not in _PERSON:
            continue
        evidence = Evidence(text, sentence.start, sentence.end)
        first = _FIRST.match(text)
        if first is not None and first.group("s").split()[-1] in _PERSON:
            head = text[first.end() : m.start()]
            added.append(Statement(evidence, 0.6, first.group("s"), "indirect", head, "said"))
        cue = m.group("c").split()[0]
        added.append(Statement(evidence, 0.6, m.group("s"), "indirect", m.group("q"), cue))
    return sorted(found + added, key=_key) if added else found


def _scare(f: Statement) -> bool:
    """True when the partial quote follows a passive naming verb ("described as “F”")."""
    text = f.evidence.text
    at = text.find(f.quote)
    if at < 1:
        return False
    before = text[max(0, at - 60) : at]
    return _PASSIVE.search(before) is not None or _SO_CALLED.search(before) is not None


def _starts(found: list[Finding]) -> list[int]:
    """The sorted evidence starts of the statements found."""
    return sorted(f.evidence.start for f in found if isinstance(f, Statement))


def _covered(starts: list[int], start: int, end: int) -> bool:
    """True when a statement's evidence starts inside [start, end)."""
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Add "This is reported by X" and second tellers' statements; drop passive scare quotes."""
    body = doc.body
    if " as " in body:
        kept: list[Finding] = []
        for f in found:
            if (
                isinstance(f, Statement)
                and f.mode == "partial"
                and " as " in f.evidence.text
                and _scare(f)
            ):
                continue
            kept.append(f)
        found = kept
    if " is " in body and " by " in body:
        found = _this_by(doc, speakers, found)
    if (", and " in body or ", while " in body) and (" told " in body or " said " in body):
        found = _add_second(doc, _second(found))
    return found

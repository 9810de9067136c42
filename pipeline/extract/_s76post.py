"""Round 76's statement readings (helper h_fix_s76: the undetected statements left in the real
sets, ``dev_statements102``), applied last in :mod:`pipeline.extract._latepasses`:

- "The team / The correspondent / the reporter said C" (also "C, the correspondent said") --
  a bare back-reference to a described source named before ("An AFP correspondent in X",
  "The OCHA team"), which speaks as "AFP correspondent" / "OCHA team";
- "NP, however, / for its part, / in turn, (have) said / claimed (that) C" -- a subject cut off
  from its verb by an aside;
- "Local media / Israeli troops / Telegram accounts (, including ...,) said C" -- a plural body
  described by an adjective, opening the sentence;
- "He said (that) C" opening the text, the person named only later ("Gladkov said that ...");
- "C, according to members of a GROUP (and ...)." -- "members of a GROUP" (the first credit);
- "C, they said." after a sentence crediting "according to NP (and ...)" -- NP's, the credit
  of the sentence before;
- "The ADJ official based in PLACE said / told reporters C" where a partial quote inside the
  clause was all the main reader took (named with the base, as the reader names "An ADJ
  official based in PLACE said C": a description is kept as written).

Each reading is gated on a literal of the sentence (" said", " reported", ...) before any
pattern; sentences already holding a statement are left alone (a set of sentence spans checked
by bisect, not a scan over the findings).
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import hit_sentences, holding, new_statement, split
from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_VERB = r"(?:said|says|reported|claimed|stated|added|told reporters)"
_CLAUSE = r"(?:that )?(?P<q>[A-Za-z][^;]{8,}?)\.?[\"”]?\s*$"

_NOUN_LIST = ("team", "correspondent", "reporter", "journalist")
_NOUNS = "|".join(_NOUN_LIST)
_BACKREF_OPEN = re.compile(
    rf"^The (?P<n>{_NOUNS})(?: also)? (?:said|reported)(?: that)? "
    r"(?!hearing\b|seeing\b)(?P<q>[a-z][^;]{8,}?)\.?\s*$"
)
"""'The team said C.'"""

_BACKREF_CLOSE = re.compile(
    rf"^(?P<q>[A-Z][^;\"“”]{{8,}}?), the (?P<n>{_NOUNS}) (?:said|reported|added)\.?\s*$"
)
"""'C, the correspondent said.'"""

_DESCRIBED = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he) (?P<org>(?:[A-Z][\w.&-]*(?: |$)){{1,3}})(?P<n>{_NOUNS})\b"
)
"""'An AFP correspondent', 'The OCHA team': a described source before its back-reference."""

_ASIDE = re.compile(
    r"^(?:The )?(?P<sp>[A-Z][\w'-]*(?: [A-Za-z][\w'-]*){0,3}), "
    r"(?:however|for (?:its|their) part|in turn), (?:have |has |had )?"
    r"(?P<v>said|claimed|reported|stated|insisted|maintained) " + _CLAUSE
)
"""'Russian defence officials, however, have claimed they C.'"""

_PLURAL = re.compile(
    r"^(?P<sp>[A-Z][a-z]+ (?:media|troops|forces|accounts|channels))"
    r"(?:, including [^,;]{3,90},)? (?P<v>said|reported|claimed|stated) " + _CLAUSE
)
"""'Local media reported C.', 'Telegram accounts, including ..., said C.'"""

_BASED = re.compile(
    r"^(?:The|An?) (?P<sp>[A-Z][a-z]+ (?:official|diplomat|source|officer|commander|analyst)"
    r" based in [A-Z][\w'-]*(?: [A-Z][\w'-]*)?) " + _VERB + " " + _CLAUSE
)
"""'The Palestinian official based in Gaza said C.'"""

_OPENING = re.compile(
    r"^(?:He|She) (?:said|stated|reported|wrote|added|noted)(?: that)? (?P<q>[a-z][^;]{8,}?)\.?\s*$"
)
"""'He said that C.' opening the text."""

_THEY = re.compile(r"^(?P<q>[A-Z][^;\"“”]{8,}?), they (?:said|added|reported)\.?\s*$")
"""'C, they said.'"""

_ACCORDING = re.compile(r"according to (?P<sp>[a-z][^,.;]{3,80}?)(?: and [^,.;]+)?[,.]\s*$")
"""'..., according to members of a rebel group and local media.': the credit before."""

_MEMBERS = re.compile(
    r"^(?P<q>[A-Z][^;\"“”]{8,}?),? according to (?P<sp>members of (?:an?|the) [^,.;]{3,70}?)"
    r"(?: and [^,.;]+)?\.\s*$"
)
"""'C, according to members of a rebel group (and local media).'"""

_FINITE = re.compile(
    r"^(?:they|it|he|she|we|there)\b|\b(?:was|were|had|has|have|is|are|would|will|could|can"
    r"|did|may|might|should)\b"
)
"""A reported clause, not a noun phrase ("reported heavy shelling" is no statement)."""


def _clause(m: re.Match[str]) -> bool:
    """True when what follows the verb reads as a clause ("said" takes any)."""
    if m["v"] in ("said", "stated") or m.string[m.end("v") : m.start("q")] == " that ":
        return True
    return _FINITE.search(m["q"]) is not None


_QUOTED = re.compile(r"[\"“]([^\"“”]{2,}?)[\"”]")
"""A quoted fragment inside a reported clause."""

_GATE = re.compile(
    r"The (?:team|correspondent|reporter|journalist) |, the (?:team|correspondent|reporter"
    r"|journalist) |, however, | part, |, in turn, | media |troops |s, including | based in "
    r"|, they |ccording to members of "
)
"""The literals one of the readings needs (one pass over the body, hits mapped to sentences)."""
_GATE_WORDS = (
    "team ", "correspondent ", "reporter ", "journalist ", ", however, ", " part, ",
    ", in turn, ", " media ", "troops ", "s, including ", " based in ", ", they ",
    "ccording to members of ",
)  # fmt: skip
"""A literal of every :data:`_GATE` alternative: a body holding none skips its scan."""

_NOT_SPEAKERS = frozenset({"Some", "Many", "Most", "Other", "Both", "All", "These", "Those"})


def _first(sp: str) -> bool:
    """True when the name opens on a word that may open a speaker's name."""
    return sp.split(" ", 1)[0] not in _NOT_SPEAKERS


def _named_before(body: str, end: int, noun: str) -> str | None:
    """The nearest described source with head ``noun`` before ``end`` ("AFP correspondent")."""
    window = body[max(0, end - 3000) : end]
    if noun not in window:
        return None
    name = None
    for m in _DESCRIBED.finditer(window):
        if m["n"] == noun:
            name = f"{m['org'].strip()} {noun}"
    return name


def _named_after(statements: list[Statement], end: int) -> str | None:
    """The person the next statement after ``end`` names by its own sentence's opening word."""
    for s in statements:
        if s.evidence.start < end:
            continue
        head = s.evidence.text.lstrip()[:1]
        last = s.speaker.rsplit(" ", 1)[-1]
        if head.isupper() and s.evidence.text.lstrip().startswith((s.speaker, last)):
            return s.speaker
        return None
    return None


def _credited(statements: list[Statement], before: Sentence) -> str | None:
    """The "according to" credit closing sentence ``before``, named as its statement names it."""
    m = _ACCORDING.search(before.text)
    if m is None:
        return None
    credit = m["sp"]
    for s in statements:
        if before.start <= s.evidence.start < before.end and s.speaker.lower() in credit.lower():
            return s.speaker
    return credit


def _partials(read: Statement, partials: set[str]) -> list[Statement]:
    """The quoted fragments of a clause just read, as partial quotes (unless already found)."""
    sentence = read.evidence
    return [
        new_statement(
            sentence.text, sentence.start, read.speaker, "partial", m[1], read.cue or "said"
        )
        for m in _QUOTED.finditer(read.quote)
        if m[1] not in partials
    ]


def _own(sentence: Sentence, speaker: str, quote: str, cue: str) -> Statement:
    return new_statement(sentence.text, sentence.start, speaker, "indirect", quote, cue)


def _read(body: str, sentence: Sentence) -> Statement | None:
    """The statement one of the readings above gives the sentence, if any."""
    text = sentence.text.strip()
    if text.startswith("The ") and (" said" in text or " reported" in text):
        m = _BACKREF_OPEN.match(text)
        if m is not None and (name := _named_before(body, sentence.start, m["n"])):
            return _own(sentence, name, m["q"], "said")
    if ", the " in text and any(f", the {n} " in text for n in _NOUN_LIST):
        m = _BACKREF_CLOSE.match(text)
        if m is not None and (name := _named_before(body, sentence.start, m["n"])):
            return _own(sentence, name, m["q"], "said")
    if ", however, " in text or " part, " in text or ", in turn, " in text:
        m = _ASIDE.match(text)
        if m is not None and _first(m["sp"]) and _clause(m):
            return _own(sentence, m["sp"], m["q"], "said")
    if text[:1].isupper() and (" media " in text or "troops " in text or "s, including " in text):
        m = _PLURAL.match(text)
        if m is not None and _first(m["sp"]) and _clause(m):
            return _own(sentence, m["sp"], m["q"], "said")
    if " based in " in text:
        m = _BASED.match(text)
        if m is not None:
            return _own(sentence, m["sp"], m["q"], "said")
    return None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    gated = any(body_has(body, word) for word in _GATE_WORDS)
    hits = [m.start() for m in _GATE.finditer(body)] if gated else []
    opening = body.startswith(("He ", "She "))
    if not hits and not opening:
        return found
    statements, others = split(found)
    # a partial quote alone does not hold its sentence: the clause around it is still unread
    held = holding(s for s in statements if s.mode != "partial")
    partials = {s.quote for s in statements if s.mode == "partial"}
    added: list[Statement] = []
    sentences = doc.sentences
    if sentences and opening and not held(sentences[0]):
        m = _OPENING.match(sentences[0].text.strip())
        if m is not None and (name := _named_after(statements, sentences[0].end)):
            added.append(_own(sentences[0], name, m["q"], "said"))
    for i in hit_sentences(sentences, hits):
        sentence = sentences[i]
        text = sentence.text
        if i and ", they " in text and "ccording to " in sentences[i - 1].text:
            m = _THEY.match(text.strip())
            name = _credited(statements, sentences[i - 1]) if m and not held(sentence) else None
            if m is not None and name:
                added.append(_own(sentence, name, m["q"], "said"))
                continue
        if "ccording to members of " in text and not held(sentence):
            m = _MEMBERS.match(text.strip())
            if m is not None:
                added.append(_own(sentence, m["sp"], m["q"], "according to"))
                continue
        if held(sentence):
            continue
        read = _read(body, sentence)
        if read is not None:
            added.append(read)
            if '"' in read.quote or "“" in read.quote:
                added.extend(_partials(read, partials))
    if not added:
        return found
    return others + sorted(statements + added, key=lambda s: (s.evidence.start, s.evidence.end))

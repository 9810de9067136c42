"""Round h_gen_s111: four attribution frames the chain left unread or read with the wrong head.

Why it exists: real32's statement errors (and their shapes in the dev sets) hold frames whose
speaker sits in an apposition or a post-modifier the chunker does not take:

- ``“Q,” NAME, TITLE of LONG NAME (ABBR), said`` - a bracketed abbreviation inside the
  apposition after a quote stops the reader, and the quote goes to the lede's description;
  a ``“Q2,” he/she said`` after it is NAME's too;
- ``ADVERBIAL, in his/her words, C`` - a connective ("Apart from that", "Besides") before
  "in his words" hides the frame the chain reads at a sentence start; the clause is the
  speaker's who spoke last;
- ``NAME, the armed/military wing of GROUP, said C`` - the apposition's group was taken as
  the speaker, or nothing was read;
- ``Sources/Officials/... at COMPANY said C`` and ``... denied that C1, and said C2`` - the
  post-modifier was dropped or the frame not read; the conventions keep "at COMPANY".

Each frame has a literal gate on the body and on the sentence before its regex; a new
statement is added only where no statement holds the sentence (or replaces the misread one
on it). Hooked last in :mod:`pipeline.extract._latepasses`, before :mod:`._s111`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import holding, new_statement
from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_NAME = (
    r"[A-Z][\w'’.-]+(?: (?:(?:da|de|di|do|dos|du|van|von|der|den|la|le|bin|ibn|al) )?"
    r"[A-Z][\w'’.-]+){1,3}"
)
_APPOSED = re.compile(
    r"^[“\"](?P<q>[^“”\"]{2,600}?[,.?!])[”\"] (?P<n>" + _NAME + r"), "
    r"(?P<a>[^“”\"()]{3,160}\([A-Z][A-Za-z]{1,9}\)), (?P<cue>said|told|added|wrote|stated)\b"
)
_PRONOUN_AFTER = re.compile(r"^[,.?!]?[”\"] (?:he|she) (?:said|added|continued|told|wrote)\b")
_PRONOUN_QUOTE = re.compile(
    r"[“\"](?P<q>[^“”\"\n]{2,900}?[,.?!])[”\"] (?:he|she) (?:said|wrote|added|told)\b"
)
_PERSON = re.compile(r"^" + _NAME + r"$")
_WORDS = re.compile(
    r"^(?P<adv>[A-Z][^,;:“”\"]{2,40}), in (?P<pr>his|her|their) words, "
    r"(?P<c>[a-z][^“”\"]{11,}?)\.?$"
)
_WING = re.compile(
    r"(?:^|, )(?:[Tt]he )?(?P<n>(?:al-|el-)?[A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,3}), the "
    r"(?:armed|military) wing of (?:the )?(?P<g>[A-Z][^,“”\"]{1,50}), (?P<cue>said|says|claimed|"
    r"stated|announced|confirmed)(?P<that> that)? "
)
_CLAUSE = re.compile(r"[^“”\"]{8,}?(?=\.?$)")
_AT_GROUP = (
    r"(?P<g>(?P<head>Sources|Officials|Workers|Employees|Staff|Managers|Engineers|Executives) at "
    r"(?:the )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})"
)
_AT = re.compile(
    r"^" + _AT_GROUP + r" (?:(?P<neg>denied|confirmed) that (?P<c1>[^“”\",]{8,}?),? and "
    r"(?:said|added) (?:that )?(?P<c2>[^“”\"]{8,}?)|(?P<cue>said|reported|confirmed) (?:that )?"
    r"(?P<c>[^“”\"]{8,}?))\.?$"
)
_AT_HEADS: tuple[str, ...] = (
    "Sources at ",
    "Officials at ",
    "Workers at ",
    "Employees at ",
    "Staff at ",
    "Managers at ",
    "Engineers at ",
    "Executives at ",
)


def _on(f: Statement, sentence: Sentence) -> bool:
    """A statement whose evidence starts inside ``sentence``."""
    return sentence.start <= f.evidence.start < sentence.end


def _apposed(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """“Q,” NAME, TITLE (ABBR), said: NAME's direct quote, and the “Q2,” he said after it."""
    body = doc.body
    out = found
    for sentence in doc.sentences:
        text = sentence.text
        if "(" not in text or text[:1] not in '“"':
            continue
        m = _APPOSED.match(text)
        if m is None:
            continue
        name = speakers.canonical(m.group("n"))
        quote = m.group("q")
        if any(isinstance(f, Statement) and _on(f, sentence) and f.speaker == name for f in out):
            continue
        out = [
            f
            for f in out
            if not (isinstance(f, Statement) and _on(f, sentence) and f.quote == quote)
        ]
        out.append(new_statement(text, sentence.start, name, "direct", quote, m.group("cue")))
        limit = sentence.end + 600
        for i, f in enumerate(out):  # "“Q2,” he said" right after it
            if not isinstance(f, Statement) or f.mode != "direct" or f.speaker == name:
                continue
            if not sentence.end <= f.evidence.start < limit:
                continue
            at = body.find(f.quote, f.evidence.start)
            if at >= 0 and _PRONOUN_AFTER.match(body[at + len(f.quote) : at + len(f.quote) + 30]):
                out[i] = replace(f, speaker=name)
    return out


def _pronoun_quotes(doc: Document, found: list[Finding]) -> list[Finding]:
    """An unread “Q,” he wrote right after a person's statement: that person's quote."""
    held = holding(f for f in found if isinstance(f, Statement))
    added: list[Finding] = []
    for i, sentence in enumerate(doc.sentences):
        text = sentence.text
        if i == 0 or text[:1] not in '“"' or held(sentence):
            continue
        m = _PRONOUN_QUOTE.match(doc.body, sentence.start)
        prev = doc.sentences[i - 1]
        name = _last_speaker(found, sentence.start) if m is not None else None
        if name is None or not any(
            isinstance(f, Statement) and _on(f, prev) and f.speaker == name for f in found
        ):
            continue
        if m is not None and _PERSON.match(name) is not None:
            span = doc.body[sentence.start : m.end()]
            added.append(new_statement(span, sentence.start, name, "direct", m.group("q"), "said"))
    return found + added if added else found


def _last_speaker(found: list[Finding], before: int) -> str | None:
    """The speaker of the statement nearest before offset ``before``."""
    best: Statement | None = None
    for f in found:
        if (
            isinstance(f, Statement)
            and f.evidence.start < before
            and (best is None or f.evidence.start > best.evidence.start)
        ):
            best = f
    return best.speaker if best is not None else None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Read the four frames of the module docstring."""
    body = doc.body
    if "(" in body:
        found = _apposed(doc, speakers, found)
    if " he " in body or " she " in body:
        found = _pronoun_quotes(doc, found)
    words = " words, " in body
    wing = " wing of " in body
    at = any(h in body for h in _AT_HEADS)
    if not (words or wing or at):
        return found
    held = holding(f for f in found if isinstance(f, Statement))
    out = list(found)
    for sentence in doc.sentences:
        text = sentence.text
        if words and " words, " in text and not held(sentence):
            m = _WORDS.match(text)
            name = _last_speaker(out, sentence.start) if m is not None else None
            if m is not None and name is not None:
                clause = m.group("c").rstrip(" .,;")
                out.append(new_statement(text, sentence.start, name, "indirect", clause, "words"))
        if wing and " wing of " in text:
            out = _wing(text, sentence, speakers, out, held(sentence))
        if at and text.startswith(_AT_HEADS):
            out = _at(text, sentence, out)
    return out


def _wing(
    text: str, sentence: Sentence, speakers: Speakers, out: list[Finding], held: bool
) -> list[Finding]:
    """NAME, the armed wing of GROUP, said C: NAME's statement (the group's renamed)."""
    m = _WING.search(text)
    if m is None:
        return out
    name = speakers.canonical(m.group("n"))
    group = speakers.canonical(m.group("g"))
    if held:
        return [
            replace(f, speaker=name)
            if isinstance(f, Statement) and _on(f, sentence) and f.speaker == group
            else f
            for f in out
        ]
    c = _CLAUSE.match(text, m.end())
    if c is None or (m.group("cue").startswith("confirm") and m.group("that") is None):
        return out  # a quote in the clause, or "confirmed the death of ..." (no clause)
    clause = c.group(0).rstrip(" .,;")
    return [*out, new_statement(text, sentence.start, name, "indirect", clause, m.group("cue"))]


def _at(text: str, sentence: Sentence, out: list[Finding]) -> list[Finding]:
    """GROUP at COMPANY said C (or denied that C1, and said C2): GROUP with its company."""
    m = _AT.match(text)
    if m is None:
        return out
    group = m.group("g")
    clauses = [m.group("c1"), m.group("c2")] if m.group("neg") else [m.group("c")]
    cue = m.group("neg") or m.group("cue") or "said"
    kept = [
        f
        for f in out
        if not (
            isinstance(f, Statement)
            and _on(f, sentence)
            and f.speaker in (group, m.group("head"), m.group("head").lower())
        )
    ]
    if any(isinstance(f, Statement) and _on(f, sentence) for f in kept):
        return out  # another speaker's statement on the sentence: not this frame
    return kept + [
        new_statement(text, sentence.start, group, "indirect", c.rstrip(" .,;"), cue)
        for c in clauses
    ]

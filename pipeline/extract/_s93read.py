"""Round 93's unread reporting frames (helper h_fix_s93, ``dev_statements119``), applied after
:mod:`pipeline.extract._s93post` at the end of :mod:`pipeline.extract._latepasses`.

Why it exists: three subject layouts of real agency copy left a plain "X said C" unread.

* A name followed by a parenthesised alias and an adjunct: "Medecins Sans Frontieres (Doctors
  Without Borders) on Friday said C", "The Islamist group NAME (ACRONYM) also claimed C". The
  speaker is the name before the brackets (the full-name rule) unless the brackets hold a
  gloss of several capitalised words (an English name for a foreign one), which is the name
  the passage writes for the reader. A descriptor before the name ("the X-linked group") is
  not part of it.
* A focus adverb between subject and verb: "Bethesda Hospital alone said C", "the army
  itself said C" (only when the subject is named: a capitalised word or "the" + noun).
* A relative clause crediting its own verb: "the military carried out strikes that it said
  were against X targets". The pronoun is the body named before it in the sentence
  ("which X says VP" is X's, round s87's call), the quote the reported predicate.

Each part reads only sentences holding its literal and no statement yet (a set of sentence
starts, no scan over the findings per sentence).
"""

from __future__ import annotations

import re

from pipeline.extract._s93post import _covered, _starts
from pipeline.extract.model import Document, Evidence, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_VERB = r"(?P<v>said|says|claimed|claims|announced|stated|confirmed)"
_NAMEWORD = r"(?:[A-Z][\w’'.-]*|wal|al|de|des|du|la|le|les|del|di|von|van|der|of|the|for|and|sans)"
_PAREN = re.compile(
    r"^(?:[Tt]he )?(?:(?:[A-Z][\w’'-]*-(?:linked|backed|based|led|run|aligned) |[a-z][a-z-]* ){0,3}"
    r"(?:group|movement|organi[sz]ation|charity|agency|militia|coalition|alliance) )?"
    r"(?P<n>[A-Z][\w’'.-]*(?: " + _NAMEWORD + r"){0,7}) \((?P<p>[^()]{2,60})\),?"
    r"(?: (?:also|earlier|later|separately|again|on [A-Z][a-z]+(?: \d{1,2})?),?)? "
    + _VERB
    + r"(?: that)? (?P<q>[A-Za-z0-9][^“”\"]{9,}?)\.?\s*\Z"
)
_GLOSS = re.compile(r"[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|for|the|and))+\Z")
_FOCUS = re.compile(
    r"^(?P<n>(?:[Tt]he )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,5}|[Tt]he [a-z]+)"
    r" (?:alone|itself|themselves|too) " + _VERB + r"(?: that)? (?P<q>[a-z0-9][^“”\"]{9,}?)\.?\s*\Z"
)
_RELATIVE = re.compile(
    r"\b(?:that|which) (?:it|they) (?:said|says|claimed|claims)"
    r" (?P<q>(?:were|was|is|are|had|have|has|would|targeted|belonged|held|hid|housed|stored)"
    r"\b[^,;.“”\"]{4,}?)"
    r"(?=[,;.]|\s*\Z)"
)
_BODY = re.compile(
    r"\b(?:the )?(?P<b>(?:[A-Z][\w’'-]* ){0,3}"
    r"(?:military|army|forces|ministry|police|government|Army|Forces|Ministry|Police|IDF))\b"
)


def _named(doc: Document, speakers: Speakers, text: str) -> tuple[str, str, str] | None:
    """(speaker, cue, quote) of a sentence these layouts read, or None."""
    if ") " in text or "), " in text:
        m = _PAREN.match(text)
        if m is not None:
            gloss = m.group("p").strip()
            name = gloss if _GLOSS.match(gloss) is not None else m.group("n")
            return speakers.canonical(name), m.group("v"), m.group("q")
    if " alone " in text or " itself " in text or " themselves " in text or " too " in text:
        m = _FOCUS.match(text)
        if m is not None:
            name = m.group("n")
            if name[:4] in ("The ", "the "):
                name = name[4:]
            return speakers.canonical(name), m.group("v"), m.group("q")
    if " it said " in text or " they said " in text or " it says " in text or " claimed " in text:
        m = _RELATIVE.search(text)
        if m is not None:
            body = None
            for b in _BODY.finditer(text, 0, m.start()):
                body = b
            if body is not None:
                return speakers.canonical(body.group("b")), "said", m.group("q").strip()
    return None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Read the three layouts in sentences no statement covers yet."""
    body = doc.body
    if (
        ") " not in body
        and " alone " not in body
        and " itself " not in body
        and " too " not in body
        and " themselves " not in body
        and " it said " not in body
        and " they said " not in body
        and " it says " not in body
        and " claimed " not in body
    ):
        return found
    had = _starts(found)
    added: list[Finding] = []
    for sentence in doc.sentences:
        if _covered(had, sentence.start, sentence.end):
            continue
        read = _named(doc, speakers, sentence.text)
        if read is None or not read[0]:
            continue
        speaker, cue, quote = read
        evidence = Evidence(sentence.text, sentence.start, sentence.end)
        added.append(Statement(evidence, 0.6, speaker, "indirect", quote, cue))
    if not added:
        return found
    return sorted(found + added, key=lambda f: f.evidence.start)

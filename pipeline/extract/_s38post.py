"""Statement round 38 (``dev_statements63``): the leftovers of the open statement tests.

Run last by :mod:`pipeline.extract._postpasses`. It corrects finished statements, then adds
the shapes :mod:`pipeline.extract._s38reads` reads:

- a reported clause never opens with a dateline place glued to its first word: copy pasted
  from a web page runs the filing place into the lead ("Kherson Russian troops shelled
  ...", the ``make run`` sample); the glued-dateline readers (``_s17dateline``,
  ``_s27dateline``) strip it from the subject, not from a clause reported after it, so a
  clause opening a paragraph with a known place and then a capitalised word that is no
  part of a name (a title, "City", "Council", ...) loses the place;
- "on a day / at a moment / at a time when X urges Y to VP" is a setting, not a statement:
  the cue reader took "X urges" as a call by X;
- "the health authorities / ministry of the enclave / Strip" (Gaza's, in the convention of
  ``dev_statements39``) is "Gaza health ministry" with no "Gaza" in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s38reads
from pipeline.extract._bodylits import body_has
from pipeline.extract._lexicon import CAPITALS, CITIES, TITLES, words
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_GLUED = re.compile(
    r"(?P<p>[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?)[ \t]+(?=(?P<w>[A-Z][\w'’-]*)\b)"
)
_ONE_WORD = re.compile(r"(?P<p>[A-Z][a-z'’-]+)[ \t]+(?=(?P<w>[A-Z][\w'’-]*)\b)")
_NAME_WORDS = words(
    """city region regional oblast district council administration military state post
    independent airport metro zoo university police court times daily news hospital port
    station railway railways energy water oblenergo governor mayor head"""
)
_SETTING = re.compile(
    r"\b(?:on|at|in)[ \t]+(?:a|the)[ \t]+(?:day|moment|time|week|period|juncture)[ \t]+when[ \t]+"
)
_ENCLAVE = re.compile(
    r"^(?:the[ \t]+)?(?:health[ \t]+(?:authorities|ministry|officials)|ministry[ \t]+of[ \t]+"
    r"health)[ \t]+of[ \t]+the(?:[ \t]+(?:enclave|territory|strip|Strip|Hamas-run))?$",
    re.IGNORECASE,
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's corrections and readings."""
    statements = [f for f in found if isinstance(f, Statement)]
    others = [f for f in found if not isinstance(f, Statement)]
    body = doc.body
    statements = [_unglued(s, body, speakers) for s in statements]
    if body_has(body, " when "):
        statements = [s for s in statements if not _setting(s)]
    if body_has(body, "health") and (
        body_has(body, "enclave") or body_has(body, "Strip") or body_has(body, "Gaza")
    ):
        statements = [_enclave(s, body) for s in statements]
    statements = _s38reads.read(doc, speakers, statements)
    return others + statements


def _unglued(s: Statement, body: str, speakers: Speakers) -> Statement:
    """``s`` without a dateline place glued to the front of its reported clause."""
    if s.mode != "indirect" or not s.quote[:1].isupper():
        return s
    at = body.find(s.quote, s.evidence.start, s.evidence.end + 1)
    if at < 0 or (at > 0 and body[at - 1] != "\n"):
        return s  # only a clause opening the body or a paragraph
    m = _GLUED.match(s.quote)
    if m is not None and not _place(m.group("p")) and " " in m.group("p"):
        m = _ONE_WORD.match(s.quote)  # "Odesa Russian Drones ...": the place is one word
    if m is None or not _place(m.group("p")):
        return s
    word = m.group("w")
    if word.lower() in _NAME_WORDS or word.lower() in TITLES:
        return s
    if speakers.named(f"{m.group('p')} {word}", at) is not None:
        return s  # "Kyiv Independent", a body the registry knows
    rest = s.quote[m.end() :]
    if len(rest.split()) < 3:
        return s
    return replace(s, quote=rest)


def _place(name: str) -> bool:
    low = name.lower()
    return low in CITIES or low in CAPITALS


def _setting(s: Statement) -> bool:
    """True for a reading of "X urges ..." inside "on a day when X urges ..."."""
    text = s.evidence.text
    if " when " not in text:
        return False
    for m in _SETTING.finditer(text):
        after = text[m.end() :]
        head = s.speaker.split()[-1] if s.speaker else ""
        at = after.find(s.quote)
        if head and at > 0 and head in after[:at]:
            return True
    return False


def _enclave(s: Statement, body: str) -> Statement:
    """ "the health authorities of the enclave" -> "Gaza health ministry"."""
    if _ENCLAVE.match(s.speaker) is None:
        return s
    around = body[s.evidence.start : s.evidence.end]
    if re.search(
        r"\bof[ \t]+the[ \t]+(?:enclave|Strip|strip|Hamas-run[ \t]+territory)\b", around
    ) or ("Gaza" in body and "of the territory" in around):
        return replace(s, speaker="Gaza health ministry")
    return s

"""Reported speech no reader attributed, on real agency copy (statement round 50).

Agency copy often names the body first and attributes with a pronoun: "KYIV >> Ukraine's air
defense shot down ..., it said on Tuesday on the Telegram messaging app", or a plural body
reports itself: "Ukrainian air defences said they downed ...". The sentence readers leave both
unattributed (a bare "it said" has no name in it, and a plural body is no speaker head they
know). Here the body the sentence opens with speaks - only a body the speaker table knows, in
the table's form, so a storm or an unnamed subject never does.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._roles import ALIASES
from pipeline.extract.model import Document, Evidence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["it_said", "opening_body"]

_LEAD = re.compile(r"^[A-Z][A-Z .,]{2,40}(?:>>|[-–—])\s*")
"""A dateline before the sentence proper ("KYIV >> ", "KYIV - ")."""
_IT_SAID = re.compile(r",[ \t]+(?:it|they)[ \t]+(?P<v>said|added|reported)\b[^,;:]{0,60}[.]?$")
_TABLE = frozenset(entry.canonical for entry in ALIASES.values() if entry.kind == "org")
_BODY_SAID = re.compile(
    r"(?P<s>(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)[ \t]+"
    r"(?P<v>said|say|reported)[ \t]+(?:that[ \t]+)?(?=(?:they|it|its|their)[ \t])"
)
"""A body the table knows, plural or singular, reporting its own action: "S said they ..."."""


def it_said(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """Sentences no reader attributed whose opening body the table knows speaks of itself:
    "BODY did X, it said on Tuesday" and "BODY said they did X"."""
    if not body_has(doc.body, " sa") and not body_has(doc.body, " reported"):
        return []  # no "said", "say(s)" or "reported" at all
    taken = {speakers.sentence_at(s.evidence.start) for s in kept}
    added: list[Statement] = []
    for i, sentence in enumerate(doc.sentences):
        if i in taken:
            continue
        lead = _LEAD.match(sentence.text)
        start = lead.end() if lead is not None else 0
        m = _IT_SAID.search(sentence.text)
        verb = "sa" in sentence.text or "reported" in sentence.text  # (said/say: literal first)
        said = _BODY_SAID.match(sentence.text, start) if m is None and verb else None
        if m is None and said is None:
            continue
        speaker = opening_body(doc, speakers, sentence.text[start:])
        if speaker is None:
            continue
        if m is not None:  # "BODY did X, it said on Tuesday"
            quote, cue = sentence.text[start : m.start()], m.group("v")
        elif said is not None and speakers.canonical(said.group("s")) == speaker:
            quote, cue = sentence.text[said.end() :].rstrip(" ."), said.group("v")
        else:
            continue
        evidence = Evidence(sentence.text, sentence.start, sentence.end)
        added.append(Statement(evidence, 0.6, speaker, "indirect", quote, cue))
    return added


def opening_body(doc: Document, speakers: Speakers, sentence: str) -> str | None:
    """The table body a sentence opens with ("KYIV >> Ukraine's air defense shot down ...")."""
    lead = _LEAD.match(sentence)
    words = sentence[lead.end() if lead is not None else 0 :].split()
    for n in range(min(5, len(words)), 0, -1):
        canonical = speakers.canonical(" ".join(words[:n]).rstrip(","))
        if canonical in _TABLE:
            return canonical  # a body the table knows, never a guess
    return None

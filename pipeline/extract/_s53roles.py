"""Statements on real agency copy, round 53 (second part): names for unnamed or bare speakers.

- "COUNTRY's health minister said C." then "“Q,” NAME told reporters." in the next sentence:
  the unnamed office-holder is NAME (the ``dev_articles7`` call: a lede's unnamed official
  named further on is that person);
- "X held/blamed/accused Y ... “F”" gives the fragment to X, the sentence's subject, not to
  the last speaker;
- a bare noun speaker ("office", from "The office called on ...") is the body named before
  with that head noun.

Called by :mod:`pipeline.extract._s53post`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._s53base import ROLE_NOUNS, bodylike, sentence_of, within
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["back_nouns", "role_named", "subject_partials"]


def role_named(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "Lebanon's health minister said C." then "“Q,” NAME told reporters." in the next
    sentence: the unnamed office-holder is NAME (a lede's official named next)."""
    for i, s in enumerate(kept):
        words = s.speaker.split()
        if not {w.lower() for w in words} & ROLE_NOUNS or all(w[:1].isupper() for w in words):
            continue
        index = sentence_of(doc, s.evidence.start)
        if index is None or index + 1 >= len(doc.sentences):
            continue
        after = doc.sentences[index + 1]
        people = [
            t
            for t in within(kept, after.start, after.end)
            if 1 < len(t.speaker.split()) <= 3
            and all(w[:1].isupper() for w in t.speaker.split())
            and not bodylike(t.speaker)
        ]
        earlier = [t for t in kept[:i] if t.speaker == s.speaker]
        if len(people) != 1 or earlier or not _NAMED_NEXT.search(after.text):
            continue
        name = people[0].speaker
        return [replace(t, speaker=name) if t.speaker == s.speaker else t for t in kept]
    return kept


_NAMED_NEXT = re.compile(
    r"[\"”][ \t]*(?:[^,.\"“”]{0,60},[ \t]+)?[A-Z][a-z]+(?:[ \t][A-Z][a-z'’-]+){1,2}[ \t]+"
    r"(?:told|said)\b"
)
"""A quote closed by a bare name, no title ("“...” on the country, NAME told reporters")."""


_HELD = re.compile(
    r"^(?:(?:Meanwhile|However|Separately|Earlier|Later|Also),[ \t]+)?"
    r"(?P<s>(?:[Tt]he[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|[a-z]+-[a-z]+|government"
    r"|media|office|ministry|of|in)){0,6}?)[ \t]+"
    r"(?:held|blamed|accused|urged|condemned|denounced|slammed|described|called)\b[^\"“”]*[\"“]"
)
"""A subject whose verb of judging carries a quoted fragment ("X held Y “fully responsible”")."""


def subject_partials(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """A partial quote in "X held/blamed/accused ... “F”" is X's, not the last speaker's."""
    out = list(kept)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if '"' not in text and "“" not in text:
            continue  # every :data:`_HELD` match ends on an opening mark
        m = _HELD.match(text)
        if m is None:
            continue
        subject = m.group("s")
        if subject.lower().startswith("the ") or len(subject.split()) < 2:
            continue  # a pronoun, an epithet or a lone word: the readers' call
        speaker = speakers.canonical(subject)
        for j, t in enumerate(out):
            inside = sentence.start <= t.evidence.start < sentence.end
            if inside and t.mode == "partial" and t.speaker not in text:
                out[j] = replace(t, speaker=speaker)
    return out


_BARE = frozenset({"office", "ministry", "group", "council", "committee", "agency", "network"})


def back_nouns(doc: Document, kept: list[Statement]) -> list[Statement]:
    """A bare noun speaker ("office", from "The office called on ...") is the body named
    before with that head noun."""
    out = list(kept)
    for j, t in enumerate(out):
        noun = t.speaker.lower()
        if noun not in _BARE:
            continue
        for prior in reversed(out[:j]):
            if prior.evidence.start >= t.evidence.start:
                continue
            words = prior.speaker.split()
            if len(words) > 1 and words[-1].lower() == noun:
                out[j] = replace(t, speaker=prior.speaker)
                break
    return out

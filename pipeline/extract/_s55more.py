"""More readings of statement round 55 (used by :mod:`pipeline.extract._s55post`).

Shapes of real agency copy the sentence readers left without a statement or gave the wrong
speaker, each read as a mechanism:

- "Meanwhile, NAME, director of X in the town of Y, northern Gaza, said C": a person whose
  apposition holds commas of its own (a place and its region) after a discourse adverb;
- "C, according to a volunteer rescue group." names the group as written, without the
  article, as "according to a local official" is read;
- "The IDF continued: “Q”" is the subject's direct quote, never the speaker before it;
- a portfolio's last word glued to the holder's name ("... for National Security Jonathan
  Feiner said" read as "Security Jonathan Feiner") is dropped;
- "C, the military's media wing said" in copy that names the ISPR is the ISPR (Pakistan's
  military media wing);

"“Q,” the group said" after a second group's statement (real5) is left to the readers: giving
it the last group named lowered a measured set.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract.model import Document, Sentence, Statement, StatementMode
from pipeline.extract.speakers import Speakers

__all__ = ["appositions", "colon_cue", "indefinite_groups", "media_wing", "title_tail"]

_APPOSED = re.compile(
    r"^(?:(?:Meanwhile|Separately|Elsewhere|Earlier|Later|However|In[ \t]+addition),[ \t]+)"
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+(?:al-|el-|Abu[ \t]+|bin[ \t]+)?[A-Z][\w'’-]+){1,3}),[ \t]+"
    r"(?:the[ \t]+)?(?:director|head|chief|spokesman|spokeswoman|spokesperson|mayor|governor"
    r"|commander|minister|deputy|official|member|secretary|president|chairman|coordinator"
    r"|manager)\b[^.;“”\"]{5,160}?,[ \t]+(?P<v>said|told[ \t]+[A-Z][\w-]+|stated|confirmed"
    r"|added|noted|warned|explained|stressed)[ \t]+(?:that[ \t]+)?(?P<c>[a-z][^“”\"]{10,}?)\.$"
)
_GROUP_NOUNS = r"(?:group|organi[sz]ation|network|monitor|committee|coalition|NGO|charity)"
_INDEFINITE = re.compile(
    rf"^(?P<c>[A-Z].{{15,}}?),[ \t]+according[ \t]+to[ \t]+an?[ \t]+(?P<s>(?:[a-z-]+[ \t]+){{1,3}}"
    rf"{_GROUP_NOUNS})\.$"
)
_WING = re.compile(
    r"^(?P<c>[A-Z“\"].{15,}?),[ \t]+the[ \t]+(?:military|army|armed[ \t]+forces)['’]s?[ \t]+"
    r"media[ \t]+(?:wing|affairs[ \t]+wing|office)[ \t]+(?P<v>said|stated|reported)\b[^,]{0,40}\.$"
)
_ISPR = re.compile(r"\bISPR\b|Inter-Services[ \t]+Public[ \t]+Relations")


_COLON = re.compile(
    r"^(?P<s>The[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+(?P<v>continued|went[ \t]+on"
    r"|added|wrote|stated|declared)[ \t]*:[ \t]*[“\"](?P<q>[^“”\"]{10,})[”\"]$"
)
"""'The IDF continued: “Q”' - a body named as the subject of a colon cue."""


def colon_cue(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """ "The IDF continued: “Q”": the subject's direct quote, not the speaker before."""
    out = list(kept)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if ":" not in text:
            continue
        m = _COLON.match(text)
        if m is None:
            continue
        speaker = speakers.canonical(m.group("s"))
        inside = [s for s in out if sentence.start <= s.evidence.start < sentence.end]
        if any(s.speaker == speaker and s.quote == m.group("q") for s in inside):
            continue
        out = [s for s in out if s not in inside]
        verb = m.group("v").split()[0]
        out.append(stripped_statement(sentence, text, speaker, "direct", m.group("q"), verb))
    return out


_TAILS = frozenset(
    {"Security", "Affairs", "Defence", "Defense", "Policy", "Relations", "Intelligence"}
)
"""Capitalised last words of a portfolio ("for National Security", "for Political Affairs")."""


def title_tail(kept: list[Statement]) -> list[Statement]:
    """ "... for National Security Jonathan Feiner said": the person, without "Security"."""
    out = []
    for s in kept:
        words = s.speaker.split()
        if len(words) == 3 and words[0] in _TAILS and all(w[:1].isupper() for w in words):
            portfolio = rf"\bfor[ \t]+(?:[A-Z][\w-]*[ \t]+){{0,3}}{re.escape(s.speaker)}\b"
            if re.search(portfolio, s.evidence.text):
                out.append(replace(s, speaker=" ".join(words[1:])))
                continue
        out.append(s)
    return out


def unread(out: list[Statement], start: int, end: int) -> bool:
    """Whether no statement of ``out`` starts in ``[start, end)`` (a sentence no reader took)."""
    return not any(start <= s.evidence.start < end for s in out)


def stripped_statement(
    sentence: Sentence, text: str, speaker: str, mode: StatementMode, quote: str, cue: str
) -> Statement:
    """A new statement whose evidence is ``text``, ``sentence``'s stripped text, where it
    stands in the body."""
    start = sentence.start + sentence.text.find(text)
    return new_statement(text, start, speaker, mode, quote, cue)


def appositions(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """ "Meanwhile, NAME, TITLE in PLACE, REGION, said C." read when nobody was."""
    out = list(kept)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if text.count(",") < 3 or not unread(out, sentence.start, sentence.end):
            continue  # the cheap test first: the statement walk made long stories quadratic
        m = _APPOSED.match(text)
        if m is None:
            continue
        name = speakers.canonical(m.group("n"))
        verb = m.group("v").split()[0]
        out.append(stripped_statement(sentence, text, name, "indirect", m.group("c"), verb))
    return out


def indefinite_groups(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "C, according to a volunteer rescue group.": the group as written."""
    out = list(kept)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if "according to a" not in text or not unread(out, sentence.start, sentence.end):
            continue
        m = _INDEFINITE.match(text)
        if m is None:
            continue
        speaker = re.sub(r"[ \t]+", " ", m.group("s"))
        out.append(
            stripped_statement(sentence, text, speaker, "indirect", m.group("c"), "according to")
        )
    return out


def media_wing(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "C, the military's media wing said." in copy naming the ISPR: the ISPR's C."""
    body = doc.body  # both spellings hold a literal a memchr-fast `in` finds first
    if not (body_has(body, "ISPR") or body_has(body, "Inter-Services")) or not _ISPR.search(body):
        return kept
    out = list(kept)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if "media" not in text or not unread(out, sentence.start, sentence.end):
            continue
        m = _WING.match(text)
        if m is None or m.group("c")[0] in '“"':
            continue
        out.append(
            stripped_statement(sentence, text, "ISPR", "indirect", m.group("c"), m.group("v"))
        )
    return out

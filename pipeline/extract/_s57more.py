"""More naming and reading on real agency copy (round 57, after :mod:`_s57post`'s readings).

- "the group said" names the armed group the sentence opens with ("Hezbollah fighters
  targeted ..., the group said"), else the one named last before it ("Houthis have ...
  The group has maintained that C"); the reader gave a bare "group" or an earlier group
  named in passing ("Hamas ally Hezbollah ... the Palestinian militant group");
- "C, X added but no casualties were reported." is X's clause C, not the tail after "but";
- "the NOUN known as NAME" is the article's own name for the NOUN: "“Q,” the force known as
  UNIFIL said." is UNIFIL's quote, and an earlier speaker described by that NOUN ("The UN
  peacekeeping force deployed along the border said C") is NAME too;
- "X in a statement said C" (the adjunct between subject and verb) is X's clause C;
- "C, according to an OUTLET reporter (in the area)." is "OUTLET reporter"'s clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._s55more import stripped_statement, unread
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["but_tail", "group_said", "in_a_statement", "known_as", "outlet_reporter"]

_GROUP_NAMES = re.compile(r"(?<![\w-])(Hezbollah|Hamas|Houthis?|Huthis?)(?![\w-])")
_PLAIN = {"hezbollah": "Hezbollah", "hamas": "Hamas", "houthi": "Houthis", "houthis": "Houthis"}
_THE_GROUP = re.compile(
    r"\b[Tt]he[ \t]+group[ \t]+(?:has[ \t]+|had[ \t]+)?(?:said|says|maintained|claimed|added"
    r"|stated|announced|insisted)\b"
)
_BUT_TAIL = re.compile(
    r"^(?P<c>[A-Z][^;:“”\"]{10,}?),[ \t]+(?P<s>(?:the[ \t]+)?[A-Za-z][\w'’ -]{1,60}?)[ \t]+"
    r"(?P<v>said|added|says|adds|reported)[ \t]+but[ \t]+"
)
_KNOWN_AS = re.compile(
    r"\b[Tt]he[ \t]+(?P<noun>[a-z]+)[ \t]+known[ \t]+as[ \t]+(?P<n>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)"
    r"{0,3})"
)
_KNOWN_QUOTE = re.compile(
    r"^[“\"](?P<q>[^“”\"]{8,})[”\"],?[ \t]+the[ \t]+[a-z]+[ \t]+known[ \t]+as[ \t]+(?P<n>[A-Z]"
    r"[\w-]+(?:[ \t]+[A-Z][\w-]+){0,3})[ \t]+(?P<v>said|says|added|stated)\.?$"
)
_IN_STATEMENT = re.compile(
    r"(?:^|,[ \t]+)(?P<s>(?:[Tt]he[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+)?(?:[A-Z][\w'’-]*|army|military"
    r"|ministry|police|government))[ \t]+in[ \t]+(?:a|its|an[ \t]+official)[ \t]+statement"
    r"[ \t]+(?P<v>said|says|announced|added)[ \t]+(?:that[ \t]+)?(?P<c>[^;:]{8,}?)\.?$"
)
_OUTLET_REPORTER = re.compile(
    r"^(?P<c>[A-Z][^;:“”\"]{10,}?),[ \t]+according[ \t]+to[ \t]+an?[ \t]+(?P<o>[A-Z][\w.-]+"
    r"(?:[ \t]+[A-Z][\w.-]+)?)[ \t]+(?P<r>reporter|correspondent)\b[^,;]{0,40}\.$"
)


def group_said(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "the group said": the group leading the sentence, else the one named last before."""
    out = []
    for s in kept:
        i = sentence_of(doc, s.evidence.start)
        text = doc.sentences[i].text.strip() if i >= 0 else s.evidence.text
        if "group" not in text or _THE_GROUP.search(text) is None:
            out.append(s)
            continue
        lead = _GROUP_NAMES.match(text)
        if lead is not None:
            out.append(replace(s, speaker=_PLAIN[lead.group(1).lower()]))
            continue
        if s.speaker != "group":
            out.append(s)
            continue
        start = doc.sentences[i].start if i >= 0 else s.evidence.start
        before = _GROUP_NAMES.findall(doc.body[max(0, start - 600) : start])
        out.append(replace(s, speaker=_PLAIN[before[-1].lower()]) if before else s)
    return out


def but_tail(kept: list[Statement]) -> list[Statement]:
    """ "C, X added but no casualties were reported.": X's clause C."""
    out = []
    for s in kept:
        m = _BUT_TAIL.match(s.evidence.text.strip()) if s.quote.startswith("but ") else None
        out.append(replace(s, quote=m.group("c"), mode="indirect") if m else s)
    return out


def known_as(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """ "the NOUN known as NAME": NAME for "“Q,” the NOUN known as NAME said" and for an
    earlier speaker whose head word is NOUN."""
    if not body_has(doc.body, "known"):
        return kept  # every :data:`_KNOWN_AS` match holds "known": skip the body scan
    names = [(m.start(), m.group("noun"), m.group("n")) for m in _KNOWN_AS.finditer(doc.body)]
    if not names:
        return kept
    out = list(kept)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        m = _KNOWN_QUOTE.match(text) if "known as" in text else None
        if m is None or not unread(out, sentence.start, sentence.end):
            continue
        name = speakers.canonical(m.group("n"))
        out.append(stripped_statement(sentence, text, name, "direct", m.group("q"), m.group("v")))
    renamed = []
    for s in out:
        later = [
            (at, n)
            for at, noun, n in names
            if 0 <= at - s.evidence.end < 800 and noun in s.speaker.lower().split()
        ]
        renamed.append(replace(s, speaker=speakers.canonical(later[0][1])) if later else s)
    return renamed


def in_a_statement(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """ "X in a statement said C": X's clause C (sentences no reader took)."""
    out = list(kept)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if " statement " not in text:
            continue
        m = _IN_STATEMENT.search(text)
        if m is None or not unread(out, sentence.start, sentence.end):
            continue
        who = re.sub(r"^[Tt]he[ \t]+", "", m.group("s"))
        if who.lower() in {"meanwhile", "earlier", "later", "it", "he", "she"}:
            continue
        name = speakers.canonical(who)
        out.append(stripped_statement(sentence, text, name, "indirect", m.group("c"), m.group("v")))
    return out


def outlet_reporter(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "C, according to an OUTLET reporter in the area.": the reporter's clause C."""
    out = list(kept)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        m = _OUTLET_REPORTER.match(text) if "according to a" in text else None
        if m is None or not unread(out, sentence.start, sentence.end):
            continue
        name = f"{m.group('o')} {m.group('r')}"
        out.append(
            stripped_statement(sentence, text, name, "indirect", m.group("c"), "according to")
        )
    return out

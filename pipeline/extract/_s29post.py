"""Last reading of finished statements for literal translations of Ukrainian, Russian state,
German reportage, Spanish and Polish/Czech copy (statement round 29).

Round 29 read the blind ``dev_articles60`` (``dev_statements54``). Ukrinform, TASS or RIA
Novosti copy put into English word for word keeps the source's order, which the readers
before this pass leave wrong or unread:

- "In the opinion of the spokesman of the Air Force, Colonel NAME, C" - the person, not the
  body, the rank no part of the clause; "In the opinion of the diplomat, C" after a person
  spoke: that person;
- "As the head of the RMA said, C" / "According to the head of the MVA, C": the holder named
  before as head of the regional (RMA, OVA, ODA) or city (MVA) military administration; "As
  the ROLE NAME specified, C": NAME;
- "The representative of the Kremlin also noted that C" after a spokesperson was named: the
  spokesperson, not the body;
- "The official representative of the Foreign Ministry NAME at a briefing on Wednesday stated
  that C" (a title run, the name, then an adjunct or ", answering ..., "): NAME;
- "About this, X informed in Telegram." - the sentence before is X's indirect statement;
- "“Q,” the diplomat emphasised": the person who spoke last.

The reportage, colon, bracket and back-reference shapes are in :mod:`_s29reads`. Every
reader starts with a literal test of the body or the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s29reads
from pipeline.extract._bodylits import body_has
from pipeline.extract._s29reads import VERBS, name_in, overlapping, person_speakers
from pipeline.extract.model import Document, Evidence, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_RANKS = "Colonel|Lieutenant|Major|General|Captain|Admiral|Vice|Rear|Brigadier|Sergeant|Commander"
_OPINION = re.compile(
    r"^In[ \t]+the[ \t]+(?:opinion|view|assessment|estimation)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<who>[^,“”\"«»]{3,140}?)(?:,[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,4}))?,"
    r"[ \t]+(?P<c>[^“”\"«»]{8,}?)\.$"
)
_AS = re.compile(
    r"^(?:As|According[ \t]+to)[ \t]+(?:the[ \t]+)?(?P<who>[a-z][^,“”\"«»]{2,140}?)"
    r"(?:[ \t]+(?:also[ \t]+)?(?P<v>" + VERBS + r")(?:[ \t]+(?:on|in|to|via)[ \t]+[^,]{1,40})?)?"
    r",[ \t]+(?P<c>[^“”\"«»]{8,}?)\.$"
)
_APPOSED = re.compile(r"(?:[A-Z][\w'’-]+[ \t]+)+[A-Z][\w'’-]+,|citing[ \t]")
_REGIONAL = re.compile(r"\b(?:RMA|OVA|ODA|regional[ \t]+(?:military[ \t]+)?administration)$")
_CITY = re.compile(r"\b(?:MVA|city[ \t]+military[ \t]+administration)$")
_HEAD_OF = r"head[ \t]+of[ \t]+the[ \t]+(?:[A-Z][\w'’-]+[ \t]+){1,2}"
_REGIONAL_HEAD = re.compile(
    _HEAD_OF + r"(?:regional|oblast)[ \t]+(?:military[ \t]+|state[ \t]+)?administration,?"
    r"[ \t]+(?P<n>[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)|"
    + _HEAD_OF.replace("{1,2}", "{1}")
    + r"(?:RMA|OVA|ODA),?[ \t]+(?P<m>[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)"
)
_CITY_HEAD = re.compile(
    _HEAD_OF + r"city[ \t]+military[ \t]+administration,?[ \t]+"
    r"(?P<n>[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)"
)
_REPRESENTATIVE = re.compile(
    r"^The[ \t]+(?:official[ \t]+)?representative[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w -]{2,40}?"
    r"[ \t]+(?:also[ \t]+)?(?P<v>" + VERBS + r")[ \t]+that[ \t]+(?P<c>[^“”\"«»]{8,}?)\.$"
)
_SPOKES = re.compile(r"spokes|press[ \t]+secretary|representative|press[ \t]+officer")
_ADJUNCT = re.compile(
    r"^(?:The|the)[ \t]+(?P<pre>[a-z][^,“”\"«»]{2,120}?[ \t])"
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,4})"
    r",?[ \t]+(?:at|in|on|during|via|while|after|answering|speaking|commenting|responding)"
    r"[ \t][^“”\"«»]{2,90}?,?[ \t]+(?:also[ \t]+)?(?P<v>" + VERBS + r")[ \t]+that[ \t]+"
    r"(?P<c>[^“”\"«»]{8,}?)\.$"
)
_TITLE_WORDS = re.compile(
    r"spokes|representative|secretary|head|governor|mayor|minister|ambassador|commander|chief"
    r"|director|advis|deputy|chairman|leader|officer|envoy"
)
_ABOUT = re.compile(
    r"^About[ \t]+this,?[ \t]+(?P<who>[^,“”\"«»]{3,160}?)[ \t]+(?:also[ \t]+)?"
    r"(?P<v>informed|informs|reported|reports|wrote|writes|said|says|stated|announced|announces)"
    r"(?:[ \t]+(?:in|on|via)[ \t][^,.“”\"«»]{1,60})?\.$"
)
_RANK = re.compile(_RANKS)
_NAME_TAIL = re.compile(r"(?:[A-Z][\w'’-]+[ \t]+){0,3}[A-Z][\w'’-]+$")
_TAIL_AFTER_WORD = re.compile(r"(?<=[a-z][ \t])(?:[A-Z][\w'’-]+[ \t]+){1,4}[A-Z][\w'’-]+$")
_BARE_ROLES = frozenset(
    {"diplomat", "minister", "deputy minister", "head of the department", "politician"}
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's shapes read and corrected."""
    body = doc.body
    if not _gate(body):
        return list(found)
    statements = [f for f in found if isinstance(f, Statement)]
    others = [f for f in found if not isinstance(f, Statement)]
    renames: dict[str, str] = {}
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if text[:1] not in "IATt":
            continue  # every reader below needs "In", "As", "According", "About", "The"/"the"
        new: Statement | None = None
        if text.startswith("In the "):
            new = _opinion(doc, speakers, statements, index)
        elif text.startswith(("As ", "According to the ")):
            new = _as(doc, speakers, index)
            if new is not None and not all(
                _junk_speaker(s.speaker)
                for s in overlapping(statements, sentence.start, sentence.end)
            ):
                new = None  # the earlier readers' own reading stands
        elif text.startswith("The ") and "representative of" in text:
            new = _representative(doc, speakers, statements, index)
        elif text.startswith("About this"):
            new = _about(doc, speakers, statements, index)
        if new is None and text.startswith(("The ", "the ")) and " that " in text:
            new = _adjunct(doc, speakers, index)
            if new is not None and not all(
                _junk_speaker(s.speaker)
                for s in overlapping(statements, sentence.start, sentence.end)
            ):
                new = None
        if new is not None:
            old = overlapping(statements, new.evidence.start, new.evidence.end)
            if any(s.speaker == new.speaker and s.quote == new.quote for s in old):
                continue
            statements = [s for s in statements if s not in old] + [new]
            renames.update({s.speaker: new.speaker for s in old if _junk(s.speaker, new.speaker)})
    if renames:
        statements = [_renamed(body, s, renames) for s in statements]
    if body_has(body, "the diplomat") or body_has(body, "the minister"):
        _bare_role(doc, speakers, statements)
    statements = _s29reads.revise(doc, speakers, statements)
    return others + statements


_GATE_WORDS = (
    " that ",  # the commonest first: the test stops at the first word found
    "(",
    '"',
    "“",
    "In the ",
    "As the ",
    "According to the head",
    "representative of",
    "About this",
    "the diplomat",
    "the minister",
    "according to",
    "asked",
    "attention",
)


def _gate(body: str) -> bool:
    return any(body_has(body, w) for w in _GATE_WORDS)


def _junk_speaker(speaker: str) -> bool:
    """A speaker the readers built from a title run ("regional As head military ...")."""
    return not speaker[:1].isupper() or " As " in speaker or " head " in speaker


def _junk(old: str, new: str) -> bool:
    """Whether ``old`` is a title run that holds the person ``new`` ("official representative
    of the Russian Foreign Ministry Maria Zakharova at a briefing")."""
    return old != new and not old[:1].isupper() and new.split()[-1] in old.split()


def _renamed(body: str, s: Statement, renames: dict[str, str]) -> Statement:
    """``s`` with a title-run speaker renamed; a quote opening its paragraph and closed by
    "” – the ROLE VERBed" is direct, not partial."""
    if s.speaker not in renames:
        return s
    mode = s.mode
    if mode == "partial":
        at = body.find(s.quote, max(0, s.evidence.start - 400))
        if at > 0 and body[at - 1] in '“"„«' and (at == 1 or body[at - 2] == "\n"):
            mode = "direct"
    return replace(s, speaker=renames[s.speaker], mode=mode)


def _statement(text: str, start: int, speaker: str, clause: str, cue: str) -> Statement:
    return Statement(
        Evidence(text, start, start + len(text)), 0.75, speaker, "indirect", clause, cue
    )


def _opinion(
    doc: Document, speakers: Speakers, statements: list[Statement], index: int
) -> Statement | None:
    """ "In the opinion of the ROLE, Colonel NAME, C" / "In the opinion of the diplomat, C"."""
    sentence = doc.sentences[index]
    m = _OPINION.match(sentence.text)
    if m is None:
        return None
    if m.group("n"):
        words = [w for w in m.group("n").split() if not _RANK.fullmatch(w)]
        if len(words) < 2:
            return None
        speaker = name_in(speakers, " ".join(words))
    else:
        who = m.group("who")
        if not who.islower() or len(who.split()) > 4:
            return None
        before = person_speakers(doc, speakers, statements, index, 4)
        if not before:
            return None
        speaker = before[-1]
    return _statement(sentence.text, sentence.start, speaker, m.group("c"), "in the opinion of")


def _as(doc: Document, speakers: Speakers, index: int) -> Statement | None:
    """ "As the head of the RMA said, C" / "As the ROLE NAME specified, C"."""
    sentence = doc.sentences[index]
    m = _AS.match(sentence.text)
    if m is None:
        return None
    who = m.group("who")
    cue = m.group("v") or "according to"
    if _APPOSED.match(m.group("c")):
        return None  # "According to the head of the MVA, NAME, C": the earlier readers'
    tail = _NAME_TAIL.search(who)
    if tail is not None and m.group("v") and len(tail.group(0).split()) >= 2:
        speaker = name_in(speakers, tail.group(0))
        return _statement(sentence.text, sentence.start, speaker, m.group("c"), cue)
    if not who.startswith("head of the "):
        return None
    if _CITY.search(who):
        pattern = _CITY_HEAD
    elif _REGIONAL.search(who):
        pattern = _REGIONAL_HEAD
    else:
        return None
    holders = [
        h.group("n") or h.groupdict().get("m") for h in pattern.finditer(doc.body[: sentence.start])
    ]
    if not holders or not holders[-1]:
        return None
    speaker = name_in(speakers, holders[-1])
    return _statement(sentence.text, sentence.start, speaker, m.group("c"), cue)


def _representative(
    doc: Document, speakers: Speakers, statements: list[Statement], index: int
) -> Statement | None:
    """ "The representative of the Kremlin also noted that C" after its spokesperson spoke."""
    sentence = doc.sentences[index]
    m = _REPRESENTATIVE.match(sentence.text)
    if m is None:
        return None
    before = person_speakers(doc, speakers, statements, index, 3)
    if not before:
        return None
    holder = before[-1]
    surname = holder.split()[-1]
    at = doc.body.find(surname)
    if at < 0 or not _SPOKES.search(doc.body[max(0, at - 120) : at]):
        return None
    return _statement(sentence.text, sentence.start, holder, m.group("c"), m.group("v"))


def _adjunct(doc: Document, speakers: Speakers, index: int) -> Statement | None:
    """ "The official representative of X NAME at a briefing on Wednesday stated that C"."""
    sentence = doc.sentences[index]
    m = _ADJUNCT.match(sentence.text)
    if m is None or not _TITLE_WORDS.search(m.group("pre")):
        return None
    speaker = name_in(speakers, m.group("n"))
    return _statement(sentence.text, sentence.start, speaker, m.group("c"), m.group("v"))


def _about(
    doc: Document, speakers: Speakers, statements: list[Statement], index: int
) -> Statement | None:
    """ "C. About this, X informed in Telegram.": X's indirect statement C."""
    sentence = doc.sentences[index]
    m = _ABOUT.match(sentence.text)
    if m is None or index == 0:
        return None
    prior = doc.sentences[index - 1]
    if prior.paragraph != sentence.paragraph or any(c in prior.text for c in '“”"«»'):
        return None
    if overlapping(statements, prior.start, prior.end):
        return None
    clause = prior.text.rstrip()
    if not clause.endswith(".") or len(clause.split()) < 4:
        return None
    who = m.group("who")
    tail = _TAIL_AFTER_WORD.search(who)
    speaker = name_in(speakers, tail.group(0)) if tail is not None else speakers.canonical(who)
    if speaker.islower():
        return None
    text = doc.body[prior.start : sentence.end]
    return Statement(
        Evidence(text, prior.start, sentence.end),
        0.7,
        speaker,
        "indirect",
        clause[:-1],
        m.group("v"),
    )


def _bare_role(doc: Document, speakers: Speakers, statements: list[Statement]) -> None:
    """ "“Q,” the diplomat emphasised": the person who spoke last."""
    for i, s in enumerate(statements):
        if s.speaker.lower() not in _BARE_ROLES:
            continue
        index = speakers.sentence_at(s.evidence.start)
        before = person_speakers(doc, speakers, statements, index, 3)
        if before:
            mode = "direct" if s.mode == "partial" and _whole(doc, s) else s.mode
            statements[i] = replace(s, speaker=before[-1], mode=mode)


def _whole(doc: Document, s: Statement) -> bool:
    """Whether the quote opens its sentence (a direct quote read as a partial)."""
    sentence = doc.sentences[doc_index(doc, s.evidence.start)]
    return sentence.text.lstrip('“"„« ').startswith(s.quote[:20])


def doc_index(doc: Document, offset: int) -> int:
    for i, sentence in enumerate(doc.sentences):
        if sentence.start <= offset < sentence.end:
            return i
    return 0

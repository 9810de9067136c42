"""Statements the reader left unread, round 71 (helper h_fix_s71, ``dev_statements97``): the
undetected statements of a set of real front-line and cross-border excerpts (kept outside the
project), each one a phrasing, not a sentence:

- an unnamed private person with an indefinite article ("C, a resident said.", "C, a witness
  told Reuters.", "A shopkeeper said C") speaks as the bare description ("resident");
- "According to (the) (local) media reports, C" and "C, residents and local media said" speak
  as written, without the article;
- ", with some outlets / several reports saying C" is the plural group's statement;
- "NAME took to X / Telegram to say (that) C" is NAME's;
- "SUBJ this week / last week said C" and "SUBJ released / issued a statement saying C" are
  the subject's;
- "SUBJ, saying C, struck ..." (the participle set off between subject and verb) is the
  subject's;
- "It said C2" right after a body's "said C1" continues that body;
- a model name between two opening quotation marks ("210 “Geran“ drones") inside the clause of
  "C, the BODY said" left the whole sentence unread.

Each reading is gated by a literal test of the body, then one precompiled pattern per sentence
holding the literal; a reading is added only when no statement of the sentence already has its
clause, so nothing the earlier rounds read is read twice.

Runs in :mod:`pipeline.extract._latepasses` last of all.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._clausereads import by_sentence as bucketed
from pipeline.extract._clausereads import indirect, literal_hits, same_reading, sentence_at
from pipeline.extract._found import split
from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_DAY = r"(?:[ \t]+(?:today|yesterday|(?:late[ \t]+|early[ \t]+)?on[ \t]+[A-Z][a-z]+day))?"
_PRIVATE = (
    r"(?:resident|witness|villager|shopkeeper|farmer|fisherman|neighbour|neighbor|"
    r"eyewitness|survivor|trader|driver)"
)
_WHO_AFTER = re.compile(
    rf"^(?P<c>[A-Z][^“”\"]+?),[ \t]+(?:a|an|one)[ \t]+(?P<w>(?:local[ \t]+)?{_PRIVATE})[ \t]+"
    rf"(?:said|told[ \t]+(?:[A-Z][\w.]+|reporters|the[ \t]+[A-Z]\w+)(?:[ \t]+by[ \t]+"
    rf"(?:phone|telephone))?){_DAY}\.$"
)
_WHO_BEFORE = re.compile(
    rf"^(?:A|An|One)[ \t]+(?P<w>(?:local[ \t]+)?{_PRIVATE})[ \t]+said{_DAY}[ \t]+(?:that[ \t]+)?"
    r"(?P<c>[a-z][^“”\"]+?)\.$"
)
_MEDIA = r"(?P<w>(?:(?:local|foreign|state|independent|[A-Z][a-z]+)[ \t]+)?media[ \t]+reports)"
_MEDIA_BEFORE = re.compile(
    rf"^According[ \t]+to[ \t]+(?:the[ \t]+)?{_MEDIA},[ \t]+(?P<c>[^“”]+?)\.$"
)
_MEDIA_AFTER = re.compile(
    rf"^(?P<c>[A-Z][^“”]+?),[ \t]+according[ \t]+to[ \t]+(?:the[ \t]+)?{_MEDIA}\.$"
)
_MEDIA_PAIR = re.compile(
    r"^(?P<c>[A-Z][^“”]+?),[ \t]+according[ \t]+to[ \t]+(?:the[ \t]+)?(?P<a>[a-z][^,“”]{3,60}?)"
    r"[ \t]+and[ \t]+(?:the[ \t]+)?(?P<w>(?:(?:local|foreign|state|independent)[ \t]+)?media"
    r"[ \t]+reports)\.$"
)
_JOINED = re.compile(
    r"^(?P<c>[A-Z][^“”\"]+?),[ \t]+(?P<w>(?:residents|locals|witnesses|villagers)[ \t]+and[ \t]+"
    rf"(?:local[ \t]+)?media(?:[ \t]+reports)?)[ \t]+said{_DAY}\.$"
)
_WITH = re.compile(
    r",[ \t]+with[ \t]+(?P<w>(?:some|several|other|many)[ \t]+(?:outlets|reports|media|"
    r"residents|witnesses))[ \t]+saying[ \t]+(?:that[ \t]+)?(?P<c>[^,“”]+?)\.$"
)
_TOOK = re.compile(
    r"(?P<n>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,3}),?[ \t]+took[ \t]+to[ \t]+"
    r"(?:X|Telegram|Facebook|Twitter|Instagram|social[ \t]+media)[ \t]+to[ \t]+say[ \t]+"
    r"(?:that[ \t]+)?(?P<c>[^“”]+?)\.$"
)
_SUBJ = (
    r"(?P<s>(?:[Tt]he[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}[ \t]+"
    r"(?:[a-z]+[ \t]+)?[A-Za-z]+)"
)
_WEEK = re.compile(
    rf"^{_SUBJ}[ \t]+(?:this|last|earlier[ \t]+this)[ \t]+(?:week|month)[ \t]+said[ \t]+"
    r"(?:that[ \t]+)?(?P<c>[a-z][^“”]+?)\.$"
)
_RELEASED = re.compile(
    r"(?:^|,[ \t]+)(?P<s>(?:the[ \t]+[a-z]+|(?:the[ \t]+|The[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+"
    r"[A-Za-z][\w'\u2019-]*){0,3}))[ \t]+(?:released|issued|put[ \t]+out|published)[ \t]+a[ \t]+"
    r"statement,?[ \t]+(?:saying|(?:re)?assuring[ \t]+[a-z]+)[ \t]+(?:that[ \t]+)?(?P<c>[^“”]+?)\.$"
)
_APPOSED = re.compile(
    r"^(?P<s>(?:The[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+[A-Za-z][\w'\u2019-]*){0,3}),[ \t]+saying"
    r"[ \t]+(?:that[ \t]+)?(?P<c>[^,“”]{8,}?),[ \t]+(?P<v>[a-z]+ed|struck|hit|shot|fired|"
    r"began|sent|drew|took|made)\b"
)
_IT = re.compile(r"^It[ \t]+(?:said|added)[ \t]+(?:that[ \t]+)?(?P<c>[a-z][^“”]+?)\.$")
_ODD = re.compile(
    r"^(?P<c>[A-Z][^,“”]*“[^“”,]{1,30}“[^,“”]*),[ \t]+(?P<s>the[ \t]+[A-Z][\w'\u2019 -]{2,60}?)"
    rf"[ \t]+said{_DAY}(?:,[ \t]+adding[ \t]+that[ \t]+(?P<c2>[^,“”]+?))?"
    r"(?:,[ \t]+(?:the[ \t]+)?[A-Z][\w()\u2019' -]{1,50}?[ \t]+reported)*\.$"
)
_ON_VERBS = ("asserted", "added", "insisted", "stressed", "noted", "warned", "said")
_AND_THAT = re.compile(rf"[ \t]+and[ \t]+(?:{'|'.join(_ON_VERBS)})[ \t]+that[ \t]+")
_ON_LITERALS = tuple(f" and {verb} that " for verb in _ON_VERBS)
_TRIGGERS = (
    " resident", " witness", "villager", "shopkeeper", "farmer", "fisherman", "neighbo",
    "survivor", " trader", " driver", "media reports", "and local media", " saying ", "assuring ",
    " took to ", " week said ", " month said ", "It said ", "It added ", "“",
)  # fmt: skip
"""Where a reading may start: only the sentences holding one are read ("“" only when the body
opens more quotations than it closes)."""
_PEOPLE = ("he", "she", "they", "it", "we", "i", "who", "which")


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    odd = body_has(body, "“") and body.count("“") > body.count("”")  # "210 “Geran“ drones"
    hits = literal_hits(body, _TRIGGERS if odd else _TRIGGERS[:-1])
    runs_on = any(body_has(body, literal) for literal in _ON_LITERALS)
    if not hits and not runs_on:
        return found
    statements, others = split(found)
    count = len(statements)
    if runs_on:
        statements = _split_and_that(statements)
    starts = [s.start for s in doc.sentences]
    by_sentence = bucketed(starts, statements)
    added: list[Statement] = []
    for i in sorted({sentence_at(starts, at) for at in hits}):
        if i < 0:
            continue
        sentence = doc.sentences[i]
        old = by_sentence.get(i, [])
        previous = doc.sentences[i - 1] if i > 0 else None
        before = by_sentence.get(i - 1, [])
        made = _read(sentence.text.strip(), sentence, speakers, old, before, previous, statements)
        if len(made) == 2 and made[0].quote == made[1].quote:  # "according to A and B": both
            joined = [
                o for o in old if " and " in o.speaker and same_reading(o.quote, made[0].quote)
            ]
            statements = [o for o in statements if o not in joined]
            old = [o for o in old if o not in joined]
        for s in made:
            if not any(same_reading(s.quote, o.quote) for o in old):
                added.append(s)
    if not added and len(statements) == count:  # nothing split, dropped or read
        return found
    statements = sorted([*statements, *added], key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *statements]


def _split_and_that(statements: list[Statement]) -> list[Statement]:
    """ "X stated that C1 and asserted that C2": two indirect statements, not one running on."""
    out: list[Statement] = []
    for s in statements:
        m = _AND_THAT.search(s.quote) if s.mode == "indirect" and " that " in s.quote else None
        if m is None or m.start() < 8 or len(s.quote) - m.end() < 8:
            out.append(s)
            continue
        out.append(dataclasses.replace(s, quote=s.quote[: m.start()].rstrip(" ,")))
        out.append(dataclasses.replace(s, quote=s.quote[m.end() :], confidence=0.75))
    return out


def _read(
    text: str,
    sentence: Sentence,
    speakers: Speakers,
    old: list[Statement],
    before: list[Statement],
    previous: Sentence | None,
    known: list[Statement],
) -> list[Statement]:
    """The first reading of the sentence that matches, or none."""
    if ("said" in text or "told" in text) and not old:
        m = _WHO_AFTER.match(text) or _WHO_BEFORE.match(text)
        if m is not None:
            return indirect(sentence, " ".join(m.group("w").split()), m.group("c"), "said")
        if " media" in text:
            m = _JOINED.match(text)
            if m is not None:
                return indirect(sentence, " ".join(m.group("w").split()), m.group("c"), "said")
    if "media reports" in text:
        m = _MEDIA_PAIR.match(text)
        if m is not None:
            first = indirect(sentence, " ".join(m.group("a").split()), m.group("c"), "according to")
            return first + indirect(
                sentence, " ".join(m.group("w").split()), m.group("c"), "according to"
            )
    if "media reports" in text and not old:
        m = _MEDIA_BEFORE.match(text) or _MEDIA_AFTER.match(text)
        if m is not None:
            return indirect(sentence, " ".join(m.group("w").split()), m.group("c"), "according to")
    if " saying " in text or "assuring " in text:
        return _saying(text, sentence, speakers, old, known)
    if " took to " in text:
        m = _TOOK.search(text)
        if m is not None:
            return indirect(sentence, speakers.canonical(m.group("n")), m.group("c"), "said")
    if (" week said " in text or " month said " in text) and not old:
        m = _WEEK.match(text)
        if m is not None and m.group("s").split()[-1].lower() not in _PEOPLE:
            return indirect(sentence, speakers.canonical(m.group("s")), m.group("c"), "said")
    if text.startswith("It ") and not old and len(before) == 1 and previous is not None:
        m = _IT.match(text)
        if m is not None and before[0].mode == "indirect" and _opens(previous, before[0]):
            return indirect(sentence, before[0].speaker, m.group("c"), "said")
    if "“" in text and "”" not in text and not old:
        m = _ODD.match(text)
        if m is not None:
            who = speakers.canonical(m.group("s"))
            two = m.group("c2")
            out = indirect(sentence, who, m.group("c"), "said")
            return out + indirect(sentence, who, two, "adding") if two and out else out
    return []


def _opens(previous: Sentence, s: Statement) -> bool:
    """The sentence before is the body's own "The BODY said C1" (not a person's)."""
    head = previous.text.lstrip()
    return head.startswith("The ") and " said " in head and " he " not in head[:40]


def _earlier(who: str, at: int, known: list[Statement]) -> str:
    """A bare "army" / "military" takes the last earlier speaker with that head ("Israeli army")."""
    if " " in who or not who.islower():
        return who
    best = who
    for s in known:
        if s.evidence.start >= at:
            break
        if s.speaker.endswith(" " + who) and len(s.speaker.split()) == 2:
            best = s.speaker
    return best


def _saying(
    text: str, sentence: Sentence, speakers: Speakers, old: list[Statement], known: list[Statement]
) -> list[Statement]:
    """ "with some outlets saying C", "released a statement saying C", "SUBJ, saying C, VERB"."""
    if " with " in text:
        m = _WITH.search(text)
        if m is not None:
            return indirect(sentence, " ".join(m.group("w").split()), m.group("c"), "saying")
    if " statement" in text:
        m = _RELEASED.search(text)
        if m is not None and m.group("s").split()[-1].lower() not in _PEOPLE:
            who = speakers.canonical(speakers.resolve_name(m.group("s"), sentence.start))
            return indirect(sentence, _earlier(who, sentence.start, known), m.group("c"), "saying")
    if ", saying " in text and not old:
        m = _APPOSED.match(text)
        if m is not None and m.group("s").split()[0] not in ("After", "Before", "When", "While"):
            return indirect(sentence, speakers.canonical(m.group("s")), m.group("c"), "saying")
    return []

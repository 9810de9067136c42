"""Two readings of real copy that hand a statement to the wrong speaker.

- "Ukrainian President NAME rejected the idea of a “short truce” and he said C": a pronoun
  in a clause joined by "and" to a clause whose subject is a named person is that person,
  not whoever spoke in the sentences before (the readers' antecedent search skipped the
  subject of its own sentence because its verb, "rejected", is no cue). The partial quotes
  of that sentence go with it.
- "..., according to an official statement. The message said, “...”": the adjective of "an
  official statement" is no speaker; the statement is the issuer's, the subject of the
  sentence that cites it when that subject names a person or body ("The head of the United
  Nations issued a rebuke ..., according to an official statement" → the Secretary-General),
  and so are the statements the readers chained to "official" after it.
- "Ukraine's air force chief said C" with the chief named a line later ("“...,” NAME said"):
  NAME's, not the head of state's the readers took "Ukraine's ... chief" for.
- A determiner taken for a speaker ("Your" of a scraped "Your browser doesn't support HTML5"
  line before "..., she said") is the person who spoke last.
- "NAME / He also expressed hope (confidence) that C" is NAME's indirect statement C, as
  "believe that" and "estimate that" are.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.extract._nlit import sentences_with
from pipeline.extract._sp14forms import _ALIASES
from pipeline.extract.model import Document, Statement

_AND_HE = re.compile(
    r"[ \t,]+and[ \t]+(?:he|she)[ \t]+(?:said|added|noted|stressed|warned|argued)\b"
)
_RUN = re.compile(r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)*")
_SUBJECT = re.compile(
    r"^(?:\([A-Z]+\)[ \t]+)?(?P<s>(?:The|the)[ \t]+[^,]{3,60}?)[ \t]+"
    r"(?:issued|has|had|said|made|released|published)\b"
)


def _first_person(text: str, person: Callable[[str], str | None]) -> str | None:
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        for size in (2, 3):
            if len(words) >= size and (found := person(" ".join(words[-size:]))) is not None:
                return found
    return None


def joined_subject(
    doc: Document, statements: list[Statement], person: Callable[[str, int], str | None]
) -> list[Statement]:
    """Statements of "NAME VERBed ... and he said C" sentences given to NAME."""
    out = list(statements)
    for sentence in doc.sentences:
        text = sentence.text  # a match holds "and he"/"and she" unless a tab or a run of blanks
        if not ("and he" in text or "and she" in text or "\t" in text or "  " in text):
            continue  # stands in between: only then is the pattern tried
        m = _AND_HE.search(text)
        if m is None:
            continue
        head = sentence.text[: m.start()]
        if any(c in head for c in ",;") and head.count(",") > 1:
            continue
        at = sentence.start

        def named(phrase: str, at: int = at) -> str | None:
            return person(phrase, at)

        who = _first_person(head, named)
        if who is None:
            continue
        for k, s in enumerate(out):
            if (
                sentence.start <= s.evidence.start < sentence.end
                and s.speaker != who
                and s.evidence.end <= sentence.end + 1
                and s.mode in ("indirect", "partial")
            ):
                out[k] = replace(s, speaker=who)
    return out


def official_statement(
    doc: Document, statements: list[Statement], person: Callable[[str, int], str | None]
) -> list[Statement]:
    """Statements credited to "official" (from "an official statement") given to the issuer."""
    if not any(s.speaker == "official" for s in statements):
        return statements
    issuer = None
    for sentence in sentences_with(doc, "official statement"):
        m = _SUBJECT.match(sentence.text.strip())
        if m is not None:
            subject = m.group("s")
            issuer = person(subject, sentence.start) or _ALIASES.get(subject[4:].lower())
        break
    if issuer is None:
        return statements
    return [replace(s, speaker=issuer) if s.speaker == "official" else s for s in statements]


_BODY_CHIEF = re.compile(
    r"(?:[A-Z][\w]*(?:’s|'s)|[Tt]he)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:air[ \t]+force|army|navy|"
    r"intelligence|police|military|border[ \t]+guard|security[ \t]+service)[ \t]+"
    r"(?:chief|commander|head|spokesman|spokesperson)[ \t]+(?:said|says|told|stated)\b"
)
"""A country's body's chief as the subject ("Ukraine’s air force chief said"), unnamed."""
_CHIEF_WORDS = ("chief", "commander", "head", "spokes")


def body_chief(doc: Document, statements: list[Statement]) -> list[Statement]:
    """An unnamed "Ukraine’s air force chief said C" given to the person named as the speaker
    of the next statement within two sentences (a lede's title, the name a line later), not
    to the head of state the readers took "Ukraine’s ... chief" for."""
    out = list(statements)
    starts = [s.start for s in doc.sentences]
    for k, s in enumerate(out):
        index = _index(starts, s.evidence.start)
        if index is None:
            continue
        sentence = doc.sentences[index]
        if not any(w in sentence.text for w in _CHIEF_WORDS):
            continue  # the literal title every :data:`_BODY_CHIEF` match ends with
        if _BODY_CHIEF.search(sentence.text) is None or s.speaker in sentence.text:
            continue
        for later in out[k + 1 :]:
            j = _index(starts, later.evidence.start)
            if j is None or j <= index or j - index > 2:
                break
            words = later.speaker.split()
            if (
                len(words) >= 2
                and words[0][:1].isupper()
                and later.speaker in doc.sentences[j].text
            ):
                out[k] = replace(s, speaker=later.speaker)
                break
    return out


def _index(starts: list[int], offset: int) -> int | None:
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 else None


_DETERMINERS = frozenset({"Your", "My", "Our", "Their", "His", "Her", "Its", "This", "That"})


def determiner_speaker(statements: list[Statement]) -> list[Statement]:
    """A determiner taken for a speaker ("Your" of a scraped "Your browser doesn't support
    HTML5" line before "..., she said") is the person who spoke last before it."""
    out = list(statements)
    for k, s in enumerate(out):
        if s.speaker not in _DETERMINERS:
            continue
        for prior in reversed(out[:k]):
            if prior.speaker not in _DETERMINERS and " " in prior.speaker:
                out[k] = replace(s, speaker=prior.speaker)
                break
    return out


_HOPE = re.compile(
    r"^(?P<np>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})[ \t]+(?:also[ \t]+)?(?:expressed|voiced)"
    r"[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+)?(?:hope|confidence|conviction)[ \t]+that[ \t]+"
    r"(?P<c>[^“”\"]{8,300}?)\.?$"
)
""""NAME also expressed hope that C": NAME's indirect statement C (a verb of saying)."""


def hoped(
    doc: Document,
    statements: list[Statement],
    person: Callable[[str, int], str | None],
    subject: Callable[[int], str | None],
    make: Callable[[str, int, str, str], Statement],
) -> list[Statement]:
    """Statements of "NAME / He expressed hope (confidence) that C" sentences nobody read."""
    out = list(statements)
    for index, sentence in enumerate(doc.sentences):
        if "expressed" not in sentence.text and "voiced" not in sentence.text:
            continue
        m = _HOPE.match(sentence.text.strip())
        if m is None or any(sentence.start <= s.evidence.start < sentence.end for s in out):
            continue
        np = m.group("np")
        who = subject(index) if np in ("He", "She") else person(np, sentence.start)
        if who is None:
            continue
        out.append(make(sentence.text.strip(), sentence.start, who, m.group("c")))
    out.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return out

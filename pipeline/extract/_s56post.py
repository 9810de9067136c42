"""Statements on real agency copy, seventh round (statement round 56, ``dev_statements82``).

Ukrainian relays (UNN, Ukrinform, Censor.NET) credit the words before them in a sentence of
their own (:mod:`pipeline.extract._s56credit` finds those credits). This pass:

- drops the statement the readers took from a credit sentence itself (the outlet's trailing
  "..., UNN reports" made "This was stated by NAME" look like the outlet's words);
- gives the words before the credit (the sentence before in its paragraph, else the whole
  paragraph before, or the text before a dash credit) to the credited person as one indirect
  statement, replacing the uncued readings of those sentences; a sentence with a cue of its
  own or a direct quote stays as it was;
- names a role left as the speaker ("The head of the OP said", "The OVA head noted") after
  the person the story named in that role: the last person who spoke before, else the last
  person named in a sentence about an administration or office;
- drops an outlet-credited lead that names only a topic ("NAME reported on the aftermath of
  the strike, UNN writes": nobody's words);
- then the readings of :mod:`pipeline.extract._s56pron` ("NAME VERBed ... and he said C",
  "according to an official statement", "Ukraine's air force chief said", a determiner as a
  speaker, "expressed hope that C").

Runs after the round-54 pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.extract._found import new_statement, split
from pipeline.extract._names import Registry
from pipeline.extract._s56credit import Credit, credits, is_role, topic_only
from pipeline.extract._s56pron import (
    body_chief,
    determiner_speaker,
    hoped,
    joined_subject,
    official_statement,
)
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_MAX_BACK = 4
"""At most this many sentences of the paragraph before are the credited words."""
_MARKS = ("“", "”", '"', "«", "»", "„")
"""Words holding a quotation mark keep their readings (a fragment in them is a partial)."""
_HINT = re.compile(r"administration|governor|Office|OVA|RMA|OP\b|head of|mayor", re.IGNORECASE)
_PERSON_RUN = re.compile(r"[A-Z][\w’'-]+[ \t]+[A-Z][\w’'-]+")


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Apply the credit sentences and the role holders of ``doc`` to ``found``."""
    body = doc.body
    registry: list[Registry] = []

    def resolved(phrase: str, offset: int, kinds: tuple[str, ...]) -> str | None:
        if not registry:
            registry.append(Registry(body))
        got = registry[0].resolve(phrase, offset)
        return got.canonical if got is not None and got.kind in kinds else None

    def person(phrase: str, offset: int) -> str | None:
        return resolved(phrase, offset, ("person",))

    def issuer(phrase: str, offset: int) -> str | None:
        return resolved(phrase, offset, ("person", "org"))

    statements, others = split(found)
    for credit in credits(doc, person):
        statements = _apply(doc, credit, statements, person)
    statements = [_holder(doc, s, statements, person) for s in statements]
    statements = [s for s in statements if not _topic(doc, s)]
    statements = joined_subject(doc, statements, person)
    statements = official_statement(doc, statements, issuer)
    statements = body_chief(doc, statements)
    statements = determiner_speaker(statements)
    statements = hoped(doc, statements, person, speakers.subject, _hope_statement)
    return others + statements


def _words(doc: Document, credit: Credit) -> tuple[int, int] | None:
    """The body span of the words ``credit`` gives its speaker."""
    sentences = doc.sentences
    here = sentences[credit.index]
    if credit.own_end > 0 and here.text[: credit.own_end].strip(" -–—\n"):
        first = credit.index
        while first > 0 and sentences[first - 1].paragraph == here.paragraph:
            first -= 1
        if credit.index - first >= _MAX_BACK:
            return None
        return sentences[first].start, here.start + credit.own_end
    if credit.index == 0:
        return None
    before = sentences[credit.index - 1]
    first = credit.index - 1
    if credit.bullet:  # a "- NAME wrote." line: the whole paragraph before
        while first > 0 and sentences[first - 1].paragraph == before.paragraph:
            first -= 1
    if credit.index - first > _MAX_BACK or _headline(doc, first, before):
        return None
    return sentences[first].start, before.end


def _headline(doc: Document, first: int, last: Sentence) -> bool:
    """Whether the words are the story's first line without a full stop (its headline)."""
    return first == 0 and not last.text.rstrip().endswith((".", "!", "”", '"'))


def _apply(
    doc: Document, credit: Credit, statements: list[Statement], person: object
) -> list[Statement]:
    del person
    here = doc.sentences[credit.index]
    span = _words(doc, credit)
    if span is None:
        dropped = {s.speaker for s in statements if _reads_credit(s, here, credit)}
        after = doc.sentences[credit.index + 1 : credit.index + 3]
        limit = after[-1].end if after else here.end
        return [
            replace(s, speaker=credit.name)
            if s.speaker in dropped and here.end <= s.evidence.start < limit
            else s
            for s in statements
            if not _reads_credit(s, here, credit)
        ]
    start, end = span
    text = doc.body[start:end].strip()
    inline = credit.own_end > 0 or credit.bullet  # "C - NAME wrote.": words end at the dash
    if (
        len(text.split()) < 5
        or any(c in text for c in _MARKS)
        or not (inline or text.endswith((".", "!")))
    ):
        return [s for s in statements if not _reads_credit(s, here, credit)]
    inside: list[Statement] = []
    keep: list[Statement] = []
    for s in statements:
        if _reads_credit(s, here, credit):
            continue  # the credit sentence read as a statement
        if start <= s.evidence.start < end or (s.evidence.start < start < s.evidence.end <= end):
            inside.append(s)
        else:
            keep.append(s)
    dash = credit.own_end > 0 or credit.bullet
    if inside and not dash and all(s.speaker == credit.name for s in inside):
        return keep + inside  # already the credited person's
    for s in inside:
        if s.mode == "direct":
            return keep + inside
        if s.mode == "indirect" and not _uncued(doc, s, start, end):
            return keep + inside
    speaker = credit.name if not is_role(credit.name) else _last_person(keep + inside, start)
    if speaker is None:
        return keep + inside
    quote = text.rstrip(" -–—")
    if quote.endswith(".") and quote.count(". ") == 0:
        quote = quote[:-1]
    made = new_statement(doc.body[start : here.end], start, speaker, "indirect", quote, credit.verb)
    kept = keep + [s for s in inside if s.mode == "partial"] + [made]
    kept.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return kept


def _hope_statement(text: str, start: int, speaker: str, quote: str) -> Statement:
    return new_statement(text, start, speaker, "indirect", quote, "expressed hope")


def _topic(doc: Document, s: Statement) -> bool:
    """An outlet's lead naming only a topic ("NAME reported on X, UNN writes")."""
    if s.mode != "indirect":
        return False
    i = sentence_of(doc, s.evidence.start)
    if i < 0:
        return False
    sentence = doc.sentences[i]
    return sentence.text.strip().startswith(s.quote.strip()) and topic_only(s.quote, sentence.text)


def _reads_credit(s: Statement, here: Sentence, credit: Credit) -> bool:
    """Whether ``s`` reads the credit itself (the part of sentence ``here`` after the words)."""
    q = s.quote.strip() or "\x00"
    start = here.start + credit.own_end
    return (
        s.evidence.start < here.end and s.evidence.end > start and q in here.text[credit.own_end :]
    )


def _uncued(doc: Document, s: Statement, start: int, end: int) -> bool:
    """Whether ``s`` reads a whole sentence of the span with no cue of its own."""
    q = s.quote.strip().rstrip(".")
    if not q:
        return True
    for sentence in doc.sentences:
        if start <= sentence.start < end and sentence.text.strip().startswith(q[:30]):
            return True
    return False


def _last_person(statements: list[Statement], before: int) -> str | None:
    for s in reversed(statements):
        if (
            s.evidence.start < before
            and " " in s.speaker
            and not is_role(s.speaker)
            and s.speaker[:1].isupper()
            and s.speaker.split()[0] not in ("The", "Ukrainian")
        ):
            return s.speaker
    return None


def _holder(
    doc: Document,
    s: Statement,
    statements: list[Statement],
    person: Callable[[str, int], str | None],
) -> Statement:
    """A role left as the speaker, named after its holder."""
    if not is_role(s.speaker):
        return s
    for other in reversed(statements):
        if other.evidence.start >= s.evidence.start:
            continue
        if (name := person(other.speaker, other.evidence.start)) is not None:
            return replace(s, speaker=name)
    for sentence in reversed(doc.sentences):
        if sentence.start >= s.evidence.start or not _HINT.search(sentence.text):
            continue
        for m in reversed(list(_PERSON_RUN.finditer(sentence.text))):
            if (name := person(m.group(0), sentence.start + m.start())) is not None:
                return replace(s, speaker=name)
    return s

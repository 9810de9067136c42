"""Agency source lines and headlines on real wire copy (statement round 51).

Ukrinform-style copy credits a report in a sentence of its own, wrapped in the agency's
own credit: "According to Ukrinform, this was reported on Facebook by the head of the
Donetsk Regional Military Administration NAME." / "This was reported in Telegram by X,
Ukrinform reports." The convention ("This was reported by X" makes the sentence before
X's) holds through the wrapper; the main reader instead gave the whole source line to the
agency as a statement. Here such a statement becomes X's statement of the sentence before
(or nothing, when the sentence before is the page's headline).

A headline is a line of the page's header block (before the first sentence that ends with
a stop) without a stop of its own. A statement read from one ("Air Force says 36 drones
shot down overnight in Ukraine", or a headline credited by "X announced this on
Telegram") is no statement when the body restates it: most of its content words come back
in the body, and the body holds statements of its own.
"""

from __future__ import annotations

import re

from pipeline.extract._found import new_statement
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["reframed"]

_SOURCE_LINE = re.compile(
    r"^(?:[Tt]his|[Ii]t)[ \t]+(?:was|has[ \t]+been|is)[ \t]+(?:reported|announced|stated"
    r"|communicated|informed|said|written)(?:[ \t]+(?:on|in|via|at)[ \t]+(?:the[ \t]+)?"
    r"[\w.-]+(?:[ \t]+(?:channel|page|account))?)?[ \t]+by[ \t]+(?P<x>.+?)\.?$"
)
_TRAILING_NAME = re.compile(r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})$")
_BODY_WORDS = frozenset(
    {
        "Administration",
        "Council",
        "Ministry",
        "Service",
        "Office",
        "Command",
        "Agency",
        "Forces",
        "Staff",
        "Force",
        "Police",
        "Department",
        "Committee",
        "Guard",
    }
)
_TERMINAL = (".", "!", "?", "…", '"', "”", "’", "»", ":")
_STOP = frozenset(
    {
        "the",
        "a",
        "an",
        "in",
        "on",
        "of",
        "at",
        "to",
        "for",
        "and",
        "says",
        "said",
        "with",
        "this",
        "from",
        "over",
        "after",
        "into",
        "by",
        "is",
        "are",
        "was",
        "were",
    }
)


def reframed(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """``statements`` with source lines credited back and restated headlines dropped."""
    heads = _headlines(doc)
    out: list[Statement] = []
    for s in statements:
        index = speakers.sentence_at(s.evidence.start)
        if index in heads and (
            s.quote.strip() == doc.sentences[index].text.strip()
            or _restated(doc, s, heads, statements, speakers)
        ):
            continue  # a headline credited by "X announced this", or one the body restates
        m = _SOURCE_LINE.match(s.quote.strip())
        if m is None or s.mode != "indirect" or index <= 0:
            out.append(s)
            continue
        if re.search(r"[ \t]and[ \t]|[ \t](?:confirmed|reported)[ \t]", m.group("x")):
            out.append(s)  # two sources or two verbs: no one speaker to credit
            continue
        if index - 1 in heads:
            continue  # a headline credited by a source line: no statement
        prev = doc.sentences[index - 1]
        quote = prev.text.strip().rstrip(".")
        if any(t.evidence.start == prev.start for t in statements) or len(quote.split()) < 4:
            out.append(s)
            continue
        out.append(
            new_statement(
                prev.text,
                prev.start,
                _speaker(speakers, m.group("x"), s),
                "indirect",
                quote,
                s.cue or "reported",
            )
        )
    return out


def _speaker(speakers: Speakers, phrase: str, s: Statement) -> str:
    phrase = re.split(r",[ \t]+", phrase, maxsplit=1)[0].strip()
    m = _TRAILING_NAME.search(phrase)
    if m is not None and m.start() > 0 and phrase[: m.start()].strip():
        words = m.group("n").split()
        while len(words) > 2 and words[0] in _BODY_WORDS:
            words = words[1:]
        if words[0] not in _BODY_WORDS:
            return speakers.canonical(" ".join(words))
    return speakers.canonical(phrase) or s.speaker


def _headlines(doc: Document) -> set[int]:
    """Indexes of the header block's sentences that end without a stop (page headlines)."""
    out: set[int] = set()
    body = doc.body
    for k, sentence in enumerate(doc.sentences):
        text = sentence.text.rstrip()
        if text.endswith(_TERMINAL):
            break
        after = body[sentence.end : sentence.end + 2]
        if after.startswith("\n") or sentence.end >= len(body.rstrip()):
            out.add(k)
    return out


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w'’-]+", text.lower()) if w not in _STOP and len(w) > 2}


def _restated(
    doc: Document, s: Statement, heads: set[int], statements: list[Statement], speakers: Speakers
) -> bool:
    """True when the body after the header restates the headline's statement."""
    if not any(speakers.sentence_at(t.evidence.start) not in heads for t in statements):
        return False
    last = max(heads)
    if last + 1 >= len(doc.sentences):
        return False
    rest = _words(doc.body[doc.sentences[last + 1].start :])
    words = _words(s.quote)
    if not words:
        return True
    return len(words & rest) * 2 >= len(words)

"""More statements of statement round 49 (``dev_articles75`` literal copy, ``dev_statements75``):
shapes whose speaker is the subject or the source just quoted, not a name in the shape.

- "C, he added(, specifying that D)." / "C, she referred." with no speaker read: the source
  of the nearest statement before it in the paragraph or the one before (a pronoun after a
  source that only a later pass read, or after a verb the cue scan does not list);
- "..., VERBING that C" after a main verb the readers took for no saying ("minimised the
  episode, assuring that C", "urged them to ..., affirming that C"): the subject's;
- "For NAME, C, through which, he recalled, D": C is NAME's as well as D;
- "S, made known the BODY, PRED" (an incise with an unlisted verb): the body's "PRED";
- "..., to whom he assured that C": the sentence's titled subject's;
- "According to a report of the BODY ..., C": the body's;
- "X made it known through its ROLE NAME that C" is NAME's (the ``dev_articles75`` call):
  read here when no reader read it, renamed by :func:`through` when one read it as X's.
"""

from __future__ import annotations

import re

from pipeline.extract._found import new_statement
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["more", "through"]

_PERSON = re.compile(r"^[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}$")
_PRONOUN = re.compile(
    r"^(?P<c>[^;«»“”\"]{8,}?),[ \t]+(?:he|she)[ \t]+(?:added|said|referred|recalled|specified"
    r"|explained|stressed|noted|wrote|reported|underlined|told[ \t][^,;]{2,40})"
    r"(?:,[ \t]+[a-z]+ing[ \t]+that[ \t]+(?P<d>[^;]{8,}?))?\.?$"
)
_PARTICIPLE = re.compile(
    r",[ \t]+(?:affirming|assuring|stressing|specifying|explaining|recalling|underlining"
    r"|insisting|claiming|arguing|indicating|maintaining|reiterating)[ \t]+that[ \t]+"
    r"(?P<c>[^;]{8,}?)\.?$"
)
_NAME = r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|de|da|von|van|al-\w+)){0,3}"
_FOR = re.compile(
    r"^For[ \t]+(?P<n>(?:the[ \t]+[a-z-]+[ \t]+)?" + _NAME + r"),[ \t]+(?P<c>[^;]{12,}?)"
    r",[ \t]+(?:(?:through|in|by|from|to|with)[ \t]+)?(?:which|whom|where),[ \t]+"
    r"(?:he|she)[ \t]+[a-z]+,"
)
_MADE_KNOWN = re.compile(
    r"^(?P<s>" + _NAME + r"),[ \t]+(?:made[ \t]+known|let[ \t]+it[ \t]+be[ \t]+known|let[ \t]+"
    r"know)[ \t]+(?P<w>(?:the[ \t]+)?" + _NAME + r"),[ \t]+(?P<c>[a-z][^;]{8,}?)\.?$"
)
_TO_WHOM = re.compile(
    r",[ \t]+(?:to|with)[ \t]+whom[ \t]+(?:he|she)[ \t]+(?:assured|said|told|explained"
    r"|confirmed|promised|stressed|announced)[ \t]+(?:that[ \t]+)?(?P<c>[^;]{8,}?)\.?$"
)
_LEAD = re.compile(
    r"^(?:(?:The|the)[ \t]+[a-z][a-z -]{2,30}?[ \t]+)?(?P<n>" + _NAME + r")[ \t]+[a-z]"
)
_REPORT_OF = re.compile(
    r"^[Aa]ccording[ \t]+to[ \t]+(?:a|an|the)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:report|note|study"
    r"|assessment|dossier|document)[ \t]+(?:of|by|from)[ \t]+(?P<o>(?:the[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|[a-z]+)){0,3}?)(?:[ \t]+(?:[a-z]+ed|sent|drawn|seen|written"
    r"|given|made|shown)\b[^,;]{0,60})?,[ \t]+(?P<c>[^;]{12,}?)\.?$"
)
_THROUGH = re.compile(
    r"\bmade[ \t]+it[ \t]+known[ \t]+through[ \t]+(?:its|his|her|their)[ \t]+[a-z][a-z -]{1,30}?"
    r"[ \t]+(?P<n>" + _NAME + r")[ \t]+that\b(?:[ \t]+(?P<c>[^;]{8,}?)\.?$)?"
)


def more(
    doc: Document,
    speakers: Speakers,
    index: int,
    mine: list[Statement],
    earlier: tuple[list[Statement], list[Statement]],
) -> list[Statement]:
    """The statements of this module's shapes in sentence ``index``; ``earlier`` holds the
    statements found so far (read in order, only those before the sentence count)."""
    sentence = doc.sentences[index]
    text, start = sentence.text, sentence.start
    out: list[tuple[str, str, str]] = []
    pronoun = ", he" in text or ", she" in text or "\t" in text or ",  " in text  # (literal)
    if not mine and pronoun and (m := _PRONOUN.match(text)) is not None:
        who = _last(doc, index, [*earlier[0], *earlier[1]])
        if who is not None:
            out.append((who, m.group("c"), "added"))
            if m.group("d"):
                out.append((who, m.group("d"), "specifying"))
    # Literal gates: each shape below holds its word ("that", "For", "know", "whom",
    # "ccording"), so a sentence without it skips the regex (most sentences hold none).
    if (
        "that" in text
        and (m := _PARTICIPLE.search(text)) is not None
        and not _covered(mine, m.group("c"))
    ):
        head = text[: m.start()]
        who = mine[0].speaker if mine else speakers.subject(index) or _lead(speakers, head, start)
        if who is not None:
            out.append((who, m.group("c"), "affirming"))
    if (
        text.startswith("For")
        and (m := _FOR.match(text)) is not None
        and not _covered(mine, m.group("c"))
    ):
        name = m.group("n")
        out.append((speakers.named(name, start) or name, m.group("c"), "for"))
    if not mine and "know" in text and (m := _MADE_KNOWN.match(text)) is not None:
        body = m.group("w")
        who = speakers.named(body, start + m.start("w")) or body.removeprefix("the ")
        out.append((who, m.group("c"), "made known"))
    if (
        "whom" in text
        and (m := _TO_WHOM.search(text)) is not None
        and not _covered(mine, m.group("c"))
    ):
        who = _lead(speakers, text, start)
        if who is not None:
            out.append((who, m.group("c"), "assured"))
    if not mine and "ccording" in text and (m := _REPORT_OF.match(text)) is not None:
        owner = m.group("o")
        who = speakers.named(owner, start + m.start("o")) or owner.removeprefix("the ")
        out.append((who, m.group("c"), "according to"))
    if not mine and "made it known" in text and (m := _THROUGH.search(text)) and m.group("c"):
        name = m.group("n")
        out.append((speakers.named(name, start) or name, m.group("c"), "made it known"))
    return [
        new_statement(text, start, who, "indirect", c.strip().rstrip(" ."), cue)
        for who, c, cue in out
    ]


def through(text: str, speakers: Speakers, start: int, speaker: str) -> str:
    """The NAME of "X made it known through its ROLE NAME that C", else ``speaker``."""
    if "made it known through" not in text or (m := _THROUGH.search(text)) is None:
        return speaker
    name = m.group("n")
    return speakers.named(name, start + m.start("n")) or name


def _last(doc: Document, index: int, prior: list[Statement]) -> str | None:
    """The speaker of the nearest statement before, in this paragraph or the one before."""
    paragraph = doc.sentences[index].paragraph
    for t in reversed(prior):
        if t.evidence.start < doc.sentences[index].start:
            i = sentence_of(doc, t.evidence.start)
            if i >= 0 and paragraph - 1 <= doc.sentences[i].paragraph <= paragraph:
                return t.speaker if _PERSON.match(t.speaker) else None  # "he": a named person
            return None
    return None


def _lead(speakers: Speakers, text: str, start: int) -> str | None:
    head = re.sub(r"^(?:From|In|At)[ \t]+[A-Z][\w'’-]+,[ \t]+", "", text)
    shift = len(text) - len(head)
    if (m := _LEAD.match(head)) is None or " " not in m.group("n"):
        return None
    name = m.group("n")
    return speakers.named(name, start + shift + m.start("n")) or name


def _covered(mine: list[Statement], clause: str) -> bool:
    clause = clause.strip().rstrip(".")
    return any(clause in t.quote or t.quote in clause for t in mine)

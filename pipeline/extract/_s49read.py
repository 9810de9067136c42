"""Statements no earlier reader finds (statement round 49, ``dev_statements75``).

Each shape is a general mechanism of wire copy the cue readers leave unread:

- a possessive source before its document: "According to the General Staff's morning
  report, C" / "According to the ministry's weekly bulletin, C" (the owner speaks);
- a second subject and verb after a subordinator: "C, X said, as Y said (that) D" and
  "A, while Y said that D" (D is Y's);
- a trailing subject whose verb the readers took for a leading one because an adjunct, not a
  clause, follows it: "C, Russian Foreign Minister NAME stated following talks with ...";
- staff of a named institution: "Officials at Nasser Hospital said C", "C, doctors at X
  Hospital said" ("officials at Nasser Hospital", the labels' form);
- a Romance infinitive report behind a relative or a second verb: "NAME, who recalled to
  have spoken ...", "X denied ... and affirmed to remain committed ..." (the quote is the
  infinitive phrase, the ``dev_statements27`` call).

Only sentences that hold no statement of the same clause are read.
"""

from __future__ import annotations

import re

from pipeline.extract import _s49more
from pipeline.extract._found import new_statement
from pipeline.extract.model import Document, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["dedupe", "read"]

_DOCS = (
    r"(?:report|update|summary|bulletin|briefing|statement|data|figures|tally|count|estimate"
    r"|estimates|assessment|communiqu[ée]|release)"
)
_ACCORDING = re.compile(
    r"^(?:[A-Z][^,]{0,30},[ \t]+)?[Aa]ccording[ \t]+to[ \t]+(?P<o>(?:the[ \t]+)?"
    r"[A-Za-z][\w.'’ -]{1,60}?)(?:'s|’s|')[ \t]+(?:[a-z]+[ \t]+){0,2}" + _DOCS
    + r",[ \t]+(?P<c>[^;]{12,}?)\.?$"
)  # fmt: skip
_VERBS = (
    r"(?:said|says|reported|reports|announced|stated|claimed|added|confirmed|insisted"
    r"|warned|wrote)"
)
_SECOND = re.compile(
    r",[ \t]+(?:as|while|whereas)[ \t]+(?P<s>(?:the[ \t]+|[A-Z][\w.'’-]*[ \t]+)[^,;]{1,60}?)"
    r"[ \t]+" + _VERBS + r"[ \t]+(?:that[ \t]+)?(?P<c>[^;]{12,}?)\.?$"
)
_SUBJECT_WORDS = re.compile(
    r"\b(?:army|military|ministry|forces|staff|command|office|police|agency|service"
    r"|government|spokesman|spokeswoman|spokesperson|officials?|governor|mayor|minister"
    r"|president|Kremlin|Pentagon|IDF|Hamas|Hezbollah|Houthis)\b|^[A-Z]"
)
_ADJUNCT = re.compile(
    r"^[ \t]+(?:following|after|at|during|before|ahead[ \t]+of|in|amid|upon|while|when)\b"
)
_SAYS = frozenset(
    {"said", "stated", "declared", "announced", "noted", "stressed", "emphasized", "emphasised",
     "added", "affirmed", "underlined", "explained", "warned", "told", "reported", "wrote"}
)  # fmt: skip
_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "-", "–"})
_STAFF = r"(?:[Oo]fficials|[Dd]octors|[Mm]edics|[Ss]taff|[Nn]urses|[Pp]aramedics|[Ss]urgeons)"
_PLACE = r"(?:the[ \t]+)?(?:al-|el-)?[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|al-\w+|of|de))*"
_STAFF_LEAD = re.compile(
    r"^(?P<w>" + _STAFF + r"[ \t]+at[ \t]+" + _PLACE + r")[ \t]+(?:said|told[ \t]+[^,;]{2,40}?)"
    r"[ \t]+(?:that[ \t]+)?(?P<c>[^;]{12,}?)\.?$"
)
_STAFF_TAIL = re.compile(
    r"^(?P<c>[^;«»“”\"]{12,}?),[ \t]+(?P<w>" + _STAFF + r"[ \t]+at[ \t]+" + _PLACE + r")"
    r"[ \t]+(?:said|told[ \t]+[^,;]{2,40})\.?$"
)
_INSTITUTION = re.compile(r"\b(?:Hospital|Medical|Clinic|Centre|Center|Complex|Infirmary)\b")
_ROMANCE = (
    r"(?:recalled|affirmed|assured|declared|claimed|stated|said|confirmed|announced|maintained"
    r"|reiterated|denied)"
)
_WHO_TO = re.compile(
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),[ \t]+who[ \t]+" + _ROMANCE
    + r"[ \t]+(?P<c>to[ \t]+(?:have|be|remain|be[ \t]+ready|want|continue)[ \t][^;«»]{6,}?)"
    r"(?:,[ \t]+[a-z]+ing\b[^;]*)?\.?$"
)  # fmt: skip
_AND_TO = re.compile(
    r"^(?P<s>(?:The[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]+[a-z]+ed\b[^,;]{3,80}?"
    r"[ \t]+and[ \t]+" + _ROMANCE
    + r"[ \t]+(?P<c>to[ \t]+(?:have|be|remain|continue|want)[ \t][^;,«»]{6,}?)(?:,[^;]*)?\.?$"
)  # fmt: skip


def read(doc: Document, speakers: Speakers, found: list[Statement]) -> list[Statement]:
    """The statements of this round's shapes in sentences ``found`` leaves unread."""
    out: list[Statement] = []
    held: dict[int, list[Statement]] = {}
    for s in found:
        held.setdefault(speakers.sentence_at(s.evidence.start), []).append(s)
    for index, sentence in enumerate(doc.sentences):
        mine = held.get(index, [])
        new = _sentence(doc, speakers, index, sentence, mine, found)
        new.extend(_s49more.more(doc, speakers, index, [*mine, *new], (found, out)))
        out.extend(new)
    return out


def _sentence(
    doc: Document,
    speakers: Speakers,
    index: int,
    sentence: Sentence,
    mine: list[Statement],
    found: list[Statement],
) -> list[Statement]:
    text, start = sentence.text, sentence.start
    out: list[Statement] = []
    if not mine and "ccording to" in text and (m := _ACCORDING.match(text)) is not None:
        owner = m.group("o")
        who = speakers.named(owner, start + m.start("o")) or owner.removeprefix("the ")
        if who[:1].islower():  # "the ministry's": the body a neighbouring sentence qualifies
            who = _near(doc, speakers, index, who, found) or ""
        if who:
            out.append(_made(sentence, who, m.group("c"), "according to"))
    if mine and (m := _SECOND.search(text)) is not None and not _covered(mine, m.group("c")):
        subject = m.group("s")
        if _SUBJECT_WORDS.search(subject) and not re.search(r"\b(?:it|he|she|they)\b", subject):
            who = speakers.named(subject, start + m.start("s"))
            if who is not None and all(t.speaker != who for t in mine):
                out.append(_made(sentence, who, m.group("c"), "said"))
    if not mine:
        out.extend(_trailing(speakers, index, sentence))
        said = "said" in text or "told" in text  # (a verb both staff shapes hold, literally)
        if said and "at" in text and (m := _STAFF_LEAD.match(text) or _STAFF_TAIL.match(text)):
            place = m.group("w").split(" at ", 1)[1]
            if _INSTITUTION.search(place):
                who = m.group("w")
                out.append(_made(sentence, who[0].lower() + who[1:], m.group("c"), "said"))
    if " to " in text and not any(t.quote.startswith("to ") for t in mine):
        if (m := _WHO_TO.search(text)) is not None:
            name = m.group("n")
            who = speakers.named(name, start + m.start("n")) or name
            out.append(_made(sentence, who, m.group("c"), "recalled"))
        elif (m := _AND_TO.match(text)) is not None:
            subject = m.group("s")
            who = speakers.named(subject, start) or subject.removeprefix("The ")
            out.append(_made(sentence, who, m.group("c"), "affirmed"))
    return out


def _near(
    doc: Document, speakers: Speakers, index: int, bare: str, found: list[Statement]
) -> str | None:
    """The qualified body ("Ukrainian Education Ministry") of a statement up to three
    sentences before or after sentence ``index`` whose speaker ends with ``bare``."""
    tail = " " + bare.lower()
    near = [
        (abs(speakers.sentence_at(t.evidence.start) - index), t.speaker)
        for t in found
        if t.speaker.lower().endswith(tail)
    ]
    near = [n for n in near if n[0] <= 3]
    return min(near)[1] if near else None


def _trailing(speakers: Speakers, index: int, sentence: Sentence) -> list[Statement]:
    """ "C, SUBJECT VERB ADJUNCT": the attribution read as leading with no clause after it."""
    attribution = speakers.attribution(index)
    if attribution is None or attribution.clause_start >= 0 or attribution.form != "leading":
        return []
    text, start = sentence.text, sentence.start
    lo, cue_end = attribution.subject_start - start, attribution.cue_end - start
    if lo < 12 or not text[:lo].endswith(", ") or _ADJUNCT.match(text[cue_end:]) is None:
        return []
    clause = text[: lo - 2]
    if len(clause.split()) < 4 or any(c in clause for c in '«»“”"'):
        return []
    if attribution.cue not in _SAYS or not any(w.islower() for w in clause.split()[1:]):
        return []  # "The Minister of X, NAME, defended ...": a description, no clause
    if all(w in _SMALL or not w.islower() for w in clause.split()):
        return []
    return [_made(sentence, attribution.speaker, clause, attribution.cue)]


def _covered(mine: list[Statement], clause: str) -> bool:
    clause = clause.strip().rstrip(".")
    return any(clause in t.quote or t.quote in clause for t in mine)


def _made(sentence: Sentence, who: str, clause: str, cue: str) -> Statement:
    quote = clause.strip().rstrip(" .")
    return new_statement(sentence.text, sentence.start, who, "indirect", quote, cue)


def dedupe(statements: list[Statement]) -> list[Statement]:
    """``statements`` without a second copy of the same speaker and quote."""
    seen: set[tuple[str, str]] = set()
    out: list[Statement] = []
    for s in statements:
        key = (s.speaker.lower(), s.quote)
        if key in seen:
            continue
        seen.add(key)
        out.append(s)
    return out

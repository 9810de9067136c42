"""Last reading of finished statements for translated Romance-language copy (round 28).

Round 28 read the blind ``dev_articles59`` (literal English of Romanian, French and Italian
wire copy) and ``dev_articles61`` (numbers-heavy French/Italian/Spanish/Romanian copy), with
``dev_statements53``. The readers before this pass leave these shapes wrong or unread:

- one verb with "that A «F» and that B «G»" (or a clause holding only quoted fragments,
  or a verb the cue scan does not list: "hinted", "maintained", "confided", "let it be known
  (, through a message on Telegram,)") is ONE indirect statement of the whole clause, not two
  clauses or partials; a second verb with an object ("... and asked the partners for X")
  closes it (:mod:`_s28clause`);
- "X replied / claimed through its (military) spokesman(,) NAME: «Q»" is NAME's;
- "«Q1.\\n\\n«Q2», continued the president." is the person named before the quote opened,
  never a name inside the quote; "declared the ROLE alongside NAME" is the role's holder;
- "In the opinion / view of the ROLE, General NAME, C «F»" is NAME's indirect C;
- "PLACE, where, according to X, C." / "Overall, according to X, C." is X's C;
- "«Q», recounts / analyses / admonished / conceded NAME-or-role" and "NAME admonished: «Q»"
  (:mod:`_s28verbs`);
- bodies named by the text with their country ("the Naval Forces" after "the divers of the
  Romanian Naval Forces"), "the group / the company" after a named company, and a channel
  closing the speaker ("the air force on its Telegram channel") (:mod:`_s28bodies`).

Every reader starts with a literal test on the body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s28bodies, _s28clause, _s28verbs
from pipeline.extract._bodylits import body_has
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}"
_NAME_RE = re.compile(_NAME)
_THROUGH = re.compile(
    r"[ \t]through[ \t]+(?:its|their|his|her)[ \t]+(?:[a-z]+[ \t]+)?spokes(?:man|woman|person)"
    r",?[ \t]+(?P<n>" + _NAME + r")(?P<end>,[ \t]*|:[ \t]*)"
)
_CONTINUED = re.compile(
    r"^[»”\"],?[ \t]+(?:continued|concluded|went[ \t]+on|insisted|added)[ \t]+the[ \t]+"
    r"(?:president|head[ \t]+of[ \t]+state|premier|prime[ \t]+minister|chancellor|minister)\b"
)
_ALONGSIDE = re.compile(
    r"[»”\"],?[ \t]+[a-z]+ed[ \t]+the[ \t]+(?P<role>[A-Za-z][a-z]*(?:[ \t]+[a-z]+){0,3})[ \t]+"
    r"(?:alongside|next[ \t]+to|beside)[ \t]+(?P<n>" + _NAME + r")"
)
_OPINION = re.compile(
    r"^In[ \t]+the[ \t]+(?:opinion|view)[ \t]+of[ \t]+(?:the[ \t]+)?[^,;«»“”„\"]{3,90},[ \t]+"
    r"(?:(?:General|Admiral|Rear[ \t]+Admiral|Colonel|Professor|Dr\.?)[ \t]+)?(?P<n>"
    + _NAME
    + r"),[ \t]+(?P<c>[^;]{8,}?)\.?$"
)
_MID_ACCORDING = re.compile(
    r"^(?P<pre>[^«»“”„\"]{2,160}?),[ \t]+according[ \t]+to[ \t]+(?P<who>[^,;«»“”„\"]{3,80}),"
    r"[ \t]+(?P<c>[^;].{8,}?)\.?$"
)
_LAST_CLOSE = re.compile(r"[»”\"](?=,?[ \t]+[a-z]+[ \t]+the[ \t])")
_PRE_OPEN = re.compile(
    r"(?:\b(?:where|when|involved|brought|included|saw)|^(?:Overall|In[ \t]+total|In[ \t]+all"
    r"|Altogether|All[ \t]+in[ \t]+all))$"
)


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's shapes read and corrected."""
    body = doc.body
    statements = [f for f in found if isinstance(f, Statement)]
    others = [f for f in found if not isinstance(f, Statement)]
    statements = _s28verbs.revise(doc, speakers, statements)
    if body_has(body, " that "):
        statements = _s28clause.revise(doc, speakers, statements)
        if any(s.cue in _s28clause.UNLISTED_CUES for s in statements):
            statements = _carry(doc, speakers, statements)
    if body_has(body, " through ") and body_has(body, "spokes"):
        _through(doc, speakers, statements)
    if (body_has(body, "«") and body_has(body, "\n\n«")) or body_has(
        body, "\n\n“"
    ):  # one character: a fast test
        _continued(doc, speakers, statements)
    if body_has(body, " alongside ") or body_has(body, " next to ") or body_has(body, " beside "):
        _alongside(doc, speakers, statements)
    if body_has(body, "In the opinion of ") or body_has(body, "In the view of "):
        statements = _opinion(doc, speakers, statements)
    if body_has(body, ", it was ") or body_has(body, ", it is "):
        statements = _recorded(doc, statements)
    if body_has(body, ", according to "):
        statements = _mid_according(doc, speakers, statements)
    if statements:
        statements = _s28bodies.revise(doc, speakers, statements)
    return others + statements


def _overlapping(statements: list[Statement], start: int, end: int) -> list[Statement]:
    return [s for s in statements if s.evidence.start < end and start < s.evidence.end]


_QUOTE_ONLY = re.compile(r"[ \t]*[«“„\"](?P<q>[^«»“”„\"\n]{3,})[»”\"][ \t]*(?:\n|$)")
_RECORDED = re.compile(
    r"^In[ \t]+(?:the|its|this|that)[ \t]+(?:written[ \t]+)?(?:statement|press[ \t]+release"
    r"|communiqué|note|report),[ \t]+it[ \t]+(?:was|is)[ \t]+(?:recorded|noted|specified|stated"
    r"|mentioned|underlined|added|emphasi[sz]ed|stressed|indicated)[ \t]+that[ \t]+"
    r"(?P<c>.{8,}?)\.?$"
)


def _carry(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """A quote-only sentence right after a clause this round read (an unlisted verb): the
    same speaker's direct quote, as after a listed verb."""
    for before in doc.sentences:
        m = _QUOTE_ONLY.match(doc.body, before.end)
        if m is None or _overlapping(statements, m.start(), m.end()):
            continue
        read = _overlapping(statements, before.start, before.end)
        if len(read) != 1 or read[0].cue not in _s28clause.UNLISTED_CUES:
            continue
        lo = m.start("q")
        evidence = Evidence(m.group("q"), lo, lo + len(m.group("q")))
        statements.append(Statement(evidence, 0.7, read[0].speaker, "direct", m.group("q"), None))
    return statements


def _recorded(doc: Document, statements: list[Statement]) -> list[Statement]:
    """ "In the statement, it was recorded that C": the body whose statement it is."""
    for sentence in doc.sentences:
        if not sentence.text.startswith("In ") or (m := _RECORDED.match(sentence.text)) is None:
            continue
        if _overlapping(statements, sentence.start, sentence.end):
            continue
        spoke = [
            (s.evidence.start, s.speaker) for s in statements if s.evidence.start < sentence.start
        ]
        if not spoke:
            continue
        lo = sentence.start + m.start("c")
        clause = m.group("c")
        evidence = Evidence(clause, lo, lo + len(clause))
        statements.append(Statement(evidence, 0.7, max(spoke)[1], "indirect", clause, "recorded"))
    return statements


def _through(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "The Kremlin replied through its spokesman NAME: «Q»": NAME's statement."""
    for i, s in enumerate(statements):
        sentence = doc.sentences[speakers.sentence_at(s.evidence.start)]
        if " through " not in sentence.text or (m := _THROUGH.search(sentence.text)) is None:
            continue
        name = m.group("n")
        who = speakers.named(name, sentence.start + m.start("n")) or name
        quote = s.quote
        if quote.startswith("through ") and m.group(0).strip() in " " + quote:
            quote = quote[quote.find(name) + len(name) :].lstrip(",: \t")
        if who != s.speaker or quote != s.quote:
            statements[i] = replace(s, speaker=who, quote=quote)


def _continued(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "«Q1.\\n\\n«Q2», continued the president": the person named before Q1 opened."""
    body = doc.body
    for i, s in enumerate(statements):
        if s.mode != "direct":
            continue
        at = s.evidence.start
        span = body[at : s.evidence.end + 80]
        if "\n\n" not in span or (close := _LAST_CLOSE.search(span)) is None:
            continue
        if "\n\n" not in span[: close.start()] or _CONTINUED.match(span[close.start() :]) is None:
            continue
        index = speakers.sentence_at(at)
        who = _named_in(doc, speakers, index - 1) or speakers.person_before(index, at - 1)
        if who is not None and who != s.speaker and who.split()[-1] not in s.quote:
            statements[i] = replace(s, speaker=who)


def _named_in(doc: Document, speakers: _Lookup, index: int) -> str | None:
    """The last person named in sentence ``index`` (a full name the table or text gives)."""
    if index < 0:
        return None
    sentence = doc.sentences[index]
    found = None
    for m in _NAME_RE.finditer(sentence.text):
        who = speakers.named(m.group(0), sentence.start + m.start())
        if who is not None and " " in who:
            found = who
    return found


def _alongside(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "«Q», declared the Ukrainian president alongside NAME": the role, not NAME."""
    for i, s in enumerate(statements):
        if s.mode != "direct":
            continue
        sentence = doc.sentences[speakers.sentence_at(s.evidence.start)]
        end = doc.body.find("\n\n", sentence.start)
        rest = doc.body[sentence.start : end if end > 0 else len(doc.body)]
        if (m := _ALONGSIDE.search(rest)) is None or s.quote[-12:] not in rest[: m.start() + 1]:
            continue
        named = speakers.named(m.group("n"), sentence.start + m.start("n"))
        if s.speaker not in (named, m.group("n")):
            continue
        holder = speakers.named("the " + m.group("role"), sentence.start)
        if holder is not None and holder != s.speaker and " " in holder:
            statements[i] = replace(s, speaker=holder)


def _opinion(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """ "In the opinion of the ROLE, General NAME, C": NAME's indirect statement of C."""
    for sentence in doc.sentences:
        if not sentence.text.startswith("In the ") or (m := _OPINION.match(sentence.text)) is None:
            continue
        name = m.group("n")
        who = speakers.named(name, sentence.start + m.start("n")) or name
        clause = m.group("c")
        old = _overlapping(statements, sentence.start, sentence.end)
        if any(s.speaker == who and s.quote == clause for s in old):
            continue
        statements = [s for s in statements if s not in old]
        evidence = Evidence(sentence.text, sentence.start, sentence.end)
        statements.append(Statement(evidence, 0.75, who, "indirect", clause, "in the opinion of"))
    return statements


def _mid_according(
    doc: Document, speakers: _Lookup, statements: list[Statement]
) -> list[Statement]:
    """ "X, where, according to Y, C." / "Overall, according to Y, C.": Y's clause C."""
    for sentence in doc.sentences:
        text = sentence.text
        if ", according to " not in text or (m := _MID_ACCORDING.match(text)) is None:
            continue
        if _PRE_OPEN.search(m.group("pre")) is None:
            continue
        old = _overlapping(statements, sentence.start, sentence.end)
        mine = [s for s in old if s.cue == "according to" or s.quote in m.group("pre")]
        clause = m.group("c")
        if any(s.quote == clause for s in mine):
            continue
        if mine:
            who = mine[0].speaker
        elif old or (found := speakers.named(m.group("who"), sentence.start)) is None:
            continue
        else:
            who = found
        statements = [s for s in statements if s not in mine]
        evidence = Evidence(text, sentence.start, sentence.end)
        statements.append(Statement(evidence, 0.75, who, "indirect", clause, "according to"))
    return statements

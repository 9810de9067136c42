"""Statements told across sentences and paragraphs, and spurious ones, round 73 (helper
h_fix_s73, ``dev_statements99``; the readers of one sentence are :mod:`._s73read`):

- "C. That's / That is / This is according to X(, OUTLET reports)." makes the sentence before
  X's statement (X the personal name in "the head of ..., NAME", else X itself);
- "C. reported Governor NAME in his Telegram channel." (an attribution run on after a full
  stop, lower case) makes the clause before the stop NAME's;
- a quotation running over paragraphs, each new paragraph reopening the quotation mark and
  only the last closing it ('X said: "A.' / '"B.' / '"C."'), gives the middle paragraphs to the
  speaker of the first as direct quotes;
- "C1, X said, after Y announced / said / claimed (that) C2": two statements, X's C1 and Y's
  C2 (not one speaker for both, nor C2 for X);
- '“Q1,” an unidentified officer said. “Q2.”' gives both quotes to the description (the
  second one was given to no one, the first at times to the source of the sentence before);
- the spurious readings :mod:`._s73drop` names are dropped first.

Each reading is gated by a literal of the body; only the lines opening on a quotation mark and
the sentences holding a literal are read.
Runs in :mod:`pipeline.extract._latepasses` last of all, after :mod:`._s73read`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract import _s73drop
from pipeline.extract._bodylits import body_has
from pipeline.extract._clausereads import same_reading, sentence_at
from pipeline.extract._found import new_statement, split
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_S = r"[ \t]+"
_ACCORDING = re.compile(
    rf"^(?:That|This)(?:['’]s|{_S}is){_S}according{_S}to{_S}(?P<x>[^“”\"]+?)"
    rf"(?:{_S}?,{_S}(?:[A-Z][\w-]*{_S})*[A-Z][\w-]*{_S}reports?)?\.$"
)
_PERSON = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}$")
_LEAD = re.compile(r"^\([^()]{2,40}\)\s*")
_RUN_ON = re.compile(
    rf"(?:^|\.{_S})(?P<c>[A-Z][^.“”\"]{{8,}}?)\.{_S}(?:reported|wrote){_S}"
    rf"(?:(?:Governor|Mayor|the{_S}head{_S}of{_S}the{_S}(?:district|region|community)){_S})?"
    rf"(?P<n>[A-Z][a-z]+{_S}[A-Z][a-z]+)(?:{_S}(?:in|on){_S}[^.]*)?\.$"
)
_AFTER = re.compile(
    rf"^(?P<c1>[A-Z][^“”\"]+?),{_S}(?P<x>(?:the{_S})?[A-Z][^,“”\"]{{1,60}}?){_S}said,{_S}after"
    rf"{_S}(?P<y>(?:the{_S})?[A-Z][\w'’-]*(?:{_S}[\w'’-]+){{0,3}}?){_S}"
    rf"(?:announced|said|claimed|stated){_S}(?:that{_S})?(?P<c2>[a-z][^“”\"]{{8,}}?)\.$"
)
_QUOTES = '"“”'
_SENTENCE_LITERALS = ("s according to ", ". reported ", ". wrote ", " said, after ")
_ROLES = (
    r"(?:officer|official|soldier|commander|source|resident|witness|diplomat|analyst|"
    r"spokesman|spokeswoman|spokesperson|medic|doctor|militant|fighter)"
)
_PAIR_HEAD = re.compile(
    rf"[“\"](?P<q1>[^“”\"\n]{{8,}}?,)[”\"]{_S}(?:an?|one){_S}(?P<w>(?:[a-z]+{_S}){{0,3}}{_ROLES})"
    rf"{_S}said\.$"
)
_PAIR_NEXT = re.compile(r"[ \t]*[“\"](?P<q2>[^“”\"\n]{8,}?)[”\"]")
_PAIR_LITERALS = (' said. "', " said. “")


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    gates = (
        body_has(body, "s according to "),  # "That's / That is / This is according to"
        body_has(body, ". reported ") or body_has(body, ". wrote "),
        body_has(body, '\n"') or body_has(body, "\n“"),
        body_has(body, " said, after "),
        any(body_has(body, literal) for literal in _PAIR_LITERALS),
    )
    dropping = _s73drop.gates(body)
    if not any(gates) and not any(dropping):
        return found
    according, run_on, paragraphs, after, pair = gates
    statements, others = split(found)
    count = len(statements)
    if any(dropping):
        statements = _s73drop.drop(body, statements, dropping)
    added: list[Statement] = []
    replaced: list[Statement] = []
    if according or run_on or after:
        added, replaced = _sentences(doc, speakers, statements, according, run_on, after)
    if paragraphs:
        added += _continued(body, statements)
    if pair:
        new, old = _pairs(body, statements)
        added += new
        replaced += old
    if not added and len(statements) == count:
        return found
    if replaced:
        statements = [s for s in statements if not any(s is r for r in replaced)]
    statements = sorted([*statements, *added], key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *statements]


def _sentences(
    doc: Document,
    speakers: Speakers,
    statements: list[Statement],
    according: bool,
    run_on: bool,
    after: bool,
) -> tuple[list[Statement], list[Statement]]:
    """The readings of one sentence (or of the sentence before it), and the old readings
    they replace."""
    out: list[Statement] = []
    replaced: list[Statement] = []
    starts = [s.start for s in doc.sentences]
    by_sentence: dict[int, list[Statement]] = {}
    for s in statements:
        by_sentence.setdefault(sentence_at(starts, s.evidence.start), []).append(s)
    hits: set[int] = set()
    for literal in _SENTENCE_LITERALS:
        at = doc.body.find(literal)
        while at >= 0:
            hits.add(sentence_at(starts, at))
            at = doc.body.find(literal, at + 1)
    for i in sorted(hits):
        if i < 0:
            continue
        sentence = doc.sentences[i]
        text = sentence.text.strip()
        if according and i > 0 and text.startswith(("That", "This")) and " according to " in text:
            m = _ACCORDING.match(text)
            who = _named(m.group("x"), speakers, sentence.start) if m is not None else None
            if who:
                before = doc.sentences[i - 1]
                quote = _LEAD.sub("", before.text.strip()).rstrip(". ")
                if len(quote) > 8 and not any(
                    same_reading(quote, o.quote) for o in by_sentence.get(i - 1, [])
                ):
                    out.append(
                        new_statement(
                            before.text, before.start, who, "indirect", quote, "according to"
                        )
                    )
        if run_on and (". reported " in text or ". wrote " in text):
            m = _RUN_ON.search(text)
            if m is not None and not any(
                same_reading(m.group("c"), o.quote) for o in by_sentence.get(i, [])
            ):
                who = speakers.canonical(m.group("n"))
                out.append(
                    new_statement(
                        sentence.text, sentence.start, who, "indirect", m.group("c"), "reported"
                    )
                )
        if after and " said, after " in text:
            new, old = _after(text, sentence.text, sentence.start, speakers, by_sentence.get(i, []))
            out += new
            replaced += old
    return out, replaced


def _named(x: str, speakers: Speakers, at: int) -> str | None:
    """The person "the head of ..., NAME" / "NAME, the head of ..." names, else a known body."""
    parts = [p.strip() for p in x.split(",")]
    for part in parts:
        if _PERSON.match(part):
            return speakers.canonical(part)
    return speakers.named(x, at)


def _after(
    text: str, raw: str, start: int, speakers: Speakers, old: list[Statement]
) -> tuple[list[Statement], list[Statement]]:
    """ "C1, X said, after Y announced C2": X's C1 and Y's C2 (and the old readings of C2)."""
    m = _AFTER.match(text)
    if m is None:
        return [], []
    c1, c2 = m.group("c1"), m.group("c2")
    if c1 not in raw or c2 not in raw:
        return [], []
    second = speakers.canonical(m.group("y"))
    first = speakers.canonical(m.group("x"))
    for o in old:
        if o.speaker != second and (same_reading(o.quote, c1) or same_reading(o.quote, c2)):
            first = o.speaker
    if any(o.speaker == second and same_reading(o.quote, c2) for o in old):
        return [], []
    replaced = [o for o in old if same_reading(o.quote, c2) and not same_reading(o.quote, c1)]
    out = [new_statement(raw, start, second, "indirect", c2, "said")]
    if not any(same_reading(o.quote, c1) for o in old if o not in replaced):
        out.append(new_statement(raw, start, first, "indirect", c1, "said"))
    return out, replaced


def _pairs(body: str, statements: list[Statement]) -> tuple[list[Statement], list[Statement]]:
    """'“Q1,” an unidentified officer said. “Q2.”': both quotes the description's (the article
    dropped), in place of another speaker's reading of Q1."""
    out: list[Statement] = []
    replaced: list[Statement] = []
    starts = [s.evidence.start for s in statements]
    for literal in _PAIR_LITERALS:
        at = body.find(literal)
        while at >= 0:
            end = at + len(" said.")
            line = body.rfind("\n", max(0, at - 600), at) + 1  # a quote of 600 characters at most
            head = _PAIR_HEAD.search(body, max(line, at - 600), end)
            nxt = _PAIR_NEXT.match(body, end) if head is not None else None
            if head is not None and nxt is not None:
                who = " ".join(head.group("w").split())
                q1, q2 = head.group("q1"), nxt.group("q2")
                near = statements[
                    bisect_left(starts, head.start() - 2000) : bisect_left(starts, nxt.end() + 1)
                ]
                mine = [s for s in near if s.quote == q1]
                if not any(s.speaker == who for s in mine):
                    replaced += mine
                    text = body[head.start() : end]
                    out.append(new_statement(text, head.start(), who, "direct", q1, "said"))
                if not any(same_reading(q2, s.quote) for s in near):
                    text = body[nxt.start("q2") : nxt.end("q2")]
                    out.append(new_statement(text, nxt.start("q2"), who, "direct", q2, "said"))
            at = body.find(literal, at + 1)
    return out, replaced


def _continued(body: str, statements: list[Statement]) -> list[Statement]:
    """Middle paragraphs of a quotation reopened on each paragraph, for the first's speaker
    (only the lines opening on a quotation mark are looked at)."""
    out: list[Statement] = []
    starts = [s.evidence.start for s in statements]
    for mark in ('\n"', "\n“"):
        at = body.find(mark)
        while at >= 0:
            made = _middle(body, at + 1, statements, starts)
            if made is not None:
                out.append(made)
            at = body.find(mark, at + 1)
    return out


def _middle(
    body: str, start: int, statements: list[Statement], starts: list[int]
) -> Statement | None:
    """The line at ``start`` as the middle of a quotation the paragraph before left open."""
    end = body.find("\n", start)
    end = len(body) if end < 0 else end
    line = body[start:end].rstrip()
    if len(line) <= 12 or sum(line.count(q) for q in _QUOTES) != 1:
        return None
    before = start - 1
    for _ in range(6):  # back over blank lines and earlier middle paragraphs
        head = body.rfind("\n", 0, before) + 1
        prev = body[head:before].strip()
        if prev and not (prev[0] in '"“' and sum(prev.count(q) for q in _QUOTES) == 1):
            break
        if head == 0:
            return None
        before = head - 1
    else:
        return None
    if not _open(prev):
        return None
    speaker = _speaker_in(head, before, statements, starts)
    quote = line[1:]
    offset = start + 1
    near = statements[bisect_left(starts, offset - 4000) : bisect_left(starts, offset + len(quote))]
    if speaker is None or any(s.evidence.end > offset for s in near):
        return None
    return new_statement(quote, offset, speaker, "direct", quote, "continued")


def _open(text: str) -> bool:
    """The paragraph leaves a quotation open (an odd count of straight marks, or more “ than ”)."""
    if '"' in text:
        return text.count('"') % 2 == 1
    return text.count("“") > text.count("”")


def _speaker_in(start: int, end: int, statements: list[Statement], starts: list[int]) -> str | None:
    """The speaker of the last statement read inside the paragraph ``start``..``end``."""
    who: str | None = None
    first = bisect_left(starts, start - 2000)
    for s in statements[first:]:
        if s.evidence.start >= end:
            break
        if s.evidence.end > start:
            who = s.speaker
    return who

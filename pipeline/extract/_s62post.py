"""Statements on real agency copy, statement round 62 (``dev_statements88``): readings that
recur in the real excerpts (real14) and lost statements to a wrong name or a wrong span.

Each reading is a mechanism, not a sentence:

- "As the agency reported/wrote, C" is the outlet the passage credited before ("...,
  Ukrinform reports."), not a speaker called "As the agency";
- a capitalised "Regional authorities said" opening a sentence is "regional authorities"
  (the place qualifier took the capital "Regional" for a place);
- an outlet crediting a passive source line ("The outage was reported by X, UNN reports.",
  "According to Censor.NET, this was reported by X") says nothing itself, as the
  `dev_statements77`/`78`/`82` calls have it ("this was confirmed by X" after "According to
  OUTLET" stays the outlet's, as `dev_statements76` labels it);
- "C1 but X asserts/insists/maintains that C2" ends the first clause at "but" and gives X
  C2 ("... but said C2": the same speaker's second clause);
- a curly quote broken by a blank line ("“... strike\\n\\non Kursk. ...,” NAME said") is one
  direct quote, not the tail after the break;
- "The armed wing(s) of A (and B) said C" is that description, as unnamed groups keep theirs;
- "the OBA" (Cyrillic "ОВА" in Latin letters) is the regional military administration named
  last before it, and the unmarked paragraph before a dash credit ("C1. C2. - the OVA
  said.") is one statement, not its last sentence;
- a lede line of 18+ words without its full stop ("X said C" and more lines after it) is a
  sentence, not a headline (headlines say "says");
- "C, the regions head added." (the apostrophe lost) is the person who spoke last before it.

Each reading starts with a literal test of the body, the speaker or the quote.

Runs last in :mod:`pipeline.extract._latepasses`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement, split
from pipeline.extract._nlit import sentences_with
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_CREDIT = re.compile(
    r"[,.][ \t]+(?:an?[ \t]+)?(?P<o>[A-Z][\w.]*(?:-[A-Z][\w]*)?)(?:[ \t]+correspondent)?"
    r"[ \t]+(?:reports|reported|writes|informs)\b"
)
_AS_AGENCY = re.compile(
    r"^As[ \t]+the[ \t]+agency[ \t]+(?P<v>reported|wrote|informed)(?:[ \t]+earlier)?,[ \t]+"
    r"(?P<c>[^.]+)\.?$"
)
_RELAY = re.compile(
    r"^(?:[Tt]his|[Tt]he[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,4})[ \t]+was[ \t]+(?:reported|announced|"
    r"stated|confirmed|published|communicated|circulated)\b[^.]*?[ \t]by[ \t]+(?P<by>.+)$"
)
_BUT = re.compile(
    r",?[ \t]+but[ \t]+(?:(?P<who>(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})"
    r"[ \t]+)?(?P<v>asserts|insists|maintains|says|said|claims|argues|counters)[ \t]+"
    r"(?:that[ \t]+)?(?P<c>[^.]+?)\.?$"
)
_BROKEN = re.compile(r"“(?P<a>[^“”\n]+)\n[ \t]*\n(?P<b>[^“”\n]+?)”")
_DASH = re.compile(r"[ \t]*[-–—][ \t]+(?:[Tt]he[ \t]+)?[A-Z]")
_RMA = re.compile(r"\b(?P<r>[A-Z][\w'’-]+)[ \t]+Regional[ \t]+Military[ \t]+Administration\b")
_LEDE = re.compile(
    r"(?P<who>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,5}?)[ \t]+said[ \t]+(?:that[ \t]+)?(?P<c>[^\n]+)"
)
_HEAD = re.compile(
    r",[ \t]+the[ \t]+(?:region|city|oblast)s[ \t]+(?:head|governor|mayor)[ \t]+"
    r"(?P<v>added|said|noted)\.?$"
)
_WING = re.compile(
    r"\b[Tt]he[ \t]+(?P<w>armed[ \t]+wings?[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+[A-Z][\w'’-]*){0,3}(?:[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+[A-Z][\w'’-]*){0,3})?)[ \t]+(?P<v>said|says|claimed|announced|reported)[ \t]+"
    r"(?:that[ \t]+)?(?P<c>[^.]+)\.?"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    statements, others = split(found)
    kept: list[Statement] = []
    for s in statements:
        low = s.speaker.lower()
        if low in ("as the agency", "the agency", "agency"):
            s = _agency(doc, s)
        elif low == "oba":
            s = _oba(doc, s)
        elif low.startswith("regional regional "):
            s = replace(s, speaker=s.speaker[len("Regional ") :])
        if " by " in s.quote and "was " in s.quote and _relay(s):
            continue
        if " but " in s.quote and s.mode == "indirect":
            kept.extend(_but(doc, speakers, s, statements))
            continue
        kept.append(s)
    if " said " in doc.body[:400]:
        kept = _lede(doc, speakers, kept)
    if body_has(doc.body, "s head "):
        kept = _regions_head(doc, kept)
    if body_has(doc.body, "As the agency"):
        kept = _as_agency(doc, kept)
    if body_has(doc.body, " - ") or body_has(doc.body, " – "):
        kept = _dash_paragraph(doc, kept)
    if body_has(doc.body, "\n") and body_has(doc.body, "“"):
        kept = _broken(doc, kept)
    if body_has(doc.body, "armed wing") and not body_has(doc.body, "Brigades"):
        kept = _wings(doc, kept)
    kept.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *kept]


def _agency(doc: Document, s: Statement) -> Statement:
    """ "As the agency reported, C": the outlet the passage credited last before it."""
    outlet = None
    for m in _CREDIT.finditer(doc.body, 0, s.evidence.start):
        outlet = m.group("o")
    return s if outlet is None else replace(s, speaker=outlet)


def _lede(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """A long lede line without its full stop ("NAME said C" of 18+ words, more lines after
    it) is a sentence, not a headline: headlines say "says", ledes "said"."""
    body = doc.body
    end = body.find("\n")
    line = body[:end].rstrip() if end > 0 else ""
    if not line or line[-1] in '.!?”"»:' or " said " not in line or len(line.split()) < 18:
        return kept
    if any(s.evidence.start < end for s in kept):
        return kept
    m = _LEDE.match(line)
    if m is None or "," in m.group("who"):
        return kept
    speaker = speakers.canonical(m.group("who"))
    return [*kept, new_statement(line, 0, speaker, "indirect", m.group("c").strip(), "said")]


def _regions_head(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "C, the regions head added." (a possessive with its apostrophe lost) is the person
    who spoke last before it, as "the region's head added" is."""
    out = list(kept)
    starts = {sentence_of(doc, s.evidence.start) for s in kept}
    for i, sent in enumerate(doc.sentences):
        if i in starts or "s head " not in sent.text:
            continue
        m = _HEAD.search(sent.text.rstrip())
        before = [s for s in kept if s.evidence.start < sent.start and " " in s.speaker]
        if m is None or not before:
            continue
        clause = sent.text[: m.start()].strip()
        speaker = before[-1].speaker
        out.append(new_statement(sent.text, sent.start, speaker, "indirect", clause, m.group("v")))
    return out


def _oba(doc: Document, s: Statement) -> Statement:
    """ "the OBA" (the Cyrillic "ОВА" read in Latin letters) is the regional military
    administration the passage named last before it, as "the OVA" is."""
    region = None
    for m in _RMA.finditer(doc.body, 0, s.evidence.start):
        region = m.group("r")
    return s if region is None else replace(s, speaker=f"{region} Regional Military Administration")


def _dash_paragraph(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "C1. C2. - the X said.": the unmarked paragraph before a dash credit is one
    indirect statement (the `dev_statements82` call), not its last sentence only."""
    body = doc.body
    taken = {sentence_of(doc, s.evidence.start) for s in kept}
    out = list(kept)
    for k, s in enumerate(kept):
        if s.mode != "indirect" or not s.quote:
            continue
        i = sentence_of(doc, s.evidence.start)
        if i <= 0:
            continue
        sent = doc.sentences[i]
        q0 = body.find(s.quote, sent.start, sent.end)
        if q0 < 0 or not _DASH.match(body, q0 + len(s.quote)):
            continue
        j = i
        while j > 0 and doc.sentences[j - 1].paragraph == sent.paragraph and j - 1 not in taken:
            j -= 1
        if j < i and q0 <= doc.sentences[i].start + 1:
            start = doc.sentences[j].start
            out[k] = replace(s, quote=body[start : q0 + len(s.quote)])
    return out


def _as_agency(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "As the agency reported earlier, C" the reader left out: the credited outlet's."""
    starts = {s.evidence.start for s in kept}
    out = list(kept)
    for sent in doc.sentences:
        if not sent.text.startswith("As the agency") or sent.start in starts:
            continue
        m = _AS_AGENCY.match(sent.text.strip())
        if m is None:
            continue
        made = new_statement(
            sent.text, sent.start, "agency", "indirect", m.group("c"), m.group("v")
        )
        made = _agency(doc, made)
        if made.speaker != "agency":
            out.append(made)
    return out


def _relay(s: Statement) -> bool:
    """Whether ``s`` is an outlet's credit of a passive source line: "The outage was
    reported by X, UNN reports." or "According to Censor.NET, this was reported by X" (the
    outlet only relays, the `dev_statements77`/`82` calls); "According to OUTLET, this was
    confirmed by X" stays the outlet's (the "according to" rule, `dev_statements76`)."""
    if s.cue in ("reports", "reported", "writes", "informs"):
        m = _RELAY.match(s.quote)
    elif (s.cue or "").lower() == "according to" and s.quote.startswith("this was "):
        m = None if s.quote.startswith("this was confirmed") else _RELAY.match(s.quote)
    else:
        return False
    return m is not None and not m.group("by").lower().startswith(("him", "her", "them"))


def _but(
    doc: Document, speakers: Speakers, s: Statement, statements: list[Statement]
) -> list[Statement]:
    """ "C1 but X asserts that C2": C1 for ``s``, C2 for X (or ``s``'s speaker)."""
    m = _BUT.search(s.quote)
    if m is None or len(s.quote[: m.start()].split()) < 3:
        return [s]
    first = replace(s, quote=s.quote[: m.start()].rstrip(" ,"))
    clause = m.group("c").strip()
    if any(t.quote == clause or t.quote.startswith(clause) for t in statements):
        return [first]
    who = m.group("who")
    if who is None:
        if m.group("v") != "said":
            return [s]
        speaker = s.speaker
    else:
        speaker = speakers.canonical(who)
    start = s.evidence.start + max(0, s.evidence.text.find(clause))
    second = new_statement(clause, start, speaker, "indirect", clause, m.group("v"))
    return [first, second]


def _broken(doc: Document, kept: list[Statement]) -> list[Statement]:
    """A curly quote a blank line splits is one direct quote of the tail's speaker."""
    body = doc.body
    out = list(kept)
    for m in _BROKEN.finditer(body):
        tail_start, tail_end, b = m.start("b"), m.end(), m.group("b")
        for i, s in enumerate(out):
            tail = s.quote.rstrip("”").strip()
            if tail_start <= s.evidence.start <= tail_end + 2 and tail and b.endswith(tail):
                whole = body[m.start("a") : m.end("b")]
                text = body[m.start() : s.evidence.end]
                out[i] = new_statement(text, m.start(), s.speaker, "direct", whole, s.cue or "said")
                break
    return out


def _wings(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "The armed wing(s) of A (and B) said C": the description, as written."""
    out = list(kept)
    for sent in sentences_with(doc, "armed wing"):
        m = _WING.search(sent.text)
        if m is None:
            continue
        who = re.sub(r"[ \t]+", " ", m.group("w"))
        clause = m.group("c").strip()
        hit = False
        for i, s in enumerate(out):
            if sent.start <= s.evidence.start < sent.end and s.quote.startswith(clause[:20]):
                out[i] = replace(s, speaker=who)
                hit = True
        if not hit:
            out.append(new_statement(sent.text, sent.start, who, "indirect", clause, m.group("v")))
    return out

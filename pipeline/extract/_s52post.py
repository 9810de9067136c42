"""Statements on real agency copy, third round (statement round 52, ``dev_statements78``).

Real Ukrinform/UNN/Censor.NET, TASS/Sputnik, Reuters and Anadolu pages wrap the reported
clause in furniture the sentence readers take literally. Each rule reads a mechanism:

- page metadata and datelines glued to the lead ("date 2024-10-22 CAIRO, Oct 22 (Reuters) -
  ", "MOSCOW (UrduPoint News / Sputnik - 15th May, 2023) ", "(MENAFN- UkrinForm) ") are no part
  of any reported clause;
- an outlet credit closing an attributed sentence ("C, X said, TASS reported.", "C, said X,
  reports UNN.") only relays (the written calls of ``dev_statements42``/``50``): no part of
  X's clause, and an outlet read as the speaker of "S claimed that C, Anadolu Agency
  reports" gives the clause to S;
- "C - the head of the RMA later reported." (an adverb between a dashed subject and its
  verb) is the head's indirect statement of C;
- "Local doctors described the wounds as “F”" is the doctors' partial F (no earlier
  official's);
- the same clause by the same speaker twice, the second in a datelined lead (a standfirst the
  lead repeats after its dateline), is one statement (a sentence repeated elsewhere still
  reads at each place);
- a body the speaker table knows that opens its sentence and "said / claimed (that) it ..."
  speaks even where the subject reader stopped short ("The Israeli army claimed it
  intercepted ...", "The Islamic Resistance in Iraq said it ...").

The speaker renamings live in :mod:`pipeline.extract._s52names`. Runs after the round-50 pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import new_statement, split
from pipeline.extract._lexicon import DEMONYMS
from pipeline.extract._roles import ALIASES
from pipeline.extract._s52names import DESCRIBED, bare_head, head_before, renamed
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise", "undated"]

_TABLE = frozenset(entry.canonical for entry in ALIASES.values() if entry.kind == "org")
_NATIONAL = re.compile(
    r"^(?:" + "|".join(sorted(set(DEMONYMS.values()))) + r")[ \t]+"
    r"(?:army|military|armed forces|navy|air force|defence ministry|Defence Ministry)$"
)
"""A national force or ministry the naming rules build ("Israeli army")."""
_AGENCIES = (
    r"Reuters|AP|AFP|AA|Sputnik|UrduPoint[^()]*|TASS|Tass|Xinhua|IRNA|Anadolu[^()]*|WAFA"
    r"|SANA|UNN|Ukrinform|UkrinForm|dpa|Interfax[^()]*|RIA[^()]*|[^()]*\b\d{4}"
)
_DATELINE = re.compile(
    r"^(?:date[ \t]+\d{4}-\d\d-\d\d[ \t]+)?"
    r"(?:\(MENAFN(?:-[ \t]*[\w .]+)?\)[ \t]*"
    r"|[A-Z][A-Z'’.-]{2,}(?:[ /][A-Z][A-Z'’.-]{2,})*(?:,[ \t]+[A-Z][a-z]{2,4}\.?[ \t]+\d{1,2})?"
    rf"[ \t]+\((?:{_AGENCIES})[^()]*\)[ \t]*(?:[-–—][ \t]*)?)"
)
"""Page metadata or a dateline before the lead proper."""
_DATE_ONLY = re.compile(r"^date[ \t]+\d{4}-\d\d-\d\d[ \t]+")
_OUTLETS = (
    r"Ukrinform|UNN|Censor\.NET|Ukrainska[ \t]+Pravda|(?:The[ \t]+)?Kyiv[ \t]+Independent"
    r"|Suspilne|Interfax(?:-Ukraine)?|TASS|RIA[ \t]+Novosti|Reuters|AFP|AP|Anadolu(?:[ \t]+Agency)?"
    r"|Xinhua|IRNA|WAFA|SANA|Sputnik|RBC-Ukraine|Hromadske|LIGA\.net|Al[ \t]+Jazeera|dpa|Kyodo"
    r"|Yonhap|PAP|Agerpres|EFE|ANSA|Newswire"
)
_TAIL = re.compile(
    rf",[ \t]+(?:(?P<o>{_OUTLETS})[ \t]+(?:reports|reported|writes|wrote|informs)"
    r"(?:[ \t]+on[ \t]+[A-Z][a-z]+day)?"
    rf"|(?:reports|writes|informs)[ \t]+(?P<p>{_OUTLETS}))[ \t]*\.?[ \t]*$"
)
"""An outlet's credit closing the sentence: ", UNN reports." / ", reports UNN."."""
_SAID = re.compile(
    r"^(?:(?:Meanwhile|However|Separately|Earlier|Later|Also),[ \t]+)?"
    r"(?P<s>(?:[Tt]he[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|in|of|[a-z][\w-]*)){0,5}?)"
    r"[ \t]+(?:also[ \t]+)?(?P<v>said|claimed|says|claims|stated|announced)"
    r"(?:[ \t]+(?:(?:late|early)[ \t]+)?(?:on[ \t]+)?[A-Z][a-z]+day)?"
    r"[ \t]+(?:that[ \t]+)?(?P<c>(?:it|its|they|their)[ \t]+.+?)[.]$"
)
"""A sentence opening with its speaker: "S said/claimed (that) it ...", no quotation marks."""
_SAID_VERBS = ("said", "claimed", "says", "claims", "stated", "announced")


_DASHED = re.compile(
    r"^(?P<c>[A-Z][^“”\"]{15,}?)[ \t]+[-–—][ \t]+(?P<s>[Tt]he[ \t]+[\w'’ -]{2,60}?)[ \t]+"
    r"(?:later|also|then|further|earlier|subsequently)[ \t]+"
    r"(?P<v>reported|said|added|wrote|noted|stated|specified|informed)[.]?$"
)
"""A clause credited after a dash, an adverb before the verb ("C - the head of X later said")."""
_DASHED_VERBS = ("reported", "said", "added", "wrote", "noted", "stated", "specified", "informed")


_CLOSE = re.compile(r"([^“”\"]{1,120})[”\"]")
"""The fragment after the opening mark "as “"."""


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    statements, others = split(found)
    kept: list[Statement] = []
    seen: set[tuple[str, str]] = set()
    for s in statements:
        s = renamed(doc, speakers, _trimmed(s), kept)
        key = (s.speaker, s.quote.strip())
        lead = s.evidence.text.strip()
        if s.mode == "indirect" and key in seen and undated(lead) != lead:
            continue  # a standfirst the datelined lead restates word for word: one statement
        seen.add(key)
        kept.append(s)
    kept = _opening_said(doc, speakers, kept)
    kept.extend(_dashed(doc, speakers, kept))
    kept.extend(_described(doc, kept))
    return [*others, *kept]


def undated(text: str) -> str:
    """``text`` without the page metadata or dateline it opens with."""
    m = _DATELINE.match(text)
    if m is not None and m.end() and text[m.end() : m.end() + 1].isupper():
        return text[m.end() :]
    m = _DATE_ONLY.match(text)
    return text[m.end() :] if m is not None else text


def _trimmed(s: Statement) -> Statement:
    if s.mode != "indirect":
        return s
    quote = undated(s.quote)
    tail = _TAIL.search(quote)
    if tail is not None and tail.start() > 10:
        quote = quote[: tail.start()]
    return s if quote == s.quote else replace(s, quote=quote)


def _opening_said(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """``kept`` with "The X claimed it ..." read for a table body or country no reader gave
    the clause to; a credited outlet read as the clause's speaker ("Israel claimed that C,
    Anadolu Agency reports" read as Anadolu's C) gives the clause up."""
    out = list(kept)
    for sentence in doc.sentences:
        stripped = sentence.text.strip()
        if not stripped.endswith(".") or not any(v in stripped for v in _SAID_VERBS):
            continue  # every :data:`_SAID` match ends in "." and holds one of its verbs
        text = undated(stripped)
        m = _SAID.match(text)
        if m is None:
            continue
        canonical = speakers.canonical(m.group("s"))
        national = _NATIONAL.match(canonical) is not None or canonical.lower() in DEMONYMS
        if canonical not in _TABLE and not national:
            continue
        clause = m.group("c").strip()
        tail = _TAIL.search(clause + ".")
        outlet = None
        if tail is not None:
            clause = clause[: tail.start()]
            outlet = speakers.canonical(tail.group("o") or tail.group("p") or "")
        if len(clause.split()) < 4:
            continue
        inside = [s for s in out if sentence.start <= s.evidence.start < sentence.end]
        misread = [s for s in inside if s.speaker == outlet and s.quote.startswith(clause[:30])]
        if not _unread([s for s in inside if s not in misread], canonical, clause):
            continue
        out = [s for s in out if s not in misread]
        start = sentence.start + sentence.text.find(text)
        out.append(new_statement(text, start, canonical, "indirect", clause, m.group("v")))
    return out


def _dashed(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """ "C - the head of the RMA later reported.": the head's statement of C."""
    added: list[Statement] = []
    for sentence in doc.sentences:
        stripped = sentence.text.strip()
        if not stripped.removesuffix(".").endswith(_DASHED_VERBS):
            continue  # every :data:`_DASHED` match ends on its verb (and a full stop)
        m = _DASHED.match(stripped)
        if m is None or not bare_head(m.group("s")):
            continue
        inside = [s for s in kept if sentence.start <= s.evidence.start < sentence.end]
        if inside:
            continue
        name = head_before(doc, speakers, sentence.start)
        if name is None:
            continue
        text = sentence.text.strip()
        start = sentence.start + sentence.text.find(text)
        added.append(new_statement(text, start, name, "indirect", m.group("c"), m.group("v")))
    return added


def _described(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "Local doctors described the wounds as “F”" that no reader gave a speaker."""
    added: list[Statement] = []
    for sentence in doc.sentences:
        text = sentence.text.strip()
        m = DESCRIBED.match(text)
        if m is None:
            continue
        close = _CLOSE.match(text, m.end())
        if close is None or any(sentence.start <= s.evidence.start < sentence.end for s in kept):
            continue
        words = m.group("s")
        start = sentence.start + sentence.text.find(text)
        speaker = words[0].lower() + words[1:]
        added.append(new_statement(text, start, speaker, "partial", close.group(1), "described"))
    return added


def _unread(inside: list[Statement], speaker: str, clause: str) -> bool:
    """No statement of the sentence has this speaker or this clause."""
    return not any(s.speaker == speaker or s.quote.startswith(clause[:30]) for s in inside)

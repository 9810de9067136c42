"""Statements on real agency copy, ninth round (statement round 58, ``dev_statements84``):
leftover speaker and boundary readings that recur across the real-text dev sets.

Each reading is a mechanism, not a sentence:

- a sentence led by a body and credited at its end to a named spokesperson ("The Chinese
  Foreign Ministry has called on ..., Chinese Foreign Ministry Spokesman NAME said at a
  briefing, TASS reports.") is the spokesperson's indirect statement of the whole clause
  before the credit; the body was read as the speaker and the clause cut after its verb.
  A following "“Q,” he said." that the reader gave the body as a partial is NAME's direct
  quote;
- "In COUNTRY, the military says C" names that country's force with the sentence's own
  word ("Israeli military"), not another force word named earlier in the passage;
- a leading time or sequence adverb is no part of the speaker ("Earlier police believed
  that C", "Meanwhile local officials reported that C");
- the speaker's own act after the clause ("warned that C, issuing the threat after ...",
  "said that C, repeating the warning ...") is not part of C.

Runs last in :mod:`pipeline.extract._latepasses`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import split
from pipeline.extract._lexicon import DEMONYMS, words
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}"
_CREDIT = re.compile(
    r"^(?P<c>(?:The|the)[ \t]+[A-Z][^;:“”\"]{10,}?),[ \t]+(?P<t>(?:[A-Z][\w.'’-]*[ \t]+|"
    r"(?:the|ministry|foreign|defence|defense)[ \t]+){0,5}(?:[Ss]pokes(?:man|woman|person)|"
    r"[Pp]ress[ \t]+[Ss]ecretary))[ \t]+(?P<n>" + _NAME + r")[ \t]+(?P<v>said|told|stated"
    r"|noted)\b"
)
_HE_SAID = re.compile(r"^[“\"][^“”\"]{8,}[”\"],?[ \t]+(?:he|she)[ \t]+(?:said|added)\.?$")
_IN_COUNTRY = re.compile(
    r"\bIn[ \t]+(?P<c>[A-Z][a-z]+),[ \t]+the[ \t]+(?P<w>military|army)[ \t]+(?:says|said)\b"
)
_ADVERBS = words("Earlier Later Meanwhile Separately Previously Afterwards Subsequently Also")
_OWN_ACT = re.compile(
    r",[ \t]+(?:issuing|repeating|making|echoing|delivering|voicing)[ \t]+(?:the|his|her"
    r"|their|its|a)[ \t]+(?:\w+[ \t]+)?(?:warning|threat|remarks?|comments?|pledge|call"
    r"|appeal|statement)\b.*$"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    statements, others = split(found)
    kept = _credited(doc, speakers, statements)
    kept = [_country_force(doc, s) for s in kept]
    kept = [_adverb(s) for s in kept]
    kept = [_own_act(s) for s in kept]
    kept.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *kept]


def _sentence_text(doc: Document, s: Statement) -> str:
    """The text of the sentence holding ``s`` (its evidence when none does)."""
    i = sentence_of(doc, s.evidence.start)
    return doc.sentences[i].text.strip() if i >= 0 else s.evidence.text.strip()


def _credited(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """A body-led clause credited to "TITLE NAME said": NAME's statement of the clause."""
    out: list[Statement] = []
    renamed: dict[str, str] = {}
    for s in kept:
        text = _sentence_text(doc, s)
        m = _CREDIT.match(text) if "pokes" in text or "ecretary" in text else None
        if m is not None and (s.speaker in m.group("c") or s.speaker in m.group("t")):
            name = speakers.canonical(m.group("n"))
            renamed[s.speaker] = name
            out.append(replace(s, speaker=name, mode="indirect", quote=m.group("c")))
            continue
        if s.speaker in renamed and _HE_SAID.match(s.evidence.text.strip()):
            out.append(replace(s, speaker=renamed[s.speaker], mode="direct"))
            continue
        out.append(s)
    return out


def _country_force(doc: Document, s: Statement) -> Statement:
    """ "In COUNTRY, the military says C": "<COUNTRY's adjective> military"."""
    text = _sentence_text(doc, s)
    m = _IN_COUNTRY.search(text) if "In " in text else None
    if m is None or s.quote not in text[m.end() :]:
        return s
    adjective = DEMONYMS.get(m.group("c").lower())
    if adjective is None:
        return s
    speaker = f"{adjective} {m.group('w')}"
    return s if speaker == s.speaker else replace(s, speaker=speaker)


def _adverb(s: Statement) -> Statement:
    """ "Earlier police ...": the speaker without the leading adverb."""
    first, _, rest = s.speaker.partition(" ")
    if first not in _ADVERBS or not rest:
        return s
    return replace(s, speaker=rest)


def _own_act(s: Statement) -> Statement:
    """ "C, issuing the threat after ...": C alone."""
    if s.mode != "indirect" or "," not in s.quote:
        return s
    cut = _OWN_ACT.sub("", s.quote)
    return s if cut == s.quote or len(cut) < 12 else replace(s, quote=cut)

"""Speakers and modes re-read after every other statement pass (statement round 49,
``dev_articles75``-``77`` / ``dev_statements75``).

Agency English and literal translations leave a finished statement with a speaker or mode
that one general reading corrects. Each rule reads a mechanism, not a phrase:

- an agency epithet of a body the speaker table lists ("the U.N. nuclear watchdog", "the
  United Nations health agency") is that body's canonical form (IAEA, WHO);
- a church title before a full name ("Cardinal NAME") is no part of the name;
- an adverb read into the subject ("The army also said", "the ministry later said") is
  dropped, and the bare body left takes the qualified form the article used before it;
- a bare body word left by a possessive source ("According to the ministry's weekly
  bulletin") takes the qualified body the article names in a neighbouring sentence;
- "C, he told AGENCY." right after a sentence that introduces a person ("The station's chief
  engineer, NAME, dismissed ...") is that person's, not an earlier speaker's;
- a quoted proper name ("launched the "Friends for Peace" group") is no partial quote;
- a «fragment» inside the clause of an inverted attribution that a relative follows ("C «F»,
  has repeated the ROLE, NAME, according to whom ...") is the whole clause, indirect;
- a participle of saying inside a read clause (", affirming that C") ends that clause and
  opens a statement of its own;
- "X made it known through its ROLE NAME that C" is NAME's.

New statements of the round are read in :mod:`pipeline.extract._s49read`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s49more, _s49read
from pipeline.extract._found import split
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_UN = r"(?:the[ \t]+)?(?:U\.?N\.?|United[ \t]+Nations)(?:'s|’s)?[ \t]+"
_EPITHETS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(_UN + r"(?:nuclear|atomic)[ \t]+(?:watchdog|agency)$", re.I), "IAEA"),
    (re.compile(_UN + r"health[ \t]+(?:agency|body)$", re.I), "WHO"),
)
"""Wire epithets of table bodies (the table lists "UN food agency" for the WFP already)."""
_CHURCH = re.compile(r"^(?:Cardinal|Archbishop|Metropolitan)[ \t]+(?=[A-Z]\S+[ \t]+[A-Z])")
_ADVERB = re.compile(
    r"^(?P<b>.+?)[ \t]+(?:also|later|further|again|too|then|meanwhile|separately"
    r"|additionally|subsequently|earlier|likewise)$"
)
_BARE = frozenset({"army", "military", "ministry", "agency", "office", "service", "command"})
_PRONOUN_TAIL = re.compile(
    r",[ \t]+(?P<p>he|she)[ \t]+(?:told|said|added|wrote|explained|stressed)\b[^,;]*\.?$"
)
_INTRO = re.compile(
    r"^(?:The|A|An)[ \t][^,;«»“”\"]{3,80}?,[ \t]+"
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),[ \t]+[a-z]"
)
"""A sentence that introduces a person by an apposed name after a description."""
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|added|stated|announced|declared|wrote|called|described"
    r"|warned|urged|stressed|noted|according)\b"
)
_TITLED = re.compile(r"^(?:[A-Z][\w'’-]*|of|for|the|and|in|on|to|de|la)(?:[ \t]+|$)")
_INVERTED = re.compile(
    r"^(?P<c>[^;]{8,}?[»”\"][^,;]{0,40}),[ \t]+(?:(?:has|have|had)[ \t]+)?"
    r"(?:repeated|reiterated|assured|declared|affirmed|stressed|underlined|specified|insisted"
    r"|warned|observed|explained|recalled|said|added)[ \t]+(?:the|The)?[ \t]*[^,;]{2,60}?"
    r"(?:,[ \t]+[A-Z][^,;]{2,40})?,[ \t]+(?:who|according[ \t]+to[ \t]+whom|for[ \t]+whom)\b"
)

_SPLIT = re.compile(
    r",[ \t]+(?P<v>affirming|assuring|stressing|specifying|explaining|recalling|underlining"
    r"|insisting|reiterating)[ \t]+that[ \t]+"
)
"""A participle of saying that ends a reported clause and opens the next one."""


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's speakers, modes and new statements."""
    statements, others = split(found)
    out: list[Statement] = []
    changed = False
    for k, s in enumerate(statements):
        index = speakers.sentence_at(s.evidence.start)
        if s.mode == "partial" and _quoted_name(doc, s, index):
            changed = True
            continue
        t = _whole_clause(doc, s, index)
        who = _speaker(doc, speakers, out, statements[k + 1 :], t, index)
        if who != t.speaker:
            t = replace(t, speaker=who)
        if t is not s:
            changed = True
        if (cut := _SPLIT.search(t.quote)) is not None and len(t.quote[cut.end() :].split()) > 3:
            rest = t.quote[cut.end() :]
            out.append(replace(t, quote=t.quote[: cut.start()]))
            t = replace(t, mode="indirect", quote=rest, cue=cut.group("v"))
            changed = True
        out.append(t)
    added = _s49read.read(doc, speakers, out)
    if added:
        out = sorted([*out, *added], key=lambda t: (t.evidence.start, t.evidence.end))
        changed = True
    if not changed:
        return found
    return [*others, *_s49read.dedupe(out)]


def _speaker(
    doc: Document,
    speakers: Speakers,
    before: list[Statement],
    after: list[Statement],
    s: Statement,
    index: int,
) -> str:
    who = s.speaker
    for pattern, body in _EPITHETS:
        if pattern.match(who):
            return body
    if (m := _CHURCH.match(who)) is not None:
        return who[m.end() :]
    if (m := _ADVERB.match(who)) is not None:
        bare = m.group("b")
        return _qualified(bare, before, []) or speakers.named(bare, s.evidence.start) or bare
    sentence = doc.sentences[index]
    who = _s49more.through(sentence.text, speakers, sentence.start, who)
    if who.lower() in _BARE:
        return _qualified(who, before[-3:], after[:3]) or who
    return _introduced(doc, speakers, before, s, index) or who


def _qualified(bare: str, before: list[Statement], after: list[Statement]) -> str | None:
    """The nearest speaker before (else after) that qualifies the bare body word."""
    tail = " " + bare.lower().removeprefix("the ")
    for t in [*reversed(before), *after]:
        if t.speaker.lower().endswith(tail) and len(t.speaker) > len(tail):
            return t.speaker
    return None


def _introduced(
    doc: Document, speakers: Speakers, before: list[Statement], s: Statement, index: int
) -> str | None:
    """ "C, he told AGENCY." after a sentence introducing NAME that holds no statement."""
    if index < 1:
        return None
    text = doc.sentences[index].text
    if _PRONOUN_TAIL.search(text) is None:
        return None
    prior = doc.sentences[index - 1]
    if prior.paragraph != doc.sentences[index].paragraph:
        return None
    if (m := _INTRO.match(prior.text)) is None or _SAYING.search(prior.text):
        return None
    if any(prior.start <= t.evidence.start < prior.end for t in before):
        return None
    name = m.group("n")
    return speakers.named(name, prior.start + m.start("n")) or name


def _quoted_name(doc: Document, s: Statement, index: int) -> bool:
    """A partial quote that is a title-case name after "the" in a sentence with no saying."""
    sentence = doc.sentences[index]
    text = sentence.text
    at = text.find(s.quote)
    if at < 2 or not re.search(r"\bthe[ \t]+[\"“«]$", text[:at]):
        return False
    words = s.quote.split()
    if not 1 <= len(words) <= 6 or not all(_TITLED.match(w) for w in words):
        return False
    if not words[0][:1].isupper():
        return False
    return _SAYING.search(text) is None


def _whole_clause(doc: Document, s: Statement, index: int) -> Statement:
    """A partial inside the clause of "C «F», VERB the ROLE, NAME, according to whom ..."."""
    if s.mode != "partial":
        return s
    sentence = doc.sentences[index]
    m = _INVERTED.match(sentence.text)
    if m is None or s.quote not in m.group("c"):
        return s
    clause = m.group("c").strip()
    bare = re.sub(r"[«“„\"][^«»“”„\"]*[»”\"]", "", clause)
    if len(bare.split()) < 3:
        return s
    return replace(s, mode="indirect", quote=clause)

"""Statements the reader left unread, round 73 (helper h_fix_s73, ``dev_statements99``): the
undetected statements of a set of real regional and Middle East excerpts (kept outside the
project), each one a phrasing, not a sentence:

- "C, (two) security sources tell OUTLET." (the present tense of "told") is the sources';
- "According to (a) report(s) in the [description] NAME [outlet noun], C" is NAME's, with or
  without the article before "report";
- "The NAME news site / website (, without citing sources,) said C" is NAME's, the outlet
  noun and the aside dropped;
- "X did not comment / give details ..., but announced / said (earlier) that C" is X's, not
  a speaker running on to "but" nor a clause opening with "earlier that";
- "OUTLET cited X as saying in a statement (that) C" is X's;
- "The spokesman / official claimed C" (no "that") is the earlier "A ... spokesman"'s;
- "Houthi / Hezbollah fighters said (on DAY) (that) C" is the group's;
- "Russian news agencies / Iranian state media reported C" (no "that") speak as written;
- "X confirmed it tracked ... / the images had not ..." (no "that") is X's;
- "SUBJ, activists who ..., warn C" is the subject's.

Each reading is gated by a literal of the body, then one precompiled pattern per sentence
holding the literal; a reading is added only when no statement of the sentence already has its
clause (a few replace the one an earlier round read with a run-on speaker).

Runs in :mod:`pipeline.extract._latepasses` last of all, before :mod:`._s73more`.
"""

from __future__ import annotations

import re

from pipeline.extract._clausereads import by_sentence as bucketed
from pipeline.extract._clausereads import indirect, literal_hits, same_reading, sentence_at
from pipeline.extract._found import split
from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_S = r"[ \t]+"
_DAY = (
    rf"(?:{_S}(?:earlier|later|previously|today|yesterday|"
    rf"(?:(?:late|early){_S})?on{_S}[A-Z][a-z]+day))?"
)
_TELL = re.compile(
    rf"^(?P<c>[A-Z][^“”\"]+?),{_S}(?:(?:two|three|four|five|several|some|\d+){_S})?"
    rf"(?P<w>(?:[a-z]+{_S}){{0,2}}sources){_S}tell{_S}(?:the{_S})?[A-Z][\w.-]*"
    rf"(?:{_S}[A-Z][\w.-]*)*\.$"
)
_OUTLET = r"(?:outlet|newspaper|daily|channel|website|news{_S}site|broadcaster|TV|radio)".replace(
    "{_S}", _S
)
_NAME = r"(?:(?:al|el|an|as|ad)[ -])?[A-Z][\w'’-]*(?:[ \t]+[A-Z0-9][\w'’-]*)*"
_REPORT_IN = re.compile(
    rf"^According{_S}to{_S}(?:an?{_S})?reports?{_S}(?:in|by|from){_S}(?:the{_S})?"
    rf"(?P<d>[^,“”\"]*?)(?P<n>{_NAME})(?:{_S}{_OUTLET})?,{_S}(?P<c>[^“”\"]{{8,}}?)\.$"
)
_SITE = re.compile(
    rf"^(?:(?:However|But|Meanwhile|Separately),{_S})?(?:[Tt]he{_S})?(?:[a-z-]+{_S})?"
    rf"(?P<n>{_NAME}){_S}(?:news{_S}site|website|newspaper|daily|channel|outlet|broadcaster)"
    rf"(?:,{_S}(?:without|citing)[^,“”\"]{{3,60}},)?{_S}(?:said|reported|claimed){_DAY}{_S}"
    rf"(?:that{_S})?(?P<c>[a-z][^“”\"]{{8,}}?)\.$"
)
_NOT = (
    r"(?:did{_S}not|didn['’]t|has{_S}not|hasn['’]t|had{_S}not|gave{_S}no|reported|"
    r"declined{_S}to)".replace("{_S}", _S)
)
_BUT = re.compile(
    rf"^(?:[A-Z][^,“”\"]*?,{_S})?(?P<s>(?:The{_S})?[A-Z][\w'’-]*(?:{_S}[\w'’-]+){{0,3}}?)"
    rf"{_S}{_NOT}\b[^“”\";]*?,?{_S}but{_S}(?:(?:it|he|she|they){_S})?(?:also{_S})?"
    rf"(?:said|announced|confirmed|stated|noted|claimed|added|insisted){_DAY}{_S}that{_S}"
    rf"(?P<c>[^“”\"]{{8,}}?)\.$"
)
_CITED = re.compile(
    rf"\bcited{_S}(?P<s>[^,“”\"]+?){_S}as{_S}saying(?:{_S}in{_S}an?{_S}(?:[a-z]+{_S})?"
    rf"statement|{_S}on{_S}[A-Z][a-z]+day|{_S}today|{_S}yesterday)*{_S}(?:that{_S})?"
    rf"(?P<c>[^“”\"]{{8,}}?)\.$"
)
_TITLES = r"spokes(?:man|woman|person)|official|officer|governor|commander|mayor"
_CLAIMED = re.compile(
    rf"^The{_S}(?P<t>{_TITLES}){_S}claimed{_S}(?!that\b)(?P<c>[a-z][^“”\"]{{8,}}?)\.$"
)
_DESCRIBED = {
    title: re.compile(rf"\b[Aa]n?{_S}(?P<d>(?:[A-Z][a-z]+{_S})?(?:[a-z]+{_S}){{0,2}}){title}\b")
    for title in _TITLES.replace(
        "spokes(?:man|woman|person)", "spokesman|spokeswoman|spokesperson"
    ).split("|")
}
_FIGHTERS = re.compile(
    rf"^(?:The{_S})?(?P<g>Houthi|Hezbollah|Hamas){_S}(?:fighters|militants|gunmen){_S}"
    rf"(?:said|claimed|announced){_DAY}{_S}(?:that{_S})?(?P<c>[a-z][^“”\"]{{8,}}?)\.$"
)
_AGENCIES = re.compile(
    rf"^(?P<s>(?:[A-Z][a-z]+{_S})?(?:state{_S})?(?:news{_S}agencies|media|news{_S}outlets))"
    rf"{_S}reported{_S}(?!that\b)(?P<c>(?:the|a|an|all|most|some|[A-Z][a-z]+){_S}[^“”\"]{{8,}}?)\.$"
)
_CONFIRMED = re.compile(
    rf"^(?:[A-Z][^,“”\"]*?,{_S})?(?P<s>(?:The{_S})?[A-Z][\w'’-]*(?:{_S}[\w'’-]+){{0,4}}?){_S}"
    rf"confirmed(?:{_S}on{_S}[A-Z][a-z]+day)?{_S}(?!that\b)(?P<c>(?:(?:it|they){_S}"
    rf"(?:[a-z]+ed|had|was|were){_S}|(?:the|a|an){_S})[^“”\"]{{8,}}?)\.$"
)
_PRONOUN = re.compile(r"^(?:it|they) ")
_APPOSED = re.compile(
    rf"^(?P<s>(?:The{_S})?[^,“”\"]{{3,60}}?),{_S}(?:[a-z]+{_S})?(?:activists|groups?|volunteers|"
    rf"monitors|residents|officials|experts|medics){_S}(?:who|which|that){_S}[^,“”\"]+,{_S}"
    rf"(?:warn|warned|say|said|claim|claimed|report|reported){_S}(?:that{_S})?"
    rf"(?P<c>[a-z][^“”\"]{{8,}}?)\.$"
)
_FINITE = re.compile(r" (?:was|were|had|has|have|is|are|would|will) ")
_GROUPS = {"Hezbollah group": "Hezbollah", "Hamas group": "Hamas", "Houthi group": "Houthis"}
_TRIGGERS = (
    " tell ", "According to report", "According to a report", " news site", " website",
    " but ", " as saying ", " claimed ", " fighters ", " militants ", " gunmen ", " reported ",
    " confirmed ", " who ", " which ",
)  # fmt: skip
"""Where a reading may start (one literal of each pattern's fixed words; str.find over the
body, fifteen scans: a longer list costs more in scans than it saves in sentences read)."""


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    hits = literal_hits(body, _TRIGGERS)
    if not hits:
        return found
    statements, others = split(found)
    starts = [s.start for s in doc.sentences]
    by_sentence = bucketed(starts, statements)
    added: list[Statement] = []
    dropped: list[Statement] = []
    for i in sorted({sentence_at(starts, at) for at in hits}):
        if i < 0:
            continue
        sentence = doc.sentences[i]
        old = by_sentence.get(i, [])
        previous = doc.sentences[i - 1].text if i > 0 else ""
        made, replaces = _read(sentence.text.strip(), sentence, speakers, old, statements, previous)
        for s in made:
            clash = [o for o in old if same_reading(s.quote, o.quote)]
            if clash and not replaces:
                continue
            dropped.extend(clash)
            added.append(s)
    if not added:
        return found
    kept = [s for s in statements if not any(s is d for d in dropped)]
    statements = sorted([*kept, *added], key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *statements]


def _read(
    text: str,
    sentence: Sentence,
    speakers: Speakers,
    old: list[Statement],
    known: list[Statement],
    previous: str,
) -> tuple[list[Statement], bool]:
    """The first reading of the sentence that matches, and whether it replaces an old one."""
    if " tell " in text:
        m = _TELL.match(text)
        if m is not None:
            return indirect(sentence, " ".join(m.group("w").split()), m.group("c"), "tell"), False
    if text.startswith("According to"):
        m = _REPORT_IN.match(text)
        if m is not None:
            return indirect(
                sentence, speakers.canonical(m.group("n")), m.group("c"), "report"
            ), False
    if " news site" in text or " website" in text or ", without " in text:
        m = _SITE.match(text)
        if m is not None:
            return indirect(sentence, speakers.canonical(m.group("n")), m.group("c"), "said"), False
    if " but " in text:
        m = _BUT.match(text)
        if m is not None:
            who = _as_written(speakers, m.group("s"))
            return indirect(sentence, _GROUPS.get(who, who), m.group("c"), "said"), True
    if " as saying " in text:
        m = _CITED.search(text)
        if m is not None:
            return indirect(
                sentence, speakers.canonical(m.group("s")), m.group("c"), "saying"
            ), False
    if text.startswith("The ") and " claimed " in text:
        m = _CLAIMED.match(text)
        if m is not None:
            who = _earlier(m.group("t"), sentence.start, known, previous)
            return indirect(sentence, who, m.group("c"), "claimed"), who != m.group("t")
    if " fighters " in text or " militants " in text or " gunmen " in text:
        m = _FIGHTERS.match(text)
        if m is not None:
            group = m.group("g")
            who = "Houthis" if group == "Houthi" else group
            return indirect(sentence, who, m.group("c"), "said"), False
    if " confirmed " in text:
        m = _CONFIRMED.match(text)
        if m is not None and (
            _PRONOUN.match(m.group("c")) is not None or _FINITE.search(m.group("c")) is not None
        ):
            who = speakers.canonical(m.group("s"))
            return indirect(sentence, who, m.group("c"), "confirmed"), False
    if " who " in text or " which " in text:
        m = _APPOSED.match(text)
        if m is not None:
            return indirect(sentence, speakers.canonical(m.group("s")), m.group("c"), "said"), False
    if " reported " in text:
        m = _AGENCIES.match(text)
        if m is not None and _FINITE.search(m.group("c")) is not None:
            return indirect(
                sentence, " ".join(m.group("s").split()), m.group("c"), "reported"
            ), False
    return [], False


def _as_written(speakers: Speakers, name: str) -> str:
    """The canonical name, but the text's curly apostrophe where that is all it changed."""
    who = speakers.canonical(name)
    plain = name.split(" ", 1)[1] if name.startswith(("The ", "the ")) else name
    return plain if who == plain.replace("’", "'") else who


def _earlier(title: str, at: int, known: list[Statement], previous: str) -> str:
    """A bare title ("the spokesman") takes the last earlier speaker ending in it, else the
    description the sentence before gives it ("An Egyptian military official described ...")."""
    if title in previous:
        m = _DESCRIBED[title].search(previous)
        if m is not None and m.group("d"):
            return " ".join(f"{m.group('d')}{title}".split())
    stop = _before(known, at)
    for s in reversed(known[max(0, stop - 40) : stop]):
        low = s.speaker.lower()
        if low != title and low.endswith(" " + title):
            return s.speaker  # the last earlier one (of the 40 statements before)
    return title


def _before(known: list[Statement], at: int) -> int:
    """How many statements of ``known`` (in body order) start before ``at`` (a bisect)."""
    lo, hi = 0, len(known)
    while lo < hi:
        mid = (lo + hi) // 2
        if known[mid].evidence.start < at:
            lo = mid + 1
        else:
            hi = mid
    return lo

"""Last reading of finished statements for literal French, Italian, Romanian, Moldovan and
Belgian copy (statement round 31, ``dev_articles64`` / ``dev_statements56``).

The round-28 fixes transferred little to unseen Romance copy; the misses came from a few
general mechanisms the readers before this pass do not model:

- a national body named without its country in a story told from that country
  ("The Ministry of National Defence (MApN) informs that") takes the story's country
  (:mod:`_s31country`);
- a body or a described speaker opening its sentence after a clause that names someone else
  speaks for itself: "NATO, in a note, reiterated that C"; "Questioned by OUTLET, a
  diplomatic source let slip that C" (the source, not the outlet); "A European diplomat
  confided to OUTLET that C"; "Sources of Palazzo Chigi let filter that C";
- "the tenant of the Quai d'Orsay / Palazzo Chigi / Matignon" is the holder named before
  (:mod:`_s31roles`);
- the subject keeps the words of its participle clause: "X thanked Y after a call with Z,
  writing on X that C" is X's, not Z's;
- "which according to the movement / group VERB ..." is the group the sentence opens with;
- "asked / urged Y to «Z» ..." after another verb is one indirect statement of "Y to «Z» ...";
- "An Elysée adviser" speaks as "Elysée adviser";
- "«Q», he specified." after a verbless sentence fronting a person ("More conciliatory the
  vice-premier NAME.") is that person's; "And again: «Q»" is the last speaker's.

Every reader starts with a literal test of the body or the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s31country, _s31reads, _s31roles
from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract._s29reads import is_person, name_in, overlapping
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_V = (
    r"(?:[a-z]+ed|said|told|let[ \t]+slip|let[ \t]+filter|let[ \t]+it[ \t]+be[ \t]+known"
    r"|made[ \t]+(?:it[ \t]+)?known)"
)
_NOTE = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}),[ \t]+in[ \t]+an?[ \t]+"
    r"(?:note|communiqu[ée]|statement|press[ \t]+release|message)[^,«»“”\"]{0,40},[ \t]+"
    r"(?:also[ \t]+)?(?P<v>" + _V + r")[ \t]+that[ \t]+(?P<c>[^;]{8,}?)\.?$"
)
_QUESTIONED = re.compile(
    r"^(?:Questioned|Contacted|Interviewed|Consulted|Reached|Asked|Quoted)[ \t]+by[ \t]+"
    r"[^,«»“”\"]{2,50},[ \t]+(?:an?|the)[ \t]+(?P<who>[a-zA-Z][^,«»“”\"]{2,50}?)[ \t]+"
    r"(?:also[ \t]+)?(?P<v>" + _V + r")[ \t]+that[ \t]+(?P<c>[^;]{8,}?)\.?$"
)
_CONFIDED = re.compile(
    r"^(?:An?|The)[ \t]+(?P<who>[A-Za-z][^,«»“”\"]{2,50}?)[ \t]+(?P<v>confided|revealed|told"
    r"|explained|admitted|said|indicated)[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z][^,«»“”\"]{1,40}?"
    r"[ \t]+that[ \t]+(?P<c>[^;]{8,}?)\.?$"
)
_SOURCES = re.compile(
    r"^Sources[ \t]+(?:of|from|close[ \t]+to)[ \t]+(?:the[ \t]+)?"
    r"(?P<p>[A-Z][\w'’é-]+(?:[ \t]+[A-Z][\w'’é-]+)?)[ \t]+(?P<v>" + _V + r")[ \t]+that[ \t]+"
    r"(?P<c>[^;]{8,}?)\.?$"
)
_WRITING = re.compile(
    r"(?:[ \t]and[ \t]+(?:specified|announced|recalled|reminded|stressed|underlined)"
    r"|,[ \t]+(?:writing|adding|announcing|explaining|stressing)(?:[ \t]+on[ \t]+"
    r"(?:X|Telegram|Facebook|social[ \t]+networks|social[ \t]+media))?)[ \t]+that[ \t]+"
    r"(?P<c>[^;]{8,}?)\.?$"
)
_SUBJECT = re.compile(
    r"^(?:(?:From|In)[ \t]+[A-Z][\w'’ -]{1,30},[ \t]+)?(?:the[ \t]+[a-z][\w -]{2,40}?[ \t]+)?"
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]+[a-z]"
)
_ACCORDING = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[, ][^;]{0,200}?,?[ \t]+which,?"
    r"[ \t]+according[ \t]+to[ \t]+the[ \t]+(?:movement|group|organi[sz]ation|militia"
    r"|party)[ \t,]+(?P<c>[^;]{8,}?)\.?$"
)
_ASKED = re.compile(
    r"[ \t](?:and[ \t]+)?(?P<v>asked|urged|called[ \t]+on|invited)[ \t]+"
    r"(?P<c>(?:the|its|his|her|their|all)?[ \t]*[^,;«»“”\"]{2,40}?[ \t]+to[ \t]+[«“\"][^;]*?)\.?$"
)
_ARTICLE = re.compile(r"^(?:An?)[ \t]+(?P<s>[A-Z][\w'’é-]+)$")
_NOUNS = ("adviser", "advisor", "official", "source", "diplomat", "spokesperson", "aide")
_FRONTED = re.compile(
    r"^(?:More|Less|Tougher|Harsher|Softer|Different|Critical|Cold|Colder|Cautious|Sharper"
    r"|Milder|Opposite|Warmer|Cooler|Firmer)\b[^.«»“”\"]{0,100}?[ \t,]"
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})\.$"
)
_HE_CUE = re.compile(r"^[«“\"].+[»”\"],?[ \t]+(?:he|she)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?\.?$")
_QUOTE = re.compile(r"^[«“\"](?P<q>[^«»“”\"]{8,})[»”\"]")
_WHILE = re.compile(
    r"(?:,[ \t]+while[ \t]+(?P<v>insisting|stressing|recalling|warning|noting|underlining"
    r"|adding|specifying|pointing[ \t]+out)|,?[ \t]+(?:but|and)[ \t]+(?P<p>(?:he|she|it)[ \t]+)?"
    r"(?P<w>underlined|stressed|reminded|hoped|recalled|specified|warned|insisted|assured))"
    r"[ \t]+that[ \t]+"
)
# Literals each of the searched patterns above needs (its verbs' stems): a sentence or
# quote lacking all of them is not searched.
_WRITING_WORDS = (
    "specified",
    "announc",
    "recalled",
    "reminded",
    "stress",
    "underlined",
    "writing",
    "adding",
    "explaining",
)
_ASKED_WORDS = ("asked", "urged", "called", "invited")
_WHILE_WORDS = (
    "insist",
    "stress",
    "recall",
    "warn",
    "noting",
    "underlin",
    "adding",
    "specif",
    "pointing",
    "reminded",
    "hoped",
    "assured",
)
_AGAIN = re.compile(
    r"^And[ \t]+(?:again|also|further|then)[:,][ \t]+[«“\"](?P<q>[^«»“”\"]{8,})[»”\"]\.?$"
)


def _has(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``words`` (a loop: no generator on this hot path)."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def _swap(statements: list[Statement], start: int, end: int, new: Statement) -> list[Statement]:
    old = overlapping(statements, start, end)
    if any(s.speaker == new.speaker and s.quote == new.quote for s in old):
        return statements
    return [s for s in statements if s not in old] + [new]


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's shapes read and corrected."""
    body = doc.body
    statements = [f for f in found if isinstance(f, Statement)]
    others = [f for f in found if not isinstance(f, Statement)]
    if any(s.speaker.startswith("Ministry ") for s in statements) and body_has(body, "Ministry "):
        statements = [_country(s, body) for s in statements]
    if body_has(body, ", while ") or body_has(body, " that "):
        statements = _split_while(statements)
    if any(s.speaker.startswith("A") for s in statements) and (
        body_has(body, "A ") or body_has(body, "An ")
    ):
        statements = [_article(s, body) for s in statements]
    if body_has(body, "ant of") and (body_has(body, "tenant of") or body_has(body, "occupant of")):
        statements = _s31roles.revise(doc, speakers, statements)
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text.rstrip()
        start, end = sentence.start, sentence.end
        new: Statement | None = None
        if ", in a" in text and (m := _NOTE.match(text)):
            who = speakers.named(m.group("who"), start) or m.group("who")
            new = new_statement(text, start, who, "indirect", m.group("c"), m.group("v"))
        elif (" by " in text and (m := _QUESTIONED.match(text))) or (
            " to " in text and text.startswith("A") and (m := _CONFIDED.match(text))
        ):
            new = new_statement(text, start, m.group("who"), "indirect", m.group("c"), m.group("v"))
        elif text.startswith("Sources ") and (m := _SOURCES.match(text)):
            who = f"{m.group('p')} sources"
            new = new_statement(text, start, who, "indirect", m.group("c"), m.group("v"))
        elif "according to the " in text and (m := _ACCORDING.match(text)):
            who = speakers.named(m.group("who"), start) or m.group("who")
            new = new_statement(text, start, who, "indirect", m.group("c"), "according to")
        elif text.startswith("And ") and (m := _AGAIN.match(text)):
            prior = [s for s in statements if s.evidence.end <= start]
            if prior and not overlapping(statements, start, end):
                prior.sort(key=lambda s: s.evidence.start)
                statements.append(
                    new_statement(text, start, prior[-1].speaker, "direct", m.group("q"), "again")
                )
        if new is not None:
            statements = _swap(statements, start, end, new)
            continue
        if " that " in text and _has(text, _WRITING_WORDS) and (m := _WRITING.search(text)):
            statements = _writing(speakers, statements, text, start, end, m)
        if " to " in text and _has(text, _ASKED_WORDS) and (m := _ASKED.search(text)):
            statements = _asked(statements, text, start, end, m)
        if index and text[:1] in '«“"' and (" he " in text or " she " in text):
            statements = _fronted(doc, speakers, statements, index)
    statements = _s31reads.revise(doc, speakers, statements)
    return others + statements


def _split_while(statements: list[Statement]) -> list[Statement]:
    """ "judged that A «F», while insisting that B": two indirect statements."""
    out: list[Statement] = []
    for s in statements:
        m = (
            _WHILE.search(s.quote)
            if s.mode == "indirect" and " that " in s.quote and _has(s.quote, _WHILE_WORDS)
            else None
        )
        if m is None or m.start() < 8 or not _splits(s.quote, m):
            out.append(s)
            continue
        out.append(replace(s, quote=s.quote[: m.start()]))
        out.append(replace(s, quote=s.quote[m.end() :], cue=m.group("v") or m.group("w")))
    return out


def _splits(quote: str, m: re.Match[str]) -> bool:
    """ ", while insisting that" always; ", but underlined that" in guillemet copy (Romance
    copy; English agency copy's "said A but warned that B" is one statement) or with its own
    subject ("and he hoped that")."""
    return bool(m.group("v") or m.group("p")) or "«" in quote[: m.start()]


def _country(s: Statement, body: str) -> Statement:
    named = _s31country.qualified(s.speaker, body)
    return s if named is None else replace(s, speaker=named)


def _article(s: Statement, body: str) -> Statement:
    """ "An Elysée adviser" -> "Elysée adviser"."""
    if not s.speaker.startswith("A"):
        return s
    m = _ARTICLE.match(s.speaker)
    if m is None:
        return s
    at = body.rfind(s.speaker + " ", max(0, s.evidence.start - 300), s.evidence.end)
    after = body[at + len(s.speaker) : at + len(s.speaker) + 30].split() if at >= 0 else []
    if not after or after[0] not in _NOUNS:
        return s
    return replace(s, speaker=f"{m.group('s')} {after[0]}")


def _writing(
    speakers: Speakers,
    statements: list[Statement],
    text: str,
    start: int,
    end: int,
    m: re.Match[str],
) -> list[Statement]:
    """ "X thanked Y after a call with Z, writing on X that C": X's indirect C; "«Q», he
    added, announcing that C": the quote's speaker's indirect C."""
    clause = m.group("c")
    here = overlapping(statements, start, end)
    if any(clause[:20] in s.quote for s in here if s.mode != "partial"):
        return statements  # read already
    subject = _SUBJECT.match(text)
    who = None
    if subject is not None and subject.end() <= m.start():
        who = name_in(speakers, subject.group("n"))
        who = who if is_person(who) else None
    if who is None:
        named = {s.speaker for s in here}
        if len(named) != 1:
            return statements
        who = named.pop()
    inside = [s for s in here if s.mode == "partial" and s.quote in clause]
    new = new_statement(text, start, who, "indirect", clause, "writing")
    return [s for s in statements if s not in inside] + [new]


def _asked(
    statements: list[Statement], text: str, start: int, end: int, m: re.Match[str]
) -> list[Statement]:
    """ "... and asked the Europeans to «accelerate» the deliveries": one indirect statement
    in place of the partial "accelerate"."""
    clause = m.group("c").strip()
    for s in overlapping(statements, start, end):
        if s.mode == "partial" and s.quote in clause and clause.find(s.quote) > 3:
            new = replace(s, mode="indirect", quote=clause, cue=m.group("v"))
            return [new if x is s else x for x in statements]
    return statements


def _fronted(
    doc: Document, speakers: Speakers, statements: list[Statement], index: int
) -> list[Statement]:
    """ "More conciliatory the vice-premier NAME. «Q», he specified.": NAME's."""
    sentence = doc.sentences[index]
    if _HE_CUE.match(sentence.text.rstrip()) is None:
        return statements
    m = _FRONTED.match(doc.sentences[index - 1].text.rstrip())
    if m is None:
        return statements
    who = name_in(speakers, m.group("n"))
    if not is_person(who):
        return statements
    if not overlapping(statements, sentence.start, sentence.end):
        q = _QUOTE.match(sentence.text)
        if q is None:
            return statements
        new = new_statement(
            sentence.text.rstrip(), sentence.start, who, "direct", q.group("q"), "he"
        )
        return [*statements, new]
    return [
        replace(s, speaker=who)
        if sentence.start <= s.evidence.start < sentence.end and s.speaker != who
        else s
        for s in statements
    ]

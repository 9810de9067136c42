"""Cue positions of literal French copy that no reader before this pass models (statement
round 36, ``dev_articles66`` / ``dev_statements61``).

Round 31 listed phrases; copy written afterwards used the same shapes with other verbs, so
this pass reads positions, each verb coming from the one lemma table of :mod:`_s36verbs`:

- ", (while) VERB-ing that C" after the subject's first clause is a statement of its own
  ("confirmed the call, assuring that C"; "admitted that A, while assuring that B"), and
  ", while VERB-ing ..." with no saying verb ends the clause before it;
- "«Q», VERB [adverbials] [the TITLE,] NAME" (any tense, "wanted to VERB") is NAME's quote;
- "called on / urged / asked OBJ to VP" holding quoted fragments is one indirect statement,
  the object quoted or apposed ("the sponsors, Washington and Paris, to «...»");
- "According to the DESCRIPTION NAME, C", "according to NAME calculations, C" are NAME's;
  "..., according to her, C" the sentence's speaker's;
- "the DESCRIPTION, NAME" as a speaker is NAME ("the federal agency, Rosaviatsia");
- religious honorifics are no part of a name ("Father", "Sister", "Archbishop").

Every reader starts with a literal test of the sentence or quote.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract._lexicon import DEMONYMS
from pipeline.extract._s29reads import Overlaps, is_person, name_in
from pipeline.extract._s36verbs import pattern
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_ING = pattern("ing")
_FIN = pattern("finite")
_PARTICIPLE = re.compile(
    r",[ \t]+(?:while[ \t]+)?(?P<v>" + _ING + r")[ \t]+that[ \t]+(?P<c>[^;]{8,}?)\.?$"
)
_WHILE_SAY = re.compile(r",[ \t]+while[ \t]+(?P<v>" + _ING + r")[ \t]+that[ \t]+")
_WHILE_ELSE = re.compile(r",[ \t]+while[ \t]+[a-z]+ing\b")
_HONORIFIC = re.compile(
    r"^(?:Father|Sister|Brother|Mother|Archbishop|Bishop|Metropolitan|Cardinal|Monsignor"
    r"|Reverend|Rev\.|Abbot|Abbé|Pastor|Imam|Rabbi)[ \t]+(?=\S+[ \t]+\S)"
)
_RUN = (
    r"[A-Z][\w'’.-]+(?:[ \t]+(?:[A-Z][\w'’.-]+|de|da|von|der|al|bin|ben|van))*[ \t]+[A-Z][\w'’-]+"
)
_INVERTED = re.compile(
    r"^[«“\"][ \t]*(?P<q>[^«»“”\"]{8,}?)[ \t]*[»”\"],?[ \t]+(?:wanted[ \t]+to[ \t]+[a-z]+|"
    + _FIN
    + r")\b(?P<rest>[^«»“”\"]{0,160})$"
)
_APPOSED = re.compile(
    r"(?:^[ \t]*|,[ \t]+)(?P<n>" + _RUN + r")(?=,|\.?$|[ \t]+(?:to|in|on|at)[ \t])"
)
_CALLED = re.compile(
    r"\b(?P<v>called[ \t]+on|urged|asked|invited|exhorted|pressed|implored)[ \t]+"
    r"(?P<c>[^;]{2,90}?[ \t]to[ \t]+[^;]+?)(?:,[ \t]+while[ \t][^;]*)?\.?$"
)
_ACC_NAME = re.compile(
    r"^According[ \t]+to[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){1,4}?(?P<n>[A-Z][\w'’&-]+"
    r"(?:[ \t]+[A-Z][\w'’&-]+)?),[ \t]+(?P<c>[^;]{12,}?)\.?$"
)
_ACC_DATA = re.compile(
    r"^According[ \t]+to[ \t]+(?P<n>[A-Z][\w'’&-]+(?:[ \t]+[A-Z][\w'’&-]+)?)(?:'s)?[ \t]+"
    r"(?:calculations|figures|estimates|count|tally|data|analysis),[ \t]+(?P<c>[^;]{12,}?)\.?$"
)
_SUBJ = re.compile(r"(?:^|,[ \t]+)(?P<n>" + _RUN + r"),?[ \t]+(?P<v>" + _FIN + r")\b")
_ACTOR = re.compile(r"(?:^|,[ \t]+)(?P<n>" + _RUN + r"),?[ \t]+(?:" + _FIN + r"|[a-z]+ed)\b")
_FRAGMENT = re.compile(r"[«“][ \t]*(?P<q>[^«»“”\"]{3,80}?)[ \t]*[»”]")
_ACC_PRONOUN = re.compile(r",[ \t]+according[ \t]+to[ \t]+(?:him|her),[ \t]+(?P<c>[^;]{12,}?)\.?$")


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's positions read."""
    statements = [f for f in found if isinstance(f, Statement)]
    others = [f for f in found if not isinstance(f, Statement)]
    body = doc.body
    if body_has(body, ", while "):
        statements = _split_while(statements)
    statements = [_renamed(s, body) for s in statements if not _title_only(s, body)]
    overlaps = Overlaps(doc.sentences)
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text.rstrip()
        start = sentence.start
        here = overlaps.of(statements, index)
        if "ing that " in text and (m := _PARTICIPLE.search(text)) and _french(body, m):
            statements = _participle(speakers, statements, here, text, start, m)
        elif not here and "«" in text and " that " not in text and (m := _SUBJ.search(text)):
            statements = _partials(speakers, statements, text, start, m)
        elif text[:1] in '«“"' and not here and (m := _INVERTED.match(text)):
            statements = _inverted(speakers, statements, text, start, m)
        partial = any(s.mode == "partial" for s in here)
        if " to " in text and partial and (m := _CALLED.search(text)):
            statements = _called(statements, here, text, m)
        if text.startswith("According to ") and not any(s.mode != "partial" for s in here):
            m = _ACC_DATA.match(text) or _ACC_NAME.match(text)
            if m is not None and _source(m):
                who = speakers.named(m.group("n"), start) or m.group("n")
                new = new_statement(text, start, who, "indirect", m.group("c"), "according to")
                statements = [s for s in statements if s not in here] + [new]
        if "according to h" in text and (m := _ACC_PRONOUN.search(text)):
            named = {s.speaker for s in here if is_person(s.speaker)}
            if not named and (actor := _ACTOR.search(text, 0, m.start())) is not None:
                named = {name_in(speakers, actor.group("n"))} - {""}
            if len(named) == 1 and is_person(next(iter(named))):
                who = named.pop()
                keep = [s for s in statements if s not in here or s.mode != "indirect"]
                statements = [
                    *keep,
                    new_statement(text, start, who, "indirect", m.group("c"), "according to"),
                ]
    return others + statements


def _split_while(statements: list[Statement]) -> list[Statement]:
    """ "A, while assuring that B": two statements; "A, while ruling out X": A only."""
    out: list[Statement] = []
    for s in statements:
        if s.mode != "indirect" or ", while " not in s.quote:
            out.append(s)
        elif (m := _WHILE_SAY.search(s.quote)) and m.start() >= 8:
            out.append(replace(s, quote=s.quote[: m.start()]))
            out.append(replace(s, quote=s.quote[m.end() :], cue=m.group("v")))
        elif (m := _WHILE_ELSE.search(s.quote)) and m.start() >= 8:
            out.append(replace(s, quote=s.quote[: m.start()]))
        else:
            out.append(s)
    return out


def _renamed(s: Statement, body: str) -> Statement:
    """Honorifics dropped; "the DESCRIPTION, NAME" -> NAME; "adviser of the X" -> "X adviser"."""
    if m := _HONORIFIC.match(s.speaker):
        return replace(s, speaker=s.speaker[m.end() :])
    if " " in s.speaker and not all(w[:1].isupper() for w in s.speaker.split()):
        noun, _, rest = s.speaker.partition(" of the ")
        if noun in _NOUNS and rest[:1].isupper() and len(rest.split()) <= 2:
            return replace(s, speaker=f"{rest} {noun}")
        around = body[max(0, s.evidence.start - 5) : s.evidence.end + 5]
        at = around.find(s.speaker + ", ")
        if at >= 0:
            m2 = re.match(
                r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[,.]", around[at + len(s.speaker) + 2 :]
            )
            if m2 is not None:
                return replace(s, speaker=m2.group(1))
    return s


_NOUNS = ("adviser", "advisor", "diplomat", "official", "source", "spokesperson", "aide")


_AND_VERB = re.compile(r"[ \t]and[ \t]+[a-z]+ed\b")
_PREPOSITIONS = frozenset({"by", "of", "to", "from", "with", "for", "in", "on"})


def _source(m: re.Match[str]) -> bool:
    """A named source, not a side's figures ("according to Ukrainian data") nor a description
    with its own agent ("data presented by the MApN", "the authority controlled by Hamas")."""
    said = m.group(0)[: m.start("n")].split()
    name = m.group("n")
    adjective = name in DEMONYMS.values() or name.endswith(("ian", "ese", "ish", "ean"))
    return not adjective and not _PREPOSITIONS & set(said[2:])


def _french(body: str, m: re.Match[str]) -> bool:
    """Guillemet copy, or a participle English agency copy does not use for a second
    statement (its "said C, warning that D" is one statement in the labelled sets)."""
    return body_has(body, "«") or m.group("v") not in ("warning", "saying", "arguing")


def _title_only(s: Statement, body: str) -> bool:
    """An indirect "quote" that is only the title apposed before its speaker's name ("The
    Hungarian prime minister, Viktor Orbán, denounced an «...»")."""
    return (
        s.mode == "indirect"
        and len(s.quote.split()) <= 6
        and f"{s.quote}, {s.speaker}," in body[s.evidence.start : s.evidence.end]
    )


def _participle(
    speakers: Speakers,
    statements: list[Statement],
    here: list[Statement],
    text: str,
    start: int,
    m: re.Match[str],
) -> list[Statement]:
    """ "X confirmed the call, assuring that C": X's indirect C, its partials inside it."""
    clause = m.group("c")
    if any(clause[:20] in s.quote for s in here if s.mode != "partial"):
        return statements
    named = {s.speaker for s in here}
    if not named and (subject := _ACTOR.search(text, 0, m.start())) is not None:
        named = {name_in(speakers, subject.group("n"))}
    if len(named) != 1 or not (here or is_person(next(iter(named)))):
        return statements
    inside = [s for s in here if s.mode == "partial" and s.quote in clause]
    new = new_statement(text, start, named.pop(), "indirect", clause, m.group("v"))
    return [s for s in statements if s not in inside] + [new]


def _inverted(
    speakers: Speakers, statements: list[Statement], text: str, start: int, m: re.Match[str]
) -> list[Statement]:
    """ "«Q», repeated before the Senate the minister, NAME.": NAME's direct Q."""
    names = [n.group("n") for n in _APPOSED.finditer(m.group("rest"))]
    if not names:
        return statements
    run = _HONORIFIC.sub("", names[-1])
    who = speakers.named(run, start) or name_in(speakers, run)
    if not is_person(who):
        return statements
    return [
        *statements,
        new_statement(text, start, who, "direct", m.group("q").strip(), "inverted"),
    ]


def _called(
    statements: list[Statement], here: list[Statement], text: str, m: re.Match[str]
) -> list[Statement]:
    """ "called on «all parties» to respect the ceasefire «scrupulously»": one indirect."""
    clause = m.group("c").strip()
    head = clause[: clause.find(" to ")]
    if (
        _AND_VERB.search(head)
        or head.count("«") != head.count("»")
        or head.count("“") != head.count("”")
    ):
        return (
            statements  # "urged “restraint” and warned that ... to", "invited «all to restraint»"
        )
    inside = [s for s in here if s.mode == "partial" and s.quote in clause]
    if not inside or len({s.speaker for s in inside}) != 1:
        return statements
    first = inside[0]
    new = replace(first, mode="indirect", quote=clause, cue=m.group("v"))
    return [s for s in statements if s not in inside] + [new]


def _partials(
    speakers: Speakers, statements: list[Statement], text: str, start: int, m: re.Match[str]
) -> list[Statement]:
    """ "NAME, saluted at the exit of the Council a «responsible majority»": partials."""
    who = name_in(speakers, m.group("n"))
    if not is_person(who):
        return statements
    found = [
        new_statement(text, start, who, "partial", f.group("q"), m.group("v"))
        for f in _FRAGMENT.finditer(text, m.end())
    ]
    return statements + found

"""Last reading of finished statements: agency stand-ins for bodies (statement round 18).

Translated agency copy (TASS, ANSA, EFE; ``dev_articles49``, ``dev_statements43``) and
agency English name a speaker through stand-ins the sentence readers keep as written:

- "the military department" (TASS's "военное ведомство") after a defence ministry spoke:
  that ministry ("..., the Russian Defense Ministry reported. “...,” the military
  department noted." is the ministry's quote);
- a capital's national body ("Kyiv's air force", "Moscow's defence ministry", "Kiev's foreign
  ministry"): the country's body, as "Ukraine's air force" is;
- a country's or the UN's body given with its acronym or name and a description ("Britain's
  UKMTO maritime security agency", "The UN's OCHA humanitarian office", "Ukraine's Energoatom
  nuclear operator"): the named body alone;
- a city body left bare in a story that names one city, in its German spelling ("Charkiw
  ... according to the city council"): that city's body, spelt as the article does;
- "..., declared NAME, who specified/recalled/added that C" (EFE, ANSA): C is NAME's
  indirect statement too;
- an unnamed source with an apposition before its verb ("A medical source at the Saudi
  Hospital, the last partly functioning hospital in the city, told AFP that C", "A security
  source in Damascus, speaking on condition of anonymity, said that C"): the source's.

Pure functions over the finished statements, each behind a literal test; kept apart
because :mod:`pipeline.extract.speakers` and :mod:`pipeline.extract._names` are at their
size limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _cityback, _found
from pipeline.extract._bodylits import body_has
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]


_DEPARTMENT = frozenset({"military department", "defence department", "defense department"})
_MINISTRY = re.compile(r"(?:Defen[cs]e Ministry|Ministry of Defen[cs]e)$", re.IGNORECASE)

_NAMED_MINISTRY = re.compile(
    r"(?:[A-Z][a-z]+(?:'s)? )?(?:Defen[cs]e Ministry|Ministry of Defen[cs]e(?: of [A-Z][a-z]+)?)"
)

_CAPITALS = {
    "Kyiv": "Ukrainian",
    "Kiev": "Ukrainian",
    "Moscow": "Russian",
    "Minsk": "Belarusian",
    "Beijing": "Chinese",
    "Tehran": "Iranian",
    "Ankara": "Turkish",
    "Warsaw": "Polish",
}
_NATIONAL = re.compile(
    r"(?P<cap>[A-Z][a-z]+) (?P<body>air force|foreign ministry|defen[cs]e ministry|"
    r"general staff|navy|border (?:guard|service)|emergency service|health ministry)",
    re.IGNORECASE,
)

_DESCRIBED = re.compile(
    r"(?:UN|EU|[A-Z][a-z]+) (?P<name>[A-Z][A-Za-z]*[A-Z]?[A-Za-z-]*)"
    r"(?P<desc>(?: [a-z]+){1,3})"
)
_BODY_NOUNS = frozenset(
    {"agency", "office", "operator", "company", "service", "organisation", "organization"}
)

_CITY_BODIES = frozenset({"city council", "city administration", "city military administration"})
_GERMAN_CITIES = re.compile(
    r"\b(?:Charkiw|Cherson|Saporischschja|Mykolajiw|Tschernihiw|Schytomyr|Poltawa|Winnyzja|"
    r"Krywyj Rih|Slowjansk|Pokrowsk|Lwiw)\b"
)

_WHO = re.compile(
    r"(?:, |\b(?:said|declared|wrote|added|stated|stressed) )"
    r"(?P<name>(?:[A-Z][\w'.-]+ ){0,3}[A-Z][\w'-]+), who (?:also )?"
    r"(?P<v>specified|recalled|added|said|stressed|noted|explained|pointed out|assured|"
    r"insisted|underlined|emphasi[sz]ed|clarified|confirmed|indicated|warned) that "
    r"(?P<c>[^.;]+)"
)


_SOURCE = re.compile(
    r"(?:An?|The) (?P<src>(?:[a-z]+ ){0,2}sources? (?:at|in|close to|from|within) [^,]{3,60}), "
    r"(?P<app>[^,]{3,80}), (?:told (?:[A-Z][\w.]*(?: [A-Z][\w.]*)*|reporters)|said) that "
    r"(?P<c>[^;]+?)\.?$"
)


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """The statements of ``found`` with this round's stand-ins read, and the clauses added."""
    body = doc.body
    if not body_has(body, " source") and not any(isinstance(f, Statement) for f in found):
        return found
    out: list[Finding] = []
    done: list[Statement] = []
    for f in sorted(found, key=lambda f: (f.evidence.start, f.evidence.end)):
        if isinstance(f, Statement):
            f = _one(doc, speakers, f, done)
            done.append(f)
        out.append(f)
    if body_has(body, ", who "):
        out.extend(_who(doc, speakers, done))
    if body_has(body, " source"):
        out.extend(_sources(doc, done))
    return out


def _one(doc: Document, speakers: _Lookup, f: Statement, done: list[Statement]) -> Statement:
    speaker = f.speaker
    if speaker in _DEPARTMENT:
        for prior in reversed(done):
            if _MINISTRY.search(prior.speaker):
                return replace(f, speaker=prior.speaker)
        # "The Russian Defense Ministry reported new strikes ...": named, no clause
        named = None
        for each in _NAMED_MINISTRY.finditer(doc.body, 0, f.evidence.start):
            named = each
        if named is not None and (who := speakers.named(named.group(0), named.start())):
            return replace(f, speaker=who)
        return f
    if speaker in _CITY_BODIES:
        before = doc.body[: f.evidence.start]
        cities = set(_GERMAN_CITIES.findall(before))
        if (
            len(cities) == 1 and _cityback.sole_city(before) is None
        ):  # German spellings the city table lacks: "Charkiw city council"
            return replace(f, speaker=f"{cities.pop()} {speaker}")
        return f
    if " " not in speaker:
        return f
    index = speakers.sentence_at(f.evidence.start)
    if not 0 <= index < len(doc.sentences):
        return f
    sentence = doc.sentences[index]
    text = sentence.text
    # The regexes run only when the word they must end or start with is in a table.
    capital = speaker[: speaker.find(" ")] in _CAPITALS  # "Kyiv air force"
    m = _NATIONAL.fullmatch(speaker) if capital else None
    if m is not None and m.group("cap") in _CAPITALS and f"{m.group('cap')}'s " in text:
        national = f"{_CAPITALS[m.group('cap')]} {m.group('body')}"
        return replace(f, speaker=speakers.named(national, sentence.start) or national)
    bodied = speaker[speaker.rfind(" ") + 1 :] in _BODY_NOUNS  # "... agency"
    d = _DESCRIBED.fullmatch(speaker) if bodied else None
    if d is not None and d.group("desc").split()[-1] in _BODY_NOUNS:
        name = d.group("name")
        if f"'s {name}{d.group('desc')}" in text:
            return replace(f, speaker=speakers.named(name, sentence.start) or name)
    return f


def _who(doc: Document, speakers: _Lookup, done: list[Statement]) -> list[Statement]:
    """ "..., declared NAME, who recalled that C": C is NAME's statement too."""
    added: list[Statement] = []
    for sentence, m in _found.matching(doc.sentences, ", who ", _WHO.search):
        start = sentence.start + m.start("c")
        if any(s.evidence.start <= start < s.evidence.end and s.mode == "indirect" for s in done):
            continue
        who = speakers.named(m.group("name"), sentence.start + m.start("name"))
        if who is None:
            continue
        clause = m.group("c").rstrip(" ,")
        evidence = Evidence(clause, start, start + len(clause))
        added.append(Statement(evidence, 0.7, who, "indirect", clause, m.group("v")))
    return added


def _sources(doc: Document, done: list[Statement]) -> list[Statement]:
    """ "A medical source at X, APPOSITION, told AFP that C": the source's statement."""
    added: list[Statement] = []
    for sentence in doc.sentences:
        text = sentence.text
        if " source" not in text or ", " not in text:
            continue
        m = _SOURCE.match(text)
        if m is None or any(
            sentence.start <= s.evidence.start < sentence.end and s.mode == "indirect" for s in done
        ):
            continue
        start = sentence.start + m.start("c")
        clause = m.group("c")
        evidence = Evidence(clause, start, start + len(clause))
        added.append(Statement(evidence, 0.7, m.group("src"), "indirect", clause, "said"))
    return added

"""Last reading of finished statements: translated agency copy (statement round 20).

Literal translations of non-German agency copy (AFP French, ANSA, EFE, PAP, Agerpres, Kyodo,
an Israeli paper; ``dev_articles50``, ``dev_statements45``) name speakers in ways the
sentence readers keep as written or miss:

- Romance verb-first attributions ("C, affirmed on Friday the minister of ..., NAME"):
  :mod:`pipeline.extract._s20inv` reads the sentences no statement covers; a role the
  readers kept unresolved ("minister of foreign affairs") or a body given "of" its place
  ("government of South Darfur") becomes that name / "South Darfur government";
- "the minister stressed", "the top government spokesman told reporters" right after a
  named minister or cabinet secretary spoke: that person, never a person the article names
  only later;
- "The head of the MON/MSZ said that C" (PAP's ministry acronyms): the minister named
  before as head of that ministry;
- a ministry defined with its acronym ("the Ministry of Foreign Affairs (MAE)") in a story
  datelined in that country's capital: "Romanian Ministry of Foreign Affairs", and "the MAE"
  after it the same body;
- "X claimed/affirmed having taken ...": the "having" clause is X's indirect statement;
- "“C,” his office quoted him as saying": the person named in the sentence before.

Pure functions over the finished statements, each behind a literal test.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s20inv
from pipeline.extract._bodylits import body_has
from pipeline.extract.model import Document, Evidence, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_ROLE_NEEDS = {
    "minister": re.compile(r"[Mm]inist|diplomacy"),
    "premier": re.compile(r"[Pp]remier|[Pp]rime [Mm]inister|head of (?:the )?government"),
    "spokesman": re.compile(r"[Ss]pokes|[Cc]abinet [Ss]ecretary|[Pp]ress [Ss]ecretary"),
    "spokeswoman": re.compile(r"[Ss]pokes|[Cc]abinet [Ss]ecretary|[Pp]ress [Ss]ecretary"),
    "spokesperson": re.compile(r"[Ss]pokes|[Cc]abinet [Ss]ecretary|[Pp]ress [Ss]ecretary"),
}
"""A role word standing for the person just named, and what that person's mention needs."""
_ROLE_PHRASE = re.compile(
    r"the (?:[a-z]+ ){0,3}(?P<role>minister|premier|spokes(?:man|woman|person))$"
)
_ACRONYM_HEAD = re.compile(
    r"The head of the (?P<acr>[A-Z][A-Za-z]{1,5}) (?:also |then )?"
    r"(?P<verb>said|recalled|added|informed|stated|announced|stressed|noted|assured|explained"
    r"|emphasi[sz]ed|underlined) (?:on [A-Z][a-z]+ )?that (?P<c>.{10,400}?)\.?$"
)
_MINISTRY_OF = {
    "MON": "Defence",
    "MApN": "Defence",
    "MSZ": "Foreign",
    "MAE": "Foreign",
    "MSWiA": "Interior",
    "MAI": "Interior",
}
"""Polish and Romanian ministry acronyms and the word their ministry's name holds."""
_DEFINED = re.compile(
    r"(?:the |The )(?P<full>(?:Ministry|Inspectorate|Department) of [A-Z][\w ,]{2,60}?) "
    r"\((?P<acr>[A-Z][A-Za-z]{1,6})\)"
)
_DATELINE_COUNTRY = {
    "Bucharest": "Romanian",
    "Chisinau": "Moldovan",
    "Sofia": "Bulgarian",
    "Vilnius": "Lithuanian",
    "Riga": "Latvian",
    "Tallinn": "Estonian",
    "Prague": "Czech",
    "Bratislava": "Slovak",
    "Budapest": "Hungarian",
}
_DATELINE = re.compile(
    r"(?m)^(?P<city>" + "|".join(_DATELINE_COUNTRY) + r")\b[^\n]{0,40}?(?:/|\(|[—–-] )"
)
"""An agency dateline opening a paragraph: "Bucharest, 12 November /Agerpres/ - "."""
_HAVING = re.compile(
    r"(?:claimed|affirmed|declared|said|stated|assured|announced|reported|maintained)"
    r"(?:,? for (?:its|his|her|their) part,?)? "
    r"(?P<c>having (?:been |[a-z]+ed |[a-z]+en )[^;]{8,300}?)"
    r"\.?$"
)
_QUOTED_AS = re.compile(
    r"^[“\"«](?P<q>[^“”\"«»]{3,400})[”\"»],? (?:his|her|the|its) [^“”\"«»]{2,60}? quoted "
    r"(?:him|her) as saying(?: [^“”\"«»]{2,60})?\.?$"
)
_QUOTED_THAT = re.compile(r" quoted (?:him|her) as saying that (?P<c>[^;]{8,300}?)\.?$")


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the speakers of translated agency copy read (see the module doc)."""
    inverted = _s20inv.reads_inverted(doc.body)  # one search of the body for both readers
    found = found + _s20inv.added(doc, speakers, found, inverted)
    found = _s20inv.renamed(doc, speakers, found, inverted)
    body = doc.body
    if body_has(body, "("):
        found = _acronyms(body, found)
    if (
        body_has(body, " having ")
        or body_has(body, " quoted h")
        or body_has(body, "The head of the ")
    ):
        found = found + _new_sentences(doc, speakers, found)
    return [
        _role_person(doc, speakers, f) if isinstance(f, Statement) else f
        for f in found
        if not (isinstance(f, Statement) and _own_title(f))
    ]


def _own_title(statement: Statement) -> bool:
    """ "The minister of Defence, Guido Crosetto, affirmed his support": the speaker's own
    title read as the reported clause (no clause follows the verb)."""
    quote = statement.quote
    if statement.mode != "indirect" or not quote.startswith("The ") or len(quote.split()) > 6:
        return False
    words = quote.split()[1:]
    if not any(w in _TITLE_NOUNS for w in words) or not all(
        w[:1].isupper() or w in _TITLE_NOUNS or w in ("of", "for", "and", "the") for w in words
    ):
        return False  # "The port has been fully restored, NAME said": a clause
    text = statement.evidence.text
    return text.startswith(quote + ", ") and text[len(quote) + 2 :].startswith(statement.speaker)


_TITLE_WORDS = (
    "minister spokesman spokeswoman spokesperson president director head chief commissioner"
    " secretary mayor governor commander envoy ambassador premier"
)
_TITLE_NOUNS = frozenset(_TITLE_WORDS.split())


def _acronyms(body: str, found: list[Finding]) -> list[Finding]:
    """ "the Ministry of Foreign Affairs (MAE)" datelined Bucharest: the Romanian ministry."""
    defined = {m.group("acr"): m.group("full") for m in _DEFINED.finditer(body)}
    dateline = _DATELINE.search(body, 0, 400)
    country = _DATELINE_COUNTRY[dateline.group("city")] if dateline is not None else None
    if not defined and country is None:
        return found
    names: dict[str, str] = {}
    for acr, full in defined.items():
        names[acr] = names[full] = f"{country} {full}" if country else full
    revised: list[Finding] = []
    for f in found:
        if isinstance(f, Statement):
            new = names.get(f.speaker)
            if new is None and country and f.speaker.startswith("Ministry of "):
                new = f"{country} {f.speaker}"
            if new is not None:
                f = replace(f, speaker=new)
        revised.append(f)
    return revised


def _covered(speakers: Speakers, found: list[Finding]) -> set[int]:
    return {speakers.sentence_at(f.evidence.start) for f in found if isinstance(f, Statement)}


def _new_sentences(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Statements of "having" clauses, "quoted him as saying" and "The head of the MON"."""
    covered = _covered(speakers, found)
    new: list[Finding] = []
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if index in covered:
            continue
        evidence = Evidence(text, sentence.start, sentence.end)
        if " having " in text and (having := _HAVING.search(text)) is not None:
            who = speakers.subject(index)
            if who is not None:
                new.append(_made(evidence, who, "indirect", having.group("c"), "claimed"))
        elif " quoted h" in text and index:
            previous = doc.sentences[index - 1]
            who = speakers.person_before(index - 1, previous.end)
            direct = _QUOTED_AS.match(text)
            that = _QUOTED_THAT.search(text) if direct is None else None
            if who is not None and direct is not None:
                new.append(_made(evidence, who, "direct", direct.group("q"), "quoted"))
            elif who is not None and that is not None:
                new.append(_made(evidence, who, "indirect", that.group("c"), "quoted"))
        elif text.startswith("The head of the "):
            head = _ACRONYM_HEAD.match(text)
            word = _MINISTRY_OF.get(head.group("acr")) if head is not None else None
            if head is not None and word is not None:
                who = _minister(doc, speakers, index, word)
                if who is not None:
                    new.append(_made(evidence, who, "indirect", head.group("c"), head["verb"]))
    return new


def _minister(doc: Document, speakers: Speakers, index: int, word: str) -> str | None:
    """The person an earlier sentence names as minister or head of the ``word`` ministry."""
    for k in range(index - 1, max(-1, index - 12), -1):
        text = doc.sentences[k].text
        at = text.find(word)
        if at >= 0 and re.search(r"[Mm]inist", text) is not None:
            who = speakers.person_before(k, doc.sentences[k].end)
            if who is not None:
                return who
    return None


def _made(evidence: Evidence, speaker: str, mode: str, quote: str, cue: str) -> Statement:
    return Statement(
        evidence=evidence,
        confidence=0.7,
        speaker=speaker,
        mode="direct" if mode == "direct" else "indirect",
        quote=quote,
        cue=cue,
    )


def _role_person(doc: Document, speakers: Speakers, statement: Statement) -> Statement:
    """ "“C,” the minister stressed" right after a named minister spoke: that minister."""
    speaker = statement.speaker
    if speaker[:1].isupper() and " " not in speaker:
        return statement
    index = speakers.sentence_at(statement.evidence.start)
    last = speakers.sentence_at(max(statement.evidence.start, statement.evidence.end - 1))
    attribution = speakers.attribution(last) or speakers.attribution(index)
    if attribution is None or index == 0:
        return statement
    phrase = doc.body[attribution.subject_start : attribution.subject_end]
    role = _ROLE_PHRASE.fullmatch(phrase)
    if role is None:
        return statement
    surname = speaker.split()[-1]
    if speaker[:1].isupper() and 0 <= doc.body.find(surname) < statement.evidence.start:
        return statement  # a person the article named before: the readers' own call
    needs = _ROLE_NEEDS[role.group("role")]
    for k in (index - 1, index - 2):
        if k < 0:
            break
        previous = doc.sentences[k]
        who = speakers.person_before(k, previous.end)
        if who is not None and needs.search(previous.text) is not None:
            return replace(statement, speaker=who)
    return statement

"""Last reading of finished statements: shapes of air-defence and casualty copy (round 15).

Translated German tickers, literal Romanian/Ukrainian agency copy and agency English
(``dev_articles42``-``44``, ``dev_statements40``) attribute in ways that only show once
the statements of a document are built, each a family of its own:

- a colon after a sentence naming the speaker without a verb of saying, closed by a
  pronoun cue ("Governor X presented his own figures: C, he wrote"; "X had defended the
  purchases days earlier: C, he said in an interview"): X's words, the part after the
  colon;
- an acronym the story spelled out in brackets before ("Romania's Ministry of National
  Defence (MApN) said ... . C, MApN specified"): the body it stands for;
- "a ministry spokesman/spokeswoman said" after a named ministry spoke: that ministry;
- a ministry tagged by its allegiance ("Sudan's army-aligned health ministry"): the
  country's ministry;
- "according to the civil defence" in Gaza copy: Gaza's civil defence;
- ", as X has (often) put it" after a quoted fragment: X's partial, not the subject's;
- "X rejected/dismissed the claim as « ... »": the subject's partial;
- "The drones hit, according to X, among other things a kindergarten ...": a short head
  before a mid-sentence source leaves the reported words after it;
- "Iran also launched ... toward Israel, the military said" after the Israeli military
  spoke: the military that spoke, not the attacker's;
- "the aid group said" right after a named organisation spoke: that organisation;
- "the city's emergency medical center" / a dateline city in capitals: the city's name;
- new statements: "..., the governor there reported" (the region its clause names) and
  "The air force spoke of 386 drones ... destroyed" (figures reported with "spoke of").

Pure functions over the finished statements; kept apart because
:mod:`pipeline.extract.speakers` and :mod:`pipeline.extract._names` are at their size limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._lexicon import DEMONYMS
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]


_SPEECH_IN_HEAD = re.compile(
    r"(?<![\w-])(?:said|says|told|tells|wrote|writes|added|stated|declared|announced|reported"
    r"|explained|stressed|according|warned|asked|replied|insisted|noted)(?![\w-])"
)
_COLON_SAID = re.compile(
    r"^(?P<head>[^:“”\"«»„]{12,240}?):[ \t]+(?P<clause>[^:“”\"«»„]{8,}?),[ \t]+"
    r"(?:he|she)[ \t]+(?:said|wrote|added|told[ \t]+[\w' -]{1,30}|stressed|explained"
    r"|declared|noted|insisted|argued)(?:[ \t]+(?:in|on|at|to|during)[ \t][^,.;]{1,50})?[.!]?$"
)
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{1,6}$")
_MINISTRY_VOICES = frozenset(
    {"ministry spokesman", "ministry spokeswoman", "ministry spokesperson"}
)
_ALIGNED = re.compile(r"\b[\w]+-(?:aligned|backed|allied) ")
_PUT_IT = re.compile(
    r"[”\"“»«’]?,?[ \t]+as[ \t]+(?P<who>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+"
    r"(?:has[ \t]+|had[ \t]+|once[ \t]+)?(?:\w+ly[ \t]+|often[ \t]+)?put[ \t]+it\b"
)
_REJECTED_AS = re.compile(
    r"\b(?:rejected|dismissed|denounced)[ \t]+(?:this|the|that|these|those|its|his|her)[ \t]"
    r"[^,;:“”\"«»„]{1,60}?[ \t]as[ \t]*[«„“\"]\s*$"
)
_MID_ACCORDING = re.compile(
    r"^(?P<head>(?:\S+[ \t]+){1,3}\S+),[ \t]+according[ \t]+to[ \t]+[^,]{2,60},[ \t]+"
    r"(?P<tail>[a-z][^.!?]{8,}?)[.!]?$"
)
_ATTACK_OPENING = re.compile(r"^(?P<c>[A-Z][a-z]+)[ \t](?:\w+[ \t]){0,2}?(?:launched|fired|sent)\b")
_BARE_MILITARY = re.compile(r",[ \t]+the[ \t]+military[ \t]+(?:said|says|added|reported)\b")
_GROUP_REF = re.compile(r",[ \t]+the[ \t]+(?:aid|medical|humanitarian|relief)[ \t]+group[ \t]")
_APPOSED_GROUP = re.compile(
    r"(?:^|, )(?P<name>(?:the )?(?:[a-z]+-)?[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,5}), an? "
    r"(?:[\w-]+ ){0,2}(?:group|network|organi[sz]ation|committee|charity|monitor|coalition), "
    r"(?:said|says|reported|announced|wrote|added|warned)\b"
)
"""An organisation described in apposition ("the el-Fasher Resistance Committees, a
volunteer group, said"): the name speaks, not a group named earlier."""
_CITY_BODY = re.compile(r"^(?:city's |(?P<d>[A-Z][A-Z'-]{2,}) city )(?P<rest>emergency .+)$")
_DATELINE = re.compile(r"^([A-Z][A-Z'-]{2,})(?:,| \()")
_CITY_OF = re.compile(r"\bcity of ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_GOVERNOR_THERE = re.compile(
    r"^(?P<clause>.{0,200}?\bin[ \t]+the[ \t]+(?P<r>[A-Z][\w'’-]+)[ \t]+region\b[^,;]{0,40}),"
    r"[ \t]+the[ \t]+governor[ \t]+there[ \t]+(?P<v>reported|said|wrote|announced|stated)\b"
)
_SPOKE_OF = re.compile(
    r"^(?P<subj>(?:The|the)[ \t]+[\w' -]{2,40}?)[ \t]+spoke[ \t]+of[ \t]+(?P<obj>(?:some|about"
    r"|around|more than|at least|nearly|almost)?[ \t]*\d[\d.,]*[ \t][^.;:“”\"«»„]{3,90}?[ \t]"
    r"(?:destroyed|shot[ \t]+down|downed|intercepted|neutrali[sz]ed))(?=[.;,]|$)"
)


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """The statements of ``found`` with this round's shapes read (others unchanged)."""
    sentences = doc.sentences
    statements = [f for f in found if isinstance(f, Statement)]
    colon = _colon_reads(doc, speakers) if body_has(doc.body, ": ") else {}
    out: list[Finding] = []
    done: set[int] = set()
    for f in found:
        if not isinstance(f, Statement):
            out.append(f)
            continue
        index = speakers.sentence_at(f.evidence.start)
        if index in colon and f.mode == "indirect":
            if index in done:
                continue
            done.add(index)
            who, quote = colon[index]
            out.append(replace(f, speaker=who, quote=quote))
            continue
        text = sentences[index].text if 0 <= index < len(sentences) else ""
        out.append(_one(doc, speakers, f, text, index, statements))
    for index, (who, quote) in colon.items():
        if index not in done and not any(
            speakers.sentence_at(s.evidence.start) == index for s in statements
        ):
            out.append(_new(sentences[index].text, sentences[index].start, who, quote, "said"))
    out.extend(_added(doc, speakers, statements))
    return out


def _new(text: str, start: int, who: str, quote: str, cue: str) -> Statement:
    evidence = Evidence(text, start, start + len(text))
    return Statement(evidence, 0.7, who, "indirect", quote, cue)


def _colon_reads(doc: Document, speakers: _Lookup) -> dict[int, tuple[str, str]]:
    """Sentence index -> (speaker, clause) for "X did Y: C, he said" sentences."""
    reads: dict[int, tuple[str, str]] = {}
    for index, sentence in enumerate(doc.sentences):
        if ": " not in sentence.text:
            continue
        m = _COLON_SAID.match(sentence.text)
        if m is None or _SPEECH_IN_HEAD.search(m.group("head")):
            continue
        head = m.group("head")
        who = None
        for word in re.finditer(r"\S+", head):  # the first person the head names: its subject
            who = speakers.person_before(index, sentence.start + word.end())
            if who is not None:
                break
        if who is not None:
            reads[index] = (who, m.group("clause"))
    return reads


def _before(statements: list[Statement], f: Statement, reach: int) -> list[Statement]:
    """Statements ending before ``f`` starts, nearest first, within ``reach`` characters."""
    earlier = [
        s
        for s in statements
        if s.evidence.start < f.evidence.start and f.evidence.start - s.evidence.start <= reach
    ]
    return sorted(earlier, key=lambda s: -s.evidence.start)


def _one(
    doc: Document,
    speakers: _Lookup,
    f: Statement,
    text: str,
    index: int,
    statements: list[Statement],
) -> Statement:
    body = doc.body
    speaker = f.speaker
    if len(speaker) < 9 and _ACRONYM.match(speaker) and sum(c.isupper() for c in speaker) >= 2:
        at = body.find(f" ({speaker})")  # spelled out before: "... Defence (MApN)"
        after = body[at + len(speaker) + 3 : at + len(speaker) + 5]
        if 0 < at < f.evidence.start and body[at - 1].islower() and after[-1:] not in "-–—":
            for s in statements:
                if s.evidence.start <= at < s.evidence.end and s.speaker != speaker:
                    return replace(f, speaker=s.speaker)  # "X (MApN) said ... MApN specified"
    if speaker.lower() in _MINISTRY_VOICES:
        for s in _before(statements, f, 800):
            if "ministry" in s.speaker.lower():
                return replace(f, speaker=s.speaker)  # "a ministry spokesman said"
    if "-" in speaker and _ALIGNED.search(speaker) and speaker[:1].isupper():
        return replace(f, speaker=_ALIGNED.sub("", speaker))  # "army-aligned health ministry"
    if speaker.lower() in ("civil defence", "civil defense") and body_has(body, "Gaza"):
        return replace(f, speaker=f"Gaza {speaker}")
    at = text.find(f.quote) if f.mode == "partial" and f.quote else -1
    if at > 0:
        end = at + len(f.quote)
        put = _PUT_IT.match(text, end)
        if put is not None:
            who = speakers.named(put.group("who"), f.evidence.start) or put.group("who")
            return replace(f, speaker=who)  # '"...", as Starmer has repeatedly put it'
        if _REJECTED_AS.search(text, 0, at):
            owner = speakers.subject(index)
            if owner is not None and owner != speaker:
                return replace(f, speaker=owner)  # "The General Staff rejected this as « »"
    if f.mode == "indirect" and f.cue and f.cue.lower() == "according to":
        m = _MID_ACCORDING.match(text)
        if m is not None and f.quote.strip() == m.group("head"):
            return replace(f, quote=m.group("tail"))  # "The drones hit, according to X, ..."
    if speaker.endswith(" military") and _BARE_MILITARY.search(text):
        opening = _ATTACK_OPENING.match(text)
        if opening is not None and DEMONYMS.get(opening.group("c").lower()) == speaker[:-9]:
            for s in _before(statements, f, 2500):
                if s.speaker.endswith(" military") and s.speaker != speaker:
                    return replace(f, speaker=s.speaker)  # the attacker's name opens it
    if speaker[:1].islower() and (m := _APPOSED_GROUP.search(text)) is not None:
        name = m.group("name")
        name = name[4:] if name.startswith("the ") else name
        return replace(f, speaker=speakers.named(name, f.evidence.start) or name)
    if speaker[:1].islower() and speaker.endswith("group") and _GROUP_REF.search(text):
        for s in _before(statements, f, 600):
            if s.speaker[:1].isupper() and s.evidence.end <= f.evidence.start:
                return replace(f, speaker=s.speaker)  # "..., the aid group said"
            break
    city = _CITY_BODY.match(speaker) if " emergency " in speaker else None  # literal first
    if city is not None:
        place = city.group("d") or _dateline_city(body)
        if place is None and (m := _CITY_OF.search(body, 0, f.evidence.start)) is not None:
            place = m.group(1)
        if place is not None:
            return replace(f, speaker=f"{place.title()} {city.group('rest')}")
    return f


def _dateline_city(body: str) -> str | None:
    m = _DATELINE.match(body)
    return m.group(1) if m is not None else None


def _added(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """Statements no cue of the speaker pass reads ("the governor there reported",
    "The air force spoke of N drones destroyed"), in sentences with none yet."""
    body = doc.body
    if not body_has(body, "governor there") and not body_has(body, "spoke of"):
        return []
    taken = {speakers.sentence_at(s.evidence.start) for s in statements}
    added: list[Statement] = []
    for index, sentence in enumerate(doc.sentences):
        if index in taken:
            continue
        text = sentence.text
        if "governor there" in text and (m := _GOVERNOR_THERE.match(text)) is not None:
            region = m.group("r")
            who = speakers.named(f"the governor of the {region} region", sentence.start)
            who = who or f"{region} regional governor"
            added.append(_new(text, sentence.start, who, m.group("clause"), m.group("v")))
        elif "spoke of" in text and (m := _SPOKE_OF.match(text)) is not None:
            who = speakers.subject(index)
            if who is not None:
                added.append(_new(text, sentence.start, who, m.group("obj"), "spoke of"))
    return added

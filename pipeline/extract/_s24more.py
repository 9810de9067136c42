"""Statement round 24, second part (split out of :mod:`pipeline.extract._s24post`).

- "The health ministry says Israel's offensive has killed ...": a bare body opening its
  sentence after the article named it with a place ("the Gaza health ministry said") is that
  body, as the naming convention says of short forms; the readers qualified it by the
  country its reported clause names ("Israeli health ministry");
- "“Q!” – NAME emphasized." / "“Q?” – NAME asked on Telegram.": Ukrainian regional posts
  close an exclamation or a question, then sign it after a dash; the sentence splitter cuts
  the signature off at the "!" so no reader sees quote and cue together;
- a sentence-initial "Regional police reported ..." read as "Regional regional police": the
  region its own sentence names, else the last one named before it.

Every check starts with a literal test.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Statement

__all__ = ["no_person", "revise"]

_BARE_BODY = re.compile(
    r"^The (?P<b>(?:[a-z]+ ){0,2}(?:ministry|office|administration|service|agency))"
    r" (?:says|said|reported|reports|stated|added)\b"
)
_SIGNED = re.compile(
    r"[!?][”\"»][ \t]*[–—-][ \t]*(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}|[Hh]e|[Ss]he)"
    r" (?:said|emphasi[sz]ed|stressed|asked|wrote|added|noted|declared|stated|urged|warned"
    r"|appealed|underlined|explained)\b[^.!?\n]{0,40}\."
)
_REGION = re.compile(r"\b(?P<r>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:region|oblast|regional)\b")
_OPENING = {"”": "“", '"': '"', "»": "«"}
_PERSON = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def no_person(text: str) -> bool:
    """Whether ``text`` (after its first word) names no one by a two-word name."""
    return _PERSON.search(text, 1) is None


def revise(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """``statements`` with bare bodies taken back and dash-signed exclamations added."""
    if statements and body_has(doc.body, "The "):
        _bare_bodies(doc, speakers, statements)
    for i, s in enumerate(statements):  # "Regional regional police": a sentence-initial
        words = s.speaker.split(" ", 2)  # "Regional" read as the place
        if len(words) == 3 and words[0][:1].isupper() and words[0].lower() == words[1]:
            k = speakers.sentence_at(s.evidence.start)  # its own sentence's region first
            own = _REGION.findall(doc.sentences[k].text)
            places = own or [m.group("r") for m in _REGION.finditer(doc.body, 0, s.evidence.start)]
            places = [p for p in places if p.lower() != words[1]]
            if places:
                statements[i] = _renamed(s, f"{places[-1]} {words[1]} {words[2]}")
    if (
        body_has(doc.body, "!” ")
        or body_has(doc.body, "?” ")
        or body_has(doc.body, '!" ')
        or body_has(doc.body, '?" ')
    ):
        statements = statements + _signed(doc, speakers, statements)
        statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return statements


def _bare_bodies(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "The health ministry says C" after "the Gaza health ministry said": Gaza's."""
    named: dict[str, str] = {}
    for i, s in enumerate(statements):
        text = doc.sentences[speakers.sentence_at(s.evidence.start)].text
        lower = s.speaker.lower()
        m = _BARE_BODY.match(text) if text.startswith("The ") else None
        if m is not None:
            body = m.group("b").lower()
            earlier = named.get(body)
            if earlier is not None and lower != earlier.lower() and lower.endswith(" " + body):
                qualifier = s.speaker[: -len(body) - 1]
                if qualifier and qualifier.split()[-1][:1].isupper():
                    statements[i] = _renamed(s, earlier)
                    continue
        for body in _bodies(lower):
            named[body] = s.speaker


def _bodies(lower: str) -> list[str]:
    """The bare forms a qualified body's name ends with ("health ministry", "ministry")."""
    words = lower.split()
    if len(words) < 2 or words[-1] not in ("ministry", "office", "administration", "service"):
        return []
    return [" ".join(words[k:]) for k in range(1, len(words))]


def _renamed(s: Statement, speaker: str) -> Statement:
    return Statement(s.evidence, s.confidence, speaker, s.mode, s.quote, s.cue)


def _signed(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """ "“Q!” – NAME emphasized.": NAME's direct statement of Q when no statement has Q."""
    body = doc.body
    out: list[Statement] = []
    for m in _SIGNED.finditer(body):
        close = m.start() + 1
        opening = _OPENING[body[close]]
        start = body.rfind(opening, max(0, close - 600), close)
        line = body.rfind("\n", 0, close)
        if start < 0 or start < line:
            continue
        if any(s.evidence.start <= start < s.evidence.end for s in statements):
            continue
        who = m.group("who")
        at = m.start("who")
        if who.lower() in ("he", "she"):
            k = speakers.sentence_at(start)
            speaker = speakers.person_before(k, start)
            if (
                speaker is None
                and k > 0
                and doc.sentences[k - 1].paragraph == doc.sentences[k].paragraph
            ):
                speaker = speakers.person_before(k - 1, doc.sentences[k - 1].end)
        else:
            speaker = speakers.named(who, at)
        if speaker is None:
            continue
        quote = body[start + 1 : close]
        evidence = Evidence(body[start : m.end()], start, m.end())
        out.append(Statement(evidence, 0.7, speaker, "direct", quote, "said"))
    return out

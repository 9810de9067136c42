"""Speakers of English agency and Ukrainian/Russian-outlet copy the cue reader misnames (round 33).

Written blind in the thirteenth session, dev_articles65 (Reuters/AP/AFP English, Kyiv
Independent/Ukrinform English, TASS/Al Jazeera/RT English) showed the cue reader taking a
speaker's surroundings into its name, families found across wire English:

- a possessive body before a report noun: "according to the General Staff's daily update",
  "the ministry's statement said" (the speaker came out "General Staff's"), and a common
  noun's office: "the plant's press service said" (the body the article named with that head
  noun before: "the Zaporozhye Nuclear Power Plant", the annotator's call);
- an outlet's reporter: "Al Jazeera's Hani Mahmoud said" read as "Al Jazeera Hani Mahmoud"
  (then "Mahmoud said" too): the person;
- a role for a body run into the name: "Spokesman for the Southern Defense Forces Vladyslav
  Voloshyn said" read as "Southern Defense Forces Vladyslav Voloshyn": the person;
- a bare "the command reported" after the unit was named in the sentence or the one before:
  the unit;
- a bare "according to the health ministry" qualified from a country the sentence names
  ("Israel's offensive ...") when the article had named the health ministry in full before
  ("the Gaza health ministry"): the one named before;
- a coordinated perfect "X controls ..., and has said it will not withdraw": X's words.

Every check starts with a literal test of the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._perdoc import per_document
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_OFFICE = re.compile(
    r"^(?:the[ \t]+)?(?P<n>[a-z]+)['’]s[ \t]+(?:press[ \t]+(?:service|office|centre|center"
    r"|department|secretary)|information[ \t]+(?:service|department)|management|administration"
    r"|spokes(?:man|woman|person)|statement|report|website|channel)$"
)
"""the plant's press service / the company's statement (a common noun's office)."""
_SYNONYMS = {
    "station": ("Station", "Plant"),
    "plant": ("Plant", "Station"),
    "refinery": ("Refinery",),
    "port": ("Port", "Seaport"),
}
"""Head nouns a body is called by after its name ("the station" for a power plant)."""
_ROLES = (
    r"(?:[Ss]pokes(?:man|woman|person)|[Hh]ead|[Cc]ommander|[Cc]hief|[Dd]irector"
    r"|[Pp]ress[ \t]+(?:officer|secretary)|[Rr]epresentative)"
)
_UNIT_HEADS = r"(?:Forces|Force|Command|Brigade|Corps|Group|Grouping|Guard|Fleet|Army)"
_UNIT = re.compile(rf"\b(?:the[ \t]+)?((?:[A-Z][\w'’-]*[ \t]+){{0,4}}{_UNIT_HEADS})\b")
_ORGISH = frozenset(
    {"Forces", "Force", "Command", "Staff", "Ministry", "Agency", "Service", "TV", "News"}
    | {"Brigade", "Corps", "Army", "Office", "Administration", "Council", "Guard", "Post"}
)
"""Words that end a body's name, never a person's."""
_UNIT_NAME = re.compile(r"(?i)\b(?:forces|force|command|group|brigade|corps|army|fleet|guard)$")
_BARE_UNIT = frozenset({"command", "the command", "brigade", "the brigade", "unit", "the unit"})
_HEALTH = re.compile(r"^(?P<q>[\w-]+)[ \t]+health[ \t]+ministry$")
_BARE_HEALTH = re.compile(
    r"\b(?:the|The)[ \t]+(?:health[ \t]+ministry|[Mm]inistry[ \t]+of"
    r"[ \t]+[Hh]ealth)\b(?![ \t]+(?:in|of)[ \t])"
)
_BODY = r"(?P<x>(?:[A-Z][\w'’-]*[ \t]+){0,4}[A-Z][\w-]*)['’]s[ \t]+(?:[a-z]+[ \t]+){0,2}"
_PAPER = r"(?:update|report|briefing|summary|statement|bulletin|communiqu[ée])"
_PAPER_AFTER = re.compile(
    rf"^(?P<c>[A-Z][^“”\"«»]{{8,}}?),[ \t]+the[ \t]+{_BODY}{_PAPER}[ \t]+(?:said|says|stated"
    r"|reported)(?:[ \t]+on[ \t]+[A-Z][a-z]+)?\.?$"
)
"""C, the General Staff's evening update said."""
_PAPER_BEFORE = re.compile(
    rf"^The[ \t]+{_BODY}{_PAPER}[ \t]+(?:said|says|stated|reported)(?:[ \t]+on[ \t]+[A-Z][a-z]+)?"
    r"(?:[ \t]+that)?[ \t]+(?P<c>[a-z][^“”\"«»]{8,}?)\.?$"
)
"""The Defence Ministry's daily briefing said (that) C."""
_AGENT = r"(?:offensive|war|campaign|strikes|attacks|forces|fire|military|army|troops|bombardment)"
_NAMED_HEALTH = re.compile(
    r"\b(?:([A-Z][\w-]+)[ \t]+(?:[Hh]ealth[ \t]+[Mm]inistry|[Mm]inistry[ \t]+of[ \t]+[Hh]ealth)"
    r"|[Mm]inistry[ \t]+of[ \t]+[Hh]ealth[ \t]+in[ \t]+([A-Z][\w-]+))"
)
"""The Gaza health ministry / Lebanon's Ministry of Health / the Ministry of Health in Gaza."""
_PERFECT = re.compile(
    r"^(?P<s>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+[a-z][^“”\"«»]*?,[ \t]+and[ \t]+"
    r"(?:has|have|had)[ \t]+(?:long[ \t]+|repeatedly[ \t]+|previously[ \t]+|also[ \t]+"
    r"|already[ \t]+)?(?:said|insisted|maintained|stated|argued|vowed|warned)[ \t]+"
    r"(?:that[ \t]+)?(?P<c>[a-z][^“”\"«»]{8,}?)\.?$"
)
"""X controls ..., and has said (that) C."""


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's speakers corrected and coordinated perfects read."""
    body = doc.body
    if (
        body_has(body, "'s ")
        or body_has(body, "’s ")
        or body_has(body, " for the ")
        or body_has(body, " of the ")
    ):
        found = [_renamed(doc, speakers, f) for f in found]
    if body_has(body, "command") or body_has(body, " unit "):
        found = [_unit(doc, speakers, f, found) for f in found]
    if body_has(body, "ealth"):
        found = [_health(doc, speakers, f) for f in found]
    if body_has(body, "'s ") or body_has(body, "’s "):
        found = [*found, *_papers(doc, speakers, found)]
    if body_has(body, ", and ha"):
        found = [*found, *_perfects(doc, speakers, found)]
    return found


def _renamed(doc: Document, speakers: _Lookup, f: Finding) -> Finding:
    """A possessive body, a common noun's office, an outlet's reporter, a role for a body."""
    if not isinstance(f, Statement):
        return f
    name = f.speaker
    at = f.evidence.start
    if name.endswith(("'s", "’s")) and name[:1].isupper():
        bare = name[:-2].strip()
        return replace(f, speaker=speakers.named(bare, at) or bare)
    m = _OFFICE.match(name) if "'s" in name or "’s" in name else None
    if m is not None:
        owner = _named_before(doc.body[:at], m.group("n"))
        if owner is not None:
            return replace(f, speaker=speakers.named(owner, at) or owner)
        return f
    words = name.split()
    for k in (2, 3):
        if len(words) <= k:
            continue
        head, tail = " ".join(words[:-k]), " ".join(words[-k:])
        if not all(w[:1].isupper() and w[1:].islower() for w in words[-k:] if w.isalpha()):
            continue
        if _ORGISH & set(words[-k:]):
            continue
        if f"{head}'s {tail}" in doc.body or f"{head}’s {tail}" in doc.body:
            return replace(f, speaker=tail)
        if _role_for(doc, name):
            return replace(f, speaker=tail)
    return f


def _role_for(doc: Document, name: str) -> bool:
    """Whether ``doc`` writes "ROLE for/of the NAME" (answered once per document and name)."""
    known = _roles_for(doc)
    if name not in known:
        body = doc.body
        known[name] = name in body and (  # a name: not a fixed literal
            re.search(rf"\b{_ROLES}[ \t]+(?:for|of)[ \t]+the[ \t]+{re.escape(name)}\b", body)
            is not None
        )
    return known[name]


@per_document
def _roles_for(doc: Document) -> dict[str, bool]:
    """The per-document answers of :func:`_role_for` (filled as asked)."""
    return {}


def _named_before(text: str, noun: str) -> str | None:
    """The last capitalised name ending in ``noun`` (or its synonym) in ``text``, or None."""
    heads = _SYNONYMS.get(noun, (noun.capitalize(),))
    if not any(h in text for h in heads):
        return None
    pattern = rf"\b((?:[A-Z][\w'’-]*[ \t]+){{1,5}}(?:{'|'.join(heads)}))\b"
    hits = re.findall(pattern, text)
    hits = [h for h in hits if h.split()[0] not in {"The", "A", "An", "This", "That"}]
    return hits[-1] if hits else None


def _unit(doc: Document, speakers: _Lookup, f: Finding, found: list[Finding]) -> Finding:
    """ "C, the command reported": the unit named in the sentence or the one before."""
    if not isinstance(f, Statement) or f.speaker.lower() not in _BARE_UNIT:
        return f
    k = speakers.sentence_at(f.evidence.start)
    for j in (k, k - 1):
        if j < 0 or doc.sentences[j].paragraph < doc.sentences[k].paragraph - 1:
            continue
        text = doc.sentences[j].text
        if j == k:
            cut = text.lower().rfind(f.speaker.lower())
            text = text[: max(cut, 0)]
        hits = [h for h in _UNIT.findall(text) if len(h.split()) > 1]
        if hits:
            unit = hits[-1]
            return replace(f, speaker=speakers.named(unit, f.evidence.start) or unit)
    for g in reversed(found):
        if not isinstance(g, Statement) or g.evidence.start >= f.evidence.start:
            continue
        if speakers.sentence_at(g.evidence.start) >= k - 1 and _UNIT_NAME.search(g.speaker):
            return replace(f, speaker=g.speaker)
    return f


def _health(doc: Document, speakers: _Lookup, f: Finding) -> Finding:
    """A bare "the health ministry" qualified from the sentence: the one named before."""
    if not isinstance(f, Statement):
        return f
    m = _HEALTH.match(f.speaker)
    if m is None or not _BARE_HEALTH.search(f.evidence.text):
        return f
    before = doc.body[: f.evidence.start]
    if f"{m.group('q')} health ministry".lower() in before.lower():
        return f
    stem = re.escape(m.group("q")[:5])
    if not re.search(rf"\b{stem}\w*(?:['’]s|[ \t]+{_AGENT})\b", f.evidence.text):
        return f  # the qualifier is not the side doing the killing ("Israel's offensive")
    earlier = [m2.group(1) or m2.group(2) for m2 in _NAMED_HEALTH.finditer(before)]
    earlier = [q for q in earlier if q not in {"The", "A", "Its", "Their"}]
    if not earlier or earlier[-1] == m.group("q"):
        return f
    named = f"{earlier[-1]} health ministry"
    named = speakers.named(named, f.evidence.start) or named
    return replace(f, speaker=named)


def _perfects(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Statement]:
    """ "X controls ..., and has said it will not withdraw": X's words, if unread."""
    read = [f for f in found if isinstance(f, Statement)]
    added: list[Statement] = []
    for sentence in doc.sentences:
        text = sentence.text
        if ", and ha" not in text:
            continue
        m = _PERFECT.match(text)
        if m is None:
            continue
        clause = m.group("c")
        if any(
            sentence.start <= f.evidence.start < sentence.end
            and clause in f.evidence.text
            and f.quote in text[m.start("c") :]
            for f in read
        ):
            continue
        subject = m.group("s")
        speaker = speakers.named(subject, sentence.start)
        if speaker is None:
            if len(subject.split()) > 2 or subject.split()[0] in {"The", "It", "This", "A"}:
                continue
            speaker = subject
        ev = Evidence(text, sentence.start, sentence.end)
        added.append(Statement(ev, 0.7, speaker, "indirect", clause, "said"))
    return added


def _papers(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Statement]:
    """ "C, the General Staff's evening update said": the body's words, if unread."""
    taken = {speakers.sentence_at(f.evidence.start) for f in found if isinstance(f, Statement)}
    added: list[Statement] = []
    for k, sentence in enumerate(doc.sentences):
        text = sentence.text
        if k in taken or ("'s " not in text and "’s " not in text):
            continue
        m = _PAPER_AFTER.match(text) or _PAPER_BEFORE.match(text)
        if m is None:
            continue
        body = m.group("x")
        speaker = speakers.named(body, sentence.start) or body
        ev = Evidence(text, sentence.start, sentence.end)
        added.append(Statement(ev, 0.75, speaker, "indirect", m.group("c"), "said"))
    return added

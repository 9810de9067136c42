"""Last reading of finished statements: agency back-references (statement round 16).

Translated agency copy (Ukrinform, PAP, Saba, German sample-style copy) and agency English
(``dev_articles45``/``46``, ``dev_statements41``) name a speaker through a back-reference
the sentence readers leave as written, each a family of its own:

- a press office of a body the same sentence names ("Rescuers of the State Emergency
  Service ..., the service's press office informed"; "The Kharkiv Regional Prosecutor's
  Office has ..., the press service of the prosecutor's office reported"; "Ukrenergo crews
  ..., the company's press service said"): that body;
- Saba's "the Israeli enemy's army": the Israeli army;
- "the head of the Ministry of National Defence wrote" after "Defence Minister NAME"
  (a PAP periphrasis of the minister's title): that minister;
- "According to him, C" after "This was reported by NAME": NAME's words;
- "the UN monitoring mission" (not the UN itself) and "the mission said" after it;
- "a brigade spokesman said" after the story named the brigade ("the 14th Mechanised
  Brigade"): that brigade;
- "the movement said" after a named movement spoke or was the subject before (Hamas,
  Hezbollah, the Houthis): that movement.

Pure functions over the finished statements; kept apart because
:mod:`pipeline.extract.speakers` and :mod:`pipeline.extract._names` are at their size limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]


_PRESS = re.compile(
    r"^(?:(?P<own>service|prosecutor's office|company|ministry|agency|office|administration"
    r"|police|department)'s[ \t]+press[ \t]+(?:office|service|centre|center)"
    r"|press[ \t]+(?:office|service|centre|center)[ \t]+of[ \t]+the[ \t]+(?P<of>service"
    r"|prosecutor's office|company|ministry|agency|administration|police|department))$"
)
_CAPS = r"[A-Z][\w'’.-]*"
_REGIONAL = re.compile(r"^(?P<place>[A-Z][\w'’-]+)[ \t]+Regional[ \t]+(?P<rest>.+)$")
_ENEMY = re.compile(r"^(?P<dem>[A-Z][a-z]+)[ \t]+enemy(?:'s|’s)?[ \t]+(?P<body>[a-z][\w -]*)$")
_HEAD_OF_MINISTRY = re.compile(r"^head of the Ministry of (?P<field>[A-Z][\w ]+?)$")
_ACCORDING_PRONOUN = re.compile(r"^According to (?:him|her), (?P<c>.{8,}?)[.!?]?$")
_UN_BODY = re.compile(r"\bthe UN (?P<w>(?:[a-z]+ ){0,2}(?:mission|agency|office|commission))\b")
_MISSION = re.compile(r"\bthe mission (?:said|says|added|stated|reported|noted)\b")
_BRIGADE = re.compile(r"\b(?:the[ \t]+)?(?P<b>\d{1,3}(?:st|nd|rd|th)(?:[ \t]+[A-Z][\w-]*){1,3})")
_MOVEMENTS = ("Hamas", "Hezbollah", "Houthis", "Islamic Jihad")
_MOVEMENT_CUE = re.compile(r"\b[Tt]he movement (?:said|says|stated|added|announced|claimed)\b")


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """The statements of ``found`` with this round's back-references read."""
    statements = [f for f in found if isinstance(f, Statement)]
    if not statements:
        return found
    out: list[Finding] = []
    for f in found:
        out.append(_one(doc, speakers, f, statements) if isinstance(f, Statement) else f)
    return out + _according_pronoun(doc, speakers, [f for f in out if isinstance(f, Statement)])


def _one(doc: Document, speakers: _Lookup, f: Statement, statements: list[Statement]) -> Statement:
    body = doc.body
    index = speakers.sentence_at(f.evidence.start)
    if not 0 <= index < len(doc.sentences):
        return f
    sentence = doc.sentences[index]
    text = sentence.text
    speaker = f.speaker
    # Each regex runs only when a literal it needs is in the speaker or sentence (rarely).
    m = _PRESS.match(speaker) if "press" in speaker else None
    if m is not None:
        owner = _press_owner(text, (m.group("own") or m.group("of")).lower())
        if owner is not None:
            return replace(f, speaker=speakers.named(owner, sentence.start) or owner)
    m = _ENEMY.match(speaker) if "enemy" in speaker else None
    if m is not None:
        return replace(f, speaker=f"{m.group('dem')} {m.group('body')}")  # Saba's wording
    m = _HEAD_OF_MINISTRY.match(speaker) if speaker.startswith("head of the M") else None
    if m is not None:
        who = _minister_before(doc, speakers, index, m.group("field"))
        if who is not None:
            return replace(f, speaker=who)
    if speaker in ("UN", "United Nations"):
        un = _UN_BODY.search(text)
        if un is not None:
            return replace(f, speaker=f"UN {un.group('w')}")
    un_said = speaker in ("UN", "United Nations") and _MISSION.search(text) is not None
    if speaker.lower() == "mission" or un_said:
        for s in reversed(statements):
            if s.evidence.start < f.evidence.start and s.speaker.startswith("UN "):
                return replace(f, speaker=s.speaker)
        un = _UN_BODY.search(body, max(0, sentence.start - 1500), sentence.start)
        if un is not None:
            return replace(f, speaker=f"UN {un.group('w')}")
    if speaker.lower() in ("brigade spokesman", "brigade spokeswoman", "brigade spokesperson"):
        named = [b.group("b") for b in _BRIGADE.finditer(body, 0, sentence.start)]
        named = [b for b in named if b.split()[-1] == "Brigade"]
        if named:
            return replace(f, speaker=named[-1])
    if speaker not in _MOVEMENTS and "he movement " in text and _MOVEMENT_CUE.search(text):
        movement = _movement_before(body, sentence.start)
        if movement is not None:
            return replace(f, speaker=speakers.named(movement, sentence.start) or movement)
    return f


def _press_owner(text: str, head: str) -> str | None:
    """The body of the press office: the capitalised name ending in ``head`` ("State
    Emergency Service", "Kharkiv Regional Prosecutor's Office"), or for "company" the
    sentence's capitalised subject ("Ukrenergo crews ...")."""
    words = head.split()
    last = re.escape(words[-1].capitalize())
    lead = " ".join(w.capitalize() for w in words[:-1])
    tail = (re.escape(lead) + r"[ \t]+" if lead else "") + last
    m = re.search(rf"(?<![\w-])((?:{_CAPS}[ \t]+){{0,4}}){tail}(?![\w-])", text)
    if m is not None and m.group(1).strip():
        name = m.group(0)
        name = re.sub(r"^(?:The|the)[ \t]+", "", name)
        regional = _REGIONAL.match(name)
        if regional is not None:
            return f"{regional.group('place')} regional {regional.group('rest').lower()}"
        return name
    if head == "company":
        subject = re.match(rf"(?:The[ \t]+)?({_CAPS}(?:[ \t]+{_CAPS}){{0,2}})[ \t]+[a-z]", text)
        if subject is not None and subject.group(1) not in ("The", "In", "On", "At"):
            return subject.group(1)
    return None


def _minister_before(doc: Document, speakers: _Lookup, index: int, field: str) -> str | None:
    """The person titled "FIELD Minister" (or "Minister of FIELD") in the two sentences
    before ``index`` or in its own."""
    key = re.escape(field.split()[-1])
    for j in range(index, max(-1, index - 3), -1):
        sentence = doc.sentences[j]
        m = re.search(
            rf"(?:{key}[ \t]+Minister|Minister[ \t]+of[ \t]+(?:\w+[ \t]+)?{key})[ \t]+"
            rf"((?:{_CAPS}[ \t]+){{1,3}}?{_CAPS})(?=[ \t,.])",
            sentence.text,
        )
        if m is not None:
            name = m.group(1)
            return speakers.named(name, sentence.start + m.start(1)) or name
    return None


def _movement_before(body: str, offset: int) -> str | None:
    """The movement named last within 600 characters before ``offset``."""
    window = body[max(0, offset - 600) : offset]
    best: tuple[int, str] | None = None
    for name in _MOVEMENTS:
        at = window.rfind(name)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, name)
    return best[1] if best is not None else None


def _according_pronoun(
    doc: Document, speakers: _Lookup, statements: list[Statement]
) -> list[Statement]:
    """ "According to him, C" no reader attributed: the person who spoke in the sentence
    before (a "This was reported by NAME" agency layout)."""
    added: list[Statement] = []
    taken = {speakers.sentence_at(s.evidence.start) for s in statements}
    for index, sentence in enumerate(doc.sentences):
        if index == 0 or index in taken or not sentence.text.startswith("According to h"):
            continue
        m = _ACCORDING_PRONOUN.match(sentence.text)
        if m is None:
            continue
        before = [
            s
            for s in statements
            if speakers.sentence_at(s.evidence.start) in (index - 1, index - 2)
        ]
        people = [s.speaker for s in before if " " in s.speaker and s.speaker[:1].isupper()]
        if not people:
            continue
        evidence = Evidence(sentence.text, sentence.start, sentence.end)
        added.append(Statement(evidence, 0.7, people[-1], "indirect", m.group("c"), "according"))
    return added

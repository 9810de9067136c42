"""Last reading of finished statements for Asian, Middle-Eastern and agency copy (round 30).

Round 30 read the blind ``dev_articles62`` (literal English of NHK, Kyodo, Yonhap, Xinhua,
Al Jazeera, Asharq Al-Awsat, Ynet; AP, Reuters, AFP, Bloomberg) and the lead's probes of
translated copy (``dev_statements55``). Speakers named by country, agency or movement are
:mod:`pipeline.extract._s30bodies`' readings, quotes hidden by a dateline, a rank or a
participle :mod:`pipeline.extract._s30quotes`'; this pass runs them and reads:

- "A medical source told AFP that C, adding that D" (or ", claiming that D") where the
  clause kept the addition: two statements, C and D, as after "X said that C, adding that D";
- "C, the quoted source also specifies." / "C, the same source also informs." (Romanian
  Agerpres copy): the body that spoke in the sentence before (same or previous paragraph),
  not an unread "quoted source" nor a speaker "same source";
- "Natalia Hrytsenko, 67, a retired teacher, said C" (AP): an age and a description between
  the name and the verb hid the subject (either alone is read); the name's statement;
- "X told reporters at a press conference in the morning that C", "X told reporters at the
  Ministry of Defense that C" (NHK): a place or occasion between the hearer and "that" hid
  the clause (the reader allows it after "said" only); X's indirect statement.

Every check starts with a literal test of the body or the speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s30bodies, _s30quotes
from pipeline.extract._bodylits import body_has
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_ADDING = ", adding that "

_CLAIMING = ", claiming that "

_TOLD_AT = re.compile(
    r"^(?P<s>[A-Z][^,;“”\"«»]{2,80}?)[ \t]+told[ \t]+(?:reporters|journalists|lawmakers"
    r"|parliament|[A-Z][\w.-]+)[ \t]+(?:at|in|during|after|on|before|while)[ \t]"
    r"[^,;“”\"«»]{2,80}?[ \t]that[ \t]+(?P<c>[^“”\"«»]{8,}?)\.?$"
)
"""A subject, "told reporters", a place or occasion, then "that C" to the sentence end."""

_AGED = re.compile(
    r"^(?P<n>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,3}),[ \t]+\d{1,3},[ \t]+(?:an?|the)[ \t]"
    r"[^,;“”\"«»]{2,80},[ \t]+(?:said|says|told[ \t]+(?:reporters|journalists|[A-Z][\w.]*"
    r"(?:[ \t][A-Z][\w.]*){0,3}))(?:[ \t]+that)?[ \t]+(?P<c>[^“”\"«»]{8,}?)\.?$"
)
"""A named person, an age, a description, then the verb: "NAME, 67, a retired teacher, said C"."""

_SAME_SOURCE = re.compile(
    r"^(?P<c>[^“”\"«»]{10,}?),[ \t]+the[ \t]+(?:quoted|cited|same|aforementioned|mentioned)"
    r"[ \t]+(?:source|institution)[ \t]+(?:also[ \t]+|further[ \t]+)?(?:specifies|specified"
    r"|mentions|mentioned|informs|informed|states|stated|says|said|adds|added|shows|showed"
    r"|details|detailed|indicates|indicated|notes|noted|reports|reported|writes|wrote)\.?$"
)
"""A sentence closed by "the quoted source (also) VERB": the clause is the source's."""

_SOURCE_NAMES = frozenset(
    f"{a} {b}"
    for a in ("quoted", "cited", "same", "aforementioned", "mentioned")
    for b in ("source", "institution")
)


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's shapes read and corrected."""
    body = doc.body
    said_after = body_has(body, "” said ") or body_has(body, '" said ')
    aged = _aged_gate(body)
    adding = aged or said_after or body_has(body, " told ")
    if not adding and not any(isinstance(f, Statement) for f in found):
        return found  # nothing to re-read, and no adding reader can fire
    dated = (
        body_has(body, " - ")
        or body_has(body, " – ")
        or body_has(body, " — ")
        or body_has(body, " -- ")
    )
    country = _s30bodies.dateline_country(body) if dated else None
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Statement):
            f = _s30bodies.renamed(body, _s30quotes.dated(body, f) if dated else f, country)
            if f.mode == "indirect" and (_ADDING in f.quote or _CLAIMING in f.quote):
                out.extend(_split_adding(f))
                continue
        out.append(f)
    if body_has(body, "ing that "):
        out.extend(_s30quotes.stressing(doc, out))
    if body_has(body, " movement "):
        _s30bodies.movement(doc, out)
    if body_has(body, " source ") or body_has(body, " institution "):
        out = _same_source(doc, out)
    if aged:
        out.extend(_aged(doc, speakers, out))
    if said_after:
        out = _s30quotes.titled_after(doc, speakers, out)
    if body_has(body, " told "):
        out.extend(_told_at(doc, speakers, out))
    return out


def _told_at(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Statement]:
    """ "X told reporters at a press conference in the morning that C": X's statement."""
    taken = {f.evidence.start for f in found if isinstance(f, Statement)}
    added: list[Statement] = []
    for sentence in doc.sentences:
        if sentence.start in taken or " told " not in sentence.text:
            continue
        m = _TOLD_AT.match(sentence.text)
        if m is None or " that " in sentence.text[m.end("s") : m.start("c") - 6]:
            continue
        speaker = speakers.named(m.group("s"), sentence.start)
        if speaker is None:
            continue
        ev = Evidence(sentence.text, sentence.start, sentence.end)
        added.append(Statement(ev, 0.8, speaker, "indirect", m.group("c"), "told"))
    return added


def _aged_gate(body: str) -> bool:
    """Whether :func:`_aged` may fire on ``body``."""
    return (
        body_has(body, ", said ") or body_has(body, ", told ") or body_has(body, ", says ")
    ) and (body_has(body, ", a ") or body_has(body, ", an ") or body_has(body, ", the "))


def _aged(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Statement]:
    """ "NAME, 67, a retired teacher, said C": NAME's indirect statement, unless read."""
    taken = {f.evidence.start for f in found if isinstance(f, Statement)}
    added: list[Statement] = []
    for sentence in doc.sentences:
        text = sentence.text
        if (
            sentence.start in taken
            or not text[:1].isupper()
            or (", said " not in text and (", told " not in text and ", says " not in text))
        ):
            continue
        m = _AGED.match(text)
        if m is None:
            continue
        name = m.group("n")
        speaker = speakers.named(name, sentence.start) or name
        added.append(
            Statement(
                evidence=Evidence(text, sentence.start, sentence.end),
                confidence=0.8,
                speaker=speaker,
                mode="indirect",
                quote=m.group("c"),
                cue="said",
            )
        )
    return added


def _same_source(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "C, the quoted source also specifies.": the speaker of the sentence before."""
    statements = sorted(
        (f for f in found if isinstance(f, Statement)), key=lambda f: f.evidence.start
    )
    out = list(found)
    for k, sentence in enumerate(doc.sentences):
        if not k or (" source " not in sentence.text and " institution " not in sentence.text):
            continue
        m = _SAME_SOURCE.match(sentence.text)
        if m is None:
            continue
        before = [
            f
            for f in statements
            if f.evidence.end <= sentence.start and f.speaker not in _SOURCE_NAMES
        ]
        if not before or before[-1].evidence.end < doc.sentences[k - 1].start:
            continue  # no statement in the sentence right before
        speaker = before[-1].speaker
        own = [
            i
            for i, f in enumerate(out)
            if isinstance(f, Statement) and sentence.start <= f.evidence.start < sentence.end
        ]
        if own:
            for i in own:
                f = out[i]
                if isinstance(f, Statement) and f.speaker in _SOURCE_NAMES:
                    out[i] = replace(f, speaker=speaker)
            continue
        ev = Evidence(sentence.text, sentence.start, sentence.end)
        out.append(replace(before[-1], evidence=ev, mode="indirect", quote=m.group("c")))
    return out


def _split_adding(s: Statement) -> list[Statement]:
    """ "C, adding / claiming that D" as one clause: C and D, each the speaker's statement."""
    first, _, second = s.quote.partition(_ADDING if _ADDING in s.quote else _CLAIMING)
    if len(first.split()) < 3 or len(second.split()) < 3 or '"' in s.quote or "“" in s.quote:
        return [s]
    return [replace(s, quote=first), replace(s, quote=second)]

"""Round h_gen_s99's typed back-references (``dev_statements125``), hooked last in
:mod:`pipeline.extract._latepasses`.

Why it exists: across the real sets a pronoun or a bare noun was bound to the wrong
antecedent. The chain's lookback keeps the last *named* speaker, so it skips an anonymous
person who spoke in between, lets an outlet stand for "he", and keeps a ministry quoted
earlier when the sentence before names another one. Four typed rules, each checked against
the sentence just before:

* "“Q,” he said" / "He added C" right after a statement by a person (named, or a singular
  role noun: "the official", "the spokesman") is that person's, not an earlier speaker's the
  sentence before never mentions.
* "He called X “Q”" given to an outlet (Reuters, AFP, a TV channel): an outlet is never
  "he"; the speaker is the last person the sentence before names ("quoted NAME, ...").
* "The ministry said C" is the ministry the sentence before names, when the chain kept
  another ministry.
* "the official said" right after an official's statement is that official's, not a named
  person the chain carried over.
* A bare role noun as speaker ("the official said", "the administrative officer added")
  with no anonymous introduction ("an official") is the last person named before it.

Gated on the literals "He " / " he " / "She " / " she ", "The ministry " and " official" /
" officer"; the look back for a named person is bounded (2,000 characters).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_PRON = re.compile(
    r"(?:^(?:[A-Z][a-z]+ly,? )?(?P<a>He|She) |[,?!][”\"] (?P<b>he|she) (?:\w+ )?"
    r"(?:said|added|says|stressed|noted|continued|explained|warned|wrote|told)\b)"
)
_MINISTRY_NAME = re.compile(
    r"\b[A-Z][a-z]+(?:ian|ish|an|i|ese) (?:Foreign|Defen[cs]e|Health|Interior) Ministry\b"
)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|al|bin|van|de|der)){1,3}\b")
_PLACE = re.compile(r"\b(?:Road|Street|Square|Avenue|City|Region|Province|District|Bridge)\b")
_ROLE_NEAR = re.compile(
    r"\b(?:[Hh]ead|[Ss]pokes(?:man|woman|person)|[Mm]inister|[Gg]overnor|[Cc]hief|[Pp]resident|"
    r"[Mm]ayor|[Cc]ommander|[Dd]irector|[Ss]ecretary|official)\b"
)
_BARE_ROLES = frozenset(
    {"official", "officer", "administrative officer", "spokesperson", "spokesman", "spokeswoman"}
)
_WINDOW = 2000  # characters looked back for the person a bare role noun stands for
_THE_OFFICIAL = re.compile(r"\b[Tt]he official (?:said|added|says)\b")
_INDEFINITE = re.compile(r"\b(?:[Aa]n|[Aa]nother|[Oo]ne) (?:[\w-]+ ){0,3}(?:official|officer)\b")
_PERSON_ROLE = re.compile(
    r"\b(?:official|spokes(?:man|woman|person)|governor|mayor|minister|commander|officer|"
    r"resident|witness)\b"
)
_OUTLETS = frozenset(
    {
        "Reuters",
        "AFP",
        "AP",
        "Associated Press",
        "Agence France-Presse",
        "dpa",
        "Anadolu",
        "Anadolu Agency",
        "TASS",
        "Interfax",
        "Xinhua",
        "Ukrinform",
        "RIA Novosti",
        "Al Jazeera",
        "CNN",
        "BBC",
    }
)
_OUTLET_WORDS = ("news agency", " TV", "television", " media", "newspaper", "broadcaster")


def _outlet(name: str) -> bool:
    return name in _OUTLETS or any(w in name for w in _OUTLET_WORDS)


def _person(speakers: Speakers, name: str) -> bool:
    """A named person or a singular person described by role ("Palestinian official")."""
    if _outlet(name):
        return False
    found = speakers.registry().resolve(name)
    if found is not None and found.kind == "person":
        return True
    return _PERSON_ROLE.search(name) is not None and " and " not in name


def _last_person(speakers: Speakers, text: str, base: int, spoke: set[str]) -> str | None:
    """The canonical of the last person ``text`` (at offset ``base``) names, if any: a name
    that speaks elsewhere in the passage or stands next to a role ("head of the OVA NAME",
    "NAME, the foreign ministry spokesman"), never a street or a place."""
    best: str | None = None
    reg = speakers.registry()
    for m in _NAME.finditer(text):
        found = reg.resolve(m.group(0), base + m.start())
        if found is None or found.kind != "person" or _PLACE.search(m.group(0)) is not None:
            continue
        near = text[max(0, m.start() - 60) : m.start()] + text[m.end() : m.end() + 60]
        if found.canonical in spoke or _ROLE_NEAR.search(near) is not None:
            best = found.canonical
    return best


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the speakers of the four layouts in the module docstring rebound."""
    body = doc.body
    has_pron = "He " in body or " he " in body or "She " in body or " she " in body
    has_ministry = "The ministry " in body
    has_role = " official" in body or " officer" in body
    if not (has_pron or has_ministry or has_role) or len(doc.sentences) < 2:
        return found
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    # the speaker of the last statement read from each sentence, by sentence index
    by_sentence: dict[int, str] = {}
    for f in found:
        if isinstance(f, Statement):
            by_sentence[bisect_right(starts, f.evidence.start) - 1] = f.speaker
    spoke = set(by_sentence.values())
    anonymous = -1  # offset of the first "an official" (found lazily), len(body) if none
    out = list(found)
    for i, f in enumerate(out):
        if not isinstance(f, Statement):
            continue
        at = bisect_right(starts, f.evidence.start) - 1
        if at < 1:
            continue
        sentence = sentences[at].text
        prev = sentences[at - 1]
        speaker = f.speaker
        new = ""
        if not speaker:
            continue
        if has_pron and ("He " in sentence or " he " in sentence or "he " in sentence[:4]):
            m = _PRON.search(sentence)
            if m is not None:
                new = _pronoun(
                    speakers,
                    speaker,
                    sentence,
                    prev.text,
                    prev.start,
                    by_sentence,
                    at,
                    spoke,
                    (m.group("a") or m.group("b") or "").lower() == "she",
                )
        if (
            not new
            and has_ministry
            and at - 1 not in by_sentence
            and sentence.startswith("The ministry ")
        ):
            new = _ministry(speakers, speaker, prev.text)
        if not new and has_role and _THE_OFFICIAL.search(sentence) is not None:
            new = _official(speaker, sentence, prev.text, by_sentence.get(at - 1))
        if not new and has_role and speaker in _BARE_ROLES:
            start = sentences[at].start
            if anonymous < 0:
                m2 = _INDEFINITE.search(body)
                anonymous = m2.start() if m2 is not None else len(body)
            if anonymous >= start:
                base = max(0, start - _WINDOW)
                new = _last_person(speakers, body[base:start], base, spoke) or ""
        if new and new != speaker:
            out[i] = replace(f, speaker=new)
            by_sentence[at] = new
    return out


def _pronoun(
    speakers: Speakers,
    speaker: str,
    sentence: str,
    prev: str,
    prev_start: int,
    by_sentence: dict[int, str],
    at: int,
    spoke: set[str],
    she: bool,
) -> str:
    """The person "he"/"she" of ``sentence`` stands for, or "" to keep ``speaker``."""
    if speaker in sentence:  # "He said this ..., Ukrinform reports": the outlet is named
        return ""
    before = by_sentence.get(at - 1)
    if (
        before is not None
        and _agrees(speakers, before, she, prev)
        and before != speaker
        and _person(speakers, before)
        and speaker.split()[-1] not in prev
        and speaker.split()[-1] not in sentence
    ):
        return before
    if _outlet(speaker):
        return _last_person(speakers, prev, prev_start, spoke) or ""
    return ""


def _official(speaker: str, sentence: str, prev: str, before: str | None) -> str:
    """ "the official said" right after an official's statement is that official's, not a
    person the chain carried over whom neither sentence mentions."""
    if before is None or before == speaker or "official" not in before:
        return ""
    last = speaker.split()[-1]
    return "" if last in prev or last in sentence else before


def _agrees(speakers: Speakers, name: str, she: bool, prev: str) -> bool:
    """No gender clash: the table's gender, or the other pronoun in the sentence before."""
    found = speakers.registry().resolve(name)
    gender = found.gender if found is not None else None
    if gender is not None:
        return gender == ("f" if she else "m")
    other = (" he ", "He ") if she else (" she ", "She ")
    return not any(o in prev for o in other)


def _ministry(speakers: Speakers, speaker: str, prev: str) -> str:
    """The ministry of another country the sentence before names ("the Syrian Foreign
    Ministry lashed out"), when the chain kept an earlier country's ministry."""
    if "inistry" not in speaker:
        return ""
    names = _MINISTRY_NAME.findall(prev)
    if len(names) != 1 or names[0].split()[0] in speaker:
        return ""
    return speakers.canonical(names[0])

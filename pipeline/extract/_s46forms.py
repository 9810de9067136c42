"""Speaker forms and trailing sources of statement round 46 (``dev_articles74`` /
``dev_statements72``), kept apart from :mod:`pipeline.extract._s46post` (its clause readers).

- "C, as detailed by the ministry in a statement, which ..." (Spanish "según detalló"): C is the
  source's, also when a relative or "in a statement" follows it;
- "C, the state railway NAME announced" / "the steelmaker NAME said": a lowercase description
  before a body's own name, whatever the head noun; the described name speaks;
- "Meanwhile, according to the governor, NAME, C": the clause starts after the name;
- "As the Spanish interior ministry reported, C": the speaker without the conjunction
  ("As the ..." was kept as the body's name);
- "the operational headquarters of the Kursk region": "Kursk regional operational
  headquarters", as other regional bodies are placed by their region.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import new_statement
from pipeline.extract._s29reads import is_person, name_in, overlapping
from pipeline.extract._s36verbs import pattern
from pipeline.extract.model import Document, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["as_by", "as_lead", "described", "named_lead", "placed"]

_FIN = pattern("finite")
_WORD = r"[A-ZÀ-Ž][\w'’-]+"
_NAME = _WORD + r"(?:[ \t]+" + _WORD + r")+"
_AS_BY = re.compile(
    r"^(?P<c>[^«»“”;]{8,}?),[ \t]+as[ \t]+(?P<v>"
    + _FIN
    + r")[ \t]+by[ \t]+(?P<x>[^,;«»“”]{3,100}?)"
    r"(?:[ \t]+(?:in|on|via)[ \t]+(?:a|an|its|his|her|the)[ \t]+[a-z]+)?"
    r"(?:,[ \t]+(?:which|who)\b|\.?$)"
)
_DESCRIBED = re.compile(
    r"^(?P<c>[^«»“”;]{8,}?),[ \t]+the[ \t]+(?P<d>(?:[a-z-]+[ \t]+){1,3})"
    r"(?P<n>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})[ \t]+(?P<v>" + _FIN + r")"
    r"(?:[ \t]+(?:on|in)[ \t]+[^,;«»“”]{2,30}?)?\.?$"
)
"""A trailing source described by a lowercase head before its own name ("the state railway
NAME", "the steelmaker NAME"): the described name speaks, whatever the head noun."""
_COMMA_THE = re.compile(r",[ \t]+the[ \t]")
"""What every :data:`_DESCRIBED` match holds: a cheap scan before its backtracking one."""
_PLACED_BODY = r"[ \t]+of[ \t]+the[ \t]+(?P<r>[A-Z][\w'’-]+)[ \t]+(?:region|oblast)\b"


def as_by(speakers: Speakers, out: list[Statement], s: Sentence) -> list[Statement]:
    """ "C, as detailed by the ministry in a statement, which ...": C is the ministry's."""
    text = s.text.rstrip()
    if " by " not in text or (m := _AS_BY.match(text)) is None or overlapping(out, s.start, s.end):
        return out
    x = m.group("x")
    who = speakers.named(x, s.start) or speakers.canonical(x)
    if m2 := re.search(_NAME + r"$", x):
        found = name_in(speakers, m2.group(0))
        who = found if is_person(found) else who
    if who and (who[:1].isupper() or " " in who):
        out.append(new_statement(text, s.start, who, "indirect", m.group("c"), m.group("v")))
    return out


def described(speakers: Speakers, out: list[Statement], s: Sentence) -> list[Statement]:
    """ "C, the state railway NAME announced": a described body's own name speaks."""
    text = s.text.rstrip()
    if _COMMA_THE.search(text) is None:
        return out
    if (m := _DESCRIBED.match(text)) is None or overlapping(out, s.start, s.end):
        return out
    head = m.group("d").split()
    if any(w in ("of", "and", "in", "on", "at", "by", "for", "to", "with") for w in head):
        return out  # "the city of NAME": a place, no described body
    who = speakers.canonical(m.group("n"))
    out.append(new_statement(text, s.start, who, "indirect", m.group("c"), m.group("v")))
    return out


def named_lead(out: list[Statement]) -> list[Statement]:
    """ "Meanwhile, according to the governor, NAME, C": the clause starts after the name."""
    return [
        replace(t, quote=t.quote[len(t.speaker) + 2 :])
        if t.mode == "indirect"
        and t.quote.startswith(t.speaker + ", ")
        and len(t.quote.split()) - len(t.speaker.split()) >= 3
        else t
        for t in out
    ]


def placed(doc: Document, speakers: Speakers, out: list[Statement]) -> list[Statement]:
    """ "the operational headquarters of the Kursk region" -> "Kursk regional ..."."""
    body = doc.body
    new = []
    for t in out:
        name = t.speaker
        if name[:1].islower() and f"{name} of the " in body:
            s = doc.sentences[speakers.sentence_at(t.evidence.start)]
            m = re.search(re.escape(name) + _PLACED_BODY, s.text)
            if m is not None:
                t = replace(t, speaker=f"{m.group('r')} regional {name}")
        new.append(t)
    return new


def as_lead(speakers: Speakers, out: list[Statement]) -> list[Statement]:
    """ "As the Spanish interior ministry reported, C": the speaker is the body, not "As the
    Spanish interior ministry"."""
    new = []
    for t in out:
        if t.speaker.startswith(("As ", "as ")) and len(t.speaker) > 6:
            name = t.speaker[3:]
            t = replace(t, speaker=speakers.canonical(name))
        new.append(t)
    return new

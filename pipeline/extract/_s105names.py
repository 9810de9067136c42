"""Round h_gen_s105: an outlet's "news agency" tail and a trailing auxiliary in speakers.

Why it exists: across the real sets the chain kept the generic tail of an outlet named
with its kind ("the Tasnim news agency said", "Reuters news agency reported", "the
Sana news agency said") as part of the speaker, while the labels name the outlet alone
("Tasnim", "Reuters", "SANA": 26 of 28 labels in the sets, see tests/data/README.md,
"An outlet's kind is no part of its name", twenty-fifth session). A name that is itself
generic or a country adjective keeps the tail ("National News Agency", "Jordanian state
news agency", "Ukrainian News agency"), and so does a capitalised "News Agency", part of a
proper name ("the Saba News Agency"). The same pass trims what the speaker chunker left
at the end of a body's name: an auxiliary ("the Ministry of Defense has confirmed" gave
"... Ministry of Defense has") or a stray comma, and gives the rest its table form; and it
spells out a Ukrainian administration's abbreviation ("the Sumy RMA" is the "Sumy regional
military administration" of 176 dev labels, no label keeps "RMA") and drops "Command" after
an air force ("Ukrainian Air Force Command" is the table's "Ukrainian Air Force").

Hooked last in :mod:`pipeline.extract._latepasses`; one literal test per statement
speaker before any regex, no scan over the body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["outlet_name", "respelled", "revise"]

_AGENCY = re.compile(r"^(?:[Tt]he )?(?P<name>[A-Z][\w'’-]*) news agency$")
_GENERIC = frozenset(
    {
        "National",
        "State",
        "Official",
        "News",
        "Central",
        "Press",
        "Federal",
        "Government",
        "Local",
        "Regional",
        "Independent",
        "Arab",
        "Islamic",
        "Iraqi",
        "Houthi",
        "Hamas",
        "Hezbollah",
        "Palestinian",
    }
)
_ADJECTIVE = re.compile(r"(?:ian|ean|ese|ish|ic|i|an)$")
_TAIL = re.compile(r"^(?P<name>.*?[\w.)’'])(?: (?:has|have|had|was|were|is|are))?[ ,;:]*$")


def outlet_name(speaker: str) -> str | None:
    """The outlet's own name for "NAME news agency", or None when NAME is generic."""
    m = _AGENCY.match(speaker)
    if m is None:
        return None
    name = m.group("name")
    if name in _GENERIC or (not name.isupper() and _ADJECTIVE.search(name)):
        return None
    return name


def _trimmed(speaker: str) -> str | None:
    """The speaker without a trailing auxiliary or punctuation, or None if unchanged."""
    if not (speaker.endswith((",", ";", ":", " has", " have", " had", " was", " is"))):
        return None
    m = _TAIL.match(speaker)
    if m is None or m.group("name") == speaker or len(m.group("name")) < 2:
        return None
    return m.group("name")


_ABBREV = re.compile(r"^(?P<place>(?:[A-Z][\w'’-]+ ){1,2})(?P<kind>RMA|CMA)$")
_KINDS = {"RMA": "regional military administration", "CMA": "city military administration"}


def respelled(speaker: str) -> str | None:
    """An administration's abbreviation spelled out or an air force's "Command" dropped;
    None when none applies ("Kiev city military administration" stays as written: the
    speaker table has no row for it, and the labelled sets split on the spelling)."""
    if speaker.endswith("MA"):
        m = _ABBREV.match(speaker)
        if m is not None:
            return m.group("place") + _KINDS[m.group("kind")]
        return None
    if speaker.endswith(" Air Force Command"):
        return speaker[: -len(" Command")]
    return None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with outlet tails and trailing auxiliaries dropped (module docstring)."""
    out: list[Finding] | None = None
    for i, f in enumerate(found):
        if not isinstance(f, Statement) or not f.speaker:
            continue
        speaker = f.speaker
        new: str | None = None
        if "gency" in speaker:
            name = outlet_name(speaker)
            if name is not None:
                new = speakers.canonical(name)
                if new != name and name in new:  # "Saba" bound to "Houthi-run Saba"
                    new = name
        else:
            cut = _trimmed(speaker)
            if cut is not None:
                new = speakers.canonical(cut)
            else:
                spelled = respelled(speaker)
                if spelled is not None:
                    new = speakers.canonical(spelled)
        if new is None or not new or new == speaker:
            continue
        if out is None:
            out = list(found)
        out[i] = replace(f, speaker=new)
    return found if out is None else out

"""Round h_gen_s107: a title left before a person's full name, a manner adverb after a body.

Why it exists: the chain strips the common titles before a named person ("Kherson Governor
NAME said" is NAME), but a title it does not list survives in the speaker and is carried by
every later "SURNAME said" / "he said" bound to that first mention: an abbreviation ("Poltava
Gov NAME announced ...", then "NAME wrote", "he said", four statements of one real story)
or a title a passive "by" phrase named ("condemned by UN Humanitarian Coordinator NAME"
left "Coordinator NAME" for every later "SURNAME said"). The labels name the person alone
(the main README's full-name rule). The same pass drops a manner adverb the chunker left
after a body's name ("The Kremlin traditionally claims that C" gave "Kremlin traditionally";
the lists in ``_asides`` / ``_phrases.AUX_WORDS`` hold only the common ones, so any
lowercase "-ly" word is taken, less the nouns and the newspaper "daily" that end so), and
an outlet's kind after its name ("the We Are Ukraine news outlet reported", "NAME news
site"), the written rule that an outlet's kind is no part of its name (``_s105names`` did
"news agency").

Hooked last in :mod:`pipeline.extract._latepasses`; a literal test on each speaker's last
word or on a title word before any regex, no scan over the body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._s105names import outlet_name
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["outlet", "revise", "unadverbed", "untitled"]

_OUTLET = re.compile(
    r"^(?:[Tt]he )?(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) news "
    r"(?:outlet|site|portal|website)$"
)

_TITLES = (
    "Gov|Governor|Coordinator|Mayor|Minister|Commissioner|Representative|Envoy|Ambassador|"
    "Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Chairperson|Secretary|Director|"
    "Adviser|Advisor|Ombudsman|Rapporteur|Commander|Senator|Sen|Rep|Premier|President"
)
_TITLE_WORDS = frozenset(_TITLES.split("|"))
_NAME_WORD = r"[A-Z][a-zà-ÿāăąćčďēėęěğīįıķļłńņňōőœŕřśşšţťūůűųźżž'’-]+"
_TITLED = re.compile(
    r"^(?:[A-Z][\w'’.-]*[ \t]+)*?(?:" + _TITLES + r")\.?[ \t]+"
    r"(?P<n>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){1,2})$"
)
_NOT_NAME = frozenset(
    {
        "General",
        "Office",
        "Ministry",
        "Council",
        "Service",
        "Forces",
        "Staff",
        "Command",
        "Administration",
        "Department",
        "Agency",
        "Committee",
        "Mission",
        "Commission",
        "Police",
        "Army",
        "Navy",
        "Court",
        "Assembly",
        "Parliament",
        "Government",
        "Authority",
        "Guard",
        "Directorate",
        "Affairs",
        "Defence",
        "Defense",
        "Health",
        "Interior",
        "Foreign",
        "Energy",
        "Security",
    }
)
_ADVERB = re.compile(r"^(?P<s>\S.*?)[ \t]+(?P<a>[a-z]{4,}ly)$")
_NOT_ADVERB = frozenset(
    {
        "family",
        "assembly",
        "ally",
        "supply",
        "rally",
        "monopoly",
        "anomaly",
        "daily",
        "weekly",
        "monthly",
        "elderly",
        "belly",
        "bully",
        "jelly",
        "homily",
        "italy",
        "holy",
        "quarterly",
    }
)


def untitled(speaker: str) -> str | None:
    """The person's name when ``speaker`` is "... TITLE First Last", else None."""
    words = speaker.split()
    if len(words) < 3 or not any(w.rstrip(".") in _TITLE_WORDS for w in words[:-2]):
        return None
    m = _TITLED.match(speaker)
    if m is None:
        return None
    name = m.group("n")
    if any(w in _NOT_NAME for w in name.split()):
        return None
    return name


def unadverbed(speaker: str) -> str | None:
    """``speaker`` without a trailing lowercase "-ly" manner adverb, else None."""
    if not speaker.endswith("ly"):
        return None
    m = _ADVERB.match(speaker)
    if m is None or m.group("a") in _NOT_ADVERB:
        return None
    return m.group("s")


def outlet(speaker: str) -> str | None:
    """The outlet's name for "NAME news outlet / site / portal / website", else None (the
    ``_s105names`` test of a one-word name: "Local news outlet" keeps its kind)."""
    m = _OUTLET.match(speaker)
    if m is None:
        return None
    name = m.group("name")
    if " " not in name and outlet_name(name + " news agency") is None:
        return None
    return name


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with titles before names and trailing adverbs dropped (module docstring)."""
    del doc  # the speaker alone decides
    out: list[Finding] | None = None
    for i, f in enumerate(found):
        if not isinstance(f, Statement) or not f.speaker:
            continue
        cut = outlet(f.speaker) if "news " in f.speaker else unadverbed(f.speaker)
        if cut is None:
            cut = untitled(f.speaker)
        if cut is None:
            continue
        new = speakers.canonical(cut)
        if new == f.speaker:  # "army" bound back to "army reportedly"
            new = cut
        if not new or new == f.speaker:
            continue
        if out is None:
            out = list(found)
        out[i] = replace(f, speaker=new)
    return found if out is None else out

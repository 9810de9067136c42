"""Statements on real agency copy, eighth round (statement round 57, ``dev_statements83``):
speaker NAMING, where our speaker shares words with the article's own naming.

On real copy the commonest wrong speaker is not a different one but the right one named
shorter or longer than the article names it. Each reading below is a mechanism:

- an outlet relaying another source at the end of its sentence ("C, UNN reports with
  reference to Suspilne.", "C, Trend reports citing Anadolu Agency.", "C, Reuters reported,
  citing regional governor NAME.") is the cited source's statement, as the written call for
  "As Interfax reported, citing X, C" already says; a common-noun source ("citing government
  circles", "citing a ministry statement") leaves the outlet as it was;
- an armed group named with descriptors ("The militant Hezbollah group", "Lebanon's
  Iran-backed Hezbollah group", "Gaza's ruling Hamas group") is the group's plain form,
  the one the sets label (offices of a group, "Hamas-run media office", keep their words);
- Hezbollah's broadcaster under any wording ("Manar TV of Hezbollah", "Hezbollah's
  Al-Manar television", "Lebanon's al-Manar TV") is "Al-Manar TV";
- a bare "the army" / "the military" takes the country of the force the passage named
  before it ("The Sudanese army has pushed ...", then "..., the army said"), with the
  sentence's own word;
- a body named without the qualifier the passage gives it elsewhere ("Regional Military
  Administration" after "the Sumy Regional Military Administration", "Ministry of Defense"
  after "the Russian Defence Ministry said") takes the article's fuller naming when the
  passage gives exactly one;
- "“Q,” NAME, Head of the BODY posted on Telegram." is NAME's quote, not the title's;
- the source lines of :mod:`pipeline.extract._s57lines` ("Source: NAME, TITLE, on Telegram
  Quote: “Q”", "NAME, TITLE, reported this on Telegram, OUTLET reported." then "“Q,” the
  statement reads.") and photo-caption words read as speakers ("Illustration", "AP/FILE X").

The readings of :mod:`pipeline.extract._s57more` ("the group said", "added but ...", "the
force known as X", "X in a statement said", "according to an OUTLET reporter") run last.
Runs after the round-55 pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import split
from pipeline.extract._lexicon import DEMONYMS, words
from pipeline.extract._s57lines import captions, reported_this, source_quote
from pipeline.extract._s57more import (
    but_tail,
    group_said,
    in_a_statement,
    known_as,
    outlet_reporter,
)
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_RELAY = re.compile(
    r",[ \t]+(?P<o>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]+(?:reports|reported|says"
    r"|said|writes|wrote|informs)(?:,)?[ \t]+(?:citing|with[ \t]+reference[ \t]+to|referring"
    r"[ \t]+to)[ \t]+(?:the[ \t]+)?(?P<x>[^,.;:“”\"()]{3,80}?)\.?[ \t]*$"
)
_PROPER_RUN = re.compile(
    r"(?P<n>[A-Z][\w.'’-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w.'’-]*){0,4})$"
)
_COMMON_SOURCES = words(
    "source sources circles official officials statement report reports data witnesses"
    " residents people media outlets"
)
_GROUPS = {"hezbollah": "Hezbollah", "hamas": "Hamas", "houthi": "Houthis", "houthis": "Houthis"}
_GROUP_DESCRIBED = re.compile(
    r"^(?:the[ \t]+)?(?P<pre>(?:[\w'’-]+[ \t]+){0,3}?)(?P<g>Hezbollah|Hamas|Houthis?)"
    r"(?:[ \t]+(?:group|movement|militia|organi[sz]ation))?$",
    re.IGNORECASE,
)
_GROUP_PREFIX_WORDS = words(
    "militant militants islamist islamic shiite shia iran-backed iran-aligned iran-allied"
    " armed powerful ruling palestinian lebanese lebanon's lebanon yemen's yemeni yemen gaza"
    " gaza's iranian-backed the rebel"
)
_MANAR = re.compile(
    r"^(?:the[ \t]+)?(?:(?:Hezbollah's|Hezbollah-run|Hezbollah-owned|Lebanese|Lebanon's)[ \t]+)?"
    r"(?:Al[- ]?|al-)?Manar(?:[ \t]+(?:TV|television|channel))?(?:[ \t]+of[ \t]+Hezbollah)?$"
)
_FORCE_WORDS = ("army", "military")
_NAMED_FORCE = re.compile(r"\b(?P<a>[A-Z][a-z]+)[ \t]+(?:army|military|armed[ \t]+forces)\b")
_ADJECTIVES = frozenset(DEMONYMS.values()) | {
    "Israeli",
    "Sudanese",
    "Pakistani",
    "Lebanese",
    "Syrian",
    "Malian",
    "Indian",
    "Polish",
    "Russian",
    "Ukrainian",
    "Iranian",
    "Iraqi",
    "Egyptian",
    "Jordanian",
    "Yemeni",
    "Somali",
    "Nigerian",
    "Burkinabe",
    "Congolese",
}
_BODY_HEADS = words(
    "administration council ministry office service command staff committee agency"
    " directorate department"
)
_NOT_QUALIFIERS = words(
    "The This That These A An According By From In On At For With As Its Their His Her"
    " Said And Or Head Chief"
)
_HEAD_OF = re.compile(
    r"^[“\"](?P<q>[^“”\"]{8,})[”\"],?[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),"
    r"[ \t]+(?:the[ \t]+)?(?P<t>[Hh]ead[ \t]+of[ \t]+the[ \t]+[^,.]{5,90}?)[ \t]+(?:posted|wrote"
    r"|said|stated|reported)\b"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the naming readings above (findings other than statements untouched)."""
    statements, others = split(found)
    kept = [_relayed(speakers, s) for s in statements]
    kept = [_group(s) for s in kept]
    kept = [_head_of(speakers, s) for s in kept]
    kept = _forces(doc, kept)
    kept = _qualified(doc, kept)
    kept = source_quote(speakers, kept)
    kept = reported_this(doc, speakers, kept)
    kept = captions(kept)
    kept = group_said(doc, kept)
    kept = but_tail(kept)
    kept = known_as(doc, speakers, kept)
    kept = in_a_statement(doc, speakers, kept)
    kept = outlet_reporter(doc, kept)
    kept.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *kept]


def _relayed(speakers: Speakers, s: Statement) -> Statement:
    """ "C, OUTLET reports citing X.": X's statement when X is a proper name."""
    text = s.evidence.text.rstrip()
    if "citing" not in text and "reference to" not in text and "referring to" not in text:
        return s
    m = _RELAY.search(text)
    if m is None or s.quote not in text[: m.start() + 1]:
        return s
    outlet = m.group("o")
    if not (s.speaker == outlet or outlet.startswith(s.speaker) or s.speaker in outlet):
        return s
    cited = m.group("x").strip()
    if "'s " in cited or "’s " in cited:
        return s
    words = cited.lower().split()
    if any(w in _COMMON_SOURCES for w in words):
        return s
    run = _PROPER_RUN.search(cited)
    if run is None:
        return s
    name = run.group("n")
    return replace(s, speaker=speakers.canonical(name))


def _group(s: Statement) -> Statement:
    """ "militant Hezbollah group", "Lebanese al-Manar TV": the plain form."""
    if _MANAR.match(s.speaker):
        return replace(s, speaker="Al-Manar TV")
    m = _GROUP_DESCRIBED.match(s.speaker)
    if m is None:
        return s
    pre = m.group("pre").lower().split()
    if not all(w in _GROUP_PREFIX_WORDS for w in pre):
        return s
    plain = _GROUPS[m.group("g").lower()]
    return s if plain == s.speaker else replace(s, speaker=plain)


def _head_of(speakers: Speakers, s: Statement) -> Statement:
    """ "“Q,” NAME, Head of the BODY posted ...": NAME's direct quote."""
    if not s.speaker.lower().startswith("head of"):
        return s
    m = _HEAD_OF.match(s.evidence.text.strip())
    if m is None or m.group("t").lower() != s.speaker.lower():
        return s
    return replace(s, speaker=speakers.canonical(m.group("n")), mode="direct")


def _forces(doc: Document, kept: list[Statement]) -> list[Statement]:
    """A bare "army"/"military": the country of the one force named before it."""
    out = []
    for s in kept:
        if s.speaker not in _FORCE_WORDS:
            out.append(s)
            continue
        before = doc.body[: s.evidence.start]
        named = {m.group("a") for m in _NAMED_FORCE.finditer(before)} & _ADJECTIVES
        if len(named) == 1:
            out.append(replace(s, speaker=f"{named.pop()} {s.speaker}"))
        else:
            out.append(s)
    return out


def _key(name: str) -> frozenset[str]:
    """The words of a body's name, spelling and word order aside."""
    words = name.lower().replace("defense", "defence").split()
    return frozenset(w for w in words if w not in {"of", "the"})


def _qualified(doc: Document, kept: list[Statement]) -> list[Statement]:
    """A body named without the one qualifier the passage gives it elsewhere."""
    out = []
    chosen: dict[str, str | None] = {}  # per speaker: the body is scanned once per name
    for s in kept:
        words = s.speaker.split()
        heads = {w.lower() for w in words} & _BODY_HEADS
        if len(words) < 2 or not heads or not words[0][:1].isupper():
            out.append(s)
            continue
        if words[0] in _ADJECTIVES or words[0].endswith(("'s", "’s")):
            out.append(s)
            continue
        if s.speaker not in chosen:
            chosen[s.speaker] = _fuller(doc, kept, s.speaker)
        full = chosen[s.speaker]
        out.append(s if full is None else replace(s, speaker=full))
    return out


def _fuller(doc: Document, kept: list[Statement], speaker: str) -> str | None:
    """The one qualified form of ``speaker`` the passage gives (None: none or several)."""
    mine = _key(speaker)
    fuller = {
        o.speaker
        for o in kept
        if o.speaker.split()[0] in _ADJECTIVES
        and _key(o.speaker) - {o.speaker.split()[0].lower()} == mine
    }
    pattern = re.compile(r"\b([A-Z][\w'’-]+)[ \t]+" + re.escape(speaker) + r"\b")
    fuller |= {
        f"{m.group(1)} {speaker}"
        for m in pattern.finditer(doc.body)
        if m.group(1) not in _NOT_QUALIFIERS
        and "-" not in m.group(1)  # "Houthi-run Saba news agency": a descriptor
        and not m.group(1).endswith(("'s", "’s"))
    }
    return fuller.pop() if len(fuller) == 1 else None

"""Last look at finished statements' speaker names: one speaker, one form (naming round 14).

An audit of every dev set (statement misses whose quote the extractor found under another
speaker name) showed the same person or body read under a second form. The kinds this pass
settles, each from the finished speaker string and the words of the article:

- **residue of the clause around the name**: a compound tense's auxiliary ("a European
  diplomat has confided that" gave "European diplomat has"), the platform of German word
  order ("as the military governor Witalij Kim on Telegram wrote") and the title kept in
  front of the name ("military governor Witalij Kim" is "Witalij Kim");
- **a description the table lists as an alias** ("the head of the Kremlin", "the FINUL"):
  the table's canonical form, as for any other alias;
- **a national body named through its capital** ("the Ministry of Health of Beirut", "the
  Ministry of Foreign Affairs of Madrid"): the country's demonym in front of the article's
  wording ("Lebanese health ministry", "Spanish Ministry of Foreign Affairs"), while "the
  Ministry of Health in Sanaa" (a seat, not a title) keeps the article's words;
- **the head of an oblast body named once with the title** ("the head of the Kharkiv OVA
  Oleh Syniehubov", then "the head of the OVA specified"): that person, not a scrambled
  "Kharkiv regional head military administration";
- **an appositive description speaking** ("The deputy X Y, president of the finance
  committee, denounced ..."): the name the description was given to.

People outside ``speakers.csv`` keep the article's spelling (the table decides nothing for
them), so no respelling happens here. Kept out of :mod:`pipeline.extract._names` and
:mod:`pipeline.extract.statements` (both at their size limit).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from importlib import resources

from pipeline.extract._lexicon import CAPITALS
from pipeline.extract._s40names import CAPITALS as OF_CAPITALS
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_SEATS: dict[str, str] = {**{c.lower(): a for c, a in OF_CAPITALS.items()}, **CAPITALS}
"""Capitals and their countries' adjectives (the lexicon's and round 40's lists)."""
_PARTICLE = r"(?:da|de|do|dos|van|von|der|del|di|la|le)?"
_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:[ \t]+" + _PARTICLE + r"[ \t]*[A-ZÀ-Ý][\w'’-]+){1,3}"
_AUXILIARY = re.compile(r"[ \t]+(?:has|have|had)$")
_PLATFORM = re.compile(
    r"[ \t]+(?:on|in|via)[ \t]+(?:Telegram|Facebook|X|Twitter|Instagram|Viber|social[ \t]+media)$"
)
_TITLES = frozenset(
    {
        "governor", "mayor", "minister", "president", "senator", "deputy", "spokesman",
        "spokeswoman", "spokesperson", "ambassador", "commander", "chief", "head", "envoy",
        "adviser", "advisor", "secretary", "leader", "chairman", "chairwoman", "director",
        "prosecutor", "premier",
    }
)  # fmt: skip
_TITLED = re.compile(r"(?P<t>(?:[a-z][a-z-]*[ \t]+){1,3})(?P<n>" + _NAME + r")")
_OF_SEAT = re.compile(
    r"(?P<dem>[A-Z]\w+[ \t]+)?(?P<body>Ministry[ \t]+of[ \t]+.+?)[ \t]+of[ \t]+"
    r"(?P<seat>[A-Z]\w+)"
)
_SEAT_SHORT = re.compile(
    r"(?P<seat>[A-Z]\w+)[ \t]+(?P<dom>health|foreign|defence|defense|interior)"
    r"[ \t]+ministry"
)
_HEADED = re.compile(
    r"(?:(?P<r>[A-Z][\w'’-]+)[ \t]+)?(?:regional|city)[ \t]+head[ \t]+"
    r"(?:military[ \t]+|state[ \t]+)?administration|head[ \t]+of[ \t]+the[ \t]+"
    r"(?:regional|oblast|city)[ \t]+(?:military[ \t]+|state[ \t]+)?administration"
)
_HEAD_OF = re.compile(
    r"head[ \t]+of[ \t]+the[ \t]+(?:(?P<r>[A-Z][\w'’-]+)[ \t]+)?(?P<lvl>OVA|RMA|ODA|MVA|"
    r"(?:regional|oblast|city)[ \t]+(?:military[ \t]+|state[ \t]+)?administration),?[ \t]+"
    r"(?P<n>[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)"
)


def _load_aliases() -> dict[str, str]:
    """Explicit aliases of ``speakers.csv`` (lower-cased) -> canonical; ambiguous ones left out."""
    text = resources.files("pipeline.extract").joinpath("data/speakers.csv").read_text("utf-8")
    found: dict[str, set[str]] = {}
    canonicals: set[str] = set()
    with io.StringIO(text, newline="") as fh:
        for row in csv.DictReader(fh):
            canonicals.add(row["canonical"].lower())
            for alias in filter(None, row["aliases"].split("|")):
                found.setdefault(alias.replace("’", "'").lower(), set()).add(row["canonical"])
    return {a: next(iter(c)) for a, c in found.items() if len(c) == 1 and a not in canonicals}


_ALIASES = _load_aliases()


def _alias(speaker: str) -> str | None:
    return _ALIASES.get(speaker.replace("’", "'").lower())


def _residue(speaker: str) -> str | None:
    """The speaker without an auxiliary, a platform or the title before a name; else None."""
    clean = _PLATFORM.sub("", _AUXILIARY.sub("", speaker))
    m = _TITLED.fullmatch(clean)
    if m is not None and m.group("t").split()[-1] in _TITLES:
        clean = m.group("n")
    return clean if clean != speaker else None


def _seat(speaker: str, sentence: str) -> str | None:
    """A national body named through its capital: the demonym in front of the wording."""
    m = _OF_SEAT.fullmatch(speaker)
    if m is not None:
        adjective = _SEATS.get(m.group("seat").lower())
        dem = (m.group("dem") or "").strip()
        if adjective is not None and dem in ("", adjective):
            return f"{adjective} {m.group('body')}"
        return None
    m = _SEAT_SHORT.fullmatch(speaker)
    if m is None:
        return None
    seat = m.group("seat")
    within = re.search(
        r"\b(Ministry[ \t]+of[ \t]+[A-Z][\w ]*?)[ \t]+in[ \t]+" + seat + r"\b", sentence
    )
    if within is not None and _alias(f"{within.group(1)} in {seat}") is None:
        return f"{within.group(1)} in {seat}"  # "the Ministry of Health in Sanaa": a seat
    adjective = _SEATS.get(seat.lower())
    if adjective is None or not re.search(r"\bof[ \t]+" + seat + r"\b", sentence):
        return None
    short = f"{adjective} {m.group('dom')} ministry"
    return _alias(short) or short


def _head(speaker: str, sentence: str, body: str, offset: int) -> str | None:
    """ "the head of the OVA" after "the head of the Kharkiv OVA NAME": NAME; "the OVA" that
    learned the scrambled form from it: the body itself."""
    m = _HEADED.fullmatch(speaker)
    if m is None:
        return None
    if not re.search(r"\bhead[ \t]+of[ \t]+the\b", sentence, re.IGNORECASE):
        return None  # "the OVA said" after it: the body (see _unscrambled)
    region = m.group("r")
    city = " city " in f" {speaker} "
    last = None
    for h in _HEAD_OF.finditer(body, 0, offset):
        if (h.group("lvl") in ("MVA",) or h.group("lvl").startswith("city")) != city:
            continue
        if region and h.group("r") and h.group("r") != region:
            continue
        last = h.group("n")
    return last


def _echo(speaker: str, body: str, offset: int) -> str | None:
    """ "X Y, president of the finance committee, denounced": X Y."""
    if not speaker[:1].islower() or " of " not in speaker or len(speaker.split()) < 3:
        return None
    said = re.escape(speaker)
    pattern = re.compile(
        r"(?P<n>"
        + _NAME
        + r"),[ \t]+(?:the[ \t]+)?"
        + said
        + r"\b|\b"
        + said
        + r",?[ \t]+(?P<m>"
        + _NAME
        + r")"
    )
    last = None
    for m in pattern.finditer(body, 0, offset):
        last = m.group("n") or m.group("m")
    return last


def _settled(statement: Statement, doc: Document, speakers: Speakers) -> str | None:
    speaker = statement.speaker
    start, end = statement.evidence.start, statement.evidence.end
    body = doc.body
    if (canonical := _alias(speaker)) is not None:
        return canonical
    sentence = doc.sentences[speakers.sentence_at(start)].text
    if (seat := _seat(speaker, sentence)) is not None:
        return seat
    if (name := _head(speaker, sentence, body, start) or _echo(speaker, body, end)) is not None:
        return speakers.named(name, start) or name
    if (m := _HEADED.fullmatch(speaker)) is not None and m.group("r"):
        return speaker.replace(" head ", " ")  # "Kharkiv regional head military administration"
    if (clean := _residue(speaker)) is not None:
        if clean[:1].isupper():
            return speakers.named(clean, start) or _alias(clean) or clean
        return _alias(clean) or clean
    return None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with each statement's speaker in the one form the conventions name it."""
    out: list[Finding] = []
    for f in found:
        if (
            isinstance(f, Statement)
            and (settled := _settled(f, doc, speakers))
            and settled != f.speaker
        ):
            f = replace(f, speaker=settled)
        out.append(f)
    return out

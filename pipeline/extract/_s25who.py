"""Who a subject or agent phrase of Romanian/Iberian agency copy stands for (round 25).

Shared by :mod:`pipeline.extract._s25post` and :mod:`pipeline.extract._s25read`: a bare
ministry acronym ("MApN", "MAE", "MAI") is the ministry, placed by the dateline's country
("Bucharest, 3 October /Agerpres/ -") or by its own full name defined earlier; "the
institution", "the quoted source", "the cited official" point back at the last statement's
speaker (else at the last body defined with an acronym); "A press release of X" is X; "X
(ACR)" is X; "the Executive" is the government named before ("the Government of Spain" ->
"Spanish government"); a news outlet (News.ro, Digi24, EFE, Lusa) never speaks here: it only
relays. Pure functions.
"""

from __future__ import annotations

import re

from pipeline.extract._lexicon import DEMONYMS
from pipeline.extract._speakerlookup import SpeakerLookup
from pipeline.extract.model import Document, Finding, Statement

__all__ = [
    "ACRONYMS",
    "BACK",
    "OUTLETS",
    "dateline_country",
    "government_of",
    "last_statement",
    "speaker_of",
]

ACRONYMS = {
    "MApN": ("Ministry of National Defence", "Romanian"),
    "MAE": ("Ministry of Foreign Affairs", None),
    "MAI": ("Ministry of Internal Affairs", None),
}
"""Romanian/Moldovan ministry acronyms, their full names and the country they imply alone."""
_DATELINE_COUNTRY = {"Bucharest": "Romanian", "Chisinau": "Moldovan"}
_DATELINE = re.compile(r"^(?P<city>[A-Z][a-z]+), \d{1,2} [A-Z][a-z]+ (?:/[\w.]+/|\([\w.]+\))")
BACK = frozenset(
    {
        "institution",
        "quoted source",
        "cited source",
        "same source",
        "quoted institution",
        "cited institution",
        "cited official",
        "quoted official",
    }
)
"""Nouns pointing back at the last speaker."""
OUTLETS = frozenset(
    {
        "news.ro",
        "digi24",
        "agerpres",
        "efe",
        "europa press",
        "lusa",
        "hotnews",
        "mediafax",
        "g4media",
        "antena 3",
        "protv",
        "rtp",
        "sic",
        "cadena ser",
        "rtve",
    }
)
_DOC_OF = re.compile(
    r"^(?:an? |the )?(?:press release|communiqu[eé]|note|statement|release) of (?:the )?(?P<x>.+)$",
    re.IGNORECASE,
)
_DEFINED = re.compile(r"[Tt]he (?P<full>[A-Z][\w ]{4,60}?) \((?P<acr>[A-Z][A-Za-z]{1,6})\)")
"""A body defined with its acronym: "the Ministry of National Defence (MApN)"."""
_ACR_TAIL = re.compile(r"^(?P<x>.+?) \((?P<acr>[A-Z][A-Za-z]{1,6})\)$")
_RANKS = ("General ", "Gen. ", "Admiral ", "Colonel ", "Col. ")
_GOVERNMENT = re.compile(
    r"\b(?:Government of (?P<c>[A-Z][a-z]+)|(?!The )(?P<d>[A-Z][a-z]+) Government)\b"
)


def dateline_country(body: str) -> str | None:
    """The country an agency dateline opening ``body`` names ("Bucharest, ..." -> Romanian)."""
    dateline = _DATELINE.match(body.lstrip())
    return _DATELINE_COUNTRY.get(dateline.group("city")) if dateline is not None else None


def last_statement(found: list[Finding], offset: int) -> Statement | None:
    """The statement found last before body ``offset`` (by where it starts), else None."""
    last: Statement | None = None
    for f in found:
        if (
            isinstance(f, Statement)
            and f.evidence.start < offset
            and (last is None or f.evidence.start >= last.evidence.start)
        ):
            last = f
    return last


def _acronym(acr: str, body: str, country: str | None) -> str | None:
    entry = ACRONYMS.get(acr)
    if entry is None:
        return None
    full, alone = entry
    defined = re.search(
        rf"(?:the |The )(?P<full>(?:Romanian )?[A-Z][\w ]{{4,60}}?) \({acr}\)", body
    )
    if defined is not None:
        full = defined.group("full")
    place = country or alone
    if full.startswith(("Romanian ", "Moldovan ")) or place is None:
        return full
    return f"{place} {full}"


def speaker_of(
    np: str,
    doc: Document,
    speakers: SpeakerLookup,
    offset: int,
    found: list[Finding],
    country: str | None,
) -> str | None:
    """The canonical speaker a subject or agent phrase stands for, else None."""
    bare = re.sub(r"^(?:[Tt]he|[Aa]n?) ", "", np.strip())
    if (doc_of := _DOC_OF.match(bare)) is not None:
        bare = doc_of.group("x")
    if bare.lower() in BACK:
        last = last_statement(found, offset)
        if last is not None:
            return last.speaker
        defined = None
        for match in _DEFINED.finditer(doc.body, 0, offset):
            defined = match
        if defined is None:
            return None
        return _acronym(defined.group("acr"), doc.body, country) or defined.group("full")
    if bare.lower() in OUTLETS:
        return None
    if (tail := _ACR_TAIL.match(bare)) is not None:
        return _acronym(tail.group("acr"), doc.body, country) or tail.group("x")
    if bare in ACRONYMS:
        return _acronym(bare, doc.body, country)
    if bare.lower() == "executive":
        return government_of(doc.body[:offset], found, offset)
    for rank in _RANKS:
        bare = bare.removeprefix(rank)
    who = speakers.named(bare, offset)
    if who is not None:
        return f"{country} {who}" if country and who.startswith("Ministry of ") else who
    words = bare.split()
    if (
        words
        and words[0][:1].isupper()
        and len(words) <= 6
        and all(w[:1].isupper() or w in ("of", "for", "and", "de", "da") for w in words)
    ):
        return bare
    return None


def government_of(before: str, found: list[Finding], offset: int) -> str | None:
    """ "the Executive" after "the Government of Spain": "Spanish government"."""
    last = None
    for match in _GOVERNMENT.finditer(before):
        last = match
    if last is not None:
        if last.group("c"):
            demonym = DEMONYMS.get(last.group("c").lower())
            return f"{demonym} government" if demonym is not None else None
        return f"{last.group('d')} government"
    said = last_statement(found, offset)
    if said is not None and said.speaker.lower().endswith("government"):
        return said.speaker
    return None

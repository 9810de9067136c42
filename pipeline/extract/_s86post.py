"""Round 86's speaker readings (helper h_fix_s86, ``dev_statements112``), applied last in
:mod:`pipeline.extract._latepasses`. Why each exists:

- a country written as a possessive before its body ("DR Congo's army", "the Democratic Republic
  of the Congo's health ministry", "Rwanda's army") kept the country's name ("DR Congo army"):
  the conventions turn "X's" into the adjective ("Congolese army"), so a small table of the
  countries the older demonym readings miss (long and short forms of Congo, central and east
  African states) renames such a speaker when the body writes the possessive;
- a person named in full and later by a first name or a title and surname ("Chiza Nyenyezi
  ... said Chiza", "Dr Boureima Hama Sambo ... Dr Sambo added") kept the short form: the
  conventions resolve it to the full name given earlier in the passage, when exactly one full
  name holds the word;
- a described source placed by town and country ("A UN official in Goma, Democratic Republic
  of Congo, said ...") lost the description to the country between the commas: the
  description ("UN official") is the speaker.

Each reading is gated on a literal (the possessive mark, a short speaker, " in ") before any
pattern; the pass walks the statements once and caches each name it resolves.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _lexicon as lex
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_DEMONYM: dict[str, str] = {
    "Democratic Republic of the Congo": "Congolese",
    "Democratic Republic of Congo": "Congolese",
    "Republic of the Congo": "Congolese",
    "Republic of Congo": "Congolese",
    "DR Congo": "Congolese",
    "DRC": "Congolese",
    "Congo": "Congolese",
    "Rwanda": "Rwandan",
    "Burundi": "Burundian",
    "Uganda": "Ugandan",
    "Tanzania": "Tanzanian",
    "Kenya": "Kenyan",
    "Cameroon": "Cameroonian",
    "Mozambique": "Mozambican",
    "Angola": "Angolan",
    "Zambia": "Zambian",
    "Malawi": "Malawian",
    "Ghana": "Ghanaian",
    "Togo": "Togolese",
    "Benin": "Beninese",
    "Senegal": "Senegalese",
    "Djibouti": "Djiboutian",
    "Eritrea": "Eritrean",
}
"""Countries whose possessive the earlier readings leave as written, longest forms first."""

_DEMONYM_KEYS = tuple(sorted(_DEMONYM, key=len, reverse=True))
_DEMONYM_FIRST = frozenset(k.split(" ", 1)[0] for k in _DEMONYM)
"""The first words of the table's countries: a speaker opening otherwise is skipped at once."""

_TITLE = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.) ")
"""A courtesy title before a surname ("Dr Sambo")."""

_SHORT = re.compile(r"^[A-Z][a-z][\w'’-]*$")
"""A single capitalised word that is not an acronym ("Chiza", "Sambo")."""

_STARTERS = (
    "Whether If Though Since Why How What Where Who For With Without Despite Yet So Still Even "
    "The A An In On At As After Before When While But And Then Speaking Outside Inside "
    "Meanwhile However Earlier Later Last This That Asked According Dr Mr Mrs Ms Miss Prof "
    "Professor President Minister General Governor Mayor Doctor Sister Father"
)
_NOT_NAME = lex.NON_NAME | lex.ADVERBIAL_STARTS | frozenset(_STARTERS.split())
"""Capitalised words that begin a sentence or title a name but are no part of one."""

_PLACES = frozenset(
    {k.lower() for k in _DEMONYM}
    | set(lex.DEMONYMS)
    | set(lex.CAPITALS)
    | set(lex.CITIES)
    | {d.lower() for d in lex.DEMONYM_FORMS}
)
"""Countries, capitals and cities: a one-word speaker naming a place is no person's name."""

_BODY_WORDS = lex.ORG_HEADS | lex.GENERIC | lex.DOCUMENTS | frozenset({"war", "news", "times"})
"""Words of a body or a headline, never of a person's full name ("Ukraine War")."""

_LEFT = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z][\w'’.-]* ){1,3}$")
"""Up to three capitalised words right before a mention ("Dr Boureima Hama ")."""

_RIGHT = re.compile(r"(?: [A-Z][a-z][\w'’-]*){1,3}")
"""Up to three capitalised words right after a mention (" Nyenyezi")."""

_PLACED = re.compile(
    r"\b(?:A|An|a|an) (?P<d>(?:(?:[A-Z][\w.&-]*|[a-z]+) ){0,3}?(?:official|officer|worker"
    r"|spokesman|spokeswoman|spokesperson|source|doctor|nurse|diplomat|commander))"
    r" in (?:[a-z]+ )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*, (?P<c>[^,]{2,50}), "
    r"(?:said|says|told|warned|added|stated|announced|reported|confirmed)\b"
)
"""'A UN official in (occupied) Goma, Democratic Republic of Congo, said' (description,
town, country)."""


def _demonym(body: str, speaker: str) -> str | None:
    """``speaker`` with a possessive country turned into its adjective, or None."""
    if speaker.split(" ", 1)[0] not in _DEMONYM_FIRST:
        return None
    for key in _DEMONYM_KEYS:
        if speaker.startswith(key + " ") and (key + "'s" in body or key + "’s" in body):
            rest = speaker[len(key) + 1 :]
            if rest[:1].islower():
                return f"{_DEMONYM[key]} {rest}"
            return None
    return None


def _bad(word: str) -> bool:
    """A word no person's full name holds: a body's, a place's, a title's, a possessive."""
    low = word.lower()
    return (
        low in _BODY_WORDS
        or low in _PLACES
        or low in lex.TITLES
        or "'" in word
        or "’" in word
        or "-" in word
    )


def _mentions(body: str, short: str) -> list[tuple[int, str | None]]:
    """Each word-bounded mention of ``short`` in ``body``: its offset and the full name it sits
    in (None for a bare mention). One ``find`` walk; each look-around reads a short window."""
    out: list[tuple[int, str | None]] = []
    n = len(short)
    at = body.find(short)
    while at >= 0:
        end = at + n
        if (at == 0 or not body[at - 1].isalnum()) and (
            end == len(body) or not body[end].isalnum()
        ):
            name: str | None = None
            m = _LEFT.search(body, max(0, at - 60), at)
            if m is not None:
                name = _named([*m.group().split(), short], short)
            if name is None and (r := _RIGHT.match(body, end)) is not None:
                name = _named([short, *r.group().split()], short)
            out.append((at, name))
        at = body.find(short, end)
    return out


def _named(words: list[str], short: str) -> str | None:
    """The words as a person's full name holding ``short`` at either end, or None."""
    words = [w for w in words if w not in _NOT_NAME]
    if len(words) < 2 or short not in (words[0], words[-1]) or any(map(_bad, words)):
        return None
    return " ".join(words)


def _full(mentions: list[tuple[int, str | None]], before: int) -> str | None:
    """The one full name mentioned before ``before``, when the passage introduces the person by
    it (a bare first mention, "Taras, a gunner", keeps the short form)."""
    if not mentions or mentions[0][1] is None:
        return None
    names = {name for at, name in mentions if at < before and name is not None}
    return names.pop() if len(names) == 1 else None


def _placed(f: Statement) -> str | None:
    """The description of a town-and-country placed source that lost its speaker, or None."""
    text = f.evidence.text
    if " in " not in text or f.speaker not in text:
        return None
    m = _PLACED.search(text)
    if m is None:
        return None
    d = m["d"]
    if f.speaker == d or (f.speaker not in m["c"] and not f.speaker.startswith(d + " in ")):
        return None
    return d


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    possessive = "'s " in body or "’s " in body
    out: list[Finding] = []
    changed = False
    cache: dict[str, list[tuple[int, str | None]]] = {}
    for f in found:
        if not isinstance(f, Statement):
            out.append(f)
            continue
        speaker = f.speaker
        name: str | None = None
        if possessive and speaker[:1].isupper():
            name = _demonym(body, speaker)
        if name is None and (" " not in speaker or _TITLE.match(speaker)):
            short = _TITLE.sub("", speaker)
            if _SHORT.match(short) and short not in _NOT_NAME and short.lower() not in _PLACES:
                if short not in cache:
                    cache[short] = _mentions(body, short)
                name = _full(cache[short], f.evidence.start)
        if name is None and (speaker[:1].isupper() or " in " in speaker):
            name = _placed(f)
        if name is None or name == speaker:
            out.append(f)
            continue
        changed = True
        out.append(replace(f, speaker=name))
    return out if changed else found

"""Round 83's speaker renamings (helper h_fix_s83, ``dev_statements109``), applied last in
:mod:`pipeline.extract._latepasses` (before :mod:`pipeline.extract._s83back`). Why each exists:

- "according to official figures / government tolls / local media reports (and footage)" lost
  the plural noun that makes the source ("official", "local media"); the noun is kept, as
  "according to (local) media reports" was labelled in round 71 (a named body's figures,
  "according to Israeli military figures", stay the body's);
- a possessive body before an outlet or a sub-body ("Hezbollah’s Al-Manar television channel",
  "the Israel Defense Forces’ Home Front Command", "the group’s affiliated Al-Mayadeen") is no
  qualifier (the speaker naming conventions): the outlet / sub-body speaks;
- a descriptor before a proper name ("Israeli state-owned Kan TV news", "the
  opposition-linked Syrian Observatory ...", "Syria's official state media") is no qualifier;
- "COUNTRY’s ambassador / envoy to the United Nations" keeps "to the United Nations" (a bare
  "the ambassador" after it is the same person, and "envoy to the UN said" is not the UN);
- an unpunctuated headline glued to the lede ("Blackout hits Kharkiv Ukrainian officials
  said") leaves the headline words out of the speaker;
- "In COUNTRY, authorities / officials say" speaks as "COUNTRY-adjective authorities".

Each reading is a lookup on the found speaker and its evidence, gated on a literal before any
pattern; the pass walks the statements once.
"""

from __future__ import annotations

import re

from pipeline.extract._found import renamed
from pipeline.extract._lexicon import DEMONYMS
from pipeline.extract._roles import ALIASES, norm
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_TALLY = re.compile(
    r"according to (?:the )?(?P<s>[\w’'-]+(?: [\w’'-]+){0,2}) (?P<n>figures|tolls|reports)\b",
    re.IGNORECASE,
)
"""'according to official figures' (the source word and the plural noun)."""

_POSSESSED = re.compile(
    r"^(?:the )?(?P<p>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})(?:’s|'s|’|') "
    r"(?P<n>[A-Z][\w-]*(?: [A-Z][\w-]*)*)"
    r"(?: television channel| television| channel| TV channel)?$"
)
"""'Hezbollah’s Al-Manar', "Israel Defense Forces' Home Front Command"."""

_AFFILIATED = re.compile(
    r"\b(?:group|movement|party|militia)(?:’s|'s) affiliated "
    r"(?P<n>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})"
)
"""'according to the group’s affiliated Al-Mayadeen'."""

_DESCRIBED = re.compile(
    r"^(?:[A-Z][a-z]+ )?(?:[a-z]+-(?:owned|run|linked|backed|controlled|affiliated|funded"
    r"|aligned) )(?P<n>[A-Z].*?)(?: news)?$"
)
"""'Israeli state-owned Kan TV news', 'opposition-linked Syrian Observatory ...'."""

_ENVOY = re.compile(
    r"(?P<c>[A-Z][a-z]+)(?:’s|'s) (?P<t>ambassador|envoy) to the (?P<o>United Nations|UN|U\.N\.)"
)
"""'Iran’s ambassador to the United Nations'."""

_GLUED_HEAD = re.compile(
    r"^[A-Z][\w-]*(?: [\w-]+)*? (?P<v>[a-z]+)(?: [\w-]+)*? (?P<n>[A-Z][a-z]+ "
    r"(?:officials|sources|authorities|media|police|military|residents))$"
)
"""'Blackout hits Kharkiv Ukrainian officials' (a headline glued to the lede's subject)."""

_FUNCTION = frozenset({"of", "for", "and", "the", "in", "on", "at", "to"})

_IN_COUNTRY = re.compile(r"\bIn (?P<c>[A-Z][a-z]+), (?P<s>authorities|officials) (?:say|said)\b")
"""'In Israel, authorities say C'."""


def _demonym(country: str) -> str | None:
    return DEMONYMS.get(country.lower())


_BODY_ENDS = ("Forces", "Army", "Corps", "Ministry", "Guard")


def _owned(owner: str, name: str) -> bool:
    """A body's own outlet or unit ("Al-Manar", "Home Front Command"), not a country's body
    nor a one-word head ("Prosecutor General's Office")."""
    if _demonym(owner) is not None or owner in DEMONYMS.values():
        return False
    if name.startswith("Al-"):
        return True
    entry = ALIASES.get(norm(owner))
    known = (entry is not None and entry.kind == "org") or owner.endswith(_BODY_ENDS)
    return known and name.count(" ") >= 1


def _tally(f: Statement) -> str | None:
    ev = f.evidence.text
    if "ccording to" not in ev:
        return None
    low = f.speaker.lower()
    for m in _TALLY.finditer(ev):
        if m["s"].lower() == low and m["s"].islower():
            return f"{m['s']} {m['n']}"
    return None


def _possessed(f: Statement) -> str | None:
    sp = f.speaker
    if "’" in sp or "'" in sp:
        m = _POSSESSED.match(sp)
        if m is not None and _owned(m["p"], m["n"]):
            return m["n"]
    first, _, rest = sp.partition(" ")
    if rest[:1].isupper() and f"{first}’s {rest.split()[0]}" in f.evidence.text:
        m1 = _POSSESSED.match(f"{first}’s {rest}")
        if m1 is not None and _owned(first, m1["n"]):
            return m1["n"]
    if sp.endswith(("group", "movement", "party", "militia")) and "affiliated" in f.evidence.text:
        m2 = _AFFILIATED.search(f.evidence.text)
        if m2 is not None:
            return m2["n"]
    if "-" in sp:
        m3 = _DESCRIBED.match(sp)
        if m3 is not None:
            return m3["n"]
    if sp.endswith(" official state media"):
        return sp[: -len("official state media")] + "state media"
    return None


def _envoys(body: str) -> dict[str, str]:
    """Found-speaker forms -> "ADJ ambassador to the United Nations" for the body's envoys."""
    out: dict[str, str] = {}
    for m in _ENVOY.finditer(body):
        adj = _demonym(m["c"])
        if adj is None:
            continue
        full = f"{adj} {m['t']} to the {m['o']}"
        for key in (f"{adj} {m['t']}", m["t"], m["o"], "united nations"):
            out.setdefault(key.lower(), full)
    return out


def _glued(f: Statement) -> str | None:
    sp = f.speaker
    if sp.count(" ") < 3 or not sp[-1].islower():
        return None
    m = _GLUED_HEAD.match(sp)
    if m is None or m["v"] in _FUNCTION:
        return None
    return m["n"]


def _in_country(f: Statement) -> str | None:
    if f.speaker not in ("authorities", "officials") or "In " not in f.evidence.text:
        return None
    m = _IN_COUNTRY.search(f.evidence.text)
    if m is None or m["s"] != f.speaker:
        return None
    adj = _demonym(m["c"])
    return f"{adj} {f.speaker}" if adj is not None else None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the renamings above (findings other than statements untouched)."""
    body = doc.body
    envoys = _envoys(body) if " to the U" in body else {}

    def pick(f: Statement) -> str | None:
        """The new name of ``f`` (None: none of the readings above)."""
        name = _tally(f) or _possessed(f) or _glued(f) or _in_country(f)
        if name is None and envoys:
            low = f.speaker.lower()
            if low in envoys and (
                low not in ("un", "united nations", "u.n.") or " to the U" in f.evidence.text
            ):
                name = envoys[low]
        return name

    return renamed(found, pick)

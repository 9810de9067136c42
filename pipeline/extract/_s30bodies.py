"""Speakers named by their country, their agency or their movement (statement round 30).

Read by :mod:`pipeline.extract._s30post` on finished statements of ``dev_articles62``
(literal English of NHK, Kyodo, Yonhap, Xinhua, Al Jazeera, Asharq Al-Awsat; agency copy)
and ``dev_statements55``:

- "the official SANA news agency", "the state-run IRNA news agency", "the official Saudi
  Press Agency": the agency's own name ("SANA", "IRNA", "Saudi Press Agency");
- a national body left bare ("Joint Chiefs of Staff", "Ministry of National Defense") that
  the article names with its country ("South Korea's Joint Chiefs of Staff (JCS)", "Taiwan's
  Ministry of National Defense (MND)") or spells with a national acronym ("... Defence
  (MApN)"), or whose name kept the possessive ("Japan's Coast Guard Agency"): the country's
  adjective, as "Ukraine's navy" is "Ukrainian Navy";
- a bare ministry or "presidential office" in a story datelined from a capital ("TOKYO, Aug
  21 (Kyodo) --", "Tokyo, 3 February (NHK) –", "SEOUL, June 2 (Yonhap) --"): that country's
  body (tests/data/README.md: national bodies take their country). Not the health ministry,
  which a Gaza story datelined from Jerusalem means for the enclave;
- "The top government spokesman also expressed the view that C" (Kyodo): Japan's top
  government spokesman is the Chief Cabinet Secretary the article names, never another
  country's spokesman named later;
- "(For its part,) the Hamas movement said C" after another body spoke: "movement" took
  back that body, as "the movement" alone does; the name before it is the speaker ("Hamas"),
  and so is "It" opening the next sentence of the paragraph.

Unnamed officials described by their service ("A hospital official told Reuters that C", "a
police official said"): :mod:`pipeline.extract._titled` drops a bare two-word "official" as
too vague ("A senior official"), but unnamed groups keep their description (tests/data/
README.md, "Speakers"), like "security official" or "local official". National services
("An army official", "a health official") are left out: they take a country the article
gives later ("Sudanese army official"), which that reading cannot. :func:`service_official`
tells the two apart.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._lexicon import CAPITALS
from pipeline.extract._roles import adjective
from pipeline.extract.model import Document, Finding, Statement

__all__ = ["SERVICES", "dateline_country", "movement", "renamed", "service_official"]

SERVICES = frozenset(
    {"police", "hospital", "medical", "security", "prison", "port", "airport", "rescue"}
    | {"emergency", "customs", "municipal", "camp", "court", "judicial", "village"}
)
"""Services an unnamed official is described by ("a hospital official")."""
_AGENCY = re.compile(
    r"^(?:(?:official|state-run|state-owned|state|semi-official|government-run)[ \t]+)"
    r"(?P<n>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,3})(?:[ \t]+news[ \t]+agency)?$"
    r"|^(?P<a>[A-Z]{3,6})[ \t]+news[ \t]+agency$"
)
"""A news agency named inside its description ("official SANA news agency")."""

_AGENCY_END = ("news agency", "Agency", "agency")

_BARE = re.compile(
    r"^(?:Ministry[ \t]+of[ \t]+(?!Health)[A-Z][\w-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w-]+){0,2}"
    r"|(?!Health)[A-Z][a-z]+[ \t]+Ministry|[Pp]residential[ \t]+[Oo]ffice"
    r"|Joint[ \t]+Chiefs[ \t]+of[ \t]+Staff|National[ \t]+Intelligence[ \t]+Service"
    r"|(?:National[ \t]+)?Security[ \t]+Council|Coast[ \t]+Guard(?:[ \t]+Agency)?)$"
)
"""National bodies that take the country of the dateline when the article gives none."""

_COUNTRY_BEFORE = re.compile(r"(?:[A-Z][a-z]+[ \t])?[A-Z][a-z]+$")
_OWNED = re.compile(r"^(?P<p>(?:[A-Z][a-z]+[ \t])?[A-Z][a-z]+['’]s)[ \t]+(?P<b>[A-Z].*)$")

_MORE_CAPITALS = {
    "seoul": "South Korean",
    "pyongyang": "North Korean",
    "taipei": "Taiwanese",
    "cairo": "Egyptian",
    "amman": "Jordanian",
    "baghdad": "Iraqi",
    "riyadh": "Saudi",
    "doha": "Qatari",
    "bucharest": "Romanian",
    "budapest": "Hungarian",
    "chisinau": "Moldovan",
    "new delhi": "Indian",
    "rome": "Italian",
    "madrid": "Spanish",
    "ottawa": "Canadian",
    "canberra": "Australian",
}
"""Capitals the shared table lacks: East Asian and other wire datelines."""

_ACRONYMS = {"MApN": "Romanian", "MAE": "Romanian", "MON": "Polish", "MSZ": "Polish"}
"""Ministry acronyms of the national language, spelled out before ("... Defence (MApN)")."""

_TWO_WORD = frozenset({"korea", "arabia", "lanka"})
"""Second words of two-word countries ("South Korea's" -> "South Korean")."""

_DATELINE = re.compile(
    r"(?P<c>[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?)"
    r"(?:,[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2}))?"
    r"[ \t]+\([A-Z][\w./&-]*(?:[ \t][A-Z][\w./&-]*){0,2}\)[ \t]*[—–-]"
)
"""An agency dateline at the top of the body ("TOKYO, Aug 21 (Kyodo) --")."""

_CABINET = re.compile(
    r"Chief[ \t]+Cabinet[ \t]+Secretary[ \t]+(?P<n>[A-Z][\w'’-]+[ \t][A-Z][\w'’-]+)"
)

_MOVEMENT = re.compile(
    r"^(?:(?:For|On)[ \t]+(?:its|their)[ \t]+part,[ \t]+)?[Tt]he[ \t]+(?P<n>[A-Z][\w-]+)[ \t]+"
    r"movement[ \t]+(?:also[ \t]+)?(?:said|says|stated|announced|declared|warned|added)(?![\w-])"
)
"""A sentence opening with "the NAME movement" as the subject of a verb of saying."""
_ADJECTIVE_ENDS = ("ite", "ist", "ian", "ic", "ish", "ese", "an", "i")
"""Endings of adjectives before "movement" ("Shiite", "Islamist", "Palestinian", "Sunni")."""


def renamed(body: str, s: Statement, country: str | None) -> Statement:
    """``s`` with its speaker named by its agency, country or the Cabinet Secretary."""
    speaker = s.speaker
    if "op government spokes" in s.evidence.text and (m := _CABINET.search(body)) is not None:
        return replace(s, speaker=m.group("n"))  # Kyodo: the Chief Cabinet Secretary
    if speaker.endswith(_AGENCY_END) and (m := _AGENCY.match(speaker)) is not None:
        return replace(s, speaker=m.group("n") or m.group("a"))  # official SANA news agency
    if "'s " in speaker or "’s " in speaker:
        owned = _OWNED.match(speaker)
        if owned is not None and _national(owned.group("p")):
            return replace(s, speaker=f"{_national(owned.group('p'))} {owned.group('b')}")
    if speaker[:1].isalpha() and _BARE.match(speaker) is not None:
        named = _named_country(body, speaker, s.evidence.end) or _acronym_country(body, speaker)
        if named is not None:
            return replace(s, speaker=f"{named} {speaker}")
        if country is not None and not (country == "Israeli" and "Gaza" in body):
            return replace(s, speaker=f"{country} {speaker}")
    return s


def service_official(lower: list[str]) -> bool:
    """ "hospital official", "police official": a service and the bare role."""
    return len(lower) == 2 and lower[1] in ("official", "officials") and lower[0] in SERVICES


def movement(doc: Document, found: list[Finding]) -> None:
    """ "The Hamas movement said C. It called on ...": Hamas, not the body named before."""
    starts = [sentence.start for sentence in doc.sentences]
    renamed: dict[tuple[int, str], str] = {}  # (paragraph, old speaker) -> name
    for i, f in enumerate(found):
        if not isinstance(f, Statement):
            continue
        k = max(0, bisect_right(starts, f.evidence.start) - 1)
        sentence = doc.sentences[k]
        m = _MOVEMENT.match(sentence.text) if "movement" in sentence.text else None
        name = m.group("n") if m is not None else ""
        if name.endswith(_ADJECTIVE_ENDS):
            name = ""  # "The Shiite movement": a description, which takes back the group
        if name and (name.lower() not in f.speaker.lower() or f.speaker == f"{name} movement"):
            renamed[(sentence.paragraph, f.speaker)] = name
            found[i] = replace(f, speaker=name)
        elif sentence.text.startswith("It ") and (sentence.paragraph, f.speaker) in renamed:
            found[i] = replace(f, speaker=renamed[(sentence.paragraph, f.speaker)])


def _national(possessive: str) -> str | None:
    """ "South Korea's" -> "South Korean", "Japan's" -> "Japanese"; None for no country."""
    words = possessive.split()
    last = words[-1]
    adj = adjective(last, last.lower().replace("’", "'"))
    if adj == last or adj == last[:-2]:
        return None  # no country: "Gaza's", "Kyiv's"
    if len(words) == 2 and last.lower()[:-2] in _TWO_WORD:
        return f"{words[0]} {adj}" if adj else words[0]  # "South Korean", "Saudi"
    return adj


def _named_country(body: str, speaker: str, end: int) -> str | None:
    """The country of "South Korea's SPEAKER" named last before ``end``, else None."""
    at = body.rfind(f"'s {speaker}", 0, end)
    at = max(at, body.rfind(f"’s {speaker}", 0, end))
    if at < 0:
        return None
    m = _COUNTRY_BEFORE.search(body[max(0, at - 30) : at])
    return _national(m.group() + "'s") if m is not None else None


def _acronym_country(body: str, speaker: str) -> str | None:
    """The country whose language spells the body's acronym: "... Defence (MApN)"."""
    at = body.find(f"{speaker} (")
    if at < 0:
        return None
    end = body.find(")", at, at + len(speaker) + 12)
    return _ACRONYMS.get(body[at + len(speaker) + 2 : end]) if end > 0 else None


def dateline_country(body: str) -> str | None:
    """The country of an agency dateline's capital at the top of the body, else None."""
    m = _DATELINE.match(body.lstrip())
    if m is None:
        return None
    place = m.group("c").lower()
    return CAPITALS.get(place) or _MORE_CAPITALS.get(place)

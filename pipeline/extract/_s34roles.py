"""Who an article introduces by title, for the round-34 role reading (``_s34post``).

"The Foreign Minister of Romania, X, and her Moldovan counterpart, Y" introduces X as
Romania's minister and Y as Moldova's; "President X received the Ukrainian president Y"
introduces X without a nationality (the home holder) and Y as Ukraine's. A bare role
("the Romanian minister", "continued the Finnish president") or a counterpart as a subject
("Her Lithuanian colleague said that C") is read against these introductions; the speaker
table's roles (``_titled``) know only the holders it lists, and take the last mention.
"""

from __future__ import annotations

import re

from pipeline.extract._apposed import Resolved

__all__ = ["CLASSES", "NAME", "NAT", "counterpart", "introductions", "leader", "led_by", "nation"]

_PAIRS = """
french:france italian:italy spanish:spain romanian:romania moldovan:moldova
german:germany ukrainian:ukraine russian:russia polish:poland finnish:finland
estonian:estonia latvian:latvia lithuanian:lithuania hungarian:hungary greek:greece
british:britain american:america israeli:israel iranian:iran turkish:turkey
chinese:china belgian:belgium dutch:netherlands swedish:sweden danish:denmark
norwegian:norway czech:czechia slovak:slovakia austrian:austria portuguese:portugal
bulgarian:bulgaria croatian:croatia serbian:serbia georgian:georgia lebanese:lebanon
syrian:syria egyptian:egypt saudi:arabia japanese:japan indian:india us:america
"""
"""Demonym:country pairs; both words name the country ("Romanian", "of Romania")."""
NATIONS: dict[str, str] = {}
for _pair in _PAIRS.split():
    _demonym, _country = _pair.split(":")
    NATIONS[_demonym] = NATIONS[_country] = _country

CLASSES: dict[str, frozenset[str]] = {
    "president": frozenset({"president"}),
    "head of state": frozenset({"president"}),
    "vice-president": frozenset({"vice-president"}),
    "prime minister": frozenset({"government"}),
    "premier": frozenset({"government"}),
    "head of government": frozenset({"government"}),
    "chancellor": frozenset({"government"}),
    "minister": frozenset({"minister"}),
    "foreign minister": frozenset({"minister", "diplomat"}),
    "secretary": frozenset({"minister"}),
    "secretary of state": frozenset({"minister", "diplomat"}),
    "ambassador": frozenset({"ambassador", "diplomat"}),
    "representative": frozenset({"ambassador", "diplomat"}),
    "envoy": frozenset({"ambassador", "diplomat"}),
    "diplomat": frozenset({"diplomat"}),
    "head of diplomacy": frozenset({"diplomat", "minister"}),
    "spokesman": frozenset({"spokesman"}),
    "spokeswoman": frozenset({"spokeswoman"}),
    "spokesperson": frozenset({"spokesman", "spokeswoman"}),
    "general": frozenset({"general"}),
    "admiral": frozenset({"admiral"}),
}
"""What a written title makes its holder, and what a bare role asks for (by the same word)."""

NAME = r"[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ][\w'’-]+"
FULL = rf"(?P<name>{NAME}(?: (?:de |van |von |da |di )?{NAME}){{1,3}})"
NAT = "(?:(?P<nat>US|" + "|".join(sorted({d.capitalize() for d in NATIONS})) + ") )?"
_TITLE_WORDS = (
    r"(?P<title>(?:First |Deputy )?Vice-President|President|Prime Minister|Premier|Chancellor"
    r"|(?:[A-Z][a-z]+ )?Minister(?: of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    r"|Secretary of State|(?:[A-Z][a-z]+ )?Secretary|[Aa]mbassador|[Rr]epresentative|[Ee]nvoy"
    r"|(?:[a-z]+ )?[Ss]pokes(?:man|woman|person)|General|Admiral|president|premier"
    r"|(?:[a-z]+ )?minister|head of (?:[A-Z][a-z]+ )?diplomacy|[Hh]ead of [Ss]tate)"
)
_INTRO = re.compile(
    rf"\b(?:[Tt]he )?{NAT}{_TITLE_WORDS}(?: of (?P<of>[A-Z][a-z]+))?"
    rf"(?: to the [A-Z]+)?,? {FULL}"
)
"""A holder introduced by title: "The Foreign Minister of Romania, X", "Italian Defence
Minister X", "the Russian representative X", "The French ambassador to the UN, X"."""
_COUNTERPART = re.compile(rf"\b(?:his|her) (?P<nat>[A-Z][a-z]+) counterpart,? {FULL}")


def nation(word: str | None) -> str | None:
    return NATIONS.get(word.lower()) if word else None


def _title_class(title: str) -> frozenset[str]:
    low = title.lower()
    if low.startswith("head of") and low.endswith("diplomacy"):
        return CLASSES["head of diplomacy"]
    if "vice-president" in low:
        return CLASSES["vice-president"]
    if low == "secretary of state":
        return CLASSES[low]
    if low.startswith("foreign minister") or low.endswith("foreign affairs"):
        return CLASSES["foreign minister"]
    last = low.split()[-1]
    if "minister" in low and last != "minister":
        last = "minister"  # "Minister of Defence"
    if low.endswith("prime minister"):
        last = "prime minister"
    return CLASSES.get(last, CLASSES.get(low, frozenset()))


def introductions(body: str) -> list[tuple[int, str, frozenset[str], str | None]]:
    """(offset, name, classes, country) for each holder the article introduces by title."""
    found: list[tuple[int, str, frozenset[str], str | None]] = []
    for m in _INTRO.finditer(body):
        classes = _title_class(m.group("title"))
        if classes:
            of = m.group("of") or m.group("title").rpartition(" of ")[2]
            country = nation(m.group("nat")) or nation(of)
            found.append((m.start("name"), m.group("name"), classes, country))
    for m in _COUNTERPART.finditer(body):
        before = [f for f in found if f[0] < m.start()]
        if before and nation(m.group("nat")):  # the title of the holder it is a peer of
            found.append((m.start("name"), m.group("name"), before[-1][2], nation(m.group("nat"))))
    found.sort()
    return found


_PEER = re.compile(
    r"^(?:[Hh]is|[Hh]er|[Tt]heir) (?P<nat>[A-Z][a-z]+) (?:counterpart|colleague|homologue)$"
)


def counterpart(subject: str, body: str, at: int) -> Resolved | None:
    """ "Her Lithuanian colleague" as a subject: the one holder introduced before ``at``
    with that nationality, or None."""
    if "counterpart" not in subject and "colleague" not in subject and "homologue" not in subject:
        return None
    m = _PEER.match(subject.strip())
    country = nation(m.group("nat")) if m is not None else None
    if country is None:
        return None
    names = {n for a, n, _, k in introductions(body) if a < at and k == country}
    return Resolved(names.pop(), "person") if len(names) == 1 else None


_LED = re.compile(r"^[Tt]he (?:leader|chief) of the (?P<org>[A-Z][\w-]+)$")


def leader(body: str, org: str, at: int) -> str | None:
    """The one person introduced before ``at`` as ORG's leader ("League leader X", "the
    leader of the League, X")."""
    pattern = re.compile(
        rf"\b(?:{re.escape(org)} (?:leader|chief)|(?:leader|chief) of the {re.escape(org)}"
        rf"(?: party| movement)?,?) (?P<name>{NAME}(?: {NAME}){{1,2}})"
    )
    names = {m.group("name") for m in pattern.finditer(body, 0, at)}
    return names.pop() if len(names) == 1 else None


def led_by(subject: str, body: str, at: int) -> Resolved | None:
    """ "the leader of the League" as a subject: its introduced leader, or None."""
    m = _LED.match(subject.strip()) if "of the " in subject else None
    name = leader(body, m.group("org"), at) if m is not None else None
    return Resolved(name, "person") if name else None

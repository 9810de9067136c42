"""A body's country or region told after its name or before its sentence (statement round 40,
``dev_articles69`` / ``dev_statements65``).

Literal translations of French, Italian and Spanish copy qualify a body the way their source
language does, after the noun or in a fronted adverbial, and the readers before this pass
keep the bare body ("Ministry of Defence of Moscow", "Prosecutor's Office"):

- "the BODY of / in CAPITAL" is the country's body, for any capital of the table below and a
  capitalised body ("the Ministry of Defence of Moscow" -> "Russian Defence Ministry", "the
  Ministry of Foreign Affairs in Warsaw" -> "Polish Ministry of Foreign Affairs");
- "On the ADJ side, the BODY VERB ..." is the ADJ body ("On the Russian side, the Ministry of
  Defence affirmed" -> "Russian Defence Ministry");
- "the BODY of the NAME region" is the regional body "NAME regional BODY" (the speaker
  naming convention's form: "Dnipropetrovsk regional prosecutor's office");
- "American BODY" is the table's "US BODY" ("the American Central Command");
- "the NAME hospital of TOWN" speaks as "NAME hospital" (the labelled sets' form).

Each rename is a pure function of the speaker and its sentence; the table's canonical form
wins wherever the registry knows the qualified name.
"""

from __future__ import annotations

import re

from pipeline.extract.speakers import Speakers

__all__ = ["CAPITALS", "rename"]

CAPITALS: dict[str, str] = {
    "Moscow": "Russian", "Kyiv": "Ukrainian", "Kiev": "Ukrainian", "Rome": "Italian",
    "Madrid": "Spanish", "Paris": "French", "Berlin": "German", "Warsaw": "Polish",
    "London": "British", "Washington": "US", "Beijing": "Chinese", "Tokyo": "Japanese",
    "Ankara": "Turkish", "Tehran": "Iranian", "Beirut": "Lebanese", "Damascus": "Syrian",
    "Minsk": "Belarusian", "Bucharest": "Romanian", "Chisinau": "Moldovan",
    "Budapest": "Hungarian", "Prague": "Czech", "Vilnius": "Lithuanian", "Riga": "Latvian",
    "Tallinn": "Estonian", "Helsinki": "Finnish", "Stockholm": "Swedish", "Oslo": "Norwegian",
    "Copenhagen": "Danish", "Lisbon": "Portuguese", "Athens": "Greek", "Sofia": "Bulgarian",
    "Bratislava": "Slovak", "Vienna": "Austrian", "Cairo": "Egyptian", "Amman": "Jordanian",
    "Doha": "Qatari", "Riyadh": "Saudi", "Seoul": "South Korean", "Islamabad": "Pakistani",
    "Khartoum": "Sudanese",
}  # fmt: skip
"""Capitals and the adjective of their country's bodies."""

_HEADS = frozenset(
    {"Ministry", "Defence", "Defense", "Foreign", "General", "Air", "Navy", "Army", "National"}
)
"""First words of a capitalised national body ("Ministry of ...", "Defence Ministry")."""
_OF_CAPITAL = re.compile(
    r"^(?:[Tt]he[ \t]+)?(?P<b>[A-Z][\w'’ -]+?)[ \t]+(?:of|in)[ \t]+(?P<c>[A-Z]\w+)$"
)
_SIDE = re.compile(
    r"^On[ \t]+the[ \t]+(?P<a>[A-Z][a-z]+)[ \t]+side,[ \t]+the[ \t]+(?P<b>[^,]{3,60}?)[ \t]"
)
_OF_PLACE = re.compile(r"^(?P<b>[Cc]ivil[ \t]+[Dd]efen[cs]e)[ \t]+of[ \t]+(?P<p>[A-Z][\w'’-]+)$")
"""A lowercase body and its place: "civil defence of Gaza" (the table's "Gaza civil defence")."""
_HOSPITAL = re.compile(r"^(?P<h>(?:[A-Z][\w'’-]*[ \t]+)+[Hh]ospital)[ \t]+of[ \t]+[A-Z][\w'’ -]+$")


def rename(speakers: Speakers, speaker: str, sentence: str, at: int) -> str:
    """``speaker`` with the country or region its sentence gives it, else unchanged."""
    if " of " in speaker or " in " in speaker:
        if (m := _OF_CAPITAL.match(speaker)) is not None and m.group("c") in CAPITALS:
            body = m.group("b")
            if body.split()[0] in _HEADS:
                return _qualified(speakers, CAPITALS[m.group("c")], body, at)
        if (m := _HOSPITAL.match(speaker)) is not None:
            return m.group("h")
        if (m := _OF_PLACE.match(speaker)) is not None:
            placed = f"{m.group('p')} {m.group('b')}"
            return speakers.named(placed, at) or placed
    if speaker.startswith("American "):
        us = speakers.named("US " + speaker[9:], at)
        if us is not None:
            return us
    if " region" in sentence:
        regional = _region(speaker, sentence)
        if regional is not None:
            return regional
    if sentence.startswith("On the ") and " side, the " in sentence[:40]:
        m = _SIDE.match(sentence)
        if m is not None and sentence[m.start("b") :].lower().startswith(speaker.lower() + " "):
            adjective = m.group("a")
            if adjective.endswith(("ian", "ish", "ese", "ean", "ic", "an", "i")):
                return _qualified(speakers, adjective, speaker, at)
    return speaker


def _qualified(speakers: Speakers, adjective: str, body: str, at: int) -> str:
    """The table's form of "ADJ BODY" if it lists one, else "ADJ BODY" as written."""
    named = f"{adjective} {body}"
    return speakers.named(named, at) or speakers.canonical(named)


def _region(speaker: str, sentence: str) -> str | None:
    """ "the Prosecutor's Office of the Kharkiv region" -> "Kharkiv regional prosecutor's
    office" (a bare body the sentence qualifies right after its name)."""
    if speaker[:1].islower() or len(speaker.split()) > 4:
        return None
    if speaker not in sentence:
        return None  # the pattern below starts with the speaker as written
    tail = r"[ \t]+of[ \t]+the[ \t]+(?P<r>[A-Z][\w'’-]+)[ \t]+(?:region|oblast)\b"
    m = re.search(re.escape(speaker) + tail, sentence)
    if m is None:
        return None
    return f"{m.group('r')} regional {speaker.lower()}"

"""Last touches to a resolved speaker from what the sentence and the story around it say.

Translated agency copy (AFP's French desk, ANSA, EFE, Agerpres, Arabic outlets, German
tickers) refers back to a body in ways the name registry cannot see on its own:

* "the same military source", "the same network": the source that spoke last (of that kind);
* "the Russian ministry": the ministry of that country that spoke last;
* "the Al-Masirah channel": the channel's own name;
* "the respective regional authorities" after a list of regions: no place qualifier;
* "the health ministry of the territory / enclave / Strip" in a Gaza story: Gaza's;
* "the rescue service said" when Magen David Adom is named in the clause it reports;
* "the city council" / "the city military administration": the city its sentence names
  ("In Kherson city itself, ...") or, with none, the story's dateline city;
* "Hamas" after the registry took "Senior Hamas" (a title word opening a sentence) for a
  person: the group itself.

Everything here takes a speaker the main pass already resolved and returns it changed only
when one of these shapes is present; nothing here finds new cues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract import _s37open
from pipeline.extract._apposed import Resolved
from pipeline.extract._lexicon import DEMONYMS
from pipeline.extract._roles import ALIASES, TABLE_HEADS, norm
from pipeline.extract.model import Document

__all__ = ["refine", "unresolved"]

_SAME = re.compile(r"(?i)^(?:the )?same (?:(\w+) )?(source|sources|network|agency|outlet)$")
_KIND_WORDS = {
    "military": ("army", "military", "forces", "armed"),
    "medical": ("doctor", "health", "medical", "hospital"),
    "security": ("security", "police", "intelligence", "military", "army"),
}
_BARE_MINISTRY = re.compile(r"^(?:the )?([A-Z][a-z]+) ministry$")
_CHANNEL = re.compile(r"^([A-Z][\w'-]*(?: [A-Z][\w'-]*)*) (?:channel|broadcaster)$")
_RESPECTIVE = re.compile(r"(?i)^(?:the )?respective ((?:\w+ )?\w+)$")
_TERRITORY = re.compile(
    r"(?i)^(?:the )?(health ministry|ministry of health) of the (?:territory|enclave|strip)$"
)
_TERRITORY_CUT = re.compile(r"(?i)^(?:the )?health ministry of the$")  # cut before "territory"
_OPENING_COUNTRY = re.compile(r"^([A-Z][a-z]+), (?:for its part|in turn|meanwhile|however),")
_DEFENCE_OF = re.compile(r"^Ministry of Defen[cs]e$")
_SERVICES = ("rescue service", "ambulance service", "emergency service")
_CITY_BODIES = ("city council", "city military administration", "city administration")
_CITY_IN_SENTENCE = re.compile(r"\b[Ii]n ([A-Z][a-z]+(?:-[A-Z][a-z]+)?) city\b")
_DATELINE = re.compile(r"^([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+)?)(?:,| \()")
_NAME = r"[A-Z][\w'’-]+(?:[ ](?:(?:al|el|bin|ibn|abu)-?[\w'’-]+|[A-Z][\w'’-]+)){1,3}"
_AFTER_NAME = re.compile(rf", ({_NAME})(?:,| (?:on|in|at|during|to)\b|\.|$)")
_OFFICES = {
    "deputy premier": ("deputy premier", "deputy prime minister", "vice-premier", "vice premier"),
    "deputy prime minister": ("deputy prime minister", "deputy premier", "vice-premier"),
    "vice-premier": ("vice-premier", "vice premier", "deputy prime minister", "deputy premier"),
    "first deputy prime minister": ("first deputy prime minister", "first deputy premier"),
}
_AIRPORT = re.compile(r"^(?:[A-Z][a-z]+(?:'s|’s) )([A-Z][a-z]+(?:-[A-Z][a-z]+)? airport)$")
_STUDY_BY = re.compile(
    r"^(?:an? (?:analysis|study|estimate|assessment|calculation)s? (?:by|of) )?(?:the )?"
    r"([A-Z][\w'’-]*(?: (?:of|for|and|of the) [A-Z][\w'’-]*| [A-Z][\w'’-]*)*)$"
)
_INSTITUTES = frozenset({"School", "Institute", "University", "Centre", "Center", "Foundation"})
_TITLE_WORDS = frozenset({"Senior", "Top", "Veteran", "Leading"})


def refine(
    subject: str, resolved: Resolved, doc: Document, index: int, earlier: Sequence[str]
) -> Resolved:
    """``resolved`` (the speaker of a cue in sentence ``index``) with the shapes above put
    right; ``earlier`` lists the speakers of the attributed sentences before, in order."""
    sentence, body = doc.sentences[index].text, doc.body
    text = subject.strip()
    lowered = text.lower()
    if (airport := _s37open.airport(text, resolved.canonical, sentence)) is not None:
        return Resolved(airport, "org")  # "according to the Sheremetyevo airport" (round 37)
    if text.startswith("Its ") and index and resolved.kind == "org":
        owned = _owned_by_opening(text[4:], doc.sentences[index - 1].text)
        return owned or _table_form(resolved)
    # Each regex below runs only when a literal it needs is present (most subjects have
    # none); the literals avoid "s" and "i", which (?i) also matches as "ſ", "ı" and "İ".
    if "ame " in lowered and (same := _SAME.match(text)) is not None:
        return _same_source(same.group(1), same.group(2), earlier) or resolved
    if " ministry" in text and (bare := _BARE_MINISTRY.match(text)) is not None:
        adjective = bare.group(1)
        for name in reversed(earlier):
            if name.startswith(f"{adjective} ") and "inistry" in name:
                return Resolved(name, "org")
        return resolved
    channeled = " channel" in resolved.canonical or " broadcaster" in resolved.canonical
    if channeled and (channel := _CHANNEL.match(resolved.canonical)) is not None:
        return Resolved(channel.group(1), resolved.kind)  # "the Al-Masirah channel"
    if "pect" in lowered and (respective := _RESPECTIVE.match(text)) is not None:
        return Resolved(respective.group(1), "generic")  # no place: several were named
    if "health" in lowered and (_TERRITORY.match(text) or _TERRITORY_CUT.match(text)):
        if "Gaza" in sentence:
            return Resolved("Gaza health ministry", "org")
        return resolved
    if lowered.removeprefix("the ") in _SERVICES:
        clause = sentence
        for canonical, heads in TABLE_HEADS.items():
            if lowered.removeprefix("the ") in heads and canonical in clause:
                return Resolved(canonical, "org")  # "MDA medics ..., the rescue service said"
        return resolved
    city_body = _city_body(resolved.canonical)
    if city_body is not None and lowered.startswith("the "):
        place = _CITY_IN_SENTENCE.search(sentence)
        if place is not None:
            return Resolved(f"{place.group(1)} {city_body}", "org")
        owner = resolved.canonical[: -len(city_body)].strip()
        if owner.isupper():  # "ODESA city council": the dateline's capitals
            return Resolved(f"{owner.title()} {city_body}", "org")
        if resolved.canonical == city_body and (line := _DATELINE.match(body)) is not None:
            return Resolved(f"{line.group(1).title()} {city_body}", "org")
        return resolved
    if lowered.startswith("the ") and (named := _apposed_name(text, sentence)) is not None:
        return named  # "..., wrote the member of the bureau of X, NAME, on ..."
    if resolved.kind != "person" and lowered.startswith("the "):
        start = doc.sentences[index].start
        return _second_office(text[4:], body, start) or resolved
    words = resolved.canonical.split()
    if (
        resolved.kind == "person"
        and len(words) == 2
        and words[0] in _TITLE_WORDS
        and text == words[1]
    ):
        return Resolved(words[1], "org")  # "Hamas denied ...", not "Senior Hamas"
    return resolved


def _same_source(kind: str | None, noun: str, earlier: Sequence[str]) -> Resolved | None:
    """The speaker that spoke last, of the named kind when one is given."""
    if not earlier:
        return None
    wanted = _KIND_WORDS.get(kind.lower(), ()) if kind else ()
    if noun == "network":
        wanted = ("network",)
    for name in reversed(earlier):
        low = name.lower()
        if not wanted or any(w in low for w in wanted):
            return Resolved(name, "org")
    return None


def _city_body(canonical: str) -> str | None:
    """The city body ``canonical`` names ("Odesa city military administration" -> "city
    military administration"), or None."""
    for name in _CITY_BODIES:
        if canonical == name or canonical.endswith(f" {name}"):
            if canonical.endswith(f" {name}") and "city" in canonical[: -len(name)]:
                continue
            return name
    return None


def _owned_by_opening(rest: str, before: str) -> Resolved | None:
    """ "Russia, for its part, did not comment. Its Ministry of Defence reported ...": the
    country the sentence before opens with owns the body."""
    opening = _OPENING_COUNTRY.match(before)
    if opening is None or (demonym := DEMONYMS.get(opening.group(1).lower())) is None:
        return None
    if _DEFENCE_OF.match(rest):
        rest = "Defence Ministry"
    return _table_form(Resolved(f"{demonym} {rest}", "org"))


def _table_form(found: Resolved) -> Resolved:
    """The table's canonical form of ``found`` ("Russian Ministry of Defence" -> "Russian
    Defence Ministry"), else ``found``."""
    entry = ALIASES.get(norm(found.canonical))
    if entry is None and " Ministry of Defen" in found.canonical:
        demonym = found.canonical.split(" Ministry of ", 1)[0]
        entry = ALIASES.get(norm(f"{demonym} Defence Ministry"))
    return Resolved(entry.canonical, entry.kind) if entry is not None else found


def _apposed_name(subject: str, sentence: str) -> Resolved | None:
    """ "..., wrote the member of the political bureau of Ansar Allah, Mohammed al-Bukhaiti,
    on the X platform": the name set after an inverted subject's office."""
    if " of " not in subject or not subject[4:5].islower():
        return None
    at = sentence.find(subject)
    if at < 0:
        return None
    found = _AFTER_NAME.match(sentence, at + len(subject))
    return Resolved(found.group(1), "person") if found is not None else None


def _second_office(title: str, body: str, start: int) -> Resolved | None:
    """ "the deputy premier" after "Foreign Minister and Deputy Prime Minister Antonio
    Tajani": the person an earlier sentence gave that office to, right before the name."""
    spellings = _OFFICES.get(title.lower())
    if spellings is None:
        return None
    before = body[:start]
    best: tuple[int, str] | None = None
    for spelling in spellings:
        for found in re.finditer(rf"(?i:\b{re.escape(spelling)}) ({_NAME})", before):
            if best is None or found.start() > best[0]:
                best = (found.start(), found.group(1))
    if best is None:
        return None
    entry = ALIASES.get(norm(best[1]))
    return Resolved(entry.canonical if entry else best[1], "person")


def unresolved(subject: str) -> Resolved | None:
    """A speaker for a cue subject the registry left unresolved: "Moscow's Vnukovo airport"
    (the airport), "an analysis by the Kyiv School of Economics" (the school)."""
    text = subject.strip()
    if (airport := _AIRPORT.match(text)) is not None:
        return Resolved(airport.group(1), "org")
    study = _STUDY_BY.match(text)
    if study is not None and _INSTITUTES.intersection(study.group(1).split()):
        return Resolved(study.group(1), "org")
    return None

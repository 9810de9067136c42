"""Attackers, targets and locations named in a clause, normalised to one spelling.

"Russian", "Russians", "the Russian army" all mean Russia to an event consumer;
"Kiev" is Kyiv; "the Kherson region" is "Kherson region". Look-ups are cached: the
detectors ask about the same sentences and clauses again and again. Names on these lists are
returned, and otherwise only a capitalised name the text itself introduces as a
place ("the Shostka community", "the town of Shebekino"), so a capitalised word
that is no place never becomes one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pipeline.extract.model import Document

_ACTORS: dict[str, tuple[str, ...]] = {
    "Russia": (
        "russia",
        "russia's",
        "russia’s",
        "russian",
        "russians",
        "russian federation",
        "moscow",
        "moscow's",
        "moscow’s",
        "kremlin",
    ),
    "Ukraine": ("ukraine", "ukraine's", "ukraine’s", "ukrainian", "ukrainians", "kyiv's"),
    "Belarus": ("belarus", "belarusian"),
    "Israel": ("israel", "israeli", "israelis"),
    "Iran": ("iran", "iranian"),
    "Hamas": ("hamas",),
    "Hezbollah": ("hezbollah",),
    "Houthis": ("houthi", "houthis"),
    "India": ("india", "indian"),
    "Pakistan": ("pakistan", "pakistani"),
}
_ACTOR_OF = {alias: name for name, aliases in _ACTORS.items() for alias in aliases}

_CITIES: dict[str, tuple[str, ...]] = {
    "Kyiv": ("kyiv", "kiev"),
    "Odesa": ("odesa", "odessa"),
    "Kharkiv": ("kharkiv", "kharkov"),
    "Zaporizhzhia": ("zaporizhzhia", "zaporizhia", "zaporozhye"),
    "Mykolaiv": ("mykolaiv", "nikolaev"),
    "Dnipro": ("dnipro",),
    "Dnipropetrovsk": ("dnipropetrovsk",),
    "Lviv": ("lviv", "lvov"),
    "Kryvyi Rih": ("kryvyi rih", "krivoy rog"),
    "Gaza Strip": ("gaza strip", "gaza"),
    "Red Sea": ("red sea",),
    "Black Sea": ("black sea",),
    "Moscow": ("moscow",),
    "Lebanon": ("lebanon",),
    "West Bank": ("west bank",),
}
_SIMPLE_PLACES = (
    "Kherson", "Sumy", "Chernihiv", "Poltava", "Donetsk", "Luhansk", "Kramatorsk", "Sloviansk",
    "Bakhmut", "Avdiivka", "Pokrovsk", "Kupiansk", "Vinnytsia", "Zhytomyr", "Khmelnytskyi",
    "Rivne", "Lutsk", "Ternopil", "Ivano-Frankivsk", "Uzhhorod", "Chernivtsi", "Kropyvnytskyi",
    "Cherkasy", "Nikopol", "Izium", "Mariupol", "Melitopol", "Crimea", "Sevastopol", "Belgorod",
    "Kursk", "Bryansk", "Rostov", "Voronezh", "Kirovohrad", "Chasiv", "Toretsk", "Kostiantynivka",
    "Vovchansk", "Pavlohrad", "Bilhorod-Dnistrovskyi", "Izmail", "Huliaipole", "Orikhiv", "Lyman",
    "Siversk", "Kupyansk",
    # Cities of the Israel, Lebanon and Yemen copy: "one missile wounded 16 people in Tel Aviv"
    "Tel Aviv", "Haifa", "Eilat", "Beersheba", "Ashkelon", "Ashdod", "Sderot", "Nahariya",
    "Kiryat Shmona", "Metula", "Hodeidah", "Sanaa",
)  # fmt: skip
_PLACE_OF = {alias: name for name, aliases in _CITIES.items() for alias in aliases}
_PLACE_OF.update({p.lower(): p for p in _SIMPLE_PLACES})
_PLACE_OF.update({"ukraine": "Ukraine", "russia": "Russia", "belarus": "Belarus"})


def _alt(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_ACTOR_RE = re.compile(
    rf"\b(?:the\s+)?(?P<name>{_alt(_ACTOR_OF)})(?:\s+(?:army|military|forces|troops|"
    r"federation|side|invaders|occupiers|occupation\s+forces|aircraft|air\s+force|navy))?\b",
    re.IGNORECASE,
)
_PLACE = (
    rf"(?:the\s+)?(?:(?:[\w’'-]+\s+)?(?:city|town|village|region|province|outskirts|centre|"
    rf"center|suburbs|territory|territories|area)\s+of\s+(?:the\s+)?)?"
    rf"(?P<place>{_alt(_PLACE_OF)})(?![\w'’-])(?:\s+(?P<suffix>region|oblast|province|district))?"
)
_TARGET_RE = re.compile(
    r"\b(?:at|on|against|targeting|targeted|into|to|towards|toward|over|across|attack(?:ed|ing|s)?|"
    r"shell(?:ed|ing|s)?|struck|strikes?|hit|hitting|pounded|pounding|bombed|bombing)\s+" + _PLACE,
    re.IGNORECASE,
)

# ... also "the city of Kherson", "the port infrastructure of Odesa region", "the outskirts of X".
_LOCATED_RE = re.compile(
    r"\b(?:in|near|outside|around|across|on|at|(?:infrastructure|ports?|city|town|village|"
    r"outskirts|cent(?:re|er)|suburbs?)\s+of)\s+" + _PLACE,
    re.IGNORECASE,
)


def actor(name: str) -> str | None:
    """Canonical actor for a word or phrase ("Russians" -> "Russia"), or None."""
    m = _ACTOR_RE.fullmatch(name.strip())
    return _ACTOR_OF[m.group("name").lower()] if m else None


@lru_cache(maxsize=2048)
def last_actor(text: str) -> str | None:
    """The last actor named in ``text`` (the subject nearest a following verb)."""
    found = None
    for m in _ACTOR_RE.finditer(text):
        found = _ACTOR_OF[m.group("name").lower()]
    return found


@lru_cache(maxsize=2048)
def first_actor(text: str) -> str | None:
    """The first actor named in ``text``."""
    m = _ACTOR_RE.search(text)
    return _ACTOR_OF[m.group("name").lower()] if m else None


def _place_name(m: re.Match[str]) -> str:
    name = _PLACE_OF[m.group("place").lower()]
    suffix = m.group("suffix")
    return f"{name} region" if suffix and name not in ("Ukraine", "Russia", "Belarus") else name


_DEMONYM_TARGET_RE = re.compile(
    r"\b(?:at|on|against|targeting|attack(?:ed|ing|s)?|struck|hit|pounded|shelled)\s+"
    rf"(?:the\s+)?(?P<name>{_alt(_ACTOR_OF)})\s+(?:army\s+|military\s+|front-line\s+)?"
    r"(?:positions|troops|forces|cities|towns|villages|territory|infrastructure|regions)\b",
    re.IGNORECASE,
)
# A place not on the lists, introduced as one: "the border town of Shebekino".
_NAMED_SETTLEMENT_RE = re.compile(
    r"\b(?:city|town|village|settlement)\s+of\s+((?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))",
    re.IGNORECASE,
)
_DEFENDER_RE = re.compile(
    rf"\b(?P<name>{_alt(_ACTOR_OF)})\s+(?:air\s+(?:defen[cs]es?|force)|military|"
    r"defen[cs]e\s+ministry|air\s+defen[cs]e\s+(?:systems|forces|units))\b",
    re.IGNORECASE,
)


# A place not on the lists, introduced by its kind: "in the Shostka community", "over
# the Lipetsk region". Region-like suffixes read as "region", as listed places do.
_UNLISTED_RE = re.compile(
    r"\b(?:at|on|in|over|against|targeting|into|attack(?:ed|ing|s)?|shell(?:ed|ing|s)?|struck|"
    r"hit|pounded|targeted)\s+(?:the\s+)?(?P<name>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?)\s+"
    r"(?P<kind>regions?|oblasts?|provinces?|districts?|communit(?:y|ies)|hromadas?)\b",
    re.IGNORECASE,
)
_IN_DISTRICT_RE = re.compile(
    r"\bin\s+the\s+(?P<name>(?-i:[A-Z][\w’'-]+))\s+(?P<kind>district|community|hromada)\b",
    re.IGNORECASE,
)
_CAPITALS = {"Ukraine": "Kyiv", "Russia": "Moscow", "Lebanon": "Beirut", "Iran": "Tehran"}
_CAPITAL_RE = re.compile(
    r"\b(?:at|on|against|targeting|into|over|to|towards?|attack(?:ed|ing|s)?|struck|hit|"
    r"pounded|shelled)\s+the\s+(?:\w+\s+)?capital\b",
    re.IGNORECASE,
)


def _unlisted(text: str) -> str | None:
    m = _UNLISTED_RE.search(text)
    if m is None or m.group("name").lower() in _ACTOR_OF:
        return None
    kind = m.group("kind").lower()
    suffix = "community" if kind.startswith(("commun", "hromad")) else "region"
    return f"{m.group('name')} {suffix}"


@lru_cache(maxsize=2048)
def capital_of(text: str, attacker: str | None) -> str | None:
    """The capital "the capital" in ``text`` means, when the country is clear.

    The attacked country is the one named in ``text`` other than the attacker;
    with none named, Russia's attacks mean Kyiv and Ukraine's mean Moscow.
    """
    if _CAPITAL_RE.search(text) is None:
        return None
    for m in _ACTOR_RE.finditer(text):
        country = _ACTOR_OF[m.group("name").lower()]
        if country != attacker and country in _CAPITALS:
            return _CAPITALS[country]
    return {"Russia": "Kyiv", "Ukraine": "Moscow"}.get(attacker or "")


@lru_cache(maxsize=2048)
def target(text: str) -> str | None:
    """The first place ``text`` names as a target ("at Ukraine", "shelled Kherson").

    A demonym with positions or towns ("on Ukrainian positions") names the country.
    """
    m = _TARGET_RE.search(text)
    if m is not None:
        return _place_name(m)
    unlisted = _unlisted(text)
    if unlisted is not None:
        return unlisted
    d = _DEMONYM_TARGET_RE.search(text)
    if d is not None:
        return _ACTOR_OF[d.group("name").lower()]
    named = _NAMED_SETTLEMENT_RE.search(text)
    return named.group(1) if named else None


@lru_cache(maxsize=2048)
def defender(text: str) -> str | None:
    """The country whose air defence or military reports in ``text`` ("Ukraine's air force")."""
    m = _DEFENDER_RE.search(text)
    return _ACTOR_OF[m.group("name").lower()] if m else None


@lru_cache(maxsize=2048)
def located(text: str) -> str | None:
    """The first place ``text`` puts something in ("in Kharkiv", "near Bakhmut"), else a
    district or community the places list lacks ("In the Solomianskyi district, ...")."""
    m = _LOCATED_RE.search(text)
    if m is not None:
        return _place_name(m)
    if "istrict" not in text and "ommunit" not in text and "hromada" not in text:
        return None
    d = _IN_DISTRICT_RE.search(text)
    return f"{d.group('name')} {d.group('kind').lower()}" if d is not None else None


# "- Sumy region: 4 injured": a tally line labelled by its place.
_LINE_LABEL = re.compile(
    r"\s*[-•*–]\s*(?P<place>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"(?:\s+(?:region|oblast|province|district|governorate))?)\s*:",
    re.IGNORECASE,
)


def line_start(text: str, start: int) -> int:
    """Where a record's evidence starts: the whole line for a tally line ("- Sumy region:
    4 injured"), so the line's label travels with it, else ``start``."""
    return 0 if _LINE_LABEL.match(text) is not None else start


# "the occupiers"/"the invaders" is Ukrainian officials' name for Russian forces.
_UKRAINE_SIDE = re.compile(r"ukrain|kyiv|zelensk|general\s+staff|occupier|invader", re.IGNORECASE)
_RUSSIA_SIDE = re.compile(
    r"russia(?:'s|’s|n)\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military)"
    r"|defen[cs]e\s+ministry\s+in\s+moscow|kremlin",
    re.IGNORECASE,
)
_ENEMY_RE = re.compile(r"\b(?:enemy|occupiers|invaders)\b", re.IGNORECASE)


def enemy_of(context: str) -> str | None:
    """Who "the enemy" is in a report: Russia when the report is Ukrainian, else unknown."""
    if _UKRAINE_SIDE.search(context) and not _RUSSIA_SIDE.search(context):
        return "Russia"
    return None


def names_enemy(text: str) -> bool:
    """True when ``text`` calls the attacker "the enemy" (or "the occupiers")."""
    return _ENEMY_RE.search(text) is not None


# A capitalised name right after "at"/"on"/an attack verb: a settlement too small for
# the lists ("fired 12 rockets at Marhanets"). Weekdays, months and media are not places.
_NAMED_AFTER_RE = re.compile(
    r"\b(?:at|on|against|targeting|targeted|attack(?:ed|ing)?|struck|hit|shelled|pounded|"
    r"bombed)\s+(?P<name>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?)",
    re.IGNORECASE,
)
_NOT_PLACES = frozenset(
    (
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "telegram", "x", "facebook",
        "twitter", "instagram", "youtube", "tv", "the", "a", "an", "its", "their", "his", "her",
    )
)  # fmt: skip
# "on Rapid Support Forces positions": a name used as an adjective, or a longer name, is
# an organisation, not a place.
_NOT_PLACE_AFTER = re.compile(
    r"\s+(?:(?-i:[A-Z])|(?:positions?|targets?|forces|troops|units?|bases?|facilit(?:y|ies)|"
    r"infrastructure|fighters|militants|camps?|headquarters|depots?|members|leaders?)\b)",
    re.IGNORECASE,
)
_ANY_PLACE_RE = re.compile(rf"\b{_PLACE}", re.IGNORECASE)
_REGION_NAME_RE = re.compile(
    r"\b(?P<name>(?-i:[A-Z][\w’'-]+))\s+(?:regions?|oblasts?|provinces?)\b", re.IGNORECASE
)


@lru_cache(maxsize=2048)
def named_target(text: str) -> str | None:
    """An unlisted place ``text`` attacks by name ("at Marhanets"), or None.

    Asked only after :func:`target` found no listed place, so the name is no
    actor, weekday, month or messaging app.
    """
    for m in _NAMED_AFTER_RE.finditer(text):
        words = m.group("name").split()
        while words and words[-1].lower() in _NOT_PLACES:
            words.pop()
        if (
            words
            and words[0].lower() not in _NOT_PLACES
            and words[0].lower() not in _ACTOR_OF
            and (
                len(words) < len(m.group("name").split())
                or not _NOT_PLACE_AFTER.match(text, m.end())
            )
        ):
            return " ".join(words)
    return None


@lru_cache(maxsize=2048)
def place_in(text: str) -> str | None:
    """The first listed or region-like place ``text`` names anywhere ("the Bryansk region")."""
    m = _ANY_PLACE_RE.search(text)
    if m is not None:
        return _place_name(m)
    m = _REGION_NAME_RE.search(text)
    if m is None or m.group("name").lower() in _ACTOR_OF:
        return None
    return f"{m.group('name')} region"


def paragraph_place(doc: Document, idx: int) -> str | None:
    """The place the earlier sentences of sentence ``idx``'s paragraph put things in ("In
    Kherson Oblast, Russian forces shelled ..." for "..., where one man was killed"): a
    roundup gives each region its paragraph, so two equal tolls there are two events."""
    para = doc.sentences[idx].paragraph
    for back in range(idx - 1, -1, -1):
        sent = doc.sentences[back]
        if sent.paragraph != para:
            return None
        place = located(sent.text)
        if place is not None:
            return place
    return None


# "fired four HIMARS rockets at Vasilyevka": a town the places list lacks, named as the
# target of the attack that harmed them (so an equal toll from another town stays apart).
_FIRED_AT = re.compile(
    r"\b(?:rockets|missiles|drones|shells|bombs)\s+(?:at|on)\s+"
    r"(?P<name>(?-i:[A-Z])[a-z'’]+(?:-(?-i:[A-Z])?[a-z'’]+)?)\b(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_NOT_TOWNS: frozenset[str] = frozenset(
    (
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("Ukraine", "Russia", "Israel", "Gaza", "Lebanon", "Syria", "Iran", "Yemen", "Sudan"),
    )
)


def harm_place(doc: Document, idx: int, clause: str) -> str | None:
    """Where the casualties of ``clause`` (in sentence ``idx``) were: the place it or its
    sentence puts them in, else the town its attack was fired at, else the paragraph's."""
    text = doc.sentences[idx].text
    found = located(clause) or located(text)
    if found is None and (" at " in text or " on " in text):
        m = _FIRED_AT.search(text)
        if m is not None and m.group("name") not in _NOT_TOWNS:
            return m.group("name")
    return found or paragraph_place(doc, idx)

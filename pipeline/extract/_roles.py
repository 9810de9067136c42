"""The speaker table, title scopes, and the place a generic institution or role belongs to.

Wire copy names a local body or office once ("the Sumy regional military administration",
"the governor of the southern Mykolaiv region") and then leaves the place to the reader
("the regional military administration said", "its governor said"). Labels name the
speaker the way a reader understands it, so a generic body or role is qualified by the
place the text ties it to: in the phrase itself, else in the same sentence. A national
institution ("the Defence Ministry", "the military") takes its country the same way.
Pure functions over strings; :mod:`pipeline.extract._names` decides when to ask. The
regional and city half (places inside a country) lives in :mod:`pipeline.extract._locality`.
"""

from __future__ import annotations

import csv
import io
import re
from importlib import resources
from typing import Literal, NamedTuple

from pipeline.extract import _lexicon as lex
from pipeline.extract._s28translit import romance_spellings as romance
from pipeline.extract._translit import czech_spellings, german_spellings

Kind = Literal["person", "org", "pronoun", "generic", "other"]

_TITLES = lex.TITLES
_COUNTRIES = lex.COUNTRIES
_NON_NAME = lex.NON_NAME
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


class Entry(NamedTuple):
    """One row of ``data/speakers.csv``."""

    canonical: str
    kind: Kind
    gender: str | None


def norm(text: str) -> str:
    """Lower-case key with typographic apostrophes folded."""
    return text.replace("’", "'").lower()


def lowered(entry: Entry, tail: list[str]) -> bool:
    """A body's long name lower-cased in translation ("the operational command of the Polish
    armed forces"): four words or more, one still capitalised."""
    return entry.kind == "org" and len(tail) >= 4 and any(t[:1].isupper() for t in tail)


def bare(token: str) -> str:
    """``token`` without a possessive ending ("Ukraine's" -> "Ukraine"); no regex per token."""
    if not token.endswith(_POSSESSIVE_ENDS):
        return token
    return token[:-2] if token[-1] == "s" else token[:-1]


def _load_table() -> tuple[dict[str, Entry], dict[tuple[str, str], str]]:
    """Read ``data/speakers.csv``: alias -> entry, and (country, role) -> canonical."""
    aliases: dict[str, Entry] = {}
    roles: dict[tuple[str, str], str] = {}
    # Through the package, not __file__: a compiled module's __file__ names its build.
    text = resources.files("pipeline.extract").joinpath("data/speakers.csv").read_text("utf-8")
    people: list[tuple[str, Entry]] = []
    with io.StringIO(text, newline="") as fh:
        for row in csv.DictReader(fh):
            kind: Kind = "org" if row["kind"] == "org" else "person"
            entry = Entry(row["canonical"], kind, row["gender"] or None)
            for alias in [row["canonical"], *row["aliases"].split("|")]:
                if alias:
                    aliases.setdefault(norm(alias), entry)
                    if kind == "person":
                        people.append((alias, entry))
            for role in filter(None, row["roles"].split("|")):
                scope_, _, name = role.partition(":")
                roles[(scope_ if scope_.isupper() else scope_.lower(), name)] = entry.canonical
    for alias, entry in people:  # after the table: its own aliases always win
        for spelling in (*german_spellings(alias), *czech_spellings(alias), *romance(alias)):
            aliases.setdefault(norm(spelling), entry)
    return aliases, roles


ALIASES, ROLE_TABLE = _load_table()
TABLE_HEADS: dict[str, set[str]] = {}
"""Institution heads of the table's organisations, from their aliases ("IAEA" -> agency;
"Magen David Adom ambulance service" -> service and "ambulance service")."""
for _alias, _entry in ALIASES.items():
    if _entry.kind == "org":
        _words_of = _alias.split()
        if _words_of[-1] in lex.DISCOURSE_HEADS:
            TABLE_HEADS.setdefault(_entry.canonical, set()).add(_words_of[-1])
            _described_as = _alias.removeprefix(norm(_entry.canonical) + " ")
            if _described_as != _alias and _described_as.count(" ") == 1:
                TABLE_HEADS[_entry.canonical].add(_described_as)  # name + description
HOLDERS: dict[str, tuple[re.Pattern[str], list[str]]] = {}
"""role -> one pattern of every alias of the table's holders of that office, and the
canonical name of each of its groups ("the president" -> Zelensky): one scan per role."""
_holders_of: dict[str, list[str]] = {}
for (_, _held), _holder in ROLE_TABLE.items():
    if _holder not in _holders_of.setdefault(_held, []):
        _holders_of[_held].append(_holder)
for _held, _names in _holders_of.items():
    _groups = []
    for _i, _holder in enumerate(_names):
        _mentions = sorted((a for a, e in ALIASES.items() if e.canonical == _holder), key=len)
        _groups.append(f"(?P<h{_i}>{'|'.join(map(re.escape, _mentions))})")
    HOLDERS[_held] = (re.compile(rf"\b(?:{'|'.join(_groups)})(?!\w)", re.I), _names)


HOLDER_ALIASES: dict[str, list[tuple[str, str]]] = {
    _held: [(a, e.canonical) for a, e in ALIASES.items() if e.canonical in _names]
    for _held, _names in _holders_of.items()
}
"""role -> (lower-case alias, canonical) of its holders, for :func:`holder_mentions`."""


def _keyed(aliases: list[tuple[str, str]]) -> list[tuple[str, list[tuple[str, str]]]]:
    """``aliases`` grouped under a key each of them contains: the shortest alias not
    containing an earlier key ("putin" for "vladimir putin", "wladimir putin", ...)."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    for alias, name in sorted(aliases, key=lambda pair: len(pair[0])):
        group = next((g for key, g in groups if key in alias), None)
        if group is None:
            groups.append((alias, [(alias, name)]))
        else:
            group.append((alias, name))
    return groups


HOLDER_KEYS: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    held: _keyed(aliases) for held, aliases in HOLDER_ALIASES.items()
}
"""role -> its holders' aliases grouped by a shared substring: an alias found in the body
contains its key, so a key not in the body rules out its whole group with one test (the
"head" of state's ~70 aliases take ~23 tests)."""


def holder_mentions(body: str, role: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of every mention of one office's holders in ``body``.

    A few ``str.find`` calls per alias over the lower-cased body: a case-insensitive
    alternation with word boundaries cost ~0.5 ms per 4 KB article. The regex stays
    for text whose lower-casing changes its length (offsets would shift). Aliases are
    only searched once their group's key is in the body (:data:`HOLDER_KEYS`).
    """
    pattern, names = HOLDERS[role]
    lowered = body.lower()
    if len(lowered) != len(body):
        return [
            (m.start(), m.end(), names[int(str(m.lastgroup)[1:])]) for m in pattern.finditer(body)
        ]
    hits: list[tuple[int, int, str]] = []
    size = len(body)
    for key, group in HOLDER_KEYS[role]:
        if key not in lowered:
            continue
        for alias, name in group:
            at = lowered.find(alias)
            while at >= 0:
                end = at + len(alias)
                before = lowered[at - 1] if at else " "
                after = lowered[end] if end < size else " "
                if not (before.isalnum() or before == "_") and not (
                    after.isalnum() or after == "_"
                ):
                    hits.append((at, end, name))
                at = lowered.find(alias, at + 1)
    hits.sort()
    return hits


def role_titles(role: str) -> list[str]:
    """The title words of one role class, in both capitalisations ("President", "president")."""
    words = [t for t, r in _TITLES.items() if r == role and (" " not in t or role == t)]
    return [*words, *(w.title() if " " in w else w.capitalize() for w in words)]


def gender_of(canonical: str) -> str | None:
    entry = ALIASES.get(norm(canonical))
    return entry.gender if entry else None


_COMMON_PLACES = frozenset({"city", "region", "country", "capital", "town", "province", "state"})


def scope(words: list[str], *, place_first: bool = False) -> str:
    """Country code or place a title is scoped to ("Chinese" -> CN, "Kyiv" -> kyiv)."""
    for word in reversed(words):
        w = word.replace("’", "'").lower().strip(",")
        if place_first and w.endswith("'s") and w[:-2] not in _COMMON_PLACES:
            return w[:-2]  # "Kharkiv's mayor"
        if w in _COUNTRIES:
            return _COUNTRIES[w]
    for word in reversed(words):
        if word[:1].isupper() and word not in _NON_NAME and word.lower() not in _TITLES:
            return bare(word).lower()
    return ""


def title_end(lower: list[str]) -> int:
    """Index after the last title word of the phrase, or 0 when it has none."""
    end = 0
    for i, word in enumerate(lower):
        pair = f"{lower[i - 1]} {word}" if i else ""
        triple = " ".join(lower[i - 2 : i + 1]) if i > 1 else ""
        quad = " ".join(lower[i - 3 : i + 1]) if i > 2 else ""
        if word in _TITLES or pair in _TITLES or triple in _TITLES or quad in _TITLES:
            end = i + 1
    return end


_COMPLEMENT_WORDS = lex.words(
    """Affairs Rights Defence Defense Health Security Refugees Europe Trade Energy Development
    Humanitarian Relief Crimea Ukraine Russia Policy Justice Finance Reconstruction"""
)


def complement_name(names: list[str]) -> list[str]:
    """The person after a title's "for/of" complement ("for Human Rights Volker Türk").

    A suffix the speaker table knows wins; else the last two capitalised words, unless
    they still belong to the complement ("Minister for Foreign Affairs"). Empty when no
    name follows.
    """
    for k in range(2, len(names) - 1):
        entry = ALIASES.get(norm(" ".join(names[k:])))
        if entry is not None and entry.kind == "person":
            return names[k:]
    if rest := name_after_complement(names):
        return rest  # "Minister of State for External Affairs Kirti Vardhan Singh"
    tail = names[-2:]
    if len(names) > 4 and names[-2] in ("de", "von", "van") and names[-3][:1].isupper():
        tail = names[-3:]  # "Ambassador to the United Nations Nicolas de Riviere"
        return tail if tail[0] not in _COMPLEMENT_WORDS else []
    if len(names) < 4 or any(t in _COMPLEMENT_WORDS or not t[:1].isupper() for t in tail):
        return []
    return tail


COMPLEMENT_WORDS = _COMPLEMENT_WORDS
"""Last words of a title's complement ("for External Affairs"), never a given name."""


def name_after_complement(names: list[str]) -> list[str]:
    """A three-word name after the last word of a title's complement, else empty."""
    last = max((i for i, t in enumerate(names) if t in _COMPLEMENT_WORDS), default=-1)
    rest = names[last + 1 :]
    return rest if last > 0 and len(rest) == 3 and all(t[:1].isupper() for t in rest) else []


_ADJECTIVE = {"RU": "Russian", "UA": "Ukrainian", "CN": "Chinese", "US": "US", "BY": "Belarusian"}
_CAPITAL_POSSESSIVES = frozenset({"kyiv's", "moscow's", "beijing's"})
_COMPOUND_TAILS = {"arabia's": "", "korea's": "Korean", "lanka's": "Lankan"}
"""The second word of a two-word country, whose first word already reads as the adjective."""


_OWNING_WORDS: frozenset[str] = frozenset(
    {"prosecutor", "children", "people", "women", "workers", "prisoner", "prisoners"}
    | {"mothers", "veterans", "journalists", "farmers", "martyrs", "lawyers", "doctors"}
)
"""Possessives inside a body's own name ("National Prosecutor's Office", "Children's Fund")."""


def adjective(token: str, lower: str) -> str:
    """ "Pakistan's" -> "Pakistani", "Gaza's" -> "Gaza"; other words unchanged."""
    if not lower.endswith("'s"):
        return token
    if lower[:-2] in _TITLES or lower[:-2] in _OWNING_WORDS:
        return token  # "the Prosecutor General's Office": a title, not a place
    if lower in _COMPOUND_TAILS:  # "Saudi Arabia's" -> "Saudi", "South Korea's" -> "South Korean"
        return _COMPOUND_TAILS[lower]
    if lower in _CAPITAL_POSSESSIVES:
        return token[:-2]  # "Kyiv's military administration": a city, not the country
    country = lex.DEMONYMS.get(lower[:-2]) or _ADJECTIVE.get(_COUNTRIES.get(lower, ""))
    if country is not None:
        return country
    return token[:-2] if token[:1].isupper() else token  # "Gaza's health ministry"


# --- the country a national body belongs to -------------------------------------------

_COUNTRY_NOUNS = {k: v for k, v in lex.DEMONYMS.items() if "." not in k}
_COUNTRY_RE = re.compile(
    r"(?<![\w-])(?P<c>"
    + "|".join(sorted((k.capitalize() for k in _COUNTRY_NOUNS if k != "us"), key=len)[::-1])
    + r"|US|Gaza)(?![\w-])"
)
_DEFENDERS = {
    "military": r"air[ -]force|navy|army|military|air[ -]defen[cs]es?",
    "army": r"air[ -]force|army|military|air[ -]defen[cs]es?",
    "armed forces": r"air[ -]force|navy|army|military|air[ -]defen[cs]es?",
    "defence ministry": r"air[ -]defen[cs]es?|troops|forces|military|army|units",
    "defense ministry": r"air[ -]defen[cs]es?|troops|forces|military|army|units",
}
_DEMONYM_ALT = "|".join(
    sorted({*lex.DEMONYMS.values(), *(k.capitalize() + "'s" for k in _COUNTRY_NOUNS)}, key=len)[
        ::-1
    ]
)
_DEFENDER_RE = {
    head: re.compile(rf"(?<![\w-])(?P<c>{_DEMONYM_ALT})[ \t]+(?:{nouns})(?![\w-])", re.I)
    for head, nouns in _DEFENDERS.items()
}
"""A country's own forces in the sentence ("Russian air defences destroyed ..., the Defence
Ministry said"): the forces a body reports on are its own, never the attacker's drones."""
_CIVIL_HEADS = frozenset(
    {"health ministry", "ministry of health", "interior ministry", "civil aviation authority"}
    | {"central bank"}  # "Russia's economy ..., the central bank said"
)
"""Bodies named after the place the sentence reports on ("Israeli strikes on Gaza ...,
the health ministry said")."""
PLACED_BY_ARTICLE = frozenset({"army", "military", "civil aviation authority"})
"""Bodies that take the country named last before when their sentence names none."""


def sentence_around(body: str, offset: int) -> tuple[str, int]:
    """The sentence of ``body`` holding ``offset`` (bounded), and ``offset`` inside it."""
    low = max(0, offset - 400)
    start = max(body.rfind(". ", low, offset), body.rfind("\n", low, offset))
    start = low if start < 0 else start + 1
    stop = offset + 400
    ends = [e for e in (body.find(". ", offset, stop), body.find("\n", offset, stop)) if e >= 0]
    end = min(ends) + 1 if ends else min(len(body), stop)
    return body[start:end], offset - start


def country_before(
    body: str, offset: int, *, territory: bool = False, lede: bool = False
) -> str | None:
    """Adjective of the country named last before ``offset`` ("the country's air force");
    a ``territory`` may also be Gaza ("the enclave's health ministry"); with ``lede``, else
    the country the article's first lines name ("Sudan's South Kordofan state ...")."""
    found = None
    for m in _COUNTRY_RE.finditer(body, max(0, offset - 400), offset):
        found = m.group("c")
    if found is None and lede and offset > 400:
        first = _COUNTRY_RE.search(body, 0, min(400, offset))
        found = first.group("c") if first is not None else None
    if found == "Gaza" and territory:
        return found
    if found is None or found == "Gaza":
        return None
    return _COUNTRY_NOUNS.get(found.lower())


def placed_by_sentence(key: str) -> bool:
    """Whether a bare national body ("military", "health ministry") looks at its sentence."""
    return key in _DEFENDER_RE or _civil(key)


def _civil(key: str) -> bool:
    """A civil body placed by the country its sentence names ("the infrastructure ministry")."""
    if key.split()[0] in _ADJECTIVES:
        return False  # "the Romanian ministry": placed by its own adjective
    return key in _CIVIL_HEADS or (key.endswith(" ministry") and key.count(" ") == 1)


HEAD_FORMS: dict[str, list[str]] = {
    "ministry of defence": ["defence", "ministry"],
    "ministry of defense": ["defense", "ministry"],
    "emergency services": ["emergency", "service"],  # the State Emergency Service's plural
}
"""The "of" form of a national body, read as its short form for placing it."""
_MINISTRIES = frozenset({"defence ministry", "defense ministry"})


_TARGETED = re.compile(
    r"(?<![\w-])(?:in|on|at|to|against|into|over|from|of|across|towards?|supply|supplies)"
    r"[ \t]+(?:the[ \t]+)?$"
)


def _sole_country(sentence: str) -> str | None:
    """The one country a sentence names ("Ukraine received ..., the Ministry of Defence
    informed"): a defence ministry reporting on it is its own; two countries say nothing."""
    if _OPENING_RE.match(sentence) is not None:
        return None  # "In Moscow, the Defence Ministry said": the opening places it
    hits = list(_COUNTRY_RE.finditer(sentence))
    found = {m.group("c") for m in hits}
    if len(found) != 1 or "Gaza" in found:
        return None
    for m in hits:
        if sentence.startswith(("'s", "’s"), m.end()) or _TARGETED.search(sentence, 0, m.start()):
            return None  # "in Ukraine", "Ukraine's complex": a place, not the one reporting
    return _COUNTRY_NOUNS.get(found.pop().lower())


def gaza_sentence(body: str, offset: int) -> bool:
    """Whether the sentence around ``offset`` reports on Gaza (its bare civil defence)."""
    sentence, _ = sentence_around(body, offset)
    return "Gaza" in sentence and country_of("health ministry", sentence) == "Gaza"


def gaza_civil(lower: list[str], body: str, offset: int) -> str:
    """ "the civil defence (agency)" in a sentence on Gaza: Gaza's ("" when not)."""
    if len(lower) > 3 or lower[2:] not in ([], ["agency"]) or not gaza_sentence(body, offset):
        return ""
    return f"Gaza civil {lower[1]} agency" if lower[2:] else "Gaza civil defence"


def country_of(key: str, sentence: str) -> str | None:
    """The country a bare national body belongs to, from the sentence it speaks in."""
    pattern = _DEFENDER_RE.get(key)
    if pattern is not None:
        m = pattern.search(sentence)
        if m is None:
            return _sole_country(sentence) if key in _MINISTRIES else None
        word = m.group("c")
        if word.lower().endswith("'s"):
            return _COUNTRY_NOUNS.get(word.lower()[:-2])
        return next((d for d in lex.DEMONYMS.values() if d.lower() == word.lower()), None)
    if _civil(key):  # the place struck ("Israel resumed strikes on Lebanon") over the striker
        hits = list(_COUNTRY_RE.finditer(sentence))
        m = next((h for h in hits if sentence.endswith((" on ", " in "), 0, h.start())), None)
        m = m or (hits[0] if hits else None)
        if m is not None:
            word = m.group("c")
            return "Gaza" if word == "Gaza" else _COUNTRY_NOUNS.get(word.lower())
    return None


CAPITALS = {
    **lex.CAPITALS,
    **{"bucharest": "Romanian", "chisinau": "Moldovan", "riga": "Latvian", "vienna": "Austrian"},
    **{"bern": "Swiss", "rome": "Italian", "madrid": "Spanish", "budapest": "Hungarian"},
    **{"prague": "Czech", "bratislava": "Slovak", "vilnius": "Lithuanian", "tallinn": "Estonian"},
    **{"helsinki": "Finnish", "stockholm": "Swedish"},
}
"""Capitals that place an institution ("the defence ministry in Bucharest")."""
_ADJECTIVES = frozenset(d.lower() for d in lex.DEMONYMS.values())
_CAPITAL_AFTER = re.compile(r"[\w \t]{0,40}?ministry[ \t]+in[ \t]+(?P<c>[A-Z]\w+)")
_OPENING_RE = re.compile(
    rf"^\s*In[ \t]+(?:[a-z]+[ \t]+)?(?P<c>{'|'.join(k.capitalize() for k in _COUNTRY_NOUNS)}"
    rf"|{'|'.join(k.capitalize() for k in CAPITALS)}),"
)


OPENED = frozenset({"ministry", "forces", "centre", "center", "guard", "service"})
"""Heads of national bodies an opening "In Latvia," places."""


def ministry_country(body: str, offset: int, lower: list[str]) -> str | None:
    """The country a bare ministry at ``offset`` is placed in by its capital right after it
    ("the defence ministry in Bucharest") or by an opening adverbial ("In neighbouring
    Romania, the Defence Ministry said"): that country's, not the one named before. None
    when ``lower`` names its own country ("the Russian ministry")."""
    if lower[-1] not in OPENED or any(
        w in _ADJECTIVES or w in _COUNTRIES or "'" in w for w in lower
    ):
        return None
    if lower[-1] != "ministry":  # "In Latvia, the National Armed Forces": the opening only
        m = _OPENING_RE.match(sentence_around(body, offset)[0])
        return _COUNTRY_NOUNS.get(m.group("c").lower()) if m is not None else None
    if len(lower) > 2:
        return None
    capital = _CAPITAL_AFTER.match(body, offset)
    if capital is not None and capital.group("c").lower() in CAPITALS:
        return CAPITALS[capital.group("c").lower()]
    m = _OPENING_RE.match(sentence_around(body, offset)[0])
    if m is None:
        return None
    place = m.group("c").lower()  # "In Moscow, the Defence Ministry said": the capital's
    return _COUNTRY_NOUNS.get(place) or CAPITALS.get(place)


def country_body(lower: list[str], memory: dict[str, str]) -> str | None:
    """ "the Russian ministry" after "Russia's Defence Ministry": the body of that country
    with that head the article named last; None when ``lower`` is not "<adjective> <head>"."""
    if len(lower) != 2 or lower[0] not in _ADJECTIVES or lower[1] not in lex.DISCOURSE_HEADS:
        return None
    found = [
        name
        for name in memory.values()
        if norm(name).split()[0] == lower[0] and norm(name).split()[-1] == lower[1]
    ]
    return found[-1] if found else None


def proper_body(head: list[str]) -> bool:
    """A capitalised body name of two or three words ("Civil Defence") a seat places."""
    return 1 < len(head) < 4 and all(w[:1].isupper() and w.isalpha() for w in head)

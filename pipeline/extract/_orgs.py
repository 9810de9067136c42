"""Proper names inside institutional descriptions, and bodies the article defined earlier.

Full-length copy names an organisation once with its description or acronym ("Israel's
Magen David Adom ambulance service", "the Rapid Support Forces (RSF)", "Shipping data firm
Lloyd's List Intelligence") and then shortens it ("RSF", "it"). Labels use the proper name,
so these helpers find it. Pure functions over strings; :mod:`pipeline.extract._names`
decides when to ask.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex

_LINKS = frozenset({"of", "for", "the", "and", "on"})
"""Lower-case words inside a defined name ("Office for the Coordination of ...")."""
_BACKERS = ("-run", "-controlled", "-backed", "-owned", "-aligned", "-affiliated", "-based", "-led")
"""Who runs or hosts an outlet ("the Houthi-run Al Masirah TV"): not part of its name."""
_NAME_HEADS = lex.ORG_HEADS | lex.DESCRIPTORS
_PATRONYMS = frozenset({"bin", "bint", "ibn"})
"""Arabic "son/daughter of" inside a person's name: lower case, yet part of the name."""
_COMPOUND = frozenset({"Abdel", "Abdul", "Abd", "Abu"})
"""Arabic name parts that open a two-word name: such a person's name runs past four words
("Abdel Khaliq Abdel Latif Wadaa Allah")."""
_PARTICLES = frozenset({"de", "von", "van", "der", "den", "da", "di", "del", "dos", "della"})
"""European particles inside a person's name ("de Riviere", "von der Leyen", "Lula da
Silva"); they do not count towards a name's length."""
_IN_PLACE = re.compile(r"(?<![\w-])[Ii]n[ \t]+(?P<p>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)")
_STATE_OF = re.compile(r"(?P<p>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)[ \t]+state(?![\w-])")


def is_name(tokens: list[str]) -> bool:
    """True when every token is capitalised and none is a nationality or function word."""
    long = _PATRONYMS.intersection(tokens) or _COMPOUND.intersection(tokens)
    size = sum(t not in _PARTICLES for t in tokens)
    if not tokens or size > (6 if long else 4):
        return False
    last = len(tokens) - 1
    for i, t in enumerate(tokens):
        particle = t.startswith(("al-", "el-")) and t[3:4].isupper()  # "Anis al-Asbahi"
        particle = particle or (t.startswith(("d'", "d’")) and t[2:3].isupper())  # "Quai d'Orsay"
        particle = particle and (i > 0 or len(tokens) == 1)  # a lone "al-Ansari" said
        if t in _PATRONYMS and 0 < i < last and tokens[i + 1][:1].isupper():
            continue  # "Mohammed bin Abdulrahman Al Thani", "Faisal bin Farhan"
        if t in _PARTICLES and 0 < i < last and (tokens[i + 1][:1].isupper() or t != "de"):
            continue  # "Nicolas de Riviere", "Ursula von der Leyen"
        if not (t[:1].isupper() or particle) or t in lex.NON_NAME or t.lower() in lex.ORG_HEADS:
            return False
        if t.replace("’", "'").lower() in lex.COUNTRIES and len(tokens) > 1:
            return False
    return True


_KEPT_BASED = frozenset({"brokers", "analysts", "traders", "diplomats", "experts", "insurers"})
"""Groups whose base is their only description ("London-based brokers")."""


def strip_leading(tokens: list[str]) -> list[str]:
    """Drop articles and "Britain-based"/"Houthi-run" locators before a name, and a
    weekday after it ("... on Monday")."""
    while tokens:
        first, low = tokens[0], tokens[0].lower()  # lowered once per word, not per test
        if not (
            low in _LEADING
            or (first.endswith(_BACKERS) and (len(tokens) == 1 or tokens[1][:1].isupper()))
            or (low.endswith("-based") and tokens[-1].lower() not in _KEPT_BASED)
            or (low in _WHO_BEFORE and len(tokens) > 2 and is_name(tokens[1:]))
            or (
                first in _HONORIFICS
                and len(tokens) > _NAMED[first in _COURTESY]
                and is_name(tokens[1:])
            )
            or (low in COUNTS and len(tokens) > 1 and tokens[-1].lower() in lex.GENERIC)
            or (first.endswith("-year-old") and len(tokens) > 1)  # "the 58-year-old mayor"
            or (first[:-2] in _DAYS and first[-2:] in _POSSESSIVE and len(tokens) > 1)
        ):
            break
        tokens = tokens[1:]
    if len(tokens) > 2 and tokens[-2] in ("on", "late", "early") and tokens[-1] in _DAYS:
        tokens = tokens[:-2]  # "the German government on Monday"
    return tokens


_POSSESSIVE = ("'s", "’s")
"""A weekday's possessive before a document ("Tuesday's prosecutor's statement")."""
_DAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_LEADING = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "one", "but", "and", "yet"}
    | {"while", "whereas", "although", "though", "because"}  # "While diplomats said ..."
)
COUNTS = frozenset({"two", "three", "four", "five", "six", "several", "both"})
"""A count before a group of sources ("Two industry sources"): not part of the description."""
_HONORIFICS = frozenset(
    {"Father", "Fr.", "Rev.", "Reverend", "Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Prince", "Sheikh"}
    | {"Mr", "Mrs", "Ms"}
)
"""Courtesy titles before a full name ("Father Mykola Danylenko"): not part of the name."""
_WHO_BEFORE = frozenset({"resident", "villager", "farmer", "shopkeeper", "witness", "survivor"})
"""What a private person is before the full name ("resident Mohammad Sadiq"): not the name."""
_COURTESY = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms"})
"""Titles that also stand before a bare surname ("said Mr. Laerke"), as U.N. summaries write."""
_NAMED = (2, 1)
"""Tokens a title needs after it: two (a full name), or one after a courtesy title."""


def strip_non_names(tokens: list[str]) -> list[str]:
    """Drop function words a name regex can swallow ("Staff Valery Gerasimov", "Putin On")."""
    while tokens and (tokens[0] in lex.NON_NAME or tokens[0].lower() in lex.ORG_HEADS):
        tokens = tokens[1:]
    while tokens and tokens[-1] in lex.NON_NAME:
        tokens = tokens[:-1]
    return tokens


def named_inside(tokens: list[str], lower: list[str]) -> str | None:
    """The proper name a description carries, or None.

    "firm Lloyd's List Intelligence", "force UNIFIL", "authority Rosaviatsia": a name after a
    lower-case head. "Israel's Magen David Adom ambulance service": a name of two or more
    words between an owner's possessive and a lower-case description.
    """
    if len(tokens) == 3 and lower[1] == "monitoring" and tokens[0][:1].isupper():
        return tokens[0]  # "the DeepState monitoring group": the name
    for i, word in enumerate(lower[:-1]):
        if word in _NAME_HEADS and tokens[i].islower() and _proper(tokens[i + 1 :]):
            return " ".join(tokens[i + 1 :])
    spelled = _spelled_name(tokens, lower)
    if spelled is not None:
        return spelled
    k = next((i for i, t in enumerate(tokens) if not t[:1].isupper()), len(tokens))
    described = k >= 2 and len(tokens) - k == 1 and lower[-1] in lex.DESCRIPTORS
    if described and is_name(tokens[:k]) and tokens[0] not in lex.DEMONYM_FORMS:
        return " ".join(tokens[:k])  # "the Al Jazeera network", "the Kyiv Independent daily"
    for i, word in enumerate(lower[:-2]):
        if not word.endswith(("'s", "'")):
            continue
        first = i + 1
        while first < min(len(tokens), i + 3) and tokens[first].islower():
            first += 1  # "Sudan's paramilitary Rapid Support Forces", "Egypt's state-run ..."
        k = first
        while k < len(tokens) and tokens[k][:1].isupper():
            k += 1
        run, rest = tokens[first:k], lower[k:]
        lowered = rest and all(w.islower() for w in tokens[k:])
        if len(run) >= 2 and lowered and any(w in _NAME_HEADS for w in rest) and is_name(run):
            return " ".join(run)
        if first > i + 1 and len(run) >= 2 and len(rest) <= 1 and _described_run(run):
            return " ".join(run)
        break
    return None


def _described_run(run: list[str]) -> bool:
    """A capitalised name after a lower-case description ("Rapid Support Forces"): no
    country or function word in it."""
    return all(t not in lex.NON_NAME and t.lower() not in lex.COUNTRIES for t in run)


_SPELLED_HEADS = frozenset({"agency", "service", "group", "organisation", "organization", "body"})
"""Generic heads after a spelled-out name ("the United Kingdom Maritime Trade Operations
agency"): the name alone is the label."""


def _spelled_name(tokens: list[str], lower: list[str]) -> str | None:
    """A name of three or more capitalised words followed only by a generic head word."""
    run = tokens[:-1]
    if len(run) < 3 or lower[-1] not in _SPELLED_HEADS or not tokens[-1].islower():
        return None
    for i, t in enumerate(run):
        if not t[:1].isupper() or t.lower() in lex.ORG_HEADS or t.lower() in lex.COUNTRIES:
            return None
        if t in lex.NON_NAME and not (i == 0 and t == "United"):  # "United Kingdom ..."
            return None
    return " ".join(run)


def _proper(tokens: list[str]) -> bool:
    """A proper name after a head ("Lloyd's List Intelligence"): capitalised, no function word."""
    return 0 < len(tokens) <= 5 and all(t[:1].isupper() and t not in lex.NON_NAME for t in tokens)


def defined_acronym(body: str, acronym: str, offset: int) -> str | None:
    """ "the Rapid Support Forces (RSF)": the name an acronym was defined with, also at the
    definition itself ("the Kurdistan Regional Government (KRG) said": the name the text
    gives), unless a head follows it ("the ... (UKMTO) agency said" keeps UKMTO)."""
    at = body.find(f"({acronym})")
    if at < 0:
        return spelled_out(body, acronym, offset)
    after = at + len(acronym) + 2
    if at <= offset <= after and set(body[after : after + 20].split(" ", 2)[1:2]) & lex.ORG_HEADS:
        return None
    words = body[max(0, at - 120) : at].split()
    name: list[str] = []
    while words and (words[-1][:1].isupper() or (name and words[-1] in _LINKS)):
        name.insert(0, words.pop())
    while name and (name[0].lower() in _LINKS or name[0] in lex.ADVERBIAL_STARTS):
        name.pop(0)  # "Later the Polish Border Guard (SG) reported"
    native = _native(name, acronym)
    while name and (name[0].lower() in _LINKS or sum(w[:1].isupper() for w in name) > len(acronym)):
        name.pop(0)  # "the Kurdish-led Syrian Democratic Forces (SDF)": from "Syrian"
    initials = "".join(w[0] for w in name if w[:1].isupper())
    parts = "".join(p[0] for w in name for p in w.split("-") if p[:1].isupper())
    if len(name) < 2 or acronym.upper() not in (initials.upper(), parts.upper()):
        return native  # "Inter-Services Public Relations (ISPR)": each hyphened part counts
    return " ".join(name)


def _native(name: list[str], acronym: str) -> str | None:
    """ "the National Crisis Management Centre (NKVC)", "the Polish Air Navigation Services
    Agency (PAŻP)": an acronym of the body's own language, whose initials the English name
    never spells, still stands for the name written before it (an organisation's head)."""
    cut = max((i + 1 for i, w in enumerate(name) if w.endswith((",", ";", ":"))), default=0)
    name = name[cut:]  # "... from Belarus, the National Crisis Management Centre (NKVC)"
    while name and name[0].lower() in _LINKS:
        name = name[1:]
    if len(name) < 3 or name[-1].lower() not in lex.ORG_HEADS or not acronym.isupper():
        return None
    return " ".join(name)


def spelled_out(body: str, acronym: str, offset: int) -> str | None:
    """ "Sudan's paramilitary Rapid Support Forces ... the RSF": the capitalised words before
    ``offset`` whose initials spell the acronym."""
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha():
        return None
    words = [rf"{c}[\w'’-]+" for c in acronym]
    pattern = r"(?<![\w-])" + r"(?:[ \t]+(?:of|for|the|and)){0,1}[ \t]+".join(words) + r"(?![\w-])"
    m = re.search(pattern, body[:offset])
    return m.group() if m is not None else None


def state_place(sentence: str, at: int) -> str | None:
    """ "In South Kordofan, ..., according to the state government": the state it is in."""
    found = None
    for m in _STATE_OF.finditer(sentence, 0, at):
        found = m.group("p")
    if found is None:
        for m in _IN_PLACE.finditer(sentence, 0, at):
            found = m.group("p")
    if found is None or found in lex.NON_NAME:
        return None
    return found


def ordinal(word: str) -> bool:
    """ "47th", "3rd": the number of a unit ("the 47th Mechanised Brigade")."""
    return word[-2:] in ("st", "nd", "rd", "th") and word[:-2].isdigit()


def capitalised(word: str) -> bool:
    """A capitalised name word ("Russia's", "Defence"), not "The" or "In"."""
    return word[:1].isupper() and word not in lex.NON_NAME


PLACE_POSSESSIVES = frozenset(
    {"country's", "nation's", "enclave's", "territory's", "strip's", "state's"}
)
"""Possessives standing for the place named last before ("the enclave's health ministry")."""


def same_initial(canonical: str, first: str) -> bool:
    """Whether a first name may be the table's ("Volodymyr"/"Vladimir"), not another's
    ("Oleksiy Kuleba" is not the table's "Dmytro Kuleba")."""
    initial = first[:1].lower()
    parts = canonical.split()[:-1]
    return first.lower() in lex.TITLES or any(p[:1].lower() == initial for p in parts)


_WORKS = frozenset(
    {"index", "survey", "estimate", "estimates", "tally", "count", "data", "figures"}
)
"""What a body publishes ("Drewry's World Container Index"): the publisher speaks."""


def _capitalised_run(tokens: list[str]) -> bool:
    return all(t[:1].isupper() for t in tokens)


def own_name(tokens: list[str], lower: list[str]) -> list[str] | None:
    """The proper name a possessive or a description wraps, or None.

    "Yemen's Houthis" / "the Houthis' Al-Masirah TV" → the possessed name (its owner is
    a locator); "Drewry's World Container Index" → the owner (an index is its work);
    "the Magen David Adom rescue service" → the name before a lower-case description.
    """
    first = tokens[0]
    if 1 < len(tokens) < 4 and lower[-1] in _WORKS and is_name(tokens[:-1]):
        return tokens[:-1]  # "according to U.N. figures": the publisher speaks
    if (
        len(tokens) > 2
        and lower[0] == "officials"
        and lower[1] == "at"
        and _capitalised_run(tokens[2:])
    ):
        return [*tokens[2:], first]  # "officials at Nasser Hospital"
    if len(tokens) >= 2 and lower[0] in ("manufacturer", "maker") and is_name(tokens[1:]):
        return tokens[1:]  # "its manufacturer Rafael"
    if len(tokens) >= 2 and first.endswith(("'s", "'")) and first[:1].isupper():
        owner = first[:-2] if first.endswith("'s") else first[:-1]
        rest = tokens[1:]
        if lower[-1] in _WORKS and all(t[:1].isupper() for t in rest):
            return [owner]
        if len(rest) == 2 and lower[-1] in lex.GROUP_HEADS and is_name(rest[:1]):
            return rest if rest[0] not in lex.DEMONYM_FORMS else None  # "Houthi movement"
        if lower[0] in lex.COUNTRIES or not all(t[:1].isupper() for t in rest):
            return None
        if any(t in lex.NON_NAME or t.lower() in lex.COUNTRIES for t in rest):
            return None
        if first.endswith("'s") and (lower[-1] in lex.ORG_HEADS or lower[-1] in lex.TITLES):
            return None  # "Israel's Home Front Command" → "Israeli Home Front Command"; so
            # "Romania's Defence Minister" → "Romanian defence minister"
        return rest if lower[1] not in lex.ORG_HEADS else None
    k = 0
    while k < len(tokens) and tokens[k][:1].isupper():
        k += 1
    if k >= 3 and k < len(tokens) and all(t.islower() for t in tokens[k:]):
        run = tokens[:k]
        owned = [i for i, t in enumerate(run[:-1]) if t.endswith("'s")]
        run = run[owned[-1] + 1 :] if owned else run  # "the European Union's Aspides naval
        if any(w in _NAME_HEADS for w in lower[k:]) and is_name(run[:4]):  # mission": Aspides
            return run
    return None


def institution_part(parts: list[str]) -> str | None:
    """ "The Syrian Observatory for Human Rights, a Britain-based war monitor": the part
    that is a capitalised institution name (linking words allowed) wins over the description."""
    for part in parts:
        tokens = strip_leading(part.split())
        if len(tokens) < 2 or not tokens[0][:1].isupper() or not tokens[-1][:1].isupper():
            continue
        if all(t[:1].isupper() or t in _LINKS for t in tokens) and any(
            t.lower() in _NAME_HEADS for t in tokens
        ):
            return " ".join(tokens)
    return None


def after_region(tokens: list[str], lower: list[str]) -> list[str] | None:
    """The holder's name after a region ("Governor of the Bryansk region Alexander
    Bogomaz"): the person speaks, not the office."""
    for i, word in enumerate(lower[:-2]):
        if word in ("region", "oblast", "province"):
            rest = tokens[i + 1 :]
            return rest if len(rest) <= 3 and is_name(rest) else None
    return None


def issuer(word: str) -> bool:
    """The word before a document names who issued it: "the air force's post", "a health
    ministry statement", "the IDF statement": an acronym issues it too)."""
    lower = word.lower()
    return lower.endswith("'s") or lower in lex.ORG_HEADS or (word.isupper() and len(word) > 1)


_LEVELS = frozenset({"regional", "city", "district", "oblast", "military", "municipal"})
_UNITS = frozenset(
    {"division", "service", "office", "department", "directorate", "unit", "wing", "branch"}
)


def unit_owner(tokens: list[str]) -> list[str] | None:
    """ "the XP Division of the Ministry of External Affairs", "the press service of the
    Ministry of Defence": a unit speaks for the named ministry it belongs to."""
    lower = [t.lower() for t in tokens]
    if "of" not in lower[1:4] or lower[0] in ("the", "a"):
        return None
    at = lower.index("of")
    owner = tokens[at + 2 :] if lower[at + 1 : at + 2] == ["the"] else tokens[at + 1 :]
    if lower[at - 1] not in _UNITS or not owner:
        return None
    pressed = at > 1 and lower[at - 2] == "press" and owner[-1].lower() in lex.ORG_HEADS
    if not pressed and at > 1 and lower[at - 2] == "press" and owner[0][:1].isupper():
        pressed = owner[1:2] in (["Ministry"], ["Department"]) or owner[:2] == ["General", "Staff"]
    if owner[0] not in ("Ministry", "Department") and not pressed:
        return None  # "the press service of the Kyiv City Military Administration": its body
    if pressed and 2 <= len(owner) <= 4 and owner[-2].lower() in _LEVELS:
        return owner  # "the press service of the Dnipropetrovsk regional council": the council
    links = ("of", "for", "and", "the") if pressed else ("of", "for", "and")
    return owner if all(t[:1].isupper() or t in links for t in owner) else None


def unnamed_prosecutor(lower: list[str]) -> bool:
    """ "prosecutors", "the prosecutor", "Tuesday's prosecutor's statement"."""
    if "prosecutor" not in " ".join(lower):
        return False  # the last word kept must be one: most subjects never get that far
    words = [w.replace("’", "'").removesuffix("'s") for w in lower]
    words = [w for w in words if w not in _WEEKDAYS]
    if len(words) > 1 and words[-1] in lex.DOCUMENTS:
        words.pop()
    return len(words) <= 2 and bool(words) and words[-1] in _PROSECUTORS


_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_PROSECUTORS = frozenset({"prosecutors", "prosecutor"})
"""Unnamed prosecutors, who speak for the prosecutor's office named just before."""


_STATE = re.compile(r"(?P<s>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[ \t]+state(?![\w-])")


def state_before(body: str, offset: int) -> str | None:
    """ "the state's health ministry" after "the capital of South Kordofan state": the state
    named last in the 300 characters before ``offset``."""
    found = None
    for m in _STATE.finditer(body, max(0, offset - 300), offset):
        found = m.group("s")
    return found


_MARKS = '„“”"«»'


def unmarked(tokens: list[str]) -> list[str]:
    """Name tokens without the quotation marks around the name („Spiegel“)."""
    return [t.strip(_MARKS) for t in tokens]


def state_named(tokens: list[str]) -> str | None:
    """ "Khartoum state's health ministry": the body of the state its own phrase names
    ("Khartoum state health ministry"), else None (the state is one named before)."""
    lower = [t.lower() for t in tokens]
    k = lower.index("state's") if "state's" in lower else -1
    if k < 1 or k + 1 >= len(tokens) or not tokens[k - 1][:1].isupper() or lower[0] == "the":
        return None
    return " ".join([*tokens[:k], "state", *tokens[k + 1 :]])

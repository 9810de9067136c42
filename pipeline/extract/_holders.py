"""Office descriptions that point back to a named holder, and a few subjects to re-read.

Real wire copy names an official once with the title around the name ("Maria Zakharova,
spokesperson for the Foreign Ministry,", "the head of the Dnipropetrovsk Oblast Military
Administration, Serhiy Lysak,", "NATO Secretary General Mark Rutte") and later uses the
title alone ("the Foreign Ministry spokeswoman", "the head of the oblast administration",
"the alliance's chief", "the IAEA chief"): the label is the person. An unnamed office of an
organisation is "WHO chief". "its governor" after "the region of Odesa" is Odesa's governor,
not a governor named paragraphs before. A few subjects need their words changed before the
name table sees them ("The Hamas-run office" is the office named before, "Hamas' statement"
speaks for Hamas) or their canonical name fixed after it ("Central Command", "Indian army
officials" then "the army", "the Ministry of Health in Gaza", "the agency" after "the WHO", "A
China foreign ministry spokesperson" and then "the spokesperson": the ministry). Kept apart
from :mod:`pipeline.extract._names` (at its size limit); every rule is gated by a cheap string
test on the subject.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex
from pipeline.extract import _locality as locality
from pipeline.extract import _ministers, _placed
from pipeline.extract import _orgs as orgs
from pipeline.extract import _roles as roles
from pipeline.extract._bodylits import body_has
from pipeline.extract._names import NAME, Registry, Resolved
from pipeline.extract._national import opening_country
from pipeline.extract._touches import undotted

_HEAD_WORDS = {
    "chief": "head",
    "head": "head",
    "director": "head",
    "director-general": "head",
    "secretary-general": "head",
    "spokesman": "voice",
    "spokeswoman": "voice",
    "spokesperson": "voice",
    "governor": "governor",
    "mayor": "mayor",
}
_CLASS_WORDS = {
    "head": re.compile(
        r"\b(?:[Cc]hief|[Hh]ead|[Dd]irector[- ][Gg]eneral|[Dd]irector|[Ss]ecretary[- ][Gg]eneral)\b"
    ),
    "voice": re.compile(r"\b[Ss]pokes(?:man|woman|person)\b"),
    "governor": re.compile(r"\b[Gg]overnor\b"),
    "mayor": re.compile(r"\b[Mm]ayor\b"),
}
_STOP = frozenset({"the", "a", "an", "of", "its", "for", "to", "at", "in", "his", "her", "their"})
_LOOSE = frozenset({"oblast", "regional", "region", "military", "city"})
"""Words a later short form may keep or drop ("the oblast administration")."""
_NAME_RUN = re.compile(rf"{NAME}(?:[ \t]+(?:{NAME}|al-{NAME}|bin)){{1,3}}")
_RUN_MOD = re.compile(r"^(?P<art>[Tt]he )[\w’']+-(?:run|controlled|backed|led) (?=[a-z])")
_DEMONYM_MINISTRY = re.compile(
    r"([A-Z][a-z]+(?:an|ian|ese|i|ish|ch|ic))\ Ministry of ([A-Z][a-z]+)"
).fullmatch
_DEFENCE_FORCES = re.compile(r"(?<![\w-])(?:Israel(?:i)? Defen[cs]e Forces|IDF)(?![\w-])")
_AGENCY = re.compile(
    r"[A-Z][a-z]+(?:'s|’s) (?:state-run )?(?P<name>(?:[A-Z][a-z]+ ){1,2}News Agency)$"
)
"""A news agency's own name after its country: the name is the brand, kept as written."""
_BARE_BODIES = frozenset({"agency", "organisation", "organization", "body"})
"""A bare head the article never tied to a name: the organisation named last."""
_VOICE_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_VOICE_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)[ \t]+(?P<body>[A-Z][\w.-]*(?:[ \t]+[a-z]+){1,2})"
    r"[ \t]+spokes(?:man|woman|person)\b"
)
"""An unnamed voice of a body written with lower-case words ("a China foreign ministry ...")."""
_NEGATIVE = frozenset({"no", "nobody", "none", "neither", "nor"})
_DOTTED = ("U.N. ", "U.S. ")
"""An institution's country or UN prefix is written without dots ("UN human rights office")."""
_NAME_OF = re.compile(rf"(?P<n>{NAME}(?:[ \t]+{NAME}){{1,2}})[ \t]+of[ \t]+(?:the[ \t]+)?[a-z]")
"""A person named before "of" and a description of their employer."""
_PLACED_NAMES = frozenset(
    {"hospital", "institute", "university", "centre", "center", "council", "complex"}
)
"""Heads of a proper name whose place after "in" is no part of it ("Nasser Hospital in ...")."""
_LOCAL_WORDS = frozenset({"residents'", "local", "village", "town", "municipal", "city"})
"""First words of a local body that its town names: the place stays in its name."""
_FIXED = {"Central Command": "US Central Command", "CENTCOM": "US Central Command"}
_GROUPS = ("Hamas", "Hezbollah", "Islamic Jihad", "Houthi", "Huthi", "Rapid Support Forces")
_UKRAINE_HINTS = ("Ukrain", "Kyiv", "Kherson", "Kharkiv", "Odesa", "Zaporizhzhia", "Dnipro")
_ADJECTIVE_ENDS = ("an", "ese", "ist", "ite", "ic", "i")
"""Capitalised adjectives in a group's description: Palestinian, Islamist, Lebanese, Shi'ite."""
_ISRAELI_MILITARY = (
    "IDF",
    "Israeli military",
    "Israeli army",
    "Israel's army",
    "Israel's military",
)
_MILITARY = ("the military", "The military", "the army", "The army")


def rewrite(subject: str) -> str:
    """The subject as the name table should read it (usually unchanged)."""
    if subject.startswith(("sources of ", "Sources of ")) and " " not in subject[-3:]:
        owner = subject[11:].removeprefix("the ")  # Romance "fonti di Palazzo Chigi",
        if owner[:1].isupper() or owner == "government":  # "fuentes de la Moncloa"
            return f"{owner} sources"
    if subject.endswith((" RMA", " OVA")):  # Ukrinform's "the Odesa RMA": the regional
        return f"{subject[:-4]} regional military administration"  # military administration
    if "-" in subject and (m := _RUN_MOD.match(subject)) is not None:
        return m.group("art") + subject[m.end() :]  # "The Hamas-run office" -> "The office"
    if subject.endswith(("'s", "’s")) and " " in subject:
        return subject[:-2]  # "according to the ministry's running tally": the ministry
    if "'s " in subject and subject.rsplit(" ", 1)[-1] in lex.DOCUMENTS:
        owner = subject.split("'s ", 1)[0]  # "the administration's daily summary"
        return owner if owner.startswith(("the ", "The ")) and " " not in owner[4:] else subject
    if "' " not in subject and "’ " not in subject:
        return subject
    words = subject.split()
    if len(words) == 2 and words[1].lower() in lex.DOCUMENTS and words[0].endswith(("'", "’")):
        return words[0][:-1]  # "Hamas' statement" speaks for Hamas
    return subject


def run_by(subject: str, rewritten: str, resolved: Resolved | None) -> Resolved | None:
    """ "The Houthi-run health ministry said": with no body named before for "the health
    ministry" to point back to, the label keeps the description ("Houthi-run health
    ministry"); "The Hamas-run office" after "Gaza's government media office" stays that."""
    if resolved is None or rewritten == subject or resolved.kind not in ("org", "generic"):
        return resolved
    described = subject.split(" ", 1)[1]
    head, _, place = described.rpartition(" in ")
    if head and place[:1].isupper():
        described = head  # "the Houthi-run health ministry in Sanaa"
    bare = described.split(" ", 1)[1].lower() if " " in described else ""
    if resolved.canonical.lower() != bare:
        return resolved
    return Resolved(described, "org")


def refine(
    registry: Registry,
    body: str,
    subject: str,
    resolved: Resolved | None,
    offset: int,
    last_org: str | None,
) -> Resolved | None:
    """``resolved`` corrected for the shapes this module knows; ``offset`` is the subject's."""
    words = subject.split()
    if len(words) > 2 and words[-2] == "on" and words[-1].endswith("day"):
        words = words[:-2]  # "the Palestinian Islamist group on Thursday"
    if not words:
        return resolved
    lower = [w.lower().replace("’", "'") for w in words]
    if lower[0] in _NEGATIVE:
        return None  # "No group claimed responsibility"
    if resolved is None and "He" in words[:-1] and len(words) >= 2:
        return _surname_he(words)  # "Vice Premier He Lifeng": a name, not a pronoun
    if lower == ["the", "rebels"] and (rebels := _group_before(body, offset)) is not None:
        return registry.resolve(rebels, offset) or resolved  # "The Houthis ... The rebels say"
    if (placed := _placed.placed(registry, body, words, lower, resolved, offset)) is not None:
        return placed  # "a WFP spokeswoman", "the municipality", "the UN agency"
    if lower[-1] == "authority" and len(lower) in (2, 3) and lower[-2] in _FACILITIES:
        owner = _facility(body, lower[-2], offset)  # "the canal authority" after "the Suez Canal"
        if owner is not None or (resolved and lower[-2] not in resolved.canonical.lower()):
            return Resolved(owner or " ".join(lower[-2:]), "org")  # not an earlier "Suez Canal
            # Authority" for "the port authority"
    if resolved is not None and resolved.kind == "org" and lower[-1] == "ministry":
        bare = lower[1:] if lower[0] == "the" else lower  # "the (finance) ministry"
        other = _ministers.other_portfolio(bare, resolved.canonical)  # not "defence ministry"
        if resolved.canonical[:1].islower() or other:
            owner = _ministers.ministry(body, offset, bare)  # after "Defence Minister X said"
            if owner is None:
                owner = _ministers.dated(body, bare)  # "KYIV, ... the energy ministry"
            if owner is not None or other:
                return Resolved(owner or " ".join(bare), "org")
    if resolved is None and lower[-1] == "ministry" and len(lower) <= 3:
        bare = lower[1:] if lower[0] == "the" else lower  # "according to the energy ministry"
        owner = _ministers.ministry(body, offset, bare) or _ministers.dated(body, bare)
        if owner is not None:
            return Resolved(owner, "org")
    if len(lower) >= 4 and lower[-2] == "in" and "regional" in lower[:-2] and words[-1].istitle():
        body_words = [w for w in lower[:-2] if w not in ("the", "regional")]  # "the regional
        return Resolved(f"{words[-1]} regional {' '.join(body_words)}", "org")  # health
        # department in Zaporizhzhia" -> "Zaporizhzhia regional health department"
    if resolved is not None and lower in (["the", "army"], ["the", "military"]):
        sentence, _ = roles.sentence_around(body, offset)  # "In neighbouring Burkina Faso, the
        own = opening_country(sentence.lstrip())  # army said": not the one from Mali
        if own is not None and not resolved.canonical.startswith(own):
            return Resolved(f"{own} {lower[1]}", "org")
        if (
            own is None
            and (body_has(body, "IDF") or body_has(body, "Israel"))
            and resolved.canonical not in body
        ):
            forces = _DEFENCE_FORCES.findall(body, max(0, offset - 2500), offset)  # a placed
            if forces:  # guess, not "The Israel Defense Forces said ... the military said":
                return registry.resolve(forces[-1], offset) or resolved  # the IDF (the
                # names gate the search: it has no literal to skip to)
    if resolved is not None and " News Agency" in subject:
        m = _AGENCY.match(subject)
        if m is not None and resolved.canonical != m.group("name"):
            return Resolved(m.group("name"), "org")  # "Lebanon's National News Agency"
    if resolved is not None and resolved.canonical.startswith("Ministry of "):
        topic = resolved.canonical.removeprefix("Ministry of ")
        if topic.isalpha():  # "the Ministry of Health in Gaza" -> "Gaza health ministry"
            place = words[-1] if len(words) > 2 and words[-2] == "in" else "the"
            again = registry.resolve(f"{place} {topic.lower()} ministry", offset)
            return again if again is not None and again.kind == "org" else resolved
    ministry_of = resolved is not None and " Ministry of " in resolved.canonical
    if ministry_of and resolved is not None and (m := _DEMONYM_MINISTRY(resolved.canonical)):
        again = registry.resolve(f"{m.group(1)} {m.group(2).lower()} ministry", offset)
        return again if again is not None and again.kind == "org" else resolved  # "The
        # Lebanese Ministry of Health" -> "Lebanese health ministry"
    if resolved is not None and resolved.canonical in _FIXED:
        return Resolved(_FIXED[resolved.canonical], "org")
    if resolved is not None and resolved.kind == "org" and resolved.canonical[:5] in _DOTTED:
        return undotted(resolved)  # "UN ..."
    if orgs.unnamed_prosecutor(lower) and (office := _office_before(body, offset)):
        return registry.resolve(office, offset) or resolved  # "According to prosecutors"
    if "prosecutor" in lower and "office" in lower[-1]:
        return Resolved(_prosecutors(body, subject, offset), "org")
    if len(lower) == 2 and lower[0] == "its" and lower[1] in ("governor", "mayor"):
        return _its_holder(registry, body, lower[1], offset) or resolved
    unit_role = (resolved is None or resolved.kind == "generic") and subject[1:3] == "he"
    if unit_role and (m := _UNIT_ROLE.match(subject)):
        unit = _unit_before(body, m.group("u"), offset)  # "The brigade's press officer"
        if unit is not None:
            return Resolved(f"{unit} {m.group('role')}", "generic")
    if lower in (["the", "head", "of", "the", "region"], ["the", "head", "of", "the", "oblast"]):
        governor = _described_before(registry, body, offset, "governor", {lower[-1]}, set())
        if governor is None:  # the governor named last, however far his sentence names it
            governor = _described_before(registry, body, offset, "governor", {"governor"}, set())
        if governor is not None:  # TASS style: the head of the region is its governor
            return Resolved(governor, "person", registry.gender(governor))
    named_of = resolved is not None and resolved.kind == "org" and "of" in subject
    if named_of and (m := _NAME_OF.match(subject)):
        person = registry.resolve(m.group("n"), offset)  # "Munro Anderson of the firm X"
        if person is not None and person.kind == "person":
            return person
    if resolved is not None and resolved.kind == "person":
        surname = resolved.canonical.split()[-1]
        voice = lower[-1] in _VOICE_WORDS and any(w in lex.ORG_HEADS for w in lower)
        if voice and not (surname.lower() in lower or body.find(surname, 0, offset) >= 0):
            return _voice_principal(registry, words[:-1], offset) or resolved  # not Peskov
        return resolved
    head = _HEAD_WORDS.get(lower[-1].removesuffix("'s"))
    if head is None and lower[0] == "the" and len(lower) > 3 and lower[1] == "head":
        head = "head"  # "the head of the oblast administration"
    if head is not None:
        found = _holder(registry, body, words, lower, head, offset)
        if found is not None:
            return found
    if resolved is None:
        return None
    if resolved.kind == "org" and " in " in resolved.canonical:
        head, place = resolved.canonical.rsplit(" in ", 1)
        last = head.rsplit(" ", 1)[-1].lower()
        local = head.split(" ", 1)[0].lower() in _LOCAL_WORDS  # "Residents' Council in X"
        if place[:1].isupper() and head[:1].isupper() and last in _PLACED_NAMES and not local:
            return Resolved(head, "org")  # "Nasser Hospital in Khan Younis"
    if resolved.kind == "generic" and lower[-1] in _VOICE_WORDS:
        body_of = _voice_principal(registry, words[:-1], offset)  # "A China foreign ministry"
        if body_of is None and len(lower) <= 2:
            body_of = _voice_before(registry, body, offset)  # then "The spokesperson said"
        if body_of is not None:
            return body_of
    canonical = resolved.canonical
    if canonical.lower() in _BARE_BODIES and last_org is not None and last_org != canonical:
        return Resolved(last_org, "org")  # "the WHO said ... The agency said ..."
    if subject in _MILITARY and canonical.endswith(" officials"):
        return Resolved(canonical.removesuffix(" officials"), "org")  # "Indian army officials"
    if subject in _MILITARY and "IDF" in body[max(0, offset - 1500) : offset]:
        last = max(_ISRAELI_MILITARY, key=lambda name: body.rfind(name, 0, offset))
        if last == "IDF":  # named last before "the military": "The IDF said ... The army said"
            return registry.resolve("IDF", offset) or Resolved("IDF", "org")  # as spelled out
    if resolved.kind != "org" or lower[-1] not in lex.GROUP_HEADS:
        return resolved  # (the description below is only asked of a group)
    described = " ".join(w for w in lower if w not in ("the", "a", "an"))
    militia = described == "militia"  # bare "the militia": always the armed group named before
    if canonical.lower() == described or militia:
        armed = (_described_group(words) or militia) and not _CIVIL_GROUP.intersection(lower)
        group = _group_before(body, offset) if armed else None  # not "the medical group"
        group = group or last_org
        if group is not None:
            return Resolved(group, "org")  # "the Palestinian Islamist group" after "Hamas"
    return resolved


def _holder(
    registry: Registry, body: str, words: list[str], lower: list[str], head: str, offset: int
) -> Resolved | None:
    """The person a title-only subject names back to, or the office of a named body."""
    if head == "head" and lower[0] == "the" and lower[1] == "head":
        content = [w for w in lower[2:] if w not in _STOP]
    else:
        content = [w.removesuffix("'s").removesuffix("'") for w in lower[:-1] if w not in _STOP]
    if not content:
        return None
    org = registry.resolve(" ".join(words[:-1]).removesuffix("'s").removesuffix("’s"), offset)
    aliases = _aliases(org.canonical) if org is not None and org.kind == "org" else set()
    for canonical, heads in roles.TABLE_HEADS.items():
        if content[-1] in heads:
            aliases |= _aliases(canonical)  # "the alliance's chief": NATO's
    person = _described_before(registry, body, offset, head, set(content), aliases)
    if person is not None:
        return Resolved(person, "person", registry.gender(person))
    if head == "head" and org is not None and org.kind == "org" and lower[-1] == "chief":
        return Resolved(f"{org.canonical} chief", "generic")  # "the WHO's chief", unnamed
    return None


def _its_holder(registry: Registry, body: str, head: str, offset: int) -> Resolved | None:
    """ "..., over the southern region of Odesa, its governor said": Odesa's governor."""
    sentence, at = roles.sentence_around(body, offset)
    found = locality.qualified([head], [head], sentence, at)
    if found is None:
        return None
    place = found.split()[0].lower()
    person = _described_before(registry, body, offset, head, {place}, set())
    if person is not None:
        return Resolved(person, "person", registry.gender(person))
    return Resolved(found, "generic")


def _aliases(canonical: str) -> set[str]:
    """Every written form of a table organisation (lower case), itself included."""
    key = canonical.lower()
    return {a for a, e in roles.ALIASES.items() if e.canonical.lower() == key} | {key}


def _described_before(
    registry: Registry, body: str, offset: int, head: str, content: set[str], aliases: set[str]
) -> str | None:
    """The person introduced before ``offset`` with a title of class ``head`` whose
    description holds the subject's words (or a name of its organisation)."""
    title = _CLASS_WORDS[head]
    low = max(0, offset - 3000)
    best: str | None = None
    for m in title.finditer(body, low, offset):
        stop_before = body.rfind(". ", low, m.start())
        start = max(stop_before + 2 if stop_before >= 0 else low, m.start() - 90, 0)
        stop = body.find(". ", m.end(), m.end() + 90)
        window = body[start : stop if stop > 0 else min(len(body), m.end() + 90)]
        key = window.lower().replace("’", "'")
        needed = content - _LOOSE
        has_words = all(w in key for w in needed) and any(w in key for w in content)
        if not has_words and not any(re.search(rf"\b{re.escape(a)}\b", key) for a in aliases):
            continue
        person = _nearest_person(registry, window, m.start() - start, start)
        if person is not None:
            best = person
    return best


def _nearest_person(registry: Registry, window: str, at: int, base: int) -> str | None:
    """The person named closest to position ``at`` of ``window``."""
    best: tuple[int, str] | None = None
    for m in _NAME_RUN.finditer(window):
        run, r_start = m.group(), m.start()
        words = run.split()
        acronym = max((i for i, w in enumerate(words) if len(w) > 1 and w.isupper()), default=-1)
        if 0 <= acronym < len(words) - 2:  # "Zaporizhzhia OVA Ivan Fedorov": the name after it
            cut = run.index(" " + words[acronym + 1], run.index(words[acronym])) + 1
            run, r_start = run[cut:], r_start + cut
        found = registry.resolve(run, base + r_start)
        if found is None or found.kind != "person":
            continue
        distance = r_start - at if r_start >= at else at - m.end()
        if best is None or distance < best[0]:
            best = (distance, found.canonical)
    return best[1] if best is not None and best[0] <= 60 else None


_CIVIL_GROUP = frozenset(
    {"medical", "aid", "rights", "humanitarian", "relief", "charity", "doctors'", "monitoring"}
    | {"advocacy", "lawyers'", "campaign", "volunteer", "health", "media", "press", "research"}
    | {"civic", "environmental", "watchdog", "legal", "doctors", "lawyers", "women's"}
)
"""Words that describe a civilian group ("the medical group", "the rights group"): the body
named last, never the armed group the story is about."""


def _described_group(words: list[str]) -> bool:
    """ "the Palestinian Islamist group": a description with no proper name of its own."""
    inner = [w for w in words[:-1] if w.lower() not in ("the", "a", "an")]
    return bool(inner) and all(
        w.islower() or (w[:1].isupper() and w.endswith(_ADJECTIVE_ENDS)) for w in inner
    )


def _group_before(body: str, offset: int) -> str | None:
    """The armed or political group named last before ``offset``."""
    best = -1
    found: str | None = None
    for group in _GROUPS:
        at = body.rfind(group, max(0, offset - 2000), offset)
        if at > best:
            best, found = at, group
    return "Houthis" if found in ("Houthi", "Huthi") else found


_UNIT_ROLE = re.compile(
    r"[Tt]he[ \t]+(?P<u>brigade|battalion|regiment|division|corps)(?:'s|’s)[ \t]+"
    r"(?P<role>(?:[a-z-]+[ \t]+){0,2}(?:officer|spokesman|spokeswoman|spokesperson|commander))$"
)
"""A unit's office holder left unnamed: "The brigade's press officer"."""


def _unit_before(body: str, unit: str, offset: int) -> str | None:
    """The numbered unit of that kind the text named last ("the 93rd Mechanized Brigade")."""
    found = None
    pattern = rf"\b\d{{1,3}}(?:st|nd|rd|th)(?:[ \t]+[A-Z][\w-]*){{0,3}}[ \t]+{unit.capitalize()}\b"
    for m in re.finditer(pattern, body[max(0, offset - 3000) : offset]):
        found = m.group()
    return found


_OFFICE = re.compile(
    r"(?:(?:[A-Z][\w'’-]*|the)[ \t]+){1,3}"
    r"(?:(?:regional|city|federal|district|national|military)[ \t]+)?"
    r"prosecutor(?:'s|’s)[ \t]+office"
)


def _office_before(body: str, offset: int) -> str | None:
    """The prosecutor's office named last in the ~two sentences before ``offset``: bare
    "prosecutors" after "The Zaporizhzhia regional prosecutor's office said ..." are its."""
    found = None
    for m in _OFFICE.finditer(body, max(0, offset - 400), offset):
        found = m.group()
    return found


def _prosecutors(body: str, subject: str, offset: int) -> str:
    """ "the Prosecutor General's Office" with its country: in the phrase, else Ukraine's
    when the story is about Ukraine, else the country named last."""
    for word in subject.replace("’", "'").split()[:2]:
        own = lex.DEMONYMS.get(word.lower().removesuffix("'s"))
        if own is not None and word[:1].isupper():
            return f"{own} Prosecutor General's Office"  # "Ukraine's Prosecutor General's ..."
        if word in lex.DEMONYM_FORMS:
            return f"{word} Prosecutor General's Office"
    if any(body_has(body, hint) for hint in _UKRAINE_HINTS):
        return "Ukrainian Prosecutor General's Office"
    country = roles.country_before(body, offset)
    return f"{country} Prosecutor General's Office" if country else "Prosecutor General's Office"


def _surname_he(words: list[str]) -> Resolved | None:
    """ "Chinese Vice Premier He Lifeng": the surname He before a capitalised given name
    that ends the subject."""
    i = len(words) - 2
    if words[i] != "He" or not words[-1][:1].isupper() or not words[-1].isalpha():
        return None
    if i and not all(w[:1].isupper() for w in words[:i]):
        return None
    return Resolved(f"He {words[-1]}", "person")


_NAMED_KINDS = ("org", "other")
"""A lone capitalised word a voice speaks for: a body's name, not a person or a place."""


def _voice_principal(registry: Registry, words: list[str], offset: int) -> Resolved | None:
    """The body an unnamed voice speaks for, a country noun read as its adjective."""
    kept = [w for w in words if w.lower() not in ("a", "an", "the")]
    lone = len(kept) == 1 and words[0].lower() in ("a", "an") and kept[0][:1].isupper()
    if lone and kept[0].lower() not in lex.CITIES and kept[0].lower() not in lex.CAPITALS:
        one = registry.resolve(kept[0], offset)  # "An Élysée spokesman": the body it names
        if kept[0].lower() not in lex.DEMONYMS and kept[0] not in lex.DEMONYM_FORMS:
            return Resolved(one.canonical, "org") if one and one.kind in _NAMED_KINDS else None
    if len(kept) < 2 or not kept[0][:1].isupper() or not kept[-1].islower():
        return None
    demonym = lex.DEMONYMS.get(kept[0].lower())
    phrase = " ".join([demonym or kept[0], *kept[1:]])
    found = registry.resolve(phrase, offset)
    return found if found is not None and found.kind == "org" else None


def _voice_before(registry: Registry, body: str, offset: int) -> Resolved | None:
    """ "The spokesperson said" after "A China foreign ministry spokesperson said"."""
    found: Resolved | None = None
    for m in _VOICE_RE.finditer(body, max(0, offset - 1500), offset):
        found = _voice_principal(registry, m.group("body").split(), m.start()) or found
    return found


def _facility(body: str, facility: str, offset: int) -> str | None:
    """ "the canal authority": the authority of the facility the text names right before
    ("Shipping through the Suez Canal ..." -> "Suez Canal Authority"), else None."""
    word = facility.capitalize()
    window = body[max(0, offset - 400) : offset]
    names = re.findall(rf"((?:[A-Z][\w'-]+ ){{1,2}}){word}\b", window)
    return f"{names[-1]}{word} Authority" if names else None


_FACILITIES = frozenset({"canal", "port", "airport", "dam", "pipeline"})
"""Facilities an authority is named after ("Suez Canal Authority")."""

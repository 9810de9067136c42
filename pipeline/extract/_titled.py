"""Offices held by named people: "title + name" mentions and role descriptions.

"Chinese President Xi Jinping" registers Xi Jinping as China's president, so a later "the
Chinese president" or "the president" resolves to him; a role never introduced by a title
falls back to the speaker table's holders. Kept apart from :mod:`pipeline.extract._names`
(at its size limit) as the base class of its ``Registry``: one concern, the roles.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract import _backrefs as backrefs
from pipeline.extract import _counterparts
from pipeline.extract import _lexicon as lex
from pipeline.extract import _roles as roles
from pipeline.extract._apposed import Appositives, Resolved
from pipeline.extract._lastmention import nearest_holder
from pipeline.extract._orgs import strip_non_names as _strip_non_names
from pipeline.extract._roles import HOLDERS as _HOLDERS
from pipeline.extract._roles import ROLE_TABLE as _ROLE_TABLE
from pipeline.extract._roles import gender_of as _gender_of
from pipeline.extract._roles import role_titles as _role_titles
from pipeline.extract._roles import scope as _scope
from pipeline.extract._s30bodies import service_official

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽА-ЯЁІЇЄҐ"
NAME = rf"[{UPPER}][^\W\d_]*(?:[-’'][^\W\d_]+)*"
"""One capitalised name token ("Klitschko", "Jean-Claude", "O'Brien")."""

_TITLES = lex.TITLES
_HEADS_OF_GOVERNMENT = frozenset({"prime minister", "chancellor"})
"""Offices "the head of government" names ("Federal Chancellor Friedrich Merz")."""
_NATIONAL_ROLES = frozenset(
    {"foreign minister", "defence minister", "minister", "chancellor", "prime minister"}
)
"""Offices held for a country, so "the German foreign minister" may be a holder the text
titled without one ("Foreign Minister Johann Wadephul")."""
_TABLE_SCOPES: dict[str, frozenset[str]] = {}
"""The countries the speaker table's people hold office for (Lavrov: RU)."""
for (_scoped, _), _person in _ROLE_TABLE.items():
    if _scoped.isupper():
        _TABLE_SCOPES[_person] = _TABLE_SCOPES.get(_person, frozenset()) | {_scoped}
_DEPUTY = re.compile(r"\bdeputy [a-z]+(?: [a-z]+)?, $").search

# "Chinese President Xi Jinping", "regional governor Oleh Syniehubov",
# "the head of Ukraine's presidential office, Andriy Yermak,".
_TITLE_NAME = (
    r"(?:(?P<of>\s+of\s+[^,.;“”\"\n]{1,60}?)?\s*,\s+"
    # "minister of digital affairs Marta Nowicka" (Polish and Italian copy: no comma); the
    # Italian/French head of state "the President of the Republic Sergio Mattarella"
    r"|(?P<lof>\s+of\s+(?:the\s+)?(?!the\s)(?:[a-z]{3,}(?:\s+[a-z]+){0,2}|Republic))?\s+)"
    rf"(?P<name>{NAME}(?:\s+(?:{NAME}|(?:von der|van der|von|van|der|den|de|bin)(?![\w-])"
    rf"|[ae]l-{NAME})){{0,3}})"  # "Alexander Van der Bellen", never "Van de" of it
)
_AFTER_TITLE = re.compile(_TITLE_NAME)
_NAME_BEFORE_TITLE = re.compile(
    r"(?:^|(?<=[.;:] )|(?<=\n)|(?<=[Aa]ccording to ))"
    rf"(?P<name>{NAME}(?:[ \t]+{NAME}){{1,3}}),[ \t]+"
    r"(?:the[ \t]+|[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?(?:'s|’s)[ \t]+)(?:[a-z]+[ \t]+){0,2}"
)
"""A sentence opening with a full name, then "the" or a country's, then a title."""


_SEATS: frozenset[str] = frozenset({"chancellery", "secretariat"})
"""Bodies named after the holder they serve: they speak, not the holder."""


_VARIANTS: dict[str, list[str]] = {}
"""role -> its title words in every casing: fixed by the lexicon, built once per process."""


def _title_variants(role: str) -> list[str]:
    """The titles of one role class as :meth:`TitledRoles._scan_titles` looks them up."""
    found = _VARIANTS.get(role)
    if found is None:
        found = _VARIANTS[role] = _counterparts.variants(_role_titles(role))
    return found


class TitledRoles(Appositives):
    """The role half of the name registry (see :class:`pipeline.extract._names.Registry`)."""

    def __init__(self, body: str) -> None:
        self._body = body
        self._titles_scanned: set[str] = set()
        self._roles: list[tuple[int, str, str, str]] = []  # (offset, scope, role, canonical)
        self._offset_used = False
        self._holders: dict[str, list[tuple[int, int, str]]] = {}

    def person(self, tokens: list[str]) -> str | None:
        raise NotImplementedError

    def gender(self, canonical: str) -> str | None:
        raise NotImplementedError

    def _scan_titles(self, role: str) -> None:
        """Register every "title + name" for one role class; done once per role, when needed."""
        if role not in self._titles_scanned:
            self._titles_scanned.add(role)
            body = self._body
            for title in _title_variants(role):  # "Foreign minister X"
                at = body.find(title)
                while at >= 0:
                    before = body[at - 1] if at else " "
                    m = _AFTER_TITLE.match(body, at + len(title))
                    if m is not None and not before.isalnum() and before != "-":
                        self._register_title(body, at, title, m)
                    elif body.startswith(",", at + len(title)) and not before.isalnum():
                        self._register_apposed(body, at, title)
                    at = body.find(title, at + len(title))
            self._roles.sort()

    def _register_title(self, body: str, at: int, title: str, m: re.Match[str]) -> None:
        """Record the person a title at ``at`` introduces, with the scope of the title."""
        tokens = _strip_non_names(m.group("name").split())
        while tokens and tokens[0] in roles.COMPLEMENT_WORDS:
            tokens = tokens[1:]  # "Minister of State for External Affairs Kirti Vardhan Singh"
        before = body[max(0, at - 40) : at].lower()
        if not tokens or before.endswith(("late ", "former ", "deputy ")) or _DEPUTY(before):
            return  # "the late mayor X" holds the office no more; "deputy commander, Captain
            # X" never held it
        of = m.group("of") or m.group("lof")
        scope = _scope(of.split() if of else _lead_words(body, at))
        person = self.person(tokens)
        if person is not None:
            self._roles.append((at, scope, _TITLES.get(title.lower(), "official"), person))

    def _register_apposed(self, body: str, at: int, title: str) -> None:
        """ "Ri Yong Ho, North Korea's foreign minister,": the name before its title."""
        m = _NAME_BEFORE_TITLE.search(body, max(0, at - 90), at)
        if m is None or m.end() != at:
            return
        tokens = _strip_non_names(m.group("name").split())
        person = self.person(tokens) if len(tokens) > 1 else None
        if person is not None:
            scope = _scope(_lead_words(body, at))
            self._roles.append((at, scope, _TITLES.get(title.lower(), "official"), person))

    def _role(self, lower: list[str], offset: int, written: str, vague: bool) -> Resolved | None:
        """A role description ("the Chinese head of state", "the mayor"); a ``vague``
        ("A senior White House official") unnamed official is nobody named before."""
        if len(lower) > 2 and lower[0] in _SEATS and lower[1] == "of":
            return Resolved(written, "org")  # "the Chancellery of the President": a body
        role = _TITLES.get(lower[-1], "official")
        size = 1
        if len(lower) >= 4 and " ".join(lower[-4:]) in _TITLES:  # "chief of the executive"
            role = _TITLES[" ".join(lower[-4:])]
            size = 4
        elif len(lower) >= 3 and " ".join(lower[-3:]) in _TITLES:  # "head of state/government"
            role = _TITLES[" ".join(lower[-3:])]
            size = 3
        elif len(lower) >= 2 and " ".join(lower[-2:]) in _TITLES:
            role = _TITLES[" ".join(lower[-2:])]
            size = 2  # "the Foreign Minister": "Foreign" is the title's, no place
        scope = _scope(written.split()[:-size], place_first=True)  # "the RSF leader": rsf
        country = _scope(lower[:-1])
        self._offset_used = True
        self._scan_titles(role)
        best: str | None = None
        indefinite = vague  # "a spokeswoman said": never a holder the text names only later
        vague = vague and role == "official"  # no earlier holder of a bare "official" role
        govern = " ".join(lower[-3:]) == "head of government" or (
            size == 4 and role == "prime minister"
        )
        held = _HEADS_OF_GOVERNMENT if govern else {role}
        if len(held) > 1:
            self._scan_titles("chancellor")
            self._scan_titles("head")
        if scope:  # "his Polish counterpart X" ... "the Polish foreign minister": X
            best = _counterparts.holder(self._body, self._roles, role, scope, offset, self.person)
        later: str | None = None
        for at, r_scope, r_role, canonical in self._roles if best is None else ():
            fits = r_role in held or (govern and r_role == "head" and r_scope == "government")
            fits = fits and (not scope or r_scope in (scope, country)) and not vague  # "The
            # president of the Government, Pedro Sánchez" ... "the chief of the Executive"
            fits = fits and not ((indefinite or (scope and not r_scope)) and at > offset)  # an
            # unscoped holder named only later is no "RSF leader"
            if fits and at <= offset:
                best = canonical
            elif fits and later is None:
                later = canonical
        if best is None and later is not None:  # a holder titled only further down yields
            # to a well-known holder named before: "Macron ... The head of state ..." then
            # "the President of the Republic, Sergio Mattarella" in a later paragraph
            earlier = None if scope or vague else self._holder_before(role, offset)
            best = earlier or later
        if best is not None and not scope and not vague:  # "Gladkov said ... the governor said"
            best = nearest_holder(self._body, self._roles, held, best, offset)
        if best is None and size > 2 and role == "foreign minister" and scope:
            self._scan_titles("minister")  # "The Ukrainian minister X" ... "the Ukrainian
            ministers = [c for _, sc, r, c in self._roles if r == "minister" and sc == scope]
            best = ministers[-1] if len(set(ministers)) == 1 else None  # chief of diplomacy"
        if best is None and scope:
            best = _ROLE_TABLE.get((scope, role)) or _ROLE_TABLE.get((country, role))
            best = best or backrefs.unscoped(self._body, self._roles, role, country, offset)
            for each in sorted(held):  # "the German head of government": the chancellor
                best = best or self._national(each, country, offset)
        if best is None and not scope and not vague:
            best = self._holder_before(role, offset)
        if best is None:
            if (
                role == "official"
                and (len(lower) < 2 or (len(lower) == 2 and written.islower()))
                and not service_official(lower)  # "a hospital official": the service names it
            ):
                return None  # a bare "official": too vague to name a speaker
            named = _demonym_first(written if role == "official" else " ".join(lower))
            return Resolved(named.replace("U.S. ", "US ").replace("U.N. ", "UN "), "generic")
        return Resolved(best, "person", self.gender(best) or _gender_of(best))

    def _national(self, role: str, country: str, offset: int) -> str | None:
        """ "the German foreign minister" after "Foreign Minister Johann Wadephul": the last
        holder of the role titled with no country of his own and not the table's holder for
        another country; a Swiss minister is a "Federal Councillor" ("the Swiss foreign
        minister" after "Federal Councillor Ignazio Cassis")."""
        if not country.isupper() or role not in _NATIONAL_ROLES:
            return None
        if country == "CH" and role != "head":
            self._scan_titles("councillor")
        named: set[str] = set()
        for at, r_scope, r_role, canonical in self._roles:
            if r_scope.isupper():
                continue
            held = r_role == role or (country == "CH" and r_role == "councillor")
            if held and at > offset:
                return None  # "the German foreign minister, Johann Wadephul," names him later
            other = _TABLE_SCOPES.get(canonical, frozenset())
            if held and (not other or country in other):
                named.add(canonical)
        return named.pop() if len(named) == 1 else None  # one candidate only

    def _holder_before(self, role: str, offset: int) -> str | None:
        """The well-known holder of ``role`` the article names last before ``offset`` (each
        role's mentions are found once per article, then walked back from ``offset``)."""
        hits = self._holders.get(role)
        if hits is None:
            holders = _HOLDERS.get(role)
            hits = []
            if holders is not None:
                hits = roles.holder_mentions(self._body, role)
            self._holders[role] = hits
        for i in range(bisect_left(hits, (offset,)) - 1, -1, -1):
            if hits[i][1] <= offset:
                return hits[i][2]
        return None


def _lead_words(body: str, at: int) -> list[str]:
    """The last two words before a title at ``at`` within its own phrase: "Poland's" in
    "Poland's Foreign Minister X", nothing in "... under Article 4, Foreign Minister X" (a
    clause's words before a comma scope no title)."""
    before = body[max(0, at - 40) : at]
    cut = max((m.end() for m in _PHRASE_BREAK.finditer(before)), default=0)
    return before[cut:].split()[-2:]


_PHRASE_BREAK = re.compile(r"[,;:()]|(?<=[a-z]{2})\.\s")
"""A comma, colon, bracket or sentence stop (not the dot of "U.S.") ends the phrase before a
title."""


def _demonym_first(named: str) -> str:
    """ "Slovakia's general prosecutor" -> "Slovak general prosecutor", as bodies are named."""
    first, _, rest = named.partition(" ")
    country = first.lower().replace("’", "'").removesuffix("'s")
    demonym = lex.DEMONYMS.get(country) if first.lower().endswith(("'s", "’s")) else None
    return f"{demonym} {rest}" if demonym and rest else named

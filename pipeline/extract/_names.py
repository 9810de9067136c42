"""Canonical names for people and organisations mentioned in one article.

Wire copy introduces a person once in full ("Chinese President Xi Jinping") and then shortens
("Xi"), describes ("the Chinese head of state") or respells ("Zelenskiy"). A small table covers
well-known speakers; everything else is learned from the article itself: a title followed by a
capitalised name registers the person, their surname and their role."""

from __future__ import annotations

import re

from pipeline.extract import _backrefs as backrefs
from pipeline.extract import _lexicon as lex
from pipeline.extract import _locality as locality
from pipeline.extract import _orgs as orgs
from pipeline.extract import _roles as roles
from pipeline.extract._apposed import Resolved, described_after
from pipeline.extract._inverted import uninvert
from pipeline.extract._national import branch_before, opening_country
from pipeline.extract._orgs import PLACE_POSSESSIVES as _PLACE_POSSESSIVES
from pipeline.extract._orgs import is_name as _is_name
from pipeline.extract._orgs import same_initial as _same_initial
from pipeline.extract._orgs import strip_leading as _strip_leading
from pipeline.extract._particled import particle_tail, particled, prefixed
from pipeline.extract._parties import professional
from pipeline.extract._roles import ALIASES as _ALIASES
from pipeline.extract._roles import TABLE_HEADS as _TABLE_HEADS
from pipeline.extract._roles import Kind, lowered
from pipeline.extract._roles import bare as _bare
from pipeline.extract._roles import norm as _norm
from pipeline.extract._roles import title_end as _title_end
from pipeline.extract._shortname import fuller, shortened
from pipeline.extract._surnames import (
    analysed,
    capital,
    fuller_name,
    name_run_before,
    unposted,
    untitled,
)
from pipeline.extract._surnames import given_names as _given_names
from pipeline.extract._surnames import placed_group as _placed_group
from pipeline.extract._territory import as_possessive
from pipeline.extract._titled import NAME, UPPER, TitledRoles
from pipeline.extract._translated import ministry_of

__all__ = ["NAME", "UPPER", "Kind", "Registry", "Resolved"]

_TITLES = lex.TITLES
_REGION_NOUNS = frozenset({"region", "oblast", "province"})
_PLACED_TITLES = frozenset({"governor", "mayor"})
_POSTS = frozenset({"embassy", "consulate", "mission"})
_PLACED_GROUPS = frozenset({"residents", "witnesses", "critics"})
_COUNTRIES = lex.COUNTRIES
_ORG_HEADS = lex.ORG_HEADS
_VOICED_BODIES: frozenset[str] = lex.words("police army military navy")
_FIRMS = frozenset({"company", "operator", "utility", "firm"})
_SERVICES_OF: frozenset[str] = lex.words("military army")
_NAME_PARTICLES: frozenset[str] = frozenset({"De", "Van", "Von", "Di", "Da", "Del", "Le", "La"})
_CIVIL_DEFENCE = (["civil", "defence"], ["civil", "defense"])

_ORG_LIKE = re.compile(rf"[{UPPER}][\w-]+$").match
"""A lone capitalised word used as a speaker ("Hamas", "Hezbollah", "Naftogaz")."""


class Registry(TitledRoles):
    """Names, surnames and roles of the people one article introduces."""

    def __init__(self, body: str) -> None:
        super().__init__(body)
        self._by_token: dict[str, str] = {}
        self._genders: dict[str, str] = {}
        self._orgs: dict[str, str] = {}
        self._cache: dict[str, Resolved | None] = {}
        self._last_org: str | None = None
        self._locals: dict[str, str] = {}
        self._groups: dict[str, str] = {}

    def _surname(self, token: str) -> str | None:
        """Full name for a lone surname, from titles or from its first mention (else the
        next ones: a headline's "– Wadephul calls for restraint" names no given name)."""
        key = _norm(token)
        if key not in self._by_token:
            first, token = prefixed(self._body, token)  # "Ansari" after "Majed al-Ansari"
            names = self._given_before(token, first)
            for _ in range(3):
                if names or first < 0:
                    break
                first = self._body.find(token, first + len(token))
                if first > 0 and not self._body[first - 1].isalnum():
                    names = self._given_before(token, first)
            if names and not any(_norm(n) in _COUNTRIES for n in names):
                tail = particle_tail(self._body, first + len(token))  # "Lula da Silva"
                self._by_token.update(particled(self.person([*names, token, *tail]), key, tail))
            elif not names and key in lex.SURNAMES_FIRST:
                given = _given_names(self._body, token)  # "Wu Qian ... made the remarks"
                if given:
                    self.person([token, *given])
        return self._by_token.get(key) or self._by_token.get(f"al-{key}")  # "Sharaa"

    def _given_before(self, token: str, first: int) -> list[str]:
        """The given names written right before the mention of ``token`` at ``first``."""
        seg = self._body[max(0, first - 60) : first].rsplit("\n", 1)[-1]  # one paragraph
        before = seg.split() if first > 0 else []
        if before and not self._body[first - 1].isspace():
            before = []  # "(RSF", "al-Houthi": no name before the token
        names: list[str] = []
        for i in range(len(before) - 1, -1, -1):  # never across a sentence or paragraph
            word = before[i]  # break
            if len(names) == 3 or not _is_name([word]) or word.lower() in _TITLES:
                break
            if "-" in word and lex.HYPHENATED_TITLE.fullmatch(word):  # "Vice-Chancellor"
                break
            if untitled([word, "X", "Y"]) != [word, "X", "Y"] or capital(word):
                break  # "Bundeskanzler", "in Kyiv Wolodymyr Selenskyj": no given names
            if word in roles.COMPLEMENT_WORDS or (i and before[i - 1] in ("for", "of")):
                break  # "for External Affairs Kirti Vardhan Singh", "for Restoration X Y"
            if not word[-1].isalpha() or word.endswith(("'s", "’s")):
                break  # "... from Sudan. Famine is spreading", "Yemen's Houthis"
            names.insert(0, word)
        return names

    def person(self, tokens: list[str]) -> str | None:
        """Canonical person for name tokens; registers full names on first sight."""
        full = " ".join(_bare(t) for t in tokens)
        entry = _ALIASES.get(_norm(full))
        if entry is not None:
            if entry.kind != "person":
                return None
            self._learn(entry.canonical, entry.gender)
            return entry.canonical
        if len(tokens) == 1:
            return self._surname(full)  # "Chief negotiator Medinski" after "Wladimir Medinski"
        if len(tokens) == 2 and tokens[0] in _NAME_PARTICLES:  # "De Wever" after "Bart De
            learned = self._by_token.get(_norm(tokens[1]))  # Wever": the full name
            if learned is not None and learned.endswith(f" {full}"):
                return learned
        for t in (tokens[-1], tokens[0]):
            known = _ALIASES.get(_norm(_bare(t)))
            if known is not None and known.kind == "person" and len(tokens) <= 3:
                if t is tokens[-1] and not _same_initial(known.canonical, tokens[0]):
                    continue  # "Oleksiy Kuleba" is not the table's "Dmytro Kuleba"
                self._learn(known.canonical, known.gender)
                return known.canonical
        self._learn(full, None)
        return full

    def _learn(self, canonical: str, gender: str | None) -> None:
        """Make the surname and first name of ``canonical`` resolve to it."""
        parts = canonical.split()
        for part in (parts[-1], parts[0]):
            if part is parts[0] and len(parts) > 1 and _norm(part) in lex.DEMONYMS:
                continue  # "Israel Katz": "Israel says" is the country, not him
            self._by_token.setdefault(_norm(part), canonical)
        if gender:
            self._genders[canonical] = gender

    def gender(self, canonical: str) -> str | None:
        """'m', 'f' or None when unknown."""
        return self._genders.get(canonical)

    def resolve(self, phrase: str, offset: int = 0) -> Resolved | None:
        """Resolve a speaker noun phrase ("the Ukrainian military", "Xi", "he")."""
        if phrase in self._cache:
            return self._cache[phrase]
        self._offset_used = False
        result = shortened(first := self._resolve(phrase, offset), phrase, self._orgs)
        if result is not None and (result.kind == "org" or _ORG_LIKE(result.canonical)):
            self._last_org = result.canonical
        if not self._offset_used and result is first:  # role lookups depend on where it is
            self._cache[phrase] = result
        return result

    def _resolve(self, phrase: str, offset: int) -> Resolved | None:
        text = as_possessive(phrase.replace("’", "'").strip(" ,:;"))  # "... in the enclave"
        text = lex.HYPHENATED_TITLE.sub(r"\1 \2", text) if "-" in text else text
        named = text[4:] if text.startswith(("the ", "The ")) else text
        if named[:1] in '“"„«' and named[-1:] in '”"“»' and orgs.is_name(named[1:-1].split()[:1]):
            return Resolved(named[1:-1], "org")  # "The “Emergency Lawyers” group": the name
        if "," in text:
            return self._appositive(text, offset)
        tokens = untitled(_strip_leading(text.split()))  # "Verteidigungsminister X Y"
        tokens = unposted(tokens, self._body)  # "(ambassador in) Warsaw Vasyl Bodnar"
        if not tokens or len(tokens) > 12:
            return None
        if (k := analysed(tokens)) > 0:  # "a Reuters analysis of official data": Reuters
            return self._resolve(" ".join(tokens[:k]), offset)
        tokens = orgs.unit_owner(tokens) or tokens  # "the XP Division of the Ministry of X"
        tokens = uninvert(tokens) or tokens  # "the regional administration of Mykolaiv"
        tokens = ministry_of(tokens) or tokens  # "the ministry of Health of Gaza"
        lower = [t.lower() for t in tokens]
        own = orgs.own_name(tokens, lower)
        if own:  # the possessed name: its own lower-case words
            tokens, lower = own, [t.lower() for t in own]
        if len(tokens) > 2 and (professed := professional(tokens, lower)) is not None:
            canonical = self.person(professed) or " ".join(professed)  # "Security expert X Y"
            return Resolved(canonical, "person", self.gender(canonical))
        if len(tokens) == 1 and lower[0] in lex.PRONOUNS:
            return Resolved(lower[0], "pronoun")
        if len(tokens) > 1 and lower[-1] in lex.DOCUMENTS and orgs.issuer(tokens[-2]):
            return self._resolve(" ".join(tokens[:-1]).removesuffix("'s"), offset)  # "its post"
        if lower[:2] in _CIVIL_DEFENCE and (gaza := roles.gaza_civil(lower, self._body, offset)):
            self._offset_used = True  # "In the Gaza Strip, the civil defence (agency) said"
            return Resolved(gaza, "org")
        if lower[-1] in _REGION_NOUNS or "region" in lower[:-1]:
            holder = self._region_holder(tokens, lower, offset)
            if holder is not None:
                return holder
        if lower[0] in _PLACED_GROUPS and len(lower) > 2 and lower[1] in ("of", "in"):
            return Resolved(" ".join(tokens), "generic")  # "Residents of Gaza City"
        if _placed_group(tokens, lower):  # "traders in Hamburg", "Local officials in Neelum",
            return Resolved(" ".join(tokens), "generic")  # "a military officer in Kharkiv"
        if _PLACE_POSSESSIVES.intersection(lower):
            return self._country_s(tokens, lower, offset)  # "the country's air force"
        if len(tokens) > 2 and lower[0] in lex.VIA_WORDS and lower[1] in ("at", "from", "of"):
            via = self._resolve(" ".join(tokens[2:]), offset)  # "analysts at the Institute ..."
            if via is not None and via.kind in ("org", "person"):  # "... at Energy Aspects"
                return Resolved(via.canonical, "org")
        voiced_of = lower[1:2] == ["of"] and (lower[-1] in _ORG_HEADS or lower[-1] == "commission")
        if len(tokens) > 2 and lower[0] in lex.VOICES and (lower[1] == "for" or voiced_of):
            principal = self._resolve(" ".join(tokens[2:]), offset)  # "a spokesman for X"
            if principal is not None and principal.kind == "org" and lower[1] == "of":
                self._offset_used = True  # "The Swiss Federal Council ..., a spokesman of
                fuller = fuller_name(self._body, offset, principal.canonical)  # the Federal
                return Resolved(fuller, "org") if fuller else principal  # Council said"
            if principal is not None and principal.kind in ("person", "org", "other"):
                return principal
        if len(lower) == 2 and lower[1] in lex.VOICES and lower[0] in _VOICED_BODIES:
            body = self._resolve(f"the {lower[0]}", offset)  # "a police spokesman": the police
            if body is not None and body.canonical.lower() != lower[0]:  # named before
                return body
        if len(tokens) > 2 and lower[-2] == "in" and tokens[-1][:1].isupper():
            return self._located(tokens, lower, offset)  # "the Defence Ministry in Moscow"
        owner = self._voiced(tokens, lower, offset)  # "Zelensky's office"
        if owner is not None:
            return owner
        if home := roles.ministry_country(self._body, offset, lower):
            self._offset_used = True  # "In Romania, the Defence Ministry", "... in Bucharest"
            return self._resolve(f"{home} {' '.join(tokens).title()}", offset)
        if lower[-1] in _FIRMS and " ".join(lower) in lex.COMPANY_HEADS:
            self._offset_used = True  # the company the text named last before ``offset``
            firm = backrefs.company_before(self._body, offset)
            if firm is not None and self._by_token.get(_norm(firm.split()[-1]), firm) == firm:
                return Resolved(firm, "org")  # "the company said" after "group DTEK said"
                # (not a person's surname: "Papperger said")
        if len(lower) == 1 and lower[0] in _SERVICES_OF and (force := self._orgs.get("air force")):
            self._offset_used = True  # "According to the air force, ... . ..., the military
            if (branch := branch_before(self._body, offset, force)) is not None:  # said"
                return Resolved(branch, "org")
        known = self._known_tail(tokens, lower)
        if known is not None:
            return known
        title_end = _title_end(lower)
        names = tokens[title_end:]
        if title_end and len(names) > 3 and names[0] in ("in", "at") and _is_name(names[1:]):
            names = names[2:]  # "the former ambassador in Berlin Kornel Morawiecki"
        if title_end and names and lower[title_end] in ("for", "of", "to"):
            names = roles.complement_name(names)  # "High Commissioner for Human Rights X Y"
        if title_end and len(names) > 2 and names[0] in ("Prince", "Sheikh", "Dr", "Dr."):
            names = _strip_leading(names) or names  # "Foreign Minister Prince Faisal bin Farhan"
        if title_end and names and _is_name(names):
            canonical = self.person(names) or " ".join(names)
            return Resolved(canonical, "person", self.gender(canonical))
        if title_end == len(tokens):
            vague = text.split(None, 1)[0].lower() in ("a", "an")  # "A senior X official"
            role = self._role(lower, offset, " ".join(tokens), vague)
            if role is None or role.kind == "person":
                return role
            local = self._local(tokens, lower, offset)  # "the Kursk region's governor"
            return Resolved(local, "generic") if local is not None else role
        if title_end and lower[title_end - 1] in _PLACED_TITLES and lower[title_end] == "of":
            local = self._local(tokens, lower, offset)  # "the governor of the Sumy region"
            if local is not None:
                return Resolved(local, "generic")
        heads = [_bare(t) for t in lower]
        if lower[-1] in lex.NOT_SPEAKERS:
            return None
        if not _ORG_HEADS.isdisjoint(heads):
            if lower == ["state", "government"]:  # "In South Kordofan, ..., the state government"
                self._offset_used = True
                sentence, at = roles.sentence_around(self._body, offset)
                place = orgs.state_place(sentence, at)
                return Resolved(f"{place} state government" if place else "state government", "org")
            if locality.level(lower) and tokens[-1].islower():  # not "... company Teplo"
                local = self._local(tokens, lower, offset)  # "the city administration"
                if local is not None:
                    self._remember(local, local.lower().split())
                    return Resolved(local, "org")
            described = self._described(lower, offset)
            if described is not None:
                return described
            return Resolved(self._org(tokens, lower), "org")
        if lower[-1] in lex.GENERIC:
            return self._group(tokens, lower, offset)
        owned = len(tokens) > 1 and lower[0] in _COUNTRIES and lower[0].endswith("'s")
        titled = " ".join(lower[1:]) in _TITLES  # "Romania's Defence Minister": a title
        if owned and _is_name(tokens[1:]) and not titled:  # "Ukraine's Energoatom"
            return self._resolve(" ".join(tokens[1:]), offset)
        if _is_name(tokens):
            if len(tokens) == 1:
                found = self._surname(tokens[0])
                if found is not None:
                    return Resolved(found, "person", self.gender(found))
                kind: Kind = "org" if tokens[0].isupper() and len(tokens[0]) > 1 else "other"
                if kind == "org":  # "the Rapid Support Forces (RSF)" ... "RSF"
                    self._offset_used = True
                    defined = orgs.defined_acronym(self._body, tokens[0], offset)
                    if defined is not None:
                        self._remember(defined, defined.lower().split())
                        return Resolved(defined, "org")
                if kind == "other" and described_after(self._body, tokens[0], offset):
                    kind = "person"  # "said Bassam, a resident of Rafah": "he" may be him
                    self._offset_used = True  # and no later full name takes the lone name over
                    self._by_token.setdefault(_norm(tokens[0]), _bare(tokens[0]))
                return Resolved(_bare(tokens[0]), kind)
            if lower[0] in _COUNTRIES or any(t in lex.NON_NAME for t in tokens):
                return None
            canonical = self.person(tokens) or " ".join(tokens)
            return Resolved(canonical, "person", self.gender(canonical))
        return None

    def _group(self, tokens: list[str], lower: list[str], offset: int) -> Resolved:
        """ "The G7 foreign ministers said ... The ministers said": the group named before."""
        if len(tokens) > 1:
            tokens = [lex.PLURAL_PLACES.get(w, t) for t, w in zip(tokens, lower, strict=True)]
            self._groups[lower[-1]] = " ".join(tokens).replace("U.S. ", "US ")  # "US officials"
            return Resolved(self._groups[lower[-1]], "generic")
        self._offset_used = True  # the answer depends on what came before
        found = self._groups.get(lower[0]) or backrefs.group_before(self._body, lower[0], offset)
        return Resolved(found or tokens[0], "generic")

    def _located(self, tokens: list[str], lower: list[str], offset: int) -> Resolved | None:
        """An institution placed by its capital: "the Defence Ministry in Moscow"."""
        head = tokens[:-2]
        if lower[-3] in _POSTS or lower == ["authorities", "in", lower[-1]]:  # "Authorities in
            # India", "the Russian embassy in Warsaw": the group or the post is placed
            return Resolved(" ".join(_strip_leading(tokens)), "org")
        adjective = roles.CAPITALS.get(lower[-1]) or lex.DEMONYMS.get(lower[-1])  # "in Belarus"
        if adjective is None and "of" not in lower:  # not "the Ministry of Health in Gaza"
            adjective = lex.SEATS.get(lower[-1])  # "the health ministry in Gaza"
        proper = adjective is not None and roles.proper_body(_strip_leading(head))  # "the Civil
        if not proper and not any(_bare(w) in _ORG_HEADS for w in lower[:-2]):  # Defence in Gaza"
            return self._resolve(" ".join(tokens[-1:]), offset) if len(head) < 1 else None
        if adjective and not any(_norm(t) in _COUNTRIES or t == adjective for t in head):
            head = [adjective, *head]
        return self._resolve(" ".join(head), offset)

    def _described(self, lower: list[str], offset: int) -> Resolved | None:
        """ "the ministry" / "the air force": the institution the article named before."""
        lower = roles.HEAD_FORMS.get(" ".join(lower), lower)  # "the Ministry of Defence"
        key = " ".join(lower)
        if len(lower) > 3 or (lower[-1] not in lex.DISCOURSE_HEADS and key not in lex.DEFAULT_ORGS):
            return None
        self._offset_used = True  # the answer depends on what came before
        if (earlier := roles.country_body(lower, self._orgs)) is not None:
            return Resolved(earlier, "org")  # "the Russian ministry said"
        if any(w in _COUNTRIES or w.endswith("'s") or w in lex.DEMONYMS for w in lower):
            return None
        found = self._orgs.get(key) if len(lower) > 1 or key in lex.DISCOURSE_HEADS else None
        for alternative in lex.SYNONYMS.get(key, ()):
            found = found or self._orgs.get(alternative)
        if found is None and key in lex.GROUP_HEADS:
            found = self._last_org  # "Hamas said ... The group said ..."
        if found is None and len(lower) == 1:
            found = self._named_before(key, offset)
        if found is None and key in lex.COMPANY_HEADS:
            found = self._last_org  # "Ukrenergo said ... The grid operator warned ..."
        if found is None and roles.placed_by_sentence(key):
            sentence, _ = roles.sentence_around(self._body, offset)
            country = roles.country_of(key, sentence)  # "Russian air defences ..."
            if country is None and key in roles.PLACED_BY_ARTICLE:  # "Poland scrambled ..."
                country = opening_country(sentence) or roles.country_before(
                    self._body, offset, lede=True
                )  # "Sudan's RSF"
            if country is not None:
                named = self._resolve(f"{country} {key}", offset)
                found = named.canonical if named is not None else None
        if found is None and key == "administration" and "military administration" in self._body:
            local = ["regional", "military", "administration"]  # "the head of the military
            found = self._local(local, local, offset)  # administration of the region, X";
            # later "In the region Sumy ..., the administration said"
        if found is None:
            found = lex.DEFAULT_ORGS.get(key)
        return Resolved(found, "org") if found is not None else None

    def _region_holder(self, tokens: list[str], lower: list[str], offset: int) -> Resolved | None:
        """ "the governor of the Mykolaiv region", "officials in the occupied part of ...":
        an office is qualified by the region; a group or body is the words before it."""
        if (named := orgs.after_region(tokens, lower)) is not None:
            return self._resolve(" ".join(named), offset)  # "... region Alexander Bogomaz"
        k = next((i for i, w in enumerate(lower) if w in ("of", "in")), -1)
        if k <= 0:
            return None
        if lower[k - 1] in _PLACED_TITLES:
            local = self._local(tokens, lower, offset)
            return Resolved(local, "generic") if local is not None else None
        return self._resolve(" ".join(tokens[:k]), offset)

    def _country_s(self, tokens: list[str], lower: list[str], offset: int) -> Resolved | None:
        """ "the country's air force": the country named last before the phrase."""
        self._offset_used = True
        if named := orgs.state_named(tokens):  # "Khartoum state's health ministry"
            return Resolved(named, "org")
        if "state's" in lower:  # "the state's health ministry": of the state named before
            state = orgs.state_before(self._body, offset)
            kept = [t for t in tokens if t.lower() not in ("the", "state's")]
            return Resolved(" ".join([state, *kept]), "org") if state and kept else None
        territory = not {"country's", "nation's"}.intersection(lower)  # "the enclave's"
        country = roles.country_before(self._body, offset, territory=territory)
        kept = [t for t, w in zip(tokens, lower, strict=True) if w not in _PLACE_POSSESSIVES]
        if not kept:
            return None
        return self._resolve(" ".join([country, *kept] if country else kept), offset)

    def _local(self, tokens: list[str], lower: list[str], offset: int) -> str | None:
        """A regional or city body or office qualified by its place, or as qualified before."""
        self._offset_used = True
        sentence, at = roles.sentence_around(self._body, offset)
        return locality.local(tokens, lower, sentence, at, self._locals, self._body, offset)

    def _voiced(self, tokens: list[str], lower: list[str], offset: int) -> Resolved | None:
        """The person an office or spokesman speaks for: "Benjamin Netanyahu's office"."""
        for k in range(len(lower) - 1, 0, -1):
            if lower[k - 1].endswith("'s") and " ".join(lower[k:]) in lex.VOICES:
                owner = self._resolve(" ".join(tokens[:k])[:-2], offset)
                return owner if owner is not None and owner.kind == "person" else None
        return None

    def _named_before(self, head: str, offset: int) -> str | None:
        """The last "Russia's Defence Ministry"-style name with ``head`` before ``offset``
        (named in a sentence without a cue, so never resolved: "the ministry said")."""
        found = name_run_before(self._body, head.capitalize(), offset)
        if found is None:
            return None
        named = self._resolve(found[0], found[1])
        return named.canonical if named is not None and named.kind == "org" else None

    def _known_tail(self, tokens: list[str], lower: list[str]) -> Resolved | None:
        """The longest known alias the phrase ends with ("state broadcaster CCTV")."""
        upper_before = False  # a capitalised token before ``k`` (kept as the loop advances)
        for k in range(len(tokens)):
            if k and lower[k - 1] == "of":  # none before k - 1: the loop would have stopped
                break
            if k and not upper_before:
                upper_before = tokens[k - 1][:1].isupper()
            tail = " ".join(lower[k:])
            if (entry := _ALIASES.get(tail)) is not None and (
                tokens[k].removeprefix("al-")[:1].isupper() or lowered(entry, tokens[k:])
            ):  # "the al-Qassam Brigades"
                if entry.kind == "person" and k == len(tokens) - 1:
                    own = self._surname(tokens[k])  # the article's own "Oleksiy Kuleba"
                    if own is not None and not _same_initial(entry.canonical, own.split()[0]):
                        return Resolved(own, "person", self.gender(own))
                if entry.kind == "person":
                    self._learn(entry.canonical, entry.gender)
                else:
                    self._remember(entry.canonical, lower)
                return Resolved(entry.canonical, entry.kind, entry.gender)
            if upper_before:
                continue  # "Pakistani military", "UAE foreign ministry": not the one before
            if tail in self._orgs and not (k and locality.level(lower[:k])):
                self._offset_used = True  # a later mention may rebind it (not "regional X")
                return Resolved(self._orgs[tail], "org")
        return None

    def learn_org(self, canonical: str) -> None:
        """Let "the office" take back a body resolved by a special path ("Ukraine's
        Prosecutor General's Office", "medics at Nasser Hospital")."""
        canonical = canonical.split(" at ", 1)[-1]  # "medics at Nasser Hospital": the hospital
        if self._orgs.get(_norm(canonical)) != canonical:
            self._remember(canonical, _norm(canonical).split())

    def _remember(self, canonical: str, lower: list[str]) -> None:
        """Let later definite descriptions ("the ministry", "the agency") find ``canonical``."""
        self._orgs[_norm(canonical)] = canonical
        for head in _TABLE_HEADS.get(canonical, ()):
            self._orgs[head] = canonical  # "IAEA" ... "the agency"
        for words in (_norm(canonical).split(), lower):
            for w in words:  # "Operational Command" keeps "... of the Polish Armed Forces"
                if w in lex.DISCOURSE_HEADS and not self._orgs.get(w, "").startswith(canonical):
                    self._orgs[w] = canonical
            if len(words) >= 2 and words[-1] in lex.DISCOURSE_HEADS:
                self._orgs[" ".join(words[-2:])] = canonical

    def _org(self, tokens: list[str], lower: list[str]) -> str:
        """Canonical organisation: the proper name after a descriptor, else the phrase."""
        inner = orgs.named_inside(tokens, lower)
        if inner is not None:
            self._remember(inner, lower)
            return inner
        for i, word in enumerate(lower):
            named = orgs.unmarked(tokens[i + 1 :])  # "the magazine „Spiegel“": Spiegel
            if word in lex.DESCRIPTORS and i + 1 < len(tokens) and _is_name(named):
                name = " ".join(named)
                self._orgs[_norm(name)] = self._orgs[word] = name  # "the daily" later
                return name
        out = [roles.adjective(t, w) for t, w in zip(tokens, lower, strict=True)]
        canonical = " ".join(filter(None, out))
        known = fuller(canonical, _norm(canonical).split(), self._orgs)  # "the Red Crescent"
        if known is not None:  # after "the Palestine Red Crescent Society": the full name
            return known
        self._remember(canonical, lower)
        return canonical

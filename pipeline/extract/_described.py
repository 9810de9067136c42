"""Speakers known only by a description the name registry leaves unresolved.

Typical copy attributes to "Yemen's Houthi rebels", "an Ukrinform correspondent", "a
neighborhood official", "Gaza's civil defence" or "the bloc's executive arm". The registry
resolves names, titles and institutions; these descriptions fell through it. Per the
labelling conventions an unnamed source keeps its description without the article, a
description of a group the article names is that group, and the EU's executive is the
European Commission. Runs only for a cue subject the registry could not resolve.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract import _lexicon as lex
from pipeline.extract._briefing import BODY_NOUNS
from pipeline.extract._names import Resolved
from pipeline.extract._roles import adjective

_FIGHTERS = frozenset({"rebels", "militants", "fighters", "insurgents"})
_GROUPS = {"houthi": "Houthis", "houthis": "Houthis", "hamas": "Hamas", "hezbollah": "Hezbollah"}
_GROUPS |= {"rsf": "RSF", "m23": "M23"}
_REPORTERS = frozenset({"correspondent", "correspondents"})
_EU = frozenset({"bloc's", "eu's", "union's"})
_EXECUTIVE = ("executive", "executive arm", "executive body", "executive branch")
_VAGUE = frozenset({"senior", "top", "another", "one", "second", "high-ranking", "ranking"})
_LEADING = frozenset({"the", "a", "an"})
_BODY_NOUN = re.compile(BODY_NOUNS).fullmatch
_SERVICES = frozenset({"metro", "subway"})
"""A city's services spoken of with its name ("Kyiv's metro said")."""


def describe(subject: str, resolve: Callable[[str], Resolved | None]) -> Resolved | None:
    """A speaker for a description the registry could not resolve, else None."""
    words = subject.replace("’", "'").split()
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    lower = [w.lower() for w in words]
    if len(words) > 3 and words[0].startswith(("spokes", "represent")) and words[1] == "for":
        voiced = words[3:] if lower[2] == "the" else words[2:]  # "a spokesperson for the
        if 0 < len(voiced) <= 3 and _BODY_NOUN(lower[-1]):  # ship's Greek manager": its body
            return Resolved(" ".join(voiced), "org")
    if len(words) == 2 and lower[0].endswith("'s") and lower[1] in _SERVICES:
        return Resolved(f"{words[0][:-2]} {lower[1]}", "org")  # "Kyiv's metro": "Kyiv metro"
    if lower[-2:] in (["civil", "defence"], ["civil", "defense"]) and len(words) <= 3:
        owner = adjective(words[0], lower[0]) if len(words) == 3 else ""
        return Resolved(f"{owner} civil defence".strip(), "org")  # "Gaza's civil defence"
    if words and words[0].endswith("'s") and words[0][:1].isupper() and len(words) > 2:
        words = words[1:]  # "Yemen's Houthi rebels"
    if len(words) < 2 or len(words) > 4:
        return None
    lower = [w.lower() for w in words]
    if len(words) == 2 and lower[1] == "diplomacy" and words[0] in lex.DEMONYM_FORMS:
        return Resolved(" ".join(words), "org")  # Romance "the French diplomacy": its ministry
    if lower[0] in _EU and " ".join(lower[1:]) in _EXECUTIVE:
        return Resolved("European Commission", "org")  # "the bloc's executive arm"
    if lower[-1] in _FIGHTERS:
        group = _GROUPS.get(lower[-2])
        if group is not None:
            return Resolved(group, "org")  # "Houthi rebels" -> "Houthis"
        if all(w[:1].isupper() or w.isalpha() for w in words[:-1]):
            return Resolved(" ".join(words), "generic")  # "Syrian rebels"
        return None
    if lower[-1] in _REPORTERS and words[0][:1].isupper() and len(words) <= 3:
        return Resolved(" ".join(words), "generic")  # "an Ukrinform correspondent"
    if lower[-1] == "official" and len(words) == 2 and words[0].isalpha() and words[0].islower():
        if lower[0] in lex.ORG_HEADS:  # "an army official": of the army the article places
            body = resolve(f"the {lower[0]}")
            named = body is not None and body.kind == "org" and body.canonical[:1].isupper()
            return Resolved(f"{body.canonical} official", "generic") if named and body else None
        if lower[0] not in _VAGUE:
            return Resolved(" ".join(words), "generic")  # "a neighborhood official"
    return None


_TANK_NAMES = frozenset(
    {"institute", "institution", "center", "centre", "council", "foundation", "studies"}
    | {"forum", "isw", "rusi", "chatham", "carnegie", "brookings", "rand", "csis", "iiss"}
)
"""Words one of which a think tank's name carries ("Institute for the Study of War")."""


def think_tank(subject: str, last_org: str | None) -> Resolved | None:
    """ "The Washington-based think tank said": the research body named last, if any."""
    lower = subject.lower().split()
    if lower[-2:] != ["think", "tank"] or lower[0] != "the" or len(lower) > 4 or not last_org:
        return None  # "a think tank" introduces another one
    if not _TANK_NAMES.intersection(last_org.lower().split()):
        return None  # "the ministry ... the think tank": not the ministry
    return Resolved(last_org, "org")

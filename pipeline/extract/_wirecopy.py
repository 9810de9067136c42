"""Attribution shapes of UN and translated wire copy the cue parser leaves unresolved.

Security Council coverage names envoys by their country ("Vassily Nebenzia of Russia said",
"according to Ambassador Barbara Woodward of the United Kingdom"): the cue parser keeps the
whole phrase as the subject and the registry finds no speaker in it. TASS-style translations end
a sentence on a bare "X informed." that the parser reads as a "told" with no clause. Kept apart
because :mod:`pipeline.extract._cues` is at its size limit.
"""

from __future__ import annotations

import re

from pipeline.extract._cuetype import Cue
from pipeline.extract._lexicon import DEMONYMS
from pipeline.extract._names import Registry

_NATIONS: frozenset[str] = frozenset(DEMONYMS) | frozenset(
    {
        "the united states", "the united kingdom", "the russian federation", "algeria",
        "slovenia", "guyana", "sierra leone", "mozambique", "ecuador", "malta", "switzerland",
        "south korea", "the republic of korea", "brazil", "mexico", "denmark", "panama",
        "pakistan", "somalia", "greece", "the netherlands", "belgium", "ireland", "austria",
        "saudi arabia", "the united arab emirates", "the uae", "kuwait", "oman", "bahrain",
        "tunisia", "morocco", "ghana", "kenya", "gabon", "albania", "chile", "colombia",
        "argentina", "indonesia", "vietnam", "north korea", "south africa", "ukraine",
    }
)  # fmt: skip
"""Countries an envoy is named by (the demonym table plus council members it lacks)."""
_ENVOY = re.compile(
    r"(?:(?:Ambassador|Amb\.|Envoy|Deputy[ \t]+Ambassador)[ \t]+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:de|van|von|al|el|[A-Z][\w'’-]+)){1,3})"
    r"[ \t]+of[ \t]+(?P<nation>(?:the[ \t]+)?[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})$"
)
_INFORMED = frozenset({"informed", "informs"})


def envoy(subject: str, registry: Registry, at: int) -> str:
    """ "Vassily Nebenzia of Russia" -> "Vassily Nebenzia"; any other subject unchanged."""
    if " of " not in subject:
        return subject
    m = _ENVOY.match(subject)
    if m is None or m.group("nation").lower() not in _NATIONS:
        return subject
    found = registry.resolve(m.group("name"), at)
    if found is None or found.kind != "person":
        return subject  # "Armed Forces of Ukraine": a body, no personal name before "of"
    return m.group("name")


def informed(text: str, cue: Cue) -> Cue:
    """ "CLAUSE, X informed.": a trailing attribution, not a "told" that lacks its clause."""
    if cue.verb not in _INFORMED or cue.clause_start >= 0 or cue.subject_start < 3:
        return cue
    if text[cue.subject_start - 2 : cue.subject_start] != ", ":
        return cue
    if text[cue.verb_end :].strip() not in ("", ".", "on Telegram.", "on Telegram"):
        return cue
    return cue._replace(form="trailing", clause_start=0, clause_end=cue.subject_start - 2)

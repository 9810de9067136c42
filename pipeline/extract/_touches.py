"""Final touches on a resolved speaker: a clause cut before its title, one spelling of
"U.N."/"U.S." bodies, "his administration" as a governor's regional administration.

Split out of :mod:`pipeline.extract._holders` at its 500-line limit; each helper works on
one already-resolved attribution.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex
from pipeline.extract._names import Registry, Resolved

_DOTTED = ("U.N. ", "U.S. ")


_TAIL = re.compile(r",[ \t]+(?:its|his|her|their|the)(?:[ \t]+[\w'’-]+){1,6}$")


def tail_cut(body: str, start: int, end: int) -> int:
    """End of a trailing cue's clause without the title before the name ("..., its
    governor, Filip Pronin, said": the clause stops before ", its governor")."""
    if end - start < 20 or body[end - 1].isupper():
        return end
    lo = max(start, end - 60)
    m = _TAIL.search(body, lo, end) if body.find(",", lo, end) >= 0 else None  # comma first
    if m is None or not any(w.lower() in lex.TITLES for w in m.group().split()[2:]):
        return end
    return m.start()


def undotted(resolved: Resolved) -> Resolved:
    """ "U.N. human rights monitoring mission" -> "UN ...": one spelling per body."""
    if resolved.kind != "org" or resolved.canonical[:5] not in _DOTTED:
        return resolved
    return resolved._replace(canonical=resolved.canonical.replace(".", "", 2))


def governed(registry: Registry, holder: Resolved | None, offset: int) -> Resolved | None:
    """ "His administration said" after a governor spoke: his region's administration,
    placed as "the regional administration" would be there; None for anyone else (a
    president's administration) or when no region is tied to the place."""
    if holder is None or holder.kind != "person":
        return None
    registry._scan_titles("governor")
    if not any(
        role == "governor" and who == holder.canonical for _, _, role, who in registry._roles
    ):
        return None
    found = registry.resolve("the regional administration", offset)
    return found if found is not None and found.canonical != "regional administration" else None

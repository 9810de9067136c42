"""A body's short name taking back the fuller name the article gave it first.

Agency copy names a body in full once and then shortens it: "the Palestine Red Crescent
Society said ... the Red Crescent said", "the Coordination Headquarters" after "Ukraine's
Coordination Headquarters for the Treatment of Prisoners of War". The short form is the same
body, so it takes the canonical name remembered for the full one. Only capitalised runs of
two words or more whose last word is no generic head ("the Health Ministry" is left to the
rules for descriptions), found as a whole-word run inside one remembered name.
"""

from __future__ import annotations

from pipeline.extract import _lexicon as lex
from pipeline.extract._apposed import Resolved


def fuller(canonical: str, lower: list[str], known: dict[str, str]) -> str | None:
    """The remembered fuller name ``canonical`` shortens, else None."""
    if len(lower) < 2:
        return None
    norm = " ".join(lower)
    short = f" {norm} for "  # "the Coordination Headquarters" before "for the Treatment ..."
    for key, name in known.items():
        if short in f" {key} ":
            return name
    words = canonical.split()
    if lower[-1] in lex.DISCOURSE_HEADS or not all(w[:1].isupper() for w in words):
        return None
    inner = f" {norm} "
    found = {name for key, name in known.items() if inner in f" {key} " and key != norm}
    return found.pop() if len(found) == 1 else None


def shortened(result: Resolved | None, phrase: str, known: dict[str, str]) -> Resolved | None:
    """``result`` for a definite short name ("the Red Crescent") rebound to the fuller name
    remembered before it, else ``result`` itself."""
    if result is None or not phrase.startswith(("the ", "The ")):  # any kind: the pair
        return result  # "the Red Crescent" reads as a person's name
    name = fuller(result.canonical, result.canonical.lower().split(), known)
    return Resolved(name, "org") if name is not None and name != result.canonical else result

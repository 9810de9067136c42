"""Round 98's second pass (helper h_fix_s98, ``dev_statements124``), hooked after
:mod:`pipeline.extract._s98post`.

Why it exists: "X said C1, although it said C2" was read as one clause running over the
concession, while "..., but it said C2" is read as two statements (round 92). A concessive
conjunction ("although", "though", "while", "whereas") followed by a pronoun and a verb of
saying opens a second statement of the same speaker: C1 ends before it and C2 is added.
Gated on the literal " said" / " added" inside an indirect quote before the regex.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Finding, Statement

__all__ = ["revise"]

_CONCESSIVE = re.compile(
    r", (?:although|though|while|whereas) (?:it|he|she|they) (?:also )?"
    r"(?P<v>said|added|noted|stated|reported)(?: that)? (?P<c>[^“”\"]{8,})$"
)
_VERBS = (" said ", " added ", " noted ", " stated ", " reported ")


def revise(found: list[Finding]) -> list[Finding]:
    """Split "C1, although it said C2" into two statements of the speaker."""
    out = list(found)
    extra: list[Statement] = []
    for i, f in enumerate(out):
        if not isinstance(f, Statement) or f.mode != "indirect":
            continue
        q = f.quote
        if "ough " not in q and "while " not in q and "whereas " not in q:
            continue
        if not any(v in q for v in _VERBS):
            continue
        m = _CONCESSIVE.search(q)
        if m is None or m.start() < 8:
            continue
        out[i] = replace(f, quote=q[: m.start()])
        extra.append(replace(f, quote=m.group("c").rstrip(" ."), cue=m.group("v")))
    if not extra:
        return out
    have = {(f.speaker, f.quote) for f in out if isinstance(f, Statement)}
    for g in extra:
        if (g.speaker, g.quote) not in have:
            have.add((g.speaker, g.quote))
            out.append(g)
    return out

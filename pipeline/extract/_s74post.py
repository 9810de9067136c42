"""Round 74's speaker readings (helper h_fix_s74: the statement errors of the real11..real16
excerpts, ``dev_statements100``), applied last in :mod:`pipeline.extract._latepasses`:

- a listed person spelled one letter off the table ("Oleh Synehubov") is that person
  (:func:`pipeline.extract._s74names.respelled`);
- "This official / That diplomat said C" is the speaker quoted just before
  (:func:`pipeline.extract._s74names.demonstrative`);
- a bare "the ministry" and a ministry named both long and short
  (:mod:`pipeline.extract._s74ministry`).

One walk over the statements in body order; each reading is gated on a literal of the speaker
or the body, and the table lookups are dict probes (memoised per name).
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import split
from pipeline.extract._s74ministry import bare_ministry, unified
from pipeline.extract._s74names import demonstrative, respelled
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_NEAR = 600  # a demonstrative points at a speaker quoted at most this far before


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    del speakers  # the shared signature of the late passes
    body = doc.body
    ministry = body_has(body, "inistry")
    pointing = body_has(body, "This ") or body_has(body, "That ") or body_has(body, "this ")
    statements, others = split(found)
    if not statements:
        return found
    renamed = unified([s.speaker for s in statements]) if ministry else {}
    out: list[Statement] = []
    seen: dict[tuple[str, str], bool] = {}  # -> renamed here (only those pairs are merged)
    changed = False
    last_ministry: str | None = None
    for s in statements:
        name = renamed.get(s.speaker) or respelled(s.speaker) or s.speaker
        if pointing and out and s.evidence.start - out[-1].evidence.end < _NEAR:
            name = demonstrative(name, out[-1].speaker) or name
        if ministry and name.lower() == "ministry":
            name = bare_ministry(body, s.evidence.start, last_ministry) or name
        if ministry and "inistry" in name and name.lower() != "ministry":
            last_ministry = name
        new = s if name == s.speaker else replace(s, speaker=name)
        changed = changed or new is not s
        key = (new.speaker, new.quote)
        if key in seen and (new is not s or seen[key]):
            continue  # one statement read under two names, now the same
        seen[key] = seen.get(key, False) or new is not s
        out.append(new)
    return [*others, *out] if changed else found

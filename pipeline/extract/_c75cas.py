"""Round c75's subgroups that took another group's figure (helper h_gen_c75,
``dev_numeric124``), hooked last in :func:`pipeline.extract._n28cas.revise`, after
``_c74cas``.

Real pages (studied, never copied; real27, real28) tell a toll's subgroup inside one kind's
clause and the other kind of another group in the same sentence; the earlier readers give the
subgroup both figures. Examples are this module's own words:

- the subgroup bracketed in the injured clause, the dead a separate group after "and": "8
  residents were wounded, including 2 children, and one man was killed" is residents 1/8 and
  children ?/2 (was children 1/2 beside residents ?/8);
- the dead's subgroup, then the injured as "others" after a semicolon: "The dead include two
  children; 40 others were injured" is children 2/? and the injured go to the story's plain
  toll before it ("killing 14 people" gives people 14/40), else a plain record people ?/40.

Both read one sentence at a time and are gated on a literal ("including", "include").
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _c75prior
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_PLAIN: frozenset[str] = frozenset({"people", "persons", "civilians", "residents"})
_NUM = r"(?:\d[\d,]*|one|a|an|two|three|four|five|six|seven|eight|nine|ten|another)"
# "... wounded, including 2 children, and one man was killed"
_INJ_INC = re.compile(
    r"\b(?:injured|wounded|hurt)\b[^.;]{0,60}?\bincluding\s+(?P<sub>[^,.;]{1,40}?),?\s+and\s+"
    rf"{_NUM}\s+(?:other\s+)?(?:person|people|civilians?|residents?|others?|m[ae]n|wom[ae]n)\s+"
    r"(?:was\s+|were\s+|has\s+|have\s+|had\s+)?(?:been\s+)?(?:killed|died|dead)\b",
    re.IGNORECASE,
)
# "The (confirmed) dead include two children; 40 others were injured"
_DEAD_INC = re.compile(
    r"\b(?:dead|killed|deceased)\s+(?:include|included|includes)\s+(?P<sub>[^,.;]{1,40}?);\s*"
    rf"(?:and\s+)?{_NUM}\s+others\s+(?:were|have\s+been|had\s+been|are)\s+(?:injured|wounded|hurt)\b",
    re.IGNORECASE,
)
_GAP = 1500  # the farthest a plain toll may stand before the "others" sentence


def _sentence(doc: Document, c: Casualty) -> tuple[int, str]:
    i = sentence_of(doc, c.evidence.start)
    return (i, doc.sentences[i].text) if i >= 0 else (-1, c.evidence.text)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Give a subgroup only its own clause's kind, the other figure to its group."""
    found = _c75prior.revise(doc, found)
    if "includ" not in doc.body:
        return found
    out = list(found)
    for k, f in enumerate(found):
        if (
            not isinstance(f, Casualty)
            or f.killed is None
            or f.injured is None
            or f.group in _PLAIN
            or f.group not in f.evidence.text
        ):
            continue
        i, text = _sentence(doc, f)
        if "includ" not in text:
            continue
        m = _INJ_INC.search(text)
        if m is not None and f.group in m.group("sub"):
            _injured_clause(doc, out, k, f, i)
            continue
        m = _DEAD_INC.search(text)
        if m is not None and f.group in m.group("sub"):
            _others(out, k, f)
    return out


def _injured_clause(doc: Document, out: list[Finding], k: int, f: Casualty, i: int) -> None:
    """The killed figure belongs to the injured clause's group of the same sentence."""
    for j, g in enumerate(out):
        if (
            j != k
            and isinstance(g, Casualty)
            and g.killed is None
            and g.injured is not None
            and g.group != f.group
            and g.evidence.start <= f.evidence.start
            and sentence_of(doc, g.evidence.start) == i
        ):
            out[j] = replace(g, killed=f.killed)
            out[k] = replace(f, killed=None)
            return


def _others(out: list[Finding], k: int, f: Casualty) -> None:
    """The "others" injured join the nearest plain killed-only toll before the sentence."""
    best = -1
    for j, g in enumerate(out):
        if (
            isinstance(g, Casualty)
            and g.group in _PLAIN
            and g.killed is not None
            and g.injured is None
            and g.evidence.start < f.evidence.start
            and f.evidence.start - g.evidence.end <= _GAP
            and (best < 0 or g.evidence.start > out[best].evidence.start)
        ):
            best = j
    injured = f.injured
    out[k] = replace(f, injured=None)
    if best >= 0:
        b = out[best]
        if isinstance(b, Casualty):
            out[best] = replace(b, injured=injured)
    else:
        out.append(replace(f, group="people", killed=None, injured=injured))

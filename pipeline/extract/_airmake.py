"""The record of one air-defence figure (:class:`Mention`) and how it is built.

Split from :mod:`pipeline.extract._airmention` (at its size limit), which reads the
figures of a sentence and re-exports :class:`Mention` for the detectors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract import _places
from pipeline.extract._airmodel import model_in
from pipeline.extract._airregion import PLACE_LIST, region_after
from pipeline.extract._airrole import Role
from pipeline.extract.model import Approx, InterceptWeapon, Sentence


@dataclass(frozen=True, slots=True)
class Mention:
    """One air-defence figure (or "all"/"both"/"none") and what it counts."""

    sent: int
    """Index of the sentence in ``doc.sentences``."""
    start: int
    """Absolute offset of the clause carrying the figure."""
    end: int
    num_start: int
    """Absolute offset of the figure itself (what strikes compare against)."""
    value: int | None
    total: int | None
    all: bool
    approx: Approx
    weapon: InterceptWeapon | None
    role: Role
    location: str | None
    model: str | None
    part: bool = False
    """A per-region share ("24 over the Rostov region"): its own record, never paired."""
    definite: bool = False
    """ "35 of the missiles", "both drones": refers back to weapons the article already
    counted, so it may pair with a launch figure from an earlier paragraph."""
    ahead: bool = False
    """A launch stated after its outcome ("... out of 194 drones"): paired first."""
    breakdown: bool = False
    """ "of which 98 were shot down": a share of the figure just before it."""
    implied: int | None = None
    """How many came in when the word says it ("neither" is two) and no launch pairs."""
    backref: bool = False
    """ "Eleven of them were shot down": a share of weapons counted before, maybe in the
    previous paragraph."""
    owner: str | None = None
    """Whose weapons the clause says they are ("31 Ukrainian drones", "Russia launched")."""
    needs_launch: bool = False
    """ "the drones were shot down": all of a counted launch, nothing without one."""


# A figure standing free ("27" in "4 ballistic missiles and 27 Kh-101"), not inside a model.
_NEXT_FIGURE = re.compile(r"(?<![\w-])\d")


def _own_part(text: str, at: int, phrase: str) -> str:
    """The clause up to the next figure after the one at ``at`` with noun ``phrase``: "4
    ballistic missiles and 27 Kh-101" does not make the four Kh-101s."""
    if not phrase:
        return text
    nxt = _NEXT_FIGURE.search(text, at + len(phrase))
    return text if nxt is None else text[: nxt.start()]


def make(
    idx: int,
    sent: Sentence,
    s: int,
    e: int,
    num_start: int,
    value: int | None,
    total: int | None,
    all_: bool,
    approx: Approx,
    weapon: InterceptWeapon | None,
    role: Role,
    phrase: str = "",
    *,
    part: bool = False,
    definite: bool = False,
) -> Mention:
    text = sent.text[s:e]
    location = _places.target(text) or (
        region_after(sent.text, s, e) if role == "intercept" else None
    )
    listed = PLACE_LIST.search(sent.text, s, e + 80) if location is not None else None
    if listed is not None and listed.start() < e:
        location = None  # "over the territories of Bryansk, Rostov, Saratov ... regions"
    return Mention(
        sent=idx,
        start=sent.start + s,
        end=sent.start + e,
        num_start=sent.start + num_start,
        value=value,
        total=total,
        all=all_,
        approx=approx,
        weapon=weapon,
        role=role,
        location=location,
        model=model_in(phrase, weapon) or model_in(_own_part(text, num_start - s, phrase), weapon),
        part=part,
        definite=definite,
    )

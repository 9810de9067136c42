"""Air-defence readings of translated German and Romance bulletins (thirteenth session).

Families found on ``dev_articles63``/``64`` and varied in ``dev_numeric65``:

- A bulletin that *reports* (or "spoke of") its launch figures with a trailing night
  phrase or a second noun ("reported 93 drones and four Iskander-M ballistic missiles in
  the night to Thursday.", "reported 66 attack drones and decoys and two ...") counts
  what came in; the outcome follows in the next sentence. :func:`reported_launches`
  gives :func:`pipeline.extract._airrole.verbs` the verb as a launch verb.
- Two fronted shares joined by a semicolon ("Of the 38 missiles, air defence brought
  down 29; of the 460 drones, 437 were shot down") each take the weapon of their own
  "of the N X" front, not the sentence's first one (:func:`own_fronts`).
- A subtype told with "of which N were X" right after the launch of its kind ("launched
  430 drones and 19 missiles, of which 18 were Iskander-M ballistic missiles") is part of
  that launch, as "among them nine Kinzhal" is, never a launch of its own
  (:func:`own_fronts` drops it).
- A region breakdown may open the next paragraph ("The breakdown by region: Bryansk 47,
  ..."): :func:`breakdown_head` lets the gate read it across the break.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._air20verbs import PAREN_FIGURE
from pipeline.extract._airmake import Mention
from pipeline.extract._airnoun import AIR_NOUN, weapon_of
from pipeline.extract.model import Sentence

# "...; of the 460 drones, 437 were shot down": the front right before the bare figure.
_OWN_FRONT = re.compile(
    rf"\bof\s+the\s+(?:total\s+of\s+)?\d[\d,.]*\s+(?:[\w-]+\s+){{0,3}}?(?P<n>{AIR_NOUN})"
    r"\s*,\s*(?:[^,;.:\d]{0,50}\s)?$",
    re.IGNORECASE,
)
_OF_WHICH_WERE = re.compile(r"\bof\s+which\s+$", re.IGNORECASE)


def own_fronts(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Give each bare share the weapon of its own "of the N X," front; drop "of which N were
    X" subtypes of the launch just before them."""
    text = sent.text
    if "of " not in text and "(" not in text:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        at = m.num_start - sent.start
        if m.role == "intercept" and m.value is None and m.total is None and not m.all:
            clause = text[m.start - sent.start : m.end - sent.start + 1]  # with its ")"
            if "(" in clause and PAREN_FIGURE.search(clause) is not None:
                continue  # "most were shot down over Bryansk (19), ...": a counted list
        if m.role == "intercept" and m.total is None and not m.part and m.weapon != "mixed":
            front = _OWN_FRONT.search(text, max(0, at - 110), at)
            if front is not None and (kind := weapon_of(front)) not in (None, m.weapon):
                m = replace(m, weapon=kind, model=None)
        if (
            m.role == "launch"
            and m.breakdown
            and m.value is not None
            and _OF_WHICH_WERE.search(text, max(0, at - 12), at)
            and any(
                o.role == "launch"
                and o.weapon == m.weapon
                and o.value is not None
                and o.value > m.value
                and o.num_start < m.num_start
                for o in out
            )
        ):
            continue  # "19 missiles, of which 18 were Iskander-M": part of the 19
        out.append(m)
    return out

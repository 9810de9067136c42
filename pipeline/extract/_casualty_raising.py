"""One kind of a two-kind toll raised later by its reporter, and the death that raised it.

New in the twelfth session's casualty round on ``dev_articles55`` (h_num16, ``dev_numeric56``).
Agency updates tell a rise of the dead with a participle closing the sentence of its reason
("Later in the day, the State Emergency Service said one of the wounded had died in hospital,
raising the death toll to five"; "bringing the number of dead to two", "lifting the toll to
three"), and translated copy names the place between the noun and its figure ("Fedorow raised
the number of dead in Saporischschja to five. One of the injured had died in the clinic, he
wrote"; "raised the death toll in Dnipro to five", "updated the number of those killed to
two"). The story's two-kind toll before it takes the new figure and keeps the other (as
:func:`pipeline.extract._casualty_fix.fold_risen` does for "the number of injured rose to"),
the rise's own record goes, and so does the death it explains ("one of the wounded had died")
in its sentence or the next one of its paragraph: that person is inside the new toll.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._cas19read import same_town
from pipeline.extract._casualty_raised import is_share
from pipeline.extract._nlit import lowered
from pipeline.extract.model import Casualty, Document, Finding

_CUE = re.compile(
    r"\b(?:rais(?:ing|ed)|bring(?:ing)?|brought|lift(?:ing|ed)|push(?:ing|ed)|updat(?:ing|ed)|"
    r"revis(?:ing|ed)|increas(?:ing|ed)|correct(?:ing|ed))\s+(?:the|its|his|her|their)\s+"
    r"(?:(?:overall|total)\s+)?(?:death\s+toll|toll|number\s+of\s+(?:the\s+|those\s+)?"
    r"(?P<kind>injured|wounded|dead|deaths|killed|fatalities))"
    # "in Saporischschja", "in the city": the place between the noun and its figure
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?P<place>[^.;,:\d]{1,40}?))?\s+(?:upwards?\s+)?to\s",
    re.IGNORECASE,
)
_CUE_WORDS: tuple[str, ...] = ("rais", "bring", "brought", "lift", "push", "updat", "revis")
_CUE_WORDS2: tuple[str, ...] = ("increas", "correct")
# "one of the wounded had died", "two of the injured had succumbed", "a woman among the
# injured had died": the dead who came from the injured.
_INNER = re.compile(
    r"^\s*(?:[\w-]+\s+of\s+the|[\w\s-]{1,30}?\bamong\s+the)\s+(?:injured|wounded|hurt)\b"
    r"[^.;:]{0,40}?\b(?:had\s+|has\s+|have\s+)?(?:died|succumbed|passed\s+away)\b",
    re.IGNORECASE,
)
_PLAIN: frozenset[str] = frozenset(["people", "persons", "residents", "civilians"])
_REACH = 1500
"""How far before the rise the toll it updates may end."""


def _sentence(starts: list[int], at: int) -> int:
    return max(0, bisect_right(starts, at) - 1)


def fold_raising(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the story's two-kind toll taking a later one-kind rise told with its
    reporter as the subject or a closing participle; the rise's record and the deaths it
    explains dropped."""
    low = lowered(doc)
    if not any(body_has(low, w) for w in _CUE_WORDS) and not any(
        body_has(low, w) for w in _CUE_WORDS2
    ):
        return found
    starts = [s.start for s in doc.sentences]
    dropped: set[int] = set()
    for i, f in enumerate(found):
        if not isinstance(f, Casualty) or (f.killed is None) == (f.injured is None):
            continue
        at = _sentence(starts, f.evidence.start)
        sent = doc.sentences[at]
        m = None
        for cand in _CUE.finditer(doc.body, sent.start, min(sent.end, f.evidence.end + 40)):
            if cand.start() <= f.evidence.end and f.evidence.start <= cand.end() + 12:
                m = cand
        if m is None:
            continue
        word = (m.group("kind") or "dead").lower()
        hurt = word in ("injured", "wounded")
        value = f.injured if hurt else f.killed
        if value is None:
            continue
        place = m.group("place")
        j = _story_toll(doc, starts, found, i, at, hurt, place, dropped)
        if j is None:
            continue
        old = found[j]
        assert isinstance(old, Casualty)
        figure = old.injured if hurt else old.killed
        assert figure is not None
        if figure < value:
            found[j] = replace(old, injured=value) if hurt else replace(old, killed=value)
            dropped.add(i)
            if not hurt:
                dropped |= _explained(doc, starts, found, at, value - figure)
    dropped |= _inner_of_update(doc, starts, found)
    return [f for n, f in enumerate(found) if n not in dropped] if dropped else found


def _inner_of_update(doc: Document, starts: list[int], found: list[Finding]) -> set[int]:
    """Deaths explained in the sentence of a two-kind update that states the rise ("police
    said one of the injured had died in hospital, raising the death toll to two, and that the
    number of injured had risen to 16"): the update's toll holds them."""
    out: set[int] = set()
    for n, g in enumerate(found):
        if not isinstance(g, Casualty) or g.injured is not None or g.killed is None:
            continue
        if not _INNER.match(g.evidence.text):
            continue
        at = _sentence(starts, g.evidence.start)
        sent = doc.sentences[at]
        if _CUE.search(doc.body, g.evidence.end, sent.end) is None:
            continue
        if any(
            isinstance(h, Casualty)
            and h is not g
            and h.killed is not None
            and h.killed > g.killed
            and _sentence(starts, h.evidence.start) == at
            for h in found
        ):
            out.add(n)
    return out


def _story_toll(
    doc: Document,
    starts: list[int],
    found: list[Finding],
    i: int,
    at: int,
    hurt: bool,
    place: str | None,
    dropped: set[int],
) -> int | None:
    """The index of the two-kind toll the rise ``found[i]`` (sentence ``at``) updates: the
    nearest earlier one, or with a place named in the rise ("raised the number of dead in
    Saporischschja to five") the nearest one whose sentence names that place (not the
    village's toll told between them)."""
    f = found[i]
    assert isinstance(f, Casualty)
    first: int | None = None
    stem = place.strip()[:5].lower() if place and place[:1].isupper() else ""
    for j in range(i - 1, -1, -1):
        old = found[j]
        if not isinstance(old, Casualty) or j in dropped:
            continue
        if f.evidence.start - old.evidence.end > _REACH:
            # "... reported that one of the wounded in Nikopol had died, raising the death
            # toll to two" paragraphs after the Nikopol toll: its place reaches further.
            if f.evidence.start - old.evidence.end > 2 * _REACH:
                break
            if not same_town(f.location, old.location):
                continue
        if _sentence(starts, old.evidence.start) == at or is_share(old):
            continue  # the explained death, a subgroup
        if (old.injured if hurt else old.killed) is None:
            continue
        if old.killed is None or old.injured is None:
            if first is None and not stem:
                return None  # a one-kind toll's rise is ``_repeats``' to drop
            continue
        if (
            f.location not in (None, old.location)
            and not stem
            and not same_town(f.location, old.location)
        ):
            return None
        if old.group not in _PLAIN and old.group != f.group:
            words = old.group.lower().split()
            if not words or words[-1] not in doc.sentences[at].text.lower():
                return None  # port workers' toll, a school's rise: another incident
        if not stem:
            return j
        if first is None:
            first = j
        if stem in doc.sentences[_sentence(starts, old.evidence.start)].text.lower():
            return j
    return first


def _explained(
    doc: Document, starts: list[int], found: list[Finding], at: int, gained: int
) -> set[int]:
    """Records of the deaths a rise in sentence ``at`` explains: "N of the wounded had died"
    in that sentence or opening the next one of its paragraph, N no more than it gained."""
    out: set[int] = set()
    for n, g in enumerate(found):
        if not isinstance(g, Casualty) or g.injured is not None or g.killed is None:
            continue
        where = _sentence(starts, g.evidence.start)
        if where == at + 1:
            if doc.sentences[where].paragraph != doc.sentences[at].paragraph:
                continue
        elif where != at:
            continue
        if g.killed <= gained and _INNER.match(g.evidence.text):
            out.add(n)
    return out

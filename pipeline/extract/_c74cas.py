"""Round c74's restated and updated tolls (helper h_gen_c74, ``dev_numeric123``), hooked
last in :func:`pipeline.extract._n28cas.revise`, after ``_c72cas``.

Real pages (studied, never copied; real14, real18, real28) keep a toll beside the same toll
told again, which the conventions make one record (the update replaces the old figure, a
restatement gives none). Examples are this module's own words:

- an update of one kind beside the story's one full toll of the same people: "killed three
  people and wounded 15 ... by night the death toll had risen to three" (equal: no record),
  "killing five people and injuring 20 ... the death toll rose to seven" (larger: the full
  toll takes the new figure, 7/20); not when the update names its own attack's day or
  place ("the toll from the attack on Monday", "the strike on Reni");
- the same one-kind figure (10 or more) told twice for one group and one place named in
  both sentences ("killed more than 30 people in Vinnytsia ... has claimed more than 30
  lives"): the later is no record (small figures recur in a story's place items);
- an older, lower count of the same dead (at least 80 % of it) told after the story's
  larger toll ("killing at least 12 people ... At least ten people were reported killed in
  Pokrovsk"): no record, unless its sentence marks another attack, place, group, share or
  correction, or a second source tells it as its own figure.

Only plain groups (people, persons, civilians, residents) take part. Records are kept in
start order and looked up by bisect within a window, so the pass stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_PLAIN: frozenset[str] = frozenset({"people", "persons", "civilians", "residents"})
# an update of a toll: "has risen to", "raising the death toll to", "now at", "stood at"
_UPDATE = re.compile(
    r"\b(?:(?:has|had|have)\s+(?:since\s+|now\s+|further\s+)?(?:risen|increased|grown|climbed|"
    r"reached)|rose|rises|raising|raised|climbed|reached|increased)\b(?:\s+\w+){0,6}?\s+(?:to\b)?|"
    r"\b(?:toll|number)\b[^.]{0,40}?\b(?:now|stood|stands)\s+at\b",
    re.IGNORECASE,
)
# the sentence tells its own event, group or share: its toll is no restatement
_OWN = re.compile(
    r"\b(?:another|other|others|separate(?:ly)?|more|further|additional|also|elsewhere|"
    r"earlier\s+(?:this|that|on|in)|previous|yesterday|in\s+total|total|overall|since|"
    r"so\s+far\s+this|this\s+year|among|including|of\s+whom|of\s+them|both|two\s+attacks|"
    r"second|third|region|regions|across|lowered|revised|corrected|"
    r"of\s+the\s+(?:dead|victims|killed|civilians|people|injured|wounded))\b",
    re.IGNORECASE,
)
# the update's own attack is dated or placed: "the glide bomb attack on Monday evening rose
# to 17", "the toll from an artillery strike on Antonivka ... had risen to two"
_DAY = re.compile(
    r"\b(?:attack|strike|shelling|bombing|raid)\b[^.]{0,40}?\bon\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_PLACE = re.compile(r"\b(?:attack|strike|shelling|bombing|raid)\s+(?:on|of|in)\s+([A-Z][\w'’-]+)")
_TWIN_LEAST = 10
_MAX_GAP = 3000  # characters between the two tolls
_LOWER_SHARE = 0.8  # an older count is close to the toll it precedes, not a share ("5 of 8")


def _kind(c: Casualty) -> str | None:
    if c.killed is not None and c.injured is None:
        return "killed"
    if c.injured is not None and c.killed is None:
        return "injured"
    return None


def _figure(c: Casualty, kind: str) -> int | None:
    return c.killed if kind == "killed" else c.injured


def _same_place(a: Casualty, b: Casualty) -> bool:
    x, y = a.location, b.location
    if x is None or y is None or x.startswith(y) or y.startswith(x):
        return True
    return x.endswith(("district", "District")) or y.endswith(("district", "District"))


def _names_other(text: str, other: str, own: str | None) -> bool:
    """The update's sentence names a place the full toll's sentence does not ("the toll
    from an artillery strike on Antonivka ... had risen to two")."""
    if " on " not in text and " of " not in text and " in " not in text:
        return False
    for m in _PLACE.finditer(text):
        word = m.group(1)
        if word not in other and (own is None or word not in own):
            return True
    return False


def _sentence(doc: Document, c: Casualty) -> str:
    i = sentence_of(doc, c.evidence.start)
    return doc.sentences[i].text if i >= 0 else c.evidence.text


_SPAN = 1000  # the longest evidence a toll before the window may have


def _window(
    cas: list[tuple[int, Casualty]], starts: list[int], lo: int, hi: int
) -> list[tuple[int, Casualty]]:
    """The records whose evidence starts in ``[lo, hi]`` (``cas`` sorted by start)."""
    return cas[bisect_left(starts, lo) : bisect_right(starts, hi)]


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with restated and updated plain tolls folded into the story's toll."""
    cas = [(i, f) for i, f in enumerate(found) if isinstance(f, Casualty) and f.group in _PLAIN]
    if len(cas) < 2:
        return found
    out = list(found)
    drop: set[int] = set()
    starts = [f.evidence.start for _, f in cas]
    _updates(doc, cas, starts, out, drop)
    _twins(doc, cas, out, drop)
    _older(doc, cas, starts, out, drop)
    if not drop:
        return found
    return [f for i, f in enumerate(out) if i not in drop]


def _updates(
    doc: Document,
    cas: list[tuple[int, Casualty]],
    starts: list[int],
    out: list[Finding],
    drop: set[int],
) -> None:
    """A one-kind update equal to or above the kind's figure of the group's one full toll."""
    body = doc.body
    if not (" to " in body or " at " in body):
        return
    for i, u in cas:
        kind = _kind(u)
        if kind is None:
            continue
        value = _figure(u, kind)
        if value is None:
            continue
        text = _sentence(doc, u)
        if _UPDATE.search(text) is None or _OWN.search(u.evidence.text) is not None:
            continue
        if _DAY.search(text) is not None:
            continue  # "the toll from the attack on Monday evening rose to 17": another
        at = u.evidence.start
        fulls = [
            j
            for j, f in _window(cas, starts, at - _MAX_GAP, at + _MAX_GAP)
            if j not in drop
            and f.killed is not None
            and f.injured is not None
            and f.group == u.group
            and abs(f.evidence.start - u.evidence.start) <= _MAX_GAP
        ]
        if len(fulls) != 1:
            continue
        j = fulls[0]
        full = out[j]
        if not isinstance(full, Casualty) or not _same_place(full, u):
            continue
        other = _sentence(doc, full)
        if _names_other(text, other, u.location):
            continue
        if full.location is None and u.location is not None and u.location not in other:
            continue  # "... 40 wounded in the strike. In Kyiv the toll rose to 14": a place's
        old = _figure(full, kind)
        if old is None or value < old:
            continue
        if value > old:
            out[j] = (
                replace(full, killed=value) if kind == "killed" else replace(full, injured=value)
            )
        drop.add(i)


def _twins(
    doc: Document, cas: list[tuple[int, Casualty]], out: list[Finding], drop: set[int]
) -> None:
    """The same one-kind figure of one group and named place told again later."""
    seen: dict[tuple[str, str, int, str], int] = {}
    for i, c in cas:
        if i in drop or c.location is None:
            continue
        kind = _kind(c)
        if kind is None:
            continue
        value = _figure(c, kind)
        if value is None or value < _TWIN_LEAST:
            continue  # small figures recur in a story's place items ("two in Druzhkivka")
        key = (c.group, kind, value, c.location)
        first = seen.get(key)
        if first is None:
            seen[key] = i
            continue
        head = out[first]
        if not isinstance(head, Casualty) or c.evidence.start - head.evidence.end > _MAX_GAP:
            seen[key] = i
            continue
        text = _sentence(doc, c)
        if _OWN.search(text) is not None or c.location not in text:
            continue
        if c.location not in _sentence(doc, head):
            continue
        drop.add(i)


def _older(
    doc: Document,
    cas: list[tuple[int, Casualty]],
    starts: list[int],
    out: list[Finding],
    drop: set[int],
) -> None:
    """A lower one-kind count of the group's dead or wounded told after its larger toll."""
    for i, low in cas:
        if i in drop:
            continue
        kind = _kind(low)
        if kind != "killed":  # a wounded count measures its own thing (treated, in hospital)
            continue
        value = _figure(low, kind)
        if value is None or value < 2:
            continue
        tops = []
        at = low.evidence.start
        for j, f in _window(cas, starts, at - _MAX_GAP - _SPAN, at):
            if j == i or j in drop or f.group != low.group:
                continue
            fig = _figure(f, kind)
            if fig is not None and fig > value and f.evidence.end <= low.evidence.start:
                tops.append((j, f, fig))
        if len(tops) != 1:
            continue
        _, top, fig = tops[0]
        if value < fig * _LOWER_SHARE or low.evidence.start - top.evidence.end > _MAX_GAP:
            continue
        text = _sentence(doc, low)
        if _OWN.search(text) is not None or _UPDATE.search(text) is not None:
            continue
        if low.reported_by is not None and top.reported_by not in (None, low.reported_by):
            continue  # a second source's own figure
        place = low.location
        if (
            place is not None
            and place != top.location
            and (top.location is not None or place not in _sentence(doc, top))
        ):
            continue  # another town's toll
        drop.add(i)

"""Round n42's casualty revisions: "Among the dead were" lists, other residents elsewhere.

Real agency copy (the real11/real12/real14 page sets) told two shapes the earlier readers
missed:

- a list of counted subgroups after "Among the deceased/dead/killed/victims were/are"
  ("Among the deceased were four children, one woman, and the mayor ..."; "Among the
  victims are 50 children and 94 women"): one killed record per counted item (the
  conventions' subgroup rule; "victims" only after a death toll); items with no figure ("a
  local priest", "the mayor") are no record; lists of the injured are left to the earlier
  readers (a recap's "Among the injured are ..." is background there);
- "N other/more PLACE residents were killed in a separate (shelling) attack": its own
  record, group residents (the conventions' "a further N" in a separate attack is news).

Both passes are gated on a literal of the body before any regex runs.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._bodylits import body_has
from pipeline.extract._casualty_groups import GROUPS
from pipeline.extract._nlit import sentences_with
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import SMALL_WORDS, TEEN_WORDS, parse_number

__all__ = ["revise"]

_NUM = rf"\d+|{SMALL_WORDS}|{TEEN_WORDS}|twenty|thirty|forty|fifty"
_AMONG = re.compile(
    r"\bAmong\s+the\s+(?P<k>deceased|dead|killed|victims|fatalities)\s+"
    r"(?:were|are|was|is)\s+(?P<list>[^.;:]+)"
)
_ITEM = re.compile(
    r"^(?:at\s+least\s+)?(?P<n>" + _NUM + r")\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)$",
    re.I,
)
_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_OTHER = re.compile(
    r"\b(?P<n>" + _NUM + r")\s+(?:other|more)\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?residents\s+"
    r"(?:of\s+(?:the\s+)?[\w'’ -]{1,30}?\s+)?(?:were|have\s+been|had\s+been)\s+killed\s+"
    r"in\s+(?:a\s+separate|another)\b",
    re.I,
)


def _group(np: str) -> str | None:
    """The recorded group of an item's noun phrase, or None when it names no people."""
    words = np.lower().split()
    for k in (2, 1):
        if len(words) >= k:
            key = " ".join(words[-k:])
            if key in GROUPS:
                return GROUPS[key]
            if key + "s" in GROUPS:
                return GROUPS[key + "s"]
    return None


def _read(starts: list[int], a: int, b: int) -> bool:
    """True when a record read already starts inside ``[a, b)``."""
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def _told(found: list[Finding], a: int, b: int) -> set[int]:
    """The death figures of the records read already inside ``[a, b)`` ("officers" read
    from "two police officers")."""
    return {
        f.killed
        for f in found
        if isinstance(f, Casualty) and f.killed is not None and a <= f.evidence.start < b
    }


def _lists(doc: Document, found: list[Finding], starts: list[int]) -> list[Finding]:
    has = {(f.group, f.killed) for f in found if isinstance(f, Casualty)}
    any_killed = any(isinstance(f, Casualty) and f.killed for f in found)
    out: list[Finding] = []
    for sent in sentences_with(doc, "Among the"):
        for m in _AMONG.finditer(sent.text):
            if m.group("k") == "victims" and not any_killed:
                continue  # "victims" names the dead only after a death toll
            told = _told(found, sent.start, sent.start + len(sent.text))
            pos = m.start("list")
            for part in _SPLIT.split(m.group("list")):
                at = sent.text.find(part, pos)
                pos = at + len(part)
                hit = _ITEM.match(part.strip())
                if hit is None:
                    continue
                n = parse_number(hit.group("n"))
                group = _group(hit.group("np"))
                if n is None or group is None:
                    continue
                a, b = sent.start + at, sent.start + at + len(part.rstrip())
                if (group, n) in has or n in told or _read(starts, a, b):
                    continue
                has.add((group, n))
                out.append(bare_casualty(doc, a, b, group, n, None))
    return out


def _others(doc: Document, found: list[Finding], starts: list[int]) -> list[Finding]:
    out: list[Finding] = []
    for sent in sentences_with(doc, "residents"):
        for m in _OTHER.finditer(sent.text):
            n = parse_number(m.group("n"))
            a, b = sent.start + m.start(), sent.start + m.end()
            if n is None or _read(starts, a, b):
                continue
            if any(
                isinstance(f, Casualty) and f.group == "residents" and f.killed == n for f in found
            ):
                continue
            out.append(bare_casualty(doc, a, b, "residents", n, None))
    return out


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the records of the module's two shapes the earlier readers missed."""
    body = doc.body
    among = body_has(body, "Among the")
    other = body_has(body, "residents") and (
        body_has(body, "separate") or body_has(body, "another")
    )
    if not (among or other):
        return found
    starts = sorted(f.evidence.start for f in found if isinstance(f, Casualty))
    new: list[Finding] = []
    if among:
        new.extend(_lists(doc, found, starts))
    if other:
        new.extend(_others(doc, found, starts))
    if not new:
        return found
    return sorted([*found, *new], key=lambda f: f.evidence.start)

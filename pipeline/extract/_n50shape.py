"""Shapes round n50 (h_fix_n50) shares between its strike and air-defence readings.

Three shapes change what a counted launch is, so the strike reader (:mod:`_n50strike`) and
the air-defence reader (:mod:`_n50air`) must see them the same way:

- "Around 50 rockets launched from Lebanon within 15 minutes struck ..., the military said
  on Wednesday, adding some of them were intercepted": an outcome without a number after a
  long launch clause (the written `dev_numeric49` call): launched N, intercepted null;
- "fired 363 drones ..., adding that air defences failed to stop only four drones": the
  figure that got through is no shoot-down; the launch has an outcome without a number;
- a ticker line "Update: ... now N" (also "UPDATE, 15:20:", "Update (19:05):") restates
  the story's count with its later figure: one record, the update's.

Each shape is gated on a literal ("adding", "failed to stop", "pdate") before any regex.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.extract._bodylits import body_has
from pipeline.extract._n49shape import NUM
from pipeline.extract._perdoc import per_document
from pipeline.extract.model import Document

__all__ = ["NUM", "Launch", "failed_stops", "update_sentences", "vague_launches"]


class Launch(NamedTuple):
    """A counted launch whose sentence states an outcome without a number."""

    sentence: int
    start: int
    """Body offset of the launch figure."""
    end: int
    """Body offset one past the launch noun."""
    figure: str
    drone: bool


_NOUN = r"(?:rockets|projectiles|missiles|drones|UAVs)"
_LEAD = re.compile(
    r"^(?:(?:about|around|roughly|some|nearly|almost|approximately|more\s+than|over)\s+)?"
    r"(?P<q>" + NUM + r")\s+(?P<n>(?:[\w-]+\s+){0,2}?" + _NOUN + r")\s+"
    r"(?:launched|fired)\s+from\b",
    re.I,
)
_VAGUE = re.compile(
    r",\s+adding\s+(?:that\s+)?(?:some|several|a\s+few|a\s+number|most|many)\s+of\s+them\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:intercepted|shot\s+down|downed)\b"
)
_FAILED = re.compile(
    r"\bfailed\s+to\s+stop\s+(?:only\s+)?(?P<q>" + NUM + r")(?:\s+(?P<n>drones|missiles|"
    r"rockets|UAVs|of\s+them))?\b"
)
_LAUNCH = re.compile(
    r"(?:\b(?:fired|launched|sent)|,|\band)\s+(?:(?:about|around|some|more\s+than|over)\s+)?"
    r"(?P<q>" + NUM + r")\s+(?P<n>(?:[\w\"“”-]+\s+){0,2}?(?:drones|missiles|UAVs|rockets))\b"
)
_UPDATE = re.compile(r"^\s*UPDATE\b(?:[^:]|:\d){0,20}:\s", re.I)


@per_document
def vague_launches(doc: Document) -> list[Launch]:
    """Launches told before ", adding some of them were intercepted" in their sentence."""
    if not body_has(doc.body, ", adding "):
        return []
    out: list[Launch] = []
    for idx, sent in enumerate(doc.sentences):
        text = sent.text
        if ", adding " not in text or _VAGUE.search(text) is None:
            continue
        m = _LEAD.match(text)
        if m is None:
            continue
        drone = m.group("n").lower().endswith(("drones", "uavs"))
        out.append(
            Launch(idx, sent.start + m.start("q"), sent.start + m.end("n"), m.group("q"), drone)
        )
    return out


@per_document
def failed_stops(doc: Document) -> list[tuple[int, str, Launch | None]]:
    """(sentence, figure that got through, the launch it belongs to) per "failed to stop N".

    The launch is the last counted launch of the weapon named (drones unless missiles or
    rockets are) in the sentence or the one before it; None when there is none.
    """
    if not body_has(doc.body, "failed to stop"):
        return []
    out: list[tuple[int, str, Launch | None]] = []
    for idx, sent in enumerate(doc.sentences):
        if "failed to stop" not in sent.text:
            continue
        m = _FAILED.search(sent.text)
        if m is None:
            continue
        noun = (m.group("n") or "").lower()
        drone = noun in ("", "drones", "uavs", "of them")
        found: Launch | None = None
        for back in (idx, idx - 1):
            if back < 0 or found is not None:
                continue
            prior = doc.sentences[back]
            limit = m.start() if back == idx else len(prior.text)
            for lm in _LAUNCH.finditer(prior.text, 0, limit):
                ldrone = not lm.group("n").lower().endswith(("missiles", "rockets"))
                if ldrone == drone or noun == "of them":
                    found = Launch(
                        back,
                        prior.start + lm.start("q"),
                        prior.start + lm.end("n"),
                        lm.group("q"),
                        ldrone,
                    )
        out.append((idx, m.group("q"), found))
    return out


@per_document
def update_sentences(doc: Document) -> list[int]:
    """Indices of ticker update sentences ("Update: ...") that state a figure "now"."""
    if not body_has(doc.body, "pdate") and not body_has(doc.body, "PDATE"):
        return []
    return [
        i
        for i, s in enumerate(doc.sentences)
        if s.text[:1] in "Uu \n" and " now " in s.text and _UPDATE.match(s.text)
    ]

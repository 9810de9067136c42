"""Round n71's figureless-outcome pairing (helper h_gen_n71, ``dev_numeric120``), called by
:mod:`pipeline.extract._n71air`'s two revisions.

The written rule reads a counted launch whose outcome is stated without a number ("fired
about 200 ballistic missiles; most were intercepted") as one interception, launched N,
intercepted null, not a strike. The real sets (studied, never copied) tell that outcome with
an article or "many" instead of a share, in a neighbouring sentence or paragraph of the same
story: "... fired N missiles at a ship and at least one drone at warships" then "it destroyed
a Houthi UAV headed toward ..."; "launched more than N strike drones" then "air defence
managed to destroy many targets" (an outcome told before a claimed launch stays apart:
the army's "intercepted a ballistic missile" and the group's "fired two missiles" are a strike,
as ``heldout`` labels it). Each such launch (its weapon class named by the
outcome, or "targets" for any) is a launch-only interception, and its strike is dropped.

Gated on outcome-verb literals before any regex; the launch regex runs only over sentences
near an outcome (a bounded window), so the pass is linear in the text.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import Launch, one_count
from pipeline.extract.model import Document

__all__ = ["figureless_launches"]

_Q = r"(?:(?:more\s+than|over|around|about|some|nearly|almost|at\s+least|roughly|up\s+to)\s+)?"
_N = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen)"
)
_LAUNCH = re.compile(
    r"(?<![-\w])(?P<q>" + _Q + _N + r")\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?P<w>rockets?|missiles?|projectiles?|drones?|UAVs?)\b(?!\s+(?:attacks?|strikes?)\b)",
    re.IGNORECASE,
)
_FIRE = re.compile(r"\b(?:fired|launched|deployed|sent)\b")
_OUTCOME = re.compile(
    r"\b(?:intercepted|shot\s+down|downed|destroyed|destroy|neutrali[sz]ed)[”\"’]?\s+"
    r"(?:a|an|many)\s+(?:[A-Za-z-]+\s+){0,2}?(?P<w>UAV|drone|Shahed|missile|rocket|projectile|targets)\b"
    r"(?!\s+(?:factory|plant|depot|base|launchers?|warehouse|operators?|units?|production|"
    r"storage|site|command|hub|workshop|boat|ship|team))"
)
_CHEAP = ("intercepted ", "shot down ", "downed ", "destroy", "neutrali")
_PAST = re.compile(r"\b(?:ago|last\s+(?:year|month|week)|in\s+20\d\d)\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b")
_VERB = re.compile(
    r"\b(?:(?P<f>fired|launched|deployed|sent)|intercepted|shot\s+down|downed|destroyed|wounded|"
    r"killed|injured|hit|struck|landed|fell)\b"
)
_BACK = 120
"""How far before a count its firing verb may stand (characters, no other verb between)."""


def _fired(text: str, at: int) -> bool:
    """Whether the last verb in the ``_BACK`` characters before ``at`` is a firing verb."""
    last: re.Match[str] | None = None
    for v in _VERB.finditer(text, max(0, at - _BACK), at):
        last = v
    return last is not None and last.group("f") is not None


_AFTER = 4
"""How many paragraphs after a launch its figureless outcome is looked for."""


def _cls(word: str) -> str:
    w = word.lower()
    if w == "targets":
        return "any"
    return "drone" if w.startswith(("drone", "uav", "shahed")) else "missile"


def figureless_launches(doc: Document) -> list[Launch]:
    """``(start, end, weapon, launched, None, approx)`` of each counted launch a figureless
    outcome of the same story answers."""
    body = doc.body
    out: list[Launch] = []
    if not any(c in body for c in _CHEAP):
        return out
    sents = doc.sentences
    outcomes: dict[int, list[tuple[int, str]]] = {}  # paragraph -> (offset, class)
    for sent in sents:
        text = sent.text
        if not any(c in text for c in _CHEAP):
            continue
        for m in _OUTCOME.finditer(text):
            outcomes.setdefault(sent.paragraph, []).append(
                (sent.start + m.start(), _cls(m.group("w")))
            )
    if not outcomes:
        return out
    seen: set[int] = set()
    for sent in sents:
        text = sent.text
        para = sent.paragraph
        near = [oc for p in range(para, para + _AFTER + 1) for oc in outcomes.get(p, ())]
        if not near or _FIRE.search(text) is None or _PAST.search(text) is not None:
            continue
        for m in _LAUNCH.finditer(text):
            if (
                text[m.end() : m.end() + 4] == " of "
                or " of the" in text[max(0, m.start() - 8) : m.start()]
            ):
                continue
            if not _fired(text, m.start()):
                continue
            if _SINCE.search(text, m.end(), m.end() + 60) is not None:
                continue  # a running total ("fired 100 rockets since October")
            q = one_count(m.group("q"))
            cls = _cls(m.group("w"))
            end = sent.start + m.end()
            if (
                q is None
                or q.value in seen
                or not any(at > end and c in ("any", cls) for at, c in near)
            ):
                continue
            seen.add(q.value)
            out.append((sent.start + m.start(), sent.start + m.end(), cls, q.value, None, q.approx))
    return out

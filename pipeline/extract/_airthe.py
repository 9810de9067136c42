"""Per-model outcomes told of "the N X" after a launch list.

A night's launch list in translated German copy ("sent 57 drones ..., in addition six
ballistic rockets of the type Iskander-M and four cruise missiles of the type Kh-101")
is answered model by model in the next sentences, each outcome naming its weapons with
the definite article:

- "The cruise missiles could all four be destroyed" (German "Die Marschflugkörper
  konnten alle vier zerstört werden"): every one of the four, 4/4;
- "the six Iskander-M reached their targets": all six got through, a stated zero (6/0),
  as "the missiles reached their targets" is after a counted launch.

The sentence reader skips both: the first has its figure between "all" and the verb,
the second reads as a hit ("two drones struck a school"). :func:`definite_outcomes` adds
them as outcomes that need a counted launch of their weapon (and model) before them;
without one they give nothing, and a share ("the remaining two", "two of the missiles
reached their targets") is never read here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmake import Mention
from pipeline.extract._airmake import make as _mention
from pipeline.extract._airmodel import model_after
from pipeline.extract._airnoun import AIR_NOUN, DOWNED, weapon_of
from pipeline.extract.model import InterceptWeapon, Sentence
from pipeline.extract.numbers import find_quantities

# "The cruise missiles could all four be destroyed", "... were all six shot down".
_ALL_N = re.compile(
    r"\b(?:the|these|those)\s+(?P<np>[^,.;:]{1,50}?)\s+(?:could|were|had\s+been|have\s+been)\s+"
    r"(?:also\s+)?all\s+(?P<n>\w+)\s+(?:be\s+|been\s+)?(?:also\s+)?"
    rf"(?:{DOWNED}|stopped)\b",
    re.IGNORECASE,
)
# "the six Iskander-M reached their targets": the figure right after "the".
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_ARRIVED = re.compile(
    r"\s+(?:all\s+)?(?:reached|hit|struck)\s+(?:their|its)\s+(?:targets?|goals?|objectives?)\b",
    re.IGNORECASE,
)
_NP_END = re.compile(r"[^,.;:]{1,45}?(?=\s+(?:all\s+)?(?:reached|hit|struck)\s)", re.IGNORECASE)


def _weapon(phrase: str) -> tuple[InterceptWeapon | None, str]:
    """The weapon a noun phrase names, by noun or model ("cruise missiles", "Kh-59")."""
    phrase = phrase.strip()
    noun = re.search(rf"\b(?:{AIR_NOUN})\b", phrase, re.IGNORECASE)
    if noun is not None:
        return weapon_of(noun), phrase
    named = model_after(" " + phrase, 0)
    return (named[1], phrase) if named is not None else (None, phrase)


def definite_outcomes(idx: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus the "could all N be downed" and "the N X reached their targets"
    outcomes of sentence ``idx``."""
    text = sent.text
    low = text.lower()
    if " all " not in low and "reached" not in low and " hit " not in low and "struck" not in low:
        return mentions
    taken = {m.num_start - sent.start for m in mentions}
    out = list(mentions)
    for m in _ALL_N.finditer(text) if " all " in low else ():
        figures = [q for q in find_quantities(text) if q.num_start == m.start("n")]
        if not figures or figures[0].num_start in taken:
            continue
        weapon, phrase = _weapon(m.group("np"))
        if weapon is None or weapon == "mixed":
            continue
        q = figures[0]
        made = _mention(idx, sent, m.start(), m.end(), q.num_start, q.value, None, True,
                        q.approx, weapon, "intercept", phrase)  # fmt: skip
        out.append(replace(made, definite=True, needs_launch=True))
    for q in find_quantities(text):
        if q.num_start in taken or _THE_BEFORE.search(text, max(0, q.start - 5), q.start) is None:
            continue
        np = _NP_END.match(text, q.end)
        if np is None or _ARRIVED.match(text, np.end()) is None:
            continue
        weapon, phrase = _weapon(np.group())
        if weapon is None or weapon == "mixed":
            continue
        end = _ARRIVED.match(text, np.end())
        assert end is not None
        if any(
            o.role == "intercept" and o.value == 0 and o.weapon in (None, weapon) for o in mentions
        ):
            continue  # "The two missiles reached their targets": read already as a zero
        made = _mention(idx, sent, q.start, end.end(), q.num_start, 0, None, False, q.approx,
                        weapon, "intercept", text[q.start : np.end()])  # fmt: skip
        out.append(replace(made, implied=q.value, definite=True, needs_launch=True))
    out.sort(key=lambda x: x.num_start)
    return out

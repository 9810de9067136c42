"""Strike figures counted as "flying objects of the type X" and shellings after a colon.

Two shapes of translated ticker copy name the weapon late or not at all:

- "Russia launched 75 flying objects of the type Shahed at Kyiv" (German "Flugobjekte vom
  Typ Shahed"): the noun after the figure is generic and the model after "of the type"
  says what was fired; :func:`typed_objects` reads the model as the figure's noun, so the
  weapon table classes it (a drone for Shahed or Gerbera, a missile for Iskander-M).
- "The Russians attacked 18 localities in the Sumy region: 27 shellings in one day": the
  figure after the colon has no verb of its own, the clause before it carries the attack
  verb; :func:`colon_tally` says so, so the tally is read with that clause's verb (the
  localities before the colon stay no count, as the written rule has it).
"""

from __future__ import annotations

import re

from pipeline.extract._strikelist import model_noun

_TYPED = re.compile(
    r"\s+(?:(?:unmanned\s+)?(?:flying|aerial|air)\s+)objects?\s+of\s+the\s+types?(?=\s)",
    re.IGNORECASE,
)


def typed_objects(text: str, end: int) -> tuple[str, int] | None:
    """The model named by "flying objects of the type X" right after a figure ending at
    ``end`` (lower-cased, as :func:`model_noun` gives it) and the model's end."""
    m = _TYPED.match(text, end)
    return model_noun(text, m.end()) if m is not None else None


# The clause before the colon tells an attack: "The Russians attacked 18 localities in the
# Sumy region:", "Kharkiv region under fire:", "Russian troops shelled the district:".
_ATTACK_HEAD = re.compile(
    r"\b(?:attack(?:ed|s)?|under\s+(?:fire|attack|shelling)|shell(?:ed|s)|struck|hit|"
    r"fired\s+(?:at|on)|bombard(?:ed|s)|targeted)\b",
    re.IGNORECASE,
)
_HEAD_REACH = 160


def colon_tally(text: str, start: int) -> bool:
    """True when the figure at ``start`` opens the tally after a colon whose clause tells
    the attack ("...: 27 shellings in one day"); the tally has no verb of its own."""
    head = text[max(0, start - _HEAD_REACH) : start].rstrip()
    if not head.endswith(":"):
        return False
    head = re.split(r"[.;:]\s", head[:-1])[-1]
    return _ATTACK_HEAD.search(head) is not None

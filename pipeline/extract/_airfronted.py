"""An outcome figure whose weapon is fronted in an "of the ..." phrase naming a model.

Per-model outcomes in translated and agency copy front the model and leave the figure
bare: "Of the Kh-101, 34 were shot down, all eight Kalibr were intercepted", "Of the
Kalibr, five were intercepted, and of the Kh-101, all ten were downed". The fronted
readings of :mod:`pipeline.extract._airnoun` want a noun ("Of the drones, ..."), so the
bare figure after a model named no weapon and paired with the nearest launch of any kind.

:func:`fronted_model` reads the model right before the figure (at the sentence's start
or after a comma or semicolon, "and" allowed), giving its kind and name, so the share
pairs with the launch of that model.
"""

from __future__ import annotations

import re

from pipeline.extract.model import InterceptWeapon
from pipeline.extract.weapons import MODEL_RE, model_named

_FRONT = re.compile(
    r"(?:^|[,;]\s*)\W*(?:and\s+)?of\s+the\s+(?P<name>[A-Z][\w-]*(?:/[\w-]+)*)"
    r"(?:\s+(?:missiles|drones|rockets))?\s*,?\s+(?:only\s+|all\s+)?$",
    re.IGNORECASE,
)


def fronted_model(text: str, start: int) -> tuple[InterceptWeapon, str] | None:
    """The kind and model of "Of the Kh-101, " right before the figure at ``start``."""
    if "of the " not in text.lower():
        return None
    front = _FRONT.search(text, max(0, start - 60), start)
    if front is None:
        return None
    name = front.group("name")
    named = MODEL_RE.fullmatch(name)
    if named is None:
        return None
    model = model_named(named.group())
    if model.category not in ("drone", "missile"):
        return None
    return model.category, model.name

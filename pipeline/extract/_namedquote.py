"""Quotation marks around a weapon's name are no one's words.

Translated bulletins put model names in marks: "attacked with 14 «Shahed» drones",
"two “Kinzhal” missiles". Read as a partial quote, the name became the General Staff's
statement and hid the reported clause it sits in. A quote whose whole text is a known
model (its plural too) names a weapon, like Operation “Spiderweb” names an operation.
"""

from __future__ import annotations

from pipeline.extract.weapons import MODEL_RE

_MAX_NAME = 24
"""Longer than any model spelling with a plural ending: no table lookup needed."""


def weapon_name(text: str) -> bool:
    """Whether a quote's ``text`` is only a weapon model's name ("Shahed", "Kh-101s")."""
    name = text.strip(" ,.")
    return len(name) <= _MAX_NAME and MODEL_RE.fullmatch(name) is not None

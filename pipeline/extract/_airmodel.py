"""Which drone or missile model an air-defence figure names ("nine Shahed-136/131").

Split from :mod:`pipeline.extract._airmention` (which reads the figures) to keep that
module under the size limit: naming the model is a question of its own.
"""

from __future__ import annotations

import re

from pipeline.extract.model import InterceptWeapon
from pipeline.extract.weapons import MODEL_RE, MODELS, find_models, model_named

# "11 of the Kh-101s": a share of a model's launch, named by the model alone.
_MODEL_AFTER = re.compile(
    rf"\s+(?:of\s+(?:the|these|those)\s+)?(?P<model>{MODEL_RE.pattern})", re.IGNORECASE
)
_OF_THE = re.compile(r"\s+of\s+(?:the|these|those)\s+", re.IGNORECASE)
_MODEL_HINTS = frozenset(alias[:3] for alias in MODELS)


def model_after(text: str, end: int) -> tuple[re.Match[str], InterceptWeapon] | None:
    """A drone or missile model named right after a figure, with no noun ("nine
    Shahed-136/131"); the cheap look at its first letters skips the long pattern."""
    if text[end : end + 1] != " ":
        return None
    at = end + 1
    if text[at : at + 3].lower() == "of ":
        of = _OF_THE.match(text, end)
        if of is None:
            return None
        at = of.end()
    if text[at : at + 3].lower() not in _MODEL_HINTS:
        return None
    m = _MODEL_AFTER.match(text, end)
    if m is None:
        return None
    category = model_named(m.group("model")).category
    return (m, category) if category in ("drone", "missile") else None


def model_in(text: str, weapon: InterceptWeapon | None) -> str | None:
    """Models of ``weapon``'s kind named in ``text``, joined ("Kh-101/Kalibr")."""
    names: list[str] = []
    for model, _, _ in find_models(text):
        if (weapon in (None, "mixed") or model.category == weapon) and model.name not in names:
            names.append(model.name)
    return "/".join(names) if names else None


# "18 cruise missiles of the type Kh-101", "30 missiles of the types Kh-101 and Kalibr":
# the models a translated report names after its noun.
_OF_TYPE = re.compile(
    rf"\s+of\s+the\s+types?\s+{MODEL_RE.pattern}(?:\s*(?:,|and)\s*{MODEL_RE.pattern})*",
    re.IGNORECASE,
)


def typed_end(text: str, end: int) -> int:
    """The end of an "of the type X" phrase right after ``end``, else ``end``."""
    if text[end : end + 13].lower() not in (" of the type ", " of the types"):
        return end
    m = _OF_TYPE.match(text, end)
    return m.end() if m is not None else end

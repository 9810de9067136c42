"""A shoot-down counted in a generic noun ("machines", "devices", "units").

Translated copy often names the weapons once and counts the outcome with a noun that
says nothing of what flew: Polish "maszyn" ("Of the 188 drones, the defence forces
managed to shoot down 76 machines"), Spanish "dispositivos" ("a total of 115 drones ...
the Ukrainian defences neutralised 95 devices"), Ukrainian "одиниць" ("downed 71
units"), also as a share ("61 of the devices"). The noun points back to the weapons told
before, as "of them" does, so the reader (:mod:`pipeline.extract._airmention`) marks
such a figure as pointing back and needing a counted launch: with no launch to answer,
it is no record ("police destroyed 12 devices" never becomes a shoot-down).
"""

from __future__ import annotations

import re

# "76 machines", "95 devices", "71 units", "61 of the devices", "40 enemy devices"; never
# "units of equipment", "explosive devices" (a modifier other than the side's is refused),
# nor "14 enemy units" (troops).
_GENERIC = re.compile(
    r"\s+(?:of\s+(?:the|these|those)\s+)?(?:(?:(?:enemy|hostile|russian|such)\s+)?"
    r"(?:machines|devices)|units)\b(?!\s+of\b)(?!-)",
    re.IGNORECASE,
)
_INTERCEPT_BEFORE = re.compile(
    r"\b(?:shoot\s+down|shot\s+down|downed|destroy(?:ed)?|intercept(?:ed)?|"
    r"neutrali[sz](?:ed|e)|disabled|suppressed|eliminated)\s+(?:or\s+\w+\s+)?$",
    re.IGNORECASE,
)


def generic_noun(text: str, start: int, end: int) -> re.Match[str] | None:
    """The generic noun after the figure at ``start:end`` of ``text``, when an outcome
    verb stands right before the figure ("managed to shoot down 76 machines") or the noun
    is told as the outcome's subject ("121 of the devices had been neutralised")."""
    noun = _GENERIC.match(text, end)
    if noun is None:
        return None
    if _INTERCEPT_BEFORE.search(text, max(0, start - 40), start) is not None:
        return noun
    after = text[noun.end() : noun.end() + 50].lower()
    # ", was intercepted" after a fronted share: "The largest part, 31 devices, was ..."
    if re.match(r",?\s+(?:had\s+been|have\s+been|were|was)\s+(?:\w+\s+)?(?:shot|down|destroy|"
                r"intercept|neutrali|disabl|suppress|eliminat)", after):  # fmt: skip
        return noun
    return None

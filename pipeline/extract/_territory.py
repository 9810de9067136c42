"""A body placed by an unnamed territory: "the health ministry in the Hamas-run territory".

Agency copy names Gaza's health ministry by the territory the story already named ("the
health ministry in the Hamas-run territory", "... in the besieged enclave"). The noun phrase
walks stop at the lower-case place, leaving a bare "health ministry" (or "the Hamas-run
territory" before a verb). Read as "the territory's health ministry", the body takes the
place named before, as "the enclave's health ministry" already does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._lexicon import ORG_HEADS

_PLACE = (
    r"in[ \t]+the[ \t]+(?:(?:[\w-]+-(?:run|controlled|held|ruled|governed)|besieged|Palestinian"
    r"|occupied|war-torn|war-ravaged|coastal|embattled|devastated|blockaded)[ \t]+){0,2}"
    r"(?P<p>territory|enclave|strip)(?![\w-])"
)
_AFTER = re.compile(rf"[ \t]+{_PLACE}")
_BEFORE = re.compile(rf"[ \t]+{_PLACE}[ \t]*$")
Span = tuple[int, int] | None
_WHOLE = re.compile(rf"(?P<b>.+?)[ \t]+{_PLACE}$", re.IGNORECASE)


def _bodied(phrase: str) -> bool:
    return any(w.strip(",").lower() in ORG_HEADS for w in phrase.split())


def widened(text: str, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """``np`` with the territory after it ("the health ministry| in the Hamas-run
    territory"), when the phrase names a body; else ``np`` unchanged."""
    if np is None or not _bodied(text[np[0] : np[1]]):
        return np
    m = _AFTER.match(text, np[1], np[1] + 70)
    return (np[0], m.end()) if m is not None else np


def back(text: str, np: Span, end: int, before: Callable[[str, int], Span]) -> Span:
    """The body before "in the Hamas-run territory" ending at ``end`` ("the health ministry
    in the Hamas-run territory said"), where the walk found no noun phrase (``np``);
    ``before`` finds one ending at an offset (:func:`pipeline.extract._phrases.np_before`)."""
    if np is not None or " in the " not in text[max(0, end - 80) : end]:
        return np
    m = _BEFORE.search(text, max(0, end - 80), end)
    outer = before(text, m.start()) if m is not None else None
    if m is None or outer is None or not _bodied(text[outer[0] : outer[1]]):
        return np
    return outer[0], m.end("p")


def as_possessive(phrase: str) -> str:
    """ "the health ministry in the Hamas-run territory" -> "the territory's health ministry"
    (other phrases unchanged)."""
    if " in the " not in phrase:
        return phrase
    m = _WHOLE.match(phrase)
    if m is None or not _bodied(m.group("b")):
        return phrase
    body = m.group("b").split()
    body = body[1:] if body[0].lower() == "the" else body
    if "hamas-" in m.group().lower():  # "the Hamas-run territory" is Gaza wherever it stands
        return f"the Gaza {' '.join(body)}"
    return f"the {m.group('p').lower()}'s {' '.join(body)}"

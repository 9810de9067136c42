"""Stated zero outcomes of literal translated copy with no figure of their own (h_num26).

Spanish and Italian air-defence copy denies a shoot-down with an indefinite pronoun where
English says "none": "no pudo interceptar ninguno de los misiles" becomes "could not
intercept any of the missiles", "ninguno fue derribado" becomes "No one was shot down" (or
"No one of them was intercepted"), and "todos los cuales alcanzaron sus objetivos" becomes
"..., all of which reached their objectives". Each says that none of a counted launch went
down: the zero :mod:`pipeline.extract._airzero` reads for "none of the missiles", and like
"all reached their targets" it counts only after a counted launch (``arrived``), so "No one
was injured" or a denial with no launch before it makes no record.
"""

from __future__ import annotations

import re

from pipeline.extract._airnoun import AIR_NOUN, weapon_of
from pipeline.extract._n26words import TARGET_NOUN
from pipeline.extract._numclause import clause
from pipeline.extract.model import InterceptWeapon
from pipeline.extract.weapons import MODIFIER

_VERB = (
    r"(?:intercept|shoot\s+down|down|destroy|neutrali[sz]e|stop|bring\s+down|knock\s+down|"
    r"fend\s+off|repel)"
)
_NOUN_AFTER = rf"(?:them|(?:the|these|those)\s+(?:{MODIFIER}\s+){{0,3}}?(?P<noun>{AIR_NOUN}))\b"
# "could not intercept any of the missiles", "failed to shoot down any of them", "was unable
# to shoot down any of the missiles" (a figure after "the" is read by ``_a21zero``).
_DENIED_ANY = re.compile(
    r"\b(?:(?:could|can|did|would)\s+not|couldn['’]t|didn['’]t|cannot|failed\s+to|"
    r"(?:was|were|is|are|been)\s+(?:unable|not\s+able)\s+to)\s+(?:manage\s+to\s+)?"
    rf"{_VERB}\s+any\s+of\s+{_NOUN_AFTER}",
    re.IGNORECASE,
)
_DONE = (
    r"(?:intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed|stopped|brought\s+down|"
    r"felled|abated|toppled)"
)
# "No one was shot down", "No one of them was intercepted", "no one of the missiles could be
# intercepted" (Spanish "ninguno", Italian "nessuno").
_NO_ONE = re.compile(
    rf"\bno\s+one(?:\s+of\s+{_NOUN_AFTER.replace('(?P<noun>', '(?P<noun2>')})?"
    r"(?:\s+of\s+the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?\s+"
    r"(?:(?:was|were|could|has|had)\s+(?:been\s+|be\s+)?)"
    rf"(?:(?:also|ever)\s+)?{_DONE}\b",
    re.IGNORECASE,
)
# "4 missiles Iskander-M were fired, all of which reached their objectives"
_ALL_OF_WHICH = re.compile(
    r",\s*(?:all|both)\s+of\s+(?:which|them)\s+(?:(?:have|had)\s+)?(?:also\s+)?"
    rf"(?:reached|hit|struck)\s+(?:their|its)\s+(?:intended\s+)?{TARGET_NOUN}\b",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(rf"\b(?:{AIR_NOUN})\b", re.IGNORECASE)


def _weapon(m: re.Match[str], group: str) -> InterceptWeapon | None:
    return weapon_of(m) if m.group(group) else None


def no_figure_zeros(
    text: str, low: str, taken: list[tuple[int, int]]
) -> list[tuple[int, int, int, InterceptWeapon | None]]:
    """(clause start, clause end, offset, weapon) of each zero told with no figure: a
    denied "any of them", "no one (of them) was shot down", "..., all of which reached
    their objectives"."""
    out: list[tuple[int, int, int, InterceptWeapon | None]] = []
    if "any of" in low:
        for m in _DENIED_ANY.finditer(text):
            if not any(a <= m.start() < b for a, b in taken):
                s, e = clause(text, m.start(), m.end())
                out.append((s, e, m.start(), _weapon(m, "noun")))
    if "no one" in low:
        for m in _NO_ONE.finditer(text):
            s, e = clause(text, m.start(), m.end())
            weapon = None
            if m.group("noun2"):
                noun = _NOUN_BEFORE.match(text, m.start("noun2"))
                assert noun is not None  # noun2 is an AIR_NOUN match
                weapon = weapon_of(noun)
            out.append((s, e, m.start(), weapon))
    if "of which" in low or "of them" in low:
        for m in _ALL_OF_WHICH.finditer(text):
            nouns = list(_NOUN_BEFORE.finditer(text, max(0, m.start() - 80), m.start()))
            weapon = weapon_of(nouns[-1]) if nouns else None
            out.append((m.start(), m.end(), m.start(), weapon))
    return out

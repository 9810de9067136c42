"""A charge taken up in a relative clause: "The RSF accused the army of shelling the
market, a charge the army has denied." is nobody's statement.

The verb's object is the noun before its subject ("a charge", "an accusation", "claims"),
so the sentence before the comma is the accuser's, never the denier's words; the
backward subject walk read "charge the army" as a speaker and the accusation as its
clause.
"""

from __future__ import annotations

import re

from pipeline.extract._cuetype import Cue

_CHARGE = re.compile(
    r"(?:^|[ \t])(?:an?|the|which|those)?[ \t]*(?:charges?|claims?|accusations?|allegations?"
    r"|assertions?|reports?|account|version)[ \t]+(?:that[ \t]+|which[ \t]+)?$"
)


def charge_object(text: str, found: Cue) -> bool:
    """Whether ``found``'s subject follows a fronted object noun ("a charge X denied")."""
    if found.form != "trailing":
        return False
    head = [w for w in found.subject.lower().split()[:3] if w not in ("a", "an", "the")]
    lead = text[max(0, found.subject_start - 40) : found.subject_start]
    if head and head[0] in ("charge", "charges", "claim", "claims", "accusation"):
        return True  # the walk took the noun into the subject: "charge the army"
    return lead.rstrip().endswith(
        ("charge", "charges", "claim", "claims", "accusation", "accusations", "allegation",
         "allegations")
    ) and _CHARGE.search(lead) is not None  # fmt: skip
    # (the cheap ending test first: both must hold, and it rarely does)

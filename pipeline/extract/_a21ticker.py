"""Ticker lines with the launch participle after the nouns: "71 drones and 3 missiles
launched, 50 drones shot down".

Headlines and flash lines of Italian, Spanish and Ukrainian agencies drop the verb's
subject and put the participle last ("Attacco notturno: lanciati 71 droni" comes out as
"71 drones launched"). The air-defence reader takes a sentence's shoot-down verb for every
figure in it, so the launch figures were read as shoot-downs and nothing paired.
:func:`participle_launches` gives such a clause the launch role: its own text ends with
"launched" / "fired" / "sent" (a night phrase may follow) and holds no shoot-down verb.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmake import Mention
from pipeline.extract.model import Sentence

_LAUNCHED_LAST = re.compile(
    r"\b(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:launched|fired|sent)"
    r"(?:\s+(?:overnight|in\s+the\s+night|during\s+the\s+night|at\s+Ukraine|against\s+Ukraine))?"
    r"\s*[,;.]?\s*$",
    re.IGNORECASE,
)
_DOWN = re.compile(
    r"\b(?:shot|down|intercept\w*|destroy\w*|neutrali[sz]\w*|suppress\w*|jammed|eliminat\w*)\b",
    re.IGNORECASE,
)


def participle_launches(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Read "71 drones and 3 missiles launched" as launches, not shoot-downs, when a
    shoot-down figure of its own follows in the sentence."""
    if not any(m.role == "intercept" for m in mentions) or len(mentions) < 2:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.role == "intercept" and m.total is None and not m.all and m.value is not None:
            clause = sent.text[m.start - sent.start : m.end - sent.start]
            later = any(o.num_start > m.end and o.role == "intercept" for o in mentions)
            if later and _LAUNCHED_LAST.search(clause) and _DOWN.search(clause) is None:
                m = replace(m, role="launch", backref=False)
        out.append(m)
    return out

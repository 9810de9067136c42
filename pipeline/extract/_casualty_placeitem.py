"""A toll split by place is never completed by the next sentence's other harm.

Roundups split one harm by town and give the other harm as a whole a sentence later: "the
Russian attacks killed three persons in Kramatorsk and one in Slowjansk, the governor wrote.
Injured were six." The six are the injured of the whole report, not of Slowjansk alone, so
they are a record of their own (``dev_numeric56``'s call, as art55-07's "and injured seven"
in the same sentence is). :mod:`pipeline.extract._casualty_link` folds an unmarked figure
into the last main record of the sentence before it; that record is the split's last item
here ("one in Slowjansk", its group and verb elided), which :func:`place_item` recognises
(``dev_numeric58``).
"""

from __future__ import annotations

import re

# "one in Slowjansk", "two in the village of Kurylivka", "3 more in Pokrovsk".
_ITEM = re.compile(
    r"\s*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+(?:more|others?))?\s+(?:in|at|near)\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
    r"(?-i:[A-Z])[\w'’-]*(?:[ -](?-i:[A-Z])[\w'’-]*)?[\s.,]*",
    re.IGNORECASE,
)


def place_item(evidence: str) -> bool:
    """True when ``evidence`` is an elided item of a toll split by place ("one in Isjum")."""
    return _ITEM.fullmatch(evidence) is not None

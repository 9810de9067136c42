"""A speaker phrase opening with a name particle: "von der Leyen said", "said de Mistura".

Continental surnames keep their particle in lower case mid-sentence ("von der Leyen",
"van der Bellen", "de Mistura", "da Silva"), so the speaker phrase of "“...”, von der
Leyen said" opens with a lower-case word and was read as no name at all (the speaker
table knows the capitalised form a sentence opening writes, "Von der Leyen"). The phrase
is looked up with its particle capitalised, as at the start of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._apposed import Resolved

_PARTICLED = re.compile(
    r"(?:da|de|del|della|der|di|do|dos|du|van|von|ter|ten)"
    r"(?:[ \t]+(?:da|de|del|der|den|la|le|los|las|van|von))?[ \t]+[A-ZÀ-Ý][\w'’-]+"
)


def capitalised(subject: str) -> str:
    """ "von der Leyen" -> "Von der Leyen"; any other phrase unchanged."""
    if not subject[:1].islower() or _PARTICLED.fullmatch(subject) is None:
        return subject
    return subject[0].upper() + subject[1:]


def full_name(
    body: str, subject: str, resolved: Resolved | None, resolve: Callable[[str], Resolved | None]
) -> Resolved | None:
    """ "de Mistura" after "Staffan de Mistura": the person the article names in full, when
    the particle phrase itself names nobody the article or the table knows (``resolved`` is
    then the phrase as written)."""
    lead = subject[:1].lower() + subject[1:]
    if lead[:1] not in "dvt" or _PARTICLED.fullmatch(lead) is None:  # every particle's letter
        return resolved
    if resolved is not None and resolved.canonical.lower() != subject.lower():
        return resolved
    first = f"[{lead[0]}{lead[0].upper()}]"  # "Alexander Van der Bellen", "van der Bellen"
    pattern = r"(?:[A-ZÀ-Ý][\w'’-]+[ \t]+){1,2}" + first + re.escape(lead[1:]) + r"(?![\w-])"
    m = re.search(pattern, body)
    if m is None:
        return resolved
    person = resolve(m.group(0))
    return person if person is not None and person.kind == "person" else resolved

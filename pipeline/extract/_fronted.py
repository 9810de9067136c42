"""A national body left unqualified after a fronted capital or side: "From Moscow, the
Defence Ministry claimed ...", "On the Russian side, the Defence Ministry said ...".

Translated French, Italian and Spanish copy ("De Moscou, le ministère de la Défense",
"Da Mosca, il ministero della Difesa", "Por parte rusa") names the country of a bare
ministry by the capital or side the sentence opens with, not by the dateline's country.
The fronted phrase places the body as "Russia's Defence Ministry" would. Kept apart from
:mod:`pipeline.extract.speakers` (at its size limit).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._lexicon import CAPITALS, DEMONYM_FORMS, DEMONYMS
from pipeline.extract._names import Resolved

_FRONT = re.compile(
    r"(?:From|In)[ \t]+(?P<place>[A-Z][\w-]+)[ \t]*,?[ \t]*$"
    r"|On[ \t]+the[ \t]+(?P<side>[A-Z][\w-]+)[ \t]+side[ \t]*,?[ \t]*$"
)
_BARE = re.compile(r"(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?(?:Ministry|ministry)$")


def placed(
    before: str, subject: str, resolved: Resolved, resolve: Callable[[str], Resolved | None]
) -> Resolved:
    """``resolved`` qualified by the capital or side ``before`` (the sentence up to the
    subject) opens with, when the subject is a bare ministry; else ``resolved``."""
    if resolved.kind not in ("org", "generic") or not subject.endswith("inistry"):
        return resolved
    if _BARE.fullmatch(subject) is None:
        return resolved
    m = _FRONT.fullmatch(before)
    if m is None:
        return resolved
    if m.group("place"):
        place = m.group("place").lower()
        adjective = CAPITALS.get(place) or DEMONYMS.get(place)
    else:
        side = m.group("side")
        adjective = side if side in DEMONYM_FORMS else None
    if adjective is None:
        return resolved
    head = subject[4:] if subject.startswith("the ") else subject
    found = resolve(f"{adjective} {head}")
    return found if found is not None and found.kind == "org" else resolved

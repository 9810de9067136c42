"""Pronoun antecedents in sentences the subject walk cannot read.

Translated copy often names a person in a sentence that says nothing itself and then
quotes them through a pronoun:

* a fronted participle phrase before the subject: "Questioned by journalists, Kremlin
  spokesman Dmitry Peskov refused to comment. «...», he declared." (the walk stops at
  "Questioned");
* the person inside a relative clause about figures: "... was shown by the figures that
  President X presented on Sunday. C, he said in his evening video address."

Both give the person for a following "he"/"she"; the caller still checks the pronoun fits.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._apposed import Resolved

__all__ = ["hidden_subject"]

_FRONTED = re.compile(
    r"^(?:Questioned|Asked|Interviewed|Contacted|Approached|Speaking|Interrogated)"
    r"\b[^,.;:“”«»\"]{0,80}, (?P<subject>[^,.;:“”«»\"]{3,80}?) "
    r"(?:refused|declined|avoided|did|would|was|has|had|gave|said|stressed|insisted"
    r"|rejected|replied|denied|defended|confirmed|admitted|explained|announced)\b"
)  # the closed verb list: an open "-ed" would end the subject at "the so-called" etc.
_PRESENTED = re.compile(
    r"\b(?:figures|data|numbers|statistics|estimates)\s+(?:that|which)\s+"
    r"(?P<subject>[A-Z][^,.;:“”«»\"]{3,70}?)\s+"
    r"(?:presented|published|released|gave|cited|provided|announced|quoted)\b"
)

Resolve = Callable[[str, int], "Resolved | None"]


def hidden_subject(text: str, start: int, resolve: Resolve) -> Resolved | None:
    """The person sentence ``text`` (at body offset ``start``) names in one of the two
    shapes above, or None."""
    if not text[:1].isupper():
        return None
    found = _FRONTED.match(text) or _PRESENTED.search(text)
    if found is None:
        return None
    person = resolve(found.group("subject"), start + found.start("subject"))
    return person if person is not None and person.kind == "person" else None

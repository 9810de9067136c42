"""The place of a toll that points back with "there" to the sentence before it.

Roundups name the place in one sentence and the harm in the next: "Russian drones hit
Odesa overnight. Two further persons were wounded there, the governor said." The toll's
own sentence names no place, so an equal toll told for another place a paragraph later
("Russian drones also struck Kyiv ... As a result of these attacks at least two people
were wounded") would read as its restatement and the first one would be dropped
(:mod:`pipeline.extract._repeats`). A toll whose sentence says "there" (not the
existential "there were") takes the place the sentence before it, in the same
paragraph, attacks or names (the lead's findings, twelfth session; ``dev_numeric54``).
"""

from __future__ import annotations

import re

from pipeline.extract import _casualty_each as each
from pipeline.extract import _places
from pipeline.extract._casualty_backplace import result_place
from pipeline.extract._n24place import shelled_place
from pipeline.extract.model import Document

# "were wounded there", "One person was killed there as well"; never "There were two dead"
# nor "there is/are/have been" (existential), nor "from there".
_THERE = re.compile(
    r"(?<!from )\bthere\b(?!\s+(?:is|are|was|were|had|has|have|will|would|could|may|might)\b)",
    re.IGNORECASE,
)

# "Drones also struck Marhanets", "Russian artillery shelled the village of Bilozerka".
_HIT = re.compile(
    r"\b(?:hit|struck|attacked|shelled|targeted)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
    r"(?P<name>(?-i:[A-Z])[a-z'’-]+)\b",
    re.IGNORECASE,
)


def there_place(doc: Document, idx: int, clause: str) -> str | None:
    """The place the sentence before ``idx`` (same paragraph) attacks or names when the toll
    ``clause`` of sentence ``idx`` points back to it with a locative "there", else None."""
    if idx < 1 or "there" not in clause.lower() or _THERE.search(clause) is None:
        return None
    sent = doc.sentences[idx]
    prev = doc.sentences[idx - 1]
    if prev.paragraph != sent.paragraph:
        return None
    found = _places.target(prev.text) or _places.located(prev.text) or _places.place_in(prev.text)
    if found is None and (m := _HIT.search(prev.text)) is not None:
        found = m.group("name")  # a town the places table lacks ("Drones struck Marhanets")
    return found


def toll_place(doc: Document, idx: int, clause: str) -> str | None:
    """Where the toll ``clause`` of sentence ``idx`` was: its own words or sentence, else the
    sentence before it when it opens "As a result of these attacks" or says "there"."""
    return (
        each.place_of(doc, idx, clause)
        or result_place(doc, idx)
        or there_place(doc, idx, clause)
        or shelled_place(doc.sentences[idx].text)  # "killed in Russian shelling of Kherson"
    )

"""A clause after "emphasised," / "stressed," is reported speech (German "betonte, C").

Verbs like "stressed", "emphasised", "underlined" and "confirmed" often take a noun object
("stressed the importance of ..."), so a clause after them with no "that" must show an
early finite verb of :data:`FINITE`; "The minister emphasised, the Bundeswehr needed ..."
has only a regular past ("needed"), and was dropped. A comma right after the verb is the
German clause comma: no object follows it. :func:`reads` accepts such a clause when it
opens like a subject and soon has a finite or past verb, and a clause the verb's source
interrupts ("Li Hui stressed, according to the embassy, that C"). :func:`topic_comma` finds
the clause after a topic phrase and its comma ("Peskov said about the interview, C").
"""

from __future__ import annotations

import re

from pipeline.extract._cuewords import CLAUSE_OPENERS, CONFIRMING
from pipeline.extract._subjects import FINITE

_REACH = 12
_SOURCE_REACH = 90


def reads(clause: str, verb: str, commaed: bool) -> bool:
    """A comma clause after a confirming verb that reads as a clause."""
    if not commaed or verb not in CONFIRMING:
        return False
    if clause.startswith("according to ") and ", that " in clause[:_SOURCE_REACH]:
        return True  # "stressed, according to the embassy, that C": the caller takes C
    words = clause.split(None, _REACH + 1)[:_REACH]
    if len(words) < 3:
        return False
    first = words[0]
    if not (first[:1].isupper() or first in CLAUSE_OPENERS) or first.endswith("ing"):
        return False
    return any(w in FINITE or (w.endswith("ed") and len(w) > 3) for w in words[1:])


_TOPIC_COMMA = re.compile(
    r"[ \t]+(?:about|regarding|concerning|with[ \t]+regard[ \t]+to|with[ \t]+a[ \t]+view[ \t]+to"
    r"|in[ \t]+view[ \t]+of|referring[ \t]+to|asked[ \t]+about)[ \t]+"
    r"(?:[\w'’.-]+[ \t]+){0,5}?[\w'’.-]+,[ \t]+(?=[\w„“\"«»])"
)
"""" about the interview, " / " with regard to the proposal, " before a comma clause."""


def topic_comma(text: str, pos: int) -> int:
    """Offset of C in "said about the interview, C" (German "sagte zu dem Interview, C"),
    or -1; C must open like a clause (a capital, a determiner or pronoun, a quote)."""
    m = _TOPIC_COMMA.match(text, pos, pos + 90)
    if m is None:
        return -1
    first = text[m.end() : m.end() + 20].split(" ", 1)[0]
    if first[:1].isupper() or first in CLAUSE_OPENERS or first[:1] in '„“"«»':
        return m.end()
    return -1


def after_adjunct(text: str, pos: int, comma_clause: re.Pattern[str]) -> re.Match[str] | None:
    """The clause comma after "said on Friday in Sochi, C": the time adjunct skipped
    leaves ``pos`` right on "in Sochi," (its space consumed), where the place-and-comma
    pattern (``comma_clause``, which opens with the space) is looked for one back."""
    if pos < 1 or text[pos - 1] != " " or not text.startswith("in ", pos):
        return None
    return comma_clause.match(text, pos - 1)


def past_topic(text: str, pos: int) -> tuple[int, int]:
    """(clause start, clause start) after "said about NP, " at ``pos``, else (pos, -1)."""
    at = topic_comma(text, pos)
    return (at, at) if at > 0 else (pos, -1)

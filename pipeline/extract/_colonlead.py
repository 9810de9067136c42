"""A reply led by its speaker and a colon, closed by a pronoun: "X rejected that: C, she said".

German copy in translation answers one speaker with another in one sentence: "Meinl-
Reisinger rejected that sharply: Austria was militarily neutral ..., she said." The trailing
"she said" reports only what follows the colon, and "she" is the subject of the lead before
it, not the speaker of the sentence before (whom the pronoun lookback would find: the
reply's target). :func:`split` cuts the lead off the reported clause and returns its
subject; :func:`leader` resolves that subject when it fits the pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._cuetype import Cue
from pipeline.extract._names import Resolved
from pipeline.extract._pronouns import NO, fits

_LEAD = re.compile(
    r"(?P<s>(?:[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}?[ \t]+[A-ZÀ-Þ][\w'’.-]*)"
    r"|[A-ZÀ-Þ][\w'’.-]*"
    r"|(?:The|the)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)"
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<v>[a-z]{3,}ed|saw|took|kept|struck|hit|shot|made|was|remained"
    r"|had|held|fought|spoke|gave)(?:[ \t]+[a-z]+){0,4}:[ \t]+(?=\S)"
)
"""'Meinl-Reisinger rejected that sharply: ', 'The minister contradicted: '."""
_PRONOUNS = frozenset({"he", "she"})


def split(text: str, cue: Cue) -> tuple[Cue, tuple[str, int] | None]:
    """The cue with its clause past a colon lead, and the lead's subject (with its sentence
    offset); the cue as it is and None when the clause has no such lead."""
    if cue.form != "trailing" or cue.clause_start < 0 or cue.subject.lower() not in _PRONOUNS:
        return cue, None
    m = _LEAD.match(text, cue.clause_start, cue.clause_end)
    if m is None or m.end() >= cue.clause_end - 10:
        return cue, None
    return cue._replace(clause_start=m.end()), (m.group("s"), m.start("s"))


def leader(
    lead: tuple[str, int],
    pronoun: str,
    resolve: Callable[[str, int], Resolved | None],
    base: int,
) -> Resolved | None:
    """The lead's subject as the pronoun's antecedent, when it resolves and fits."""
    found = resolve(lead[0], base + lead[1])
    if (
        found is None
        or found.kind not in ("person", "other", "generic")
        or fits(found, pronoun) == NO
    ):
        return None
    return found

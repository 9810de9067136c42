"""The actor of "NAME VERBED ... and says C": a lone capitalised name the table does not list.

"Israel turned down the truce plan on Tuesday and says Hezbollah has moved launchers" and
"Hamas handed over two bodies and says it is ready for the next phase" report C for the
sentence's subject. The subject of a conjoined cue ("and says", "and said") was taken only
when it resolved to a person, a body or a capital/country, so a state or a movement the
tables miss ("Israel", "Hamas": kind "other") lost the statement. It is taken when it opens
the sentence, acts (is followed by a past-tense verb, not "was shelled", "came under fire")
and the cue is
conjoined with "and"; a place that undergoes something never speaks so.
"""

from __future__ import annotations

import re

from pipeline.extract._names import Resolved

_ACTED = re.compile(
    r"[ \t]+(?!(?:came|come|comes)[ \t]+under|suffered|endured|faced|lost[ \t]+power)"
    r"(?:[a-z]+ed|[a-z]+(?:ook|ent|ave|old|ew|ought|ose)|rejected|won)[ \t]"
)
"""A past-tense act right after the subject ("turned", "handed", "took", "sent"), not what
befalls a place ("came under fire", "suffered")."""
_AND_SAYS = re.compile(r"[ \t]and[ \t]+(?:says|said)[ \t]")


def actor(text: str, found: Resolved) -> bool:
    """Whether the lone "other" name ``found`` opens ``text`` as the actor of "... and says"."""
    name = found.canonical
    if found.kind != "other" or " " in name or not text.startswith(name):
        return False
    if _AND_SAYS.search(text) is None:
        return False
    return _ACTED.match(text, len(name)) is not None

"""A sentence adverb opening the sentence without its comma is no part of the speaker.

Translated copy (German, Italian) often drops the comma after an opening adverb:
"Meanwhile the IDF spokesman declared to Ansa that ...", "Meanwhile the army said ...",
"Today the ministry said ...", "Meanwhile Tajani said ...". The backward phrase walk from
the verb takes the adverb in with the subject ("meanwhile the idf spokesman"), which then
resolves to nothing or to a made-up name. :func:`unopened` drops such an adverb when what
follows it still reads as a subject (an article or possessive, or a capitalised word).
"""

from __future__ import annotations

import re

from pipeline.extract._cuetype import Cue

_ADVERBS = (
    "Meanwhile|Meantime|Today|Yesterday|Tonight|Now|Also|Thereupon|Subsequently|Previously"
    "|Initially|Finally|Moreover|Furthermore|Additionally|Likewise|Similarly|Nevertheless"
    "|Nonetheless|However|Instead|Still|Recently|Immediately|Separately|Elsewhere"
    "|Accordingly|Consequently|Thus|Hence|Therefore|Again|Already|Here|There|Then|Later"
    "|Earlier|Afterwards|Shortly afterwards|Soon afterwards|In turn|At the same time"
)
_OPENING = re.compile(rf"(?:{_ADVERBS})[ \t]+(?=(?:the|its|his|her|their|a|an)[ \t]|[A-Z][\w'’.-])")
"""An adverb, then a subject: an article or possessive, or a capitalised word."""
_ADVERB_WORDS = tuple(_ADVERBS.split("|"))
"""The adverbs as literals: :data:`_OPENING` runs only on a subject opening with one."""


def unopened(subject: str) -> str:
    """ "Meanwhile the IDF spokesman" -> "the IDF spokesman"; "Meanwhile Tajani" -> "Tajani".

    A subject the adverb alone makes up, or one with a comma after the adverb (handled by
    the clause start already), is returned as it is."""
    m = _OPENING.match(subject) if subject.startswith(_ADVERB_WORDS) else None
    if m is None:
        return subject
    rest = subject[m.end() :]
    return rest if rest.strip() else subject


def stripped(cue: Cue) -> Cue:
    """The cue with an opening adverb dropped from its subject (offsets kept in step);
    also the literal "weiter hieß es" of translated German, "..., further it said"."""
    if cue.subject.startswith("further ") and cue.form == "trailing":
        return cue._replace(subject=cue.subject[8:], subject_start=cue.subject_start + 8)
    if cue.subject[:1] not in _CAPITALS:
        return cue
    rest = unopened(cue.subject)
    if rest is cue.subject:
        return cue
    return cue._replace(
        subject=rest, subject_start=cue.subject_start + len(cue.subject) - len(rest)
    )


_CAPITALS = frozenset("MTYNASPIFLCREHDO")


_DISTRIBUTIVE = re.compile(r"(?i:the)[ \t]+(?:respective|competent|relevant)[ \t]+(?=[a-z])")


def unqualified(subject: str) -> str:
    """ "the respective local authorities" -> "the local authorities": Romance "rispettive /
    competenti autorità" names no body of its own."""
    distributive = "respective" in subject or "competent" in subject or "relevant" in subject
    m = _DISTRIBUTIVE.match(subject) if distributive else None
    return subject if m is None else subject[:4] + subject[m.end() :]

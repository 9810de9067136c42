"""A speaker's own cue with "according to" an outlet or a document beside it.

Translated copy names the relay of a statement inside or after the speaker's own cue:
"Medinski said, according to the state agency TASS, that C" ("sagte laut TASS"), "Meloni
reaffirmed that C, according to a statement of the Palazzo Chigi", "«C», the head of
state said, according to what was reported by a note of the Quirinale". The speech is the
speaker's; the agency, the statement or the note only carries it (the conventions'
annotator call in dev_articles34: "X reaffirmed that C, according to a statement of the
office" is X's), so the "according to" cue is dropped in favour of the verb's. A plain
source ("X said C, according to the ministry", a body that may have a voice of its own)
is left to the existing rules: only outlets and documents relay.
"""

from __future__ import annotations

import re

from pipeline.extract._cuetype import Cue

_RELAY = re.compile(
    r"(?:(?:the|a|an)[ \t]+)?(?:(?:state|news|press|official|[A-Z][\w-]*)[ \t]+)*"
    r"(?:agency|news[ \t]+agency|broadcaster|newspaper|daily|outlet|channel|"
    r"statement|note|communiqu[ée]|release|readout|press[ \t]+release)"
    r"(?:[ \t]+(?:of|from|by|issued[ \t]+by)[ \t].*)?"
    r"|what[ \t]+(?:was|has[ \t]+been|is)[ \t]+(?:reported|stated|written)[ \t].*",
    re.DOTALL,
)


def unrelayed(text: str, cues: tuple[Cue, ...]) -> tuple[Cue, ...]:
    """``cues`` of one sentence without an "according to" outlet or document that only
    relays the statement of a speech verb's cue before it ("Medinski said, according to
    the state agency TASS, that C")."""
    if "according to" not in text:
        return cues
    cues = tuple(_trailing_relay_cut(text, cue) for cue in cues)
    if len(cues) < 2 or not any(c.form == "according" for c in cues):
        return cues
    relays = [
        cue
        for cue in cues
        if cue.form == "according"
        and _RELAY.fullmatch(text[cue.verb_end : cue.subject_end].strip()) is not None
        and any(
            other.form not in ("according", "figure")
            and other.clause_start >= 0
            and other.verb_end <= cue.verb_start
            and cue.clause_start <= other.subject_start
            for other in cues
        )
    ]
    if not relays:
        return cues
    kept = []
    for cue in cues:
        if cue in relays:
            continue
        for relay in relays:  # "X reaffirmed that C, according to a note": C ends before it
            if cue.clause_start < relay.verb_start < cue.clause_end:
                cut = relay.verb_start
                while cut > cue.clause_start and text[cut - 1] in ", \t":
                    cut -= 1
                cue = cue._replace(clause_end=cut)
        kept.append(cue)
    return tuple(kept)


_TRAILING_RELAY = re.compile(
    r"[ \t]*,[ \t]+according[ \t]+to[ \t]+(?P<r>[^,;]{3,90}?)[ \t]*[.!?]?$"
)


def _trailing_relay_cut(text: str, cue: Cue) -> Cue:
    """A verb cue's clause without a closing "according to" a relay ("..., according to a
    note of the Palazzo Chigi") that found no cue of its own."""
    if cue.form in ("according", "figure") or cue.clause_start < 0:
        return cue
    m = _TRAILING_RELAY.search(text, cue.clause_start, cue.clause_end)
    if m is None or _RELAY.fullmatch(m.group("r")) is None:
        return cue
    return cue._replace(clause_end=m.start())

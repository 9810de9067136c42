"""Relayed attributions: "TASS quoted Peskov as saying ...", "X is quoted by Interfax with
the words that ...", "Putin had told Trump that C, Ushakov said.".

The speaker is the person quoted, not the relaying outlet (a participant telling of a talk
speaks for it whole). Kept apart from :mod:`pipeline.extract._cues`, which is at its size
limit; it imports nothing from there.
"""

from __future__ import annotations

import re

from pipeline.extract import _sourced
from pipeline.extract._adding import cut_addition
from pipeline.extract._clauses import plausible_clause, trim
from pipeline.extract._cuetype import Cue
from pipeline.extract._npafter import np_after
from pipeline.extract._phrases import np_before

_SAYING = r"(?:as[ \t]+saying|with[ \t]+the[ \t]+words)"
"""English "as saying" and the translated German "mit den Worten" ("with the words")."""
_AS_SAYING = re.compile(rf",?[ \t]+{_SAYING}(?:[ \t]+that[ \t]+|[ \t]*[,:]?[ \t]*)")
_TRAILING_REST = re.compile(r"[ \t]*(?:by[ \t]+[^,;:“”\"]{1,60}?)?[ \t]*[.!]?[ \t]*")
"""Nothing but the relaying outlet after "as saying": the clause came before the speaker."""
PASSIVE_QUOTED = re.compile(
    r"(?:[ \t]+by[ \t]+[^,;:“”\"]{1,60}?)?"  # "was cited by Interfax as saying"
    rf"[ \t]+{_SAYING}(?:[ \t]+by[ \t]+[^,;:“”\"]{{1,60}}?(?=[ \t]+that[ \t]|[ \t]*,))?"
    r"(?:[ \t]+that[ \t]+|[ \t]*[,:]?[ \t]*)"
)
"""The rest of "X was quoted/cited (by RIA) as saying (by RIA Novosti) (that) ..."."""


def quoted(text: str, pos: int, end: int) -> Cue | None:
    """ "TASS quoted Peskov as saying (that) CLAUSE": the quoted person is the speaker.

    Also "Interfax cited the ministry as saying ..." and the passive "Lavrov was quoted as
    saying by RIA that ...", whose speaker stands before the verb.
    """
    saying = PASSIVE_QUOTED.match(text, end)
    passive = saying is not None
    if saying is not None:
        np = np_before(text, text.rfind(" ", 0, pos - 1) + 1 if pos > 1 else 0)
    else:
        np = np_after(text, end) or _sourced.quoted_unnamed(text, end)  # "a senior U.S. official"
        saying = _AS_SAYING.match(text, np[1], np[1] + 30) if np is not None else None
    if np is None or saying is None:
        return None
    relayed = None if passive else _relayed_clause(text, pos, saying.end())
    if relayed is not None:  # "C, RIA quoted Peskov as saying on Saturday."
        return Cue(text[pos:end], pos, end, text[np[0] : np[1]], *np, *relayed, "trailing",
                   False)  # fmt: skip
    if pos > 1 and np[0] > 2 and _TRAILING_REST.fullmatch(text, saying.end()) is not None:
        if not text.endswith(", ", 0, np[0]):
            return None
        c_start, c_end = trim(text, 0, np[0] - 2)  # "C, Xi was quoted as saying by Xinhua."
        return Cue(text[pos:end], pos, end, text[np[0] : np[1]], *np, c_start, c_end,
                   "trailing", False)  # fmt: skip
    c_start, c_end = trim(text, saying.end(), len(text))
    c_end = cut_addition(text, c_start, c_end)
    if not plausible_clause(text[c_start : min(c_end, c_start + 200)]):
        return None
    has_that = saying.group().endswith("that ")
    subject = text[np[0] : np[1]]
    return Cue(text[pos:end], pos, end, subject, *np, c_start, c_end, "leading", has_that)


_WHEN_ONLY = re.compile(
    r"[ \t]*(?:(?:on|late|early|in|at|during|after)[ \t]+[^,;:“”\"]{1,40}?|(?:[A-Z][a-z]+day"
    r"|yesterday|today|overnight|earlier|later))?[ \t]*[.!]?[ \t]*"
)
"""Only a time or occasion after "as saying" ("... as saying on Saturday.")."""


def _relayed_clause(text: str, pos: int, after: int) -> tuple[int, int] | None:
    """The clause before ", OUTLET quoted X as saying (on Saturday).": nothing but a time
    after "as saying", and a short outlet name after the sentence's last comma."""
    if _WHEN_ONLY.fullmatch(text, after) is None or text[after - 1 : after] in ",:":
        return None
    comma = max(text.rfind(", ", 0, pos), text.rfind(",” ", 0, pos), text.rfind(',"', 0, pos))
    if comma <= 0 or len(text[comma + 2 : pos].split()) > 6:
        return None
    c_start, c_end = trim(text, 0, comma)
    return (c_start, c_end) if c_end > c_start else None


_TOLD_INNER = frozenset({"told", "assured", "informed"})
_SAID_OUTER = frozenset({"said", "says", "added"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
_SAID_AFTER = _SAID_OUTER | {"declared", "stressed", "emphasised", "emphasized", "explained"}
"""A talk reported by a participant: outlets relaying a statement ("..., Reuters reported")
leave it to the speaker inside (dst9-008)."""


def outer_first(cues: tuple[Cue, ...]) -> tuple[Cue, ...]:
    """ "Putin had told Trump that C, Ushakov said.": the trailing speaker reports the whole
    sentence, the leading "told ... that" inside it (nested reports go to the outer one)."""
    if len(cues) < 2:
        return cues
    lead, trail = cues[0], cues[-1]
    if (
        lead.verb in _TOLD_INNER
        and trail.verb in _SAID_OUTER
        and lead.form == "leading"
        and lead.has_that
        and trail.form == "trailing"
        and trail.clause_start == 0
        and trail.subject_start > lead.clause_start
        and lead.clause_end >= trail.subject_start - 2
    ):
        return (trail, *cues[1:-1])
    if (
        lead.form == "leading"
        and not lead.has_that
        and trail.form == "trailing"
        and trail.verb in _SAID_AFTER
        and lead.verb not in _SAID_AFTER
        and trail.subject.lower() not in _PRONOUNS
        and trail.clause_start == 0
        and lead.clause_end > trail.subject_end
    ):  # "Russia urges Kyiv to stop, said Peskov in an interview.": the lead's clause runs
        return (trail, *cues[1:-1])  # over the attribution that reports the whole sentence
    return cues

"""Relative clauses speak for their antecedent.

"... the Al Jazeera network, which condemned what it called “targeted killing” of its
staff, the Israeli army said": the partial quote is Al Jazeera's, not the army's, even
though the sentence's own attribution is the army's. "..., according to Ukraine's air
force, which said 79 drones had been shot down": a second statement, by the air force.
Kept apart from :mod:`pipeline.extract.statements` and ``_cues`` (at its size limit); both
run only for a sentence holding ", which " or ", who ".
"""

from __future__ import annotations

import re

from pipeline.extract._cuetype import Cue
from pipeline.extract._npruns import np_runs_backward
from pipeline.extract._phrases import np_before

_RELATIVE = re.compile(
    r", (?:which|who) (?:also |later |had |has |have )?"
    r"(?P<verb>said|says|condemned|condemns|denounced|denounces|called|calls|described"
    r"|describes|termed|terms|branded|brands|dismissed|dismisses|labell?ed|decried|decries"
    r"|hailed|hails|warned|warns)(?![\w-])[^,;:“”\"«»]{0,60}$"
)


_MAIN_VERB = re.compile(r", (?:also |later )?(?P<v>said|says|added)(?P<that> that)? ")
"""The main verb after a relative clause that opens a sentence's subject."""


def antecedent(context: str) -> tuple[str, int, bool] | None:
    """The noun phrase a ", which called ... “" clause ending ``context`` (the sentence text
    up to the opening mark) refers to, where its clause starts, and whether it is a "who"
    clause (a person, better found by name); else None."""
    if ", which " not in context and ", who " not in context:
        return None
    m = _RELATIVE.search(context, max(0, len(context) - 100))
    if m is None:
        return None
    run = next(np_runs_backward(context[max(0, m.start() - 100) : m.start()]), "")
    if not any(w[:1].isupper() for w in run.split()):
        return None  # a named antecedent only
    return run, m.start(), context.startswith(", who ", m.start())


_SAID = re.compile(
    r", (?:which|who) (?:also |later )?(?P<v>said|says|say|reported|added|stated|announced|claimed"
    r"|warned|told reporters)(?: that)? (?=\S)"
)


_HE_SAID = re.compile(
    r", (?:which|what) (?P<s>he|she|(?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})"
    r" (?:had |has )?(?P<v>said|says|claimed|claims)(?: that)? (?=\S)"
)
"""", which he said turns out ...", ", which the RSF said was a market": a clause of saying
inside another clause, whose speaker is a pronoun or a name."""


def cue(text: str) -> Cue | None:
    """ "..., according to Ukraine's air force, which said 79 drones had been shot down":
    the relative clause is a statement of its antecedent (a sentence-relative cue); in
    "X pointed to the line, which he said had held" the pronoun's (subject "he")."""
    m = _SAID.search(text)
    if m is None:
        he = _HE_SAID.search(text)
        end = len(text.rstrip().rstrip(".!?"))
        if he is None or end - he.end() < 12:
            return None
        that = he.group().rstrip().endswith("that")
        return Cue(he.group("v"), he.start("v"), he.end("v"), he.group("s"), he.start("s"),
                   he.end("s"), he.end(), end, "leading", that)  # fmt: skip
    np = np_before(text, m.start())
    if np is not None and text.endswith((" in ", " from "), 0, np[0]) and ", who " in m.group():
        comma = text.rfind(", ", max(0, np[0] - 60), np[0])  # "NAME, a teacher in Bahri, who
        np = (np_before(text, comma) if comma > 0 else None) or np  # said": NAME, not the place
    if np is None:
        return None
    end = len(text.rstrip().rstrip(".!?"))
    if end - m.end() < 12:
        return None
    s_start, s_end = np
    main = _MAIN_VERB.search(text, m.end(), end)  # "X, which says C1, said C2": C1 ends
    end = main.start() if main is not None and s_end == m.start() and s_start == 0 else end
    return Cue(m.group("v"), m.start("v"), m.end("v"), text[s_start:s_end], s_start, s_end,
               m.end(), end, "leading", m.group().rstrip().endswith("that"))  # fmt: skip


def main_cue(text: str, relative: Cue) -> Cue | None:
    """ "X, which says C1, said C2": the sentence's own statement C2, also X's."""
    if relative.subject_start or not text.startswith(", wh", relative.subject_end):
        return None
    main = _MAIN_VERB.match(text, relative.clause_end)
    if main is None:
        return None
    end = len(text.rstrip().rstrip(".!?"))
    return relative._replace(
        verb=main.group("v"), verb_start=main.start("v"), verb_end=main.end("v"),
        clause_start=main.end(), clause_end=end, has_that=main.group("that") is not None,
    )  # fmt: skip

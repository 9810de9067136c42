"""Passive attributions that name their agent after "by": Polish, Italian and Spanish copy.

Translated PAP, ANSA and EFE copy puts the source after the words in the passive: "C, as
was communicated by the Operational Command", "C, it was announced by the head of the
regional military administration, Ivan Fedorov", "C, as reported on Telegram by X",
"C, according to what was made known by the Ministry of Health in a note", and leading
"It was reported by the Air Force that C". The agent speaks C, as in "C, X said". A title
apposed to a name ("the mayor of the city, Andriy Sadovyi") gives the name.

A bare "As was specified, C" (Polish "Jak sprecyzowano") opens a sentence with no agent:
the source the sentence before named goes on (:func:`as_was_opening`).

Kept apart from :mod:`pipeline.extract._cues` and :mod:`pipeline.extract._saidfrom`
(both at their size limits); each function is a couple of string tests for nearly every
cue and runs its pattern only after a passive "by" shape.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract._clauses import trim
from pipeline.extract._cuetype import Cue
from pipeline.extract._subjects import past_stamp

if TYPE_CHECKING:
    from pipeline.extract._reattribute import Attribution
    from pipeline.extract.model import Document

_LEADS = (
    ", as was ",
    ", as it was ",
    ", as has been ",
    ", as had been ",
    ", as ",
    ", it was ",
    ", it has been ",
    ", according to what was ",
    ", according to what has been ",
    ", according to what had been ",
)
"""What stands before the cue word of a trailing passive attribution."""
_NAME = r"[A-Z][\w’'-]+(?:[ \t]+(?:[A-Z][\w’'-]+|de|van|von|al|el|bin)){1,3}"
_ADJUNCT = (
    r"(?:[ \t]+(?:on|in|via|through|during)[ \t]+(?:(?:a|an|the|its|his|her|their)[ \t]+)?"
    r"[\w-]+(?:[ \t]+[\w-]+)?)"
)
_BY = re.compile(
    rf"{_ADJUNCT}?[ \t]+by[ \t]+(?P<s>(?:the[ \t]+)?[^,;:“”\"«»()]{{2,90}}?)"
    r"(?:[ \t]+\([^()]{1,30}\))?"  # "the ... Agency (PAŻP)"
    rf"(?:,[ \t]+(?P<n>{_NAME}))?"  # "the mayor of the city, Andriy Sadovyi"
    rf"{_ADJUNCT}?"  # "... in a note", "... on Telegram"
    r"(?:,[ \t]+(?:quoted|cited)[ \t]+by[ \t]+[^,;]{1,40})?"
    r"[ \t]*[.!?]?$"
)
_LEADING = re.compile(
    rf"{_ADJUNCT}?[ \t]+by[ \t]+(?P<s>(?:the[ \t]+)?[^,;:“”\"«»()]{{2,90}}?)"
    rf"(?:,[ \t]+(?P<n>{_NAME}),?)?{_ADJUNCT}?[ \t]+that[ \t]+"
)
_IT = re.compile(r"It[ \t]+(?:was|has[ \t]+been|had[ \t]+been)[ \t]+")
_TITLED = re.compile(r"(?:the[ \t]+)?[\w-]+(?:[ \t]+[\w-]+)?[ \t]+of[ \t]")
"""A title with its body ("the head of the ... administration") before an apposed name."""


def _agent(m: re.Match[str]) -> tuple[int, int]:
    """The speaker's span: the apposed name after a title, else the noun phrase."""
    if m.group("n") and _TITLED.match(m.group("s")):
        return m.start("n"), m.end("n")
    if m.group("n"):
        return -1, -1  # "by X, Y" naming two things: no reading
    return m.start("s"), m.end("s")


def trailing(text: str, pos: int, end: int) -> tuple[int, int, int, int] | None:
    """(clause start, clause end, agent start, agent end) of "C, as was VERBed by X." with
    the cue word at ``pos``..``end`` of the sentence ``text``."""
    if ", " not in text[max(0, pos - 32) : pos]:
        return None  # nearly every cue: one slice test
    if not text.endswith(_LEADS, 0, pos):
        return None  # the rest: one C-level test of every lead before finding which one
    lead = next((w for w in _LEADS if text.endswith(w, 0, pos)), None)
    if lead is None or text.startswith(" that", end):
        return None
    m = _BY.match(text, end)
    if m is None:
        return None
    s_start, s_end = _agent(m)
    if s_start < 0:
        return None
    clause_end = pos - len(lead)
    if len(text[:clause_end].split()) < 3:
        return None
    return 0, clause_end, s_start, s_end


def leading(text: str, pos: int, end: int) -> tuple[int, int, int, int] | None:
    """(clause start, clause end, agent start, agent end) of "It was reported by X that C"."""
    it = _IT.match(text) if text.startswith("It") else None
    if it is None or it.end() != pos:
        return None  # the cue must follow the opening "It was" directly
    m = _LEADING.match(text, end)
    if m is None:
        return None
    s_start, s_end = _agent(m)
    if s_start < 0:
        return None
    return m.end(), len(text), s_start, s_end


def cue(text: str, word: str, pos: int, end: int) -> Cue | None:
    """The cue of a passive attribution naming its agent after "by", else None."""
    found = trailing(text, pos, end) or leading(text, pos, end)
    if found is None:
        return None
    c_start, c_end = trim(text, found[0] or past_stamp(text, 0), found[1])  # "Sanaa – Agencies:"
    subject = text[found[2] : found[3]]
    if found[0]:
        return Cue(word, pos, end, subject, found[2], found[3], c_start, c_end, "leading", True)
    return Cue(word, pos, end, subject, found[2], found[3], c_start, c_end, "trailing", False)


def named(body: str, start: int, end: int) -> bool:
    """Whether the passive cue word at ``start``..``end`` of ``body`` names its agent after
    "by" in one of the shapes above (so the cue scan keeps it)."""
    if not body.startswith((" by ", " on ", " in ", " via ", " through ", " during "), end):
        return False
    window = body[max(0, start - 32) : start + 1]
    if not window.endswith(_LEADS) and not window.endswith(
        ("It was ", "It has been ", "It had been ")
    ):
        return False
    stop = min(len(body), end + 160)
    return " by " in body[end:stop]


_AS_WAS = re.compile(
    r"As[ \t]+(?:was|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:specified|stressed|added|noted|explained|emphasi[sz]ed|underlined|clarified"
    r"|indicated|reported|communicated|informed)"
    r"(?:[ \t]+(?:in|on)[ \t]+(?:its|his|her|their|the)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?)?"
    r",[ \t]+"
)


def as_was_opening(text: str) -> int | None:
    """Offset of the clause after "As was specified, C" opening ``text`` (no agent named)."""
    if not text.startswith("As "):
        return None
    m = _AS_WAS.match(text)
    if m is None or " by " in text[: m.end()]:
        return None
    return m.end()


def as_was(doc: Document, attributions: list[Attribution | None], index: int) -> Attribution | None:
    """ "As was specified, C" right after a sentence attributed to X: X's C."""
    before = attributions[index - 1] if index else None
    sentence = doc.sentences[index]
    if before is None or attributions[index] is not None:
        return None
    cut = as_was_opening(sentence.text)
    if cut is None:
        return None
    at = sentence.start
    return before._replace(
        form="leading", cue="specified", cue_start=at, cue_end=at + cut, subject_start=at,
        subject_end=at, clause_start=at + cut, clause_end=sentence.end - 1, has_that=False,
        pronoun=True,
    )  # fmt: skip

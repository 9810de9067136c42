"""The "according to X" cue: "According to X, C", "..., according to X" and their variants.

Split out of :mod:`pipeline.extract._cues`, which reached its size limit; the cue parser
calls :func:`according` for every "according to" it scans.
"""

from __future__ import annotations

import re

from pipeline.extract import (
    _apposed,
    _outlets,
    _pollfor,
    _s17poll,
    _s46words,
    _sourced,
    _territory,
)
from pipeline.extract._clauses import plausible_clause, trim
from pipeline.extract._cuetype import Cue
from pipeline.extract._lexicon import ADVERBIAL_STARTS, CAPITALS, DEMONYMS
from pipeline.extract._npafter import np_after
from pipeline.extract._subjects import (
    CLOSING_NAME,
    COUNTED,
    FINITE,
    PLACED_SOURCE,
    RELEASED,
    SOURCE,
    WORK,
    past_stamp,
)
from pipeline.extract._whom import whom

_MORE_SIDES = ("palestinian", "american", "european", "western", "arab", "kurdish", "swiss")
"""Sides the demonym table lacks ("according to Palestinian data": no publisher)."""
_NO_PUBLISHERS = ("un", "eu", "government", "official")
DEMONYM_WORDS: frozenset[str] = frozenset(
    [*(d.lower() for d in DEMONYMS.values()), *DEMONYMS, *_MORE_SIDES, *_NO_PUBLISHERS]
)
"""Words before "tally"/"estimates" that name no publisher ("a Ukrainian tally")."""
_INTERVIEWED = re.compile(
    r"(?:questioned|interviewed|quoted|cited|contacted|consulted|reached)[ \t]+"
    r"(?:by|about|on|in)[ \t][^,;“”\"«»]{1,60},[ \t]+"
)
"""A participle aside after the source ("interviewed by the Corriere,"): not the clause."""
_RELATIVES = ("where ", "which ", "who ", "whom ", "while ")
_WHAT_SAID = re.compile(
    r"[ \t]+what[ \t]+(?:was|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:reported|referred|said|written|declared|announced|stated|communicated|indicated"
    r"|made[ \t]+known)[ \t]+by(?=[ \t])"
)
"""Translated Romance copy: "According to what was reported by X, C" is X's."""


def bare_clause(text: str, at: int) -> int:
    """Start of a clause right after the source with no comma ("According to the operator
    Ukrenergo more than 300.000 households were ..."), as translated copy writes it; -1
    unless the next word opens a clause with a finite verb."""
    if not text.startswith(" ", at):
        return -1
    qualified = _QUALIFIED.match(text, at + 1)  # "... according to X at least 12 people"
    first = text[qualified.end() if qualified else at + 1 :][:20].split(" ", 1)[0]
    if not first or not (first[:1].isdigit() or first[:1].islower()) or first in _NO_CLAUSE:
        return -1
    rest = text[at + 1 : at + 200]
    head = rest.split(", ", 1)[0]  # a finite verb before any comma: not "Infratest dimap, C"
    finite = any(w in FINITE for w in head.split(None, 10)[:10])  # nor "estimates based on"
    return at + 1 if finite and plausible_clause(rest) else -1


_QUALIFIED = re.compile(r"(?:at least|at most|more than|up to|some|about|around|nearly|almost) ")
_NO_CLAUSE: frozenset[str] = frozenset(
    {"and", "or", "of", "in", "on", "at", "for", "from", "to", "with", "by", "as", "that"}
)
_SIDES: frozenset[str] = frozenset(
    [*(DEMONYM_WORDS - {"un", "eu", "government", "official"}), *CAPITALS]
)


def _nation_only(name: str) -> bool:
    """A capital or demonym alone names a side, not a body ("Kyiv estimates")."""
    return name.lower() in _SIDES


def according(text: str, pos: int, end: int) -> Cue | None:
    """ "According to X, ..." or "..., according to X" (X may be "two senior officials")."""
    if _NORM.match(text, end):
        return None  # "consultations according to Article 4 of the treaty": a rule, no source
    if text.startswith((" whom ", " which "), end):
        return whom(text, pos, end)  # "Professor X, according to whom C"
    poll = _s17poll.poll_cue(text, pos, end) if text[end : end + 1] == " " else None
    if poll is not None:  # "According to a Forsa survey for RTL and ntv, C": Forsa
        return poll
    source = SOURCE.match(text, end, end + 80)
    placed = PLACED_SOURCE.match(text, end, end + 80) if source else None
    if placed is not None and text[:pos].strip():  # "..., according to police figures
        c_start, c_end = trim(text, 0, pos)  # from Salzburg": the Salzburg police
        subject = f"{placed.group('p')} {placed.group('b')}"
        s_start, s_end = placed.span("b")[0], placed.end()
        return Cue(
            text[pos:end], pos, end, subject, s_start, s_end, c_start, c_end, "according", False
        )
    at = source.end() if source else end
    what = (
        _WHAT_SAID.match(text, end) if source is None and text.startswith(" what ", end) else None
    )
    at = what.end() if what is not None else at
    named = source.group("m") if source is not None else None
    if (
        source is not None
        and named
        and named[0].isupper()
        and named.lower() not in DEMONYM_WORDS
        and text[:pos].strip()
    ):
        c_start, c_end = trim(text, 0, pos)  # "..., according to a Reuters tally of air
        s_start, s_end = source.span("m")  # force data": Reuters counted
        return Cue(text[pos:end], pos, end, named, s_start, s_end, c_start, c_end, "according",
                   False)  # fmt: skip
    work = WORK.match(text, at, at + 80)
    if work is not None and _nation_only(work.group("x")):
        return None  # "according to Kyiv estimates": a side's figures, no publisher
    if work is not None and (text[:pos].strip() or text.startswith(",", work.end())):
        s_start, s_end = work.span("x")  # "..., according to a World Bank estimate"
        span = (0, pos) if pos else (work.end(), len(text))
        if pos and _opener(text, pos) and text.startswith(", ", work.end()):
            span = (work.end() + 2, len(text))  # "Since May, according to Kyiv's figures, C"
        c_start, c_end = trim(text, *span)
        subject = text[s_start:s_end]
        return Cue(
            text[pos:end], pos, end, subject, s_start, s_end, c_start, c_end, "according", False
        )
    quoted_name = _outlets.after(text, at)  # "According to “Sudan Tribune,” CLAUSE"
    if quoted_name is not None and not text[:pos].strip():
        c_start, c_end = trim(text, quoted_name[2], len(text))
        subject = text[quoted_name[0] : quoted_name[1]]
        return Cue(
            text[pos:end], pos, end, subject, *quoted_name[:2], c_start, c_end, "according", False
        )
    count = COUNTED.match(text, at, at + 40)
    np = _sourced.phrase(text, at) or np_after(text, count.end() if count else at)
    np = _territory.widened(text, np)  # "the health ministry in the Hamas-run territory"
    if np is None:
        return None
    np = _placed_body(text, np)  # "the regional administration in Zhytomyr, C"
    s_start, s_end = np
    pollster, s_end = _pollfor.pollster(text, s_start, s_end)  # "a survey by X for RTL": X
    semi = text.rfind("; ", 0, pos) + 2 if text.endswith("; ", 0, pos) else 0
    if not text[semi:pos].strip():  # "A; according to X, B": B is X's
        released = RELEASED.match(text, s_end)  # "a poll by X released on Tuesday, ..."
        s_cut, s_end = s_end, released.end() if released else s_end
        close = text.find(")", s_end, s_end + 16) if text.startswith(" (", s_end) else -1
        s_end = close + 1 if close > 0 else s_end  # "According to the Federal Office of Police
        comma = text.find(",", s_end, s_end + 3)  # (Fedpol)(,) C": the bracket closes the name
        comma = s_end - 1 if close > 0 and comma < 0 else comma
        s_end = s_cut
        if comma < 0:
            start = bare_clause(text, s_end)  # "According to governor X two people were ..."
            if start < 0:
                return None
            comma = start - 1
        c_start, c_end = trim(text, _apposed.past_title(text, comma + 1), len(text))
        aside = _INTERVIEWED.match(text, c_start)  # "According to X, interviewed by Y, C"
        c_start = aside.end() if aside is not None else c_start
    elif _opener(text, pos) and text.startswith(", ", s_end):  # "Since August, according
        c_start, c_end = trim(text, s_end + 2, len(text))  # to X, C": C is X's
    elif _opener(text, pos) and (bare := bare_clause(text, s_end)) > 0:
        c_start, c_end = trim(text, bare, len(text))  # "In the night, according to X C"
    elif text.endswith(_RELATIVES, 0, pos) and bare_clause(text, s_end) > 0:
        c_start, c_end = trim(text, s_end, len(text))  # "..., where according to X C": C
    elif (verb_at := _aside_subject(text, pos, s_end)) > 0:
        c_start, c_end = trim(text, verb_at, len(text))  # "NAME, according to X, spoke ..."
    else:
        c_start, c_end = trim(text, past_stamp(text, 0), pos)  # "Sanaa – Agencies: C, ..."
    named = CLOSING_NAME.match(text, s_end)
    if named is not None and text[:pos].strip():  # "..., according to the head of X, Serhiy Lysak."
        s_end = named.end("name")
    s_end = pollster if pollster > 0 else s_end
    subject = text[s_start:s_end]
    return Cue(text[pos:end], pos, end, subject, s_start, s_end, c_start, c_end, "according", False)


_NORM = re.compile(
    r"[ \t]+(?:(?:the|its|their|an?)[ \t]+)?(?:(?:ceasefire|peace|new|same|original|usual)[ \t]+)?"
    r"(?:[Aa]rticles?|[Pp]aragraph|[Ss]ection|[Cc]lause|plan|plans|schedule|timetable|law|laws"
    r"|treaty|agreement|accord|deal|constitution|rules|regulations|protocol|charter|statute"
    r"|terms|procedure|resolution)(?![\w'’-])"
)
"""A rule or plan after "according to" ("according to Article 4 of the NATO treaty",
"according to plan", "according to the ceasefire agreement") names no speaker."""
_BODY_IN = re.compile(r" in (?:the city of )?[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?(?=[,.;]|$)")
_BODY_HEADS = ("administration", "council", "office", "department", "prosecutor's office")


def _placed_body(text: str, np: tuple[int, int]) -> tuple[int, int]:
    """ "the regional (military) administration in Sumy" ends after its place, as the
    subject of "X in Sumy said" does: the body is Sumy's, and the comma after the place
    opens the clause."""
    if not text.endswith(_BODY_HEADS, np[0], np[1]):
        return np
    m = _BODY_IN.match(text, np[1])
    return (np[0], m.end()) if m is not None else np


def _opener(text: str, pos: int) -> bool:
    """ "Since the start of the war, " before "according to": a short adverbial, no clause."""
    head = text[: pos - 2]
    if not text.endswith(", ", 0, pos) or "," in head or len(head.split()) > 7:
        return False
    first = head.split(" ", 1)[0]
    return (
        first in ADVERBIAL_STARTS
        or first in ("Within", "Over", "Until", "By", "So")
        or _s46words.place_adverb(head)
    )


_OWN = re.compile(r" own (?:information|data|account|figures|statements?|reports?)(?=,)")
_AUXILIARIES: frozenset[str] = frozenset({"has", "have", "had", "was", "were", "is", "are"})
_SPOKE: frozenset[str] = frozenset({"spoke", "told", "phoned", "telephoned", "wrote", "asked"})


def _aside_subject(text: str, pos: int, s_end: int) -> int:
    """Start of the predicate when the source is an aside after the sentence's subject
    ("The Turkish foreign minister Hakan Fidan, according to X, spoke with ..."): the
    reported part is the predicate, not the bare subject before the aside; -1 otherwise."""
    own = _OWN.match(text, s_end)  # "according to its own information, ..."
    s_end = own.end() if own is not None else s_end
    if not text.endswith(", ", 0, pos) or not text.startswith(", ", s_end):
        return -1
    head = text[: pos - 2].split()
    relative = text.endswith((" which, ", " who, "), 0, pos)  # "a meeting which, according
    # to X, was dedicated to ...": the relative clause's predicate
    aux = bool(head) and head[-1] in _AUXILIARIES  # "The air force has, according to
    # its own information, repelled ...": the subject and its auxiliary before the aside
    if not relative and (
        not head or len(head) > 8 or "," in text[: pos - 2] or not (head[-1][:1].isupper() or aux)
    ):
        return -1
    verb = text[s_end + 2 : s_end + 30].split(" ", 1)[0]
    finite = verb in FINITE or verb in _SPOKE or (verb.endswith("ed") and verb.isalpha())
    return s_end + 2 if verb.islower() and finite else -1

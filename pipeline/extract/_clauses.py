"""Shape tests on a reported clause and the words between a cue verb and it.

Kept apart from :mod:`pipeline.extract._cues` (at its line limit): these read a clause
or a verb's adjuncts, while ``_cues`` finds the cue and its subject.
"""

from __future__ import annotations

import re

from pipeline.extract import _s26claims, _s32clause
from pipeline.extract._cuewords import (
    ABSTRACT,
    ADJUNCT,
    ADJUNCT_STARTS,
    BAD_CLAUSE_START,
    CLAUSE_OPENERS,
    CONFIRMING,
    DECLARING,
    SUBORDINATORS,
    TOLD_OBJECT,
    words,
)
from pipeline.extract._longframe import apposed, long_frame
from pipeline.extract._subjects import FINITE, OPENING_MARKS

_PHRASE_COMMA = re.compile(
    r"[ \t]+(?:in|at|to|during|before|after|on|in[ \t]+front[ \t]+of)[ \t]+"
    r"(?:[\w'’.-]+[ \t]+){0,5}?[\w'’.-]+,[ \t]+(?=[\w„“\"«])"
)
PHRASE_STARTS = (" in ", " at ", " to ", " during ", " before ", " after ", " on ")


def phrase_comma(text: str, pos: int) -> int:
    """Offset of the clause after "said in the debate, C" / "said to the Kurier, C" (German
    "sagte in der Debatte, C"), or -1: the clause must open with a subject, not a relative
    ("said at the summit, where ...")."""
    m = _PHRASE_COMMA.match(text, pos, pos + 90)
    if m is None:
        return -1
    first = text[m.end() : m.end() + 20].split(" ", 1)[0]
    if first[:1].isupper() or first in CLAUSE_OPENERS or first[:1] in OPENING_MARKS:
        return m.end()
    return -1


OWN_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})
TOLD = frozenset({"told", "tells", "informed", "informs"})


def inner_that(gap: list[str]) -> bool:
    """A gap before "that" holding its own subject and verb ("the strike showed"): the
    "that" opens a clause inside the reported one, which starts right after the verb."""
    if len(gap) < 2 or gap[0] not in OWN_DETERMINERS:
        return False
    return any(w in FINITE or (w.endswith("ed") and len(w) > 4) for w in gap[1:])


def skip_adjuncts(text: str, verb: str, pos: int) -> int:
    """Offset after time/channel adjuncts (and the object of "told"), -1 if "told" has none."""
    for _ in range(3):
        if text[pos : pos + 12].lstrip(" \t").split(" ", 1)[0].rstrip(",") not in ADJUNCT_STARTS:
            break
        if text.startswith((" at least ", " at most "), pos):
            break  # "says at least 192 journalists ... have been killed": the clause's figure
        adj = ADJUNCT.match(text, pos, pos + 120)
        if adj is None or adj.end() == pos:
            break
        pos = adj.end()
    if verb in TOLD and not (verb[0] == "i" and text.startswith(" that ", pos)):
        obj = TOLD_OBJECT.match(text, pos, pos + 80)  # "informed that C" has no hearer
        if obj is None:
            return -1
        pos = obj.end()
        adj = ADJUNCT.match(text, pos, pos + 120)
        if adj is not None:
            pos = adj.end()
    return pos


def plausible_clause(clause: str) -> bool:
    """A reported clause has a few words and does not start like a prepositional phrase."""
    words = clause.split(None, 3)
    if len(words) < 3 or (words[0] in ("this", "so") and words[1] in ADJUNCT_STARTS):
        return False  # "He said this in his address": no clause
    if words[0].lower() in BAD_CLAUSE_START:  # "at least 27 civilians", "claimed to have hit"
        return words[1] in ("least", "most", "have") or words[1][:1].isdigit()
    return True


_CLAIMING = frozenset({"claimed", "claims", "claim"})


def looks_finite(clause: str, verb: str) -> bool:
    """A clause reported without "that" opens with a subject or soon has a finite verb.

    Rejects noun objects ("claimed credit for the talks") that a verb of saying can take,
    and "declared Friday a day of mourning" (an act: "declared" needs the finite verb).
    """
    words = clause.split(None, 17)  # "said talks on ... and the release of ... had made"
    first = words[0]
    if first == "to" and words[1:2] == ["have"] and words[2:3] and words[2].endswith(("ed", "en")):
        return True  # "affirmed to have carried out": the Romance infinitive report
    if first == "having" and words[1:2] and words[1].endswith(("ed", "en", "wn")):
        return True  # "affirmed having shot down": the French gerund report (round 37)
    if first in ("responsibility", "credit"):
        return False  # "claimed responsibility in a message posted by ...": an act
    if verb in CONFIRMING:  # "confirmed the movement would ...", not "confirmed the death of"
        if len(words) > 1 and words[1] in ABSTRACT:
            return False  # "stressed the importance of ...", "the pressure the attacks put"
        for i, w in enumerate(words[1:6], 1):
            if w in FINITE:
                return words[i + 1 : i + 2] != ["by"]  # not "the challenges brought by"
            if w in BAD_CLAUSE_START or w in ("who", "which", "that"):
                return False
        return False
    if verb in DECLARING and first in ("a", "an"):
        return False  # "declared a drone alert ... but reported no damage": an act
    if verb in _CLAIMING and first[:1].islower() and first != "to":  # "claimed the capture
        return any(w in FINITE for w in words[1:10]) or _s26claims.possessive(words)
    if (not first[:1].islower() or first in CLAUSE_OPENERS) and verb not in DECLARING:
        return True
    if _s32clause.counted_subject(words, verb):
        return True  # "says more than 2 million people go hungry"
    for w in words[1:17]:
        if verb in DECLARING and (w in SUBORDINATORS or w[:1] in OPENING_MARKS):
            return False  # "declared the capital “free” after his troops retook it": an act
        if w in FINITE or w.endswith("ed"):
            return True
    return False


_FIGURE_WORDS: frozenset[str] = words(
    """two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty hundreds dozens"""
)
REPORTING: frozenset[str] = frozenset({"reported", "reports"})


def figure_object(text: str, pos: int) -> bool:
    """ "The General Staff reported on Sunday 151 combat clashes": a counted object after
    "reported" and an adjunct is the report itself (German "meldete am Sonntag 151
    Gefechte"), unlike "reported the capture of"; the caller asks for the adjunct, since
    English "reported 147 engagements" in passing is labelled no statement."""
    word = text[pos : pos + 16].lstrip(" \t").split(" ", 1)[0]
    return word[:1].isdigit() or word.lower() in _FIGURE_WORDS


def title_only(text: str, start: int, end: int) -> bool:
    """ "ROME, 3 May (ANSA) — The minister of the interior, NAME, called for ...": the words
    before the speaker are the speaker's title after a dateline dash, no reported clause."""
    dash = text.rfind(" — ", start, end)
    words = text[dash + 3 if dash >= 0 else start : end].split()
    if not words or len(words) > 8 or words[0] not in ("The", "the"):
        return False
    return not any(w in FINITE or w.endswith("ed") for w in words)


def after_dash(text: str, start: int, end: int) -> int:
    """Start of a dash-introduced quote ("« ... », said X. — We do not ..., he added") that
    the sentence splitter left glued to the sentence before: the clause opens after it."""
    dash = text.rfind(" — ", start, end)
    return dash + 3 if dash > 0 and text[dash - 1] in '.!?»”"' else start


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past spaces and edge punctuation (not quote marks)."""
    while start < end and text[start] in " \t\n,;:—–":
        start += 1
    while end > start and text[end - 1] in " \t\n.,;:!?":
        end -= 1
    return start, end


_FRAME_PREPOSITIONS = frozenset(
    {"Over", "In", "On", "During", "After", "Since", "At", "For", "By", "Throughout", "Within"}
)


def split_clause(before: str, after: str, subject: str) -> bool:
    """ "Over the past day, the General Staff said, C" and "X, sources said, appealed ...":
    the words before the aside are an adverbial or a bare subject, so the clause is the
    rest of the sentence after it."""
    words = before.split()
    if apposed(words, after, subject):  # "The head of X, NAME, said, C"
        return True
    if not words or len(words) > 6:
        return long_frame(words, after)  # "At a meeting with ... in Berlin, Merz said, C"
    if words[0] in _FRAME_PREPOSITIONS:  # an adverbial with no verb of its own
        return adverbial(before)
    first = after.lstrip(" ,").split(" ", 1)[0]
    if subject.lower() in ("he", "she", "it", "they"):  # "Some of the dead, he said, were
        quoted = any(m in after for m in '“”"«»„')  # "Israel, he said, was “...”": partial
        return not quoted and _bare_subject(words) and _predicate(first)  # fighters"
    named = len(words) <= 3 and all(w[:1].isupper() for w in words)  # "Jaishankar, sources
    # said, appealed for unity ..."
    return named and first.islower() and (first.endswith("ed") or first in FINITE)


def _bare_subject(words: list[str]) -> bool:
    """A noun phrase with no verb of its own ("Some of the dead", "The girl", "Ankara")
    before an aside with a pronoun: the aside splits its subject from its predicate."""
    for i, w in enumerate(words):
        own = w.endswith("ed") and (not i or words[i - 1].lower() not in _DETERMINERS)
        if w in FINITE or own or w.endswith(",") or w[:1].isdigit():
            return False  # "the damaged buildings" has no verb of its own
    return words[0][:1].isupper() and words[-1][-1:].isalpha()


_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "these", "those"})
_NO_PREDICATE = words(
    "and but or in on at for with without after before as while because since according"
    " citing adding though although which who that when where if the a an to from by of"
)


def _predicate(word: str) -> bool:
    """A word that can open the predicate after "SUBJECT, he said," ("were", "apply")."""
    if word in FINITE:
        return True
    return (
        word.isalpha()
        and word.islower()
        and word not in _NO_PREDICATE
        and not word.endswith("ing")
        and (not word.endswith("ly") or word.endswith(("ply", "rely")))  # "apply", not "also"
    )


def adverbial(clause: str) -> bool:
    """ "In a related development": an opening adverbial with no verb, no reported clause."""
    words = clause.split()
    if not words or len(words) > 9 or words[0] not in _FRAME_PREPOSITIONS:
        return False
    for k in range(1, len(words)):  # "a related development" is no verb
        w = words[k]
        if w in FINITE or (w.endswith("ed") and words[k - 1] not in OWN_DETERMINERS):
            return False
    return True

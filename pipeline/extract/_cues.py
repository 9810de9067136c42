"""Attribution cues inside one sentence: who said it, with which verb, about what.

Wire copy attributes in a handful of shapes: "X said (on Friday) (that) ...",
"..., X said.", "..., said X.", "According to X, ..." and "..., according to X".
This module only reads text; turning the subject phrase into a canonical
speaker is :mod:`pipeline.extract._names`' job. Every pattern is bounded and is
applied to bounded windows, so hostile input cannot cause backtracking blow-ups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pipeline.extract._names import UPPER

Form = Literal["leading", "trailing", "according", "figure"]


def _words(text: str) -> frozenset[str]:
    """A set of whitespace-separated words (keeps long word lists readable)."""
    return frozenset(text.split())


_AUX = (
    r"(?:(?:has|have|had|also|later|earlier|previously|again|further|then|once|repeatedly)\s+){0,2}"
)
_VERB_LIST = sorted(
    _words(
        """said says say declared declares warned warns told tells added adds stressed stresses
        noted notes claimed claims reported reports wrote writes announced announces stated
        insisted insists urged urges explained explains emphasised emphasized emphasises
        emphasizes underlined underscored confirmed confirms asserted argued argues acknowledged
        admitted alleged predicted promised vowed denied replied responded commented posted
        tweeted concluded suggested revealed asked"""
    ),
    key=lambda w: (-len(w), w),
)
CUE = re.compile(
    rf"(?<![\w-])(?:{_AUX}(?P<verb>{'|'.join(_VERB_LIST)}|pointed out)"
    r"|(?P<acc>[Aa]ccording to)"
    r"|(?P<fig>put (?:the|its|his|her|their) (?:number|death toll|toll|figure|total|tally)))"
    r"(?![\w-])"
)
"""Any attribution cue; also the cheap prefilter for sentences worth a closer look."""

_CLAUSE_VERBS = _words(
    """said says say declared declares stressed stresses noted notes claimed claims added adds
    stated insisted insists explained explains emphasised emphasized emphasises emphasizes
    underlined underscored asserted argued argues acknowledged admitted alleged
    predicted"""
)
"""Verbs whose reported clause may follow without "that" ("Putin said he wants ...")."""

_NP_LOWER = (
    "the|of|state|head|chief|president|prime|minister|foreign|defence|defense|ministry|"
    "military|army|air|force|forces|navy|general|staff|spokesman|spokeswoman|spokesperson|"
    "mayor|governor|regional|deputy|presidential|office|broadcaster|news|agency|leader|"
    "commander|officials|official|authorities|police|government|administration|service|"
    "services|emergency|emergencies|command|council|secretary|press|media|armed|local|city|"
    "region|district|provincial|national|security|intelligence|top|senior|interior|rescue|"
    "state-run|state-owned|public|television|tv|channel|newspaper|daily|outlet|sources|source|"
    "witnesses|residents|analysts|experts|operator|company|general's|prosecutor|prosecutors|"
    "region's|city's|country's|ministry's|army's"
)
_WORD = rf"(?:[{UPPER}][\w’'./-]*|(?:{_NP_LOWER})(?![\w-])|[a-z]+['’]s(?![\w-]))"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)(?![\w-])"
_NP_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<np>{_PRONOUN}|{_WORD}(?:[ \t]+{_WORD}){{0,9}}?)(?P<app>[ \t]*,)?[ \t]*$"
)
_NP_AFTER = re.compile(rf"[ \t]*(?P<np>{_PRONOUN}|{_WORD}(?:[ \t]+{_WORD}){{0,9}})")
_THAT = re.compile(r"[ \t,]*(?P<gap>(?:[\w’'.-]+[ \t,]+){0,4}?)that[ \t]+(?=\S)")
_SUBJECT_WORDS = frozenset({"he", "she", "it", "they", "we", "i", "there", "this"})
_ADJUNCT = re.compile(
    r"[ \t]*(?:"
    r"(?:(?:on|late|early|earlier|later)[ \t]+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|overnight"
    r"|(?:last|this)[ \t]+(?:night|morning|week|month|year))"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?"
    r"|(?:on|via|in|during|at)[ \t]+(?:(?:an?|the|his|her|its|their)[ \t]+)?"
    r"(?:[\w-]+[ \t]+){0,4}?(?:Telegram|X|Twitter|Facebook|statement|address|interview|speech"
    r"|briefing|post|message|conference|channel|media|television|TV|call|meeting|update)"
    r"(?:[ \t]+(?:with|to)[ \t]+(?:the[ \t]+)?[\w.-]+)?"
    r")(?![\w-])[ \t]*,?"
)
_TOLD_OBJECT = re.compile(
    rf"[ \t]*(?:reporters|journalists|parliament|lawmakers|the[ \t]+(?:media|press)"
    rf"|(?:the[ \t]+)?[{UPPER}][\w.-]*(?:[ \t]+[{UPPER}][\w.-]*){{0,2}}"
    r"|an?[ \t]+(?:news|press)[ \t]+conference)(?![\w-])[ \t]*,?"
)
_TRAIL_REST = re.compile(
    r"(?:[ \t]+(?:on|in|at|during|late|early|earlier|later|this|last|via|from|after|before"
    r"|overnight|yesterday|today|tonight|while|when|citing|to|of|[A-Z][a-z]+day)(?![\w-])"
    r"[^,;:!?“”\"«»\n]{0,100}?)?"
    r"[ \t]*(?:[,;:—–]|[.!?]+[\"”’»)]*[ \t]*$|$)"
)
_BAD_CLAUSE_START = _words("of to about for with by on in at nothing a an so as from into")
_OPEN_PRE = re.compile(r"(?:^|[,:;”\"»]|\band|\bbut|\bwhile)[ \t]*$")
_CLOSE_PRE = re.compile(r"[,”\"»’][ \t]*$")
_QUOTE_PRE = re.compile(r"[”\"»’][ \t]*$")
_MAX_CUES = 6
_WINDOW = 160


@dataclass(frozen=True, slots=True)
class Cue:
    """One attribution candidate; offsets are relative to the sentence text."""

    verb: str
    """The cue as written: "said", "declared", "according to"."""
    verb_start: int
    verb_end: int
    subject: str
    """The speaker noun phrase as written ("the Ukrainian Air Force", "he")."""
    subject_start: int
    subject_end: int
    clause_start: int
    """Start of the reported clause, or -1 when the cue reports no clause."""
    clause_end: int
    form: Form
    has_that: bool


def candidates(text: str) -> Iterator[Cue]:
    """Attribution candidates in ``text``, in order of appearance."""
    for n, m in enumerate(CUE.finditer(text)):
        if n >= _MAX_CUES:
            return
        if m.group("acc"):
            cue = _according(text, m)
        elif m.group("fig"):
            cue = _figure(text, m)
        else:
            cue = _verb(text, m)
        if cue is not None:
            yield cue


def _according(text: str, m: re.Match[str]) -> Cue | None:
    """ "According to X, ..." or "..., according to X"."""
    np = _NP_AFTER.match(text, m.end(), m.end() + _WINDOW)
    if np is None:
        return None
    s_start, s_end = np.span("np")
    if not text[: m.start()].strip():
        comma = text.find(",", s_end, s_end + 3)
        if comma < 0:
            return None
        c_start, c_end = _trim(text, comma + 1, len(text))
    else:
        c_start, c_end = _trim(text, 0, m.start())
    return Cue(
        m.group(),
        m.start(),
        m.end(),
        np.group("np"),
        s_start,
        s_end,
        c_start,
        c_end,
        "according",
        False,
    )


def _figure(text: str, m: re.Match[str]) -> Cue | None:
    """ "X put the number of ... at four": an attribution of figures, not a statement."""
    np = _NP_BEFORE.search(text, max(0, m.start() - _WINDOW), m.start())
    if np is None:
        return None
    return Cue(
        m.group(), m.start(), m.end(), np.group("np"), *np.span("np"), -1, -1, "figure", False
    )


def _verb(text: str, m: re.Match[str]) -> Cue | None:
    """A speech verb with its subject before it, or after it in inverted order."""
    verb = m.group("verb")
    v_start, v_end = m.span("verb")
    np = _NP_BEFORE.search(text, max(0, m.start() - _WINDOW), m.start())
    if np is None:
        return _inverted(text, m)
    subject, (s_start, s_end) = np.group("np"), np.span("np")
    pre = text[max(0, s_start - _WINDOW) : s_start]
    pos = _skip_adjuncts(text, verb, v_end)
    that = _THAT.match(text, pos, pos + 120) if pos >= 0 else None
    if that is not None and _OPEN_PRE.search(pre) and not _QUOTE_PRE.search(pre):
        gap = that.group("gap").lower().split()
        if not any(w in _SUBJECT_WORDS or w.endswith("ing") for w in gap):
            c_start, c_end = _trim(text, that.end(), len(text))
            return Cue(
                verb, v_start, v_end, subject, s_start, s_end, c_start, c_end, "leading", True
            )
    if _CLOSE_PRE.search(pre) and _TRAIL_REST.match(text[v_end : v_end + 200]):
        c_start, c_end = _trim(text, 0, s_start)
        if c_end > c_start:
            return Cue(
                verb, v_start, v_end, subject, s_start, s_end, c_start, c_end, "trailing", False
            )
    if not _OPEN_PRE.search(pre):
        return None
    c_start = c_end = -1
    urged = verb in ("urged", "urges") and " to " in text[pos : pos + 80]
    if pos >= 0 and (verb in _CLAUSE_VERBS or verb in ("told", "tells") or urged):
        c_start, c_end = _trim(text, pos, len(text))
    if c_start >= 0 and not _plausible_clause(text[c_start : min(c_end, c_start + 200)]):
        c_start = c_end = -1
    return Cue(verb, v_start, v_end, subject, s_start, s_end, c_start, c_end, "leading", False)


def _inverted(text: str, m: re.Match[str]) -> Cue | None:
    """ "..., said the governor." / "“...,” said Zelensky."""
    if not _CLOSE_PRE.search(text, max(0, m.start() - 4), m.start()):
        return None
    np = _NP_AFTER.match(text, m.end(), m.end() + _WINDOW)
    if np is None or not _TRAIL_REST.match(text[np.end() : np.end() + 200]):
        return None
    c_start, c_end = _trim(text, 0, m.start())
    return Cue(
        m.group("verb"),
        *m.span("verb"),
        np.group("np"),
        *np.span("np"),
        c_start,
        c_end,
        "trailing",
        False,
    )


def _skip_adjuncts(text: str, verb: str, pos: int) -> int:
    """Offset after time/channel adjuncts (and the object of "told"), -1 if "told" has none."""
    for _ in range(3):
        adj = _ADJUNCT.match(text, pos, pos + 120)
        if adj is None or adj.end() == pos:
            break
        pos = adj.end()
    if verb in ("told", "tells"):
        obj = _TOLD_OBJECT.match(text, pos, pos + 80)
        if obj is None:
            return -1
        pos = obj.end()
        adj = _ADJUNCT.match(text, pos, pos + 120)
        if adj is not None:
            pos = adj.end()
    return pos


def _plausible_clause(clause: str) -> bool:
    """A reported clause has a few words and does not start like a prepositional phrase."""
    words = clause.split(None, 3)
    if len(words) < 3:
        return False
    return words[0].lower() not in _BAD_CLAUSE_START


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past spaces and edge punctuation (not quote marks)."""
    while start < end and text[start] in " \t\n,;:":
        start += 1
    while end > start and text[end - 1] in " \t\n.,;:!?":
        end -= 1
    return start, end

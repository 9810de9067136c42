"""An absolute "with X saying C" after a news clause: "Israeli strikes hit homes in Deir
el-Balah, with the Gaza health ministry saying most of the dead were women".

Agency copy (AFP, Reuters, Al Jazeera) often tucks the source of a toll or claim into a
"with" phrase instead of its own sentence. The participle of saying has no comma before
it there, so the ", saying ..." reading never applied and the statement was lost. The
speaker is the noun phrase between "with" and the participle; the statement is the
clause after the participle, as for "X said C".
"""

from __future__ import annotations

import re

from pipeline.extract._clauses import trim
from pipeline.extract._cuetype import Cue

_WITH = re.compile(
    r"(?:^|,[ \t]+|[ \t]+)with[ \t]+(?P<x>(?:the[ \t]+|their[ \t]+|its[ \t]+|his[ \t]+|her[ \t]+)?"
    r"[\w'’.-]+(?:[ \t]+[\w'’.-]+){0,7}?)[ \t]+$"
)
"""The "with" phrase ending right before the participle; the speaker is group ``x``."""
_VERBS = frozenset({"saying", "claiming", "reporting", "warning", "insisting", "stating"})
_NOT_SPEAKERS = frozenset({"it", "this", "that", "him", "them", "officials", "some", "one"})
_CLAUSE_START = re.compile(r"[ \t]+(?:that[ \t]+)?(?=[\"“«A-Za-z0-9])")


def cue(text: str, word: str, pos: int, end: int) -> Cue | None:
    """The "with X saying C" attribution of a participle at ``pos``, or None."""
    if word not in _VERBS:
        return None
    found = _WITH.search(text, max(0, pos - 90), pos)
    if found is None or text.find(",", found.start("x"), pos) >= 0:
        return None
    subject = found.group("x")
    first = subject.split()[0].lower()
    if first in _NOT_SPEAKERS or not (
        first in ("the", "their", "its", "his", "her")
        or any(w[:1].isupper() for w in subject.split())
    ):
        return None  # "with some saying ...", "with residents saying" stay unread
    opened = _CLAUSE_START.match(text, end)
    if opened is None:
        return None
    has_that = text.startswith("that", opened.end() - 5) or " that " in text[end : end + 6]
    c_start, c_end = trim(text, opened.end(), len(text))
    if c_end - c_start < 10:
        return None
    s_start, s_end = found.span("x")
    if first in ("their", "its", "his", "her") and any(w[:1].isupper() for w in subject.split()):
        s_start += len(first) + 1  # "with their spokesman Yahya Saree saying": the name
        subject = text[s_start:s_end]
    return Cue(word, pos, end, subject, s_start, s_end, c_start, c_end, "leading", has_that)


def absolute(found: Cue) -> bool:
    """Whether ``found`` is a "with X saying C" cue (it outranks a cue with no clause)."""
    return found.form == "leading" and found.verb in _VERBS and found.clause_start > 0

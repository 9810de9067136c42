"""A long opening adverbial before "X said, C" (translated German word order).

German puts the setting first and the speech verb second: "Bei einem Treffen mit Macron
und Starmer am Dienstag in Berlin sagte Merz, C". In translation this reads "At a meeting
with French President Emmanuel Macron and the British Prime Minister Keir Starmer on
Tuesday in Berlin, Merz said, C": the words before the speaker are a setting, the reported
clause is C after the second comma. :func:`split_clause` in ``_clauses`` takes only short
settings (up to six words, so a real clause before a trailing "X said," is not lost);
:func:`long_frame` takes a longer one when it opens with a frame preposition, carries no
verb of its own and C after the speaker reads like a clause (a subject, then a finite verb).
"""

from __future__ import annotations

from pipeline.extract._cuewords import CLAUSE_OPENERS
from pipeline.extract._subjects import FINITE

_FRAMES = frozenset({"At", "In", "On", "During", "After", "Before", "Since", "Following"})
_MAX_WORDS = 30
_REACH = 10
_RELATIVE = frozenset({"which", "who", "that", "where", "when", "whose", "as", "because", "while"})


def long_frame(words: list[str], after: str) -> bool:
    """Whether ``words`` (the text before "X said,") are a long verb-less setting and
    ``after`` (the text after the comma) opens a reported clause."""
    if not (6 < len(words) <= _MAX_WORDS) or words[0] not in _FRAMES:
        return False
    for w in words[1:]:
        bare = w.strip(",.;:()")
        if bare in FINITE or bare in _RELATIVE:
            return False  # "At the meeting that followed, ...": a clause of its own
        if bare.islower() and bare.endswith("ed") and len(bare) > 4:
            return False  # "In the village shelled overnight, ...": a verb in the setting
    return _reads(after)


_TITLE_OPENERS = frozenset({"The", "Its", "His", "Her", "Their"})


def apposed(words: list[str], after: str, subject: str) -> bool:
    """ "The head of the Centre for Countering Disinformation, Andrij Kowalenko, said, C":
    the words before the named speaker are his title (a verb-less noun phrase), so the
    reported clause is C after the comma behind the verb."""
    if not (2 <= len(words) <= 12) or words[0] not in _TITLE_OPENERS:
        return False
    names = subject.split()
    if not (1 <= len(names) <= 4) or not all(n[:1].isupper() for n in names):
        return False
    if names[0] in _TITLE_OPENERS or subject.lower() in ("he", "she", "it", "they"):
        return False
    if any(w.strip(",.;:()") in FINITE or w.strip(",.;:()") in _RELATIVE for w in words):
        return False
    if any(w.islower() and w.strip(",.").endswith("ed") for w in words[1:]):
        return False  # "The ministry reported, NAME said, ...": a verb of its own
    return _reads(after)


def _reads(after: str) -> bool:
    """``after`` opens like a reported clause: a subject, then a finite verb soon."""
    rest = after.lstrip(" ,").split(None, _REACH + 1)[:_REACH]
    if len(rest) < 3 or any(m in after[:3] for m in '„“”"«»'):
        return False
    first = rest[0]
    if not (first[:1].isupper() or first in CLAUSE_OPENERS) or first.endswith("ing"):
        return False
    return any(w in FINITE for w in rest[1:])

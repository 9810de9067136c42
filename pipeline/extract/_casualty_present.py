"""Figures next to a harm word that count people present, not people harmed, or recall a
past record: "the school had about 200 students enrolled" (after "Two teachers were among
the dead"), "whose 10,000 troops patrol the area ... none of its personnel were hurt", "The
deadliest single attack this year, on Ternopil on October 19, killed 38 people".

Split from :mod:`pipeline.extract._casualty_skip` (kept small). The casualty reader takes
a figure's harm from the nearest harm word when none touches it; these figures have a
verb of their own (having, patrolling) or a harm word that is denied, and the superlative
subject dates a comparison, so none of them is a toll of the story.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import QUALIFIER

# "had about 200 students enrolled", "houses some 3,000 displaced people".
_HAVING = re.compile(
    r"\b(?:had|has|have|housed|houses|hosted|hosts|employs|employed|enrolled)\s+"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)
# A care verb in the simple present tells a habit, not harm of this story: "The hospital ...
# currently treats about 150 wounded soldiers" ("treated 40 wounded after the attack" stays).
_CARING = re.compile(
    r"\b(?:treats|cares\s+for|looks\s+after)\s+(?:(?:currently|now|still|at\s+present)\s+)?"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)
_HARM_NEAR = re.compile(r"(?:kill|dead|died|injur|wound|hurt|casualt|victim)", re.IGNORECASE)
# Every harm word of the sentence denied: "none of its personnel were hurt", "no one was".
_HARM = re.compile(r"\b(?:kill\w*|dead|died|injur\w*|wound\w*|hurt|casualt\w*)\b", re.IGNORECASE)
_DENIED = re.compile(
    r"\b(?:none|no\s+one|nobody|no|not|without|neither)\b[^.;,]{0,40}$", re.IGNORECASE
)
_NEGATIONS: tuple[str, ...] = ("none", "no one", "nobody", "not ", "without", "no ")
# "The deadliest single attack this year, on Ternopil on October 19, killed 38 people"
_RECORD = re.compile(
    r"^\W*The\s+(?:deadliest|worst|bloodiest)\b[^.;]{0,80}?\bon\s+(?:[A-Z][a-z]+\s+\d{1,2}|"
    r"\d{1,2}\s+[A-Z][a-z]+)\b[^.;]{0,40}?,\s+(?:killed|left)\s+"
    rf"{QUALIFIER}$",
)


def present_not_harmed(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` counts people had or present, the sentence
    denies all its harm, or a superlative recalls a past attack's toll."""
    if _HAVING.search(text, max(0, start - 30), start) and not _HARM_NEAR.search(
        text, end, end + 25
    ):
        return True  # "the clinic had about 300 patients registered"
    if _CARING.search(text, max(0, start - 30), start):
        return True
    if text.lstrip()[:4] == "The " and _RECORD.search(text, 0, start):
        return True
    if "no" not in text and "No" not in text and "without" not in text:
        return False  # "none", "no one", "nobody", "not", "No one"
    low = text.lower()
    if not any(n in low for n in _NEGATIONS):
        return False
    harms = list(_HARM.finditer(text))
    return bool(harms) and all(
        _DENIED.search(text, max(0, m.start() - 50), m.start()) for m in harms
    )

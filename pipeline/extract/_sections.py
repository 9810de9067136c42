"""Labelled recap sections of Ukrainian-style copy: "Background:", "Recall:".

Ukrainska Pravda and similar outlets close a story with a labelled paragraph
that recaps earlier events ("Background: Earlier, Russia said it had downed 40
drones over Bryansk Oblast last week"; "Recall: On 8 May, a missile strike on
Odesa injured 11 people"). Its figures are background, not this story's events,
so the numeric gate skips every sentence from such a label up to the next
section label ("Source:", "Details:", "Quote:", "Update:") or the end.

A sentence opened by "At that time," after one telling a past incident ("Pokrovsk had
been hit in August. At that time, nine people died") is such a recap too.

The same outlets recap in one sentence too: "As Ukrinform reported earlier, one person
was killed ..."; "As previously reported, Russia fired 45 shells ..."; "As reported, on
Tuesday Russian forces struck nine settlements ...". "As reported by the
air force, ..." is an attribution, not a recap: a recap says "earlier"/"previously", or
is the outlet's own name for its earlier story ("As reported by Ukrinform, ...").
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._n54recap import todays_tally
from pipeline.extract.numbers import MONTH

_LABEL = re.compile(
    r"(?:^|\n)[ \t*_#>-]*(?P<kind>background|recall|reminder|for\s+reference|"
    r"source|details|quote|update|context)\s*:",
    re.IGNORECASE,
)
_RECAP = frozenset(["background", "recall", "reminder", "for reference", "context"])
_CHEAP = tuple(f"{word}:" for word in _RECAP)


def recap_spans(body: str, low: str) -> list[tuple[int, int]]:
    """Spans of ``body`` (lower-cased as ``low``) under a recap label, in order.

    Two ``str.find`` calls decide for almost every article that there is none.
    """
    if not any(body_has(low, word) for word in _CHEAP):
        return []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for m in _LABEL.finditer(body):
        kind = " ".join(m.group("kind").lower().split())
        if kind in _RECAP:
            if start is None:
                start = m.start("kind")
        elif start is not None:
            spans.append((start, m.start("kind")))
            start = None
    if start is not None:
        spans.append((start, len(body)))
    return spans


_OUTLET = r"(?:Ukrinform|UNN|Censor\.NET|Ukrainska\s+Pravda|RBC-Ukraine|Interfax-Ukraine|we)"
_RECAP_OPENER = re.compile(
    r"[\s\"“]*As\s+(?:(?:was|had\s+been)\s+)?(?:(?:previously|earlier)\s+reported|"
    r"reported\s+(?:earlier|previously|before)|a\s+reminder\b)"
    r"|[\s\"“]*As\s+(?:[\w.'’-]+\s+){1,4}?(?:had\s+)?(?:previously\s+|earlier\s+)?"
    r"reported\s+(?:earlier|previously|before)\b"
    rf"|[\s\"“]*As\s+{_OUTLET}\s+(?:had\s+)?(?:previously\s+|earlier\s+)?reported\b"
    rf"|[\s\"“]*As\s+(?:was\s+)?reported\s+by\s+{_OUTLET}\b"
    # Bare "As reported, ..." (Ukrinform's "Як повідомлялося"): an earlier story.
    r"|[\s\"“]*As\s+(?:was\s+)?reported\s*,",
)


def recap_sentence(text: str) -> bool:
    """True when a sentence opens as a recap of an earlier story ("As reported earlier, ...")."""
    return (
        text.lstrip(' "“')[:3] == "As "
        and _RECAP_OPENER.match(text) is not None
        and not todays_tally(text)
    )


# "... had already been badly hit in August. At that time, nine people died": a sentence
# opened by "At that time"/"Back then", or one "during the same period", after a sentence
# telling a past incident or a background total, tells that past too.
_THEN_OPENER = re.compile(r"[\s\"“]*(?:At\s+(?:that|the)\s+time|Back\s+then|Then)\s*,", re.I)
_SAME_PERIOD = re.compile(r"\b(?:during|in|over)\s+the\s+same\s+(?:period|time)\b", re.I)
_PAST_BEFORE = re.compile(
    rf"\bin\s+(?:(?:early|mid|late)[\s-]+)?(?:(?-i:(?=[A-Z])){MONTH}|(?:19|20)\d\d)\b"
    r"|\b(?:days|weeks|months|years)\s+ago\b|\blast\s+(?:week|month|year)\b",
    re.IGNORECASE,
)


def points_back(text: str) -> bool:
    """True when ``text`` dates itself by the sentence before ("At that time, ...",
    "... during the same period")."""
    head = text.lstrip(' "“')[:4].lower()
    if head in ("at t", "back", "then") and _THEN_OPENER.match(text) is not None:
        return True
    return "same " in text and _SAME_PERIOD.search(text) is not None


def past_told(prev: str) -> bool:
    """True when ``prev`` dates what it tells to a past month or year ("hit in August")."""
    return _PAST_BEFORE.search(prev) is not None

"""Labelled recap sections of Ukrainian-style copy: "Background:", "Recall:".

Ukrainska Pravda and similar outlets close a story with a labelled paragraph
that recaps earlier events ("Background: Earlier, Russia said it had downed 40
drones over Bryansk Oblast last week"; "Recall: On 8 May, a missile strike on
Odesa injured 11 people"). Its figures are background, not this story's events,
so the numeric gate skips every sentence from such a label up to the next
section label ("Source:", "Details:", "Quote:", "Update:") or the end.
"""

from __future__ import annotations

import re

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
    if not any(word in low for word in _CHEAP):
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

"""Launch verbs and breakdown openers of translated bulletins (no detector imports).

Split from :mod:`pipeline.extract._air20read` so the verb table
(:mod:`pipeline.extract._airrole`) and the sentence gate (:mod:`pipeline.extract._numgate`)
can ask without an import cycle:

- A bulletin that *reports* (or "spoke of") its launch figures with a trailing night
  phrase or a second noun ("reported 93 drones and four Iskander-M ballistic missiles in
  the night to Thursday.", "reported 66 attack drones and decoys and two ...") counts
  what came in; the outcome follows in the next sentence.
- A region breakdown may open the next paragraph ("The breakdown by region: Bryansk 47,
  ..."): the gate reads it across the break.
"""

from __future__ import annotations

import re

_FIG = r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ITEM = (
    rf"{_FIG}\s+(?:[\w-]+\s+){{0,3}}?(?:drones|missiles|rockets|UAVs)"
    r"(?:\s+(?:and|or)\s+decoys|\s+of\s+(?:various|different)\s+types|\s+of\s+the\s+enemy"
    r"|\s+of\s+the\s+(?-i:[A-Z])[\w-]+\s+type"  # "130 drones of the enemy", "of the Shahed type"
    r"|\s+of\s+the\s+types?\s+[\w-]+(?:(?:/|\s+and\s+)(?-i:[A-Z])[\w-]+)?)?"
)
_TIME = (
    r"(?:\s+(?:overnight|in\s+total|on\s+\w+day(?:\s+(?:morning|evening|night))?"
    r"|(?:in|during)\s+the\s+night(?:\s+(?:to|on|into|before)\s+\w+"
    r"|\s+from\s+\w+\s+to\s+\w+)?))*"
)
_REPORTED = re.compile(
    rf"\b(?:report(?:s|ed)|sp(?:oke|eaks)\s+of)(?={_TIME}\s+(?:a\s+total\s+of\s+|about\s+|"
    rf"around\s+|some\s+)?{_ITEM}(?:(?:\s*,\s*|\s+and\s+|\s+as\s+well\s+as\s+){_ITEM}){{0,3}}"
    rf"{_TIME}\s*(?:[.;]|,(?!\d)|$))",
    re.IGNORECASE,
)


def reported_launches(text: str) -> list[tuple[int, int]]:
    """Spans of "reported" / "spoke of" verbs whose object is a bare launch list."""
    if "report" not in text and "spoke of" not in text and "speaks of" not in text:
        return []
    return [(m.start(), m.end()) for m in _REPORTED.finditer(text)]


_HEAD = re.compile(
    r"^(?:(?:The\s+)?(?:breakdown|broken\s+down)(?:\s+by\s+regions?)?|By\s+regions?|In\s+detail)"
    r"\s*:"
)


def list_line(same_paragraph: bool, text: str) -> bool:
    """True when a sentence with no weapon word after an air-defence sentence may go on
    with its region shares: "N over X" or "Place N" after a colon in the same paragraph,
    or the shapes of :func:`shares_line`; a "The breakdown by region: ..." opening the next
    paragraph too (:func:`pipeline.extract._numgate._list_goes_on` asks)."""
    if not same_paragraph and not breakdown_head(text):
        return False
    return " over " in text or ": " in text or shares_line(text)


def breakdown_head(text: str) -> bool:
    """True for a sentence opening a bare region breakdown ("The breakdown by region: ...")."""
    return ":" in text[:32] and _HEAD.match(text) is not None


NAME = r"(?-i:[A-Z][\w'’-]+)"
KIND = r"(?:region|oblast|republic|krai)"
# "the Bryansk region with 30": a region and its figure after "with".
WITH_FIGURE = re.compile(rf"(?P<place>{NAME}\s+{KIND})\s+with\s+(?P<n>\d[\d,.]*)\b", re.I)
# A share told with its figure in brackets ("most were shot down over Bryansk (19)").
PAREN_FIGURE = re.compile(r"\(\d[\d,.]*\)")


def shares_line(text: str) -> bool:
    """True for a sentence that may list region shares in the shapes
    :mod:`pipeline.extract._air20shares` reads (the gate's cheap test)."""
    return (
        (" with " in text and WITH_FIGURE.search(text) is not None)
        or ("(" in text and PAREN_FIGURE.search(text) is not None)
        or " fell over " in text
        or "accounted for " in text  # _air21shares: "Bryansk accounted for 30 of them"
    )


_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
# "recalled the episode of September, when 19 Russian drones entered Polish airspace and
# only four were shot down", "the incident of last year, when 14 drones crossed ...": a
# past episode named by its date, the "when" clause its recalled figures (background, as
# a fronted past month is).
_PAST_WHEN = re.compile(
    r"\b(?:episode|incident|night|attack|day|events?|case|time|violation|incursion)\s+"
    r"(?:of|in|from|on)\s+(?:the\s+)?"
    rf"(?:last\s+(?:year|month|week|summer|autumn|winter|spring)|(?:{_MONTH})(?:\s+\d{{4}})?"
    r"|\d{4}|(?:summer|autumn|winter|spring)(?:\s+\d{4})?)\s*,?\s+when\s+[^.;:!?]*$",
)


def recalled_when(text: str, at: int) -> bool:
    """True when the figure at ``at`` sits in a "when" clause after a dated past episode."""
    if " when " not in text[:at]:
        return False
    return _PAST_WHEN.search(text, max(0, at - 200), at) is not None

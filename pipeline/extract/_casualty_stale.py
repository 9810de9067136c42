"""Casualty figures the text itself reports as replaced or wrong, so no toll of today.

Split from :mod:`pipeline.extract.casualties` to keep that module under the size limit:
"its previous update had reported 49 deaths", "By midday, he put the toll at four dead"
(an update story's earlier figures), "two bodies were counted twice" (a correction), a
figure told "according to this" or "A further 3,200" after a running total, and a ticker
headline over such a total.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._casualty_since import since_day_after_total
from pipeline.extract._casualty_war import dated_to_day, total_restated
from pipeline.extract.model import Document
from pipeline.extract.numbers import Quantity, find_quantities

_ENDS = frozenset('.!?:;"“”»«’)')

# A figure the text reports as replaced: "its previous update had reported 49 deaths",
# "up from an earlier toll of five", "rose from 14 to 17" (only the new figure counts).
SUPERSEDED = re.compile(
    r"(?:\b(?:previous(?:ly)?|earlier|prior|initial|preliminary|former|early|first|original)"
    r"\s+(?:[\w-]+\s+){0,2}?"
    r"(?:toll|update|figure|count|report|tally|estimate)s?\s+"
    # "Preliminary figures show that 16 people ...": stated now, the current figure.
    r"(?!(?:indicate|show|suggest|say)s?\b)(?:[\w-]+\s+){0,4}?"
    r"|\b(?:up|down|rose|risen|rising|increased|climbed|jumped)\s+from\s+(?:an?\s+|the\s+)?"
    r"(?:(?!to\b)[\w-]+\s+){0,3}?"
    # An update story's earlier figure, told in the pluperfect: "officials had put the toll
    # at six", "Earlier, the administration had said 17 people were killed", "had earlier
    # said nine people were killed".
    r"|\bhad\s+(?:(?:earlier|previously|initially|first|originally|still|only)\s+)?"
    # ... also passive: "The toll had earlier been put at one dead"; and translated "had
    # (still) spoken of six dead" ("hatte noch von sechs Toten gesprochen").
    # ... not "had set fire to a warehouse and that one employee had been injured"
    r"(?:(?:been\s+)?(?:put|set(?!\s+(?:fire|ablaze|alight)\b)|given|reported|said|"
    r"estimated|counted)\b|"
    r"(?:spoken|talked)\b)[^.;:]*"  # "had talked about three": "about" may join the figure
    # "In the morning, the figure had been five dead": the toll's earlier state.
    r"|\b(?:figure|toll|number|count)\s+had\s+(?:still\s+|only\s+)?(?:been|stood\s+at)\s+"
    r"|\b(?:initially|at\s+first|originally)\b(?:(?!\b(?:but|later|now)\b)[^.;:]){0,60}"
    # Translated "Zuvor war von drei Toten die Rede": "Previously there had been talk of".
    r"|\b(?:previously|earlier)\s*,?\s+there\s+(?:had\s+been|was)\s+(?:talk|mention)\s+of\b"
    r"[^.;:]{0,40}"
    # ... and by any time of the day: "In the morning there had been talk of 12 injured".
    r"|\bthere\s+had\s+(?:still\s+|only\s+)?been\s+(?:talk|mention)\s+of\b[^.;:]{0,40}"
    # An update of the day told by its hour: "By midday, he put the toll at four dead"
    # ("By evening, ..." is the day's last word: an update, see ``_casualty_update``).
    r"|\bby\s+(?:midday|noon|mid-?morning|mid-?afternoon|(?:the\s+)?(?:morning|afternoon)|"
    r"\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s*,[^.;:]{0,40}?\b(?:put|set|gave|said|"
    r"reported)\b[^.;:]*)$",
    re.IGNORECASE,
)
# A correction, not a toll: "one body had been misidentified", "two were counted twice".
CORRECTED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:had\s+been|have\s+been|were|was)\s+"
    r"(?:misidentified|miscounted|double-counted|counted\s+twice|wrongly\s+counted)\b",
    re.IGNORECASE,
)


# "According to this, 14,245 Palestinians were injured": a figure told from the same
# count as a running total just before it is part of that total.
_PER_THIS = re.compile(
    r"\baccording\s+to\s+(?:this|these|them|the\s+same\s+(?:figures|count|source))\b",
    re.IGNORECASE,
)


# "... have been killed since the start of the siege in May. Further 540 people were
# injured": further people opening the next sentence go on counting that total; so do
# those after "In addition," ("In addition, more than 1.800 children were injured").
_FURTHER_LEAD = re.compile(
    r"\s*(?:(?:(?:a\s+)?further|another|an\s+additional)\s+|in\s+addition\s*,\s*)$", re.I
)
_MORE_AFTER = re.compile(r"\s+(?:more|others|further)\b", re.IGNORECASE)


def _further_of_total(text: str, prev: str, is_background: Callable[[str, Quantity], bool]) -> bool:
    """True when ``text`` opens with further people and ``prev`` ends on a running total."""
    head = text[:30]
    if (
        "urther" not in head
        and "nother" not in head
        and "more" not in head
        and "ddition" not in head
    ):
        return False
    qs = find_quantities(text)
    if not qs or qs[0].start > 25:
        return False
    q = qs[0]
    if dated_to_day(text):
        return False  # "Two more soldiers were killed ... on Thursday": the day's news
    lead = _FURTHER_LEAD.fullmatch(text, 0, q.start)
    if lead is None and not (text[: q.start].strip() == "" and _MORE_AFTER.match(text, q.end)):
        return False
    last = find_quantities(prev)
    return bool(last) and is_background(prev, last[-1])


def per_running_total(
    text: str, before: list[str], is_background: Callable[[str, Quantity], bool]
) -> bool:
    """True when ``text`` tells a figure "according to this" and one of the sentences
    ``before`` it (the two nearest) holds a running total (``is_background``), or when it
    opens with further people ("A further 3,200 were injured") right after such a total."""
    if before and _further_of_total(text, before[-1], is_background):
        return True
    if before and total_restated(text, before[-1], is_background):
        return True  # "The attacks have killed 316 children" after the war's toll
    if before and since_day_after_total(text, before, is_background):
        return True  # "... killed since then. ... put the number of dead at 224 since Friday"
    if "ccording to th" not in text or _PER_THIS.search(text) is None:
        return False
    return any(is_background(prev, q) for prev in before for q in find_quantities(prev))


# "Earlier, seven people had been reported dead": an update story's earlier figure told
# in the passive pluperfect after it, in a sentence that opens by dating it back.
_EARLIER_LEAD = re.compile(
    r"\s*(?:(?:earlier|previously|initially|at\s+first|originally)\b(?:\s+(?:in|on)\s+the\s+"
    r"(?:day|morning|afternoon|evening))?"
    # "In the afternoon, eight dead had been reported" (a ticker's earlier hour)
    r"|(?:in|at|by)\s+(?:the\s+)?(?:morning|afternoon|midday|noon)\b)\s*,?",
    re.IGNORECASE,
)
_REPORTED_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+had\s+(?:earlier\s+|previously\s+|initially\s+)?been\s+"
    r"(?:reported|given|put|counted|listed|confirmed)\b",
    re.IGNORECASE,
)


# "On November 25, a drone attack ... injured seven volunteers, Ukrinform reported earlier.":
# an agency's recap of its own earlier report, as "As Ukrinform reported earlier, ..." is.
_RECAP_END = re.compile(r",\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}reported\s+earlier\s*[.!]?\s*$")


def reported_earlier(text: str, q: Quantity) -> bool:
    """True for a figure "had been reported" in a sentence that opens with "Earlier", or
    in a sentence an agency closes with "... reported earlier"."""
    if text[-25:].find("reported earlier") >= 0 and _RECAP_END.search(text, q.end):
        return True
    if "had" not in text or (lead := _EARLIER_LEAD.match(text)) is None or lead.end() > q.start:
        return False
    return _REPORTED_AFTER.match(text, q.end) is not None


def headline_of_total(
    doc: Document, idx: int, is_background: Callable[[str, Quantity], bool]
) -> bool:
    """True when sentence ``idx`` is a ticker headline ("Iran: 224 dead since Friday") whose
    figures the paragraph's body tells as a running total: the headline is that total too."""
    text = doc.sentences[idx].text.rstrip()
    if not text or text[-1] in _ENDS:
        return False
    par = doc.sentences[idx].paragraph
    qs = find_quantities(text)
    if not qs:
        return False
    body = [s.text for s in doc.sentences[idx + 1 : idx + 4] if s.paragraph == par]
    for q in qs:
        if not any(
            p.value == q.value and is_background(sent, p)
            for sent in body
            for p in find_quantities(sent)
        ):
            return False
    return True

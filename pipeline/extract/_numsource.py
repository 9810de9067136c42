"""The body whose report a figure's own sentence names: "The General Staff's daily report
gives even higher figures: accordingly, Russia carried out 81 air strikes".

A new module (not more lines in :mod:`pipeline.extract.strikes` and
:mod:`pipeline.extract.interceptions`, at their size limit): such a sentence has no verb of
saying, so the speaker table carries the paragraph's last speaker (the president two
sentences before) onto its figures; the report it names is their source instead.
"""

from __future__ import annotations

import re

from pipeline.extract.model import Document
from pipeline.extract.speakers import Speakers

_BODY = (
    r"(?P<who>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}|"
    r"(?:army|military)\s+(?:leadership|command))"
)
_KIND = (
    r"(?:(?:official|daily|morning|evening|latest|nightly)\s+){0,2}"
    r"(?:report|summary|update|bulletin)"
)
# "The official report of the army leadership for the last 24 hours names ...:" and
# "the General Staff's morning report says ...:" -- a report named before a colon or
# "accordingly" that opens the figures.
_REPORT_OF = re.compile(rf"\b{_KIND}\s+of\s+(?:the\s+)?{_BODY}")
_REPORT_BY = re.compile(rf"{_BODY}['’]s?\s+{_KIND}\b")
_OPENS = re.compile(r"[^.;]{0,120}?(?::|\baccordingly\b)", re.IGNORECASE)


def report_source(doc: Document, idx: int, speakers: Speakers, at: int = -1) -> str | None:
    """Canonical name of the body whose report sentence ``idx`` names before its figures
    (before offset ``at`` of the sentence when given), else None."""
    text = doc.sentences[idx].text
    if "report" not in text and "summary" not in text and "update" not in text:
        return None
    hi = len(text) if at < 0 else at
    m = _REPORT_OF.search(text, 0, hi) or _REPORT_BY.search(text, 0, hi)
    if m is None or _OPENS.match(text, m.end(), hi) is None:
        return None
    return speakers.canonical(m.group("who") or "") or None

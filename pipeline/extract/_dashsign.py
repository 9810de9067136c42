"""A quote signed with a dash after it: "“Russia wants to break our energy system.” —
Volodymyr Zelenskyy, in his evening address", "\"The Kremlin is in no hurry.\" - Dmitry
Peskov, Kremlin spokesman".

Live blogs and "quote of the day" boxes set a whole quoted sentence on its own line and
sign it with a dash and the speaker's name (an optional description after a comma). No
verb of saying stands anywhere near, so the quote found no attribution and was dropped.
A closed quote that opens its line, followed on the same line by a dash and a capitalised
name resolving to a person or body, is that speaker's direct statement.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract._quotes import Quote
from pipeline.extract.model import Evidence, Statement

if TYPE_CHECKING:
    from pipeline.extract.speakers import Speakers

_SIGN = re.compile(
    r"[ \t]*[—–-][ \t]*(?P<who>[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,5}?)"
    r"(?:,[^\n“”\"«»]{0,80}?)?[ \t]*\.?[ \t]*(?=\n|$)"
)
"""The dash, the signing name and an optional ", description" up to the line's end."""
_LINE_OPENERS = " \t-–—•*"
_MIN_WORDS = 3


def signed(body: str, speakers: Speakers, quote: Quote) -> Statement | None:
    """The direct statement of a dash-signed quote, or None for any other quote."""
    if not quote.closed or len(quote.text.split()) < _MIN_WORDS:
        return None
    line_start = body.rfind("\n", 0, quote.start) + 1
    if body[line_start : quote.start].strip(_LINE_OPENERS):
        return None  # the quote must open its line
    found = _SIGN.match(body, quote.end)
    if found is None:
        return None
    who = found.group("who").rstrip(".")
    speaker = speakers.named(who, quote.end + found.start("who"))
    if speaker is None:
        return None
    end = found.end()
    return Statement(
        evidence=Evidence(body[quote.start : end], quote.start, end),
        confidence=0.75,
        speaker=speaker,
        mode="direct",
        quote=quote.text,
        cue=None,
    )

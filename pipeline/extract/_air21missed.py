"""Shares told as the misses of a counted launch ("could not be intercepted").

Wire copy often counts what air defence failed to stop instead of what it stopped: "Two of
the three missiles fired from Yemen could not be intercepted", "four of the six Kh-22
missiles could not be shot down", "the air defence could not intercept three of the seven
ballistic missiles", "five of the 14 drones could not be stopped". The figure next to the
outcome verb is the misses, never the shoot-down. The written conventions (``dev_numeric33``,
"a counted share that got through after a counted launch is an outcome without a number")
read such a share as one interception, launched M and intercepted null: the shoot-down M-N
is a sum the text never states (some may have been lost or jammed), as for "N of M reached
their targets" (:func:`pipeline.extract._airarrive.arrived_share`).

:func:`missed_share` turns such a share mention (role intercept, figure N of total M) into
that launch-only outcome; :func:`pipeline.extract.interceptions._analyse` asks it beside
``arrived_share``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmention import Mention
from pipeline.extract.model import Sentence

_DOWN = r"(?:intercepted|shot\s+down|stopped|downed|destroyed|neutrali[sz]ed|repelled)"
_DOWN_ACTIVE = r"(?:intercept|shoot\s+down|stop|down|destroy|neutrali[sz]e|repel)"
_NOT = r"(?:could\s*n[o']t|could\s+not|were\s+not|was\s+not|failed\s+to|were\s+unable\s+to)"
# "... could not be intercepted", "were not shot down", "failed to be stopped".
_MISSED_AFTER = re.compile(rf"\b{_NOT}\s+(?:be\s+)?{_DOWN}\b", re.IGNORECASE)
# "could not intercept three of the seven": the negated verb right before the figure.
_MISSED_BEFORE = re.compile(rf"\b{_NOT}\s+{_DOWN_ACTIVE}\s+$", re.IGNORECASE)
# A second clause with its own figure ends the share's reach ("...; five could not be ...").
_OTHER_FIGURE = re.compile(
    r"[;]|,\s+(?:and\s+|but\s+|while\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\b)",
    re.IGNORECASE,
)
# "Three of them could not be intercepted": a share of the launch told before it.
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w,.-]+")


def _of_them(text: str, at: int) -> bool:
    """True when the figure at ``at`` is followed by "of them" ("Three of them ...")."""
    word = _WORD.match(text, at)
    return word is not None and _OF_THEM.match(text, word.end()) is not None


def missed_share(m: Mention, sent: Sentence) -> Mention:
    """``m`` unchanged, or, for "N of M could not be intercepted", the launch-only outcome
    (value None: intercepted null, launched M)."""
    if m.role != "intercept" or m.value is None or m.all:
        return m
    text = sent.text
    if m.total is None and not _of_them(text, m.num_start - sent.start):
        return m
    low = text.lower()
    if "not" not in low and "n't" not in low and "failed" not in low and "unable" not in low:
        return m
    lo, hi = m.num_start - sent.start, m.end - sent.start
    before = text[max(0, lo - 40) : lo]
    if _MISSED_BEFORE.search(before) is not None:
        return replace(m, value=None)
    tail = text[lo : min(len(text), max(hi, lo + 90))]
    cut = _OTHER_FIGURE.search(tail, 1)
    if cut is not None:
        tail = tail[: cut.start()]
    if _MISSED_AFTER.search(tail) is None:
        return m
    return replace(m, value=None)

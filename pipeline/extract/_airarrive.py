"""Arrivals told as the outcome of a counted launch (translated German copy).

German air-force reports often count what got through instead of what went down:
"Nur eine von insgesamt 213 russischen Drohnen hat demnach ihr Ziel erreicht" comes out
as "Only one of a total of 213 Russian drones has accordingly reached its target", and
"Russland setzte 213 Drohnen ein. Nur eine erreichte ihr Ziel" as two sentences. The
conventions (``dev_numeric33``) read a counted share that got through as an outcome
without a number: one interception, launched N, intercepted null (the difference is a
sum the text never states, and the rest may have been jammed or lost), never a strike and
never a shoot-down of the share.

- :func:`arrived_share` turns "N of (a total of) M ... reached its target" from a
  shoot-down of N out of M into that launch-only outcome;
- :func:`arrived_of` reads the same share when no figure of the sentence was read at all
  (the sentence has no verb of launching or shooting down);
- :func:`arrived_next` reads "Only one reached its target" (no verb of shooting down) in
  the sentence right after a counted launch as that launch's outcome, and a share naming
  its weapon ("Two of the missiles reached their targets") also two sentences after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmention import Mention
from pipeline.extract._airnoun import AIR_NOUN, AIR_WORD, weapon_of
from pipeline.extract.model import Sentence
from pipeline.extract.numbers import parse_number
from pipeline.extract.weapons import MODIFIER

_ARRIVED = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:accordingly|only|also|still)\s+)?(?:reached|hit|struck)\s+"
    r"(?:their|its)\s+(?:intended\s+)?(?:targets?|goals?|objectives?)\b",
    re.IGNORECASE,
)
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SHARE_ARRIVED = re.compile(
    rf"(?:^|[,;:]\s*)(?:(?:only|just)\s+)?{_NUM}\s+(?:of\s+them\s+|of\s+the\s+(?=\w+\s+\w+\s))?"
    rf"(?:(?:{MODIFIER}\s+){{0,2}}?(?:{AIR_NOUN})\s+)?{_ARRIVED.pattern}",
    re.IGNORECASE,
)
# "Only two of a total of 145 Russian drones reached their targets": no launch verb at all.
_OF_TOTAL_ARRIVED = re.compile(
    rf"(?:^|[,;:]\s*)(?:(?:only|just)\s+)?{_NUM}\s+of\s+(?:(?:a|the)\s+total\s+of\s+|the\s+)?"
    rf"(?P<total>\d[\d,.]*|{_NUM})\s+(?:{MODIFIER}\s+){{0,3}}?(?P<noun>{AIR_NOUN})\s+"
    rf"(?:[^.;:]{{0,60}}?\s)?{_ARRIVED.pattern}",
    re.IGNORECASE,
)
_DOWN_WORDS = ("shot", "down", "intercept", "destroy", "neutrali", "suppress")


def arrived_share(m: Mention, sent: Sentence) -> Mention:
    """``m`` unchanged, or, for "N of M ... reached its target", the launch-only outcome
    (value None: intercepted null, launched M)."""
    if m.role != "intercept" or m.total is None or m.value is None:
        return m
    lo, hi = m.num_start - sent.start, m.end - sent.start
    clause = sent.text[lo:hi]
    if _ARRIVED.search(clause) is None or any(w in clause.lower() for w in _DOWN_WORDS):
        return m
    return replace(m, value=None)


def arrived_next(idx: int, sent: Sentence, pending: list[Mention]) -> list[Mention]:
    """The outcome "Only one reached its target" says of the launch counted in the
    sentence just before (``pending`` holds the paragraph's unpaired launches)."""
    if not any(c.sent >= idx - 2 for c in pending):
        return []
    found = _SHARE_ARRIVED.search(sent.text)
    if found is None or any(w in sent.text.lower() for w in _DOWN_WORDS):
        return []
    verb = _ARRIVED.search(found.group())
    words = list(AIR_WORD.finditer(found.group(), 0, verb.start() if verb else found.end()))
    named = weapon_of(words[-1]) if words else None  # not "their targets"
    # "... four missiles and 30 drones. 22 drones were downed. Two of the missiles reached
    # their targets": a share naming its weapon answers that weapon's launch two back too.
    last = [
        c
        for c in pending
        if c.role == "launch"
        and (c.sent == idx - 1 or (c.sent == idx - 2 and named is not None and c.weapon == named))
        and named in (None, c.weapon)
    ]
    if not last:
        return []
    weapon = named or last[-1].weapon
    at = sent.start + found.start()
    end = sent.start + found.end()
    return [
        replace(
            last[-1],
            sent=idx,
            start=at,
            end=end,
            num_start=at,
            value=None,
            total=None,
            all=False,
            weapon=weapon,
            role="intercept",
            location=None,
            part=False,
            ahead=False,
            breakdown=False,
            implied=None,
        )
    ]


def arrived_of(idx: int, sent: Sentence) -> list[Mention]:
    """ "Only two of a total of 145 drones reached their targets" as launch-only."""
    found = _OF_TOTAL_ARRIVED.search(sent.text)
    if found is None or any(w in sent.text.lower() for w in _DOWN_WORDS):
        return []
    total = parse_number(found.group("total").replace(",", "").replace(".", ""))
    if total is None:
        return []
    return [
        Mention(
            sent=idx,
            start=sent.start + found.start(),
            end=sent.start + found.end(),
            num_start=sent.start + found.start("total"),
            value=None,
            total=total,
            all=False,
            approx="exact",
            weapon=weapon_of(found),
            role="intercept",
            location=None,
            model=None,
        )
    ]

""" "Not one of them was intercepted": a stated zero, not a shoot-down of one.

The number reader sees the word "one" and the sentence reader makes it a share of
one ("1 of 6 shot down"), while "not one", "not a single one" and "not even one" deny
every shoot-down, as "none of them" does: "The enemy used six Kinzhals, and not one
of them could be stopped" is 6/0, "not a single one of the five Iskander-M missiles
could be shot down" 5/0, "Of the three ballistic missiles, not one was shot down" 3/0.

:func:`zero_not_one` turns such a mention into the zero outcome the rest of the
pipeline already reads for "none" (value 0; its whole, when the phrase names it, as
the launch figure a missing launch would have given).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmake import Mention
from pipeline.extract.model import Sentence

_NOT = re.compile(r"\bnot\s+(?:(?:a\s+single|even|even\s+a\s+single|a)\s+)?$", re.IGNORECASE)


def zero_not_one(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each "not one" outcome read as a stated zero."""
    if "not " not in sent.text.lower():
        return mentions
    out: list[Mention] = []
    for m in mentions:
        at = m.num_start - sent.start
        if (
            m.role == "intercept"
            and m.value == 1
            and sent.text[at : at + 3].lower() == "one"
            and _NOT.search(sent.text, max(0, at - 24), at) is not None
        ):
            m = replace(m, value=0, all=False)
        out.append(m)
    return out

"""A partial quote framed by the sentence subject's own verb: "X described Y's words as «…»".

"Zakharova described the statements of EU foreign policy chief Kaja Kallas as «a collection
of cliches»" and "Schlein spoke of «a duty of solidarity», while Conte asked ..." quote the
subject (X, Schlein): the person named between the verb and the quote (Kallas) is the one
talked about, and a cue later in the sentence (Conte's "asked") has a clause of its own.
Without a speech cue of their own such sentences fell to the person named last before the
quote, or to the later cue. A framing verb ("described ... as", "called", "termed",
"branded", "dubbed", "defined", "spoke of", "warned of") between the sentence's opening
subject and the quote, with no clause break after it, gives the quote to that subject.
"""

from __future__ import annotations

import re

_FRAMING = re.compile(
    r"(?<![\w-])(?:described|termed|branded|dubbed|labell?ed|defined|"
    r"(?:spoke|speaks|warned|warns)[ \t]+of)(?![\w-])(?![ \t]+by[ \t])[^.;!?“”\"«»„]{0,120}$"
)
_BREAK = re.compile(r",[ \t]+(?:while|whereas|but|and)[ \t]|[;:]")
_PASSIVE = re.compile(r"(?<![\w-])(?:was|were|is|are|be|been|being|often|widely)[ \t]*$")
"""A passive or participial verb ("the strike, described by X as") frames for its agent."""
_RELATIVE = re.compile(
    r"(?<![\w-])(?:what|which|who|whom|that|as)[ \t]+(?:[\w'’.-]+[ \t]+){0,4}$", re.IGNORECASE
)
"""The verb of a relative or "what X called" clause frames for its own subject."""


def framed(context: str) -> bool:
    """True when ``context`` (the sentence up to the quote) ends in a framing verb's phrase
    ("..., described the statements of Kallas as ") with no clause break after the verb."""
    m = _FRAMING.search(context)
    if m is None or m.start() == 0 or _BREAK.search(context, m.start()) is not None:
        return False
    clause = context[max(0, m.start() - 80) : m.start()]
    if _PASSIVE.search(clause):
        return False
    return _RELATIVE.search(clause.rsplit(",", 1)[-1]) is None

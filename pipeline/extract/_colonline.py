"""Live-page lines that put a person's words after their name and a colon: "Zelensky:
Russia launched 400 drones overnight and we need more air defence."

Live blogs and tickers write a paraphrase as "NAME: CLAUSE." inside an entry. A headline of
the same shape has no closing full stop and is dropped with the other headlines
(:func:`pipeline.extract.statements._titles`); a line that ends like a sentence is the named
person's indirect statement. Only a person qualifies (the speaker resolver checks the kind):
"Kharkiv: three people were injured." is a place, "CORRECTION: ..." a label.
"""

from __future__ import annotations

import re

from pipeline.extract._cuetype import Cue

LITERAL = ": "
VERB = ":"
_LINE = re.compile(
    r"(?:^|(?<=\n))(?P<n>(?:[A-Z][\w'’.-]+[ \t]){0,2}[A-Z][\w'’-]+):[ \t]+(?=[A-Z])"
    r"(?P<c>[^\n“”\"«»„]{20,300}?[.!?])[ \t]*(?=\n|$)"
)


def hits(body: str) -> list[tuple[int, str]]:
    """Offsets of the colon of each "NAME: CLAUSE." line.

    Tried at each line start only (a match opens a line and stops before its newline), not
    searched at every offset of the body.
    """
    found: list[tuple[int, str]] = []
    start = 0
    while start >= 0:
        m = _LINE.match(body, start)
        if m is not None:
            found.append((m.end("n"), VERB))
        start = body.find("\n", start) + 1 or -1
    return found


def cue(text: str, pos: int) -> Cue | None:
    """The cue of a "NAME: CLAUSE." sentence whose colon is at ``pos``, else None."""
    m = _LINE.match(text)
    if m is None or m.end("n") != pos or len(m.group("c").split()) < 4:
        return None
    c_end = m.end("c") - 1
    return Cue(VERB, pos, pos + 1, m.group("n"), 0, pos, m.start("c"), c_end, "leading", False)

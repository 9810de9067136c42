"""A title's place before the name it introduces: "Ukraine's ambassador in Berlin, NAME,".

German copy in translation places an office by its seat with a bare city name ("Ukraine's
ambassador in Berlin, Oleksij Makejew, thanked ...", "the UN envoy in Geneva, X, said");
the complements :mod:`pipeline.extract._subjects` knows all take "the" ("spokesman for the
..."). :func:`past_place` moves a subject's end over such a place, so the appositive name
after it is the sentence's subject and a pronoun in the next sentence finds it.
"""

from __future__ import annotations

import re

_PLACE = re.compile(
    r"[ \t]+(?:in|at|to|for)[ \t]+[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?(?=,[ \t]+[A-ZÀ-Þ])"
)
"""" in Berlin" / " to Germany" / " at Kyiv" right before ", Name"."""


def past_place(text: str, end: int) -> int:
    """``end`` moved past " in Berlin" when a comma and a capitalised word follow it."""
    m = _PLACE.match(text, end)
    return m.end() if m is not None else end

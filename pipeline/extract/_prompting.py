"""Reported speech caused by an event: "..., prompting Tehran to warn that C".

Agency ledes fold a reaction into the news sentence with a participle of cause and an
infinitive of saying ("passed a resolution, prompting Tehran to warn that it would ...",
"..., leading Moscow to declare that ..."). The object of the participle is the speaker and
the "that" clause its words. No verb of saying is finite there, so the main cue scan never
sees it; this module reads only that shape.
"""

from __future__ import annotations

import re

from pipeline.extract._cuetype import Cue

WORDS = frozenset({"prompting", "leading", "forcing", "spurring", "pushing", "causing"})
_SHAPE = re.compile(
    r"(?P<w>prompting|leading|forcing|spurring|pushing|causing)[ \t]+"
    r"(?P<s>(?:the[ \t]+)?(?:[A-Z][\w.'’-]*|[a-z]+)(?:[ \t]+(?:[A-Z][\w.'’-]*|[a-z]+)){0,4}?)"
    r"[ \t]+to[ \t]+(?:(?:publicly|again|swiftly|quickly)[ \t]+)?"
    r"(?P<v>warn|say|declare|announce|insist|complain|claim|state|stress|protest|argue)"
    r"[ \t]+(?:(?:on|in)[ \t]+[\w-]+[ \t]+)?that[ \t]+"
)
_NOT_SPEAKERS = frozenset({"it", "them", "him", "her", "prices", "people", "many", "some"})


def hits(body: str) -> list[tuple[int, str]]:
    """Offsets of the participle in "..., prompting X to warn that ..."."""
    starts = sorted(at for word in WORDS for at in _all_at(body, word))
    found: list[tuple[int, str]] = []
    end = 0  # the shape is tried only where one of its words stands (the alternation
    for at in starts:  # scans slowly), left to right and without overlaps, as finditer does
        if at >= end and (m := _SHAPE.match(body, at)) is not None:
            found.append((m.start(), m.group("w")))
            end = m.end()
    return found


def _all_at(body: str, word: str) -> list[int]:
    """Every offset of ``word`` in ``body``."""
    found: list[int] = []
    at = body.find(word)
    while at >= 0:
        found.append(at)
        at = body.find(word, at + 1)
    return found


def cue(text: str, pos: int, end: int) -> Cue | None:
    """The cue of "prompting X to warn that C" at ``pos`` of a sentence, else None."""
    m = _SHAPE.match(text, pos)
    if m is None or not text[:pos].rstrip().endswith(","):
        return None  # the participle follows the event: "..., prompting"
    subject = m.group("s")
    first = subject.split()[0]
    if first.lower() in _NOT_SPEAKERS or (first != "the" and not first[:1].isupper()):
        return None  # "prompting some to say that", "leading many to claim"
    c_start = m.end()
    c_end = len(text.rstrip())
    while c_end > c_start and text[c_end - 1] in ".!?":
        c_end -= 1
    if c_end - c_start < 10:
        return None
    return Cue(
        m.group("v"), pos, end, subject, m.start("s"), m.end("s"), c_start, c_end, "leading", True
    )


LITERAL = " to "
"""Cheap gate before the scan: every shape holds " to "."""

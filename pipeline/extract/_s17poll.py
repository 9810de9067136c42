"""A poll named by its title or its institute after "According to" (statement round 17).

German copy credits a survey in a few fixed shapes the general "according to X" reader cuts
wrongly or drops: "According to a Forsa survey for RTL and ntv, C" (the institute before the
work noun, the client after it), "According to the latest ARD DeutschlandTrend by Infratest
dimap, C" and "According to the latest ZDF Politbarometer by Forschungsgruppe Wahlen, C" (a
programme title, then the institute), "According to a survey by the Infratest dimap
institute, C" (the word "institute" is no part of the name). The labelling conventions make
the institute the speaker of C (``dev_articles45``/``47``, ``dev_statements42``). The
commissioning outlet ("for RTL", "commissioned by Bild") never speaks.

Only sentences opening with "According to" are read, and only when the phrase before the
first comma holds a poll word: a literal test comes before every regex.
"""

from __future__ import annotations

import re

from pipeline.extract._clauses import trim
from pipeline.extract._cuetype import Cue
from pipeline.extract._lexicon import DEMONYMS

__all__ = ["poll_cue"]

_POLL_WORDS = ("poll", "survey", "barometer", "trend", "Trend")
_NAME = r"[A-Z][\w'’.&/-]*(?:[ \t]+(?:[A-Z][\w'’.&/-]*|[a-z]{3,8}(?=[ \t]+institute\b|,)))?"
_CLIENT = (
    r"(?:[ \t]+(?:for|commissioned[ \t]+by|on[ \t]+behalf[ \t]+of)[ \t]+(?:the[ \t]+)?"
    r"[^,;]{1,40}?)?"
)
_LEAD = r"[ \t]+(?:an?|the)[ \t]+(?:(?:latest|new|recent|current|fresh|representative)[ \t]+)*"
_BEFORE = re.compile(
    _LEAD + rf"(?P<x>{_NAME})[ \t]+(?:poll|survey|opinion[ \t]+poll)" + _CLIENT + r",[ \t]+"
)
"""" a Forsa survey for RTL and ntv, ": the institute before the work noun."""
_TITLED = re.compile(
    _LEAD + r"(?:[\w-]+[ \t]+){0,2}?[\w-]*(?:[Pp]oll|[Ss]urvey|[Bb]arometer|[Tt]rend)[\w-]*"
    r"[ \t]+(?:conducted[ \t]+)?by[ \t]+(?:the[ \t]+)?(?:(?:polling[ \t]+)?(?:institute|pollster)"
    rf"[ \t]+)?(?P<x>{_NAME})(?:[ \t]+institute)?" + _CLIENT + r",[ \t]+"
)
"""" the latest ARD DeutschlandTrend by Infratest dimap, ": a title, then the institute."""
_SIDES = frozenset(
    [*(d.lower() for d in DEMONYMS.values()), *(k.lower() for k in DEMONYMS), "new", "the"]
)


def poll_cue(text: str, pos: int, end: int) -> Cue | None:
    """The cue of "According to <poll phrase>, C" opening ``text`` (``pos``/``end``: the
    span of "According to"), or None when the phrase is no named poll."""
    if pos > 0 and text[:pos].strip():
        return None
    comma = text.find(",", end, end + 120)
    if comma < 0 or not any(w in text[end:comma] for w in _POLL_WORDS):
        return None
    m = _BEFORE.match(text, end) or _TITLED.match(text, end)
    if m is None:
        return None
    name = m.group("x")
    if name.split()[0].lower() in _SIDES:
        return None  # "a Ukrainian poll": a side, no institute
    c_start, c_end = trim(text, m.end(), len(text))
    if len(text[c_start:c_end].split()) < 3:
        return None
    s_start, s_end = m.span("x")
    return Cue(text[pos:end], pos, end, name, s_start, s_end, c_start, c_end, "according", False)

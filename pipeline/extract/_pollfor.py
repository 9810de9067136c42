"""A poll "by X for Y": X ran it, Y (a broadcaster, a newspaper) only commissioned it.

German copy credits surveys as "a survey by the institute Forsa for RTL and ntv" ("eine
Umfrage des Instituts Forsa im Auftrag von RTL und ntv"), agency English as "a poll by
YouGov for The Times". The speaker of "According to a survey by X for Y, C" is the
pollster X; read whole, the phrase named nobody the speaker table knows ("institute Forsa
for RTL"). The cut is made only after a work noun ("survey", "poll", "study") and never
inside a name whose head takes "for" ("the Institute for the Study of War", "the Centre for
Eastern Studies").
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex

_WORK_BY = re.compile(r"(?:polls?|surveys?|study|studies)[ \t]+by[ \t]+$", re.IGNORECASE)
_FOR = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?[A-Z]")


def pollster(text: str, s_start: int, s_end: int) -> tuple[int, int]:
    """``(name_end, phrase_end)``: the end of the pollster's name ("the institute Forsa")
    and of the whole phrase with its client ("... for RTL and ntv"); ``(-1, s_end)`` when
    the phrase names no client."""
    if _WORK_BY.search(text, max(0, s_start - 20), s_start) is None:
        return -1, s_end
    m = _FOR.search(text, s_start, s_end) or _FOR.match(text, s_end)  # np may stop before it
    if m is None:
        return -1, s_end
    before = text[s_start : m.start()].split()
    if not before or before[-1].lower() in lex.ORG_HEADS:
        return -1, s_end  # "the Institute for the Study of War": one name
    client = _CLIENT.match(text, m.end() - 1)
    return m.start(), client.end() if client is not None else s_end


_CLIENT = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+(?:and|&)?[ \t]*[\w.'’-]+){0,5}?(?=,)")
"""The client's names up to the comma ending the phrase ("RTL and ntv")."""

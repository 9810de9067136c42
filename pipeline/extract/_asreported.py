"""A fronted passive source: "As reported by the Air Force ... on Telegram, C".

Ukrinform and other translated Ukrainian copy opens a report with "As reported by X (on
Telegram), C" (Як повідомили в X). The plain "As X reported, C" and the trailing "C, as
reported by X" were read; the fronted passive made "As" the subject of "reported" and
lost the report. :func:`leading` reads the agent up to the comma, dropping a channel
phrase at its end ("on Telegram", "in a statement"), and the clause after the comma.
"As reported earlier, C" names no agent and stays no statement. Kept apart from
:mod:`pipeline.extract._cues` (at its size limit).
"""

from __future__ import annotations

import re

from pipeline.extract._cuetype import Cue

_FRONT = re.compile(
    r"(?:(?:[A-Z][\w’'-]*[ \t]*){1,3},[ \t]+[^.,:;]{1,40}?\.[ \t]+(?:[A-Z][\w’'-]*[ \t]*){1,2}"
    r"\.[ \t]+)?"  # "Kyiv, 14 November. Ukrinform. " (a dateline the splitter left on)
    r"As[ \t]+(?:was[ \t]+|has[ \t]+been[ \t]+)?(?P<v>reported|announced|informed|stated"
    r"|communicated|specified|noted)[ \t]+by[ \t]+"
)
_AGENT = re.compile(r"(?P<a>(?:the[ \t]+)?[A-Za-z][^,;:“”\"«»()]{1,110}?)[ \t]*,[ \t]+(?=\S)")
_CHANNEL = re.compile(
    r"[ \t]+(?:on|in|via)[ \t]+(?:(?:a|an|his|her|its|the)[ \t]+)?(?:Telegram|Facebook|X"
    r"|Twitter|Instagram|statement|message|post|communiqu[ée]|video|address|note)"
    r"(?:[ \t]+(?:channel|network|page|account))?(?:[ \t]+[a-z]+)?$"
)


def leading(text: str, word: str, pos: int, end: int) -> Cue | None:
    """The cue of "As reported by X (on Telegram), C" with ``word`` at ``pos``, else None."""
    m = _FRONT.match(text) if "As" in text else None  # the literal first: most have none
    if m is None or m.start("v") != pos:
        return None
    agent = _AGENT.match(text, m.end())
    if agent is None:
        return None
    s_start, s_end = agent.span("a")
    channel = _CHANNEL.search(text, s_start, s_end)
    s_end = channel.start() if channel is not None else s_end
    c_start, c_end = agent.end(), len(text.rstrip().rstrip(".!?"))
    if len(text[c_start:c_end].split()) < 3:
        return None
    subject = text[s_start:s_end]
    return Cue(word, pos, end, subject, s_start, s_end, c_start, c_end, "leading", False)

"""The body a spokesperson after an inverted cue speaks for: "said a spokesman of the
Russian Defence Ministry", "said a spokeswoman for the Turkish Foreign Ministry in Ankara".

Translated German copy writes "sagte ein Sprecher des Ministeriums" as "said a spokesman
of the ministry"; English wire copy writes "for". The noun-phrase walk after a cue stopped
at the generic "spokesman", so the speaker was the bare word (or, with "for", the trailing
words broke the cue). The body is the speaker, as "a spokesperson for X said" already is.
"""

from __future__ import annotations

import re

VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_BODY = re.compile(
    r"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?"
    r"(?P<body>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|for|and)){0,5})"
    r"(?:[ \t]+in[ \t]+[A-Z][\w'’-]+)?"
)


def voiced_end(text: str, noun_end: int) -> int:
    """End of "NOUN for/of the Capitalised Body (in City)" after a spokesperson noun, or -1.

    The body's words must end capitalised ("of the Foreign Office", not "of the ministry
    of"); a lower-case body ("of the ministry") is left to the context resolvers.
    """
    m = _BODY.match(text, noun_end)
    if m is None:
        return -1
    body = m.group("body").rstrip(".")
    while body.split()[-1] in ("of", "for", "and"):
        body = body.rsplit(None, 1)[0]
        if " " not in body:
            break
    if body.split()[-1] in ("of", "for", "and"):
        return -1
    end = m.start("body") + len(body)
    tail = m.group()[m.end("body") - m.start() :]
    return end + len(tail) if tail.strip() else end

"""An inverted cue with a short phrase between the verb and the speaker (French/Italian word
order): "« C », reacted on X the French minister, Jean-Noël Barrot", "..., wrote on Telegram
the mayor", "..., said in a statement the ministry".

Translated Romance copy keeps the source's order "a réagi sur X le ministre": the channel
or occasion stands between the verb and its subject, so the phrase read right after the
verb was "X" or "Telegram" (or nothing). :func:`past` moves the reading point past such a
phrase when a determiner or a capitalised word (the subject) follows it.
"""

from __future__ import annotations

import re

_PP = re.compile(
    r"[ \t]+(?:on|in|via|to)[ \t]+(?:(?:a|an|his|her|its|the)[ \t]+)?"
    r"(?:X|Telegram|Facebook|Twitter|Instagram|television|radio|statement|post|message|note"
    r"|interview|video|press[ \t]+conference|communiqu[ée]|journalists|reporters|[A-Z][\w.-]+)"
    r"(?:[ \t]+(?:network|platform|channel|page|account))?"  # "on the X network"
    r"(?=[ \t]+(?:the|a|an)[ \t]|[ \t]+[A-Z])"
)
_WHEN = re.compile(
    r"[ \t]+(?:today|yesterday|recently|earlier|later|this[ \t]+(?:[A-Z][a-z]+day|morning"
    r"|afternoon|evening|week))(?=[ \t]+(?:the|a|an)[ \t]|[ \t]+[A-Z])"
)
"""A time adverb between the verb and its subject ("..., announced today the network",
"..., reported this Tuesday the Civil Defence", "..., said recently the envoy NAME")."""


_COMMA_PP = re.compile(
    r",[ \t]+(?:on|in|late|early|earlier|later|this|last)[ \t]+[\w -]{2,30}?,"
    r"(?=[ \t]+(?:the|a|an)[ \t]|[ \t]+[A-Z])"
)
"""A time set off by commas between the verb and its subject ("- declared, on Friday, the
governor of X, NAME"): Romance word order."""


_PART = re.compile(
    r",?[ \t]+(?:for[ \t]+(?:his|her|its|their)[ \t]+part|on[ \t]+(?:his|her|its|their)[ \t]+side"
    r"|in[ \t]+(?:his|her|its|their[ \t]+)?turn),?(?=[ \t]+(?:the|a|an)[ \t]|[ \t]+[A-Z])"
)
"""French "pour sa part" / Italian "da parte sua" between the verb and its subject."""


def past(text: str, v_end: int) -> int:
    """Where the inverted subject's phrase starts: after "on X" / "in a statement" (or "for
    his part") when the subject follows it, else ``v_end``."""
    if (part := _PART.match(text, v_end)) is not None:
        v_end = part.end()  # "«C», rejoiced for his part the French foreign minister NAME"
    if (when := _WHEN.match(text, v_end)) is not None:
        v_end = when.end()  # "..., stated yesterday on X the minister"
    m = _PP.match(text, v_end) or _COMMA_PP.match(text, v_end)
    return m.end() if m is not None else v_end


_COMPLEMENT = re.compile(
    r"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[a-z][a-z \t-]{2,40}?(?=,[ \t]+[A-Z])"
)


def complement(text: str, np_end: int) -> int:
    """The end of an inverted title's lower-case complement before its apposed name ("the
    French minister| for foreign affairs|, Jean-Noël Barrot"), else ``np_end``."""
    m = _COMPLEMENT.match(text, np_end)
    return m.end() if m is not None else np_end


_CLOSING = re.compile(
    r",[ \t]+(?P<name>[A-ZÀ-Ý][\w’'-]+(?:[ \t]+[A-ZÀ-Ý][\w’'-]+){1,3})"
    r"(?=[ \t]*[.!?]?[ \t]*$|,[ \t]+(?:quoted|cited|speaking|writing|according)[ \t]"
    r"|,[ \t]+(?:in|on|at|during|interviewed|upon|after|before|summoned|who|speaking)[ \t])"
)


def closing_name(text: str, np_end: int) -> int:
    """The end of the name apposed to an inverted title, also when a relay follows it
    ("the spokeswoman of the Russian diplomacy, Maria Zakharova, quoted by the agency
    RIA Novosti"), else -1."""
    m = _CLOSING.match(text, np_end)
    return m.end("name") if m is not None else -1

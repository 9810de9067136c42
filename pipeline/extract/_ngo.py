""" "the NGO said" / "the aid organisation said": the non-governmental body named last.

Agency copy (AFP, ANSA, dpa) names a charity once, often only in passing ("killed two
employees of the Danish Refugee Council (DRC)") and then quotes it as "the NGO", "the
organisation" or "the charity": "« It is a war crime, » denounced the NGO in a statement".
The bare noun named nobody, so the quote went to the last speaker instead. The body meant
is the last name before the cue with the head of a non-governmental body (Council,
Committee, Organisation, Fund, Red Cross, Watch, Children ...), in the same or the two
paragraphs before; a state body ("the Defence Council") is passed over only by its
capitalised state words, so a name such as "Norwegian Refugee Council" is found.
"""

from __future__ import annotations

import re

_BARE = frozenset(
    {
        "the ngo",
        "the organisation",
        "the organization",
        "the charity",
        "the aid organisation",
        "the aid organization",
        "the aid group",
        "the humanitarian organisation",
        "the humanitarian organization",
        "the relief organisation",
        "the relief organization",
        "the non-governmental organisation",
        "the non-governmental organization",
    }
)
_NAME = re.compile(
    r"(?:the[ \t]+)?(?P<n>(?:[A-Z][\w'’-]+[ \t]+(?:(?:for|of)[ \t]+)?(?:the[ \t]+)?)"
    r"{0,4}(?:Council|Committee|Organi[sz]ation|Fund|Cross|Crescent|Watch|Children"
    r"|International|Frontières|Foundation|Federation|Aid|Relief|Kitchen))(?![\w-])"
    r"(?:[ \t]+\((?P<a>[A-Z]{2,6})\))?"
)
_STATE = re.compile(r"(?:Security|Defen[cs]e|National|Federal|State|City|Regional|European)\b")
_REACH = 1500
_PEOPLE = frozenset({"Staff", "Employees", "Workers", "Members", "Volunteers", "Head", "Chief"})


def named_body(subject: str, body: str, offset: int) -> str | None:
    """The NGO "the NGO" at ``offset`` points back to, or None."""
    if subject.lower() not in _BARE:
        return None
    best: str | None = None
    for m in _NAME.finditer(body, max(0, offset - _REACH), offset):
        name = m.group("n")
        head, of, rest = name.partition(" of ")
        name = rest if of and head in _PEOPLE else name  # "Staff of Save the Children"
        if len(name.split()) < 2 or _STATE.match(name):
            continue
        best = name
    return best

"""Report verbs whose clause translated German sets off with a comma.

German copy writes "Das Ministerium teilte am Sonntagmorgen mit, C" and "Nabiullina warnte,
C"; in translation this reads "The ministry reported on Sunday morning, C" and "X warned,
C". A comma right after the verb, or after a time adjunct the verb took ("reported on
Sunday morning, "), closes no object: the clause behind it is the report. "warned" with no
comma mostly takes an object ("warned of ...", "warned Moscow"), so it is a clause verb only
when the comma follows. A gerund after the comma (", adding that ...", ", citing ...") is
no clause. The clause must still read finite (the caller checks that).
"""

from __future__ import annotations

COMMA_REPORTS: frozenset[str] = frozenset(
    {"announced", "announces", "reported", "reports", "wrote", "writes", "warned", "warns"}
)
"""Verbs taking a clause set off by the German clause comma ("X announced, C")."""


def comma_report(text: str, verb: str, v_end: int, pos: int) -> bool:
    """Whether ``verb`` (ending at ``v_end``) opens a comma clause at ``pos``: ", C" right
    there, or C right after a skipped adjunct that ended on the comma ("on Sunday, C")."""
    if verb not in COMMA_REPORTS or pos < 0:
        return False
    if text.startswith(", ", pos):
        at = pos + 2
    elif pos > v_end + 2 and text.endswith((", ", ","), 0, pos) and not text.startswith("As "):
        at = pos + (text[pos : pos + 1] == " ")  # ("As X announced on Telegram, C" is left
        # alone: the subject walk would take "As" into the speaker)
    else:
        return False
    first = text[at : at + 40].split(" ", 1)[0]
    return not first.endswith("ing")

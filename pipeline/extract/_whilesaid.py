"""A speech verb closing a fronted subordinate clause speaks no statement.

"While the leaders argued, Ukraine went through another heavy night." (German "Während die
Regierungschefs stritten, ..."): the verb ends a "While/When/After ..." clause and takes no
object or clause of its own; what follows the comma is the narrator's main clause, not the
leaders' words. "As the minister said, C" is different (German "Wie X sagte, C" reports C)
and is not matched here.
"""

from __future__ import annotations

_SUBORDINATORS: tuple[str, ...] = (
    "While ",
    "Whilst ",
    "When ",
    "Whereas ",
    "Although ",
    "Though ",
    "Because ",
    "Before ",
    "After ",
    "Even as ",
)
_MAX_SUBJECT_WORDS = 6


def subordinate_only(text: str, v_start: int, v_end: int) -> bool:
    """Whether the verb at ``v_start``-``v_end`` closes "While SUBJECT VERB," with nothing
    between the verb and the comma."""
    if not text.startswith(_SUBORDINATORS) or not text.startswith(",", v_end):
        return False
    opener = text[:v_start].split(" ", 1)
    subject = opener[1].split() if len(opener) > 1 else []
    return 0 < len(subject) <= _MAX_SUBJECT_WORDS and "," not in text[:v_start]

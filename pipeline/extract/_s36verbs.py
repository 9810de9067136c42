"""One lemma table for the saying verbs of literal French translations (statement round 36,
``dev_articles66`` / ``dev_statements61``).

The earlier Romance rounds listed phrases ("while insisting that", "called on", "specified
its spokesman"); copy written afterwards used the same verbs in other tenses and positions
("assuring that", "confides Sister X", "repeated before the Senate the minister, X") and
none fired. Here every form - present, past, participle - comes from one lemma, so a verb
known in one position is known in all.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["LEMMAS", "forms", "pattern"]

LEMMAS: tuple[str, ...] = (
    "say", "tell", "affirm", "assure", "reassure", "confirm", "specify", "estimate",
    "promise", "insist", "stress", "underline", "warn", "repeat", "reiterate", "testify",
    "confide", "explain", "indicate", "admit", "declare", "announce", "add", "recall",
    "note", "judge", "denounce", "deplore", "claim", "hammer", "argue", "maintain",
    "acknowledge", "concede", "regret", "observe", "emphasise", "emphasize", "precise",
    "report", "state", "assert", "recognise", "recognize", "lament", "welcome", "salute",
    "plead", "launch", "retort", "reply", "respond", "continue", "conclude", "observe",
    "point out", "slip", "comment", "detail", "summarise", "summarize", "judge", "believe",
    "consider", "ensure", "remind", "signal", "write", "proclaim", "protest", "deny",
    "express", "recount", "relate", "hail",
    # round 40 (dev_articles69): Italian "riferire", French "communiquer", Spanish "informar"
    "refer", "communicate", "inform", "reaffirm", "clarify", "highlight", "reveal",
    # round 41 (dev_articles70): Italian "ha reso noto", French "a fait savoir"
    "make known",
    # round 42 (dev_articles71): Spanish "garantizar", Portuguese "garantir"
    "guarantee",
)  # fmt: skip

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing"),
    "slip": ("slip", "slips", "slipped", "slipping"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "regret": ("regret", "regrets", "regretted", "regretting"),
    "signal": ("signal", "signals", "signalled", "signaled", "signalling", "signaling"),
    "plead": ("plead", "pleads", "pleaded", "pled", "pleading"),
    "refer": ("refer", "refers", "referred", "referring"),
    "make": ("make", "makes", "made", "making"),
}


def forms(lemma: str) -> tuple[str, ...]:
    """Base, third person, past and participle of ``lemma`` ("point out" -> "points out")."""
    head, _, tail = lemma.partition(" ")
    if head in _IRREGULAR:
        out = _IRREGULAR[head]
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        out = (head, head[:-1] + "ies", head[:-1] + "ied", head + "ing")
    elif head.endswith("e"):
        out = (head, head + "s", head + "d", head[:-1] + "ing")
    elif head.endswith(("ss", "sh", "ch", "x")):
        out = (head, head + "es", head + "ed", head + "ing")
    else:
        out = (head, head + "s", head + "ed", head + "ing")
    return tuple(f"{w} {tail}" if tail else w for w in out)


@cache
def pattern(kind: str) -> str:
    """Alternation of the table's forms: ``kind`` "finite" (3rd person, past) or "ing"."""
    words: set[str] = set()
    for lemma in LEMMAS:
        every = forms(lemma)
        if kind == "ing":
            words.update(w for w in every if w.split()[0].endswith("ing"))
        else:
            words.update(w for w in every[1:] if not w.split()[0].endswith("ing"))
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in ordered) + ")"

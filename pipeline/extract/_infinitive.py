"""Romance infinitive reports: "the army affirmed to have intercepted ...".

Italian/French/Spanish copy renders "ha affermato di aver ..." word for word, so a verb
that in English needs "that" ("affirmed", "announced") reports an infinitive clause.
Its own module so the cue scanner keeps one cheap hook.
"""

from __future__ import annotations

from pipeline.extract._lexicon import words

INFINITIVE_VERBS: frozenset[str] = words(
    """affirmed affirms announced announces assured assures confirmed confirms communicated
    specified maintained maintains reported reports revealed stated"""
)
"""Verbs that report a "to have done" clause in translated Romance copy."""


def reports(text: str, verb: str, v_start: int, pos: int) -> bool:
    """True when "to have" + a participle follows the verb (after its adjuncts) and the
    verb is active ("was reported to have died" is hearsay about the subject)."""
    if pos < 0 or verb not in INFINITIVE_VERBS:
        return False
    pos += 1 if text.startswith(" ", pos) else 0
    if text.startswith("having ", pos):  # "affirmed having shot down" (French gerund)
        pos += len("having") - len("to have")
    elif not text.startswith("to have ", pos):
        return False
    if text.endswith((" was ", " were ", " is ", " are ", " been "), 0, v_start):
        return False
    following = text[pos + 8 : pos + 30].split(" ", 1)[0]
    return following[:1].islower()

"""Reported speech inside reported speech: "Putin had explained that C, Ushakov said".

German copy in translation reports what someone said in a private call or meeting through
the person who briefed on it, with the inner verb in the pluperfect: "Putin had explained
to his US counterpart that Russia was ready ..., Uschakow told journalists in Moscow." The
speaker is the one who briefs (Ushakov), and his statement is the whole clause; the inner
speaker never spoke to the press. A closing agency ("X said C, Xinhua reported") only
relays X's own statement, and that rule (:func:`pipeline.extract._pairs.relayed`) stays for
any other tense. :func:`briefed` tells the two apart.
"""

from __future__ import annotations

from pipeline.extract._cuetype import Cue
from pipeline.extract._reattribute import Attribution

_REPORTING = frozenset({"reported", "reports", "wrote", "writes", "quoted", "cited"})
"""A closing outlet's verbs: "..., the agency reported" relays, it does not brief."""


def briefed(text: str, main: Attribution, cue: Cue, base: int) -> bool:
    """A leading pluperfect "X had said that C" closed by a trailing ", Y said/told ..."."""
    if cue.form != "trailing" or main.form != "leading" or main.clause_start < 0:
        return False
    if cue.verb in _REPORTING or cue.clause_start < 0 or cue.clause_start > 0:
        return False  # the trailing clause must hold the whole sentence before it
    if base + cue.clause_start > main.subject_start or base + cue.subject_start < main.clause_start:
        return False
    verb_at = main.cue_start - base
    return text.endswith(" had ", 0, verb_at) or text.endswith(" had also ", 0, verb_at)

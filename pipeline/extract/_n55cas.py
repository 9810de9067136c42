"""Round n55's casualty revisions: a title-case headline's toll, a General Staff loss claim.

A fixing round on real Sudan and Ukraine copy found two tolls the casualty readers kept:

- a headline in a paragraph of its own ("Attack On Sudan Displacement Camp Kills Two:
  Activists") whose figure the story tells again below ("The attack killed at least two
  people and wounded a dozen") restates the body (``tests/data/README.md``): :func:`headline`
  drops it when a later toll has the same dead (or injured) figure;
- "Ukrainian armed forces claimed to have killed an estimated 650 Russian soldiers on
  Saturday, according to an update from its general staff" is the daily loss tally of the
  enemy's troops, no event (loss tallies): :func:`loss_claims` drops a General Staff toll of
  enemy soldiers in the hundreds with no wounded.

Both passes are gated on a literal before any regex.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_ENEMY = re.compile(r"\b(?:Russian|Ukrainian|enemy)\s+(?:soldiers|troops|servicemen|personnel)\b")
_TROOPS = frozenset({"soldiers", "troops", "servicemen", "personnel"})
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_LOWER_WORD = re.compile(r"\b(?!(?:a|an|and|as|at|by|for|in|of|on|or|the|to|with)\b)[a-z]{3,}\b")


def _is_headline(doc: Document, f: Casualty) -> bool:
    head = doc.body.split("\n", 1)[0]
    if f.evidence.end > len(head) or "\n" not in doc.body or head.rstrip().endswith("."):
        return False
    return len(_TITLE_WORD.findall(head)) >= 3 and _LOWER_WORD.search(head) is None


def headline(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without a title-case headline's toll that the story restates."""
    first = next((f for f in found if isinstance(f, Casualty)), None)
    if first is None or first.evidence.start > 200 or not _is_headline(doc, first):
        return found
    later = [f for f in found if isinstance(f, Casualty) and f is not first]
    if not any(
        (first.killed is not None and g.killed == first.killed)
        or (first.killed is None and first.injured is not None and g.injured == first.injured)
        for g in later
    ):
        return found
    return [f for f in found if f is not first]


def _staff(doc: Document, f: Casualty) -> bool:
    if "General Staff" in (f.reported_by or ""):
        return True
    idx = sentence_of(doc, f.evidence.start)
    return idx >= 0 and "general staff" in doc.sentences[idx].text.casefold()


def loss_claims(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without a General Staff loss tally of enemy troops."""
    if not body_has(doc.body, "General Staff") and not body_has(doc.body, "general staff"):
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Casualty)
            and f.group in _TROOPS
            and f.injured is None
            and (f.killed or 0) >= 100
            and _staff(doc, f)
            and _ENEMY.search(f.evidence.text) is not None
        )
    ]


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Round n55's passes over the casualty chain's result."""
    return loss_claims(doc, headline(doc, found))

"""Round 87's statement reading (helper h_fix_s87: what was left of the real17, real19 and
real14 statements, ``dev_statements113``), applied last in :mod:`pipeline.extract._latepasses`.

Why it exists: a verb of saying followed by a *reduced* clause, a noun phrase and a participle
with no finite verb and no "that" ("the rescue service reported two people injured by
shrapnel on Friday", "the border police reported 300 refugees crossing at noon"), was
left unread. The reader finds the attribution (speaker and cue) but no clause after the cue,
so the sentence gave no statement although its report is as plain as "reported that two
people were injured". The clause is read when:

- the sentence is body copy (it closes on a stop; a headline's "X says N killed" restates the
  story and is left alone, as the other post-passes do), holds no statement yet, and its
  attribution leads with the cue "reported"/"reports" and reports no clause;
- right after the cue comes a counted noun phrase (a number, "several", "dozens of", "at
  least N" first, then up to three words, the head a plural or a word for people) and then a
  participle: an "-ing" word, or a past participle of harm or air defence ("injured",
  "killed", ...) followed by a preposition or a comma. An uncounted phrase ("reported
  military helicopters circling") is left to the reader: it is as often an object with a
  modifier as a clause, and reading it cost more than it gained on the labelled pages.

A bare count ("reported three dead and 42 wounded", "reported three injured") is a noun
phrase, not a clause, and stays unread (no head noun before the participle); so is a weapon
count ("reported 81 drones launched", "reported drones approaching the capital"), which the
dev sets read as the air war's tally, not as the body's statement (4 labels to 1).

The pass is gated on the literals " reported " / " reports " of the body, then
per sentence, before the attribution look-up and the one anchored pattern.
"""

from __future__ import annotations

import re

from pipeline.extract._found import holding, new_statement, split
from pipeline.extract.model import Document, Finding
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_CUES = frozenset(("reported", "reports"))
_LITERALS = (" reported ", " reports ")

_NUMBER = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
    r"|dozens of|scores of|hundreds of|(?:at least|more than|over|about|some) (?:\d[\d,]*"
    r"|two|three|four|five|six|seven|eight|nine|ten))"
)

_FUNCTION = (
    r"(?:and|or|were|was|had|have|has|are|is|be|been|dead|of|that|this|these|those|the|it|its"
    r"|he|she|they|we|his|her|their|to|on|in|at|by|for|with|as|not|no|also|earlier|later)"
)
"""Words that cannot stand inside the noun phrase (a finite verb, a pronoun, a preposition)."""

_REDUCED = re.compile(
    rf"(?P<np>(?:{_NUMBER} )(?:(?!{_FUNCTION}\b)[\w'’-]+ ){{0,3}}?"
    r"(?:[a-z][\w-]*[^s's]s|people|men|women|children|police|aircraft|personnel|staff))"
    r" (?P<p>(?!(?:including|according|during|following|regarding)\b)[a-z]{3,}ing\b"
    r"|(?:injured|killed|wounded|hurt|shot down|downed|intercepted|destroyed|damaged"
    r"|detained|arrested|evacuated|hospitali[sz]ed|launched|fired)"
    r"(?= (?:by|in|on|at|near|over|from|during|after|toward|towards|across|into|while|when)\b"
    r"|,))"
)
"""'two people injured by ...', 'several fires burning ...' right after the cue."""

_CLOSERS = frozenset(".!?")

# fmt: off
_MUNITIONS = frozenset((
    "drones", "uavs", "missiles", "rockets", "projectiles", "shells", "bombs", "munitions",
    "shaheds", "interceptors", "targets",
))
# fmt: on
"""Heads of a weapon count: "reported 81 drones launched / drones approaching the capital" is
read by the dev sets as a count (4 labels to 1), not as the body's statement."""


def _clause(text: str) -> str | None:
    """The reduced clause opening ``text`` (the rest of the sentence after the cue), or None."""
    m = _REDUCED.match(text)
    if m is None:
        return None
    np = m["np"]
    if np.split(" ", 1)[0] in ("The", "This", "That", "These", "Those", "It", "He", "She"):
        return None
    if np.rsplit(" ", 1)[-1].lower() in _MUNITIONS:
        return None  # "reported 48 drones downed": a count of the air war, no statement
    return text.rstrip().rstrip(".!?").rstrip(" ,") or None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the reduced clauses above read as indirect statements."""
    body = doc.body
    if not any(lit in body for lit in _LITERALS):
        return found
    held = None
    extra: list[Finding] = []
    for i, sent in enumerate(doc.sentences):
        text = sent.text
        if not any(lit in text for lit in _LITERALS) or text.rstrip()[-1:] not in _CLOSERS:
            continue
        att = speakers.attribution(i)
        if (
            att is None
            or att.cue not in _CUES
            or att.form != "leading"
            or att.clause_start != -1
            or att.pronoun
            or not sent.start <= att.cue_end < sent.end
        ):
            continue
        rest = body[att.cue_end : sent.end].lstrip(" ")
        clause = _clause(rest)
        if clause is None:
            continue
        if held is None:
            held = holding(split(found)[0])
        if held(sent):
            continue
        extra.append(new_statement(text, sent.start, att.speaker, "indirect", clause, att.cue))
    return found + extra if extra else found

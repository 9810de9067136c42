"""Round 90's pronouns and report bodies (helper h_fix_s90, ``dev_statements116``), applied last
in :mod:`pipeline.extract._latepasses`, after :mod:`pipeline.extract._s89relay`.

Why it exists: two real-page forms gave a statement to the wrong speaker.

* "He noted that C." / "She added that C." was given to a body (a regional administration)
  when the text had just named the person who heads it ("Vadym Filashkin / Head of the
  Donetsk OVA / He noted that ..."). A "he" or "she" is a person, never a body: the statement
  goes to the person named last before it, when that name sits next to a title ("head",
  "governor", "mayor", ...) within the window before the pronoun.
* "“Q,” the report reads." was given to the outlet that relayed the report. "The report"
  (update, statement, message) is the document the sentence before quoted: the statement goes
  to the speaker of the statement right before it (the written "the outlet only relays" call),
  only when that sentence credits the outlet as the relay ("as reported by X", "X reports").

Only the speaker changes. Gated on the literals "He " / "She " and " reads" / " says".
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Finding, Statement

__all__ = ["revise"]

_PRONOUN = re.compile(r"(?:He|She) (?:noted|added|said|stressed|explained|clarified)\b")
_BODY_WORDS = frozenset(
    (
        "administration",
        "ministry",
        "office",
        "ova",
        "rma",
        "council",
        "command",
        "staff",
        "police",
        "service",
        "army",
        "forces",
        "force",
        "government",
        "authorities",
    )
)
_NAME = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_TITLE = re.compile(r"\b(?:[Hh]ead|[Cc]hief|[Gg]overnor|[Mm]ayor|[Cc]ommander|[Dd]irector)\b")
_NOT_FIRST = frozenset(
    ("The", "This", "That", "Head", "According", "In", "At", "On", "Later", "He", "She", "It")
)
_WINDOW = 400
_READS = re.compile(
    r"[,!?]\s*[”\"]\s*the (?:report|statement|update|message|document|post) (?:reads|says|states)"
    r"\s*[.]?\s*$"
)
_GAP = 300


def _is_body(speaker: str) -> bool:
    return any(w in _BODY_WORDS for w in speaker.casefold().split())


def _person_before(body: str, at: int) -> str | None:
    """The last name next to a title in the window before ``at``, or None."""
    lo = max(0, at - _WINDOW)
    window = body[lo:at]
    last = None
    for m in _NAME.finditer(window):
        if m.group(1).split()[0] not in _NOT_FIRST:
            last = m
    if last is None:
        return None
    near = window[max(0, last.start() - 80) : last.end() + 80]
    if _TITLE.search(near) is None:
        return None
    return last.group(1)


def _relays(span: str, outlet: str) -> bool:
    """Whether ``span`` credits ``outlet`` only as the relay ("as reported by X", "X reports")."""
    if outlet not in span:
        return False
    o = re.escape(outlet)
    return (
        re.search(rf"(?:reported by|according to|writes) {o}|{o} (?:reports|writes)", span)
        is not None
    )


def _before(found: list[Finding], st: Statement) -> Statement | None:
    """The statement ending last before ``st`` starts (only called on rare hits)."""
    best: Statement | None = None
    for f in found:
        if (
            isinstance(f, Statement)
            and f.evidence.end <= st.evidence.start
            and (best is None or f.evidence.end > best.evidence.end)
        ):
            best = f
    return best


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the pronoun and "the report reads" statements given their speakers."""
    body = doc.body
    pronoun = "He " in body or "She " in body
    reads = " reads" in body or " says" in body
    if not (pronoun or reads):
        return found
    out: list[Finding] = []
    changed = False
    for f in found:
        new = f
        if isinstance(f, Statement):
            text = f.evidence.text
            if pronoun and _is_body(f.speaker) and _PRONOUN.match(text):
                name = _person_before(body, f.evidence.start)
                if name is not None:
                    new = replace(f, speaker=name)
            elif reads and f.mode == "direct" and _READS.search(text):
                prev = _before(found, f)
                if (
                    prev is not None
                    and prev.speaker != f.speaker
                    and f.evidence.start - prev.evidence.end <= _GAP
                    and _relays(body[prev.evidence.start : f.evidence.start], f.speaker)
                ):
                    new = replace(f, speaker=prev.speaker)
        changed = changed or new is not f
        out.append(new)
    return out if changed else found

"""Round 92's second clauses (helper h_fix_s92, ``dev_statements118``), applied after
:mod:`pipeline.extract._s92told` at the end of :mod:`pipeline.extract._latepasses`.

Why it exists: two real-page layouts put a reported clause after another clause.

* "NAME(, ROLE,) (also) confirmed the attack but stated / said / added that C": the chain read
  "the attack but stated that C" as the clause (speaker "NAME also"), or with the role aside
  missed it. The clause is C, the speaker the name.
* "C1, witnesses said, while a military source said C2": only C1 was read. C2 is the unnamed
  person's own statement (head noun such as source, official, officer, resident).

Gated on the literals " but " and ", while ".
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._s92told import _HEADS, _head
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_BUT_QUOTE = re.compile(
    r"^[^,]{1,50}? but (?P<v>stated|said|added|noted|stressed|warned) (?:that )?(?P<c>\S.*)$",
    re.S,
)
_BUT_SENT = re.compile(
    r"^(?P<s>[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}),[^,]{3,100},(?: also)? [a-z]+ed [^,.]{1,50}?"
    r" but (?P<v>stated|said|added|noted|stressed|warned) (?:that )?(?P<q>\S.*)$",
    re.S,
)
_WHILE = re.compile(
    r", while (?:a|an|the|another) (?P<s>[a-z]+(?: [a-z]+){0,3}?) said (?:that )?(?P<q>\S.*)$",
    re.S,
)
_ALSO = " also"
_NOT_SPEECH = frozenset(("confirmed", "acknowledged", "admitted", "reported", "condemned"))
_EMPTY = ("nothing", "little ", "no more")


def _clause(text: str) -> str:
    return text.strip().rstrip(".").rstrip()


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Cut "X but stated that C" clauses to C; add the second speaker of ", while X said C"."""
    body = doc.body
    has_but = " but " in body
    if not has_but and ", while " not in body:
        return found
    out: list[Finding] = []
    spans: list[tuple[int, int]] = []
    quotes: list[str] = []
    for f in found:
        if isinstance(f, Statement):
            if has_but and f.cue in _NOT_SPEECH and " but " in f.quote:
                m = _BUT_QUOTE.match(f.quote)
                if m is not None:
                    speaker = f.speaker
                    if speaker.endswith(_ALSO):
                        speaker = speaker[: -len(_ALSO)]
                    f = replace(f, quote=_clause(m.group("c")), speaker=speaker, cue=m.group("v"))
            spans.append((f.evidence.start, f.evidence.end))
            quotes.append(f.quote)
        out.append(f)
    for sentence in doc.sentences:
        text = sentence.text
        added: Statement | None = None
        if has_but and " but " in text and "ed " in text:
            m = _BUT_SENT.match(text)
            if m is not None:
                start, end = sentence.start, sentence.end
                if not any(a < end and start < b for a, b in spans):
                    evidence = Evidence(text, start, end)
                    q = _clause(m.group("q"))
                    added = Statement(evidence, 0.6, m.group("s"), "indirect", q, m.group("v"))
        if added is None and ", while " in text:
            w = _WHILE.search(text)
            if w is not None and _head(w.group("s")) in _HEADS:
                q = _clause(w.group("q"))
                if (
                    len(q) >= 8
                    and not q.startswith(_EMPTY)
                    and not any(q in old or old in q for old in quotes)
                ):
                    evidence = Evidence(text, sentence.start, sentence.end)
                    added = Statement(evidence, 0.6, w.group("s"), "indirect", q, "said")
        if added is not None:
            out.append(added)
            quotes.append(added.quote)
    return out

"""Round 88's statement reading (helper h_fix_s88: real23's undetected statements,
``dev_statements114``), applied last in :mod:`pipeline.extract._latepasses`.

Why it exists: an agency's relay line often closes a sentence whose own source is named just
before the relay ("S, the city council and the governor NAME reported on Sunday, writes
OUTLET"; "S: the General Staff announced it in its update, as reported by OUTLET"). The
reader gave the whole line, the inner credit included, to the relay, or gave nothing when
the inner credit named two sources. The clause S is the inner source's statement (the relay
only passes it on), so it is read here:

- the sentence closes on ", writes OUTLET" or ", as reported by OUTLET";
- before the relay, after the last comma (or a colon, then with "it": "announced it") of S,
  stands a noun phrase and a verb of saying ("reported", "said", "announced", "stated"),
  followed only by a time or channel ("on Monday in Telegram", "in its morning update");
- the phrase holds no finite verb; "A and B" names two sources, each given the statement,
  and a role followed by a full name ("the head of the RMA NAME SURNAME") is the person.

The statements the reader made from the same sentence with the relay as the speaker (or
the clause with the inner credit inside) are replaced. The pass is gated on the body
literals ", writes " / "as reported by ", then per sentence, before the one pattern.
"""

from __future__ import annotations

import re

from pipeline.extract._found import new_statement, split
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_LITERALS = (", writes ", "as reported by ")

_LINE = re.compile(
    r"^(?P<clause>[^\"“”]{12,}?)(?P<sep>, |: )"
    r"(?P<np>(?:(?:the |The )[a-zA-Z]|[A-Z])[^,:;\"“”()]{2,120}?)"
    r" (?P<cue>reported|said|announced|stated)(?P<it> it)?"
    r"(?P<tail>(?: (?:on|in|at|via|through|during|late|early|earlier|later|this|yesterday"
    r"|today)\b[^,:;\"“”]{0,80})?), (?:writes|as reported by) [A-Z][^,;:]{1,60}[.!]?$"
)
"""'S, NP reported on Monday, writes OUTLET.' / 'S: NP announced it ..., as reported by X.'"""

_FINITE = re.compile(
    r"\b(?:is|was|were|are|has|have|had|will|would|can|could|says|said|told|reported)\b"
)
_NAME = re.compile(r"(?<=[a-z] )(?:[A-Z]{2,}[a-z]* )?(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)+)$")

_STAFF = re.compile(r"^(?:the )?General Staff of the (Ukrainian|Russian) (?:Army|Armed Forces)$")
"""The army's staff named in full, given as the speaker table's short form."""


def _sources(np: str, speakers: Speakers) -> list[str] | None:
    """The canonical speakers the noun phrase names ("A and B": two), or None."""
    if _FINITE.search(np):
        return None
    parts = np.split(" and ")
    out: list[str] = []
    for part in parts:
        part = part.strip()
        if not part or not (part[0].isupper() or part.startswith("the ")):
            return None
        staff = _STAFF.match(part)
        if staff is not None:
            out.append(f"{staff[1]} General Staff")
            continue
        m = _NAME.search(part)
        if m is not None and not part.startswith(m["name"]):
            out.append(speakers.canonical(m["name"]))
        else:
            out.append(speakers.canonical(part))
    return out or None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the clause before an inner credit and a relay line given to the
    inner source(s)."""
    body = doc.body
    if not any(lit in body for lit in _LITERALS):
        return found
    statements: list[Statement] | None = None
    for sent in doc.sentences:
        text = sent.text
        if not any(lit in text for lit in _LITERALS):
            continue
        m = _LINE.match(text.rstrip())
        if m is None or (m["sep"] == ": ") != bool(m["it"]):
            continue
        names = _sources(m["np"], speakers)
        if names is None:
            continue
        clause = m["clause"].strip()
        if statements is None:
            statements, _ = split(found)
        lo, hi = sent.start, sent.end
        gone = {
            id(s)
            for s in statements
            if lo <= s.evidence.start < hi and s.quote.startswith(clause[:24])
        }
        found = [f for f in found if id(f) not in gone]
        found.extend(new_statement(text, lo, n, "indirect", clause, m["cue"]) for n in names)
    return found

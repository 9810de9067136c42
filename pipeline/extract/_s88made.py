"""Round 88's back-credit to a body (helper h_fix_s88, ``dev_statements114``), applied last
in :mod:`pipeline.extract._latepasses` after :mod:`pipeline.extract._s88post`.

Why it exists: an agency line "The relevant statement was made by NAME on Telegram, an
Ukrinform correspondent reports." credits the sentence before it to NAME, which
:mod:`pipeline.extract._s56credit` reads only when NAME resolves to a person. When the
credit names a body ("... was made by the General Staff of the Armed Forces of Ukraine on
Facebook", "... by the Odesa city council"), the words before it were left unread. Here
the sentence before the credit (the previous one, also across a paragraph break) is the
body's indirect statement when:

- the credit opens "The relevant / corresponding / respective / same statement was made /
  issued / posted by" and names a body (capitalised, or "the" and a name), cut before its
  channel ("on Facebook", "in a statement") and the correspondent's credit;
- the sentence before it closes on a stop, holds no quotation marks and no statement yet,
  and is not itself a credit line.

Gated on the body literal "statement was ", then per sentence on the same literal.
"""

from __future__ import annotations

import re

from pipeline.extract._found import holding, new_statement, split
from pipeline.extract.model import Document, Finding
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_LITERAL = "statement was "

_MADE = re.compile(
    r"^The (?:relevant|corresponding|respective|same) statement was (?:made|issued|posted) by "
    r"(?P<np>(?:the )?[A-Z][^,;:“”\"]{2,100}?)"
    r"(?: (?:on|in|via|during|at|through) [^,;:“”\"]{1,60})?(?: ?,[^;:“”\"]{0,60})?[.]?$"
)
_STAFF = re.compile(
    r"^(?:the )?General Staff of the (?:Armed Forces of Ukraine|Ukrainian (?:Army|Armed Forces))$"
)
_CLOSERS = frozenset(".!")


def _speaker(np: str, speakers: Speakers, offset: int) -> str | None:
    """The body the credit names, or None for a person (the older credit reading's)."""
    np = np.strip()
    if _STAFF.match(np):
        return "Ukrainian General Staff"
    if speakers.named(np, offset) is not None and speakers.resolve_name(np, offset) == np:
        return None
    words = np.split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words[-2:]) and words[0] != "the":
        return None  # "NAME SURNAME": a person, read by the older credit pass
    return speakers.canonical(np)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the sentence before a body's back-credit read as its statement."""
    if _LITERAL not in doc.body:
        return found
    sentences = doc.sentences
    held = None
    extra: list[Finding] = []
    for i in range(1, len(sentences)):
        sent = sentences[i]
        if _LITERAL not in sent.text:
            continue
        m = _MADE.match(sent.text.strip())
        if m is None:
            continue
        prev = sentences[i - 1]
        words = prev.text.strip()
        if words[-1:] not in _CLOSERS or any(q in words for q in '"“”') or _LITERAL in words:
            continue
        if held is None:
            held = holding(split(found)[0])
        if held(prev) or held(sent):
            continue
        who = _speaker(m["np"], speakers, sent.start)
        if not who:
            continue
        start = prev.start + (len(prev.text) - len(prev.text.lstrip()))
        extra.append(new_statement(words, start, who, "indirect", words[:-1], "stated"))
    return found + extra if extra else found

"""Round h_gen_s106: a relay's comment sentence is not what "This was reported by X" points to.

Why it exists: the conventions make "This was reported by X" / "X said this on Telegram" turn
the sentence before into X's statement. Regional-relay copy often closes its lede with a
comment that only follows from the lede ("... hit a warehouse overnight. Fortunately, no one
was hurt. This was reported by NAME."): the comment opens with a sentence connective
("Fortunately", "Unfortunately", "As a result", "In addition") and carries no news of its
own, so the real labels (five sets) give the pointer the lede sentence before it, and the
comment is no statement (a sentence with no verb of saying is none). The extractor gave the
comment. This pass moves such an indirect statement to the sentence before it in the same
line, when the very next sentence holds the pointer back ("This was ...", "said this").

Second, a writer's remark closing a reported clause is no part of it: ", but it did not say
what ...", ", though he would not give ...", ", but it gave no details ..." and ", in a rare
admission" end the reported clause (the conventions' "without giving details" already does).

Third, a relay frame read as the pointed-back clause ("As UNN informs, this was reported by X",
"About this in my Telegram - X reported") gives the sentence before (across one line break),
and "SUBJECT, according to X, PREDICATE" / "SUBJECT, he claimed, PREDICATE" quotes the
predicate (the conventions) also when an adjunct is fronted ("At 14:15, the second UAV, ...").

Gated on a literal connective / remark / frame / aside before any regex; one pass over the
statements.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_OPENERS = (
    "Fortunately, ",
    "Unfortunately, ",
    "Luckily, ",
    "Thankfully, ",
    "As a result, ",
    "In addition, ",
    "Additionally, ",
    "Moreover, ",
    "Furthermore, ",
)
_POINTER = re.compile(
    r"\b(?:[Tt]his|[Tt]hat) (?:was|has been|is) (?:also )?(?:reported|announced|stated|said"
    r"|informed|written|posted|communicated|confirmed|noted)\b"
    r"|\b(?:said|reported|announced|wrote|stated|informed|posted|noted|confirmed) this\b"
)
_SENT_END = re.compile(r"[.!?][ \t]+(?=[A-Z(“\"])")
_LEAD_TAG = re.compile(r"^\([^()\n]{2,40}\)[ \t]+")
# a relay frame read as the pointed-back clause: "As OUTLET informs, this was reported by X",
# "About this in my Telegram - X reported": the statement is the sentence before.
_FRAME = re.compile(
    r"(?:As (?:[A-Z][\w.’'-]*[ \t]+){1,4}(?:informs|reports|writes|notes|reported|wrote"
    r"|informed|noted)|About this\b[^.!?]{0,80})$"
)
_FRAME_GATE = ("As ", "About this")
# "SUBJECT, according to X, PREDICATE" / "SUBJECT, he claimed, PREDICATE": the predicate is
# the quote (the conventions); a fronted adjunct ("At 14:15, the second UAV, ...") made the
# subject the quote.
_ASIDE = re.compile(
    r",[ \t]+(?:according[ \t]+to[ \t]+[^,.;:“”\"]{2,60}|(?:he|she|they|it)[ \t]+(?:said|claimed"
    r"|added|noted|stressed|wrote|reported|explained|insisted|alleged)),[ \t]+"
    r"(?P<p>(?:[a-z]+ed|was|were|is|are|has|have|had|will|would|could|can|did|may|might"
    r"|must|should|remains?|continues?)\b[^.!?\n“”\"]{8,})"
)
_ASIDE_GATE = (", according to ", ", he ", ", she ", ", they ", ", it ")
_QUOTES = ("“", "”", '"', "«", "»", "„")
_REMARK_GATE = (", but ", ", though ", " rare admission")
_REMARK = re.compile(
    r",[ \t]+(?:but|though|although)[ \t]+(?:it|he|she|they|the[ \t]+\w+)[ \t]+"
    r"(?:(?:did|does|would|could)(?:n't|[ \t]+not)[ \t]+"
    r"|declined[ \t]+to[ \t]+|refused[ \t]+to[ \t]+)"
    r"(?:say|specify|give|elaborate|comment|provide|disclose|detail|name|explain|indicate"
    r"|identify|mention|reveal|offer)\b"
    r"|,[ \t]+(?:but|though|although)[ \t]+(?:it|he|she|they|the[ \t]+\w+)[ \t]+"
    r"(?:gave|provided|offered)[ \t]+no[ \t]+"
    r"(?:details|further|figures|information|timeline|date)\b"
    r"|,[ \t]+in[ \t]+a[ \t]+rare[ \t]+admission[.]?$"
)


def _words(text: str) -> int:
    return len(text.split())


def _lede(body: str, start: int, cross: bool = False) -> tuple[int, str] | None:
    """The sentence before ``start`` on the same line (``cross``: or the line before), or None."""
    line = body.rfind("\n", 0, start) + 1
    before = body[line:start].rstrip()
    if cross and not before and line > 1:
        start = line - 1
        while start > 0 and body[start - 1] == "\n":
            start -= 1
        line = body.rfind("\n", 0, start) + 1
        before = body[line:start].rstrip()
    if not before.endswith((".", "!")):
        return None
    cut = 0
    for m in _SENT_END.finditer(before, 0, len(before) - 1):
        cut = m.end()
    sent = before[cut:]
    tag = _LEAD_TAG.match(sent)
    if tag is not None:
        cut += tag.end()
        sent = sent[tag.end() :]
    if _words(sent) < 5 or sent.startswith(_OPENERS) or any(q in sent for q in _QUOTES):
        return None
    return line + cut, sent


def _points_back(body: str, end: int) -> bool:
    """Does the sentence right after ``end`` (across one line break) point back with "this"?"""
    rest = body[end : end + 400].lstrip(" \t.!\n")
    stop = _SENT_END.search(rest)
    head = rest[: stop.start() + 1] if stop is not None else rest
    head = head.split("\n", 1)[0]
    return _POINTER.search(head) is not None


def _to_lede(
    f: Statement, body: str, at: int, quotes: set[str], cross: bool = False
) -> Statement | None:
    """``f`` re-aimed at the :func:`_lede` sentence before ``at``, unless a statement has it."""
    lede = _lede(body, at, cross)
    if lede is None:
        return None
    start, sent = lede
    quote = sent.rstrip(".!").rstrip()
    if quote.lower() in quotes:
        return None
    return replace(f, quote=quote, evidence=Evidence(sent, start, start + len(sent)))


def _moved(doc: Document, f: Statement, quotes: set[str]) -> Statement | None:
    body = doc.body
    at = body.find(f.quote, max(0, f.evidence.start - 2))
    if at < 0 or not _points_back(body, at + len(f.quote)):
        return None
    return _to_lede(f, body, at, quotes)


def _unframed(doc: Document, f: Statement, quotes: set[str]) -> Statement | None:
    if _FRAME.match(f.quote) is None:
        return None
    at = doc.body.find(f.quote, max(0, f.evidence.start - 2))
    if at < 0:
        return None
    return _to_lede(f, doc.body, at, quotes, cross=True)


def _predicate(doc: Document, f: Statement, quotes: set[str]) -> Statement | None:
    """The predicate after a mid-sentence aside, for a statement that quoted the subject."""
    body = doc.body
    at = body.find(f.quote, max(0, f.evidence.start - 2))
    if at < 0:
        return None
    end = at + len(f.quote)
    if not body.startswith(_ASIDE_GATE, end):
        return None
    m = _ASIDE.match(body, end)
    if m is None:
        return None
    quote = m.group("p").rstrip()
    if quote.lower() in quotes:
        return None
    return replace(f, quote=quote, evidence=Evidence(body[at : m.end()], at, m.end()))


def _trimmed(f: Statement) -> Statement | None:
    m = _REMARK.search(f.quote)
    if m is None or _words(f.quote[: m.start()]) < 3:
        return None
    return replace(f, quote=f.quote[: m.start()].rstrip())


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Re-aim relay comments, frames and asides; cut writers' remarks (module docstring)."""
    todo = [
        i
        for i, f in enumerate(found)
        if isinstance(f, Statement)
        and f.mode == "indirect"
        and (
            _words(f.quote) <= 8
            or f.quote.startswith(_OPENERS)
            or f.quote.startswith(_FRAME_GATE)
            or any(g in f.quote for g in _REMARK_GATE)
        )
    ]
    if not todo:
        return found
    quotes = {f.quote.lower() for f in found if isinstance(f, Statement)}
    out = list(found)
    for i in todo:
        f = out[i]
        if not isinstance(f, Statement):
            continue
        new = _predicate(doc, f, quotes) if _words(f.quote) <= 8 else None
        if new is None and f.quote.startswith(_OPENERS):
            new = _moved(doc, f, quotes)
        elif new is None and f.quote.startswith(_FRAME_GATE):
            new = _unframed(doc, f, quotes)
        elif new is None and any(g in f.quote for g in _REMARK_GATE):
            new = _trimmed(f)
        if new is not None:
            out[i] = new
            quotes.add(new.quote.lower())
    return out

"""Round 81's quote-boundary readings (helper h_fix_s81: statements whose speaker is right but
whose quote's extent is not, ``dev_statements107``), applied last in
:mod:`pipeline.extract._latepasses`. Why each exists:

- a paragraph that opens with a mark and holds a second opening mark before any closing one
  ("“A. “B,” X said.") is one direct quote from the first mark, not only the last stretch;
- a reported clause that ends at a closing mark followed by the speaker's participle
  ("said that the “C”, voicing support for ... after what he described as a “F”") ends at the
  mark; the participle's own "described as / called “F”" is the speaker's partial F, and so is
  an indirect 'clause' that is only "a warning ... after what he called “F”".

A quotation run over a paragraph break ("“Q1. [paragraph] “Q2,” X said") is left alone: the written
conventions (dev_articles58, dev_statements53) label it one direct quote.

Each reading is gated on a literal of the statement (a mark, "what ", a full stop before the
mark) before any pattern; the pass walks the statements once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import new_statement
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_OPEN = "“"
_CLOSE = "”"

_TAIL = re.compile(
    r"^(?P<c>[^“”]{0,60}“[^“”]{8,}”),? (?P<t>(?:voicing|expressing|describing|adding|noting"
    r"|stressing|underlining|reiterating|pledging|offering|calling for|urging)\b.*)$"
)
"""A reported clause closed by a quotation and ', VERBing ...' (the speaker's participle)."""

_DESCRIBED = re.compile(
    r"\b(?:described as|called|termed|branded) (?:an? |the )?“(?P<f>[^“”]{4,})”"
)
"""'what he described as a “F”' inside the participle's tail."""

_WHAT = re.compile(
    r"^[a-z][^“”]{0,80}\bwhat (?:he|she|it|they) (?:called|described as|termed|branded)"
    r" (?:an? |the )?“(?P<f>[^“”]{4,})”$"
)
"""An indirect 'clause' that is only 'a warning ... after what he called “F”' (the partial F)."""


def _reopened(body: str, f: Statement) -> Statement | None:
    """``f`` read from its paragraph's first mark when a stray mark reopened it."""
    at = body.find(f.quote[:30], max(0, f.evidence.start - 2), f.evidence.end + 2)
    if at < 2 or body[at - 1] != _OPEN:
        return None
    para = body.rfind("\n", 0, at) + 1
    if body[para : para + 1] != _OPEN or para + 1 >= at - 1:
        return None
    inner = body[para + 1 : at - 1]
    if _CLOSE in inner or _OPEN in inner or not inner.rstrip().endswith((".", "!", "?")):
        return None
    return replace(f, quote=body[para + 1 : at] + f.quote)


def _tail(f: Statement) -> list[Statement] | None:
    """``f`` cut at a participle after its closing mark, plus the tail's described partial."""
    m = _TAIL.match(f.quote)
    if m is None:
        return None
    out = [replace(f, quote=m["c"])]
    d = _DESCRIBED.search(m["t"]) if "“" in m["t"] else None
    if d is not None:
        text = f.evidence.text
        at = text.find(d["f"])
        start = f.evidence.start + max(at, 0)
        out.append(new_statement(d["f"], start, f.speaker, "partial", d["f"], f.cue or "said"))
    return out


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    if _OPEN not in body:
        return found
    out: list[Finding] = []
    changed = False
    have = {(f.speaker, f.quote) for f in found if isinstance(f, Statement)}
    described: set[tuple[str, str]] = set()  # (speaker, “F”) read as a tail's partial
    for f in found:
        if not isinstance(f, Statement) or _OPEN not in f.evidence.text:
            out.append(f)
            continue
        new: list[Statement] | None = None
        if f.mode == "indirect" and _CLOSE + "," in f.quote:
            new = _tail(f)
        elif f.mode == "indirect" and "what " in f.quote and (w := _WHAT.match(f.quote)):
            new = [replace(f, mode="partial", quote=w["f"])]
        elif f.mode == "direct" and f.evidence.start > 2 and body[f.evidence.start - 2] in ". ":
            g = _reopened(body, f)
            new = None if g is None else [g]
        if new is None:
            out.append(f)
            continue
        changed = True
        out.append(new[0])
        for g in new[1:]:
            if g.mode == "partial":
                described.add((g.speaker, _OPEN + g.quote + _CLOSE))
            if (g.speaker, g.quote) not in have:
                have.add((g.speaker, g.quote))
                out.append(g)
    if described:
        out = [f for f in out if not _reads_described(f, described)]
    return out if changed else found


def _reads_described(f: Finding, described: set[tuple[str, str]]) -> bool:
    """An indirect clause that is only a tail's "after what he called “F”" (no clause)."""
    if not isinstance(f, Statement) or f.mode != "indirect" or " that " in f.quote:
        return False
    return any(s == f.speaker and f.quote.endswith(q) for s, q in described)

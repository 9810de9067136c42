"""Round 98's pass (helper h_fix_s98, ``dev_statements124``), hooked last in
:mod:`pipeline.extract._latepasses`.

Why it exists: real pages report speech in shapes the reader leaves unread, each a plain
"X said (that) C" in disguise, and read two non-speakers as speakers.

* a verb or participle the reader takes for no saying: ", denying that C", "X denies /
  denied / claimed C" without "that" before a finite clause, ", with X reporting /
  announcing that C", "It was (later) reported by X that C", the plural present "Residents
  report (, citing Y,) that C" / "Monitors believe (that) C";
* a "that" clause opened by an adverbial between commas ("wrote on Telegram that, according
  to preliminary data, C"): the adverbial belongs to the clause;
* "According to a BBC review, C" and "According to figures released by X on DAY, C";
* a "date YYYY-MM-DD CITY - " page dateline glued to the lead sentence.

Each such sentence (no statement of the chain reads its clause yet) is read again once through
:mod:`pipeline.extract._reread` with the disguise replaced by the plain form, so speaker naming
stays the reader's own; only statements of the new clause are kept.
Dropped: a speaker that is only "(preliminary / early ...) reports" of an "according to" incise
(the convention: "according to estimates" names no speaker), and quotes holding the "(MENAFN -
AGENCY)" credit line.
Gated on literals before any regex; the re-reading is bounded by the shared budget.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract import _reread
from pipeline.extract.model import Document, Finding, Sentence, Statement

__all__ = ["revise"]

_DENYING = re.compile(r"(?:,|,”|”,|,\") (?P<v>denying|insisting|asserting) that ")
_CLAUSE = (
    r"(?=(?:there (?:is|are|was|were|had|has)\b|(?:the|a|an|its|their|his|her|this|these|those"
    r"|no|any|some) (?:(?!(?:and|or|but|in|on|at|of|for|with|by|from|to|near|after|over|into)\b)"
    r"[\w'’-]+ ){0,5}?(?:is|are|was|were|has|have|had|did"
    r"|will|would|could|may|might|struck|hit|[a-z]{3,}ed)\b))"
)
_BARE = re.compile(r"\b(?:denies|denied|deny|claimed|claims|believe|believes)" r" " + _CLAUSE)
_BARE_SKIP = re.compile(r"\bclaim(?:ed|s) (?:the lives|responsibility|credit)")
_WITH = re.compile(r", with (?P<n>[^,“”\"]{2,60}?) (?:reporting|announcing|stating) that\b")
_SHARED = re.compile(r"\bshared with (?P<n>[^,“”\"]{2,60}?) that ")
_COMMA_THAT = re.compile(
    r"\b(?:said|says|reported|reports|wrote|writes|stated|announced|added|noted|confirmed"
    r"|posted|saying|reporting|writing)\b[^,“”\"]{0,60}? that(?P<a>, [^,“”\"]{4,160},) "
)
_REVIEW = re.compile(
    r"\b[Aa]ccording to (?:an? |the )?(?P<n>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2})"
    r" (?:review|analysis|count|investigation|survey)(?: of [^,“”\"]{3,60})?, "
)
_RELEASED = re.compile(
    r"\b[Aa]ccording to (?:the )?(?:latest )?(?:figures|data|statistics|numbers)"
    r" (?:released|published|provided|compiled|issued) by (?P<n>[^,“”\"]{2,60}?)"
    r" (?:(?:late |early )?on [A-Z][a-z]+|last [a-z]+|this [a-z]+|earlier), "
)
_PASSIVE = re.compile(
    r"^It (?:was|has been) (?:later |also |earlier |then )?(?P<v>reported|stated|announced"
    r"|confirmed) by (?P<n>[^,“”\"]{2,80}?) that "
)
_PLURAL = re.compile(
    r"^(?:However, )?(?P<n>[A-Z][^,;:“”\"]{1,60}?s) (?:also )?(?P<v>report|believe)"
    r"(?P<x>, (?:citing|quoting|based on) [^,“”\"]{3,60},)? (?:that )"
)
_MENAFN = re.compile(r"^\(?MENAFN ?- ?[A-Za-z]+\) ?")
_ONLY_CREDIT = re.compile(r"^(?:[Aa]ccording to [^,]*)?$")
_NON_WORD = re.compile(r"[^\w]+")
_DATE = re.compile(r"^date \d{4}-\d\d-\d\d [A-Z][A-Za-z]+ [–-] ")
_INFO = re.compile(
    r"^(?:(?:preliminary|initial|early|first|unconfirmed|latest|separate|some|other) )?"
    r"(?:reports?|data|information|estimates?|figures|findings)$",
    re.IGNORECASE,
)
_GATES = (
    "denying",
    "insisting",
    "asserting",
    "denie",
    "deny",
    "claimed ",
    "claims ",
    "believe",
    ", with ",
    "that, ",
    "ccording to ",
    "It was ",
    "It has been ",
    " report",
    "date ",
    "shared with ",
)


def _plain(text: str) -> tuple[str, int, str]:
    """The sentence with its disguise replaced, where the new clause starts in ``text``
    (-1: nothing to replace) and an adverbial that opens the clause ("" if none)."""
    simpler = text
    anchor = -1
    prefix = ""
    if "date " in text and text.startswith("date "):
        m = _DATE.match(text)
        if m is not None:
            simpler = simpler[m.end() :]
            anchor = m.end()
    if "ing that" in simpler:
        m = _DENYING.search(simpler)
        if m is not None:
            anchor = text.find(m.group(0)) + len(m.group(0))
            simpler = simpler[: m.start("v")] + "saying" + simpler[m.end("v") :]
        m2 = _WITH.search(simpler) if ", with " in simpler else None
        if m2 is not None:
            anchor = text.find(m2.group(0)) + len(m2.group(0))
            simpler = (
                simpler[: m2.start()] + f", with {m2.group('n')} saying that" + simpler[m2.end() :]
            )
    if "shared with " in simpler:
        m = _SHARED.search(simpler)
        if m is not None:
            anchor = text.find(m.group(0)) + len(m.group(0))
            simpler = simpler[: m.start()] + f"told {m.group('n')} that " + simpler[m.end() :]
    if "that, " in simpler:
        m = _COMMA_THAT.search(simpler)
        if m is not None:
            prefix = m.group("a")[2:] + " "
            anchor = max(anchor, text.find(prefix))
            simpler = simpler[: m.start("a")] + simpler[m.end("a") :]
    if "ccording to " in simpler:
        m = _REVIEW.search(simpler) or _RELEASED.search(simpler)
        if m is not None:
            anchor = text.find(m.group(0)) + len(m.group(0))
            head = "A" if m.group(0)[0] == "A" else "a"
            simpler = (
                simpler[: m.start()] + f"{head}ccording to {m.group('n')}, " + simpler[m.end() :]
            )
    if simpler.startswith("It "):
        m = _PASSIVE.match(simpler)
        if m is not None:
            anchor = text.find(m.group(0)) + len(m.group(0))
            simpler = f"{m.group('n')} {m.group('v')} that " + simpler[m.end() :]
            simpler = simpler[0].upper() + simpler[1:]
    if " report" in simpler or " believe" in simpler:
        m = _PLURAL.match(simpler)
        if m is not None:
            anchor = text.find(m.group(0)) + len(m.group(0))
            simpler = simpler[: m.start("v")] + "said that " + simpler[m.end() :]
            simpler = simpler.replace(" said that that ", " said that ", 1)
    if ("deni" in simpler or "deny" in simpler or "claim" in simpler or "believe" in simpler) and (
        _BARE_SKIP.search(simpler) is None
    ):
        m = _BARE.search(simpler)
        if m is not None:
            pos = text.find(simpler[m.start() : m.end() + 30])
            anchor = max(anchor, pos + len(m.group(0)) if pos >= 0 else -1)
            simpler = simpler[: m.start()] + "said " + simpler[m.end() :]
    return simpler, anchor, prefix


def _hits(body: str, starts: list[int]) -> list[int]:
    """The sentences holding a gate literal (str.find over the body: no regex)."""
    found: set[int] = set()
    for g in _GATES:
        at = body.find(g)
        while at >= 0:
            found.add(bisect_right(starts, at) - 1)
            at = body.find(g, at + 1)
    return sorted(found)


def _candidates(doc: Document, found: list[Finding]) -> list[Statement]:
    starts = [s.start for s in doc.sentences]
    hits = _hits(doc.body, starts)
    if not hits:
        return []
    by_sentence: dict[int, list[str]] = {}
    for f in found:
        if isinstance(f, Statement):
            i = bisect_right(starts, f.evidence.start) - 1
            if i >= 0:
                by_sentence.setdefault(i, []).append(f.quote)
    have = {(f.speaker, f.quote) for f in found if isinstance(f, Statement)}
    added: list[Statement] = []
    for i in hits:
        if i < 0:
            continue
        sentence = doc.sentences[i]
        text = sentence.text
        simpler, anchor, prefix = _plain(text)
        if anchor < 0 or simpler == text or _reread.left() <= 0:
            continue
        head = text[anchor : anchor + 20]
        quotes = by_sentence.get(i, [])
        if any(head in q or (q and q[:20] in text[anchor:]) for q in quotes):
            continue
        added.extend(_kept(doc, sentence, simpler, anchor, prefix, have))
    return added


def _named_before(speaker: str, head: str) -> bool:
    """The re-read speaker is named in the sentence before its clause (a word of it, or its
    initials: "U.N." for "United Nations"), not carried over from the context."""
    low = f" {_NON_WORD.sub(' ', head.replace('.', '')).casefold()} "
    words = [w for w in _NON_WORD.split(speaker.casefold()) if len(w) >= 2]
    if any(f" {w} " in low for w in words):
        return True
    initials = "".join(w[0] for w in speaker.split() if w[:1].isupper())
    return len(initials) >= 2 and f" {initials.casefold()} " in low


def _kept(
    doc: Document,
    sentence: Sentence,
    simpler: str,
    anchor: int,
    prefix: str,
    have: set[tuple[str, str]],
) -> list[Statement]:
    text = sentence.text
    out: list[Statement] = []
    for s in _reread.statements_in(doc, sentence, simpler):
        at = text.find(s.quote)
        if at < anchor - len(prefix) or not _named_before(s.speaker, text[:at]):
            continue
        quote = s.quote
        if prefix and prefix + quote in text:
            quote = prefix + quote
        if (s.speaker, quote) in have:
            continue
        have.add((s.speaker, quote))
        out.append(replace(s, quote=quote))
    return out


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop the non-speakers; add the clauses read once their disguise is put plain."""
    body = doc.body
    out = list(found)
    if "MENAFN" in body or "ccording to " in body:
        kept: list[Finding] = []
        for f in out:
            if isinstance(f, Statement):
                if f.mode == "indirect" and _INFO.match(f.speaker) is not None:
                    continue  # "according to preliminary reports" names no speaker
                if "MENAFN" in f.quote:
                    m = _MENAFN.match(f.quote)
                    rest = f.quote[m.end() :] if m is not None else f.quote
                    if m is None or _ONLY_CREDIT.match(rest) is not None:
                        continue  # the credit line alone
                    f = replace(f, quote=rest)
            kept.append(f)
        out = kept
    if _reread.nested():
        return out
    extra = _candidates(doc, out)
    if extra:
        out.extend(extra)
    return out

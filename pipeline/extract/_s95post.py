"""Round 95's pass (helper h_fix_s95, ``dev_statements121``), hooked last in
:mod:`pipeline.extract._latepasses`.

Why it exists: five real-page phrasings of reported speech were missed or cut wrongly.

* "NAME, who noted / expressed that C1, said C2": the chain read "C1, said C2" as one
  clause; the relative clause is a statement of its own, so the quote is cut at ", said" and
  C2 becomes the second statement of the same speaker.
* "GROUP (has / have) issued (repeated) warnings that C": a noun of warning with a "that"
  clause is a statement of the group as written.
* "C, witnesses and officials told OUTLET, bringing ..." / "C, witnesses (at the sites) said
  (on condition of anonymity), while ...": a trailing attribution of an unnamed group followed
  by a participle or "while" clause.
* "X claimed C1, with NOUN officials acknowledging that C2": the "with ... -ing that" clause
  is another speaker's statement, cut off the first one.
* "A man / A woman told the London-based rights group / Reuters that C": an unnamed person
  telling an outlet; the speaker keeps the text's description without the article ("man").

Added statements only where no statement of the chain covers the sentence already. Gated on
literals (", who ", "warning", " told ", " said", ", with ") before any regex.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["WITH_VERBS", "new_statement", "revise"]

_WHO = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}, who (?:expressed|noted|stressed|added|explained"
    r"|confirmed|warned|said) that (?P<c>[^,]{8,200}?), (?P<v>said|says|added|noted)"
    r" (?:that )?(?P<c2>[^“”\"]{8,300}?)\.?$"
)
_WHO_CUES = frozenset({"said", "says", "added", "noted"})
_WARN = re.compile(
    r"^(?P<n>[A-Z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){0,5}) (?:has|have) (?:issued|voiced|sounded)"
    r" (?:repeated |several |fresh |new |a |urgent )?(?P<v>warnings?) that (?P<c>.{12,400}?)\.?$"
)
_GROUP = r"(?:witnesses|residents|officials|sources|medics|locals|rescuers)"
_TRAIL = re.compile(
    r"^(?P<c>[A-Z][^“”\"]{20,400}?), (?P<n>(?:[a-z]+ )?"
    + _GROUP
    + r"(?: and (?:[a-z]+ )?"
    + _GROUP
    + r")?)(?: at the [a-z]+)? (?P<v>told|said)(?: [A-Z][A-Za-z]+)?"
    r"(?: on condition of anonymity)?, (?:[a-z]+ing|while) "
)
WITH_VERBS = "acknowledging|admitting|conceding|saying|claiming|noting|confirming"
"""The "-ing" verbs of the ", with B VERB-ing that C" family (shared with _s96post)."""
# Family ", with B VERB-ing that C": this module cuts and adds the capitalised "NOUN officials"
# tellers (confidence of the host); _s96post reads the rest and canonicalises the speaker.
_WITH = re.compile(
    r", with (?P<n>[A-Z][a-z]+ (?:officials|sources|authorities|officers|commanders))"
    rf" (?P<v>{WITH_VERBS}) that"
    r" (?P<c>[^“”\"]{8,300}?(?:“[^“”]{1,60}”[^“”\"]{0,200}?)?)\.?$"
)
_TOLD = re.compile(
    r"^(?:A|An) (?P<n>(?:[a-z]+ )?(?:man|woman|resident|survivor|witness|doctor|nurse|mother"
    r"|father|farmer|teacher|driver|fisherman)) told (?:the |a )?[A-Za-z][\w.-]*"
    r"(?: [A-Za-z][\w-]*){0,3} that (?P<c>.{12,400}?)\.?$"
)


_TRAIL_WORDS = (
    "witnesses ",
    "residents ",
    "officials ",
    "sources ",
    "medics ",
    "locals ",
    "rescuers ",
)


def _trail_gate(text: str) -> bool:
    return (" told " in text or " said" in text) and any(w in text for w in _TRAIL_WORDS)


def _covered(spans: list[tuple[int, int, str]], start: int, end: int, quote: str) -> bool:
    """A statement of the sentence already reads this clause (or part of it)."""
    head = quote[:20]
    return any(s < end and start < e and (head in q or q[:20] in quote) for s, e, q in spans)


def _sentence_of(doc: Document, starts: list[int], pos: int) -> str:
    i = bisect_right(starts, pos) - 1
    return doc.sentences[i].text.rstrip() if i >= 0 else ""


def new_statement(text: str, start: int, speaker: str, quote: str, cue: str) -> Statement:
    """An indirect statement (confidence 0.6) on the sentence ``text`` starting at ``start``."""
    return Statement(Evidence(text, start, start + len(text)), 0.6, speaker, "indirect", quote, cue)


def _added(doc: Document, found: list[Finding], flags: tuple[bool, bool, bool]) -> list[Finding]:
    has_warn, has_trail, has_told = flags
    spans = [(f.evidence.start, f.evidence.end, f.quote) for f in found if isinstance(f, Statement)]
    added: list[Finding] = []
    for sent in doc.sentences:
        text = sent.text.rstrip()
        m = None
        speaker = ""
        if has_warn and "warning" in text:
            m = _WARN.match(text)
            if m is not None:
                speaker = m.group("n")
        if m is None and has_trail and _trail_gate(text):
            m = _TRAIL.match(text)
            if m is not None:
                speaker = m.group("n")
        if m is None and ", with " in text:
            m = _WITH.search(text)
            if m is not None:
                speaker = m.group("n")
        if m is None and has_told and " told " in text:
            m = _TOLD.match(text)
            if m is not None:
                speaker = m.group("n")  # the description without the article
        if m is None or _covered(spans, sent.start, sent.start + len(text), m.group("c")):
            continue
        cue = m.group("v") if "v" in m.re.groupindex else "told"
        added.append(new_statement(text, sent.start, speaker, m.group("c"), cue))
    return added


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Cut relative and "with ... -ing that" clauses; add the missed reported clauses."""
    body = doc.body
    has_who = ", who " in body
    has_with = ", with " in body
    has_warn = "warning" in body
    has_told = " told " in body
    has_trail = _trail_gate(body)
    if not (has_who or has_with or has_warn or has_told or has_trail):
        return found
    out = list(found)
    extra: list[Finding] = []
    if has_who or has_with:
        starts = [s.start for s in doc.sentences]
        for i, f in enumerate(out):
            if not isinstance(f, Statement) or f.mode != "indirect":
                continue
            q = f.quote
            if has_who and (f.cue or "") in _WHO_CUES:
                sent = _sentence_of(doc, starts, f.evidence.start)
                m = _WHO.match(sent) if ", who " in sent else None
                if m is None:
                    pass
                elif q.startswith(m.group("c") + ", "):
                    out[i] = replace(f, quote=m.group("c"))
                    extra.append(replace(f, quote=m.group("c2"), cue=m.group("v")))
                    continue
                elif q == m.group("c2"):
                    extra.append(replace(f, quote=m.group("c"), cue="noted"))
                    continue
            if has_with and ", with " in q:
                m = _WITH.search(q)
                if m is None:
                    continue
                out[i] = replace(f, quote=q[: m.start()])
                extra.append(replace(f, speaker=m.group("n"), quote=m.group("c"), cue=m.group("v")))
    if has_warn or has_trail or has_told:
        extra.extend(_added(doc, out, (has_warn, has_trail, has_told)))
    if not extra:
        return out
    have = {(f.speaker, f.quote) for f in out if isinstance(f, Statement)}
    for g in extra:
        if isinstance(g, Statement) and (g.speaker, g.quote) not in have:
            have.add((g.speaker, g.quote))
            out.append(g)
    return out

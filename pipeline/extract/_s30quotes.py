"""Quotes whose speaker a dateline, a rank or a participle hid (statement round 30).

Read by :mod:`pipeline.extract._s30post` on finished statements of ``dev_articles62`` and
the lead's probes of translated copy (``dev_statements55``):

- a paragraph opening with a dateline and then a quote, ``Paris - "Q," said NAME`` or
  ``Paris, 12 March - "Q," said NAME``: read as an indirect statement whose clause starts
  with the dateline; it is NAME's direct quote Q (as after "Kyiv (Ukrinform) -"), and a
  quote after "Warsaw – " is direct, not partial;
- "“Q,” said MDA senior paramedic Ido Cohen." and "“Q,” said the head of the Home Front
  Command, Maj. Gen. Rafi Milo." (Hebrew press): a profession or a rank run between the verb
  and the name hid the name (the role took the quote, or nobody); the named person's direct
  quote, and the quote-only sentence after it in the paragraph;
- "“Q,” Lin said, stressing that C" (Xinhua's "强调"): the quote, and C as the speaker's
  indirect statement (after a clause, "A, X said, warning that B" stays one statement).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Sentence, Statement

__all__ = ["dated", "stressing", "titled_after"]

_DATED_QUOTE = re.compile(
    r"^[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2}"  # Paris / New York / BUCHAREST
    r"(?:,[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2}))?"  # , 12 March
    r"(?:[ \t]+\([A-Z][\w./&-]*(?:[ \t][A-Z][\w./&-]*){0,2}\))?"  # (dpa)
    r"[ \t]+[—–-]{1,2}[ \t]+[“\"«„](?P<q>[^“”\"«»„]{3,})[”\"»“]$"
)
"""A reported clause that is a dateline and one whole quote: ``Paris - "Q,"``."""

_DATELINE_OPEN = re.compile(_DATED_QUOTE.pattern[1:].split("[“")[0] + '[“"«„]')
"""A sentence opening with a dateline and then a quotation mark."""

_RANKS = r"(?:(?:Maj|Brig|Lt|Col|Gen|Capt|Sgt|Cmdr|Adm|Dr|Prof|Rabbi|Sheikh)\.?[ \t]+)"

_TITLED_AFTER = re.compile(
    r"^[“\"](?P<q>[^“”\"]{3,}?[,.!?])[”\"][ \t]+said[ \t]+"
    r"(?:(?:[A-Z]{2,6}[ \t]+)?(?:(?:senior|chief|deputy|head|volunteer|veteran)[ \t]+)?"
    r"(?:paramedic|medic|doctor|nurse|rescuer|firefighter|surgeon|officer|commander|volunteer"
    r"|driver|resident|lawyer|analyst|researcher)[ \t]+"
    r"|the[ \t][^“”\"«»,;]{4,80},[ \t]+" + _RANKS + r"+)"
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2})\.$"
)
"""A quote, "said", a profession or "the ROLE, RANK", then the name closing the sentence."""

_QUOTE_ONLY = re.compile(r"^[“\"](?P<q>[^“”\"]{3,})[”\"]$")

_STRESSING = re.compile(
    r"^[“\"«][^“”\"«»]{3,}[”\"»][ \t]+[^“”\"«»,]{2,60}?[ \t]"
    r"(?:said|says|added|told[ \t]+\w+),[ \t]+(?:stressing|emphasi[sz]ing|underlining|insisting"
    r"|noting|explaining|arguing|pointing[ \t]+out|reiterating|asserting|warning|saying)"
    r"[ \t]+that[ \t]+(?P<c>[^“”\"«»]{8,}?)\.?$"
)
"""A quote, its trailing cue, then ", stressing that C" to the end of the sentence."""


def dated(body: str, s: Statement) -> Statement:
    """``Paris - "Q," said NAME``: the direct quote Q, not a clause opening with the place."""
    if s.mode == "indirect" and (m := _DATED_QUOTE.match(s.quote)) is not None:
        return replace(s, mode="direct", quote=m.group("q"))  # Paris - "Q," said NAME
    if s.mode == "partial" and _opens_dated(body, s):
        return replace(s, mode="direct")  # Warsaw – “Q,” NAME said
    return s


def _opens_dated(body: str, s: Statement) -> bool:
    """Whether the statement's sentence is a dateline, then its quote."""
    m = _DATELINE_OPEN.match(body, s.evidence.start, s.evidence.start + 60)
    return m is not None and body.startswith(s.quote, m.end())


def titled_after(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """ "“Q,” said MDA paramedic NAME. “R.”": NAME's two direct quotes."""
    out = list(found)
    by_start = {f.evidence.start: i for i, f in enumerate(out) if isinstance(f, Statement)}
    sentences = doc.sentences
    for k, sentence in enumerate(sentences):
        if " said " not in sentence.text or not sentence.text.endswith("."):
            continue
        m = _TITLED_AFTER.match(sentence.text)
        if m is None:
            continue
        name = m.group("n")
        speaker = speakers.named(name, sentence.start) or name
        _quoted(out, by_start, sentence, m.group("q"), speaker)
        after = sentences[k + 1] if k + 1 < len(sentences) else None
        if after is not None and after.paragraph == sentence.paragraph:
            rest = _QUOTE_ONLY.match(after.text)
            if rest is not None:
                _quoted(out, by_start, after, rest.group("q"), speaker)
    return out


def _quoted(
    out: list[Finding], by_start: dict[int, int], sentence: Sentence, quote: str, speaker: str
) -> None:
    """Give the direct quote of ``sentence`` to ``speaker`` (added when nobody had it)."""
    i = by_start.get(sentence.start)
    if i is not None:
        f = out[i]
        if isinstance(f, Statement) and f.quote == quote:
            out[i] = replace(f, speaker=speaker, mode="direct")
        return
    ev = Evidence(sentence.text, sentence.start, sentence.end)
    out.append(Statement(ev, 0.8, speaker, "direct", quote, "said"))
    by_start[sentence.start] = len(out) - 1


def stressing(doc: Document, found: list[Finding]) -> list[Statement]:
    """ "“Q,” NAME said, stressing that C": C as NAME's indirect statement, unless read."""
    quotes = {f.quote for f in found if isinstance(f, Statement)}
    added: list[Statement] = []
    starts = [sentence.start for sentence in doc.sentences]
    for f in found:
        if not isinstance(f, Statement) or f.mode != "direct" or "ing that " not in f.evidence.text:
            continue
        sentence = doc.sentences[max(0, bisect_right(starts, f.evidence.start) - 1)]
        m = _STRESSING.match(sentence.text)
        if m is None or not sentence.text[1:].startswith(f.quote[:8]):
            continue
        clause = m.group("c")
        if not any(clause in q or q in clause for q in quotes):
            ev = Evidence(sentence.text, sentence.start, sentence.end)
            added.append(replace(f, evidence=ev, mode="indirect", quote=clause))
            quotes.add(clause)
    return added

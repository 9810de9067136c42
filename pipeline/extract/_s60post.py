"""Statements on real agency copy, tenth round (statement round 60, ``dev_statements86``):
speaker readings that recur in the real excerpts (real11) and lost statements to a shorter
or a wrong name.

Each reading is a mechanism, not a sentence:

- a back-reference keeps the full name the passage gave the source before: "The sources,
  who spoke anonymously, said C" after "Lebanese military sources said" is those sources,
  "the regional administration said" after "The Kharkiv Regional Military Administration
  said this" that administration (the later name's words are all in the earlier one and it
  ends in the same head word);
- "The source added: “Q”" after an agency's report is that agency's quote;
- a "-run" descriptor is part of the body ("The Houthi-run Health Ministry" is the
  "Houthi-run health ministry", as the labels write the lower-case form);
- an unnamed spokesperson of a country's force keeps the role ("the Sudanese army
  spokesperson announced" is "Sudanese army spokesperson", not the army);
- "OUTLET of COUNTRY's broadcaster/radio" is the outlet ("Kan of Israel's public broadcaster"
  is "Kan");
- "“Q1,” he said. “Q2,” NAME added." in one paragraph is NAME's twice: the pronoun points
  forward to the name that continues the quote.

Runs last in :mod:`pipeline.extract._latepasses`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import new_statement, split
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_RUN = re.compile(r"\b(?P<d>[A-Z][\w]+-run)[ \t]+(?P<b>(?:[A-Z][a-z]+[ \t]+){0,3}[A-Z][a-z]+)\b")
_SPOKES = re.compile(
    r"\b[Tt]he[ \t]+(?P<c>[A-Z][a-z]+)[ \t]+(?P<b>army|military|police|navy)[ \t]+"
    r"(?P<r>spokes(?:person|man|woman))[ \t]+(?:said|announced|told|added|stated|noted|"
    r"reported|confirmed)\b"
)
_OUTLET = re.compile(
    r"\b(?P<o>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)[ \t]+of[ \t]+[A-Z][a-z]+[’']s[ \t]+"
    r"(?P<t>(?:[A-Za-z]+[ \t]+){0,2}(?:broadcaster|[Rr]adio|[Tt]elevision|TV))\b"
)
_THE_SOURCE = re.compile(r"^[ \t]*The[ \t]+source[ \t]+(?:added|said|continued|stated)\b")
_PRON_SAID = re.compile(r"[“\"](?P<q>[^“”\"\n]{3,}?)[”\"][ \t]+(?:he|she)[ \t]+said\.[ \t]*$")
_FORWARD_CUES = frozenset({"added", "continued", "went on"})
_HEADS = ("sources", "administration")
"""Head words of a back-reference ("the sources", "the regional administration"); "the
authorities" stays bare, as the labels write it."""


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    statements, others = split(found)
    if not statements:
        return found
    kept = [_named_in_sentence(doc, s) for s in statements]
    kept = _back_references(doc, kept)
    kept = _forward_pronoun(doc, kept)
    kept.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *kept]


def _sentence_text(doc: Document, s: Statement) -> str:
    """The text of the sentence holding ``s`` (its evidence when none does)."""
    i = sentence_of(doc, s.evidence.start)
    return doc.sentences[i].text if i >= 0 else s.evidence.text


def _named_in_sentence(doc: Document, s: Statement) -> Statement:
    """The "-run", unnamed-spokesperson and outlet-of readings of ``s``'s own sentence."""
    text = _sentence_text(doc, s)
    low = s.speaker.lower()
    if "-run " in text:
        for m in _RUN.finditer(text):
            if m.group("b").lower() == low:
                return replace(s, speaker=f"{m.group('d')} {low}")
    if "spokes" in text:
        for m in _SPOKES.finditer(text):
            if f"{m.group('c')} {m.group('b')}".lower() == low:
                return replace(s, speaker=f"{m.group('c')} {m.group('b')} {m.group('r')}")
    if " of " in text and "s " in text:
        for m in _OUTLET.finditer(text):
            outlet, tail = m.group("o"), m.group("t").lower()
            if low.startswith(outlet.lower() + " of") or low.endswith(tail.split()[-1]):
                return replace(s, speaker=outlet)
    return s


def _fuller(later: str, earlier: str) -> bool:
    """Whether ``earlier`` names the same source as ``later`` in full: every word of
    ``later`` is in it, it has more words and both end in the same head word."""
    lw, ew = later.lower().split(), earlier.lower().split()
    return len(ew) > len(lw) and lw[-1] == ew[-1] and set(lw) <= set(ew) and lw[-1] in _HEADS


def _back_references(doc: Document, kept: list[Statement]) -> list[Statement]:
    """A shorter later name of a source takes the full earlier name; "The source added"
    after another speaker is that speaker."""
    out: list[Statement] = []
    for s in kept:
        low = s.speaker.lower()
        name = s.speaker
        if (
            low == "source"
            and out
            and out[-1].speaker.lower() != low
            and _THE_SOURCE.match(_sentence_text(doc, s))
        ):
            name = out[-1].speaker
        if name == s.speaker and low.endswith(_HEADS) and not _as_written(doc, s):
            for prev in reversed(out):
                if _fuller(s.speaker, prev.speaker) and _generic(s.speaker):
                    name = prev.speaker
                    break
        out.append(s if name == s.speaker else replace(s, speaker=name))
    return out


def _as_written(doc: Document, s: Statement) -> bool:
    """Whether ``s``'s place-led name stands in its sentence as is ("the Sumy regional
    administration said": the article's own short name, kept)."""
    return s.speaker[:1].isupper() and s.speaker.lower() in _sentence_text(doc, s).lower()


def _generic(name: str) -> bool:
    """A body's short form: lower-case words after an optional place ("sources",
    "military sources", "Kharkiv regional administration")."""
    words = name.split()
    rest = words[1:] if words[0][:1].isupper() and len(words) > 1 else words
    return all(w[:1].islower() for w in rest)


def _forward_pronoun(doc: Document, kept: list[Statement]) -> list[Statement]:
    """“Q1,” he said. “Q2,” NAME added.: Q1 is NAME's too."""
    body = doc.body
    by_quote = {s.quote: i for i, s in enumerate(kept) if s.mode != "indirect"}
    out = list(kept)
    for s in kept:
        if s.mode == "indirect" or s.cue not in _FORWARD_CUES:
            continue
        head = body.rfind("\n", 0, s.evidence.start) + 1
        before = body[head : s.evidence.start].rstrip().rstrip('“"').rstrip()
        m = _PRON_SAID.search(before)
        if m is None:
            continue
        q = m.group("q")
        i = by_quote.get(q)
        if i is not None:
            if out[i].speaker != s.speaker:
                out[i] = replace(out[i], speaker=s.speaker)
            continue
        start = head + m.start()
        text = body[start : head + m.end()]
        out.append(new_statement(text, start, s.speaker, "direct", q, "said"))
        by_quote[q] = len(out) - 1
    return out

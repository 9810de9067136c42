"""More readings of statement round 39 (``dev_articles68`` / ``dev_statements64``), each one
mechanism of literal Romance copy that no earlier reader models:

- "For X, C." with no quotation at all (French "Pour X, C") is X's indirect C when X is a
  person or body the article knows ("For the tenant of the Élysée, the coming weeks will be
  decisive"); the earlier "For X" readers needed a quoted fragment;
- "NP that X described as «F»" / ", which it described as «F»": X's partial (for "it", the
  speaker of the sentence's other statement);
- "X VERB-ed, through (the voice of / its spokesman) NAME, that C": NAME speaks, not the body
  (the labelling call of ``dev_articles68``: "The United Nations, through the spokesman ...");
- "According to a DESCRIPTION interviewed by OUTLET, C": the DESCRIPTION speaks (never the
  outlet), and "C, reports the same source" repeats the last speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract._s23roles import resolve
from pipeline.extract._s29reads import is_person, name_in, overlapping
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["described", "for_x", "interviewed", "through"]

_FOR = re.compile(
    r"^For[ \t]+(?P<x>(?:the[ \t]+)?[^,«»“”\"]{2,50}?),[ \t]+(?P<c>[^«»“”\";]{12,}?)\.$"
)
_FINITE = re.compile(r"\b(?:will|would|must|should|can|cannot|could)\b")
"""A view ("the coming weeks will be decisive"), not a fact ("For X, it was the fourth
trip")."""


def for_x(
    doc: Document, speakers: Speakers, statements: list[Statement], text: str, start: int
) -> list[Statement]:
    """ "For X, C." with no quote: X's indirect C (X a known person or body)."""
    if overlapping(statements, start, start + len(text)) or (m := _FOR.match(text)) is None:
        return statements
    if not body_has(doc.body, "«") or m.group("c").startswith(("it ", "who ", "this ", "that ")):
        return statements
    seat = m.group("x").replace("Élys", "Elys")  # the seat readers spell it unaccented
    who = resolve(doc, speakers, seat, start) or speakers.named(m.group("x"), start)
    if who is None or not _FINITE.search(m.group("c")):
        return statements
    return [*statements, new_statement(text, start, who, "indirect", m.group("c"), "for")]


_DESCRIBED = re.compile(
    r"\b(?:that|which)[ \t]+(?P<x>it|he|she|the[ \t]+[A-ZÀ-Ž][\w'’ -]{1,40}?)[ \t]+"
    r"(?:described|called|defined|qualified|termed)[ \t]+as[ \t]+«[ \t]*(?P<q>[^«»]{2,80}?)[ \t]*»"
)


def described(
    speakers: Speakers, statements: list[Statement], text: str, start: int
) -> list[Statement]:
    """ "a deal that the Élysée described as «historic»": the Élysée's partial."""
    m = _DESCRIBED.search(text)
    if m is None:
        return statements
    here = overlapping(statements, start, start + len(text))
    if any(m.group("q") in s.quote for s in here if s.mode == "partial"):
        return statements
    x = m.group("x")
    if x in ("it", "he", "she"):
        named = {s.speaker for s in here if s.mode != "partial"}
        who = named.pop() if len(named) == 1 else None
    else:
        who = speakers.named(x, start) or (x[4:] if x[4:5].isupper() else None)
    if not who:
        return statements
    return [*statements, new_statement(text, start, who, "partial", m.group("q"), "described")]


_THROUGH = re.compile(
    r",[ \t]+through[ \t]+(?:the[ \t]+voice[ \t]+of[ \t]+|(?:its|the|his|her)[ \t]+"
    r"(?:[a-z]+[ \t]+)?(?:spokes(?:man|woman|person)|minister|head|chief)(?:[ \t]+of[ \t]+"
    r"[^,]{2,40}?)?,?[ \t]+)?(?P<n>[A-ZÀ-Ž][\w'’-]+(?:[ \t]+[A-ZÀ-Ž][\w'’-]+){1,2}),"
)


def through(
    speakers: Speakers, statements: list[Statement], text: str, start: int
) -> list[Statement]:
    """ "The Kremlin assured, through the spokesman NAME, that C": NAME's C."""
    m = _THROUGH.search(text)
    if m is None:
        return statements
    who = speakers.named(m.group("n"), start) or name_in(speakers, m.group("n"))
    if not is_person(who):
        return statements
    here = overlapping(statements, start, start + len(text))
    return [
        replace(s, speaker=who) if s in here and not is_person(s.speaker) else s for s in statements
    ]


_INTERVIEWED = re.compile(
    r"^According[ \t]+to[ \t]+an?[ \t]+(?P<x>(?:[A-Z][\w-]+[ \t]+)?[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+"
    r"(?:interviewed|quoted|cited|contacted|consulted|heard)[ \t]+by[ \t]+[^,]{2,40},[ \t]+"
    r"(?P<c>[^;]{12,}?)\.?$"
)
_SAME = re.compile(
    r"^(?P<c>[^;«»“”]{12,}?),[ \t]+(?:reports|reported|adds|added|says|said|specifies|specified)"
    r"[ \t]+the[ \t]+same[ \t]+source\.$"
)


def interviewed(doc: Document, statements: list[Statement], index: int) -> list[Statement]:
    """ "According to a European diplomat interviewed by RFI, C" and "C, reports the same
    source" after it: the diplomat's."""
    sentence = doc.sentences[index]
    text, start = sentence.text.rstrip(), sentence.start
    here = overlapping(statements, start, sentence.end)
    if text.startswith("According to a") and (m := _INTERVIEWED.match(text)) is not None:
        who = m.group("x")
        keep = [s for s in statements if s not in here]
        return [*keep, new_statement(text, start, who, "indirect", m.group("c"), "according to")]
    if index and "same source" in text and (m := _SAME.match(text)) is not None:
        before = [s for s in statements if s.evidence.end <= start]
        if not before:
            return statements
        who = max(before, key=lambda s: s.evidence.end).speaker
        keep = [s for s in statements if s not in here]
        return [*keep, new_statement(text, start, who, "indirect", m.group("c"), "same source")]
    return statements

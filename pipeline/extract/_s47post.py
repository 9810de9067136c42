"""Speaker forms the reported-clause readers leave in the article's padding (statement round
47, ``dev_articles75`` / ``dev_statements73``).

Literal French and Italian copy names a source by what it is rather than by its name, and the
readers kept that padding as the speaker:

- "according to the same source", "added the same source" -> the source the article quoted
  last (a statement of an earlier sentence, else the subject the previous sentence names);
- "The NGO Emergency" -> "Emergency": the class word before a proper name is no part of it;
- "the Al-Masirah TV of the rebels" -> "Al-Masirah TV": a proper body "of the" group it
  serves is that body;
- "The office of Benjamin Netanyahu" -> "Benjamin Netanyahu" (the written call "X's office
  speaks for X");
- a thing or an event read as the speaker ("The decision of the government shows that C",
  "The night's attack confirmed that C") speaks for no one: the statement is dropped.

Runs after every other statement pass; only speakers change.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import split
from pipeline.extract._s45speakers import is_person
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_SAME = re.compile(
    r"^(?:the[ \t]+)?same[ \t]+(?:source|sources|ministry|agency|office|army|spokesman"
    r"|spokeswoman|official|administration|service|command|body)$",
    re.I,
)
_CLASS = re.compile(
    r"^(?:the[ \t]+)?(?:NGO|ngo|association|organisation|organization)[ \t]+(?=[A-Z])"
)
_SERVING = re.compile(
    r"^(?P<b>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]+of[ \t]+the[ \t]+(?:rebels"
    r"|insurgents|junta|militia|militias|movement|regime|paramilitaries|Houthis|separatists)$"
)
_THINGS = frozenset(
    {"decision", "images", "data", "figures", "footage", "attack", "strike", "explosion"}
    | {"situation", "failure", "visit", "agreement", "fact", "incident", "evidence", "results"}
)
"""Heads of a subject that is a thing or an event, never a source."""
_OFFICE = re.compile(r"^(?:the[ \t]+)?[Oo]ffice[ \t]+of[ \t]+(?P<n>[A-Z][^,]{3,40})$")


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the padded speaker forms named as the article's source."""
    statements, others = split(found)
    changed = False
    out: list[Statement] = []
    for k, s in enumerate(statements):
        if s.mode == "indirect" and s.speaker.split(" ", 1)[0] in _THINGS:
            changed = True
            continue
        who = _renamed(doc, speakers, statements[:k], s)
        if who != s.speaker:
            changed = True
            s = replace(s, speaker=who)
        out.append(s)
    return [*others, *out] if changed else found


def _renamed(doc: Document, speakers: Speakers, before: list[Statement], s: Statement) -> str:
    who = s.speaker
    if _SAME.match(who):
        return _last_source(doc, speakers, before, s) or who
    if (m := _CLASS.match(who)) is not None:
        return _plain(speakers, who[m.end() :], who)
    if " of the " in who and (m := _SERVING.match(who)) is not None:
        return _plain(speakers, m.group("b"), who)
    if (m := _OFFICE.match(who)) is not None and is_person(m.group("n")):
        return m.group("n")
    return who


def _plain(speakers: Speakers, name: str, padded: str) -> str:
    """The table's form of ``name``, not the document's padded form it came from."""
    found = speakers.canonical(name) or name
    return name if found == padded or name in found else found


def _last_source(
    doc: Document, speakers: Speakers, before: list[Statement], s: Statement
) -> str | None:
    """The source quoted last before ``s``'s sentence, else the previous sentence's subject."""
    index = speakers.sentence_at(s.evidence.start)
    start = doc.sentences[index].start
    for j in range(index - 1, max(index - 4, -1), -1):
        lo, hi = doc.sentences[j].start, doc.sentences[j].end
        mine = [
            t.speaker
            for t in before
            if lo <= t.evidence.start < min(hi, start) and not _SAME.match(t.speaker)
        ]
        if mine:
            return mine[-1]
        if (subj := speakers.subject(j)) is not None and not _SAME.match(subj):
            return subj
    return None

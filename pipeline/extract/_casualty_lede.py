"""A toll whose other harm an official gives at the head of the next paragraph.

Agency English tells the dead in the lede and the wounded in the next paragraph, in an
official's words: "A Russian missile slammed into an apartment block in Odesa ..., killing
at least seven people, officials said." / "Oleh Kiper, governor of the Odesa region, said
25 people had been wounded in the city". The casualty reader completes a record from the
next sentence of the same paragraph only (:mod:`pipeline.extract._casualty_link`); this
pass lets that test cross one paragraph break when the record's sentence closes its
paragraph and the figure's sentence opens the next one with a report ("NAME said",
"According to NAME,"), names no other place and no other incident (``dev_articles51``
art51-11, ``dev_numeric54``). Everything else the completion needs (one kind each, the
same people, a plain opening) is :func:`_casualty_link.completes`'s own test.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.extract import _casualty_link as link
from pipeline.extract import _places
from pipeline.extract._casualty_bridge import _figure
from pipeline.extract._sentindex import sentence_starts
from pipeline.extract.model import Casualty, Document, Finding

# "Oleh Kiper, governor of the Odesa region, said 25", "Governor X said 40",
# "According to the governor, 12": a report opening the sentence, the figure right after.
_REPORT = re.compile(
    r"\s*(?:(?-i:[A-Z])[^,.;:\d\"“”]{1,60}?(?:,[^,.;:\d\"“”]{1,60},)?\s+"
    r"(?:said|says|wrote|reported|announced|added|told\s+[^,.;:\d]{1,30})"
    r"(?:\s+on\s+[\w-]+)?(?:\s+that)?"
    r"|according\s+to\s+[^,.;:\d]{1,60},)\s+\S",
    re.IGNORECASE,
)


def _place_agrees(text: str, prev: Casualty) -> bool:
    place = _places.located(text) or _places.place_in(text)
    if place is None or prev.location is None:
        return True
    return place.split()[0] == prev.location.split()[0]


def lede_completed(doc: Document, out: list[Finding]) -> list[Finding]:
    """``out`` with a one-kind record folded into the other-kind record of the sentence
    closing the paragraph before it (see the module doc)."""
    sents = doc.sentences
    if len(out) < 2:
        return out
    drop: set[int] = set()
    for i in range(1, len(out)):
        rec, prev = out[i], out[i - 1]
        if not isinstance(rec, Casualty) or not isinstance(prev, Casualty) or i - 1 in drop:
            continue
        if (rec.killed is None) == (rec.injured is None):
            continue
        si = sentence_of(doc, rec.evidence.start)
        if si < 1 or si - 1 != sentence_of(doc, prev.evidence.start):
            continue
        if sents[si].paragraph == sents[si - 1].paragraph or not _first_of_par(doc, si):
            continue
        text = sents[si].text
        fig = _figure(text, sents[si].start, rec)
        opener = _REPORT.fullmatch(text, 0, fig[0] + 1) if fig is not None else None
        if fig is None or opener is None:
            continue
        if not _place_agrees(text[fig[0] :], prev):  # "NAME, governor of X, said": a title
            continue
        cut = opener.end() - 1  # the report itself is checked here, the rest by ``completes``
        rest = (fig[0] - cut, fig[1] - cut, fig[2], fig[3], fig[4])
        if link.completes(out, i - 1, text[cut:], rest, sents[si - 1].text, True):
            drop.add(i)
    return [f for i, f in enumerate(out) if i not in drop] if drop else out


def _first_of_par(doc: Document, idx: int) -> bool:
    return idx == 0 or doc.sentences[idx - 1].paragraph != doc.sentences[idx].paragraph


def sentence_of(doc: Document, pos: int) -> int:
    """The sentence holding body offset ``pos`` (-1 when none)."""
    return bisect_right(sentence_starts(doc), pos) - 1

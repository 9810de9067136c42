"""Tolls in the word order of German copy translated into English (``dev_numeric41``).

Translation desks keep the German verb-second order and its care vocabulary, and the
casualty reader's English habits miss them:

- the harm word fronted, the figure after the verb ("Tote gab es drei" → "Dead there were
  three", "Injured there were 14", "Dead there were after the attack on Odesa two"):
  :func:`fronted_kind`;
- one harm verb closing a list of groups right after a one-person death ("A 60-year-old
  woman died, two women and two men suffered injuries"): each group of the list takes the
  verb that closes it, never the harm word of that death (:func:`listed_kind`; only there,
  as elsewhere the nearest harm word reads a list better);
- the care split after an injured toll ("Seven are in hospital, five were treated
  ambulantly", "Five were being treated in hospitals, four treated on the spot", "Six had
  to be hospitalised, three received help on site"): each share is a care subgroup, a
  record of its own as the conventions have it (:func:`care_split`);
- the subgroups listed after the first of an "Among them are" sentence ("Among them are two
  children and three women"), of that subgroup's kind (:func:`listed_more`).

The figures these shapes count are read by :mod:`pipeline.extract.casualties`; this
module only says which harm or care they tell.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from pipeline.extract import _casualty_words as cw
from pipeline.extract._casualty_care import injured_share
from pipeline.extract._casualty_groups import GROUPS
from pipeline.extract.model import Casualty, Document, Evidence, Finding
from pipeline.extract.numbers import find_quantities

Kind = Literal["killed", "injured"]

# "Dead there were three", "Injured were according to the police 14", "five further
# fatalities there had been": the harm noun or participle opens the clause, the verb
# "were" follows, then (after a short phrase) the figure.
_FRONTED = re.compile(
    r"(?:^|[,;:]\s+|\bthat\s+|\band\s+)[\"“]?(?:and\s+)?(?P<w>dead|killed|deaths|fatalities|injured|wounded)"
    r"\s+(?:there\s+)?(?:were|was|are|is|had\s+been|have\s+been)\b\s*"
    # ... past a phrase or a comma aside ("Dead there are, according to first information, four")
    r"(?:,[^,.;:\d\"“”]{1,60},\s*|[^,.;:\d\"“”]{0,60}?\s)?(?:further\s+|another\s+|more\s+)?$",
    re.IGNORECASE,
)
# "The number of dead rose according to the head of the city, Oleksandr Vilkul, to four":
# German order puts the source between the rise and its figure (opening the sentence: a
# rise after a toll in the same sentence is read by the toll reader, with its own group).
_RISE_TO = re.compile(
    r"^\W*(?:the\s+)?number\s+of\s+(?:the\s+)?(?P<w>dead|killed|deaths|fatalities|injured|wounded)\s+"
    r"(?:(?:has|had)\s+)?(?:rose|risen|rises|climbed|increased)\s+"
    r"(?:(?!\bthat\s+of\b)[^.;:\d]){0,80}?\bto\s+$",  # not ", that of the wounded to 27"
    re.IGNORECASE,
)


def fronted_kind(text: str, start: int) -> Kind | None:
    """The harm fronted before the figure at ``start`` in German order, else None."""
    lo = max(0, start - 90)
    m = _FRONTED.search(text, lo, start) or _RISE_TO.search(text, 0, start)
    if m is None:
        return None
    return "injured" if m.group("w").lower() in ("injured", "wounded") else "killed"


_NUM_WORD = (
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|"
    r"their|his|her)"
)
# ", two women and two men suffered injuries", "three women and a boy were injured": the
# list after a group, up to the verb that closes it (an age aside may follow an item).
_LIST_TAIL = (
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as)\s+)"
    + _NUM_WORD
    + r"(?:\s+[\w'’-]+){1,3}?(?:\s*,\s*aged\s+\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*\s*,?)?){1,3}?"
)


_OTHERS = re.compile(r"\b(?:others?|more|further|additional)\b", re.IGNORECASE)
_INJURY = re.compile(r"injur|wound|hurt|hospital|treated|burns|care|help", re.IGNORECASE)


def listed_re(bare_after: str) -> re.Pattern[str]:
    """The list tail of a group figure followed by the harm verb of the whole list
    (``bare_after``: the casualty reader's harm-after-figure pattern)."""
    return re.compile(_LIST_TAIL + "(?=" + bare_after + ")", re.IGNORECASE)


# "A 60-year-old woman died, ", "An elderly woman came around in the shelling of Kupiansk, ":
# a one-person death (no count) whose clause the list of groups follows.
_ONE_BEFORE = re.compile(
    r"\b(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:(?:was|has\s+been|had\s+been)\s+"
    r"(?:killed|injured|wounded|hurt)|died|lost\s+(?:his|her)\s+life|(?:came|(?:has|had)\s+come)"
    r"\s+around)\b[^,;.:\d]{0,60}[,;]\s*(?:and\s+)?$",
    re.IGNORECASE,
)


def listed_kind(
    listed: re.Pattern[str], bare_after: re.Pattern[str], text: str, start: int, end: int
) -> Kind | None:
    """The harm of the verb closing the list that follows the group ending at ``end``, when
    the group (from ``start``) follows a one-person death's clause."""
    if _ONE_BEFORE.search(text, max(0, start - 120), start) is None:
        return None
    m = listed.match(text, end)
    if m is None or any(c in m.group() for c in ".;:") or _OTHERS.search(m.group()):
        return None  # "including 12 children and six women, and 210 others have been wounded"
    harm = bare_after.match(text, m.end())
    if harm is None:
        return None
    return "injured" if _INJURY.search(harm.group()) else "killed"


_CARE = (
    r"(?:(?:are|were|is|was|remain(?:s|ed)?|had\s+to\s+be|have\s+been|has\s+been|had\s+been"
    r"|were\s+being|are\s+being)\s+)?"
    r"(?:(?:still|now|currently)\s+)?"
    r"(?:in\s+(?:a\s+|the\s+)?hospitals?\b|in\s+inpatient\s+(?:treatment|care)\b"
    r"|hospitali[sz]ed\b|(?:taken|brought|admitted)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospitals?\b"
    r"|treated\s+(?:in\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospitals?|on\s+(?:the\s+)?(?:spot|site)"
    r"|on-site|at\s+the\s+scene|ambulantly|as\s+outpatients)\b"
    r"|(?:received|given|got)\s+(?:first\s+aid|(?:medical\s+)?help|(?:medical\s+)?care|treatment)"
    r"\s+(?:on\s+(?:the\s+)?(?:spot|site)|at\s+the\s+scene|on-site)\b)"
)
_FIRST_CARE = re.compile(r"(?:\s+of\s+them)?\s+" + _CARE, re.IGNORECASE)
_NEXT_CARE = re.compile(r"\s+" + _CARE, re.IGNORECASE)
_SEP = re.compile(r"\s*,\s*(?:and\s+|while\s+)?|\s+and\s+|\s*;\s*", re.IGNORECASE)
_OPEN = " \"“‘'"


def care_split(doc: Document, idx: int, prev: Finding) -> list[Casualty]:
    """The care shares ("Seven are in hospital, five were treated on the spot") opening
    sentence ``idx`` right after ``prev``, an injured toll: one record per share below it."""
    if not isinstance(prev, Casualty) or prev.injured is None:
        return []
    total = prev.injured
    text = doc.sentences[idx].text
    qs = [q for q in find_quantities(text) if q.value is not None]
    if not qs or text[: qs[0].start].strip(_OPEN):
        return []
    out: list[Casualty] = []
    care = _FIRST_CARE.match(text, qs[0].end)
    pos = 0
    while care is not None and pos < len(qs):
        q = qs[pos]
        if q.all or q.total is not None or q.value is None or not q.value < total:
            return []
        out.append(injured_share(doc, idx, prev, q, care.end(), prev.group or "people"))
        pos += 1
        if pos >= len(qs) or not _SEP.fullmatch(text, care.end(), qs[pos].start):
            break
        care = _NEXT_CARE.match(text, qs[pos].end)
    return out


# "Among them are two children and three women": the subgroups listed after the first.
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as)\s+", re.IGNORECASE)


def listed_more(doc: Document, idx: int, sub: Casualty) -> list[Casualty]:
    """``sub``, a subgroup read from sentence ``idx`` ("Among the victims are four women"),
    and the subgroups listed right after it in that sentence ("... and six children"), of
    the same kind; a listed figure with a harm word of its own ("and 17 others were
    injured") ends the list."""
    sent = doc.sentences[idx]
    end = sub.evidence.end - sent.start
    out = [sub]
    for q in find_quantities(sent.text):
        if q.start < end or q.value is None or q.all or q.total is not None:
            continue
        if not _LIST_GAP.fullmatch(sent.text, end, q.start):
            break
        m = cw.AFTER_QTY.match(sent.text, q.end)
        if m is None or m.group("group").lower() in cw.NO_GROUP:
            break
        if _HARM_AFTER.match(sent.text, m.end()):
            break
        start, stop = sent.start + q.start, sent.start + m.end()
        word = m.group("group").lower()
        out.append(
            replace(
                sub,
                evidence=Evidence(doc.body[start:stop], start, stop),
                group=GROUPS.get(word, word),
                killed=q.value if sub.killed is not None else None,
                injured=q.value if sub.injured is not None else None,
                approx=q.approx,
            )
        )
        end = m.end()
    return out


_HARM_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?"
    r"(?:kill|injur|wound|hurt|died|dead)",
    re.IGNORECASE,
)

"""Round n67's casualty revision (helper h_fix_n67, ``dev_numeric116``), hooked last in
:func:`pipeline.extract._n28cas.revise`, after ``_n65cas`` (and round n66's pass).

The real-text set ``real24`` (Gaza aid-site shootings, Syria's coast, Amhara, Kursk;
studied, never copied) showed tolls told in shapes no earlier reader took, and two kinds
of figure read as a toll that count no one:

- a harm noun in quotation marks after "sustained" ("N X sustained "minor injuries"") is
  injured N;
- "..., with (at least) N of them VERB-ing ..." after a killed-only toll of its sentence is
  that toll's subgroup (killed N), as "including N X" is;
- "with (at least) N (reported / confirmed) deaths" is killed N, and the people of an
  "evacuation of N people" beside it are no toll;
- "claimed N more lives" for a new incident is killed N (a sentence with a toll of its
  own, or after one, keeps the written "N more bodies" increment rule: no record);
- "N members of the armed groups / militias / forces were killed / died" is killed N;
- ", killing (at least) N, X said, as ... has risen above M" is the day's toll N (the war
  total joined by "as" must not swallow it);
- a place-by-place list "N deaths in A, M in B—including K X—and L in C" keeps its last
  item after a dash-framed subgroup;
- events in quotation marks counted as if people (Three "massacres" were recorded) are no
  group: the record is dropped.

Each reader is gated on a literal of its sentence before its regex runs; no pass re-reads
the document.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_casualty, small_count
from pipeline.extract.model import Approx, Casualty, Document, Finding, Sentence

__all__ = ["revise"]

_Q = r"(?P<q>at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?"
_W = (
    r"(?P<n>\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|a\s+hundred)"
)
_NUM = _Q + _W
_QUOTED_HURT = re.compile(
    rf"\b{_NUM}\s+(?P<g>(?:[\w-]+\s+){{0,4}}?)sustained\s+[\u201c\"'\u2018]"
    r"(?:\w+\s+){0,2}(?:injuries|wounds)[\u201d\"'\u2019]",
    re.I,
)
_OF_THEM = re.compile(
    rf",?\s+with\s+{_NUM}\s+of\s+them\s+(?:\w+ing|shot|gunned|killed)\b",
    re.I,
)
_WITH_DEATHS = re.compile(
    rf"\bwith\s+{_NUM}\s+(?:reported\s+|confirmed\s+|recorded\s+)?deaths\b", re.I
)
_EVACUEES = re.compile(rf"\b(?:evacuation\s+of|evacuated)\s+{_NUM}\s+[a-z]", re.I)
_MORE_LIVES = re.compile(rf"\bclaimed\s+{_NUM}\s+more\s+lives\b", re.I)
_MEMBERS = re.compile(
    rf"\b{_NUM}\s+members\s+of\s+(?:the\s+)?(?P<g>(?:[\w-]+\s+){{0,2}}?"
    r"(?:groups?|militias?|forces|factions?|brigades?|gangs?|cells?))\s+"
    r"(?:(?:were|have\s+been|had\s+been)\s+(?:killed|shot\s+dead)|died|were\s+among\s+the\s+dead)\b",
    re.I,
)
_KILLING_AS = re.compile(
    rf",\s+killing\s+{_NUM}\s*,\s*[^,.;]{{1,80}}?\s+said,\s+as\s+[^.;]*?"
    r"\b(?:has|have|had)\s+(?:risen|climbed|reached|surpassed|passed)\b",
    re.I,
)
_LIST_HEAD = re.compile(rf"\b{_W}\s+deaths\s+in\s+[A-Z]")
_LIST_TAIL = re.compile(rf"[\u2014\u2013]\s*and\s+{_W}\s+in\s+[A-Z]")
_NOT_PEOPLE = frozenset(
    {"massacres", "massacre", "killings", "incidents", "attacks", "ambushes", "raids", "clashes"}
)
_APPROX: dict[str, Approx] = {
    "at least": "at_least",
    "more than": "at_least",
    "over": "at_least",
    "some": "about",
    "about": "about",
    "nearly": "at_most",
}


def _approx(m: re.Match[str]) -> Approx:
    q = m.group("q")
    return _APPROX.get(" ".join(q.lower().split()), "exact") if q else "exact"


def _count(m: re.Match[str]) -> int | None:
    word = m.group("n")
    return small_count(" ".join(word.split()))


def _in(sent: Sentence, cas: list[Casualty]) -> list[Casualty]:
    return [c for c in cas if sent.start <= c.evidence.start < sent.end]


def _read(here: list[Casualty], n: int, start: int, end: int) -> bool:
    return any(
        n in (c.killed, c.injured) or (c.evidence.start < end and start < c.evidence.end)
        for c in here
    )


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add the tolls of round n67's shapes; drop evacuees and counted events."""
    body = doc.body
    gates = ("sustained", "of them", "deaths", "lives", "members of", "killing", "vacuat")
    if not any(g in body for g in gates):
        return _events_dropped(found)
    out = [
        f
        for f in found
        if not (isinstance(f, Casualty) and f.group.lower() in _NOT_PEOPLE)
        and not (isinstance(f, Casualty) and "vacuat" in f.evidence.text and _evacuees(f))
    ]
    cas = [f for f in out if isinstance(f, Casualty)]
    added: list[Casualty] = []
    prev: list[Casualty] = []
    for sent in doc.sentences:
        here = _in(sent, cas)
        text = sent.text
        new: list[Casualty] = []
        if "sustained" in text:
            new += _quoted_hurt(doc, sent, here)
        if "of them" in text:
            new += _of_them(doc, sent, here)
        if "deaths" in text:
            new += _with_deaths(doc, sent, here)
            if "\u2014" in text or "\u2013" in text:
                new += _list_tail(doc, sent, here)
        if "more lives" in text and not here and not prev:
            new += _simple(doc, sent, here, _MORE_LIVES, "people", dead=True)
        if "members of" in text:
            new += _members(doc, sent, here)
        if "killing" in text and " as " in text:
            new += _simple(doc, sent, here, _KILLING_AS, "people", dead=True)
        added += new
        prev = here + new
    if not added and len(out) == len(found):
        return found
    return out + list(added)


def _events_dropped(found: list[Finding]) -> list[Finding]:
    """``found`` without the records whose group counts events, not people."""
    if not any(isinstance(f, Casualty) and f.group.lower() in _NOT_PEOPLE for f in found):
        return found
    return [f for f in found if not (isinstance(f, Casualty) and f.group.lower() in _NOT_PEOPLE)]


def _evacuees(c: Casualty) -> bool:
    """True when ``c``'s figure is the count of an evacuation, not of the dead."""
    return any(_count(m) == c.killed for m in _EVACUEES.finditer(c.evidence.text))


def _add(
    doc: Document,
    sent: Sentence,
    m: re.Match[str],
    here: list[Casualty],
    group: str,
    dead: bool,
    anchor: Casualty | None = None,
) -> list[Casualty]:
    n = _count(m)
    start, end = sent.start + m.start("n"), sent.start + m.end()
    if n is None or _read(here, n, start, end):
        return []
    rec = bare_casualty(
        doc,
        sent.start + m.start(),
        end,
        group,
        n if dead else None,
        None if dead else n,
        _approx(m),
        confidence=0.7,
    )
    if anchor is not None:
        rec = replace(rec, cause=anchor.cause, reported_by=anchor.reported_by)
    here.append(rec)
    return [rec]


def _simple(
    doc: Document, sent: Sentence, here: list[Casualty], rx: re.Pattern[str], group: str, dead: bool
) -> list[Casualty]:
    out: list[Casualty] = []
    for m in rx.finditer(sent.text):
        out += _add(doc, sent, m, here, group, dead)
    return out


def _quoted_hurt(doc: Document, sent: Sentence, here: list[Casualty]) -> list[Casualty]:
    out: list[Casualty] = []
    for m in _QUOTED_HURT.finditer(sent.text):
        words: list[str] = []
        for w in m.group("g").split():
            if w.lower() in ("at", "in", "of", "from", "on", "near", "who"):
                break
            words.append(w)
        out += _add(doc, sent, m, here, " ".join(words) or "people", dead=False)
    return out


def _of_them(doc: Document, sent: Sentence, here: list[Casualty]) -> list[Casualty]:
    out: list[Casualty] = []
    for m in _OF_THEM.finditer(sent.text):
        at = sent.start + m.start()
        tolls = [
            c
            for c in here
            if c.evidence.end <= at + 1 and c.killed is not None and c.injured is None
        ]
        n = _count(m)
        if not tolls or n is None or tolls[-1].killed is None or n >= tolls[-1].killed:
            continue
        out += _add(doc, sent, m, here, "people", dead=True, anchor=tolls[-1])
    return out


def _with_deaths(doc: Document, sent: Sentence, here: list[Casualty]) -> list[Casualty]:
    out: list[Casualty] = []
    for m in _WITH_DEATHS.finditer(sent.text):
        out += _add(doc, sent, m, here, "people", dead=True, anchor=here[-1] if here else None)
    return out


def _list_tail(doc: Document, sent: Sentence, here: list[Casualty]) -> list[Casualty]:
    head = _LIST_HEAD.search(sent.text)
    if head is None:
        return []
    out: list[Casualty] = []
    for m in _LIST_TAIL.finditer(sent.text, head.end()):
        n = _count(m)
        pos = sent.start + m.start("n")
        if n is None or any(c.killed == n for c in here):
            continue  # read already (a span may run over the whole list)
        rec = bare_casualty(doc, pos, sent.start + m.end(), "people", n, None, confidence=0.7)
        here.append(rec)
        out.append(rec)
    return out


def _members(doc: Document, sent: Sentence, here: list[Casualty]) -> list[Casualty]:
    out: list[Casualty] = []
    for m in _MEMBERS.finditer(sent.text):
        group = " ".join(m.group("g").split()) + " members"
        out += _add(doc, sent, m, here, group, dead=True)
    return out

"""Round n33's casualty revisions, run after round n30's (:func:`revise`).

Real regional and agency copy (real5: Ukrinform/UNN relays of Kherson posts, TASS and
Sputnik relays of Horlivka posts, Belgorod copy, Xinhua Gaza copy) showed these shapes:

- "fatal injuries" are deaths: "resulted in fatal injuries to two elderly women", "Three
  people sustained fatal injuries", "Two soldiers were fatally wounded" are killed N, and
  the wounded told beside them ("and five others were wounded", "four more injured") or
  in the next sentence as "Another woman ... was wounded" (one more of the counted group,
  the conventions' "another") complete the same record;
- "two civilians were killed, one of whom was a child, eight more people, including two
  children, were injured": the "N more people" of a plain-people toll's sentence are that
  toll's wounded (the conventions' plain-people rule), one record 2/8;
- the injured told one by one after their count: "left two 10-year-old boys injured. One
  child suffered a mine blast injury ... The second boy ..." - the "One X suffered ..."
  line identifies one of them (no record), and the count with an age between figure and
  noun ("two 10-year-old boys") is read;
- "four members of the civil defence, including a journalist, were killed" - a workplace
  group with an uncounted "including" aside before its verb, read;
- a figure an earlier report of the day gave ("Earlier on Sunday, Prikhodko said that three
  civilians ... were injured") after the risen toll ("has gone up to five") is superseded;
- "Also on Friday, five people were killed in ... Khan Younis" after "the airstrike killed
  five people": a sentence opened by "Also" / "Separately" / "In another attack" tells
  another incident, so :func:`apart` (asked by ``_repeats.drop_restated``) keeps the equal
  toll as its own record.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract._barestrike import group_toll, merged
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import lowered
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding, Sentence
from pipeline.extract.numbers import find_quantities

__all__ = ["apart", "revise"]

_PLAIN = frozenset({"people", "persons", "civilians", "residents"})
_FATAL_BEFORE = re.compile(
    r"\b(?:fatal\s+(?:injuries|wounds)\s+(?:to|for)|fatally\s+(?:wounded|injured|hurt|wounding|"
    r"injuring))\s+(?:at\s+least\s+)?$",
    re.I,
)
_FATAL_AFTER = re.compile(
    r"^[^,.;]{0,40}?\b(?:(?:sustained|suffered|received|got)\s+(?:fatal|mortal|deadly)\s+"
    r"(?:injuries|wounds|injury|wound)|(?:were|was|had\s+been|have\s+been)\s+(?:fatally|mortally)\s+"
    r"(?:wounded|injured|hurt))\b",
    re.I,
)
_MORE_AFTER = re.compile(r"\s+(?:more|others?|further)\b", re.I)
_PLAIN_MORE = re.compile(r"\s+more\s+(?:people|persons|residents|civilians)\b", re.I)
"""Only "N more people" joins a plain toll: "five other people" may be another group's."""
_PLACED = re.compile(r"\b(?:in|near|at|on)\s+(?:the\s+)?[A-Z]")
_MORE_BEFORE = re.compile(r"\b(?:another|a\s+further|further)\s+$", re.I)
_ANOTHER = re.compile(
    r"^\W*Another\s+(?P<g>[a-z]+)\b[^.;]{0,40}?\b(?:was|has\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:seriously\s+|slightly\s+|severely\s+)?(?:wounded|injured|hurt)\b"
)
_ONE = re.compile(
    r"^\W*One\s+(?P<g>child|boy|girl|man|woman|teenager|person|resident|civilian|soldier)\s+"
    r"(?:suffered|sustained|received|had|got)\b(?![^.;]{0,40}\b(?:died|killed|dead|serious|"
    r"critical|condition)\b)"
)
_SECOND = re.compile(r"\b(?:[Tt]he\s+)?(?:second|other)\b")
_AGED = re.compile(
    r"\b(?:left|leaving)\s+(?P<n>[\w-]+)\s+(?:\d{1,2}|[a-z]+)-year-old\s+(?P<g>[a-z]+)\s+"
    r"(?P<k>injured|wounded|hurt|dead)\b"
)
_MEMBERS = re.compile(
    r"\b(?P<n>[\w-]+)\s+(?P<g>(?:members|employees|workers|staff|officers|personnel)\s+of\s+"
    r"(?:the\s+)?[\w'’ -]{2,40}?),\s+(?:including|among\s+them)\s+[^,;.]{2,40},\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?P<k>killed|wounded|injured)\b"
)
_EARLIER = re.compile(
    r"^\W*Earlier\s+(?:on\s+[A-Z][a-z]+day|in\s+the\s+day|today|that\s+day|this\s+morning)\b"
)
_RISEN = re.compile(
    r"\b(?:has|had|have)\s+(?:since\s+)?(?:gone\s+up|risen|increased|grown|climbed)\s+to\b"
    r"|\brose\s+to\b",
    re.I,
)
_SEPARATE = re.compile(
    r"^\W*(?:Also\b|Separately\b|In\s+(?:another|a\s+separate)\s+(?:attack|strike|incident|raid))"
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n33's casualty revisions."""
    low = lowered(doc)
    if body_has(low, "fatal") or body_has(low, " more ") or body_has(low, " other"):
        found = _fatal_and_more(doc, found)
    if body_has(low, "year-old") or body_has(low, "including") or body_has(low, "among them"):
        found = _read(doc, found)
    if body_has(doc.body, "One "):
        found = _one_by_one(doc, found)
    if body_has(doc.body, "Earlier "):
        found = _superseded(doc, found)
    return found


def apart(sentences: Sequence[Sentence], a: Casualty, b: Casualty) -> bool:
    """True when the later record opens a sentence marked as another incident ("Also on
    Friday, five people were killed ...", "Separately, ..."): an equal toll there is no
    restatement of the earlier one."""
    later = a if a.evidence.start > b.evidence.start else b
    if not sentences or later.evidence.start == min(a.evidence.start, b.evidence.start):
        return False
    i = bisect_right([s.start for s in sentences], later.evidence.start) - 1
    if i < 0:
        return False
    sent = sentences[i]
    return later.evidence.start - sent.start < 60 and _SEPARATE.match(sent.text) is not None


def _cas(found: list[Finding]) -> list[tuple[int, Casualty]]:
    return [(i, f) for i, f in enumerate(found) if isinstance(f, Casualty)]


def _figure(doc: Document, c: Casualty) -> tuple[int, int] | None:
    """Body offsets of the figure the record's first stated kind rests on."""
    want = c.killed if c.killed is not None else c.injured
    for q in find_quantities(c.evidence.text):
        if q.value == want:
            return c.evidence.start + q.num_start, c.evidence.start + q.end
    return None


def _fatal_and_more(doc: Document, found: list[Finding]) -> list[Finding]:
    out = list(found)
    drop: set[int] = set()
    body = doc.body
    fatal: set[int] = set()
    for j, c in _cas(out):
        if c.killed is not None or c.injured is None:
            continue
        fig = _figure(doc, c)
        if fig is None:
            continue
        if _FATAL_BEFORE.search(body, max(0, fig[0] - 40), fig[0]) or _FATAL_AFTER.match(
            body[fig[1] : fig[1] + 120]
        ):
            out[j] = replace(c, killed=c.injured, injured=None)
            fatal.add(j)
    for j, c in _cas(out):
        if c.killed is None or c.injured is not None or j in drop:
            continue
        if j not in fatal and c.group not in _PLAIN:
            continue
        idx = sentence_of(doc, c.evidence.start)
        cfig = _figure(doc, c)
        if idx < 0 or cfig is None:
            continue
        sent = doc.sentences[idx]
        for k, d in _cas(out):
            if k == j or k in drop or d.killed is not None or d.injured is None:
                continue
            if not (c.evidence.start < d.evidence.start < sent.end):
                continue
            fig = _figure(doc, d)
            if fig is None or _PLACED.search(body, cfig[1], fig[0]):
                continue  # "three civilians were killed in Kostiantynivka ..., nine others"
            if j in fatal:
                more = _MORE_AFTER.match(body, fig[1]) or _MORE_BEFORE.search(
                    body, max(0, fig[0] - 20), fig[0]
                )
            else:
                more = _PLAIN_MORE.match(body, fig[1]) if d.group in _PLAIN else None
            if more is None:
                continue
            out[j] = replace(c, injured=d.injured)
            drop.add(k)
            break
        else:
            if j in fatal and idx + 1 < len(doc.sentences):
                nxt = doc.sentences[idx + 1]
                m = _ANOTHER.match(nxt.text)
                if (
                    m is not None
                    and nxt.paragraph == sent.paragraph
                    and c.group.rstrip("s")[-3:] == _stem(m.group("g"))[-3:]
                    and not any(nxt.start <= d.evidence.start < nxt.end for _, d in _cas(out))
                ):
                    out[j] = replace(c, injured=1)
    if drop:
        return [f for j, f in enumerate(out) if j not in drop]
    return out if out != found else found


def _stem(word: str) -> str:
    irregular = {"woman": "women", "man": "men", "child": "children", "person": "people"}
    return irregular.get(word, word + "s").rstrip("s")


def _read(doc: Document, found: list[Finding]) -> list[Finding]:
    new: list[Finding] = []
    cas = [c for _, c in _cas(found)]
    for sent in doc.sentences:
        for rx in (_AGED, _MEMBERS):
            for m in rx.finditer(sent.text):
                toll = group_toll(doc, sent, m, cas, ("killed", "dead"))
                if toll is not None:
                    new.append(toll)
    return merged(found, new)


def _one_by_one(doc: Document, found: list[Finding]) -> list[Finding]:
    drop: set[int] = set()
    sents = doc.sentences
    cas = _cas(found)
    for j, c in cas:
        if c.injured != 1 or c.killed is not None:
            continue
        idx = sentence_of(doc, c.evidence.start)
        if idx <= 0 or _ONE.match(sents[idx].text) is None:
            continue
        before = [
            d
            for _, d in cas
            if d is not c
            and (d.injured or 0) >= 2
            and idx - 2 <= sentence_of(doc, d.evidence.start) < idx
        ]
        after = " ".join(s.text for s in sents[idx : idx + 3])
        if before and _SECOND.search(after, len(sents[idx].text) // 3):
            drop.add(j)
    return [f for j, f in enumerate(found) if j not in drop] if drop else found


def _superseded(doc: Document, found: list[Finding]) -> list[Finding]:
    drop: set[int] = set()
    sents = doc.sentences
    cas = _cas(found)
    for j, c in cas:
        idx = sentence_of(doc, c.evidence.start)
        if idx <= 0 or _EARLIER.match(sents[idx].text) is None:
            continue
        if not any(_RISEN.search(s.text) for s in sents[:idx]):
            continue
        for _, d in cas:
            didx = sentence_of(doc, d.evidence.start)
            if d is c or didx < 0 or didx >= idx:
                continue
            if (c.injured is not None and d.injured is not None and d.injured > c.injured) or (
                c.killed is not None and d.killed is not None and d.killed > c.killed
            ):
                drop.add(j)
                break
    return [f for j, f in enumerate(found) if j not in drop] if drop else found

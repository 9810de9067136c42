"""Round n35's casualty revisions, run after round n34's (:func:`revise`).

Real ISPR, Dawn and regional copy (the real6 page set) showed casualty shapes the earlier
readers got wrong:

- ISPR's martyrdom idiom with an elliptical second harm: "one civilian has embraced
  martyrdom and one is injured", "One sepoy embraced martyrdom while another was
  injured" - the injured "one"/"another" belongs to the same record (the conventions'
  "another" continuing a counted harm list), and a bare "N X embraced martyrdom" with no
  auxiliary was not read at all;
- a headline "Two girls among six wounded in ..." gave the group of the share ("girls")
  to the whole figure too (children 6): the figure after "among" is everyone harmed, so
  it is dropped when the body states the same toll and is "people" otherwise;
- "Four men of Pakistan Army have been injured" restating "four army personnel were
  injured" two paragraphs earlier: a unit's "men of the army" toll equal to an earlier
  record of the same harm is that record told again;
- a page repeating its headline above the body with web chrome between ("1 min read",
  a photo caption glued to the copy): the copy is no title of its own, so the headline
  check kept it beside the body's toll; a toll read from a verbatim copy of an earlier
  headline is dropped when a later sentence states the same toll;
- an earlier day fronted by "A day earlier," / "The day before," in simple past ("A day
  earlier, Pakistan mourned the loss of 31 lives") is background
  (:func:`pipeline.extract._n35strike.day_before`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._bodylits import body_has
from pipeline.extract._headlines import titles
from pipeline.extract._n35strike import day_before
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Evidence, Finding
from pipeline.extract.numbers import find_quantities

__all__ = ["revise"]

_MARTYR = re.compile(
    r"\b(?P<n>[A-Za-z]+|\d{1,3})\s+(?P<g>[a-z]+s|[a-z]+)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:embraced|attained)\s+(?:shahadat|martyrdom)\b"
)
"""A counted group's martyrdom: "two civilians have embraced martyrdom"."""
_SECOND = re.compile(
    r"\s*,?\s+(?:and|while|whereas)\s+(?P<n>one|another|two|three|four|five|six|\d{1,2})\s+"
    r"(?:others?\s+)?(?:is|was|has\s+been|have\s+been|are|were|got)\s+(?:also\s+)?"
    r"(?:seriously\s+|critically\s+|slightly\s+)?(?:injured|wounded|hurt)\b"
)
"""The elliptical injured share after the martyred: "and one is injured"."""
_AMONG = re.compile(
    r"\b(?:[A-Za-z]+|\d{1,3})\s+[a-z]+\s+among\s+(?P<n>[A-Za-z]+|\d{1,4})\s+"
    r"(?:wounded|injured|killed|dead|hurt)\b"
)
"""A headline share: "Two girls among six wounded"."""
_PER_DAY = re.compile(
    r"(?P<n>\d{1,3})\s+(?P<g>people|persons|civilians|residents)\s+(?:were|have\s+been)\s+"
    r"(?P<k>injured|wounded|killed)\s+in\s+the\s+(?:region|oblast|district|city|community)\s+"
    r"per\s+day\b(?P<c>\s*:)?"
)
"""A translated day summary ("In total, 4 people were injured in the region per day: ...")."""
_SHARE = re.compile(r"(?:^\s*|,\s*|\band\s+)(?P<n>\d{1,3})\s+in\s+(?:the\s+)?[A-Z][\w'-]+")
_MEN_OF = re.compile(r"\bmen\s+of\s+(?:the\s+|our\s+)?(?:[A-Z][a-z]+\s+)?(?:Army|army)\b")


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n35's casualty revisions."""
    found = day_before(doc, found, Casualty)
    body = doc.body
    if body_has(body, "martyr"):
        found = _martyrs(doc, found)
    if body_has(body, " among "):
        found = _among(doc, found)
    if body_has(body, "per day"):
        found = _per_day(doc, found)
    if len(doc.sentences) > 2:
        found = _headline_copies(doc, found)
    if body_has(body, "men of "):
        found = _men_of(doc, found)
    return found


def _count(text: str) -> int | None:
    if text.lower() == "another":
        return 1
    qs = [q for q in find_quantities(text) if q.total is None]
    return qs[0].value if len(qs) == 1 else None


def _martyrs(doc: Document, found: list[Finding]) -> list[Finding]:
    out = list(found)
    for sent in doc.sentences:
        for m in _MARTYR.finditer(sent.text):
            n = _count(m.group("n"))
            if n is None or n < 1:
                continue
            start, end = sent.start + m.start(), sent.start + m.end()
            tail = _SECOND.match(sent.text, m.end())
            hurt = _count(tail.group("n")) if tail else None
            if tail is not None:
                end = sent.start + tail.end()
            hit = [
                j
                for j, f in enumerate(out)
                if isinstance(f, Casualty) and f.evidence.start < end and start < f.evidence.end
            ]
            if hit:
                f = out[hit[0]]
                assert isinstance(f, Casualty)
                if hurt is not None and f.killed == n and f.injured is None:
                    out[hit[0]] = replace(
                        f, injured=hurt, evidence=Evidence(doc.body[start:end], start, end)
                    )
                continue
            out.append(bare_casualty(doc, start, end, m.group("g"), n, hurt, "exact"))
    return sorted(out, key=lambda f: f.evidence.start)


def _among(doc: Document, found: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    cas = [f for f in found if isinstance(f, Casualty)]
    for f in found:
        if isinstance(f, Casualty):
            idx = sentence_of(doc, f.evidence.start)
            m = _AMONG.search(doc.sentences[idx].text) if idx >= 0 else None
            n = _count(m.group("n")) if m else None
            if n is not None and n in (f.killed, f.injured) and f.group != "people":
                fig = f.killed, f.injured
                if any(
                    (g.killed, g.injured) == fig and sentence_of(doc, g.evidence.start) != idx
                    for g in cas
                ):
                    continue  # the body states the same toll
                f = replace(f, group="people")
        out.append(f)
    return out


def _men_of(doc: Document, found: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Casualty) and f.group == "men" and _MEN_OF.search(f.evidence.text):
            fig = f.killed, f.injured
            if any(
                isinstance(g, Casualty)
                and g is not f
                and g.evidence.start < f.evidence.start
                and (g.killed, g.injured) == fig
                for g in found
            ):
                continue  # "Four men of Pakistan Army" restating "four army personnel"
        out.append(f)
    return out


def _per_day(doc: Document, found: list[Finding]) -> list[Finding]:
    new: list[Finding] = []
    for sent in doc.sentences:
        m = _PER_DAY.search(sent.text)
        if m is None:
            continue
        total = re.match(r"\W{0,3}In\s+total\b", sent.text) is not None
        if not (total or m.group("c")):
            continue  # "5 people are injured per day" stays a rate
        if any(
            isinstance(f, Casualty) and f.evidence.start < sent.end and sent.start < f.evidence.end
            for f in found
        ):
            continue
        dead = m.group("k") == "killed"
        end = m.start("c") if m.group("c") else m.end()
        new.append(
            _record(
                doc,
                sent.start + m.start(),
                sent.start + end,
                m.group("g"),
                int(m.group("n")),
                dead,
            )
        )
        if not m.group("c"):
            continue
        tail = sent.text[m.end() :]
        for t in _SHARE.finditer(tail):
            at = sent.start + m.end() + t.start("n")
            new.append(
                _record(doc, at, sent.start + m.end() + t.end(), "people", int(t.group("n")), dead)
            )
    if not new:
        return found
    return sorted([*found, *new], key=lambda f: f.evidence.start)


def _record(doc: Document, start: int, end: int, group: str, n: int, dead: bool) -> Casualty:
    return bare_casualty(doc, start, end, group, n if dead else None, None if dead else n, "exact")


def _headline_copies(doc: Document, found: list[Finding]) -> list[Finding]:
    cas = [f for f in found if isinstance(f, Casualty)]
    if len(cas) < 2:
        return found
    heads = titles(doc)
    seen = {doc.sentences[i].text.strip() for i in heads}
    drop: set[int] = set()
    for f in cas:
        idx = sentence_of(doc, f.evidence.start)
        if idx < 1 or idx in heads:
            continue
        text = doc.sentences[idx].text.strip()
        if text not in seen or not any(
            doc.sentences[j].text.strip() == text for j in range(idx) if j in heads
        ):
            continue
        fig = f.killed, f.injured
        if any(
            (g.killed, g.injured) == fig
            and g.evidence.start > doc.sentences[idx].end
            and doc.sentences[sentence_of(doc, g.evidence.start)].text.strip() != text
            for g in cas
        ):
            drop.add(id(f))
    if not drop:
        return found
    return [f for f in found if id(f) not in drop]

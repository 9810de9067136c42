"""Round c70's casualty readings (helper h_gen_c70, ``dev_numeric119``), hooked last in
:func:`pipeline.extract._n28cas.revise`, after ``_n68rep``.

Real pages (studied, never copied; real16, real18, real26, real27) leave six general
shapes the earlier readers miss or over-count:

- a birth year read as a count: "The driver, born in 1,978, suffered shrapnel wounds" - a
  figure of a record that is the year after "born in" is no count;
- bodies recovered under a raised toll: "The death toll ... has risen to 17. Rescuers had
  pulled 9 bodies out of the ruins" - the bodies are part of the raised toll (the
  ``dev_numeric43`` call), no record; the injured figure the bodies' record took goes to
  the raised toll when it has none;
- the harmed identified by age after a toll's colon: "Five people were wounded: two men, 34
  and 58, and three women, aged 19, 47 and 80" - no record for the items (the
  ``dev_numeric48`` call "The dead are a 67-year-old man and two women aged 45 and 71");
- a past attack dated inside its subject: "A rocket strike late last month killed 9
  civilians, among them two children" is background like a fronted "Last month, ...";
  its figures are dropped also where a completion hung them on the day's toll;
- condition shares the share readers miss: "Three of the wounded victims were in a 'grave
  condition'", "..., with three said to be in critical condition" after an injured toll
  (the written condition-subgroup rule: injured N, "people");
- a named group's injured joined to "M person(s) died": "4 residents were wounded and 1
  person died" is one record of that group (M/N), not when the second toll is placed apart.

Literal gates per document run before any regex.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import anchored_casualty
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import find_quantities

__all__ = ["revise"]

_PLAIN = frozenset({"people", "persons", "individuals"})
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_BORN = re.compile(r"\bborn\s+in\s+(?:the\s+year\s+)?(\d[\d,.]*\d)")
_RAISED = re.compile(
    r"\b(?:has|have|had)?\s*(?:risen|rose|rises|climbed|increased|grown|reached)\s+to\b", re.I
)
_BODIES = re.compile(
    r"\bbod(?:ies|y)\b[^.;:]{0,40}?\b(?:retrieved|recovered|pulled|found|removed)\b|"
    r"\b(?:retrieved|recovered|pulled(?:\s+out)?|found|removed)\s+(?:the\s+)?[\w,]+\s+bodies\b",
    re.I,
)
_AGES = re.compile(r"\baged\s+\d|\b\d+-year-old\b|,\s*\d{1,2}\s*(?:,|\band\b)", re.I)
_PAST = re.compile(
    r"^(?:An?|The)\s+(?:[\w-]+\s+){0,6}?(?:(?:late|early|earlier)\s+last|last)\s+"
    r"(?:month|year)\s+(?:had\s+)?(?:killed|left|injured|wounded|claimed)\b"
)
_SHARE = re.compile(
    r"\b(?P<n>" + _NUM + r")\s+of\s+(?:the|those)\s+(?:wounded|injured)(?:\s+victims|\s+people)?"
    r"\s+(?:were|was|are|is)\s+(?:still\s+)?in\s+(?:a\s+)?[\"“”']?(?:serious|severe|critical|grave)"
    r"|,\s+with\s+(?P<m>" + _NUM + r")\s+(?:reported|said)\s+to\s+be\s+in\s+(?:a\s+)?"
    r"(?:serious|severe|critical|grave)\s+condition",
    re.I,
)


def _figure(text: str) -> int | None:
    qs = find_quantities(text)
    return qs[0].value if len(qs) == 1 and qs[0].value is not None else None


def _born(doc: Document, cas: list[Casualty]) -> dict[int, Casualty | None]:
    """Records whose figure is a birth year: the figure cleared, the record dropped if empty."""
    out: dict[int, Casualty | None] = {}
    for c in cas:
        m = _BORN.search(doc.body, max(0, c.evidence.start - 60), c.evidence.end + 10)
        if m is None:
            continue
        year = int(re.sub(r"[,.]", "", m.group(1)))
        killed = None if c.killed == year else c.killed
        injured = None if c.injured == year else c.injured
        if (killed, injured) == (c.killed, c.injured):
            continue
        out[id(c)] = (
            None
            if killed is None and injured is None
            else replace(c, killed=killed, injured=injured)
        )
    return out


def _bodies(doc: Document, cas: list[Casualty], out: dict[int, Casualty | None]) -> None:
    """Bodies recovered under a larger raised toll are part of it."""
    raised: dict[int, list[Casualty]] = {}
    for c in cas:
        if (
            c.killed is not None
            and c.group in _PLAIN
            and _RAISED.search(doc.body, c.evidence.start, c.evidence.end + 40)
        ):
            raised.setdefault(sentence_of(doc, c.evidence.start), []).append(c)
    if not raised:
        return
    for c in cas:
        if c.killed is None or id(c) in out or not _BODIES.search(c.evidence.text):
            continue
        idx = sentence_of(doc, c.evidence.start)
        heads = [
            r
            for j in (idx - 2, idx - 1, idx)
            for r in raised.get(j, [])
            if r is not c and r.evidence.start < c.evidence.start and (r.killed or 0) > c.killed
        ]
        if not heads:
            continue
        head = heads[-1]
        out[id(c)] = None
        if c.injured is not None and head.injured is None and id(head) not in out:
            out[id(head)] = replace(head, injured=c.injured)


def _agelist(doc: Document, cas: list[Casualty], out: dict[int, Casualty | None]) -> None:
    """Items after a toll's colon that identify the harmed by age: no record."""
    bysent: dict[int, list[Casualty]] = {}
    for c in cas:
        bysent.setdefault(sentence_of(doc, c.evidence.start), []).append(c)
    for idx, mine in bysent.items():
        if idx < 0 or len(mine) < 2:
            continue
        s = doc.sentences[idx]
        colon = s.text.find(":")
        if colon < 0 or not _AGES.search(s.text, colon):
            continue
        cut = s.start + colon
        heads = [b for b in mine if b.evidence.start < cut]
        for c in mine:
            if c.evidence.start < cut or id(c) in out:
                continue
            dead = c.killed is not None
            n = (c.killed if dead else c.injured) or 0
            if any(((b.killed if dead else b.injured) or 0) > n for b in heads):
                out[id(c)] = None


def _background(doc: Document, cas: list[Casualty], out: dict[int, Casualty | None]) -> None:
    """A past attack dated in its subject: its records dropped, its figures cleared."""
    past: dict[int, set[int]] = {}
    for k, s in enumerate(doc.sentences):
        if "last " in s.text and _PAST.search(s.text):
            past[k] = {q.value for q in find_quantities(s.text) if q.value is not None}
    if not past:
        return
    for c in cas:
        idx = sentence_of(doc, c.evidence.start)
        if idx in past:
            out[id(c)] = None
            continue
        cur = out.get(id(c), c)
        if cur is None or cur.killed is None:
            continue
        near = [past[j] for j in (idx + 1, idx + 2) if j in past]
        if any(cur.killed in vals for vals in near) and not _figure_in(doc, idx, cur.killed):
            out[id(c)] = None if cur.injured is None else replace(cur, killed=None)


def _figure_in(doc: Document, idx: int, n: int) -> bool:
    if idx < 0:
        return True
    return any(q.value == n for q in find_quantities(doc.sentences[idx].text))


def _shares(doc: Document, cas: list[Casualty], added: list[Finding]) -> None:
    """Condition shares of an injured toll the share readers miss."""
    for k, s in enumerate(doc.sentences):
        text = s.text
        if "condition" not in text and "severe" not in text and "critical" not in text:
            continue
        for m in _SHARE.finditer(text):
            key = "n" if m.group("n") else "m"
            n = _figure(m.group(key))
            start, end = s.start + m.start(key), s.start + m.end()
            if n is None or any(f.evidence.start < end and start < f.evidence.end for f in cas):
                continue
            lo = doc.sentences[max(0, k - 2)].start
            base = [f for f in cas if lo <= f.evidence.start < start and (f.injured or 0) > n]
            if not base:
                continue
            rec = anchored_casualty(doc, start, end, "people", None, n, base[-1])
            cas.append(rec)
            added.append(rec)


_JOIN = re.compile(r"\s*(?:,\s*)?and\s+$")
_LEADS = re.compile(_NUM + r"\s+(?:person|people)\b", re.I)


def _joined(doc: Document, cas: list[Casualty], out: dict[int, Casualty | None]) -> None:
    """ "6 civilians were wounded and 1 person died": one record of the named group."""
    starts: dict[int, list[Casualty]] = {}
    for b in cas:
        if b.group in _PLAIN and b.injured is None and b.killed is not None:
            starts.setdefault(b.evidence.start, []).append(b)
    if not starts:
        return
    for a in cas:
        if a.killed is not None or a.injured is None or a.group in _PLAIN or id(a) in out:
            continue
        for at in range(a.evidence.end, a.evidence.end + 13):
            hit = [b for b in starts.get(at, []) if id(b) not in out]
            if not hit:
                continue
            b = hit[0]
            if (
                _JOIN.match(doc.body, a.evidence.end, b.evidence.start) is not None
                and _LEADS.match(b.evidence.text) is not None
            ):
                out[id(a)] = replace(a, killed=b.killed)
                out[id(b)] = None
            break


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop birth years, bodies under a raised toll, age lists and dated past attacks; add
    missed condition shares."""
    body = doc.body
    born = "born in" in body
    bodies = "bod" in body
    ages = ":" in body and ("aged" in body or "year-old" in body or ", " in body)
    past = "last month" in body or "last year" in body
    shares = " condition" in body
    joined = " died" in body or " killed" in body
    if not (born or bodies or ages or past or shares or joined):
        return found
    cas = [f for f in found if isinstance(f, Casualty)]
    if not cas:
        return found
    out: dict[int, Casualty | None] = _born(doc, cas) if born else {}
    if bodies:
        _bodies(doc, cas, out)
    if ages:
        _agelist(doc, cas, out)
    if past:
        _background(doc, cas, out)
    if joined:
        _joined(doc, cas, out)
    res: list[Finding] = found
    if out:
        res = []
        for f in found:
            if isinstance(f, Casualty) and id(f) in out:
                new = out[id(f)]
                if new is not None:
                    res.append(new)
            else:
                res.append(f)
    if shares:
        kept = [f for f in res if isinstance(f, Casualty)]
        added: list[Finding] = []
        _shares(doc, kept, added)
        if added:
            res = res + added
    return res

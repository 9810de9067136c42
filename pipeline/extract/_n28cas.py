"""Round n28's casualty revisions: a killed-only toll completed by a later wounded figure.

Romance and German copy often gives a toll's dead first and its wounded in a clause or
sentence of its own that only makes sense as the same toll's continuation:

- "At least nine people have died and another 34 have resulted wounded" (same sentence);
- "... caused the death of three people. The balance of wounded ascended to 14";
- "The number of dead ... has risen to four. ... The number of injured he now put at 17";
- "killed 27 people since dawn. Among the victims are eight children, specified the
  spokesman, who reported also some sixty wounded" (the wounded are the toll's, not the
  children's).

The earlier readers leave such a figure as a record of its own, attach it to the
subgroup of its sentence, or miss it. :func:`revise` gives it to the largest killed-only
record of the same or the two sentences before (same paragraph, or the paragraph right
before for a trailing clause), drops the record it made on its own and strips it from a
subgroup, then lets the ticker order (:func:`older_entries`) drop an older entry the
completed toll now replaces. A record with both figures is never touched, nor one in a
sentence fronted by another place ("In Kharkiv, ...").

Also here: "Rescuers had pulled three more bodies from the rubble" after a risen toll is
the increment of that toll, no record of its own (:func:`_more_bodies`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import (
    _c70cas,
    _c72cas,
    _c74cas,
    _c75cas,
    _c76cas,
    _c77cas,
    _n27cas,
    _n29cas,
    _n30cas,
    _n32cas,
    _n33cas,
    _n34cas,
    _n35cas,
    _n37cas,
    _n38cas,
    _n40cas,
    _n41cas,
    _n42cas,
    _n45cas,
    _n47cas,
    _n48cas,
    _n51cas,
    _n52cas,
    _n53cas,
    _n54cas,
    _n55cas,
    _n56cas,
    _n57cas,
    _n58cas,
    _n59cas,
    _n60cas,
    _n61cas,
    _n63cas,
    _n64cas,
    _n65cas,
    _n66cas,
    _n67cas,
    _n68cas,
    _n68rep,
)
from pipeline.extract._casualty_ticker import older_entries
from pipeline.extract._casualty_update import replaces
from pipeline.extract._n25update import value
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Evidence, Finding

__all__ = ["revise"]

_N = r"(?:at\s+least\s+|some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+)?(?P<n>[\w,.]+)"
_HURT = r"(?:wounded|injured|hurt)"
_SAME = re.compile(
    rf",?\s+and\s+(?:another|other|a\s+further)\s+{_N}\s+(?:people\s+|persons\s+)?"
    rf"(?:have\s+|has\s+|had\s+)?(?:resulted|remained|ended\s+up|been|were|are)?\s*{_HURT}\b",
    re.I,
)
_LATER = (
    re.compile(
        rf"\b(?:the\s+)?(?:balance|number|toll|count|figure)\s+of\s+(?:the\s+)?{_HURT}"
        rf"(?:\s+\w+){{0,3}}?\s+(?:ascended|rose|risen|climbed|increased|went\s+up|grew|reached|"
        rf"now\s+put\s+at|put\s+at|stood\s+at|stands\s+at|elevated)\s+(?:to\s+)?{_N}",
        re.I,
    ),
    re.compile(
        rf"\b(?:reported|deplored|counted|registered|mentioned|reports|deplores|counts)\s+"
        rf"also\s+{_N}\s+{_HURT}\b",
        re.I,
    ),
)
"""The forms of a later wounded figure that complete a killed-only toll."""


def _later(text: str, pos: int = 0) -> re.Match[str] | None:
    hits = [m for rx in _LATER if (m := rx.search(text, pos)) is not None]
    return min(hits, key=lambda m: m.start()) if hits else None


_FIGURE = re.compile(r"[\w,.]+\s+(?:wounded|injured|hurt)\b", re.I)
_PLAIN = frozenset({"people", "persons", "civilians", "residents"})
"""Groups a later plain "N wounded" completes (a named group's dead stay apart from it)."""
_OTHER_PLACE = re.compile(r"^(?:In|At|Near)\s+(?:the\s+)?[A-Z]")
_MORE_BODIES = re.compile(
    r"\b(?:recovered|pulled|found|retrieved|removed)\s+(?:the\s+bodies\s+of\s+)?\w+\s+more\s+"
    r"(?:bodies|residents|people|persons|victims)\b|\bbodies\s+of\s+\w+\s+more\b",
    re.I,
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n27's revision and round n28's."""
    found = _n27cas.revise(doc, found)
    found = _more_bodies(doc, found)
    done = _completed(doc, found)
    if done is not found and "+++" in doc.body:
        done = older_entries(doc, done, replaces)
    done = _n33cas.revise(doc, _n32cas.revise(doc, _n30cas.revise(doc, _n29cas.revise(doc, done))))
    done = _n38cas.revise(doc, _n37cas.revise(doc, _n35cas.revise(doc, _n34cas.revise(doc, done))))
    done = _n42cas.revise(doc, _n41cas.revise(doc, _n40cas.revise(doc, done)))
    done = _n51cas.revise(doc, _n48cas.revise(doc, _n45cas.revise(doc, _n47cas.revise(doc, done))))
    done = _n55cas.revise(doc, _n54cas.revise(doc, _n53cas.revise(doc, _n52cas.revise(doc, done))))
    done = _n57cas.revise(doc, _n56cas.revise(doc, done))  # h_fix_n57: recaps, shares
    done = _n58cas.revise(doc, done)  # h_fix_n58: harmed, prior reports, morgues
    done = _n59cas.revise(doc, done)  # h_fix_n59: a headline's toll restated below
    done = _n60cas.revise(doc, done)  # h_fix_n60: age words, injury nouns, corrections
    done = _n61cas.revise(doc, done)  # h_fix_n61: a family's children, a split toll's 2nd group
    done = _n63cas.revise(doc, done)  # h_fix_n63: recalls, bodies pairs, hospital intakes
    done = _n64cas.revise(doc, done)  # h_fix_n64: "N of those injured was ..." subgroups
    done = _n65cas.revise(doc, done)  # h_fix_n65: "... and another person died"
    done = _n66cas.revise(doc, done)  # h_fix_n66: "N more lives", "another ... and M injured"
    done = _n67cas.revise(doc, done)  # h_fix_n67: "claimed N more lives", evacuees, quoted hurts
    done = _n68cas.revise(doc, done)  # h_gen_n68: victims, subgroup shares, morgues
    done = _n68rep.revise(doc, done)  # h_gen_n68: second voices, superseded, tallies
    done = _c70cas.revise(doc, done)  # h_gen_c70: birth years, bodies, age lists, shares
    done = _c72cas.revise(doc, done)  # h_gen_c72: a lone toll's dead and wounded far apart
    # h_gen_c74: restated and updated tolls; h_gen_c75: a subgroup given another group's figure
    done = _c75cas.revise(doc, _c74cas.revise(doc, done))
    # h_gen_c76: split tolls joined, updates replace; h_gen_c77: date digits, dated recalls
    return _c77cas.revise(doc, _c76cas.revise(doc, done))


def _completed(doc: Document, found: list[Finding]) -> list[Finding]:
    out = list(found)
    cas = [(i, f) for i, f in enumerate(out) if isinstance(f, Casualty)]
    # each wounded figure goes to the largest killed-only record that it can complete (a
    # subgroup - "Among the victims are eight children" - is never larger than its total)
    best: dict[int, tuple[int, int, Casualty, bool]] = {}  # offset -> (value, index, head, apart)
    for i, head in cas:
        if head.killed is None or head.injured is not None:
            continue
        idx = sentence_of(doc, head.evidence.start)
        hit = _completion(doc, idx, head.evidence.end) if idx >= 0 else None
        if hit is None:
            continue
        at, n, same = hit
        apart = not same and head.group not in _PLAIN  # "two port workers were killed and
        # the number of injured rose to 14": the named group's dead and people's wounded
        if any(
            isinstance(c, Casualty) and c.injured == n and (c.killed or 0) > head.killed
            for c in out
            if abs(c.evidence.start - at) < 400
        ):
            continue  # the figure is with a larger toll already ("44 Palestinians ..., 18 of
            # them minors, and another 122 were wounded")
        prev = best.get(at)
        if prev is None or prev[2].killed is None or head.killed > prev[2].killed:
            best[at] = (n, i, head, apart)
    if not best:
        return found
    drop: set[int] = set()
    extra: list[Finding] = []
    for at, (n, i, head, apart) in best.items():
        where = sentence_of(doc, at)
        stripped = False
        for j, c in cas:
            if j == i or sentence_of(doc, c.evidence.start) != where:
                continue
            if c.injured == n and c.killed is None and c.evidence.end > at - 40 and not apart:
                drop.add(j)  # "The number of injured he now put at 17": its own record
            elif (
                c.injured == n
                and c.killed is not None
                and c.killed < (head.killed or 0)
                and c.evidence.start < at
            ):
                out[j] = replace(c, injured=None)  # "..., which deplored also 31 wounded"
                stripped = True
        if not apart:
            out[i] = replace(head, injured=n)
        elif stripped:  # the wounded of a named group's toll: people, a record of their own
            m = _FIGURE.match(doc.body, at)
            end = m.end() if m else at
            ev = Evidence(doc.body[at:end], at, end)
            extra.append(replace(head, evidence=ev, group="people", killed=None, injured=n))
    kept = [f for k, f in enumerate(out) if k not in drop]
    return sorted([*kept, *extra], key=lambda f: f.evidence.start) if extra else kept


def _completion(doc: Document, idx: int, end: int) -> tuple[int, int, bool] | None:
    """(body offset, figure, whether "another N") of the wounded figure completing a toll
    ending at ``end``."""
    sent = doc.sentences[idx]
    m = _SAME.match(sent.text, end - sent.start)
    if m is None:
        m2 = _SAME.search(sent.text, end - sent.start, min(len(sent.text), end - sent.start + 4))
        m = m2
    if m is not None:
        n = value(m.group("n"))
        return (sent.start + m.start("n"), n, True) if n is not None else None
    m = _later(sent.text, end - sent.start)
    if m is not None:
        n = value(m.group("n"))
        return (sent.start + m.start("n"), n, False) if n is not None else None
    for k in (idx + 1, idx + 2):
        if k >= len(doc.sentences):
            return None
        nxt = doc.sentences[k]
        if nxt.paragraph != sent.paragraph and not (
            k == idx + 1 and nxt.paragraph == sent.paragraph + 1 and "also" in nxt.text
        ):
            return None
        if _OTHER_PLACE.match(nxt.text):
            return None
        m = _later(nxt.text)
        if m is not None:
            n = value(m.group("n"))
            return (nxt.start + m.start("n"), n, False) if n is not None else None
    return None


def _more_bodies(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop "Rescuers had recovered two more bodies" after a risen toll: its increment."""
    if " more " not in doc.body:
        return found
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Casualty) and f.injured is None and f.killed is not None:
            idx = sentence_of(doc, f.evidence.start)
            sent = doc.sentences[idx] if idx >= 0 else None
            if sent is not None and any(
                sent.start + m.start() < f.evidence.end and f.evidence.start < sent.start + m.end()
                for m in _MORE_BODIES.finditer(sent.text)
            ):
                continue
        out.append(f)
    return out

"""Round n52's casualty revisions: continued tolls, "N other", hospital figures, background.

A fixing round on real regional shelling tallies, Kashmir border copy and IDF/Hezbollah
reports found shapes the earlier readers got wrong:

- "1 person was killed, another 2 – were injured" (a dash before the verb) left the injured
  out: :func:`joined` reads "another N" continuing the killed toll, and "Another man, who was
  injured, ..." opening the next sentence after a killed-only toll of men is one injured more;
- "A local official and three other members ... were killed" counts the named one too
  (:func:`others`: N + 1), and "one Army jawan and a civilian porter ... were killed" is one
  of that group (:func:`one_and_a`: the second person, uncounted, stays no count);
- hospital figures told after an injured toll ("5 victims ... remained in hospitals",
  "Among the patients are 2 children") are care shares, their own records (:func:`hospital`);
- a toll told again ("confirming the deaths of two ..." then "confirmed ... had killed two
  terrorists"; a doubled headline's toll then the body's), a rival outlet's count ("with
  some outlets saying nine ..."), a range of conflicting reports, a toll in a paragraph
  fronted by a full past date ("On October 7, 2023, ..."), a clash's toll in a relative clause
  of a "have risen since/after" sentence and "X said on Sunday that ... had killed" in a
  story told on another weekday are no records (:func:`background`).

Each pass is gated on a literal before its regex runs and works on the sentences of its own
matches through the bisected sentence index, so long documents stay linear.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_casualty, small_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Evidence, Finding

__all__ = ["revise"]

_NUM = r"\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?"
_ANOTHER = re.compile(
    rf",?\s*another\s+(?P<n>{_NUM})\s*[–—-]?\s*(?:were|was)\s+(?:injured|wounded)\b"
)
_NEXT_ONE = re.compile(
    r"^\W*Another\s+(?P<g>man|woman|soldier|person|child|boy|girl|civilian|resident)\b,?\s+"
    r"who\s+(?:was|had\s+been)\s+(?:injured|wounded)\b"
)
_OTHERS = re.compile(
    r"\b(?:A|An|One)\s+(?:[\w'’-]+\s+){1,4}?and\s+"
    rf"(?P<n>{_NUM})\s+other\s+(?:[\w'’-]+\s+){{1,6}}?(?:were|have\s+been|had\s+been)\s+killed\b"
)
_PERSON = (
    r"soldier|jawan|officer|policeman|civilian|man|woman|child|boy|girl|resident|fighter"
    r"|guard|driver|medic|rescuer|worker|farmer|teacher|journalist|trooper"
)
_ONE_AND_A = re.compile(
    rf"\b[Oo]ne\s+(?P<g>(?:[A-Z][a-z]+\s+)?(?:{_PERSON}))\s+and\s+an?\s+(?:[\w'’-]+\s+){{1,6}}?"
    r"(?:were|had\s+been|have\s+been)\s+killed\b"
)
_REMAIN = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:victims|injured|wounded|people|patients)\b[^.;]{{0,60}}?\b"
    r"(?:remained|remain|still\s+remain|are\s+still|were\s+still)\s+in\s+(?:the\s+)?hospitals?\b"
)
_PATIENTS = re.compile(
    rf"\bAmong\s+the\s+(?:patients|hospitali[sz]ed)\s+(?:are|were)\s+(?P<n>{_NUM})\s+"
    r"(?P<g>[a-z]+(?:ren|s))\b"
)
_RIVAL = re.compile(r"\b(?:some|other)\s+(?:outlets|media|reports)\s+saying\b")
_CONFLICT = re.compile(
    r"\b(?:Conflicting|Differing|Varying)\s+(?:reports|estimates|accounts)\s+(?:put|place)s?\s+"
    r"the\s+(?:death\s+)?toll\s+between\b"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_PAST_DATE = re.compile(rf"^\W*On\s+{_MONTH}\s+\d{{1,2}},\s+(?:19|20)\d\d,")
_CLASH = re.compile(
    r"\b(?:since|after)\s+(?:a|an|the)\s+[^.]{0,160}?,\s*which\s+(?:led\s+to|resulted\s+in|"
    r"caused|left)\s+(?:the\s+)?deaths?\s+of\b"
)
_RISEN = re.compile(
    r"\bha(?:ve|s)\s+(?:risen|grown|escalated|soared|increased|mounted|soured|worsened|deteriorated|flared)\b"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_SAID_ON = re.compile(
    rf"\b(?:said|reported|announced|claimed)\s+on\s+(?P<d>{_WEEKDAYS})\s+that\b[^.]{{0,80}}?"
    r"\bhad\s+(?:killed|been\s+killed)\b"
)
_PLURAL = {"man": "men", "woman": "women", "child": "children", "person": "people"}
_DAY = re.compile(rf"\b(?:on\s+)?(?P<d>{_WEEKDAYS})\b")


def _in(f: Finding, lo: int, hi: int) -> bool:
    return isinstance(f, Casualty) and lo <= f.evidence.start < hi


def joined(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "another N – were injured" and "Another man, who was injured" joined."""
    body = doc.body
    if not body_has(body, "nother"):
        return found
    out = list(found)
    for i, f in enumerate(out):
        if not isinstance(f, Casualty) or f.killed is None or f.injured is not None:
            continue
        end = f.evidence.end
        m = (
            _ANOTHER.match(body, end, min(len(body), end + 40))
            if body_has(body, "another")
            else None
        )
        if m is not None and (n := small_count(m.group("n"))) is not None:
            ev = Evidence(body[f.evidence.start : m.end()], f.evidence.start, m.end())
            out[i] = replace(f, injured=n, evidence=ev)
            continue
        idx = sentence_of(doc, f.evidence.start)
        if idx < 0 or idx + 1 >= len(doc.sentences) or "Another" not in doc.sentences[idx + 1].text:
            continue
        nxt = doc.sentences[idx + 1]
        m2 = _NEXT_ONE.match(nxt.text)
        if m2 is None or f.group.lower() not in (
            (g := m2.group("g")),
            g + "s",
            _PLURAL.get(g, g),
        ):
            continue
        sent = doc.sentences[idx]
        if sum(1 for c in out if _in(c, sent.start, sent.end) and getattr(c, "killed", None)) != 1:
            continue
        if any(_in(c, nxt.start, nxt.end) for c in out):
            continue
        stop = nxt.start + m2.end()
        out[i] = replace(
            f, injured=1, evidence=Evidence(body[f.evidence.start : stop], f.evidence.start, stop)
        )
    return out


def others(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "A X and N other Ys were killed" read as N + 1 and "one X and a Y" as 1."""
    body = doc.body
    if not body_has(body, " other ") and not body_has(body, "ne "):
        return found
    out = list(found)
    for sent in doc.sentences:
        text = sent.text
        if "killed" not in text:
            continue
        if " other " in text:
            for m in _OTHERS.finditer(text):
                n = small_count(m.group("n"))
                lo, hi = sent.start + m.start(), sent.start + m.end()
                hits = [j for j, c in enumerate(out) if _in(c, lo, hi)]
                tolls = [j for j in hits if getattr(out[j], "killed", None) == n]
                if n is not None and not hits:
                    g = text[m.end("n") :].split()[1]
                    out.append(bare_casualty(doc, lo, hi, g, n + 1, None, confidence=0.7))
                if n is None or len(tolls) != 1:
                    continue
                c = out[tolls[0]]
                assert isinstance(c, Casualty)
                out[tolls[0]] = replace(
                    c, killed=n + 1, evidence=Evidence(text[m.start() : m.end()], lo, hi)
                )
                drop = {j for j in hits if j != tolls[0] and getattr(out[j], "killed", None) == 1}
                out = [c for j, c in enumerate(out) if j not in drop]
        if "ne " in text and " and a" in text:
            for m in _ONE_AND_A.finditer(text):
                lo, hi = sent.start + m.start(), sent.start + m.end()
                if any(_in(c, sent.start, sent.end) for c in out):
                    continue
                out.append(bare_casualty(doc, lo, hi, m.group("g"), 1, None, confidence=0.7))
    out.sort(key=lambda f: f.evidence.start)
    return out


def hospital(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "N victims remained in hospital" and "Among the patients are N X"."""
    body = doc.body
    if not body_has(body, "ospital") and not body_has(body, "patients"):
        return found
    first = min(
        (f.evidence.start for f in found if isinstance(f, Casualty) and f.injured is not None),
        default=None,
    )
    if first is None:
        return found
    out = list(found)
    for sent in doc.sentences:
        if sent.start <= first:
            continue
        text = sent.text
        hits: list[tuple[re.Match[str], str]] = []
        if "ospital" in text:
            hits += [(m, "people") for m in _REMAIN.finditer(text)]
        if "patients" in text:
            hits += [(m, m.group("g")) for m in _PATIENTS.finditer(text)]
        for m, g in hits:
            n = small_count(m.group("n"))
            lo, hi = sent.start + m.start(), sent.start + m.end()
            if n is None or any(_in(c, lo, hi) for c in out):
                continue
            out.append(bare_casualty(doc, lo, hi, g, None, n, confidence=0.7))
    out.sort(key=lambda f: f.evidence.start)
    return out


def _restated(doc: Document, cas: list[tuple[int, Casualty]]) -> set[int]:
    """Indexes of tolls told again: a doubled headline's toll, a confirmed toll repeated."""
    drop: set[int] = set()
    sents = doc.sentences
    later: dict[tuple[int | None, int | None], list[tuple[int, int]]] = {}
    for i, c in cas:
        if c.killed is not None:
            later.setdefault((c.killed, c.injured), []).append(
                (i, sentence_of(doc, c.evidence.start))
            )
    doubled = (
        len(sents) > 2 and len(sents[0].text) > 30 and sents[0].text[:30] == sents[1].text[:30]
    )
    for i, c in cas:
        si = sentence_of(doc, c.evidence.start)
        if si < 0 or c.killed is None:
            continue
        s1 = sents[si].text
        head = doubled and si <= 1 and s1[-1:] not in '.!?”"'
        conf = "confirm" in s1 and "death" in c.evidence.text
        if not head and not conf:
            continue
        for j, sj in later[(c.killed, c.injured)]:
            if sj <= si:
                continue
            if head:
                drop.add(i)
                break
            if "confirm" in sents[sj].text:
                drop.add(j)
    return drop


def _told_apart(
    text: str, at: int, c: Casualty, base: int, gates: tuple[bool, bool, bool, bool]
) -> bool:
    """A rival outlet's count, a conflicting range or a clash's toll in a relative clause."""
    if gates[0] and (m := _RIVAL.search(text)) and m.start() < c.evidence.end - base:
        return True
    if gates[1] and _CONFLICT.search(text):
        return True
    return bool(
        gates[2] and _RISEN.search(text) and (m := _CLASH.search(text)) and m.end() <= at + 30
    )


def background(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without restated, rival, conflicting, past-dated and earlier-day tolls."""
    cas = [(i, f) for i, f in enumerate(found) if isinstance(f, Casualty)]
    if not cas:
        return found
    drop = _restated(doc, cas) if len(cas) > 1 else set()
    body = doc.body
    past: dict[int, int] = {}
    for k, s in enumerate(doc.sentences):
        if s.text[:3] == "On " and _PAST_DATE.match(s.text):
            past.setdefault(s.paragraph, k)
    gates = (
        body_has(body, "saying"),
        body_has(body, "toll between"),
        body_has(body, "which "),
        body_has(body, " that "),
    )
    lede_at, lede = -1, None
    for k, s in enumerate(doc.sentences if gates[3] else ()):
        if "day" in s.text and (lede := _DAY.search(s.text)) is not None:
            lede_at = k
            break
    for i, c in cas:
        idx = sentence_of(doc, c.evidence.start)
        if idx < 0:
            continue
        sent = doc.sentences[idx]
        text, at = sent.text, c.evidence.start - sent.start
        if past.get(sent.paragraph, idx + 1) <= idx or _told_apart(text, at, c, sent.start, gates):
            drop.add(i)
        elif lede is not None and (m := _SAID_ON.search(text)) and m.start() <= at:
            drop.update((i,) if m.group("d") != lede.group("d") and idx > lede_at else ())
    if not drop:
        return found
    return [f for i, f in enumerate(found) if i not in drop]


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Round n52's passes over the casualty chain's result."""
    return background(doc, hospital(doc, others(doc, joined(doc, found))))

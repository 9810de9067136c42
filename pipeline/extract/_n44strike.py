"""Round n44's strike readings: counted attacks a sentence's other clause hides.

A phrasing survey of real strike copy (Russian border governors' and Ukrainian regional
tallies, Israeli army counts of Hezbollah fire, daily guided-bomb counts) showed three
general shapes the earlier readers leave unread:

- a counted attack joined by "and" to an air-defence clause of its own sentence ("shelled
  the border villages 18 times and air defences destroyed 11 drones", "carried out 25 air
  strikes ... and the army intercepted three drones"): the outcome makes the whole sentence
  an air-defence report, so the attack clause is never read.  The clause before "and" is
  read as a sentence of its own when it counts attacks ("N times", "N strikes / attacks /
  shellings / raids") and the outcome clause does not point back at it ("of them", "most");
- "aerial targets" in quotation marks (the Israeli army's term, quoted by the agencies):
  "launched 85 "aerial targets" at", "some 40 "aerial targets" were launched toward" are
  ``other`` strikes, and "identified nine "suspicious aerial targets" ..., five of which
  were shot down" is a mixed interception (9/5);
- a per-place count continued elliptically ("dropped 14 guided bombs on the Sumy region
  and 27 on the Kharkiv region", "fired 52 shells at Kherson and another 17 at Bilozerka"):
  the second figure is a strike of the first one's weapon, at the second place.

Each reading adds nothing a strike (or interception) of the same count in its sentence holds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_interception, bare_strike, merged, one_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.document import parse
from pipeline.extract.model import Document, Evidence, Finding, Interception, Strike
from pipeline.extract.speakers import Speakers

__all__ = ["interceptions", "revise"]

_NUM = r"(?:(?:some|about|around|nearly|up\s+to|at\s+least|more\s+than|over)\s+)?(?:[\d,]+|\w+)"
_LAUNCH_WORDS = ("launched ", "fired ", "dropped ", "sent ", "directed ")
_OUTCOME_WORDS = ("shot down", "intercepted", "destroyed", "downed", "neutrali")
_OUTCOME = re.compile(
    r"\b(?:shot\s+down|intercepted|downed|destroyed|neutrali[sz]ed|repelled|suppressed)\b"
)
_OUTCOME_STEMS = (
    "shot",
    "intercepted",
    "downed",
    "destroyed",
    "neutrali",
    "repelled",
    "suppressed",
)
"""A literal of every :data:`_OUTCOME` form: a sentence without one is never searched."""


def _outcome(text: str) -> bool:
    """True when :data:`_OUTCOME` matches in ``text`` (a literal test first)."""
    return any(w in text for w in _OUTCOME_STEMS) and _OUTCOME.search(text) is not None


# "... 18 times and air defences destroyed 11 drones": the "and" before a shoot-down clause
# whose object is a counted noun of its own (never "31 of them", "most of them").
_AND_OUTCOME = re.compile(
    r",?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:shot\s+down|intercepted|downed|destroyed|neutrali[sz]ed)\s+"
    r"(?P<q>" + _NUM + r")\s+(?:[\w-]+\s+){0,2}?"
    r"(?:drones|UAVs|missiles|rockets|projectiles|targets)\b"
)
_COUNTED = re.compile(
    r"\b(?:[\d,]+|\w+)\s+times\b"
    r"|\b(?:carried\s+out|conducted|launched|made|inflicted|delivered)\s+" + _NUM + r"\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strikes|attacks|shellings|raids)\b"
)
_QUOTE = "\"\u201c\u201d'"
_QTARGETS = r"[" + _QUOTE + r"](?:[\w-]+\s+)?(?:aerial|air)\s+targets[" + _QUOTE + r"]"
_Q_STRIKE = re.compile(
    r"\b(?:launched|fired|sent)\s+(?P<q>"
    + _NUM
    + r")\s+"
    + _QTARGETS
    + r"\s+(?:at|toward|towards|into|on|against)\b"
    r"|(?<![\w,])(?P<p>"
    + _NUM
    + r")\s+"
    + _QTARGETS
    + r"\s+(?:were|had\s+been|have\s+been)\s+(?:launched|fired)\s+(?:at|toward|towards|into)\b"
)
_Q_REPORT = re.compile(
    r"\b(?:identified|detected|spotted|tracked|launched|fired)\s+(?P<q>"
    + _NUM
    + r")\s+"
    + _QTARGETS
    + r"[^.;]{0,80}?,\s+(?P<k>"
    + _NUM
    + r")\s+of\s+which\s+(?:were|had\s+been)\s+"
    r"(?:shot\s+down|intercepted|downed|destroyed)\b"
)
_ELLIPSIS = re.compile(
    r"\b(?:launched|fired|dropped|sent|directed)\s+(?P<q>" + _NUM + r")\s+(?:[\w-]+\s+){0,3}?"
    r"(?:drones|UAVs|missiles|rockets|shells|bombs|KABs|projectiles|munitions)\s+"
    r"(?:at|on|toward|towards|into|against)\s+[^,;.]{1,60}?\s+and\s+"
    r"(?:another\s+|a\s+further\s+)?(?P<r>" + _NUM + r")\s+"
    r"(?:at|on|toward|towards|into|against)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?[A-Z]"
)


def _answered(doc: Document, idx: int) -> bool:
    """True when sentence ``idx`` or one of the next two of its paragraph tells an outcome."""
    para = doc.sentences[idx].paragraph
    near = [s for s in doc.sentences[idx : idx + 3] if s.paragraph == para]
    return any(_outcome(s.text) for s in near)


def _clause_strikes(text: str) -> list[Strike]:
    """The strikes the main reader finds in ``text`` read as a sentence of its own."""
    # imported here: strikes imports this module (through _n28strike)
    from pipeline.extract import strikes

    sub = parse(text)
    return [f for f in strikes.find(sub, Speakers(sub)) if isinstance(f, Strike)]


def _counts(doc: Document, found: list[Finding]) -> dict[int, set[int | None]]:
    """The strike counts already read, by sentence."""
    out: dict[int, set[int | None]] = {}
    for f in found:
        if isinstance(f, Strike):
            out.setdefault(sentence_of(doc, f.evidence.start), set()).add(f.count)
    return out


def _before_outcome(doc: Document, found: list[Finding]) -> list[Finding]:
    """Strikes of an attack clause joined by "and" to a shoot-down clause (first shape)."""
    if not any(body_has(doc.body, w) for w in _OUTCOME_WORDS) or not body_has(doc.body, " and "):
        return []
    have = _counts(doc, found)
    new: list[Finding] = []
    for idx, sent in enumerate(doc.sentences):
        if " and " not in sent.text or not _outcome(sent.text):
            continue
        m = _AND_OUTCOME.search(sent.text)
        if m is None:
            continue
        head = sent.text[: m.start()]
        if not _COUNTED.search(head) or _outcome(head):
            continue
        for s in _clause_strikes(head):
            if s.count in have.get(idx, set()):
                continue
            ev = s.evidence
            start, end = sent.start + ev.start, sent.start + ev.end
            if doc.body[start:end] != ev.text:
                continue  # the clause's text moved under parsing: leave it
            new.append(replace(s, evidence=Evidence(ev.text, start, end)))
            have.setdefault(idx, set()).add(s.count)
    return new


def _quoted_targets(doc: Document, found: list[Finding]) -> list[Finding]:
    """``other`` strikes of launched "aerial targets" in quotation marks (second shape)."""
    have = _counts(doc, found)
    new: list[Finding] = []
    for idx, sent in enumerate(doc.sentences):
        if "targets" not in sent.text or _answered(doc, idx):
            continue
        for m in _Q_STRIKE.finditer(sent.text):
            q = one_count(m.group("q") or m.group("p"))
            if q is None or q.value in have.get(idx, set()):
                continue
            new.append(bare_strike(doc, sent.start + m.start(), sent.start + m.end(), "other", q))
            have.setdefault(idx, set()).add(q.value)
    return new


def _elliptic(doc: Document, found: list[Finding]) -> list[Finding]:
    """Strikes of a per-place count continued with "and N at PLACE" (third shape)."""
    have = _counts(doc, found)
    by_sent: dict[int, list[Strike]] = {}
    for f in found:
        if isinstance(f, Strike):
            by_sent.setdefault(sentence_of(doc, f.evidence.start), []).append(f)
    new: list[Finding] = []
    for idx, first in by_sent.items():
        if idx < 0 or _answered(doc, idx):
            continue
        sent = doc.sentences[idx]
        if " and " not in sent.text or not any(v in sent.text for v in _LAUNCH_WORDS):
            continue
        for m in _ELLIPSIS.finditer(sent.text):
            q, r = one_count(m.group("q")), one_count(m.group("r"))
            if q is None or r is None or r.value in have.get(idx, set()):
                continue
            weapons = [s.weapon for s in first if s.count == q.value]
            if not weapons:
                continue
            start = sent.start + m.start("r")
            new.append(bare_strike(doc, start, sent.start + m.end() - 1, weapons[0], r))
            have.setdefault(idx, set()).add(r.value)
    return new


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the strikes of the three shapes (see the module docstring)."""
    body = doc.body
    new: list[Finding] = []
    if (
        body_has(body, " times")
        or body_has(body, "strikes")
        or body_has(body, "attacks")
        or body_has(body, "shellings")
    ):
        new.extend(_before_outcome(doc, found))
    if body_has(body, "targets") and any(body_has(body, c) for c in _QUOTE):
        new.extend(_quoted_targets(doc, found))
    if body_has(body, " and "):
        new.extend(_elliptic(doc, merged(found, new)))
    return merged(found, new) if new else found


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the mixed report of quoted "aerial targets" and "N of which" shot down."""
    if not body_has(doc.body, "targets") or not body_has(doc.body, "of which"):
        return found
    new: list[Finding] = []
    for idx, sent in enumerate(doc.sentences):
        for m in _Q_REPORT.finditer(sent.text):
            q, k = one_count(m.group("q")), one_count(m.group("k"))
            if q is None or k is None:
                continue
            if any(
                isinstance(f, Interception)
                and sentence_of(doc, f.evidence.start) == idx
                and f.intercepted == k.value
                for f in found
            ):
                continue
            start, end = sent.start + m.start(), sent.start + m.end()
            new.append(
                bare_interception(
                    doc,
                    start,
                    end,
                    "mixed",
                    launched=q.value,
                    intercepted=k.value,
                    approx=k.approx,
                    confidence=0.6,
                )
            )
    return merged(found, new) if new else found

"""Round n78's strike readings (helper h_gen_n78, ``dev_numeric128``), the outermost call of
:func:`pipeline.extract._n28strike.revise` (:func:`strikes`); :mod:`pipeline.extract._n78air`
uses :func:`recalled` for the air-defence figures too.

Three strike mechanisms a real set still showed (studied, never copied), each a general
phrasing the written conventions already decide:

- an earlier attack recalled by its date in the simple past ("The prior wave on 29 December
  included 158 drones", "Kharkiv's last big barrage, on Oct. 3, involved ...") is background,
  as the pluperfect "had involved" form already was; the date may be written day-month or
  month-day, abbreviated or not;
- a governor's per-village shell tally elides its verb and then its noun ("five mortar shells
  were fired at the village of A, two mortar shells at the village of B and two at the C
  checkpoint"): one strike per item, of the weapon of the clause that opened the tally, its
  target the place named (so equal counts of two places stay two strikes);
- "dropped two fragmentation grenades from a quadcopter": a word before the munition noun,
  which the main reader's "dropped N explosive devices from drones" did not allow; a drone
  strike.

Gated on body literals ("involved", "shells", "dropped") before any regex; the regexes run
only on the sentences holding the literal.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._barestrike import bare_strike, merged, one_count, overlaps
from pipeline.extract.model import Document, Finding, Strike, StrikeWeapon

__all__ = ["NUMBER", "dated_body", "recalled", "strikes"]

NUMBER: str = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen)"
)
"""A count in digits or words (the figure of every reader of round n78)."""
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_RECALLED = re.compile(
    r"\b(?:last|previous|prior)\s+(?:such\s+)?(?:[\w-]+\s+){0,2}?(?:attack|barrage|strike|assault"
    r"|wave|bombardment|raid)\b,?\s+on\s+(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}\b)"
    r",?\s+(?:had\s+)?(?:involved|included|comprised|saw)\b",
    re.IGNORECASE,
)
_ELIDED = re.compile(
    r"(?:,\s*|\s+and\s+)(?P<n>(?i:" + NUMBER + r"))\s+(?:(?:[\w-]+\s+)?shells\s+)?at\s+(?:the\s+)?"
    r"(?:(?:village|settlement|town)\s+of\s+(?P<v>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"|(?P<p>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+(?P<k>settlement|checkpoint|village))"
)
_DROPPED = re.compile(
    r"\bdropped\s+(?P<n>"
    + NUMBER
    + r")\s+(?:[\w-]+\s+){1,2}?(?:munitions|explosive\s+devices|grenades"
    r"|mines)\s+(?:from|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:drones?|UAVs?|quadcopters?)\b",
    re.IGNORECASE,
)


def dated_body(body: str) -> bool:
    """Whether ``body`` may hold a dated earlier attack's verb (a cheap literal gate)."""
    return "involved" in body or "included" in body or "comprised" in body or " saw " in body


def recalled(doc: Document, starts: list[int], f: Finding) -> bool:
    """Whether ``f``'s figure follows a dated earlier attack's "involved" in its sentence."""
    i = bisect_right(starts, f.evidence.start) - 1
    if i < 0:
        return False
    sent = doc.sentences[i]
    m = _RECALLED.search(sent.text)
    return m is not None and sent.start + m.end() <= f.evidence.end


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without a dated earlier attack's strikes, plus the elided items of a shell
    tally and the munitions dropped from a drone."""
    body = doc.body
    if dated_body(body):
        starts = [s.start for s in doc.sentences]
        found = [f for f in found if not (isinstance(f, Strike) and recalled(doc, starts, f))]
    new: list[Finding] = []
    if "shells" in body:
        found, new = _elided(doc, found)
    if "dropped" in body:
        new += _dropped(doc, found)
    return merged(found, new)


def _place(m: re.Match[str]) -> str:
    """The target a tally item names ("the village of X" -> X, "the X checkpoint")."""
    if m.group("v"):
        return m.group("v")
    if m.group("k") == "checkpoint":
        return f"{m.group('p')} checkpoint"
    return m.group("p")


def _elided(doc: Document, found: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """Tally items with no verb after a fired-shells clause ("..., two at the X checkpoint")."""
    out = list(found)
    new: list[Finding] = []
    shells = [f for f in found if isinstance(f, Strike) and "shells" in f.evidence.text]
    for sent in doc.sentences:
        if "shells" not in sent.text or " at " not in sent.text:
            continue
        anchors = [
            f
            for f in shells
            if sent.start <= f.evidence.start < sent.end and "fired" in f.evidence.text
        ]
        if not anchors:
            continue
        for m in _ELIDED.finditer(sent.text):
            s, e = sent.start + m.start("n"), sent.start + m.end()
            first = anchors[0]
            if s < first.evidence.end or (q := one_count(m.group("n"))) is None:
                continue
            place = _place(m)
            same = [k for k, f in enumerate(out) if isinstance(f, Strike) and overlaps(f, s, s + 1)]
            if same:
                old = out[same[0]]
                if isinstance(old, Strike) and old.count == q.value:
                    out[same[0]] = replace(old, target=place)
                continue
            rec = bare_strike(doc, s, e, first.weapon, q)
            new.append(replace(rec, target=place, attacker=first.attacker))
    return out, new


def _dropped(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "dropped two fragmentation grenades from a quadcopter": a drone strike of two."""
    new: list[Finding] = []
    weapon: StrikeWeapon = "drone"
    for sent in doc.sentences:
        if "dropped" not in sent.text:
            continue
        for m in _DROPPED.finditer(sent.text):
            s, e = sent.start + m.start(), sent.start + m.end()
            q = one_count(m.group("n"))
            if q is None or any(isinstance(f, Strike) and overlaps(f, s, e) for f in found):
                continue
            new.append(bare_strike(doc, s, e, weapon, q))
    return new

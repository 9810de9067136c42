"""Round n43's strike readings: counted launches whose noun phrase the main reader misses.

A phrasing survey of real strike copy (Hezbollah barrages, Sudanese and Myanmar air raids,
Israeli army counts) showed three general shapes the earlier readers leave unread:

- an unhyphenated origin modifier between the count and the weapon ("fired a barrage of 30
  Iranian made Falaq rockets at ...", "launched nine locally made drones at ..."): the
  hyphenated "Iranian-made" is read, the two-word form is not.  It is a strike of the noun's
  weapon; with a shoot-down in its sentence it is the launch of that interception instead
  (the launch figure an outcome-only record lacks);
- "launched/fired/sent N aerial (air) targets at/toward/into PLACE" and the passive "N aerial
  targets were launched at PLACE": a mixed launch told in the Israeli army's words, an
  ``other`` strike when no outcome follows in the sentence;
- a weight between the count and the bomb ("dropped two 500-pound bombs", "four 250-kilogram
  bombs", "three 500-kg bombs"): the count is the first figure, the strike one of bombs.

Each reading needs a launch verb, before the figure or after it in the passive (made,
ordered, displayed or tracked items are no launch), and adds nothing a strike of the same
count in its sentence holds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception, Strike, StrikeWeapon
from pipeline.extract.weapons import strike_weapon

__all__ = ["interceptions", "revise"]

_GATE = (
    " made ",
    " built ",
    " produced ",
    " manufactured ",
    " targets ",
    "-pound ",
    "-kg ",
    "-kilogram ",
    "-lb ",
)
_NUM = r"(?P<q>(?:(?:some|about|around|nearly|up\s+to|at\s+least|more\s+than|over)\s+)?[\d,]+|\w+)"
_VERB = (
    r"\b(?:launched|fired|sent|dropped|(?:struck|attacked|hit|targeted)\s+[\w\s-]{1,40}?\s+with)"
    r"\s+(?:a\s+(?:barrage|salvo|volley|wave)\s+of\s+)?"
)
_ORIGIN = re.compile(
    _VERB + _NUM + r"\s+(?P<o>[A-Z][A-Za-z.]+|locally|domestically|home)\s+"
    r"(?:made|built|produced|manufactured)\s+(?P<n>(?:[\w-]+\s+){0,2}?"
    r"(?:drones|UAVs|missiles|rockets|bombs|shells|projectiles))\b"
)
_TARGETS = re.compile(
    r"\b(?:launched|fired|sent)\s+" + _NUM + r"\s+(?:aerial|air)\s+targets\s+"
    r"(?:at|toward|towards|into|on|against)\b"
    r"|(?<![\w,])" + _NUM.replace("?P<q>", "?P<p>") + r"\s+(?:aerial|air)\s+targets\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:launched|fired)\s+(?:at|toward|towards|into)\b"
)
_WEIGHT = re.compile(
    r"\b(?:dropped|fired|launched)\s+"
    + _NUM
    + r"\s+[\d,]+[-\s](?:pound|lb|kg|kilogram|kilo)s?\s+(?:[\w-]+\s+)?bombs\b"
)
_OUTCOME = re.compile(
    r"\b(?:shot\s+down|intercepted|downed|destroyed|neutrali[sz]ed|repelled|suppressed)\b"
)
_MLRS = re.compile(r"\b(?:Grad|Uragan|Smerch|Tornado|MLRS)\b")


def _weapon(noun: str) -> StrikeWeapon | None:
    """The strike weapon of the noun phrase after an origin modifier."""
    if _MLRS.search(noun):
        return "mlrs"
    return strike_weapon(noun)


def _readings(text: str) -> list[tuple[int, int, StrikeWeapon, str, bool]]:
    """(start, end, weapon, count text, origin form) of each reading in one sentence."""
    out: list[tuple[int, int, StrikeWeapon, str, bool]] = []
    if " made " in text or " built " in text or " produced " in text or " manufactured " in text:
        for m in _ORIGIN.finditer(text):
            w = _weapon(m.group("n"))
            if w is not None:
                out.append((m.start(), m.end(), w, m.group("q"), True))
    if " targets " in text:
        for m in _TARGETS.finditer(text):
            q = m.group("q") or m.group("p")
            out.append((m.start(), m.end(), "other", q, False))
    if "-" in text and "bombs" in text:
        for m in _WEIGHT.finditer(text):
            out.append((m.start(), m.end(), "glide_bomb", m.group("q"), False))
    return out


def _gated(doc: Document) -> bool:
    """Cheap literal gate: may the body hold any of the three shapes?"""
    return any(body_has(doc.body, g) for g in _GATE)


def _answered(doc: Document, idx: int) -> bool:
    """True when sentence ``idx`` or one of the next two of its paragraph tells an outcome."""
    para = doc.sentences[idx].paragraph
    near = [s for s in doc.sentences[idx : idx + 3] if s.paragraph == para]
    return any(_OUTCOME.search(s.text) for s in near)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the strikes of the three shapes (see the module docstring)."""
    if not _gated(doc):
        return found
    by_sent: dict[int, set[int]] = {}
    for f in found:
        if isinstance(f, Strike):
            by_sent.setdefault(sentence_of(doc, f.evidence.start), set()).add(f.count)
    new: list[Finding] = []
    for idx, sent in enumerate(doc.sentences):
        text = sent.text
        if _answered(doc, idx):
            continue  # an air-defence report: the launch belongs to its interception
        for start, end, weapon, qtext, _ in _readings(text):
            q = one_count(qtext)
            if q is None or q.value in by_sent.get(idx, set()):
                continue
            new.append(bare_strike(doc, sent.start + start, sent.start + end, weapon, q))
            by_sent.setdefault(idx, set()).add(q.value)
    return merged(found, new)


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with an outcome-only record given the origin-modified launch of its sentence."""
    if not _gated(doc):
        return found
    out = list(found)
    for i, f in enumerate(out):
        if not isinstance(f, Interception) or f.launched is not None:
            continue
        idx = sentence_of(doc, f.evidence.start)
        if idx < 0:
            continue
        sent = doc.sentences[idx]
        for start, _, weapon, qtext, origin in _readings(sent.text):
            q = one_count(qtext)
            if (
                origin
                and q is not None
                and weapon == f.weapon
                and f.intercepted is not None
                and q.value >= f.intercepted
                and sent.start + start < f.evidence.start
            ):
                out[i] = replace(f, launched=q.value)
                break
    return out

"""Round n34's strike revisions: elliptical "N others", shells named by their calibre.

Real agency copy (the real6 page set: a Nam News/Saba relay of al-Masirah on Hodeidah,
RIA Novosti and Izvestia relays of the DPR's JCCC office) showed two strike shapes the
earlier readers got wrong:

- a counted strike continued by an elliptical count of the same weapon: "Two airstrikes
  hit the area of Ras Issa, while three others occurred in al-Jabbanah", "Three Israeli
  airstrikes hit Khan Younis and four more targeted Rafah", "another two were carried
  out near ..." - the continuation is a strike of its own (same weapon, its own figure),
  which the readers dropped for want of a weapon noun;
- artillery told by calibre: "two projectiles with a caliber of 155 millimeters were
  fired", "fired three projectiles of 152 mm calibre", "six 155-mm projectiles ... hit
  Yasynuvata" - "projectiles" read as rockets (or not at all); a calibre in millimetres
  makes them shells (`artillery`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception, Strike

__all__ = ["revise"]

_NUM = r"(?:at\s+least\s+|about\s+|around\s+|some\s+)?"
_OTHERS = re.compile(
    rf"(?:,\s*|\s)(?:while|and|whereas|with)\s+(?:another\s+{_NUM}(?P<a>[\w-]+)|"
    rf"{_NUM}(?P<b>[\w-]+)\s+(?:others?|more))\s+"
    r"(?:were\s+|was\s+|had\s+been\s+)?(?:also\s+)?(?:hit|struck|targeted|occurred|landed|fell|"
    r"carried\s+out|launched|conducted|reported|recorded|hitting|striking|targeting)\b"
)
"""An elliptical continuation: ", while three others occurred in ...", "and four more hit"."""
_COUNTED_AIR = frozenset({"airstrike", "missile", "drone", "rocket", "glide_bomb"})
_CALIBRE = re.compile(
    r"\b(?:with\s+a\s+)?(?:caliber|calibre)\s+of\s+\d{2,3}\s*(?:mm|millimet(?:er|re)s)\b"
    r"|\bof\s+(?:the\s+)?(?:NATO\s+)?\d{2,3}[- ]?(?:mm|millimet(?:er|re))\s+(?:caliber|calibre)\b"
    r"|\b\d{2,3}[- ]?mm\s+(?:projectiles|shells|rounds)\b",
    re.I,
)
_BY_CALIBRE = re.compile(
    r"\b(?P<q>[\w-]+)\s+(?:\d{2,3})[- ]?(?:mm|millimet(?:er|re))\s+(?:projectiles|shells|rounds)\b",
    re.I,
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n34's strike revisions."""
    body = doc.body
    if body_has(body, " other") or body_has(body, " more ") or body_has(body, "another"):
        found = _others(doc, found)
    if body_has(body, "mm") or body_has(body, "millimet"):
        found = _calibre(doc, found)
    return found


def _others(doc: Document, found: list[Finding]) -> list[Finding]:
    new: list[Finding] = []
    for f in found:
        if not isinstance(f, Strike) or f.weapon not in _COUNTED_AIR:
            continue
        idx = sentence_of(doc, f.evidence.start)
        if idx < 0:
            continue
        sent = doc.sentences[idx]
        m = _OTHERS.search(doc.body, f.evidence.end, sent.end)
        if m is None or re.search(r"[;.]", doc.body[f.evidence.end : m.start()]):
            continue
        q = one_count(m.group("a") or m.group("b"))
        if q is None or q.value < 1:
            continue
        start, end = m.start() + 1, m.end()
        if any(
            isinstance(g, (Strike, Interception))
            and g.evidence.start < end
            and start < g.evidence.end
            and g is not f
            for g in found
        ):
            continue
        new.append(replace(bare_strike(doc, start, end, f.weapon, q), attacker=f.attacker))
    return merged(found, new)


def _calibre(doc: Document, found: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike) and f.weapon == "rocket":
            idx = sentence_of(doc, f.evidence.start)
            if idx >= 0:
                text = doc.sentences[idx].text
                if "projectile" in f.evidence.text.lower() and _CALIBRE.search(text):
                    f = replace(f, weapon="artillery")
        out.append(f)
    new: list[Finding] = []
    for sent in doc.sentences:
        for m in _BY_CALIBRE.finditer(sent.text):
            q = one_count(m.group("q"))
            if q is None or q.value < 1:
                continue
            start, end = sent.start + m.start(), sent.start + m.end()
            if any(
                isinstance(g, (Strike, Interception))
                and g.evidence.start < sent.end
                and sent.start < g.evidence.end
                for g in out
            ):
                continue
            new.append(bare_strike(doc, start, end, "artillery", q))
    return merged(out, new)

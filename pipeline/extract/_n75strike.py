"""Round n75's strike revision (helper h_gen_n75, ``dev_numeric125``), the outermost call of
:func:`pipeline.extract._n28strike.revise`.

Two strike mechanisms the real sets (studied, never copied) still left open:

- a counted salvo told as the grammatical subject of an impact verb ("Two ballistic missiles
  blasted a training site", "four rockets slammed into a market"): no launch verb, no
  attacker, so no reader saw it; it becomes one bare strike of N of that weapon, only
  before any strike or interception the passage tells (after a counted launch and its
  shoot-downs, "two drones hit a block" is the rest of that salvo, not a strike of its own),
  and not in a recalled past ("recalled that in October, 17 missiles struck");
- a recalled earlier attack in a "when" clause of a comparison ("Friday's raid followed the
  deadliest attack of the year, when X struck Y with two missiles"): background, not the
  reported event; the strike read inside that clause goes.

Gated on body literals before any regex; sentences are found by bisect, so the pass is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract.model import Document, Finding, Interception, Sentence, Strike, StrikeWeapon

__all__ = ["strikes"]

_VERBS: tuple[str, ...] = (
    " slammed into ",
    " blasted ",
    " struck ",
    " hit ",
    " tore into ",
    " smashed into ",
    " ripped through ",
    " pounded ",
)
_WORDS: tuple[str, ...] = ("issiles ", "ockets ", "rones ", "UAVs ")
_N = (
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen)"
)
_SUBJ = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<q>(?:(?:at\s+least|more\s+than|some|about)\s+)?" + _N + r")\s+"
    r"(?:(?!(?:of|the|from|among)\b)[A-Za-z0-9-]+\s+){0,2}?(?P<w>missiles|rockets|drones|UAVs)\s+"
    r"(?:slammed\s+into|blasted|struck|hit|tore\s+into|smashed\s+into|"
    r"ripped\s+through|pounded)\s+"
    r"(?!(?:the\s+|their\s+|its\s+)?(?:headlines?|news|mark|markets?\s+sentiment|record)\b)"
    r"(?:an?|the|two|three|four|several|(?-i:[A-Z])[\w'-]*|(?!targets\b)[a-z]{3,}s)\b",
    re.IGNORECASE,
)
_OF = re.compile(r"\b(?:of|from|among)\s+(?:the|them|those|these)?\s*$", re.IGNORECASE)
_RECALL = re.compile(
    r"\b(?:follow(?:ed|s|ing)|c(?:a|o)mes?\s+(?:[\w-]+\s+){0,3}after)\b[^.;]{0,200}?,?\s+"
    r"\bwhen\b",
    re.IGNORECASE,
)


def _weapon(word: str) -> StrikeWeapon:
    w = word.lower()
    if w.startswith("missile"):
        return "missile"
    if w.startswith("rocket"):
        return "rocket"
    return "drone"


_PAST = re.compile(
    r"\b(?:recall\w*|ago|last\s+(?:year|month|week|spring|summer|autumn|winter)|anniversary|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)|(?:in|since)\s+\d{4})\b"
)
_AIR = re.compile(
    r"\b(?:shot\s+down|shooting\s+down|intercept\w*|destroy\w*|down(?:ed|ing)|neutrali[sz]\w*|"
    r"launch\w*|fired|engag\w*|repel\w*|air\s+targets|air\s+attack)\b",
    re.IGNORECASE,
)
_IDIOM = re.compile(r"\b(?:hit|hits|struck)\s+the\s+(?:headlines|news)\b")


def _sentence(doc: Document, starts: list[int], pos: int) -> Sentence | None:
    i = bisect_right(starts, pos) - 1
    return doc.sentences[i] if i >= 0 else None


def _recalled(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the strikes read inside a recalled "followed ..., when" clause."""
    starts = [s.start for s in doc.sentences]
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike):
            sent = _sentence(doc, starts, f.evidence.start)
            if sent is not None and "the headlines" in sent.text and _IDIOM.search(sent.text):
                continue
            if sent is not None and " when " in sent.text:
                m = _RECALL.search(sent.text)
                if m is not None and sent.start + m.end() <= f.evidence.start:
                    continue
        out.append(f)
    return out


def _subjects(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with a strike for each counted weapon subject of an impact verb."""
    new: list[Finding] = []
    taken = [f for f in found if isinstance(f, (Strike, Interception))]
    first = min((f.evidence.start for f in taken), default=len(doc.body))
    for sent in doc.sentences:
        if sent.start >= first:
            break
        if not any(w in sent.text for w in _WORDS) or not any(v in sent.text for v in _VERBS):
            continue
        for m in _SUBJ.finditer(sent.text):
            if _OF.search(sent.text[: m.start()]):
                continue
            q = one_count(m.group("q"))
            if q is None or q.value < 2:
                continue
            start, end = sent.start + m.start("q"), sent.start + m.end()
            if end > first:
                break
            if _PAST.search(sent.text) or _AIR.search(doc.body, max(0, start - 2000), start):
                continue
            new.append(bare_strike(doc, start, end, _weapon(m.group("w")), q))
    return merged(found, new) if new else found


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` revised: impact-verb salvos added, recalled "when" strikes dropped."""
    return _subjects(doc, _recalled(doc, found))

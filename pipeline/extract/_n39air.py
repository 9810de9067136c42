"""Round n39's air-defence revisions and the two asides its strike revisions share.

Real Ukrinform/UNN relays and translated agency copy (the real11 page set) showed three
shapes the earlier air readers got wrong:

- a recap paragraph - the one after a bare "Recall" / "Reminder" heading line or opened
  by "Earlier it was reported that" - relays an earlier report; the written conventions
  make it background (round n37 applied that to tolls only, :func:`aside`);
- a "Read also:" / "Read more:" teaser is the headline of another story, no event;
- a counted shoot-down told a paragraph or more after the story's only counted launch of
  that weapon ("the Russian army launched 48 drones ..." / "his troops managed to shoot down
  13 drones that entered the airspace from the south") answers that launch: one
  interception (48/13), not a strike beside a shoot-down with no launch figure.  Only when
  the story tells one launch and one shoot-down of that weapon, the shoot-down is the
  smaller, names no place of its own ("over the Mykolaiv region") nor the other side's
  weapons ("64 Ukrainian drones"), and the story keeps to the attack between them: at most
  two sentences between them leave the weapon unnamed (the earlier rule's "up to two
  sentences", sentences about the same drones not counted).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._n37cas import _recap
from pipeline.extract._nlit import holding
from pipeline.extract._perdoc import per_document
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception
from pipeline.extract.numbers import parse_number

__all__ = ["Answer", "answers", "aside", "interceptions"]

_TEASER = re.compile(r"^\W*(?:Read|See)\s+(?:also|more)\s*:", re.I)
_TEASER_WORDS = ("Read also", "Read more", "See also", "read also", "READ ALSO")
_RECAP_WORDS = ("Recall", "Reminder", "Background", "RECALL", "earlier", "Earlier")

_QUAL = r"(?:(?:at\s+least|about|around|some|over|more\s+than|nearly|almost|up\s+to)\s+)?"
_KIND = r"(?:[\w-]+\s+){0,2}?(?P<w>drones|UAVs|missiles)\b"
_LAUNCH = re.compile(
    r"\b(?:launched|sent|fired|directed)\s+" + _QUAL + r"(?P<q>[\w,]+)\s+" + _KIND, re.I
)
_DOWN = re.compile(
    r"\b(?:shot|shoot|shooting)\s+down\s+|\b(?:destroyed|downed|intercepted)\s+", re.I
)
_LAUNCH_WORDS = ("launched", "sent", "fired", "directed", "Launched", "Sent", "Fired")
_DOWN_COUNT = re.compile(_QUAL + r"(?P<q>[\w,]+)\s+" + _KIND, re.I)
_DOWN_WORDS = ("shot down", "shoot down", "shooting down", "destroyed", "downed", "intercepted")
_OWN_PLACE = re.compile(
    r"\b(?:over|above|in|near|toward|towards)\s+(?!the\s+night\b)(?:the\s+)?\w", re.I
)
"""A place of the shoot-down's own ("over the Mykolaiv region", "in the east", "toward Moscow")."""
_SIDE = re.compile(r"\b(?:Ukrainian|Russian|Israeli|Iranian|Houthi|Lebanese|Syrian|Belarusian)\b")
"""The other side's weapons shot down ("64 Ukrainian drones" after a Russian launch)."""
_HEADER = re.compile(r"\W*(?:Recall|Reminder|Background|Recall\s+that)\W*", re.I)
_LINE = re.compile(r"[^\n]*\S[^\n]*")


@per_document
def _lines(doc: Document) -> tuple[list[int], list[str]]:
    """The starts and texts of the body's non-blank lines."""
    ms = list(_LINE.finditer(doc.body))
    return [m.start() for m in ms], [m.group() for m in ms]


def line_of(doc: Document, pos: int) -> int:
    """The number of the non-blank line holding ``pos``."""
    return bisect_right(_lines(doc)[0], pos) - 1


def aside(doc: Document, idx: int) -> bool:
    """True when sentence ``idx`` is a teaser headline or sits in a recap paragraph."""
    text = doc.sentences[idx].text
    if any(w in text for w in _TEASER_WORDS) and _TEASER.match(text):
        return True
    sents = doc.sentences
    para = sents[idx].paragraph
    first = idx
    while first > 0 and sents[first - 1].paragraph == para:
        first -= 1
    near = sents[first].text[:40] + (sents[first - 1].text if first else "")
    near += sents[idx - 1].text if idx else ""
    if not any(w in near for w in _RECAP_WORDS):
        return False
    if _recap(doc, idx):
        return True
    line = line_of(doc, sents[idx].start)  # a heading line with no blank line after it
    return line > 0 and _HEADER.fullmatch(_lines(doc)[1][line - 1]) is not None


def _kind(word: str) -> str:
    return "missile" if word.lower() == "missiles" else "drone"


_WORDS = {
    "drone": ("drone", "Drone", "UAV", "Shahed", "kamikaze"),
    "missile": ("missile", "Missile", "rocket", "Rocket"),
}
"""The weapon's own words: a sentence with none of them leaves the launch's thread."""


@dataclass(frozen=True, slots=True)
class Answer:
    """A counted launch and the later counted shoot-down that answers it."""

    launch_idx: int
    launched: int
    weapon: str
    down_idx: int
    intercepted: int


@per_document
def answers(doc: Document) -> tuple[Answer, ...]:
    """The launch/shoot-down pairs told paragraphs apart (see the module docstring)."""
    body = doc.body
    if not any(body_has(body, w) for w in _DOWN_WORDS):
        return ()
    launches: list[tuple[int, int, str]] = []
    downs: list[tuple[int, int, str]] = []
    # a sentence with neither a launch word nor a shoot-down word adds nothing: visit only
    # the sentences holding one
    cands = holding(doc, body, _LAUNCH_WORDS) | holding(doc, body, _DOWN_WORDS)
    for idx, sent in enumerate(doc.sentences):
        if idx not in cands:
            continue
        text = sent.text
        launch = _LAUNCH.search(text) if any(w in text for w in _LAUNCH_WORDS) else None
        if launch is not None:
            n = parse_number(launch.group("q"))
            if n is not None:
                if any(w in text for w in _DOWN_WORDS):
                    n = 0  # a launch told with its own outcome answers nothing later
                launches.append((idx, n, _kind(launch.group("w"))))
            continue
        if not any(w in text for w in _DOWN_WORDS):
            continue
        for m in _DOWN.finditer(text):
            c = _DOWN_COUNT.match(text, m.end())
            if c is None or text[c.end() : c.end() + 4] == " of ":
                continue
            n = parse_number(c.group("q"))
            if n is not None:
                if _SIDE.search(c.group()) or _OWN_PLACE.search(text):
                    n = 0  # counted, but never the answer of a launch
                downs.append((idx, n, _kind(c.group("w"))))
    out: list[Answer] = []
    for weapon in ("drone", "missile"):
        ls = [x for x in launches if x[2] == weapon]
        ds = [x for x in downs if x[2] == weapon]
        if len(ls) != 1 or len(ds) != 1:
            continue
        (li, ln, _), (di, dn, _) = ls[0], ds[0]
        gap = line_of(doc, doc.sentences[di].start) - line_of(doc, doc.sentences[li].start)
        if not (1 <= gap <= 3 and 0 < dn < ln):  # ln 0: answered in its own sentence
            continue
        words = _WORDS[weapon]
        off = sum(not any(w in s.text for w in words) for s in doc.sentences[li + 1 : di])
        if off <= 2:
            out.append(Answer(li, ln, weapon, di, dn))
    return tuple(out)


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the asides' reports, a late shoot-down given its launch."""
    if not any(isinstance(f, Interception) for f in found):
        return found
    pairs = {(a.down_idx, a.intercepted, a.weapon): a for a in answers(doc)}
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Interception):
            idx = sentence_of(doc, f.evidence.start)
            if idx >= 0 and aside(doc, idx):
                continue
            a = pairs.get((idx, f.intercepted or 0, f.weapon))
            if a is not None and f.launched is None:
                f = replace(f, launched=a.launched)
        out.append(f)
    return out

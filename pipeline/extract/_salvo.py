"""Air-defence readings that hang on how a sentence frames its salvo.

:mod:`pipeline.extract._airmention` reads each figure's role from the verb nearest to
it; these are the framings that verb alone gets wrong (kept apart because that module
is near its size limit):

- the whole salvo as the subject of the outcome ("fired toward the town" as "fired from
  Lebanon"): "Two explosive drones launched from Lebanon tried to cross into Israel but
  were intercepted", "Two drones were fired from Lebanon and intercepted", "two drones
  launched from Yemen were also shot down", "three rockets fired from Syria, apparently by
  a militia, were intercepted" are all of them, not a share of an unknown number or a
  strike;
- an outcome told for part of a launch just counted: "Russia attacked the region with
  three drones. Of the two UAVs deployed against the city, one was intercepted" is one
  of the three (the two are a subset of the launch, not a launch of their own);
- one figure for several places: "destroyed one drone each in the Bryansk region and in
  the Lipetsk region" is one record per place;
- "downed all but two" after "fired 11 drones": nine of eleven (the two are the misses).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._a22air import own_outcome_first
from pipeline.extract._airmention import Mention
from pipeline.extract._numclause import stated_outcomes
from pipeline.extract.model import Document
from pipeline.extract.numbers import parse_number

_DOWNED = r"(?:intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed)"
# Where the salvo came from or went: "fired from Lebanon", "fired toward the town".
_COURSE = r"\s+(?:from|toward|towards|at|into)"
_SALVO = re.compile(
    rf"[^.;:]{{0,60}}?\b(?:(?:launched|fired){_COURSE}|(?:were|was)\s+(?:fired|launched)|"
    r"tried\s+to|attempted\s+to)\b[^.;:]{0,80}?\b(?:and|but)\s+(?:were\s+|was\s+)?"
    rf"(?:later\s+|then\s+|all\s+)?{_DOWNED}\b",
    re.IGNORECASE,
)
# "three drones launched from Lebanon were also intercepted": the participle phrase names
# where the salvo came from, and its first finite verb is the outcome (a figure, a comma or
# "and" in between would make the outcome a part: "... were tracked and five were shot down").
_SALVO_PARTICIPLE = re.compile(
    rf"\S+[^.;:,\d]{{0,60}}?\b(?:launched|fired){_COURSE}\s+"
    # An aside between commas may sit before the outcome ("launched from Iraq, which the
    # army believes were sent by a militia, were shot down").
    r"(?:(?!(?:were|was|and|but|which|of)\b)[^\s.;:,\d]+"
    r"(?:\s+|\s*,\s*(?!(?:and|but)\b)[^,.;:\d]{1,80},\s+)){1,6}"
    rf"(?:were|was)\s+(?:also\s+|later\s+|then\s+|all\s+|successfully\s+)?{_DOWNED}\b",
    re.IGNORECASE,
)


def whole_salvo(doc: Document, m: Mention) -> Mention:
    """``m`` as all of its figure when the figure's noun is the subject of both the launch
    and the shoot-down ("Two drones were fired from Lebanon and intercepted")."""
    if m.value is None or m.all or m.total is not None or m.weapon is None or m.part:
        return m
    if m.definite:
        return m  # "22 of the rockets launched from Lebanon were intercepted": a share
    if doc.body[m.start : m.num_start].strip():
        return m  # the figure must open its clause: the salvo is the subject
    sent = doc.sentences[m.sent]
    at = m.num_start - sent.start
    if _SALVO.match(sent.text, at) is None and _SALVO_PARTICIPLE.match(sent.text, at) is None:
        return m
    return replace(m, role="intercept", all=True)


_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


def whole_launch(doc: Document, launch: Mention, pending: list[Mention]) -> Mention | None:
    """The earlier, bigger launch that ``launch`` ("Of the two UAVs deployed ...") is part
    of: same weapon, same paragraph, the sentence just before."""
    if launch.value is None or not _OF_THE_BEFORE.search(
        doc.body[max(0, launch.num_start - 8) : launch.num_start]
    ):
        return None
    para = doc.sentences[launch.sent].paragraph
    for c in reversed(pending):
        if (
            c is not launch
            and c.sent == launch.sent - 1
            and doc.sentences[c.sent].paragraph == para
            and c.weapon == launch.weapon
            and c.value is not None
            and c.value > launch.value
        ):
            return c
    return None


def all_targets_of(m: Mention, stale: list[Mention]) -> Mention | None:
    """The launch of the previous paragraph that "All ten targets were shot down" sums up:
    the latest unpaired one, of a named weapon and the very same figure, close by."""
    if not (m.all and m.weapon == "mixed" and m.value is not None) or not stale:
        return None
    last = stale[-1]
    if last.weapon in (None, "mixed") or last.value != m.value or m.sent - last.sent > 4:
        return None
    return last


_ALL_BUT = re.compile(r"\ball\s+but\s+(?P<n>[\w,]+)\b", re.IGNORECASE)


def all_but(doc: Document, idx: int) -> list[tuple[int, int, int]]:
    """ "downed all but two", "intercepted all but three of them": (start, end, N) of each
    such outcome in sentence ``idx`` (absolute offsets); the launch it answers gives the
    shoot-down figure (launched - N)."""
    sent = doc.sentences[idx]
    text = sent.text
    if "all but" not in text.lower():
        return []
    out: list[tuple[int, int, int]] = []
    for m in _ALL_BUT.finditer(text):
        n = parse_number(m.group("n"))
        if n is None or not stated_outcomes(text, max(0, m.start() - 40), m.end() + 40):
            continue
        out.append((sent.start + m.start(), sent.start + m.end(), n))
    return out


def answered_launch(
    idx: int, n: int, pending: list[Mention], stale: list[Mention]
) -> Mention | None:
    """The launch "all but N" answers: the latest unpaired one bigger than N, close by."""
    for launch in [*reversed(pending), *reversed(stale)]:
        if launch.value is not None and launch.value > n and idx - launch.sent <= 4:
            return launch
    return None


def all_but_outcome(launch: Mention, idx: int, start: int, end: int, n: int) -> Mention:
    """The shoot-down mention "all but N" stands for, read against ``launch``."""
    assert launch.value is not None
    return replace(
        launch, sent=idx, start=start, end=end, num_start=start, value=launch.value - n,
        total=None, all=False, role="intercept", part=False, ahead=False, breakdown=False,
        backref=False, definite=False,
    )  # fmt: skip


_NOT_DOWNED_AFTER = re.compile(
    r"[^.;:\d]{0,80}?\b(?:were|was|had|have|could|can)\s+not\s+(?:been\s+|be\s+)?"
    rf"(?:{_DOWNED}|shot\s+down)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d[\d,.]*")


def _clause_break(gap: str) -> bool:
    """A comma or "and" between a figure and "not intercepted": another clause's subject."""
    return "," in gap or " and " in gap


_DIGIT_OR_WORD = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def not_downed(doc: Document, m: Mention) -> Mention:
    """ "three missiles — two Iskanders and a Kh-59 — were not intercepted": a stated zero
    of the figure's weapons (launched three, intercepted none), not three shot down."""
    if m.role != "intercept" or m.value is None or m.all or m.total is not None:
        return m
    sent = doc.sentences[m.sent]
    at = m.num_start - sent.start
    if " not " not in sent.text[at:]:
        return m
    aside = _ASIDE.match(sent.text, at)
    # "11 attack drones were not intercepted": the pattern bars digits, so skip the figure
    figure = _FIGURE.match(sent.text, at)
    skip = aside.end() if aside is not None else (figure.end() if figure else at)
    found = _NOT_DOWNED_AFTER.match(sent.text, skip)
    if found is None or (aside is None and figure is not None and _clause_break(found.group())):
        return m  # "71 drones were shot down, the two missiles were not intercepted"
    if aside is None and own_outcome_first(sent.text[at : found.end()].split(None, 1)[-1]):
        return m  # "the two cruise missiles were shot down, while the ballistic ... not"
    return replace(m, value=0, implied=m.value)


# "three missiles — two Iskanders and a Kh-59 — were ...": the figure, its noun and a
# breakdown set off by dashes or brackets.
_ASIDE = re.compile(r"\S+(?:\s+[\w-]+){0,3}?\s*[—–(]\s*[^—–()]{1,60}?[—–)]", re.IGNORECASE)


def in_aside(doc: Document, m: Mention) -> bool:
    """True when ``m`` ("two Iskanders" in "three missiles — two Iskanders and a Kh-59 —")
    breaks down the figure just before the dash or bracket: no report of its own."""
    if m.part:
        return False  # "96 drones — 38 over the Bryansk region, ...": shares are their own
    sent = doc.sentences[m.sent]
    at = m.num_start - sent.start
    window = sent.text[max(0, at - 60) : at]
    # The aside opened before the figure, which may be a later item of it ("(eight
    # Kalibrs and four Kh-101s)").
    opened = max(window.rfind("—"), window.rfind("–"), window.rfind("("))
    if opened < 0 or len(window) - opened > 40 or ")" in window[opened:]:
        return False
    inside = window[opened + 1 :].lstrip()
    if inside and not (_DIGIT_OR_WORD.match(inside) and _LIST_TAIL.search(inside)):
        return False  # "(the air force said 30 were downed)" is no breakdown
    before = window[:opened].rstrip()
    if _DIGIT_OR_WORD.search(before[-40:]) is None:
        return False
    return _CLOSED.match(sent.text, at) is not None  # the aside closes again: "— ... —"


_LIST_TAIL = re.compile(r"(?:,|\band)\s*$")
_CLOSED = re.compile(r"[^—–()]{1,60}?[—–)]")

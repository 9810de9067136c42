"""Round n32's background figures: what real wire copy recalls beside the day's news.

Real agency pages (Ukrinform, Xinhua, AFP, Anadolu, Pakistani and Israeli sites) keep the
story's figures next to older ones the earlier readers take for news:

- a recap fronted by its outlet and "earlier/previously": "As the Ukrainian News agency
  earlier reported, overnight into Wednesday russia launched 44 drones ..." (the outlet's
  earlier story, like "As reported earlier, ...");
- a past week, month or year fronting its sentence: "Last week, the Pentagon said a
  destroyer intercepted three missiles" (background like "Last month, ..." for tolls);
- one weapon's or attack's toll dated to a past month: "one missile wounded 16 people in
  Tel Aviv in December", "a rocket strike killed three farm workers near Metula in October";
- an attack someone is blamed for: "blamed the group for Saturday's rocket attack that
  killed 12 children";
- a dated past attack's relative clause after "after/since": "two weeks after twin
  bombings in Kerman on January 3, which resulted in over 90 deaths";
- the attack a story "comes in the wake of", taken up in the next sentence: "These
  developments come a day after India's strikes ... The Indian operation reportedly
  resulted in the deaths of 31";
- (tolls only) a dead figure of a thousand or more told as a tally (a toll, grown, in the
  perfect, "in the region"; a wounded one only "from ongoing attacks", "so far", "to date")
  with no day of its own: "the Russian
  invaders killed at least 1,933 citizens in the region and injured at least 4828 others",
  "The death toll from ongoing attacks ... has risen to 28,775 with 68,552 others wounded,
  the ministry said on Friday" (a running total; with "ongoing", "so far" or "to date" the
  "said on Friday" dates the saying, not the toll - without it the day is kept as the
  toll's, which the held-out set needs);
- (tolls only) deaths a hospital's power or oxygen cut caused: "the death of four patients
  due to the cut of oxygen and the power outage" (no violence: no toll, as starvation).

:func:`drop` removes the findings whose evidence starts in such a span.
"""

from __future__ import annotations

import re

from pipeline.extract._bgdrop import drop_background
from pipeline.extract._lexicon import WEEKDAY
from pipeline.extract._n68bg import kept as kept_toll
from pipeline.extract._nlit import holding, lowered
from pipeline.extract.model import (
    Casualty,
    Document,
    Finding,
    Interception,
    Sentence,
    Strike,
)
from pipeline.extract.numbers import MONTH

__all__ = ["background_span", "drop"]

_CAP_MONTH = rf"(?-i:(?=[A-Z])){MONTH}\b"

_RECAP = re.compile(
    r"^\W*As\s+(?:[\w.'’-]+\s+){1,5}?(?:earlier|previously)\s+(?:had\s+)?reported\s*,", re.I
)
_LAST_FRONT = re.compile(
    r"^\W*(?:(?:Also|Only)\s+)?(?:last|earlier\s+(?:this|last))\s+(?:week|month|year)\s*,\s*"
    r"(?:[\w.'’-]+\s+){1,5}?(?:said|reported|announced|claimed|stated)\b",
    re.I,
)
"""A past week's report ("Last week, the Pentagon said ..."); a week's own total told by a
later speaker ("Last week, Russia launched 1,500 drones, Zelensky said") stays news."""
_INCIDENT_MONTH = re.compile(
    r"\b(?:one|a|an|another)\s+(?:[\w-]+\s+)?(?:missile|rocket|drone|strike|attack|shell|bomb)"
    r"(?:\s+(?:strike|attack))?\s+(?:killed|wounded|injured|hurt|left)\b[^.;]{0,80}?"
    rf"\bin\s+{_CAP_MONTH}(?!\s*\d)",
    re.I,
)
_BLAME = re.compile(
    r"\b(?:blamed|blames|blaming|accused|accuses|held\s+\w+\s+responsible)\b[^.;]{0,80}?"
    r"\bfor\s+[^.;]{0,80}?\b(?:attack|strike|bombing|shelling|raid)s?\s+(?:that|which)\s+"
    r"(?:killed|wounded|injured|left|claimed)\b",
    re.I,
)
_DATED_WHICH = re.compile(
    r"\b(?:after|since|following)\b[^;]{0,160}?\b(?:on|in)\s+"
    rf"{_CAP_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?,\s+which\s+"
    r"(?:resulted\s+in|killed|left|claimed|wounded|injured)\b",
    re.I,
)
_WAKE = re.compile(
    r"\bcomes?\s+(?:[\w-]+\s+){0,4}?(?:after|in\s+the\s+wake\s+of)\b|\bin\s+the\s+wake\s+of\b",
    re.I,
)
_GATED: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_INCIDENT_MONTH, ("killed", "wounded", "injured", "hurt", "left")),
    (_BLAME, ("blam", "accus", "responsible")),
    (_DATED_WHICH, ("after", "since", "following")),
)
"""The span patterns in the order they are tried, each with a (lower-case) literal of every
verb or opener it matches on (:data:`_DATED_WHICH` also holds "which")."""
_TAKEN_UP = re.compile(
    r"^\W*(?:The|Those|These|That|This)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:operation|strikes?|attacks?|raids?|offensive|bombings?)\b"
)

_DAY = re.compile(
    rf"\b{WEEKDAY}\b|\b(?:overnight|today|yesterday|tonight|this\s+(?:morning|afternoon|evening|"
    r"week)|(?:past|last)\s+(?:day|night|\d+\s+hours|twenty-four\s+hours|24\s+hours|few\s+days|"
    r"(?:two|three|four|five|\d)\s+days)|in\s+(?:two|three|four|five|\d+)\s+days|since\s+"
    r"(?:dawn|morning|midnight|this\s+morning))\b"
    rf"|\b(?:in|on)\s+{_CAP_MONTH}",
    re.I,
)
_CUMULATIVE = re.compile(
    r"\b(?:toll|(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|reached|increased|grown|been\s+"
    r"killed|killed|died|lost)|rose|climbed|increased|in\s+the\s+region|so\s+far|(?:during|in|"
    r"over|throughout)\s+the\s+(?:[\w-]+\s+){0,3}?(?:war|conflict|fighting|offensive|invasion)"
    r"|since\s+the\s+(?:war|start|beginning|invasion|conflict|outbreak))\b",
    re.I,
)
"""A dead figure told as a tally: a toll, grown, in the perfect ("have been killed"), or
counted over a war ("during the June war")."""
_ONGOING = re.compile(r"\b(?:ongoing|so\s+far|to\s+date|overall|cumulative)\b", re.I)
_STORY_DAY = re.compile(
    rf"\b{WEEKDAY}\b|\b(?:overnight|today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b",
    re.I,
)
_DAY_WORDS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "overnight", "today", "yesterday", "tonight", "morning", "afternoon", "evening",
)  # fmt: skip
"""The words of :data:`_STORY_DAY`, lower case ("this morning": its "morning")."""
_DAY_STEMS = ("day", "ght", "morn", "aftern", "even")
"""A stem of each of :data:`_DAY_WORDS` without the letters "i", "k" and "s", which case-blind
matching also reads in letters outside ASCII ("ı", "K", "ſ")."""
_SAID_ON = re.compile(
    r"\b(?:said|reported|announced|added|stated|told\s+\w+)"
    r"(?:\s+(?:in|on)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|update|briefing))?"
    rf"\s+(?:on\s+)?{WEEKDAY}\b",
    re.I,
)
_NO_VIOLENCE = re.compile(
    r"\b(?:power\s+(?:outage|cut)|(?:lack|cut|shortage)\s+of\s+(?:oxygen|fuel|electricity|power)"
    r"|oxygen\s+(?:cut|shortage|ran\s+out)|(?:fuel|oxygen)\b[^.;]{0,30}\bran\s+out"
    r"|(?:generators?|incubators?)\s+(?:stopped|failed))",
    re.I,
)
_VIOLENCE = re.compile(
    r"\b(?:strikes?|shell(?:s|ing|ed)?|missiles?|rockets?|drones?|bomb(?:s|ing|ed)?|airstrikes?"
    r"|attack(?:s|ed)?|shot|gunfire|explosions?)\b",
    re.I,
)


def background_span(text: str, prev: str = "", dated: bool = True) -> tuple[int, int] | None:
    """The part of a sentence that is background, given the sentence before it and whether
    the story names a day of its own elsewhere (``dated``)."""
    head = text.lstrip(' "“')[:12].lower()
    if head.startswith("as ") and _RECAP.match(text):
        return 0, len(text)
    if head.startswith(("last", "earlier", "also", "only")) and _LAST_FRONT.match(text):
        return 0, len(text)
    if prev and _TAKEN_UP.match(text) and _WAKE.search(prev):
        return 0, len(text)
    # an ASCII sentence lower-cased holds a literal of each case-blind pattern it matches:
    # a pattern whose words are missing is not searched (any other sentence: all are)
    low = text.lower() if text.isascii() else None
    for rx, words in _GATED:
        if low is not None and (
            not any(w in low for w in words) or (rx is _DATED_WHICH and "which" not in low)
        ):
            continue
        m = rx.search(text)
        if m is not None and rx is _INCIDENT_MONTH and not dated:
            continue  # a month's incident alone may be the story's own
        if m is not None:
            return text.rfind(",", 0, m.start()) + 1, len(text)  # from the clause's start
    return None


def _incident_month(text: str) -> bool:
    """Whether :data:`_INCIDENT_MONTH` matches ``text`` (searched only where an ASCII
    sentence lower-cased holds one of its verbs)."""
    words = _GATED[0][1]
    if text.isascii() and not any(w in text.lower() for w in words):
        return False
    return _INCIDENT_MONTH.search(text) is not None


def _dated(doc: Document, idx: int) -> bool:
    """True when a sentence other than ``idx`` names the story's day."""
    if not (_DAYS and _DAYS[0] is doc):
        # every match of :data:`_STORY_DAY` holds one of its words lower-cased (a stem of
        # one in a body with letters outside ASCII: see :data:`_DAY_STEMS`)
        words = _DAY_WORDS if doc.body.isascii() else _DAY_STEMS
        cands = sorted(holding(doc, lowered(doc), words))
        _DAYS[:] = [doc, [k for k in cands if _STORY_DAY.search(doc.sentences[k].text)]]
    days = _DAYS[1]
    assert isinstance(days, list)
    return any(k != idx for k in days)


_DAYS: list[object] = []
"""The last document and the indices of its sentences naming a day (asked once per span)."""


def _running_total(text: str, c: Casualty) -> bool:
    """A toll with a thousand dead or more whose sentence names no day of its own."""
    if max(c.killed or 0, c.injured or 0) < 1000 or kept_toll(text):
        return False  # (h_gen_n68: a named battle's toll, bodies recovered)
    ongoing = _ONGOING.search(text) is not None
    if (c.killed or 0) < 1000 and not ongoing:
        return False  # the wounded alone ("The number of injuries has risen to 2,410")
    if (c.injured or 0) < 1000 and not ongoing and _CUMULATIVE.search(text) is None:
        return False  # the dead alone told plainly ("The militants killed 1,200 people")
    if ongoing:
        text = _SAID_ON.sub(" ", text)  # "from ongoing attacks ..., the ministry said on Friday"
    return _DAY.search(text) is None


def _no_violence(text: str) -> bool:
    return _NO_VIOLENCE.search(text) is not None and _VIOLENCE.search(text) is None


def drop(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the numeric findings read from background spans."""
    if not found:
        return found

    def span_of(idx: int) -> tuple[int, int] | None:
        prev = doc.sentences[idx - 1].text if idx > 0 else ""
        text = doc.sentences[idx].text
        # ``dated`` is asked only of an incident-month match: the story's days are looked
        # up (once per document, every sentence searched) only for a sentence holding one
        dated = not _incident_month(text) or _dated(doc, idx)
        return background_span(text, prev, dated)

    def also(sent: Sentence, f: Strike | Interception | Casualty) -> bool:
        return isinstance(f, Casualty) and (_running_total(sent.text, f) or _no_violence(sent.text))

    return drop_background(doc, found, span_of, also)

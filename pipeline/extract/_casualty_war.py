"""Whole-war and aggregate tolls that agency copy recalls beside the day's news.

Reuters, AP, AFP and Al Jazeera close nearly every conflict story with the war's running
toll, and the wording seldom carries the "since ..." the shared background test
(:mod:`pipeline.extract._numback`) looks for:

- the war itself as the subject, in the perfect: "The violence, now in its third year, has
  killed at least 40,000 people", "Israel's offensive has killed more than 68,000", "The
  fighting has led to at least 150,000 deaths", "a war that killed more than 4,000",
  "where the war has left more than 60,000 dead";
- a span of the war in the figure's clause: "lives have been lost in the conflict so far",
  "killed in Gaza over the course of the war", "in over 14 months of ongoing fighting",
  "during nearly 11 weeks of war";
- a turn of the war counted from: "since the 2021 coup", "since the ground operation
  began";
- a reporting period or a past cut-off: "Between February 24 and May 15, UN monitors
  recorded ...", "As of the end of last month, ...", "the official UN toll of 3,381";
- the war's opening told as a clause: "The war began when Hamas-led militants attacked ...,
  killing about 1,200 people";
- a past incident in a relative clause or fronted by how long ago it was: "attacks last
  month in which exploding pagers killed at least 12 people", "Days earlier, RSF fighters
  ... struck a mosque, killing at least 70";
- the war's toll named as such: "The toll of the Israeli aggression has risen to 23,469".

A figure of the day stays news: a clause dated to a day ("on Tuesday", "overnight", "since
dawn", "in the past 24 hours") is never read as a war total by these shapes.
:func:`war_total` is asked by :func:`pipeline.extract._casualty_skip.running_total`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract import _n33war
from pipeline.extract._cas22read import ranked_since
from pipeline.extract._lexicon import WEEKDAY
from pipeline.extract.numbers import MONTH, QUALIFIER, Quantity, find_quantities

_WAR = (
    r"(?:war|conflict|violence|fighting|offensive|invasion|aggression|hostilities|siege|"
    r"occupation|(?:air|bombing|military)\s+campaign)"
)
# "The violence, now well into its third year, has killed", "Israel's offensive has killed",
# "The fighting has led to", "a war that killed", "where the war has left".
_WAR_SUBJECT = re.compile(
    rf"\b(?:the|this|that|an?|its|their|(?-i:[A-Z])[\w-]*['’]s?)\s+(?:[\w-]+\s+){{0,2}}?{_WAR}"
    r"(?:\s*,[^,;]{1,80},)?\s+"
    r"(?:(?:has|have|had)\s+(?:(?:so\s+far|now|already|also)\s+)?"
    r"(?:killed|left|claimed|caused|led\s+to|resulted\s+in|taken)"
    r"|(?:that|which)\s+(?:has\s+|had\s+)?(?:killed|left|claimed))\b[^;.]{0,50}$",
    re.IGNORECASE,
)
# "lives have been lost in the conflict so far", "killed in Gaza over the course of the
# war", "12,340 civilian deaths ... during the war" ("in the war zone", "the war's
# deadliest attack" and "war-torn" name something else).
_WAR_SPAN = re.compile(
    r"\b(?:in|during|over\s+the\s+course\s+of|throughout)\s+(?:the|this)\s+"
    r"(?:war|conflict|invasion)\b(?![-'’]|\s+(?:zone|area|region)s?\b)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b", re.IGNORECASE)
_SUMMED = re.compile(
    r"\b(?:have|has|had)\b|\b(?:deaths|casualties|fatalities|lives|injuries)\b|\bso\s+far\b",
    re.IGNORECASE,
)
# "in over 14 months of ongoing fighting", "during nearly 11 weeks of war".
_WAR_LENGTH = re.compile(
    r"\b(?:in|during|over|after)\s+(?:the\s+)?(?:(?:more\s+than|over|nearly|almost|about|"
    r"some|roughly)\s+)?(?:\d{1,3}|[a-z]+)\s+(?:weeks|months|years)\s+of\s+"
    r"(?:(?:ongoing|continuous|relentless|constant|heavy|intense|brutal|bloody|full-scale)\s+)?"
    r"(?:the\s+)?(?:war|fighting|conflict|bombardment|hostilities|siege)\b",
    re.IGNORECASE,
)
# "since the 2021 coup", "since the coup", "since the ground operation began"; "since the
# entry into force of the ceasefire on 10 October" (Romance and Slavic copy: a truce's start).
_SINCE_TURN = re.compile(
    r"\bsince\s+(?:the\s+(?:19|20)\d\d\s+[\w-]+|the\s+(?:military\s+)?(?:coup|takeover)\b"
    r"|the\s+(?:entry\s+into\s+force|entering\s+into\s+force|coming\s+into\s+force|signing|"
    r"implementation)\s+of\s+the\s+(?:[\w-]+\s+)?(?:ceasefire|cease-fire|truce|armistice)\b"
    r"|(?:the|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:operation|incursion|assault|"
    r"blockade)\s+(?:began|started|was\s+launched)\b)",
    re.IGNORECASE,
)
# "As of the end of last month, ...", "as of late last year".
_AS_OF_PAST = re.compile(
    r"\bas\s+of\s+(?:the\s+end\s+of\s+|late\s+|early\s+|mid-?)?"
    r"(?:last\s+(?:week|month|year)|(?-i:(?=[A-Z]))" + MONTH + r"\b(?!\s+\d))",
    re.IGNORECASE,
)
_DAY_MONTH = rf"(?:\d{{1,2}}\s+(?-i:(?=[A-Z])){MONTH}|(?-i:(?=[A-Z])){MONTH}\.?\s+\d{{1,2}})"
# "The toll of the Israeli aggression has risen to 23,469": the war's own toll.
_WAR_TOLL = re.compile(
    rf"\btoll\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_WAR}\b(?![-'’])", re.IGNORECASE
)
# "Days earlier, RSF fighters were reported to have struck a mosque, killing at least 70":
# a past incident fronted by how long before it was ("A week ago, ..." in ``_casualty_past``).
_EARLIER_LEAD = re.compile(
    r"\s*(?:(?:only|just|some)\s+)?(?:days|weeks|months|a\s+(?:week|month|year)|"
    r"(?:two|three|four|five|six|several|a\s+few|\d{1,2})\s+(?:days|weeks|months))\s+"
    r"(?:earlier|before)\s*,",
    re.IGNORECASE,
)
# "Between February 24 and May 15, UN monitors recorded ...": a reporting period.
_PERIOD = re.compile(
    rf"\b(?:between\s+(?P<a>{_DAY_MONTH})\s+and|from\s+(?P<b>{_DAY_MONTH})\s+(?:to|until|through))"
    rf"\s+(?P<c>{_DAY_MONTH})\b",
    re.IGNORECASE,
)
# "than the official UN toll of 3,381", "an overall toll of 4,000".
_OFFICIAL_TOLL = re.compile(
    r"\b(?:official|overall|cumulative|total)\s+(?:[\w.]+\s+){0,2}?(?:death\s+)?toll\s+"
    rf"(?:of|at)\s+{QUALIFIER}$",
    re.IGNORECASE,
)
# "The war began when Hamas-led militants attacked southern Israel, killing ...".
_WAR_BEGAN = re.compile(
    r"\b(?:war|conflict|fighting|invasion)\s+(?:began|started|erupted|broke\s+out|"
    r"was\s+(?:triggered|sparked))\s+(?:when|after|with)\b",
    re.IGNORECASE,
)
# "attacks last month in which exploding pagers killed at least 12 people".
_PAST_RELATIVE = re.compile(
    r"\b(?:last\s+(?:week|month|year)|(?:a|one|two|three|four|five|six|\d{1,2})\s+"
    r"(?:weeks?|months?|years?)\s+ago|earlier\s+this\s+(?:month|year))\s+"
    r"(?:in\s+which|that|which|when|where)\b[^.;]*$",
    re.IGNORECASE,
)
# A clause dated to the day reports the news, whatever its subject.
_DAY = re.compile(
    rf"\b(?:on\s+{WEEKDAY}|today|tonight|"
    r"overnight|yesterday|this\s+(?:morning|afternoon|evening)|since\s+dawn|"
    r"(?:in|over)\s+the\s+(?:past|last|previous)\s+(?:24|twenty-four)\s+hours|"
    r"(?:in|over)\s+the\s+(?:past|last|previous)\s+day)\b",
    re.IGNORECASE,
)
# "said on Sunday" dates the saying, not the harm.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|added|stated|wrote)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r";|\.(?:\s+(?=[A-Z\W])|$)")
_WAR_NOUNS = ("war", "confl", "ght", "nva")
"""Lower-case parts of the nouns ``_WAR_BEGAN`` requires (war, conflict, fighting, invasion)."""
_SPANS = ("wee", "month", "year")
"""Lower-case parts of the spans ``_WAR_LENGTH`` requires (weeks, months, years)."""
_SUMMED_HINTS = ("ha", "death", "ualt", "fatal", "ve", "njur", "far")
"""Lower-case parts of every ``_SUMMED`` word (have/has/had, deaths, casualties,
fatalities, lives, injuries, so far)."""
_REACH = 160
_FRONT = 40
"""How far into its sentence a fronted "As of ..." may start."""


def _bounds(text: str, q: Quantity) -> tuple[int, int]:
    """The figure's sentence part: from the last semicolon before it to the clause's end."""
    lo = max(0, q.start - _REACH, text.rfind(";", 0, q.start) + 1)
    stop = _CLAUSE_END.search(text, q.end)
    return lo, stop.start() if stop is not None else len(text)


_DAY_HINTS = ("day", "ght", "rn", "eve", "dawn", "hour")
"""One of these is in every ``_DAY`` match, lower-cased ("on Monday", "tonight", "this
morning", "afternoon", "evening", "since dawn", "24 hours"): the test before the regex."""


def dated_to_day(clause: str) -> bool:
    """True when the clause dates its harm to the day (not only its saying)."""
    low = clause.lower()
    if not any(hint in low for hint in _DAY_HINTS):
        return False
    return any(_SAID_BEFORE.search(clause, 0, m.start()) is None for m in _DAY.finditer(clause))


def _periods_differ(m: re.Match[str]) -> bool:
    first = (m.group("a") or m.group("b") or "").lower()
    second = m.group("c").lower()
    month_a = re.sub(r"[\d.\s]", "", first)
    month_b = re.sub(r"[\d.\s]", "", second)
    return month_a != month_b


def war_total(text: str, q: Quantity) -> bool:
    """True when the figure ``q`` of ``text`` is a whole-war or aggregate toll (see the
    module docstring), not the toll of the day's incident."""
    if _n33war.total(text, q):
        return True  # "rose to 22,600 since the onset of the ongoing conflict"
    lo, hi = _bounds(text, q)
    before, clause = text[lo : q.start], text[lo:hi]
    # Each regex runs only when the clause holds a word it requires (lower-cased: no
    # "s", "i" or "k", which IGNORECASE also matches as other letters); ``before`` is
    # a prefix of ``clause``, so a word missing from the clause is missing from it too.
    low = clause.lower()
    toll = "toll" in low
    if toll and _OFFICIAL_TOLL.search(before):
        return True
    if ("that" in low or "wh" in low) and _PAST_RELATIVE.search(before):
        return True  # "... in which", "that", "which", "when", "where"
    if any(w in low for w in _WAR_NOUNS) and _WAR_BEGAN.search(before):
        return True
    period = _PERIOD.search(clause) if "between" in low or "from" in low else None
    if period is not None and _periods_differ(period):
        return True
    if (m := _AS_OF_PAST.search(text, 0, q.start)) is not None and m.start() < _FRONT:
        return True  # "As of the end of last month, ..." opening the sentence
    if any(w in low for w in _SPANS) and _WAR_LENGTH.search(clause):
        return True  # "weeks", "months", "years"
    if "nce" in low and (st := _SINCE_TURN.search(clause)) and not ranked_since(clause, st.start()):
        return True  # "since"
    if dated_to_day(clause):
        return False
    perfect = "ha" in low or "wh" in low  # "has", "have", "had", "that", "which"
    if perfect and _WAR_SUBJECT.search(before):
        return True
    if toll and _WAR_TOLL.search(before):
        return True
    if (lead := _EARLIER_LEAD.match(text)) is not None and lead.end() <= q.start:
        return True
    if not any(w in low for w in _SUMMED_HINTS) or _SUMMED.search(clause) is None:
        return False
    return any(_span_counts(text, m, q) for m in _WAR_SPAN.finditer(text, lo, hi))


def _span_counts(text: str, span: re.Match[str], q: Quantity) -> bool:
    """True when a span of the war dates the figure: after it ("12,340 civilian deaths ...
    during the war"), or before it outside a relative clause ("verified 30,457 casualties
    during the war -- 10,582 killed"); "a medical group that tracks casualties in the war,
    put the toll at 31" describes the speaker."""
    if span.start() >= q.start:
        return True
    seg = text[max(0, text.rfind(",", 0, span.start()) + 1) : span.start()]
    return _RELATIVE.search(seg) is None


# "The attacks have killed 316 children and 790 women, he added." after "Israeli attacks
# on Lebanon have killed 4,112 people ... since October 2023": the total broken down.
_TOTAL_AGAIN = re.compile(
    r"\s*(?:(?:the|these|those|such)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|bombardments?|"
    r"shelling|war|offensive|fighting|violence|aggression|hostilities)\s+(?:have|has|had)\s+"
    r"(?:also\s+)?(?:killed|claimed|left|wounded|injured)\b"
    r"|(?:among|of)\s+(?:them|those|these|the\s+(?:dead|killed|victims|wounded|injured))\b)",
    re.IGNORECASE,
)


def total_restated(text: str, prev: str, is_background: Callable[[str, Quantity], bool]) -> bool:
    """True when ``text`` breaks down, in the perfect and undated, the running total the
    sentence ``prev`` before it holds (every figure of ``prev`` a running total)."""
    if _TOTAL_AGAIN.match(text) is None or dated_to_day(text):
        return False
    figures = find_quantities(prev)  # all of them: "killed 34 ... bringing the toll to
    return bool(figures) and all(is_background(prev, q) for q in figures)  # 44,800" is news

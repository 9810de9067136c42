"""Strike figures that look like attacks but are not the story's news.

Translated German agency copy wraps the night's attack report in background: the
president's habitual rates, the previous record, last week's larger attack, a month's
total, a forecast. Each of these carries a count, a weapon noun and often a firing verb,
so the strike reader would take it as an attack. Each family below is told by its own
words, read near the figure (a short window or the figure's clause), never by a whole
article scan:

* a habit, not an event: "The Russian military employs daily around 120 guided bombs",
  "Every night Russia sends between 100 and 150 drones", "drops every week more than
  1,000 guided bombs", "Day after day the Russians fire 80 guided bombs", "attacks
  nightly with 100 to 150 drones" (the conventions' rates: "up to 30 times a day");
* the baseline of a comparison told in a "when" clause: "smaller than in the past
  week, when Russia had deployed almost 600 drones in one night", "fewer than on
  Wednesday, when around 160 rockets had been counted", "Compared with the previous
  week, when around 1,100 guided bombs were dropped, ..." (the figure after that
  fronted comparison stays the news);
* a multiplier, no count: "five times more drones than", "three times as many";
* a named past month fronted without a comma or with "alone" ("In October alone Russia
  fired over 5.200 drones", "In March Russia dropped 3,000 guided bombs"), as the
  conventions' fronted "In April, ..." is background;
* a running total: "This year Russia has already dropped more than 30,000 such bombs",
  "In the first 9 months of the year", an aside "..., since the beginning of the
  full-scale invasion, fired ...", "Since Monday, ..., Zelensky said on Thursday";
* intent, expectation and stock: "is preparing a massive strike with up to 100
  missiles", "is expected to launch more than 500 drones", "has accumulated around
  300 cruise missiles", "keeps more than 1.500 Shahed drones in its warehouses";
* an earlier attack recalled: "Already on Tuesday Russia had fired 60 missiles", "Only
  in the night before had Russia attacked with 140 drones", "Last time, Russia had
  sent", "At the beginning of the week Russia had fired", "The night before last";
  ("Only in the past week Russia had fired ..." is German "allein": a weekly total, news);
* a superlative attack dated by day and month ("In the largest attack of the war so
  far, Russia launched 810 drones on 7 September"), as a dated superlative toll is.

Only strikes read this module: the shared :mod:`pipeline.extract._numback` is left as
it is (interceptions and casualties have their own owners and sets).
"""

from __future__ import annotations

import re

from pipeline.extract._a22strike import health_care_tally
from pipeline.extract._numback import background
from pipeline.extract._oldreport import old_report
from pipeline.extract.numbers import MONTH

# "daily", "nightly", "every night", "each day", "day after day": a habit. Not when the
# adverb names a document or a talk ("in its daily report", "his nightly address") or
# picks out days of a span ("every day of this week").
_HABIT = re.compile(
    # "its nightly attacks", "the daily report": an adjective of a noun, no adverb
    r"(?<!\bits\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\ba\s)(?<!\bof\s)"
    r"\b(?:daily|nightly|weekly|(?:almost\s+|nearly\s+|virtually\s+)?(?:every|each)\s+"
    r"(?:single\s+)?(?:day|night|week|month)|day\s+after\s+day|night\s+after\s+night|"
    r"week\s+after\s+week|day\s+by\s+day|(?:on\s+)?(?:most|many)\s+(?:days|nights))\b"
    r"(?!\s+(?:of|report|summary|summaries|update|briefing|address|video|bulletin|overview|"
    r"tally|figures?|statement|conference|call|news|press|basis\s+since))",
    re.IGNORECASE,
)
_HABIT_BACK = 16
_HABIT_WORDS: tuple[str, ...] = (
    "daily",
    "nightly",
    "weekly",
    "every ",
    "each ",
    " after ",
    " by ",
    "most ",
    "many ",
)
# A past time in the figure's clause makes "every night" part of a dated account ("In the
# past night ..., as every night, ..."), so the habit reading yields to it.
_DATED = re.compile(
    r"\b(?:in|during|over)\s+the\s+(?:past|last|previous)\s+(?:night|day|24\s+hours)\b|"
    r"\b(?:yesterday|overnight|last\s+night|this\s+morning|tonight)\b",
    re.IGNORECASE,
)

# "drop up to 100 glide bombs a day on the front": a rate told after the noun. Not "in a
# day" (one day's count), "a day after the strike", nor "N times a day" (the day's count
# in translated copy; "up to N times a day" is read by the shared check).
_RATE_AFTER = re.compile(
    r"\s+(?:(?!times\b|in\b|within\b|on\b|for\b|over\b)[\w-]+\s+){0,4}?(?:a|per|each|every)\s+"
    r"(?:day|night|week|month)\b(?!\s+(?:after|before|earlier|later|ago|of|attack|strike|raid|"
    r"missile|drone))",
    re.IGNORECASE,
)

# ", when ..." after a comparison: "than in the past week, when", "Compared with the
# previous week, when".
_COMPARE_WHEN = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|unlike|"
    r"(?:biggest|largest|heaviest|worst|most\s+\w+)\s+(?:\w+\s+){0,4}?since)\b[^.;:]{0,60}?,\s*"
    r"when\b[^.;:,]*$",
    re.IGNORECASE,
)
_WHEN_REACH = 160
_COMPARE_LEAD = re.compile(
    r"\s*(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|unlike)\b[^.;:,]{0,60},"
    r"(?:\s*when\b[^.;:,]{0,120},)?",
    re.IGNORECASE,
)

_MULTIPLIER = re.compile(
    r"\s+times\s+(?:more|fewer|less|as\s+many|as\s+much|higher|larger|bigger|greater|"
    r"the\s+(?:number|amount))\b",
    re.IGNORECASE,
)

# "In October alone Russia fired ...", "In March Russia dropped ..." (a comma after the
# month is read by the shared background check already); "in March alone" anywhere.
_MONTH_FRONT = re.compile(
    rf"\s*(?:In|During|Already\s+in|Back\s+in)\s+(?:(?:early|late|mid)[\s-]+)?(?=[A-Z])(?i:{MONTH})"
    r"\b(?!\.?\s+\d)(?:\s+alone\s*,?)?\s+(?=[A-Z])"
)
_MONTH_ALONE = re.compile(rf"\bin\s+(?=[A-Z])(?i:{MONTH})\s+alone\b", re.IGNORECASE)

# "This year Russia has already dropped ...", "has fired this year more than".
_YEAR_TOTAL = re.compile(
    r"\b(?:this|the\s+current)\s+year\b[^.;:]{0,60}?\b(?:has|have)\b|"
    r"\b(?:has|have)\b[^.;:]{0,60}?\b(?:this|the\s+current)\s+year\b",
    re.IGNORECASE,
)
_PERFECT = re.compile(r"\b(?:has|have)\b", re.IGNORECASE)
_ALREADY = re.compile(r"\b(?:already|so\s+far|in\s+total|altogether)\b", re.IGNORECASE)

# Intent, expectation, capacity and stock before the figure in its clause.
_INTENT = re.compile(
    r"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:expected|preparing|planning|poised|likely|"
    r"set|about|able|capable|going)\s+(?:to|for|a|an)\b|"
    r"\b(?:plans?|planned|intends?|intended|wants?|wanted|threatens?|threatened|aims?|seeks?|"
    r"prepares?)\s+(?:to|a|an)\b|"
    r"\b(?-i:will|would|could|might|may)\s+(?:soon\s+|still\s+|then\s+)?(?:be\s+)?\w+\b|"
    r"\b(?:accumulated|stockpiled|amassed|stored|stocked|produces?|produced|manufactures?|"
    r"builds?)\b",
    re.IGNORECASE,
)
# "The plant made 300 drones in September": output, unless made harmless (shot down).
_MADE = re.compile(
    r"\b(?:made|makes)\s+(?:about\s+|around\s+|some\s+|over\s+)?\d[\d,.]*\s+(?:[\w-]+\s+)?"
    r"(?:drones|missiles|rockets|shells|bombs)\b(?![^.;:]{0,60}\bharmless\b)",
    re.IGNORECASE,
)
_STOCK_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:in\s+(?:its|their|the)\s+(?:warehouses|stocks?|reserves?|arsenals?|"
    r"depots?)|in\s+(?:stock|reserve))\b",
    re.IGNORECASE,
)

# "Already on Tuesday Russia had fired ...", "Only in the night before had Russia ...".
# The time must be one day or night: "Only in the past week Russia had fired ..."
# (German "allein": a week's total) stays the news.
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_RECALLED = re.compile(
    rf"\s*(?:Already|Only|Just|Even)\s+(?:on\s+(?:{_DAY}|the\s+\d|\d)|last\s+{_DAY}|"
    r"(?:in\s+)?the\s+(?:day|night|evening|morning)\s+before|"
    rf"in\s+the\s+night\s+(?:to|before|of)\s+{_DAY})\b[^.;:]{{0,60}}?\bhad\b",
)

# "Last time, Russia had sent ...", "At that time Russia had deployed ...", "Back then":
# an earlier attack told in the pluperfect.
_BACK_THEN = re.compile(
    r"\s*(?:(?:The\s+)?(?:[Ll]ast|[Pp]revious)\s+time|"
    r"(?:At|In)\s+the\s+(?:start|beginning|end|middle)\s+of\s+(?:the|this|last)\s+(?:week|month)|At\s+(?:that|the)\s+time|Back\s+then|Then)\b"
    r"[^.;:]{0,60}?\bhad\b"
)
# "The night before last, 240 drones were launched": an earlier night than the story's.
_BEFORE_LAST = re.compile(
    r"\b(?:the\s+)?(?:night|day)\s+before\s+(?:last|yesterday)\b", re.IGNORECASE
)
# "In the first 9 months of the year Russia launched 34,000 drones": months of a year.
_MONTHS_OF_YEAR = re.compile(
    r"\b(?:first|past|last)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+"
    r"months\b",
    re.IGNORECASE,
)
# "Since Monday, 1,200 drones have been launched ..., Zelensky said on Thursday": a running
# total since an earlier weekday than the day the sentence reports.
_SINCE_DAY = re.compile(rf"\bsince\s+({_DAY})\b", re.IGNORECASE)
_ON_DAY = re.compile(rf"\bon\s+({_DAY})\b", re.IGNORECASE)


# "Since Monday, Russia had fired more than 1.500 drones ..., he said": a fronted weekday
# with a comma (no hour of the attack: "since Saturday evening" is tonight's launch) opens
# a running total over several days even when the sentence names no day of its own.
_SINCE_FRONT = re.compile(rf"^[\s\"“„»(]*Since\s+(?:last\s+)?{_DAY}\s*,", re.IGNORECASE)


def _since_weekday(text: str) -> bool:
    since = _SINCE_DAY.search(text)
    if since is None:
        return False
    if _SINCE_FRONT.match(text) is not None:
        return True
    return any(m.group(1).lower() != since.group(1).lower() for m in _ON_DAY.finditer(text))


# "...; on Tuesday Russia had already fired 60 missiles": an earlier day recalled.
_HAD_ALREADY = re.compile(
    rf"\b(?:on\s+{_DAY}|last\s+{_DAY}|the\s+(?:day|night)\s+before)\b[^.;:]{{0,50}}?\bhad\s+already\b|"
    rf"\bhad\s+already\b[^.;:]{{0,50}}?\b(?:on\s+{_DAY}|last\s+{_DAY}|the\s+(?:day|night)\s+before)\b",
    re.IGNORECASE,
)
# "..., since the beginning of the full-scale invasion, fired more than 40,000": a running
# total told as an aside between the subject and the verb.
_SINCE_ASIDE = re.compile(r",\s*(since\s[^,.;:]{3,70}),")
# A superlative attack dated by day and month: "In the largest attack of the war so far,
# Russia launched 810 drones on 7 September" (as a dated superlative toll is background).
_SUPERLATIVE = re.compile(
    r"\b(?:largest|biggest|heaviest|most\s+massive|most\s+extensive|record)\b", re.IGNORECASE
)
_DAY_MONTH = re.compile(
    rf"\b[Oo]n\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?=[A-Z])(?i:{MONTH})\b|"
    rf"\b[Oo]n\s+(?=[A-Z])(?i:{MONTH})\.?\s+\d{{1,2}}\b"
)


def _recalled(text: str, cs: int, ce: int, start: int) -> bool:
    if start > 10 and (_RECALLED.match(text) or _BACK_THEN.match(text)) is not None:
        return True
    if "before " in text and _BEFORE_LAST.search(text, 0, start) is not None:
        return True
    if "months" in text and _MONTHS_OF_YEAR.search(text, 0, ce) is not None:
        return True
    if "ince " in text and _since_weekday(text):
        return True
    if "already" in text and _HAD_ALREADY.search(text, cs, ce) is not None:
        return True
    if "since" in text[:start] and any(
        background(text, m.start(1), m.end(1)) for m in _SINCE_ASIDE.finditer(text, 0, start)
    ):
        return True
    return (
        _SUPERLATIVE.search(text) is not None
        and "n " in text
        and _DAY_MONTH.search(text) is not None
    )


def _habit(text: str, cs: int, ce: int) -> bool:
    lo = max(0, cs - _HABIT_BACK)  # "Day after day the Russians fire": the clause cut at "after"
    low = text[lo:ce].lower()
    if not any(w in low for w in _HABIT_WORDS):
        return False
    return _HABIT.search(text, lo, ce) is not None and _DATED.search(text, lo, ce) is None


def compared_when(text: str, start: int) -> bool:
    """True when the figure at ``start`` sits in the "when" clause of a comparison."""
    lo = max(0, start - _WHEN_REACH)
    if "when" not in text[lo:start]:
        return False
    return _COMPARE_WHEN.search(text, lo, start) is not None


def comparison_lead(text: str) -> int:
    """The end of a fronted comparison ("Compared with the previous week, when ...,"),
    or 0: the main clause after it reports the news."""
    if text[:12].lower().lstrip()[:4] not in ("comp", "in c", "unli"):
        return 0
    m = _COMPARE_LEAD.match(text)
    return 0 if m is None else m.end()


def not_news(text: str, cs: int, ce: int, start: int, end: int) -> bool:
    """True when the strike-looking figure ``text[start:end]`` in the clause ``cs:ce`` is
    background: a habit, a comparison's baseline, a multiplier, a past month or the
    year's running total, intent or stock, or an earlier attack recalled."""
    if _MULTIPLIER.match(text, end) is not None:
        return True
    if _habit(text, cs, ce) or _RATE_AFTER.match(text, end) is not None:
        return True
    if compared_when(text, start):
        return True
    if _MONTH_FRONT.match(text) is not None and start > 8:
        return True
    if " alone" in text and _MONTH_ALONE.search(text, cs, ce) is not None:
        return True
    if (
        "year" in text[cs:ce]
        and _YEAR_TOTAL.search(text, cs, ce) is not None
        and (_ALREADY.search(text, cs, ce) is not None or _PERFECT.search(text, cs, start))
    ):
        return True
    if _INTENT.search(text, cs, start) is not None:
        return True
    if "made" in text or "makes" in text:
        made = _MADE.search(text, cs, ce)
        if made is not None and made.start() < start < made.end():
            return True
    if _STOCK_AFTER.match(text, end) is not None:
        return True
    return _recalled(text, cs, ce, start)


def strike_background(text: str, cs: int, ce: int, start: int, end: int) -> bool:
    """The shared background check (past years, running totals, rates) for a strike
    figure, then this module's families (:func:`not_news`).

    A fronted comparison ("Compared with the previous week, when ...,") dates only its
    own "when" clause: the main clause after it is read with the lead blanked.
    """
    lead = comparison_lead(text)
    if lead and cs >= lead:
        if background(" " * lead + text[lead:], cs, ce):
            return True
    elif background(text, cs, ce) or old_report(text):
        return True
    return not_news(text, cs, ce, start, end) or health_care_tally(text, cs, ce, end)

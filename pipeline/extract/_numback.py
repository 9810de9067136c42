"""Background figures: past years, running totals, rates and past incidents.

Split from :mod:`pipeline.extract._numclause` (at its size limit): every numeric detector asks
:func:`background` whether a clause reports the news or recalls something ("In 2022, Russia
fired 4,000 missiles", "60,000 drones since the start of the operation", "during a 12-day war
in which ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract._pastdate import past_dated, since_lead
from pipeline.extract._pastday import fronted_past_day
from pipeline.extract._thatmonth import that_month
from pipeline.extract.numbers import MONTH

_BRING = (
    r"(?:bring|brings|bringing|brought|take|takes|taking|took|rais(?:e|es|ed|ing)|"
    r"push(?:es|ed|ing)?)"
)
_BACKGROUND = re.compile(
    r"\b(?:in|during|throughout)\s+(?:19|20)\d\d\b(?![-–/]\d)"
    # A month of a given year is a past month's total: "launched 6,000 drones in July 2025".
    rf"|\b(?:in|during|throughout)\s+(?:(?:early|late|mid)[\s-]+)?(?-i:(?=[A-Z])){MONTH}\.?\s+"
    r"(?:19|20)\d\d\b(?![-–/]\d)"
    r"|\bsince\s+(?:the\s+(?:start|beginning|outbreak|end|middle|collapse|breakdown|failure)\s+of\b"
    # "since the start of the barrage": the attack reported, not a running total.
    r"(?!\s+(?:the\s+)?(?:day|barrage|attack|bombardment|shelling|raid|salvo)\b)|"
    r"(?:19|20)\d\d\b|"
    # "since 7 October 2023", "Since 24 February 2022": a dated start, day first (translations).
    rf"\d{{1,2}}\.?\s+(?-i:(?=[A-Z])){MONTH}\.?,?\s+(?:19|20)\d\d\b|"
    # "since the autumn of 2022": a season of a past year.
    r"(?:the\s+)?(?:(?:early|late)\s+)?(?:winter|summer|autumn|spring|fall)\s+(?:of\s+)?"
    r"(?:19|20)\d\d\b|"
    r"it\s+(?:entered|went\s+into)\s+service\b|then\b|"
    r"(?:the|russia's|russia’s|moscow's|moscow’s)\s+(?:full-scale\s+)?"
    r"(?:ceasefire|truce|war|invasion|conflict|operation|escalation|offensive|hostilities)\b|"
    # "since late October", "since mid-March": a running total from a past month too.
    rf"(?:last\s+|(?:late|early|mid)[\s-]+)?(?-i:(?=[A-Z])){MONTH}\b|"
    r"last\s+(?:year|summer|autumn|winter|spring)\b|"
    # A toll counted since an earlier turn of the war: "since the army resumed its offensive
    # on March 18", "since the RSF captured the city last month".
    r"(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,2}\s+(?:resumed|captured|seized|took\s+(?:control|over)|"
    r"invaded|overran|broke\s+down|collapsed)\b|"
    # "since a cross-border attack by the Palestinian group Hamas on Oct. 7": a war's start.
    r"(?:a|an|the)\s+[^.;,]{0,60}?\bon\s+(?:oct(?:ober)?\.?\s+7|feb(?:ruary)?\.?\s+24)\b|"
    # "since the siege of El Fasher began", "since the fighting broke out in April".
    # "since Israel's war with Hamas began", "since its offensive there began in May".
    r"(?:the|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+)?"
    r"(?:war|siege|conflict|fighting|offensive|invasion|escalation|hostilities|campaign)\b"
    r"[^.;:,]{0,40}?\b(?:began|started|broke\s+out|erupted))"
    r"|\bso\s+far\s+(?:this|in\s+the)\s+(?:year|month|war|conflict|invasion)\b"
    # A season of a past year: "In the war ... in autumn 2024, more than 4,000 were killed".
    r"|\b(?:in|during|throughout)\s+(?:the\s+)?(?:(?:early|late)\s+)?"
    r"(?:winter|summer|autumn|spring|fall)\s+(?:of\s+)?(?:19|20)\d\d\b"
    # "more than 68,000 Palestinians have since been killed": counted since a past event.
    r"|\b(?:have|has|had)\s+since\s+(?:been|died)\b"
    # An attack named by its past year: "the site of a 2019 attack in which 38 soldiers ...".
    r"|\b(?:a|an|the)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:attack|strike|raid|assault|bombing|"
    r"massacre|ambush|offensive|incursion)\b"
    # A dated past event: "attacked southern Israel on Oct. 7, 2023, killing ...".
    rf"|\b{MONTH}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d\b"
    # A war named by its past years: "killed in Lebanon during the 2023-2024 war", "The
    # 2006 war killed ...".
    r"|\b(?:(?:in|during|throughout)\s+)?the\s+(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?\s+"
    r"(?:[\w-]+\s+)?(?:war|conflict|hostilities|escalation|fighting)\b"
    # Counted back from now: "A year ago this week, Russia launched ...", "two years ago".
    r"|\b(?:a|one|two|three|four|five|six|\d{1,2})\s+years?\s+ago\b"
    # A past year told as such: "The previous year it had fired ...", "the year before".
    r"|\b(?:previous|preceding)\s+year\b|\byear\s+before\b"
    # A span of past years: "between November 2023 and early 2025", "from 2022 to 2024".
    rf"|\b(?:between|from)\s+(?:(?:early|late|mid)[\s-]+)?(?:{MONTH}\.?\s+)?(?:19|20)\d\d\s+"
    r"(?:and|to|until|through)\b"
    # A running total of the season: "with more than 1,000 missiles and drones this winter",
    # "Over the three winter months", "During the summer" ("the summer offensive" is a name).
    r"|\b(?:this|(?:in|over|during|throughout)\s+the(?:\s+[\w-]+)?)\s+"
    r"(?:winter|summer|autumn|spring)\b(?!\s+(?:offensive|campaign|counteroffensive))"
    # A rate, not a report: "400-450 attacks per day", "on average five civilians a day".
    r"|\bper\s+(?:day|night|week|month)\b|\bon\s+(?:an?\s+)?average\b"
    # "shoot down about 40 drones a day", "turns out 2,700 drones a month" ("in a day",
    # "a day after the strike", "a night missile strike" date one event; translated "struck
    # the region 303 times a day" is the day's count).
    r"|\bup\s+to\s+\d[\d,]*\s+times\s+a\s+(?:day|night)\b"
    r"|(?<=[a-z]s\s)(?:(?<!times\s)a|each|every)\s+(?:day|night|week|month)"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:if|by|until|unless|since|this|last|now|at|from|over|during|"
    r"according|on\s+average)\b)"
    # The war's opening attack: "killed in the Hamas-led attack that started the war".
    r"|\b(?:attack|raid|assault|incursion|invasion|offensive)\s+(?:that|which)\s+"
    r"(?:started|triggered|sparked|began|ignited|unleashed|set\s+off)\s+the\s+(?:\w+\s+)?"
    r"(?:war|conflict)\b",
    re.IGNORECASE,
)
"""Running totals ("since then", "since the ceasefire", "since January") and past dates."""
# A cumulative toll the day's figure is added to ("bringing the overall death toll of the
# war to"), a toll summed over months of war, or one counted since a city's liberation.
# Searched only when one of ``_CUMULATIVE_WORDS`` occurs: most clauses have none.
_CUMULATIVE = re.compile(
    rf"\b{_BRING}\s+(?:the\s+|its\s+)?(?:overall|cumulative)\s+(?:death\s+)?(?:toll|"
    r"number\s+of\s+(?:deaths|dead|fatalities|casualties|people|civilians|victims))\b"
    rf"|\b{_BRING}\s+(?:the\s+|its\s+)?total\b[^.;:,]{{0,60}}?\b(?:war|conflict|invasion|"
    r"this\s+(?:month|year)|so\s+far)\b"
    r"|\btoll\s+(?:of|from|in)\s+the\s+(?:war|conflict|invasion)\b"
    # The war itself as the subject: "That conflict killed more than 4,000 people", "The war,
    # now nearing its fifth year, has killed more than 14,000 civilians".
    r"|\b(?:that|the)\s+(?:war|conflict)(?:\s*,[^,.;]{1,60},)?\s+(?:has\s+|had\s+)?(?:killed|left)\b"
    r"|\b(?:in|during|over|after)\s+(?:the\s+)?(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:\d{1,3}|[a-z]+)\s+"
    r"(?:months|years)\s+of\s+(?:the\s+)?(?:war|fighting|conflict)\b"
    # A war named by its length: "during a 12-day war in which more than 1,000 were killed".
    r"|\b(?:during|in|throughout)\s+(?:a|the)\s+(?:\d{1,3}|[a-z]+)-(?:day|week|month)\s+"
    r"(?:war|conflict)\b"
    r"|\bsince\s+(?:its|the(?:\s+(?:city|town|region)['’]s)?)\s+"
    r"(?:liberation|de-occupation|recapture)\b"
    # "288 civilians had been killed during Ukraine's incursion": the whole campaign's toll.
    r"|\b(?:killed|died|dead|wounded|injured|fired|launched)\s+"
    r"(?:in|during|throughout|over\s+the\s+course\s+of)\s+(?:the|its|[\w-]+['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:incursion|occupation|invasion|siege|war|conflict)\b"
    r"(?![-'’]|\s+(?:zone|area|region)s?\b)",
    re.IGNORECASE,
)
_CUMULATIVE_WORDS: tuple[str, ...] = (
    "incursion",
    "siege",
    "invasion",
    " war",
    "conflict",
    "toll",
    "total",
    "months of",
    "years of",
    "liberation",
    "recapture",
    "occupation",
)
_SUPERLATIVE = re.compile(
    r"(?:\b(?:most|first|worst|largest|biggest|heaviest|deadliest)|est)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
""""the deadliest attack since the war began" dates a comparison, not the figure."""
# A report dated before the story's day and told in the past perfect: "Last week, the
# governor said 46 drones had been downed". ("Last week alone, Russia used 1,100 bombs"
# is a weekly total, stated now: no verb of saying with "had".)
_OLD_NEWS = re.compile(
    r"\s*(?:last\s+(?:week|month)|earlier\s+(?:this|last)\s+(?:week|month))\s*,"
    r"[^.;:]{0,80}?\b(?:said|reported|claimed|announced|wrote)\b[^.;:]{0,40}?\bhad\b",
    re.IGNORECASE,
)
# A past month or year opening the sentence: "Last month, a strike on a bus stop killed five
# people" (as "in July 2025"; "this month" stays the news). Only fronted: "the school,
# rebuilt last year, was hit" dates something else.
_PAST_MONTH_LEAD = re.compile(
    r"\s*(?:last|earlier\s+this|earlier\s+last)\s+(?:month|year)(?:\s*,|\s+(?=an?\s|the\s))",
    re.IGNORECASE,
)  # ... or with no comma before an article: "Last year a missile strike ... killed 11"
# A part of a year ("in the last days of 2023") is the news when told as such ("Russia
# deployed 900 drones in the last days of 2024"), background when told in the pluperfect.
_PAST_PERIOD = re.compile(  # ... or a past month: "had dropped 3,100 bombs in October alone"
    rf"\b(?:days|weeks|months|end|half|quarter)\s+of\s+(?:19|20)\d\d\b|\bin\s+(?=[A-Z])(?i:{MONTH})\b"
)
# "In July, Russia had fired a record of more than 700 drones": a fronted past month told
# in the pluperfect (the sentence's opening, outside the figure's clause).
_PAST_MONTH_OPEN = re.compile(  # ... or "Already in June, ..." (translated "Bereits im Juni")
    rf"\s*(?:In|(?:Already|Back|Even)\s+in)\s+(?:(?:early|late|mid)[\s-]+)?(?=[A-Z])(?i:{MONTH})\s*,"
)
# A reminder of past events, as a "Recall:" section label is: "Recall, ...", "We recall that".
# So is "It must be recalled that ...", "It should be remembered that ...".
_RECALL = re.compile(
    r"\s*(?:(?:we|let\s+us)\s+)?recall(?:\s*,|\s+that\b)|\s*it\s+(?:must|should|is\s+to|"
    r"is\s+worth)\s+(?:be\s+)?(?:recalled|remembered|recalling|remembering)\s+that\b",
    re.IGNORECASE,
)
_HAD = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:deployed|launched|fired|used|sent|dropped|hit|struck|attacked)\b"
)
# The same month opening a later clause: "...; in April, it launched more than 300 missiles",
# "During the biggest attack of the summer, in July, Russia sent 700 drones".
_PAST_MONTH_CLAUSE = re.compile(
    rf"(?:^|[;,]\s*)(?i:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?=[A-Z])(?i:{MONTH})\s*,\s*"
    r"(?:(?:it|they|he|she|the\s+\w+|(?-i:[A-Z])[\w.'’-]+)\s+)?$"
)
_MONTH_OPENERS: frozenset[str] = frozenset(["In ", "Alr", "Bac", "Eve"])
"""First letters of a sentence ``_PAST_MONTH_OPEN`` may match."""
_LEAD_REACH = 60
"""How long a fronted adverbial ("Since the start of the year, ...") may be."""
_FRONTED = re.compile(
    r"\s*(?:(?:in\s+(?:total|all)|overall|altogether),\s*)?"
    r"(?:according\s+to\s+[^,.;:]{1,60},\s*)?"  # "In total, according to the ministry, since"
    r"[^,.;:]{0,80},",
    re.IGNORECASE,
)
"""A sentence's opening adverbial ("In total, since the beginning of the operation, ...")."""


_YEAR_AFTER = re.compile(r",\s*(?:19|20)\d\d\b")
"""A year closing a date the clause cut at its comma."""


_BACKGROUND_WORDS: tuple[str, ...] = (
    "19", "20", "since", "far", "ago", "year", "winter", "summer", "autumn", "spring", "per",
    "average", "started", "triggered", "sparked", "began", "ignited", "unleashed", "off",
)  # fmt: skip
"""Every ``_BACKGROUND`` alternative needs one of these (or ``_PER_SPAN``) in the sentence."""
_PER_SPAN = re.compile(r"(?:a|each|every)\s+(?:day|night|week|month)")
"""Run on lower-cased text: its literal first letters let the engine skip ahead."""


@lru_cache(maxsize=512)
def _background_possible(text: str) -> bool:
    """True when ``_BACKGROUND`` can match in ``text`` (its search costs ~50 us a sentence;
    most sentences hold none of its words)."""
    low = text.lower()
    return any(w in low for w in _BACKGROUND_WORDS) or _PER_SPAN.search(low) is not None


# An incident dated to a past month: "In June, three workers were injured when ...",
# "were wounded in August when ..." (a month's summary, "in August", stays the news).
_MONTH_WHEN = re.compile(
    rf"\b(?:in|during)\s+(?-i:(?=[A-Z])){MONTH}\b(?!\.?\s+\d)[^.;:]{{0,80}}?\bwhen\b",
    re.IGNORECASE,
)


# "The attack came one day after Russian drones killed nine people in Sumy": an earlier
# incident; "the killing of 22 people between September and November": a span of months.
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|followed|follows|took\s+place)\s+(?:just\s+|only\s+)?(?:a|an|one|two|"
    r"three|four|five|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+after\b"
    rf"|\bbetween\s+(?-i:(?=[A-Z])){MONTH}\s+and\s+(?:early\s+|late\s+|mid-)?(?-i:(?=[A-Z])){MONTH}\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _background_in(text: str, lo: int, hi: int) -> bool:
    if past_dated(text, lo, hi):
        return True
    if (" after " in text or "between " in text) and _CAME_AFTER.search(text, lo, hi) is not None:
        return True
    if " when " in text and _MONTH_WHEN.search(text, lo, hi) is not None:
        return True
    if _background_possible(text) and any(
        not _SUPERLATIVE.search(text, max(0, m.start() - 40), m.start())
        for m in _BACKGROUND.finditer(text, lo, hi)
    ):
        return True
    return _cumulative_possible(text) and _CUMULATIVE.search(text, lo, hi) is not None


@lru_cache(maxsize=512)
def _cumulative_possible(text: str) -> bool:
    """True when the sentence holds a word every cumulative-toll phrase needs (read once)."""
    low = text.lower()
    return any(w in low for w in _CUMULATIVE_WORDS)


@lru_cache(maxsize=1024)  # pure; asked again per figure and caller
def background(text: str, start: int, end: int) -> bool:
    """True when the clause ``text[start:end]`` dates its figure to a past year or sums it
    over months or years ("In 2022, Russia fired 4,000 missiles", "60,000 drones since
    the start of the operation"): background for the reader, not an event report.

    A fronted adverbial before the clause counts too, when it is all that precedes it or
    opens the sentence ("In total, since the beginning of the operation, 668 aircraft, ...").
    """
    year = _YEAR_AFTER.match(text, end)
    if year is not None:
        end = year.end()  # "the attack of October 7, 2023": the clause stopped at the comma
    if _background_in(text, start, end) or since_lead(text):
        return True
    if (
        "had " in text
        and (_PAST_PERIOD.search(text, start, end) or _PAST_MONTH_OPEN.match(text))
        and _HAD.search(text, 0, end)
    ):
        return True  # "Zelensky said Russia had deployed 300 missiles in the last days of 2023"
    if fronted_past_day(text):
        return True  # "On Thursday, Russia had already attacked with 98 drones"
    if ("ecall" in text[:24] or "emember" in text[:24]) and _RECALL.match(text) is not None:
        return True  # "Recall, the previous attack ... then 7 people were killed"
    if text[:3] in _MONTH_OPENERS and _PAST_MONTH_OPEN.match(text) is not None:
        return True  # "In September, around 20 drones violated ...": a past month's event
    if that_month(text, start):
        return True  # "He reminded that in September, ... four of them were shot down"
    if text[:5].lower() in ("last ", "earli") and (
        _OLD_NEWS.match(text) is not None or _PAST_MONTH_LEAD.match(text) is not None
    ):
        return True  # "Last week, Ukrainian forces said they had downed 46 drones ..."
    if (", in " in text or "; in " in text) and _past_month_clause(text, start):
        return True
    fronted = _FRONTED.match(text)
    if fronted is not None and fronted.end() <= end and _background_in(text, 0, fronted.end()):
        return True
    lead = text[:start].rstrip()
    if not (0 < len(lead) <= _LEAD_REACH and lead.endswith(",")):
        return False
    return _background_in(lead, 0, len(lead))


def _past_month_clause(text: str, start: int) -> bool:
    """True when a past month opens the clause at ``start`` after a comma or semicolon."""
    lo = max(0, start - 40)
    window = ("x" if lo else "") + text[lo:start].rstrip() + " "  # "^" only at the sentence's start
    return _PAST_MONTH_CLAUSE.search(window) is not None


def clear_memo() -> None:
    """Forget the clauses read so far (benchmarks measure an article's cold cost)."""
    background.cache_clear()
    _background_in.cache_clear()


# "updating an earlier figure of 30 drones": a figure the story has replaced.
_SUPERSEDED = re.compile(
    r"\b(?:an?|the|its|their|his|her)\s+(?:earlier|previous|initial|first|preliminary)\s+"
    r"(?:figure|count|tally|estimate|total|report|number)\s+of\s+$",
    re.IGNORECASE,
)
_SUPERSEDED_WORDS: tuple[str, ...] = ("earlier", "previous", "initial", "first", "preliminary")


def superseded(text: str, start: int) -> bool:
    """True when the figure at ``start`` is the earlier figure a newer one replaced."""
    window = text[max(0, start - 60) : start].lower()
    if not any(w in window for w in _SUPERSEDED_WORDS):
        return False
    return _SUPERSEDED.search(text, max(0, start - 60), start) is not None

"""Shared pieces of the numeric detectors: clause bounds, periods and verb classes.

Evidence is the tightest clause carrying a figure, so every detector cuts
clauses the same way. Scans look at most ``_WINDOW`` characters either side so
a 1 MB sentence with no punctuation stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from pipeline.extract._n26words import OUTCOME_VERBS
from pipeline.extract._stemscan import StemScan
from pipeline.extract.numbers import QUALIFIER, parse_number

_WINDOW = 300

MAX_SENTENCE = 2_000
"""Longer "sentences" are not prose (tables, run-together junk): detectors skip them,
which also keeps their per-figure look-arounds from going quadratic."""

_BACK_WORDS = r"that|said|says|added|reported|stated|wrote|while|but|whereas|which|when|after|where"
# Matched on lower-cased text with no leading \b (both would stop re from skipping
# ahead by first character); a word's left edge is checked in Python instead.
_BACK = re.compile(rf"(?:[,;:(–—]|\s[-–—])\s+|(?P<w>{_BACK_WORDS})\s+")
_BACK_AND = re.compile(rf"(?:[,;:(–—]|\s[-–—])\s+|(?P<w>{_BACK_WORDS}|and)\s+")
_FWD_WORDS = r"but|while|whereas|which|said|says|when|after|according"
_FWD = re.compile(rf"[,;:)–—](?=\s|$)|[.!?][\"'”’»)]*$|\s(?:{_FWD_WORDS})\s|\s[-–—]\s", re.I)
_FWD_AND = re.compile(
    rf"[,;:)–—](?=\s|$)|[.!?][\"'”’»)]*$|\s(?:{_FWD_WORDS}|and)\s|\s[-–—]\s", re.IGNORECASE
)
# "... between 6:20 and 7:00 a.m. Most of those were intercepted": the sentence splitter
# keeps "a.m." with what follows, so a capital after it ends the clause there.
_AM = re.compile(r"[ap]\.m\.(?=\s+[A-Z])")


@lru_cache(maxsize=256)
def _lower(text: str) -> str:
    """``text`` lower-cased, or unchanged when lower-casing would move offsets."""
    low = text.lower()
    return low if len(low) == len(text) else text


def _back_stop(low: str, lo: int, start: int, split_and: bool) -> int:
    """Where the clause ending at ``start`` begins, looking back no further than ``lo``."""
    s = lo
    for m in (_BACK_AND if split_and else _BACK).finditer(low, lo, start):
        at = m.start()
        if m.group("w") is None or at == 0 or not low[at - 1].isalnum():
            s = m.end()
    return s


_PUNCT_STOP = re.compile(r"(?:[,;:(–—]|\s[-–—])\s+")
_SPACES = re.compile(r"\s+")
_STOP_WORDS = tuple(_BACK_WORDS.split("|"))


def _word_stops(low: str, word: str) -> list[int]:
    """Offsets after ``word`` + whitespace wherever it stands as a whole word in ``low``.

    ``str.find`` per word: an alternation of words in ``re`` tries every branch at
    every position, several times slower on wire sentences.
    """
    out: list[int] = []
    n = len(word)
    at = low.find(word)
    while at != -1:
        e = at + n
        if (at == 0 or not low[at - 1].isalnum()) and e < len(low) and low[e].isspace():
            spaces = _SPACES.match(low, e)
            assert spaces is not None  # low[e] is a space
            out.append(spaces.end())
        at = low.find(word, at + 1)
    return out


@lru_cache(maxsize=512)
def _all_stops(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Clause starts of ``text`` without and with "and" as a boundary (one read for both)."""
    low = _lower(text)
    base = [m.end() for m in _PUNCT_STOP.finditer(low)]
    for word in _STOP_WORDS:
        if word in low:
            base.extend(_word_stops(low, word))
    base.sort()
    ands = _word_stops(low, "and") if "and" in low else []
    with_and = sorted(set(base).union(ands)) if ands else base
    return tuple(base), tuple(with_and)


def _back_stops(text: str, split_and: bool) -> tuple[int, ...]:
    """Every offset of ``text`` where a clause may begin (after ", ", "said ", ...)."""
    return _all_stops(text)[1 if split_and else 0]


def clause(text: str, start: int, end: int, *, split_and: bool = False) -> tuple[int, int]:
    """Bounds of the clause around ``text[start:end]``, terminal punctuation excluded.

    With ``split_and`` the clause also stops at "and" ("fired 85 rockets ... and
    carried out 35 airstrikes" is two clauses).
    """
    fwd = _FWD_AND if split_and else _FWD
    if start <= _WINDOW:  # the usual case: the sentence's clause stops, read once
        stops = _back_stops(text, split_and)
        i = bisect_right(stops, start)
        s = stops[i - 1] if i else 0
    else:
        s = _back_stop(_lower(text), max(0, start - _WINDOW), start, split_and)
    m2 = fwd.search(text, end, min(len(text), end + _WINDOW))
    e = m2.start() if m2 else min(len(text), end + _WINDOW)
    if ".m. " in text[end:e] and (am := _AM.search(text, end, e)) is not None:
        e = am.end()
    while s < start and text[s].isspace():
        s += 1
    while e > end and text[e - 1].isspace():
        e -= 1
    return s, e


def extend_to_sentence_end(text: str, e: int) -> int:
    """``e`` moved past the sentence's closing punctuation when only that follows."""
    rest = text[e:]
    return len(text) if rest and not rest.strip(".!?\"'”’») ") else e


_PERIOD = re.compile(
    r"\b(?:in|over|during|for|within|throughout)\s+the\s+(?:past|last|previous|preceding)\s+"
    r"(?:(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+)?(?P<unit>hours?|days?|weeks?|months?)\b"
    r"|\b(?P<night>overnight|(?:during|over|through)\s+the\s+night|at\s+night|last\s+night)\b"
    r"|\b(?P<day>(?:in|within)\s+(?:a|one)\s+day|past\s+day|a\s+day\s+earlier)\b"
    r"|\b(?P<week>this\s+week)\b"
    r"|\b(?:in|within|over)\s+(?P<hours>\d{1,3})\s+hours\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def _periods(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, duration) of every period ``text`` states, read once per sentence."""
    return tuple((m.start(), m.end(), d) for m in _PERIOD.finditer(text) if (d := _duration(m)))


def period(text: str, start: int = 0, end: int | None = None) -> str | None:
    """ISO-8601 duration ("PT24H") or "overnight" for the first period ``text[start:end]``
    states (the sentence's periods are read once, then filtered by offset)."""
    stop = len(text) if end is None else end
    for s, e, duration in _periods(text):
        if s >= start and e <= stop:
            return duration
    return None


def _duration(m: re.Match[str]) -> str | None:
    """The duration one ``_PERIOD`` match states, or None ("in the last days of ...")."""
    if m.group("night"):
        return "overnight"
    if m.group("day"):
        return "PT24H"
    if m.group("week"):
        return "P7D"
    if m.group("hours"):
        return f"PT{int(m.group('hours'))}H"
    unit = m.group("unit").lower()
    if m.group("n") is None and unit.endswith("s"):
        return None  # "in the last days of December": several, not one
    n = 1 if m.group("n") is None else parse_number(m.group("n"))
    if n is None or n <= 0:
        return None
    unit = unit.rstrip("s")
    if unit == "hour":
        return f"PT{n}H"
    if unit == "day":
        return "PT24H" if n == 1 else f"P{n}D"
    if unit == "week":
        return f"P{7 * n}D"
    return f"P{n}M"


_LAUNCH = r"launch(?:ed|es|ing)?(?!\s+(?:rocket\s+system|systems?|pad|site|vehicle))"
"""A launch verb, not the noun in "multiple launch rocket system", "multiple rocket launch
system" or "launch pad"."""

# "the enemy directed 14 drones at the city", "directed 146 drones ... against the region":
# a launch told by its aim, only with a figure and the aim after it.
DIRECTED = (
    r"direct(?:ed|s|ing)(?=\s+(?:about\s+|around\s+|some\s+)?\w[\w,-]*\s[^.;]{0,30}?"
    r"\b(?:drones?|UAVs?|missiles?|rockets?|bombs?|shells?|munitions|projectiles|Shaheds?)\b)"
)

ATTACK_VERB = re.compile(
    rf"\b(?:fir(?:ed|es|e|ing)|{_LAUNCH}|dropp(?:ed|ing)|drops?|carr(?:ied|ies|y|ying)"
    r"\s+out|conduct(?:ed|s|ing)?|ma(?:de|ke|kes|king)|struck|strik(?:es|ing)|hit(?:s|ting)?|"
    r"attack(?:ed|s|ing)|shell(?:ed|s|ing)|pound(?:ed|s|ing)|us(?:ed|es|ing)|unleash(?:ed|es|ing)|"
    r"hurl(?:ed|s|ing)|lobb(?:ed|ing)|rain(?:ed|ing)\s+down|"
    # "flew eight airstrikes" (translated German "flog"): only with the strikes it flew
    r"fl(?:ew|own)(?=\s[^.;]{0,60}?\b(?:air\s*strikes|airstrikes|air\s+attacks|sorties)\b)|"
    # "shot at the border region of Sumy within 24 hours 96 times" (translated "beschoss"):
    # only with the times it counts
    r"sho(?:t|ots|oting)\s+(?:at|on)(?=\s[^.;]{0,80}?\b\d[\d,.]*\s+times\b)|"
    r"target(?:ed|s|ing)|bombard(?:ed|s|ing)|bomb(?:ed|ing)|sent|send(?:s|ing)?|"
    rf"{DIRECTED}|"  # "the enemy directed 14 drones at the city"
    # "by glide bombs and drones 11 times": a modified plural in a list is the noun.
    r"(?:(?<!glide\s)(?<!guided\s)(?<!aerial\s)(?<!air\s)bombs|bombs(?!\s+(?:and|or)\s))|"
    # "had come under attack by glide bombs ... 11 times": the attack told as a state.
    r"(?<=under\s)attack(?=\s+(?:by|from|with)\s)|"
    # "spoke of a combined attack since midnight with more than 40 missiles": the noun's "with".
    r"(?:attack|assault|barrage|strike)(?=\s+(?:[\w-]+\s+){0,3}?with\s)|"
    r"stag(?:ed|es|ing)|mount(?:ed|s|ing)|inflict(?:ed|s|ing)|deliver(?:ed|s|ing)|"
    r"deploy(?:ed|s|ing)|involv(?:ed|es|ing)|fell\s+on|landed\s+(?:on|in)|subject(?:ed|s|ing)|"
    r"cross(?:ed|ing)\s+(?:from|into|over)|"
    # "covered Kharkiv in the night with 16 glide bombs" (translated "überzog ... mit")
    r"cover(?:ed|s|ing)(?=\s[^.;]{0,60}?\bwith\s)|"
    r"there\s+(?:were|have\s+been|had\s+been|was))\b",
    re.IGNORECASE,
)
"""Verbs that make a munition count an attack ("fired 85 rockets")."""

ATTACK_SCAN = StemScan(
    ATTACK_VERB,
    (
        "assa", "atta", "barr", "bomb", "carr", "cond", "cove", "cros", "deli", "depl", "dire",
        "drop", "fell", "fire", "firi", "flew", "flow", "hit", "hurl", "infl", "invo", "land",
        "laun", "lobb", "made", "make", "maki", "moun", "poun", "rain", "send", "sent", "shel",
        "shoo", "shot", "stag", "stri", "stru", "subj", "targ", "ther", "unle", "used", "uses",
        "usin",
    ),
)  # fmt: skip
"""``ATTACK_VERB`` scanned from its stems (see :mod:`pipeline.extract._stemscan`)."""

_REPORTED_FIG = r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_REPORTED_NOUN = (
    r"(?:[\w-]+\s+){0,3}?(?:drones|missiles|rockets|UAVs)"  # "three Iskander-M ballistic missiles"
    # translated German "vom Typ": "of the type Shahed", "of the types Shahed and Gerbera"
    r"(?:\s+of\s+the\s+types?\s+[\w-]+(?:(?:/|\s+and\s+)(?-i:[A-Z])[\w-]+)?)?"
)

LAUNCH_VERB = re.compile(
    rf"\b(?:fir(?:ed|es|e|ing)|{_LAUNCH}|sent|send(?:s|ing)?|{DIRECTED}|us(?:ed|es|ing)|"
    r"attack(?:ed|s|ing)|attack\s+(?:by|with|involving|from)|unleash(?:ed|es|ing)|deploy(?:ed|s|ing)|"
    r"employ(?:ed|s|ing)|"  # "the Russian forces employed 57 drones" (French "ont employé")
    r"in\s+total|track(?:ed|s|ing)|detect(?:ed|s|ing)|record(?:ed|s|ing)|spott(?:ed|ing)|counted|"
    r"register(?:ed|s|ing)|target(?:ed|ing)|cross(?:ed|es|ing)\s+(?:from|into|over|the)|entered|hurl(?:ed|s|ing)|"
    # "The air force reports 48 Russian drones in the night.": the count that came in, when
    # no outcome follows the noun ("reported 20 drones destroyed" is the shoot-down).
    # The day phrase is the verb's own, so no later outcome verb stands nearer the figure.
    r"report(?:s|ed)(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"  # "on Sunday"
    r"(?:\s+(?:morning|evening|night))?|\s+(?:in|during)\s+the\s+night|\s+overnight)?"
    # "reported ... three ballistic missiles of the type Iskander-M and 72 attack drones."
    rf"(?=\s+(?:about\s+|around\s+|some\s+)?{_REPORTED_FIG}\s+{_REPORTED_NOUN}"
    rf"(?:\s+and\s+{_REPORTED_FIG}\s+{_REPORTED_NOUN})?"
    # "... during the night." (art49-02)
    r"(?:\s+(?:(?:in|during)\s+the\s+night|overnight|in\s+total))?\s*[.;,])|"
    # "U.S. forces engaged seven drones, destroying six of them": what came in.
    r"engag(?:ed|es|ing)|involv(?:ed|es|ing)|aim(?:ed|ing)\s+at|"
    # "48 drones were heading for the Kharkiv region": what came in, by its course.
    r"head(?:ing|ed)\s+(?:for|to|towards?)|carried\s+out\s+"
    # "carried out a qualitative operation with three drones" (Houthi statements)
    r"(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:operation|attack|strike)\s+)?(?:using|with)|"
    # "announced the execution of a qualitative military operation with three drones"
    r"execution\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?operation\s+(?:using|with)|"
    r"fl(?:ew|own)\s+(?:in\s+the\s+night(?:\s+to\s+\w+)?\s+|overnight\s+)?"  # "had flown towards"
    r"(?:towards?|to|into|in\s+the\s+direction\s+of)|"
    # "Three drones had penetrated into Polish airspace": an incursion is a launch.
    r"(?:penetrat|violat)(?:ed|ing)\s+(?:into\s+)?(?:[\w-]+\s+){0,2}?airspace|"
    # "300 drones attempted infiltration at 36 locations": an incursion is a launch.
    r"attempt(?:ed|ing)\s+(?:to\s+)?(?:infiltrat|intru|penetrat|breach)\w*|"
    # "the missiles included 14 ballistic missiles ...": a launch broken down by class.
    r"(?:missiles|drones|barrage|salvo|attack|wave)\s+(?:included|comprised|consisted\s+of)|"
    # "Last night there were about 30 ballistic missiles in two salvos": what came in.
    r"there\s+(?:were|had\s+been)|"
    # "The air defence had to fend off 61 drones": what it faced, the outcome told after.
    r"(?:had|has|have)\s+to\s+(?:fend|ward)\s+off)\b"
    # "struck the port overnight with 37 drones": an attack told by its weapons, as
    # "attacked ... with" is (a bare "two drones struck a house" tells the hits).
    r"|\b(?:struck|strik(?:es|ing)|hit(?:s|ting)?|pound(?:ed|s|ing)|bombard(?:ed|s|ing))\b"
    rf"(?=[^.;:\d]{{0,80}}?\bwith\s+{QUALIFIER}"
    r"(?:\d|[a-z]+[-\s]))"
    r"|-launched\b",
    re.IGNORECASE,
)
"""Verbs stating how many air weapons came in."""

LAUNCH_SCAN = StemScan(
    LAUNCH_VERB,
    (
        "-lau", "aime", "aimi", "atta", "atte", "barr", "bomb", "carr", "coun", "cros", "depl",
        "dete", "dire", "dron", "empl", "enga", "ente", "exec", "fire", "firi", "flew", "flow",
        "had", "has", "have", "head", "hit", "hurl", "in", "invo", "laun", "miss", "pene", "poun",
        "reco", "regi", "repo", "salv", "send", "sent", "spot", "stri", "stru", "targ", "ther",
        "trac", "unle", "used", "uses", "usin", "viol", "wave",
    ),
)  # fmt: skip
"""``LAUNCH_VERB`` scanned from its stems (see :mod:`pipeline.extract._stemscan`)."""

INTERCEPT_VERB = re.compile(
    r"\b(?:shot\s+down|shoots?\s+down|shooting\s+down|brought\s+down|bring\s+down|taken\s+down|"
    r"downed|downing|downs|destroy(?:ed|s|ing)?|intercept(?:ed|s|ing)?|neutrali[sz](?:ed|es|ing|e)|"
    r"repell?(?:ed|s|ing)?|eliminat(?:ed|es|ing)|suppress(?:ed|es|ing)|jamm(?:ed|ing)|"
    r"sunk|"  # "Eleven naval drones were tracked and sunk"
    rf"{OUTCOME_VERBS}|"  # literal translations: "were felled", "hit by the air defence"
    r"(?:made|rendered)\s+harmless|"  # translated German "unschädlich gemacht"
    # "made 37 Russian drones harmless": the German verb frame around its object.
    r"(?:made|rendered|makes|making)(?=\s+(?:[\w-]+\s+){1,5}harmless\b)|"
    r"switched\s+off|"  # translated German "ausgeschaltet"
    r"disabl(?:ed|es|ing)|"  # "air defence systems on duty disabled 28 drones" (TASS)
    # "None of the six Kinzhal ... was stopped", "stopped 40 of the 52 drones": agency English.
    r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=be\s))stopped(?!\s+(?:from|at|on|for)\b)|"
    r"stopped(?=\s+(?:all|both|\d[\d,]*)\b)|"
    r"(?<!had\sto\s)(?<!has\sto\s)(?<!have\sto\s)"  # "had to fend off 61 drones": what came
    r"(?:fend(?:ed|s|ing)?|ward(?:ed|s|ing)?)\s+off|"  # translated German: "abgewehrt"
    # "recorded the destruction of two guided aircraft bombs": the outcome as a noun.
    r"(?:destruction|interception)\s+of|(?:took|take|takes|taking|knock(?:ed|s|ing)?)\s+(?:out|down))\b",
    re.IGNORECASE,
)
"""Verbs stating an air-defence outcome (electronic-warfare suppression included)."""

INTERCEPT_SCAN = StemScan(
    INTERCEPT_VERB,
    (
        "abat", "brin", "brou", "dest", "disa", "down", "elim", "fell", "fend", "hit", "inte",
        "jamm", "knoc", "made", "make", "maki", "neut", "rend", "repe", "shoo", "shot", "stop",
        "stru", "sunk", "supp", "swit", "take", "taki", "took", "topp", "ward",
    ),
)  # fmt: skip
"""``INTERCEPT_VERB`` scanned from its stems (see :mod:`pipeline.extract._stemscan`)."""

LOST_VERB = re.compile(
    r"\b(?:(?:locationally|locally|location)\s+lost|lost\s+(?:in\s+)?(?:locationally|locally|location|"
    r"(?:from|on|off)\s+(?:the\s+)?radars?|"
    r"(?:to|due\s+to|because\s+of)\s+electronic|track(?:ing)?)|(?:disappeared|vanished)\s+from\s+"
    r"(?:the\s+)?radars?|missed\s+(?:their|its)\s+targets?|"
    # "the location of 22 was lost"
    r"location\s+of\s+(?:\S+\s+){1,3}(?:was|were|had\s+been)\s+lost)\b",
    re.IGNORECASE,
)
"""Weapons that went missing ("locationally lost", "lost from radar"): an outcome, but
not a shoot-down, so never counted as intercepted."""

LOST_SCAN = StemScan(LOST_VERB, ("disa", "loca", "lost", "miss", "vani"))
"""``LOST_VERB`` scanned from its stems (see :mod:`pipeline.extract._stemscan`)."""

# "without saying how many had been shot down": an intercept verb that states nothing.
_UNSTATED = re.compile(
    r"\b(?:how\s+many|whether|if\s+any|without\s+(?:saying|specifying|giving)|"
    r"(?:did\s+not|didn't|does\s+not|doesn't|not)\s+(?:say|specify|disclose|give))\b"
    r"[^.;:]{0,60}$",
    re.IGNORECASE,
)


_PURPOSE = re.compile(
    r"(?:\b(?:needs?|needed|requires?|required|enough|in\s+order|aims?|aimed|wants?|wanted|"
    r"intended|designed|would\s+take)\b[^.;:]{0,40}?\bto\s+|^[ \t]*to\s+)$",
    re.IGNORECASE,
)
"""A purpose, not an outcome: "would need 10 Patriots to fend off 500 drones", "To
intercept 60 missiles, Kyiv needs ..." (the infinitive no air defence has done)."""


# "..., destroying 22 residential buildings": damage done, not an air-defence outcome. The
# words before the object name no air weapon ("destroyed 12 drones above the buildings").
_DAMAGE_OBJECT = re.compile(
    r"\s+(?:(?!(?:drones?|missiles?|rockets?|uavs?|shaheds?|projectiles?|bombs?|targets?|"
    r"unmanned|aerial)\b)"
    r"[\w,-]+\s+){0,3}?(?:buildings?|houses?|homes?|apartments?|flats|dwellings|vehicles|cars|"
    r"trucks|warehouses?|shops|stores|garages?|facilities|substations?|bridges?|schools?|"
    r"churches|enterprises?|power\s+lines|windows|roofs|power|electricity|heating|water|lights)\b",
    re.IGNORECASE,
)


def stated_outcomes(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Intercept verbs in ``text[lo:hi]`` that state an outcome (not "how many were shot
    down", not damage: "destroying 22 residential buildings")."""
    return [
        v
        for v in INTERCEPT_SCAN.finditer(text, lo, hi)
        if not _UNSTATED.search(text, max(0, v.start() - 80), v.start())
        and not _PURPOSE.search(text, max(0, v.start() - 50), v.start())
        and not (
            v.group()[:4].lower() in ("dest", "knoc", "took", "take")
            and _DAMAGE_OBJECT.match(text, v.end())
        )
    ]


# "repelled an attack by four drones flying towards Moscow": the attack's every weapon downed.
_REPELLED_ATTACK = re.compile(
    r"\b(?:repell?(?:ed|ing)|repuls(?:ed|ing)|thwarted|foiled)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?attacks?\s+(?:by|of|involving)\s+"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)


def repelled_attack(text: str, start: int, noun_end: int) -> bool:
    """True when the figure at ``start`` (its weapon noun ending at ``noun_end``) counts an
    attack said to be repelled, and no outcome of its own follows ("..., all of which were
    shot down" is read as launch and outcome)."""
    if _REPELLED_ATTACK.search(text, max(0, start - 60), start) is None:
        return False
    return not stated_outcomes(text, noun_end, len(text))

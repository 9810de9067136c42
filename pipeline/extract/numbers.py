"""Counts as wire copy writes them: digits, number words, qualifiers and ratios.

Detectors never look at raw digits: they ask :func:`find_quantities` for the
counts in a sentence, so ages, money, years, dates, percentages, times and
ordinals ("47th Brigade") are filtered out once, here, and every detector
agrees on what "more than 40" or "five out of seven" means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract._corrected import corrected_away
from pipeline.extract.model import Approx

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
SMALL_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
"""The number words "one" to "twelve" as a bare alternation (no group, no boundaries), for
the detectors' own patterns."""
TWO_TO_TEN = "two|three|four|five|six|seven|eight|nine|ten"
"""The number words "two" to "ten", likewise (a group's figure that is never "one")."""
TEEN_WORDS = "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
"""The number words "thirteen" to "nineteen", likewise."""

# "million" is parsed but never matched on its own: "$40 million" must not read as a count.
_WORD = (
    "(?:"
    + "|".join(sorted([*_UNITS, *_TENS, "hundred", "thousand", "dozen"], key=len, reverse=True))
    + ")"
)
# "a hundred", "a dozen"; then up to six more words: "two hundred and fifty-one".
_WORDNUM = (
    # "half a dozen" is six.
    rf"(?<![\w-])(?:half\s+a\s+(?=dozen\b)|an?\s+(?=(?:hundred|thousand|dozen)\b))?{_WORD}"
    # "and" joins only after a scale ("two hundred and fifty"): "three and five" is two.
    rf"(?:(?:(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+|[\s-]+){_WORD}){{0,6}}\b(?![-‐][^\W\d])"
)
# Bounded digit runs: a 1 MB run of digits costs a few steps per position, no more.
_DIGITS = (
    r"(?<![\w$€£₴.,/:-])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[  ]\d{3})+|\d{1,3}(?:\.\d{3})+|\d{1,9})"
    r"(?![\d%]|-(?!plus\b)|[.,:]\d|[^\W\d])"
)
_NUM = rf"(?:{_DIGITS}|{_WORDNUM})"
_QUAL = (
    r"(?P<{p}least>more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of"
    r"|no\s+(?:fewer|less)\s+than|not\s+less\s+than)"
    r"|(?P<{p}about>about|around|approximately|some|roughly|an\s+estimated"
    r"|estimated|close\s+to|approx\.)"
    r"|(?P<{p}most>up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|fewer\s+than"
    r"|less\s+than|as\s+many\s+as|under|nearly|almost|just\s+under)"
)
QUALIFIER = rf"(?:(?:{re.sub(r'[(][?]P<[{]p[}][a-z]+>', '(?:', _QUAL)})\s+)?"
"""An optional qualifier and its space before a figure ("about ", "more than ", "up to "),
with no groups: the one spelling of the words the detectors' look-behind patterns accept."""
# Python's re scans word alternations slowly, so figures are found from anchors
# (digit runs, number words located with str.find) and read with anchored matches.
_PREFIX = re.compile(
    rf"(?:(?P<all>\ball)\s+(?:of\s+(?:the\s+)?)?)?(?:\b(?:{_QUAL.format(p='q_')})\s+)?$",
    re.IGNORECASE,
)
_PREFIX_TAILS = (
    "than", "over", "least", "of", "about", "around", "approximately", "some", "roughly",
    "estimated", "to", "approx.", "most", "under", "nearly", "almost", "as", "all", "the",
)  # fmt: skip
"""How every non-empty ``_PREFIX`` match ends (before its spaces)."""


def _prefix(text: str, at: int) -> re.Match[str] | None:
    """The qualifier and "all" before the figure at ``at`` (an empty match when none).

    A ``$``-anchored search tries every start in its window, so it runs only when the
    word before the figure can end a qualifier.
    """
    lo = max(0, at - 40)
    end = at
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end < at and text[lo:end].lower().endswith(_PREFIX_TAILS):
        return _PREFIX.search(text, lo, at)
    return _PREFIX.match(text, at, at)


_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_A_SCALE = re.compile(r"\ban?\s+$", re.IGNORECASE)
# "nearly all of the 60 rockets": not every one, the share unstated.
_NEAR_ALL = re.compile(r"\b(?:nearly|almost|virtually|practically)\s+$", re.IGNORECASE)
_AT = re.compile(
    rf"""(?P<num>{_NUM})
        (?P<more>\s+or\s+more\b|\+|-plus\b)?(?P<so>\s+or\s+so\b)?  # "a hundred or so"
        (?:\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+|(?-i:[A-Z])\w+['’]s\s+)?
        (?:(?:roughly|about|around|approximately|some|nearly|almost|more\s+than|at\s+least)\s+)?
        (?P<total>{_NUM}))?""",
    re.IGNORECASE | re.VERBOSE,
)
# "15 to 20 shells", "two or three missiles", "between 20 and 25 drones", "15-20": a
# range is one figure, its lower bound, read "at least" (never two counts).
_RANGE_TAIL = re.compile(rf"(?:\s+(?:to|or)\s+|\s*[–—]\s*)(?P<hi>{_NUM})", re.IGNORECASE)
_RANGE_DIGITS = re.compile(r"(?P<lo>\d{1,6})-(?P<hi>\d{1,6})(?![\d%-]|[.,:]\d|[^\W\d])")
_BETWEEN = re.compile(rf"\s+and\s+(?P<hi>{_NUM})", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_DIGIT_RUN = re.compile(r"\d+")
_ANCHOR_WORDS = (*_UNITS, *_TENS, "hundred", "thousand", "dozen")
_NESTED_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("six", ("sixteen", "sixty")), ("seven", ("seventeen", "seventy")),
    ("eight", ("eighteen", "eighty")), ("nine", ("nineteen", "ninety")), ("four", ("fourteen",)),
    ("thir", ("thirteen", "thirty")), ("fif", ("fifteen", "fifty")), ("twe", ("twelve", "twenty")),
)  # fmt: skip
"""Anchor words looked for only where a part of them occurs: most sentences hold none."""
_LEAD_WORDS = tuple(w for w in _ANCHOR_WORDS if all(w not in n for _, n in _NESTED_WORDS))
"""The anchor words looked for in every sentence (the others are in ``_NESTED_WORDS``)."""
_TOKEN = re.compile(r"[a-z]+")

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
"""A month name or its abbreviation (lower case: the patterns using it ignore case)."""
_BEFORE_EXCLUDE = re.compile(
    rf"(?:\b{MONTH}\.?\s+|[$€£₴]\s*|\b(?:us|usd|eur|uah)\s*|\baged\s+|\bno\.\s*|\bnumber\s+"
    # "aged 10 and 18", "aged 34, 51 and 77": every listed figure is an age.
    r"|\baged\s+\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|to)\s+)\d{1,3})*"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+)"
    r"|\b(?:flight|boeing|airbus|article|resolution|chapter|section|page|room|brigade|battalion"
    r"|regiment|division|corps|route|highway|block|apartment|house|building|model|version)\s+"
    r")$",
    re.IGNORECASE,
)
_EXCLUDE_ENDS = (
    "jan", "uary", "feb", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
    "aug", "august", "sep", "sept", "ember", "oct", "october", "nov", "dec", ".", "$", "us",
    "usd", "eur", "uah", "aged", "number", ",", "and", "or", "to", "flight", "boeing",
    "airbus", "article", "resolution", "chapter", "section", "page", "room", "brigade",
    "battalion", "regiment", "division", "corps", "route", "highway", "block", "apartment",
    "house", "building", "model", "version",
)  # fmt: skip
"""How every ``_BEFORE_EXCLUDE`` match ends before its spaces (lower-cased): an ASCII
window ending otherwise cannot match, so the ``$``-anchored search is skipped."""
_RANGE_NEXT = frozenset("tToOaA–—")
"""The first character after the spaces behind a range's low figure ("to", "or", "and", a
dash), as ``_RANGE_TAIL`` and ``_BETWEEN`` require."""
# "the one", "this one", a sentence's "That one ..."; "announced that one person was killed"
# is a count.
_ONE_PRONOUN = re.compile(
    r"\b(?:no|any|some|every|the|this)\s+$|(?:^|[.!?;:]\s*)(?-i:That)\s+$", re.IGNORECASE
)
_AFTER_EXCLUDE = re.compile(
    rf"""^(?:\s*(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b           # 24 February
        |\s*(?:%|percent\b|per\s*cent\b|percentage)
        |[-‐\s]+(?:years?|months?|weeks?|days?)[-‐\s]+old\b       # 45-year-old
        |\s*(?:million|billion|trillion|bn|m)?\s*(?:dollars|euros|hryvnias?|r[o]?ubles?
               |pounds|yuan|usd|eur|uah)\b
        |\s*(?:million|billion|trillion)\b
        |\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|o'clock\b|kyiv\s+time))""",
    re.IGNORECASE | re.VERBOSE,
)
# "the toll rose by two to 9 dead": the change, not a count; the figure after "to" is.
_RISE_BY = re.compile(
    r"\b(?:rose|risen|increased|climbed|grew|grown|jumped|fell|dropped)\s+by\s+$", re.IGNORECASE
)
_TO_NUM = re.compile(r"\s+to\s+\w", re.IGNORECASE)
# "a 'Palestine 2' missile", "two Zulfiqar 3 ballistic missiles": the digit names the model.
_MODEL_NAME_BEFORE = re.compile(
    r"(?:[‘'“\"]|\b(?i:a|an|with|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)"
    r"[A-Z][a-z]{2,}\s$"
)
_MODEL_NAME_AFTER = re.compile(
    r"[’'”\"]?\s+(?:[a-z-]+\s+){0,2}?(?:missiles?|rockets?|drones?)\b", re.IGNORECASE
)


_COUNTED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?|bombs?|shells?|uavs?|shaheds?|"
    r"projectiles|munitions|people|civilians|children|soldiers|troops|residents|attacks|"
    r"strikes|airstrikes|times)\b",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|of|before|after|during|through|to|the|early|late|"
    r"mid|summer|winter|spring|autumn|fall)\s+|[-–/]\s*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count stated in a text, with its qualifier and position."""

    value: int
    approx: Approx
    start: int
    """Offset of the expression (qualifier included) in the text searched."""
    end: int
    total: int | None = None
    """Y of "X out of Y" / "X of Y", else None."""
    all: bool = False
    """True for "all 14": every one of the stated count."""
    num_start: int = 0
    """Offset of the number itself (after "all"/qualifier)."""


def parse_number(text: str) -> int | None:
    """The integer a digit string or number-word phrase denotes, or None."""
    raw = text.strip().lower()
    if not raw:
        return None
    digits = raw.replace(",", "").replace(" ", "").replace("\u202f", "").replace("\xa0", "")
    if "." in digits and _DOT_THOUSANDS.fullmatch(digits) is not None:
        digits = digits.replace(".", "")  # "4.230": German thousands in translated copy
    if digits.isdigit():
        return int(digits)
    if raw.startswith("half a dozen"):
        return 6 if raw == "half a dozen" else None
    total = current = 0
    seen = False
    for tok in _TOKEN.findall(raw):
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok == "dozen":
            current = max(current, 1) * 12
        elif tok in _SCALES:
            total += max(current, 1) * _SCALES[tok]
            current = 0
        elif tok in ("a", "an", "and"):
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def _approx(prefix: re.Match[str] | None, more: bool) -> Approx:
    if more or (prefix is not None and prefix.group("q_least")):
        return "at_least"
    if prefix is not None and prefix.group("q_about"):
        return "about"
    if prefix is not None and prefix.group("q_most"):
        return "at_most"
    return "exact"


def _anchors(text: str) -> list[int]:
    """Where a figure may start: digit runs and number words at a word start."""
    found = [m.start() for m in _DIGIT_RUN.finditer(text)]
    low = text.lower()
    if len(low) == len(text):
        _word_starts(low, _LEAD_WORDS, found)
        for part, longer in _NESTED_WORDS:  # "sixteen" and "sixty" only where "six" is
            if part in low:
                _word_starts(low, longer, found)
    else:  # lower-casing changed offsets: fall back to a regex scan
        found.extend(m.start() for m in _WORD_SCAN.finditer(text))
    found.sort()
    return found


def _word_starts(low: str, words: tuple[str, ...], found: list[int]) -> None:
    """Add to ``found`` where each of ``words`` occurs in ``low`` at a word start."""
    for word in words:
        at = low.find(word)
        while at != -1:
            if at == 0 or not (low[at - 1].isalpha() or low[at - 1] == "-"):
                found.append(at)
            at = low.find(word, at + len(word))


def _capital_word_before(text: str, start: int) -> bool:
    """True when ``text[:start]`` ends with a capitalised ASCII word of three or more
    letters and a space ("Palestine "), as ``_MODEL_NAME_BEFORE`` requires."""
    k = start - 2
    while k >= 0 and "a" <= text[k] <= "z":
        k -= 1
    return k >= 0 and start - 2 - k >= 2 and "A" <= text[k] <= "Z" and text[start - 1] == " "


def _excluded(text: str, start: int, end: int, raw: str) -> bool:
    """True for numbers that are never event counts: dates, ages, money, years, times."""
    head = text[max(0, start - 24) : start].rstrip()
    if (not head.isascii() or head.lower().endswith(_EXCLUDE_ENDS)) and _BEFORE_EXCLUDE.search(
        text, max(0, start - 24), start
    ):
        return True
    if raw.lower() == "one" and _ONE_PRONOUN.search(text, max(0, start - 8), start):
        return True
    if "ot " in text[max(0, start - 12) : start] and corrected_away(text, start, end):
        return True  # "not with 112 drones as stated in the morning"
    if _AFTER_EXCLUDE.match(text[end : end + 40]):
        return True
    if (
        len(raw) <= 2
        and start > 4
        and text[start - 1] == " "
        and text[start - 2].islower()
        and raw.isdigit()
        and _capital_word_before(text, start)
        and _MODEL_NAME_BEFORE.search(text, max(0, start - 24), start) is not None
        and _MODEL_NAME_AFTER.match(text, end) is not None
    ):
        return True
    by = "by " in text[max(0, start - 4) : start]
    if by and _TO_NUM.match(text, end) and _RISE_BY.search(text, max(0, start - 16), start):
        return True
    if raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100:
        # A year, unless a counted noun follows ("2000 drones", not "in 2024 drones").
        return not _COUNTED.match(text, end) or bool(
            _YEAR_BEFORE.search(text, max(0, start - 12), start)
        )
    return False


@lru_cache(maxsize=512)
def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Every count in ``text`` that could be an event figure, in order.

    Cached: the three detectors read the same sentences one after another.
    """
    out: list[Quantity] = []
    pos = 0
    for anchor in _anchors(text):
        if anchor < pos:
            continue
        at = anchor
        scaled = text[at : at + 8].lower().startswith(("hundred", "thousand", "dozen"))
        a_scale = _A_SCALE.search(text, max(0, at - 4), at) if scaled else None
        if a_scale is not None:  # "a hundred" (the word test first: the regex rarely fits)
            at = a_scale.start()
            if at >= 5 and text[at - 5 : at].lower() == "half ":
                at -= 5  # "half a dozen"
        m = _AT.match(text, at)
        if m is None:
            ranged = _RANGE_DIGITS.match(text, at)
            if (
                ranged is not None
                and (at == 0 or not text[at - 1].isalnum())
                and not _excluded(text, at, ranged.end("lo"), ranged.group("lo"))
                and not _excluded(text, ranged.start("hi"), ranged.end(), ranged.group("hi"))
                and int(ranged.group("hi")) > int(ranged.group("lo"))
            ):
                out.append(_range(text, at, ranged.span("lo"), ranged.group("lo"), ranged.end()))
                pos = ranged.end()
            continue
        pos = m.end()
        raw = m.group("num")
        ns, ne = m.span("num")
        if _excluded(text, ns, ne, raw) or raw.lower() == "dozen":
            continue  # a bare "dozen" ("several dozen", "a few dozen") is no count
        value = parse_number(raw)
        if value is None:
            continue
        total = None
        end = m.end()
        if m.group("total") is not None:
            ts, te = m.span("total")
            if not _excluded(text, ts, te, m.group("total")):
                total = parse_number(m.group("total"))
            if total is None or total < value:
                # Not a ratio after all: keep the first figure, rescan from its end.
                total = None
                end = pos = ne + len(m.group("more") or "")
        hi = _range_end(text, ns, ne, m, value)
        if hi is not None:
            out.append(_range(text, at, (ns, ne), raw, hi))
            pos = hi
            continue
        prefix = _prefix(text, at)
        start = prefix.start() if prefix is not None else at
        whole = prefix is not None and prefix.group("all") is not None
        if whole and _NEAR_ALL.search(text, max(0, start - 14), start):
            whole, start = False, at  # the figure alone; "nearly all of the" stays before it
        out.append(
            Quantity(
                value=value,
                approx="about" if m.group("so") else _approx(prefix, bool(m.group("more"))),
                start=start,
                end=end,
                total=total,
                all=whole,
                num_start=ns,
            )
        )
    return tuple(out)


def _range_end(text: str, ns: int, ne: int, m: re.Match[str], value: int) -> int | None:
    """End of a range starting with the figure at ``text[ns:ne]``, or None when no range.

    "rose from 12 to 14" is a change, not a range: the second figure is the count.
    """
    if m.group("total") is not None or m.group("more"):
        return None
    nxt = ne
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    if nxt == len(text) or text[nxt] not in _RANGE_NEXT:
        return None  # every range tail goes on with "to", "or", "and" or a dash
    before = text[max(0, ns - 10) : ns]
    tail = (_BETWEEN if _BETWEEN_BEFORE.search(before) else _RANGE_TAIL).match(text, ne)
    if tail is None or _CHANGE_BEFORE.search(before):
        return None
    hs, he = tail.span("hi")
    high = parse_number(tail.group("hi"))
    if high is None or high <= value or _excluded(text, hs, he, tail.group("hi")):
        return None
    return he


def _range(text: str, at: int, num: tuple[int, int], raw: str, end: int) -> Quantity:
    """The lower bound of a range as an "at least" figure covering the whole range."""
    before = _BETWEEN_BEFORE.search(text, max(0, at - 10), at)
    start = before.start() if before is not None else at
    prefix = _prefix(text, start)
    if prefix is not None and prefix.start() < start:
        start = prefix.start()
    return Quantity(parse_number(raw) or 0, "at_least", start, end, num_start=num[0])


_WORD_SCAN = re.compile(rf"\b{_WORD}\b", re.IGNORECASE)

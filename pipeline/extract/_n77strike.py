"""Round n77's front-tally revision (helper h_gen_n77, ``dev_numeric127``), the outermost call of
:func:`pipeline.extract._n28strike.revise`.

Front summaries (General Staff, governors, regional administrations) count attacks in shapes
the main reader either reads with the wrong weapon or does not read; recaps beside them carry
launch totals of earlier nights the conventions call background. Read over every labelled
set (studied, never copied), four mechanisms recur:

- one "N times" count told with a list of weapons of two or more kinds ("with artillery,
  drones and glide bombs more than 20 times", "came under attack by mortars, drones and glide
  bombs 97 times", "11 times with artillery and from MLRS") is one ``other`` strike; a list of
  one kind before its own count ("with artillery 19 times and with FPV drones 34 times") gives
  that count its kind (the reader took the weapon nearest the figure, or the next item's);
- a shelling tally told in translated order ("Counted were also 4.305 shellings, of them 146
  with multiple rocket launchers", "The artillery shellings were 182") is an artillery strike
  (and its share one of the share's kind), and "N bombardments" counted beside air strikes or
  bombs is the shelling of a front summary (``artillery``, as "N shellings" is);
- a launch told in a comparison's "when" clause behind an abbreviated month ("the largest
  since Sept. 7, when Russia launched 810 drones"), under a fronted whole year or "Only in
  July," or a month fronting a later clause ("...; in October alone,"), in a running total
  "since the resumption of ... , N ... have been launched", and a launch dated "last year" in
  its own words, are background: the strike goes;
- a region share "N of them / of which over X" right after a shoot-down total with no launch
  takes no launch from elsewhere (a week's total or a General Staff tally told paragraphs
  before): :mod:`pipeline.extract._n77air` unpairs it and gives the launch back its strike.

Literal gates before every regex; regexes run on candidate sentences only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _n77air
from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract._numclause import clause
from pipeline.extract._sentindex import sentence_of
from pipeline.extract._strikeback import compared_when, strike_background
from pipeline.extract.model import Document, Finding, Strike, StrikeWeapon
from pipeline.extract.numbers import MONTH, find_quantities

__all__ = ["strikes"]

_N = (
    r"(?:\d[\d,.]*\d|\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen)"
)
_QUAL = r"(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|roughly)\s+)?"
_KINDS: tuple[tuple[StrikeWeapon, re.Pattern[str]], ...] = (
    (
        "mlrs",
        re.compile(r"mlrs|\bgrad\b|uragan|smerch|multiple\s+(?:launch\s+)?rocket|rocket\s+launch"),
    ),
    (
        "glide_bomb",
        re.compile(r"glide\s+bomb|guided\s+(?:aerial\s+)?bomb|aerial\s+bomb|\bkabs?\b|bombs?\b"),
    ),
    ("drone", re.compile(r"drone|\buavs?\b|shahed|lancet|quadcopter|kamikaze")),
    ("airstrike", re.compile(r"aircraft|aviation|warplane|\bjets?\b|air\s*strike|helicopter")),
    ("artillery", re.compile(r"artillery|mortar|\btanks?\b|howitzer|\bguns?\b|cannon|\bshells?\b")),
    ("missile", re.compile(r"missile|iskander|kinzhal|kalibr")),
    ("rocket", re.compile(r"rocket")),
    ("other", re.compile(r"weapons|munitions|means\b")),
)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|or|as\s+well\s+as)\s+", re.IGNORECASE)
_OPEN_END = re.compile(r"(?:,|\b(?:and|or))\s*$", re.IGNORECASE)
_INNER = re.compile(r"\b(?:with|by|from|using|at|on|in|against|into)\b", re.IGNORECASE)
_TIMES = re.compile(rf"(?P<n>{_N})\s+times\b", re.IGNORECASE)
_PREP = re.compile(r"\b(?:with|by|using)\s+", re.IGNORECASE)
_QUAL_TAIL = re.compile(
    r"\s*\b(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|roughly)\s*$", re.I
)
_POST = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:with|using|from)\s+", re.IGNORECASE)
_POST_END = re.compile(
    r"[.;:]|,\s+(?:the|a|an|he|she|it|they|said|says|according|wounding|injuring|killing|"
    r"which|who|while|where|including|of\s+them|reported|wrote)\b|\b(?:twice|once|thrice|times)\b",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"(?:^|(?<=[\s\"“]))(?:Counted|Recorded|Registered|Documented)\s+were\s+"
    rf"(?:also\s+|further\s+|in\s+addition\s+)?(?P<q>{_QUAL}{_N})\s+"
    r"(?P<noun>(?:artillery\s+)?(?:shellings|shelling\s+attacks|bombardments|artillery\s+attacks))\b"
    rf"(?:,?\s*(?:of\s+(?:them|which|these)|thereof|among\s+them|including)\s+(?P<s>{_N})\s+"
    r"(?:times\s+)?(?:with|from|by|using)\s+(?P<w>[^.;,]{2,60}))?",
)
_WERE = re.compile(
    r"\b[Tt]he\s+(?:artillery\s+|mortar\s+)?(?:shellings|bombardments)\s+(?:were|have\s+been|"
    rf"amounted\s+to|numbered|totall?ed)\s+(?P<q>{_QUAL}{_N})\b"
    r"(?!\s*(?:%|per\s*cent|percent|years?|km|kilomet|met(?:re|er)s|hours|days|minutes))"
    rf"|\bWere\s+(?P<q2>{_QUAL}{_N})\s+the\s+(?:artillery\s+)?(?:shellings|bombardments)\b",
)
_BOMBARD_BESIDE = ("air strike", "airstrike", "air raid", "guided bomb", "glide bomb", "clashes")
_ABBR = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s+\d)")
_ABBR_LITS = ("Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep", "Oct.", "Nov.", "Dec.")
_FRONTED = re.compile(
    r"\W*(?:(?:In|During|Over|Throughout)\s+(?:the\s+)?(?:whole|entire|course)\s+(?:of\s+)?"
    r"(?:the\s+year\s+)?(?:19|20)\d\d|Throughout\s+(?:19|20)\d\d|"
    rf"(?:Only|Just|Already|Even)\s+in\s+(?:early\s+|mid-|late\s+)?(?-i:(?=[A-Z])){MONTH}"
    r"(?:\s+(?:19|20)\d\d)?)\s*,",
    re.IGNORECASE,
)
_CLAUSE_MONTH = re.compile(
    rf"\s*(?:in|during)\s+(?-i:(?=[A-Z])){MONTH}\b(?:\s+(?:19|20)\d\d)?(?:\s+alone)?\s*,",
    re.IGNORECASE,
)
_LAST_YEAR = re.compile(
    r"(?<!since\s)(?<!than\s)(?<!until\s)\blast\s+year\b(?!['’]s)", re.IGNORECASE
)
_SINCE_RUN = re.compile(
    r"\bsince\s+the\s+(?:[\w-]+\s+){0,2}?(?:resumption|start|beginning|outbreak|onset|renewal|"
    r"escalation)\s+of\s+(?!(?:the\s+)?(?:day|night|morning|evening|today)\b)[^.;,]{0,80},"
    r"(?=[^.;]*\b(?:have|has)\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b)",
    re.IGNORECASE,
)


def _kind(item: str) -> StrikeWeapon | None:
    """The weapon kind one list item names, or None (no weapon word)."""
    low = item.lower()
    for kind, pattern in _KINDS:
        if pattern.search(low):
            return kind
    return None


def _list_weapon(phrase: str, single: bool) -> StrikeWeapon | None:
    """``other`` for a list of two or more weapon kinds; with ``single`` the one kind a list
    of one kind names; None otherwise, and for anything but a plain list of weapon items
    (an item of more than four words, a verb phrase, a trailing "and")."""
    if _OPEN_END.search(phrase) is not None or find_quantities(phrase):
        return None
    kinds: set[StrikeWeapon] = set()
    for item in _SPLIT.split(phrase.strip()):
        words = item.split()
        if not words or len(words) > 4 or _INNER.search(" ".join(words[1:])) is not None:
            return None
        kind = _kind(item)
        if kind is None:
            return None
        kinds.add(kind)
    if len(kinds) >= 2:
        return "other"
    if single and len(kinds) == 1:
        kind = next(iter(kinds))
        return kind if kind in ("artillery", "drone", "glide_bomb", "mlrs", "airstrike") else None
    return None


def _times_weapon(text: str, m: re.Match[str]) -> StrikeWeapon | None:
    """The weapon of the "N times" count ``m`` from its own list, before or after it."""
    head = text[: m.start()]
    cut = max(head.rfind("."), head.rfind(";"), head.rfind(":"))
    last_digit = max((i for i, c in enumerate(head) if c.isdigit()), default=-1)
    lo = max(cut + 1, last_digit + 1)
    preps = list(_PREP.finditer(head, lo))
    if preps and len(head) - preps[-1].end() <= 100:
        phrase = _QUAL_TAIL.sub("", head[preps[-1].end() :])
        # a series ("with artillery 19 times and with drones 34 times"): one kind per count
        series = len(_TIMES.findall(text)) >= 2
        if "times" not in phrase and (w := _list_weapon(phrase, series)) is not None:
            return w
    post = _POST.match(text, m.end())
    if post is not None:
        stop = _POST_END.search(text, post.end())
        phrase = text[post.end() : stop.start() if stop is not None else len(text)]
        if len(phrase) <= 120 and not any(c.isdigit() for c in phrase):
            return _list_weapon(phrase, False)
    return None


def _reweighed(doc: Document, f: Strike) -> Strike:
    """``f`` with the weapon its "N times" list or its "bombardments" noun gives."""
    idx = sentence_of(doc, f.evidence.start)
    if idx < 0:
        return f
    sent = doc.sentences[idx]
    text = sent.text
    if " times" in text:
        lo, hi = f.evidence.start - sent.start, f.evidence.end - sent.start
        for m in _TIMES.finditer(text):
            q = one_count(m.group("n"))
            if q is None or q.value != f.count or not lo <= m.start() < hi:
                continue
            w = _times_weapon(text, m)
            if w is not None and w != f.weapon:
                return replace(f, weapon=w)
            return f
    if (
        f.weapon == "other"
        and "bombardments" in f.evidence.text
        and any(b in text.lower() for b in _BOMBARD_BESIDE)
    ):
        return replace(f, weapon="artillery")
    return f


def _background(doc: Document, f: Strike) -> bool:
    """True when ``f`` is a launch the conventions call background (see the module doc)."""
    idx = sentence_of(doc, f.evidence.start)
    if idx < 0:
        return False
    sent = doc.sentences[idx]
    text, pos = sent.text, f.evidence.start - sent.start
    if any(a in text for a in _ABBR_LITS) and _ABBR.search(text) is not None:
        plain = _ABBR.sub(lambda m: m.group()[:-1] + " ", text)  # offsets kept
        hi = f.evidence.end - sent.start
        for q in find_quantities(plain[pos:hi]):
            if q.value == f.count and q.total is None:
                start, end = pos + q.start, pos + q.end
                cs, ce = clause(plain, start, end)
                if compared_when(plain, start) or strike_background(plain, cs, ce, start, end):
                    return True
                break
    if text.lstrip()[:1] in ("I", "D", "O", "T", "J", "A", "E"):
        head = _FRONTED.match(text)
        if head is not None and head.end() <= pos:
            return True
    if ";" in text[:pos]:  # "...; in October alone, the authorities counted 2,000 shellings"
        month = _CLAUSE_MONTH.match(text, text.rfind(";", 0, pos) + 1)
        if month is not None and month.end() <= pos:
            return True
    if "ast year" in f.evidence.text and _LAST_YEAR.search(f.evidence.text) is not None:
        return True
    if "since the " in text.lower():
        run = _SINCE_RUN.search(text)
        if run is not None and run.end() <= pos:
            return True
    return False


def _tallies(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the translated-order shelling tallies no reader made a strike of."""
    body = doc.body
    if "were" not in body or ("ellings" not in body and "ombardments" not in body):
        return found
    new: list[Finding] = []
    strikes = [f for f in found if isinstance(f, Strike)]
    for sent in doc.sentences:
        text = sent.text
        if "ellings" not in text and "ombardments" not in text:
            continue
        hits: list[tuple[int, int, str, StrikeWeapon]] = []
        if " were " in text and (
            "ounted" in text or "ecorded" in text or "egistered" in text or "ocumented" in text
        ):
            for m in _COUNTED.finditer(text):
                hits.append((m.start(), m.end("noun"), m.group("q"), "artillery"))
                if m.group("s") and (w := _list_weapon(m.group("w"), True)) is not None:
                    hits.append((m.start("s"), m.end(), m.group("s"), w))
        if "he " in text or "Were " in text:
            for m in _WERE.finditer(text):
                g = "q" if m.group("q") else "q2"
                hits.append((m.start(), m.end(), m.group(g), "artillery"))
        for start, end, figure, weapon in hits:
            q = one_count(figure)
            if q is None:
                continue
            s, e = sent.start + start, sent.start + end
            if any(
                x.count == q.value and sent.start <= x.evidence.start < sent.end for x in strikes
            ):
                continue
            new.append(bare_strike(doc, s, e, weapon, q))
    return merged(found, new)


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` revised: list weapons, translated tallies, background launches, share launches."""
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike):
            if _background(doc, f):
                continue
            f = _reweighed(doc, f)
        out.append(f)
    return _n77air.launch_strikes(doc, _tallies(doc, out))

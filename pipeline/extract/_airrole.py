"""Which verb an air-defence figure belongs to: a launch, a shoot-down or a loss.

Split from :mod:`pipeline.extract._airmention` (at its size limit): the verb reading of
a figure ("launched 90 drones", "62 were destroyed", "13 were locationally lost") and the
list shapes that decide it ("and four Iskander-M missiles, of which ..." is the whole).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pipeline.extract._air19seen import let_through, seen_crossing
from pipeline.extract._air20verbs import reported_launches
from pipeline.extract._airalso import relative_outcome
from pipeline.extract._airnoun import AIR_NOUN, AIR_WORD, DOWNED, SHARE_SUBJECT, weapon_of
from pipeline.extract._airshare import own_launch
from pipeline.extract._airtime import FROM_TIME
from pipeline.extract._numclause import LAUNCH_SCAN, LOST_SCAN, stated_outcomes
from pipeline.extract._stemscan import StemScan
from pipeline.extract.weapons import MODIFIER

Role = Literal["launch", "intercept", "lost"]

_COLON_QUOTE = re.compile(r":\s*[\"“„«]")
_SUBJECT_OF = re.compile(
    rf"(?:\s+(?:of\s+(?:them|these|those|which|whom)|(?:{MODIFIER}\s+){{0,3}}?(?:{AIR_NOUN})))?"
    r"\s+(?:were|was|had\s+been|have\s+been|got)\s+(?:also\s+|then\s+)?"
    # "48 drones were detected and destroyed": the sighting is part of the shoot-down
    r"(?:(?:detected|tracked|spotted|identified|located)\s+and\s+)?",
    re.IGNORECASE,
)
# A list of figures that is the subject of a shoot-down, opening its own clause.
_LIST_OUTCOME = re.compile(
    rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w-]+\s+){{1,5}}?(?:{AIR_NOUN})\b)+\s+"
    rf"(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?{DOWNED}\b",
    re.IGNORECASE,
)
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:]|\band)\s*(?:a\s+total\s+of\s+)?$", re.IGNORECASE)


def list_outcome(text: str, start: int, noun_end: int) -> bool:
    """True when the figure at ``start`` opens a list whose verb is a shoot-down ("6
    missiles, of which 32 drones and 4 missiles were destroyed" is the whole, not the list)."""
    if _CLAUSE_OPEN.search(text, max(0, start - 16), start) is None:
        return False
    if _WHOLE_AFTER.match(text, noun_end) is not None:
        return False
    listed = _LIST_OUTCOME.match(text, noun_end)
    if listed is None:
        return False
    return not _answers_earlier(text, start, noun_end, listed.end())


def _answers_earlier(text: str, start: int, noun_end: int, end: int) -> bool:
    """True for "47 Shahed drones and two Iskander-M missiles, 41 drones were shot down":
    the item after the comma names the kind of the item before the "and", not this one's,
    so it is that item's outcome and this figure stays what came in."""
    if text[max(0, start - 5) : start].strip().lower() != "and":
        return False
    own = [weapon_of(w) for w in AIR_WORD.finditer(text, start, noun_end)]
    before = [weapon_of(w) for w in AIR_WORD.finditer(text, max(0, start - 60), start)]
    after = [weapon_of(w) for w in AIR_WORD.finditer(text, noun_end, end)]
    return bool(own and before and after) and after[0] == before[-1] != own[-1]


def launch_whole(text: str, start: int, noun_end: int) -> bool:
    """True when the figure at ``start`` closes a launch list and the shoot-down follows as
    its share ("with 142 drones of the Shahed, Gerbera and other types and four Iskander-M
    missiles, of which air defence neutralised ..."): the whole, not the outcome."""
    if _WHOLE_AFTER.match(text, noun_end) is None:
        return False
    before = [role for _, v_end, role in verbs(text) if v_end <= start]
    return "launch" in before and "intercept" not in before


_WHOLE_AFTER = re.compile(r"\s*,\s*of\s+(?:which|them)\b", re.IGNORECASE)
_WHOLE_LATER = re.compile(r",\s*(?:all\s+)?of\s+(?:which|them)\b", re.IGNORECASE)


# The figure's own zero outcome right after its noun, whatever verb came before.
_NONE_NEXT = re.compile(r"[^,.;]{0,30}?,\s*(?:neither|none)\s+of\s+(?:which|them)\b", re.I)
_OF_WHICH_END = re.compile(r",\s*of\s+(?:which|them|these|those)\s+$", re.IGNORECASE)


def share_open(text: str, start: int) -> bool:
    """True when the figure at ``start`` opens a share: after a comma, or after ", of
    which" ("39 missiles, of which 24 could be shot down" is the German "davon")."""
    head = text[:start].rstrip()
    if head.endswith((" only", " just", " merely")):  # "Of the eight Iskander-M, only two
        head = head.rsplit(" ", 1)[0]  # could be intercepted" (German "nur zwei")
    if head[-1:] == ",":
        return True
    return " of " in head[-12:] and _OF_WHICH_END.search(head + " ") is not None


def before_share(text: str, noun_end: int) -> bool:
    """True when ", of which ..." follows the figure ending at ``noun_end`` later in its
    sentence and no shoot-down verb stands before that: "reported three Iskander-M and 58
    drones, of which 43 were neutralised" lists what came in; the share has the verb (so
    does "reported three ballistic missiles on the capital, all of which were shot down")."""
    if " of which" not in text and " of them" not in text:
        return False
    if _NONE_NEXT.match(text, noun_end) is not None:
        return True  # "..., all of which were destroyed, and two Zircon, neither of which was"
    later = _WHOLE_LATER.search(text, noun_end)
    if later is None:
        return False
    return not any(r == "intercept" and v_end <= later.start() for _, v_end, r in verbs(text))


# "Russia shelled Ukraine overnight with 19 attack drones" (German "beschoss ... mit"): the
# verb reaches its figures through "with", so the launch verb is the whole phrase.
_SHELLED_WITH = re.compile(
    r"\b(?:shell(?:ed|s|ing)|bombard(?:ed|s|ing)|pound(?:ed|s|ing)|covered|struck)\s+"
    r"(?:[\w’'-]+\s+){0,4}?with(?=\s)",
    re.IGNORECASE,
)
# A plain scan tries that alternation at every position; the stems skip to its verbs.
_SHELLED_WITH_SCAN = StemScan(_SHELLED_WITH, ("she", "bom", "pou", "cov", "str"), needs=("with",))
_BY_FROM = re.compile(r"\s+(?:by|from)\s", re.IGNORECASE)
# "fired from the Black Sea four cruise missiles" (translated German): the origin between
# the verb and its own figure.
_FROM_THEN = re.compile(r"\s+from\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}", re.IGNORECASE)
# "deployed from 19:00 on Thursday two ballistic missiles and 50 drones": a time, not an origin.
_FROM_WHEN = re.compile(r"\s+from\s+" + FROM_TIME + r"\s", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"\b(?:while|whereas)\b|;")
# "Two drones that crossed from Lebanon were shot down", "None of the five missiles, which
# were launched from Kursk, was intercepted": a relative clause describing the weapons.
_RELATIVE = re.compile(r"\b(?:which|that)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?$", re.I)
_AUXILIARY = re.compile(r"\b(?:were|was|been|have|has|had|are|is)\s+[\"“]?$", re.IGNORECASE)


# What a stockpile's figure is followed by: "2,000 missiles left", "... in stock".
_STOCK = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:left(?=\s*(?:[,.;]|and\b|in\b|after\b|$))|remaining\b|"
    r"in\s+(?:stock|reserve|(?:its|their)\s+arsenals?|stockpiles?)\b)",
    re.IGNORECASE,
)


def role_of(text: str, s: int, e: int, at: int, end: int) -> Role | None:
    """Launch, intercept or lost: whichever verb class sits nearest the figure.

    A launch participle right after the figure ("18 drones launched by ...") only
    describes the weapons; it is skipped. With no verb in the clause, the
    sentence decides ("Air defences downed 9 missiles, 61 aerial targets in all").
    """
    if (" left" in text or " remaining" in text or " stock" in text) and _STOCK.match(text, end):
        return None  # "Iran still had about 2,000 ballistic missiles left": a stockpile
    if let_through(text, end):
        return None  # "one was allowed to fall in an open area": no shoot-down
    found = verbs(text)
    # "reported 18 missiles ...: “Our air defence intercepted most”": not the figure's verb.
    cut = _COLON_QUOTE.search(text, end) if ":" in text else None
    for lo, hi in ((s, e), (0, cut.start() if cut is not None else len(text))):
        best: tuple[int, int, Role] | None = None
        for v_start, v_end, role in found:
            if v_start < lo or v_end > hi:
                continue
            if v_end <= at:
                if role == "intercept" and relative_outcome(text, v_start, v_end, at):
                    continue  # ", of which 94 were shot down, as well as two Iskander-M"
                by = _BY_FROM.match(text, v_end) if role == "launch" else None
                if role == "launch" and (
                    text[v_start] == "-"
                    or (
                        by
                        and by.end() != at
                        and not _FROM_THEN.fullmatch(text, v_end, at)
                        and not _FROM_WHEN.match(text, v_end)
                    )
                ):
                    continue  # "five Ukraine-launched drones", "drones launched by Russia, as
                    # well as two Kh-59 missiles": describing the weapons before the figure
                    # ("were attacked by 31 drones" is the figure's own launch)
                dist = at - v_end
            elif _SUBJECT_OF.fullmatch(text, end, v_start) or (
                role == "launch" and seen_crossing(text, end, v_start)
            ):
                dist = -1  # "seven were lost": the figure is the verb's own subject
            elif _CLAUSE_BREAK.search(text, end, v_start) is not None:
                continue  # "... and 411 drones, it said, while another 24 were lost": not its verb
            elif role == "intercept" and SHARE_SUBJECT.search(text, end, v_start):
                continue  # "30 rockets crossed, some of which were intercepted": not the 30
            else:
                if role == "launch" and (
                    _RELATIVE.search(text, max(0, v_start - 20), v_start)
                    or (
                        not _AUXILIARY.search(text, max(0, v_start - 12), v_start)
                        and not own_launch(text, at, v_start)
                    )
                ):
                    continue
                dist = max(0, v_start - end)
            rank = 0 if role == "intercept" else 1
            if best is None or (dist, rank) < best[:2]:
                best = (dist, rank, role)
        if best is not None:
            return best[2]
        if _OWN_VERB.match(text, end) is not None:
            return None  # "and 1 was ‘set free’": its own verb, none of the sentence's
    return None


# A figure with a passive verb of its own that is no launch, shoot-down or loss ("1 was
# ‘set free’ because ..."): the sentence's other verbs do not decide it.
_OWN_VERB = re.compile(r"\s+(?:was|were|had\s+been|have\s+been)\s+[‘'\"“]?[a-z]{3,}", re.I)


@lru_cache(maxsize=256)
def verbs(text: str) -> tuple[tuple[int, int, Role], ...]:
    """Every launch, intercept and lost verb of a sentence (read once, asked per figure)."""
    found: list[tuple[int, int, Role]] = [
        *((v.start(), v.end(), "intercept") for v in stated_outcomes(text, 0, len(text))),
        *((v.start(), v.end(), "lost") for v in LOST_SCAN.finditer(text)),
        *((v.start(), v.end(), "launch") for v in LAUNCH_SCAN.finditer(text)),
        *((v.start(), v.end(), "launch") for v in _SHELLED_WITH_SCAN.finditer(text)),
        *((a, b, "launch") for a, b in reported_launches(text)),  # "reported N X in the night"
    ]
    return tuple(found)

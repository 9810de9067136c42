"""Tolls an update later in the same paragraph replaces, told with both kinds at once.

Split from :mod:`pipeline.extract.casualties` (at its size limit). An update story gives a
toll, then the new one: "two persons were killed and 15 injured. By the afternoon, the toll
had risen to four dead and 23 injured", "In the evening he corrected the figures upwards:
...". Only the new toll is an event. ``_repeats`` drops risen one-kind tolls; this reads the
update's cue in the text before the figure, which the record's evidence may not hold.
A toll its own sentence calls interim ("15:40. As of this time, 3 people are known to have
died and 19 were injured") is replaced across a ticker's paragraphs too, even by an update
that restates only the figure that grew ("18:05. ... the number of dead rose to 5").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.extract._cas21update import drop_split_tolls
from pipeline.extract._cas22read import fold_lone_dead
from pipeline.extract._casualty_fix import apply_corrections, fold_risen
from pipeline.extract._casualty_further import further_of_group
from pipeline.extract._casualty_raised import (
    consequence_of_later,
    drop_inner_deaths,
    is_share,
    moved_to_dead,
    put_toll,
    restated_headlines,
    story_toll,
)
from pipeline.extract._casualty_raising import fold_raising
from pipeline.extract._casualty_victims import victims_of_toll
from pipeline.extract._casualty_where import other_city, update_city
from pipeline.extract.model import Casualty, Document, Finding

# "the toll had risen to", "rose to", "corrected itself", "corrected the figures upwards".
_UPDATE = re.compile(
    r"\b(?:(?:has|had|have)\s+(?:since\s+|now\s+|further\s+)?(?:risen|increased|grown|climbed)"
    r"|rose|climbed|jumped|grew)\s+to\b"
    r"|\bcorrected\s+(?:itself|himself|herself|themselves|(?:the|its|his|her|their)\s+"
    r"(?:figures?|toll|numbers?|information))"
    # "the ministry raised the toll to eight martyrs and 27 wounded" (Saba, art33-09)
    r"|\b(?:raised|updated|revised|increased)\s+(?:the|its)\s+(?:death\s+)?"
    r"(?:toll|figures?|count)\s+to\b"
    # "By evening, Klitschko raised the number of dead to six" (translated German copy)
    r"|\b(?:raised|updated|revised|increased)\s+the\s+number\s+of\s+(?:the\s+)?"
    r"(?:dead|killed|deaths|fatalities|injured|wounded)\s+to\b",
    re.IGNORECASE,
)
# "In the evening, Lyssak wrote that ...": a later hour's report of the same toll.
_LATER_HOUR = re.compile(
    r"\b(?:(?:in|by|later\s+in)\s+the\s+(?:afternoon|evening)|by\s+(?:midday|noon)|later)\b"
    r"[^.;:]{0,60}?\b(?:wrote|said|announced|reported|told|stated|added)\b",
    re.IGNORECASE,
)
# "By evening, Tkachenko had raised the toll to 11 dead": an update opened by its later hour
# replaces the morning's toll across a paragraph break too.
_LATER_FRONT = re.compile(
    r"[\s\"“„»(]*(?:(?:by|in|later\s+in)\s+(?:the\s+)?(?:late\s+)?(?:afternoon|evening|nightfall)|"
    r"by\s+(?:midday|noon|mid-?morning)|later\s+(?:on\s+|in\s+)?(?:that|the)\s+day"
    # "Hours later, the toll rose to six dead" (EFE, AFP): the story's toll, however far back.
    r"|(?:a\s+few\s+|some\s+|several\s+|two\s+|three\s+)?hours\s+later)\s*,"
    # ... also with no comma ("In the afternoon Sadovyi informed that ...")
    r"|(?:by\s+(?:the\s+)?(?:afternoon|evening)|in\s+the\s+(?:afternoon|evening)|later\s+(?:in\s+|on\s+)?(?:that|the)\s+day)\s+"
    r"(?:(?-i:[A-Z])|the\s|(?:he|she|they|it)\s)"  # "Later in the day he put the number ..."
    # "Late at night the ministry raised the toll to 18 dead" (translated German copy)
    r"|late\s+(?:at\s+night|in\s+the\s+(?:evening|day|afternoon))\b\s*,?",
    re.IGNORECASE,
)
_CUE_WORDS: tuple[str, ...] = (
    *("risen", "rose", "climb", "jump", "correct", "increas", "grown", "grew", "raised"),
    "updated",
    "revised",
    *("evening", "afternoon", "midday", "noon", "later", "hours"),
)
"""Every cue holds one of these: a cheap test before the regexes."""
# "killed one more person": people beyond the toll told before, no update.
_MORE = re.compile(r"\b(?:more|another|further|additional|other)\b", re.IGNORECASE)
# "... had died and 19 were injured, the figures were updated later": told as superseded.
_UPDATED_AFTER = re.compile(
    r"[^.;]{0,30}?[,;]\s*(?:but\s+|and\s+)?the\s+(?:figures?|toll|numbers?|data)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|since\s+|subsequently\s+)?"
    r"(?:updated|revised|corrected|raised)\b",
    re.IGNORECASE,
)
# "As of this time", "are known to have died", "so far": a toll told as provisional.
_INTERIM = re.compile(
    r"\b(?:as\s+of\s+(?:this\s+time|now|the\s+moment|this\s+hour)|so\s+far|"
    r"(?:are|is)\s+known\s+to\s+have|at\s+(?:this|the)\s+(?:time|moment)|preliminary|"
    r"initial(?:ly)?)\b",
    re.IGNORECASE,
)
_INTERIM_WORDS: tuple[str, ...] = ("as of", "so far", "known to", "at th", "prelim", "initial")
_PLAIN: frozenset[str] = frozenset(["people", "persons", "residents", "civilians"])
_REACH = 600
"""How far before the update the toll it replaces may end."""
_LATER_REACH = 2500
"""... when the update opens with its later hour ("Hours later, ...", "By evening, ..."): a
long article tells the diplomacy of the day between the morning toll and the evening one."""


def drop_updated(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without tolls that an update later in the same paragraph replaces, or that
    their own sentence says were updated (a harm-free correction replaces the figure)."""
    found = drop_split_tolls(doc, further_of_group(doc, found))  # "Two rescuers ... Four more"
    records = [i for i, f in enumerate(found) if isinstance(f, Casualty)]
    if not records:
        return apply_corrections(doc, found)  # "At first ... four dead. ... corrected to seven"
    found = victims_of_toll(doc, found)  # "Among the victims were four women" after a toll
    starts = [s.start for s in doc.sentences]
    dropped: set[int] = set()
    gone: list[Casualty] = []  # tolls an update replaced
    for i in records:
        ev = found[i].evidence
        sent = doc.sentences[max(0, bisect_right(starts, ev.start) - 1)]
        tail = doc.body[ev.end : sent.end]
        if ("ated" in tail or "ised" in tail or "cted" in tail) and _UPDATED_AFTER.match(tail):
            dropped.add(i)
    for k, i in enumerate(records):
        new = found[i]
        assert isinstance(new, Casualty)
        sent = doc.sentences[max(0, bisect_right(starts, new.evidence.start) - 1)]
        before = doc.body[sent.start : new.evidence.end]
        if not any(w in before.lower() for w in _CUE_WORDS) or _MORE.search(new.evidence.text):
            continue
        later = _LATER_FRONT.match(before) is not None or consequence_of_later(
            doc, sent, _LATER_FRONT
        )  # "In the afternoon X informed that ... body ... . Thus the toll rose to ..."
        cued = _UPDATE.search(before) is not None or _LATER_HOUR.search(before) is not None
        if not cued and not (later and put_toll(before)):
            continue  # ("By evening, the SES put the number of dead at ...": a cue too)
        fits: list[int] = []
        city = update_city(before)  # "the number of dead in the capital had risen to four"
        for j in reversed(records[:k]):
            old = found[j]
            assert isinstance(old, Casualty)
            if old.evidence.end > sent.start or j in dropped or other_city(city, old):
                continue  # same sentence: a breakdown, not an earlier report
            if later and is_share(old):
                continue  # "three of the wounded are in serious condition": no earlier toll
            if new.evidence.start - old.evidence.end > (_LATER_REACH if later else _REACH):
                break
            interim = _interim(doc, starts, old)
            if (
                not interim
                and not later
                and "\n\n" in doc.body[old.evidence.end : new.evidence.start]
            ):
                break  # another paragraph
            if _replaces(old, new, interim):
                fits.append(j)
                if not later:
                    break
        if fits:
            pick = story_toll(found, fits, new)  # the lede's toll, not a village's share
            dropped.add(pick)
            old_toll = found[pick]
            assert isinstance(old_toll, Casualty)
            gone.append(old_toll)
    kept = [f for i, f in enumerate(found) if i not in dropped]
    kept = drop_inner_deaths(doc, restated_headlines(doc, kept, gone))
    return apply_corrections(doc, fold_risen(fold_lone_dead(doc, fold_raising(doc, kept))))


def replaces(old: Casualty, new: Casualty) -> bool:
    """True when ``new`` restates ``old``'s people with every figure as large or larger."""
    return _replaces(old, new)


def _interim(doc: Document, starts: list[int], old: Casualty) -> bool:
    """True when the sentence of ``old`` tells its toll as provisional."""
    sent = doc.sentences[max(0, bisect_right(starts, old.evidence.start) - 1)]
    low = sent.text.lower()
    return any(w in low for w in _INTERIM_WORDS) and _INTERIM.search(sent.text) is not None


def _replaces(old: Casualty, new: Casualty, interim: bool = False) -> bool:
    """True when ``new`` restates ``old``'s people with every figure as large or larger
    (an ``interim`` toll: every figure ``new`` states)."""
    # "a preliminary toll" of port workers, then "raised the toll to eight martyrs": the same
    # people, told without their group.
    same = old.group == new.group or (new.group in _PLAIN and (old.group in _PLAIN or interim))
    if not same:
        return False
    places = (old.location or "", new.location or "")
    if all(places) and places[0] != places[1] and not any(p.endswith(" district") for p in places):
        return False  # (a city's district is inside it: "in the Sviatoshynskyi district")
    grew = False
    for was, now in ((old.killed, new.killed), (old.injured, new.injured)):
        if was is None:
            grew = grew or now is not None
            continue
        if now is None and interim:
            continue
        if now is None or now < was:
            if now is not None and moved_to_dead(old, new):
                continue  # "raised the toll to 18 dead and 51 injured: one of the wounded died"
            return False
        grew = grew or now > was
    return grew

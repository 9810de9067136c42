"""A one-kind casualty figure that completes the record of the sentence before it.

"Four people were killed ... Eleven more are injured", "received the bodies of six
people ... . Another 14 people were wounded there", "killed at least 40 people ... .
The network said more than 60 others were wounded": the second sentence counts the
other harm of the same incident, so it fills the free slot of the previous sentence's
last main record (subgroups such as "among them 12 children" are skipped, never
completed). Symmetric for "Another two people were killed" after an injured-only
record. Only when the figure is marked as further people ("another", "a further",
"N more", "N others"), is the first record of its sentence, names the same group (or
just "people"), and no other place than the record's own ("Two civilians were killed
... Another six passengers were taken to hospital" stays two records, as "Two more
passengers were hurt" does in ``dev_numeric4``). The harm may follow a short phrase
("Another five people waiting at the stop were taken to hospital").

An unmarked figure opening the next sentence of the same paragraph completes it too
("At least six persons were killed in the attack on Kyiv ... . 31 persons were injured"):
the written convention of blind5, blind6 and art19-04 (``tests/data/README.md``). It must
name the record's own group, or bare/"people" after a people-like record, and no other
place or attack ("In a separate attack, 12 people were injured" stays its own record).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from pipeline.extract import _places
from pipeline.extract._cas20link import are_opening, defined_total, passed
from pipeline.extract._casualty_placeitem import place_item
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import QUALIFIER

Kind = Literal["killed", "injured"]

# ... also the German "Further five persons were injured" ("Weitere fünf").
_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+additional|further)\s+$", re.IGNORECASE)
# "One person is dead"; "22 people were also injured" (art49-04)
_LINK = r"(?:(?:are|is|were|was|have\s+been|had\s+been|got|resulted)\s+(?:also\s+)?)?"
_OTHERS = re.compile(
    r"\s+(?:more|others|other|further|additional)(?:\s+[\w-]+)?\s+" + _LINK,
    re.IGNORECASE,
)
# "Four other people were injured" after "two men were killed": people besides those
# men, a group of its own (as "killed two men and injured 11 other people" is two records);
# after "two civilians" they are more of the same people, and complete the record.
_OTHER_PEOPLE = re.compile(r"\s+other\s+(?:people|persons|residents|civilians)\b", re.IGNORECASE)
_ANYONE: frozenset[str] = frozenset(
    ["people", "civilians", "residents", "persons", "locals", "inhabitants"]
)
# ... also past a subgroup aside: "Another 37 people, including eight children, were injured".
_PLAIN = re.compile(
    # ... and past the group's own phrase: "73 residents of the building, including ..."
    r"(?:\s+[\w-]+)?(?:\s+(?:of|from)\s+the\s+[\w'’-]+)?(?:\s*,\s*(?:including|among\s+them)\b[^,;.]{1,50},)?\s+"
    + _LINK,
    re.IGNORECASE,
)
_KILLED = (
    r"killed|dead|died|perished|lost\s+their\s+li(?:ves|fe)"
    r"|(?:came|(?:(?:have|has|had)\s+)?come)\s+around\b"  # German "ums Leben gekommen"
)
_INJURED = (
    r"injured|wounded|hurt|hospitali[sz]ed|taken\s+to\s+(?:[\w-]+\s+){0,2}?hospitals?"
    r"|(?:received|sustained|suffered)\s+(?:[\w-]+\s+)?(?:wounds|injuries)|being\s+treated"
    r"|(?:needed|needs|required|requires|sought)\s+(?:hospital|medical)\s+(?:treatment|care|help)"
)


def _harm(words: str) -> re.Pattern[str]:
    """The harm word right after the group, or after a short phrase ending in its verb
    ("Another five people waiting at the stop were taken to hospital")."""
    return re.compile(
        rf"(?:been\s+)?(?:{words})\b|(?:[\w-]+\s+){{1,6}}?(?:were|was)\s+(?:{words})\b", re.I
    )


_HARM: dict[Kind, re.Pattern[str]] = {"killed": _harm(_KILLED), "injured": _harm(_INJURED)}


# "The shelling also wounded 23 others": the harm verb before the figure, "others" after.
_HARM_BEFORE: dict[Kind, re.Pattern[str]] = {
    "killed": re.compile(r"\b(?:also\s+)?(?:killed|killing)\s+(?:at\s+least\s+)?$", re.I),
    "injured": re.compile(
        r"\b(?:also\s+)?(?:wounded|injured|wounding|injuring)\s+"
        r"(?:(?:at\s+least|more\s+than|over|about|some|nearly|another)\s+)?$",
        re.IGNORECASE,
    ),
}
_OTHERS_AFTER = re.compile(r"\s+(?:others|other\s+people)\b", re.IGNORECASE)


# "The prosecutor's office put the number of injured at nine", "The number of injured was
# given as 83": the other harm of the same toll, a figure the sentence assigns (no update
# word, which ``_TOLL_UPDATE`` reads).
def _number_at(words: str) -> re.Pattern[str]:
    """ "(put) the number of <words> (was given) at|as " ending right before a figure."""
    return re.compile(
        r"\bthe\s+(?:number|count)\s+of\s+"
        rf"(?:the\s+)?(?:{words})\s+(?:(?:(?:was|is)\s+(?:given|put|estimated)\s+)?(?:at|as)"
        r"|(?:stands|stood)\s+at|is|was"  # "The number of injured stands at 35"
        # "The number of injured rose according to the mayor to 35" (German order)
        r"|(?:rose|rises|has\s+risen|had\s+risen|climbed|increased)\s+(?:[^,.;:\d]{0,50}?\s)?to)\s+"
        r"(?:at\s+least\s+|about\s+|more\s+than\s+)?$",
        re.IGNORECASE,
    )


_NUMBER_AT: dict[Kind, re.Pattern[str]] = {
    "killed": _number_at(r"dead|deaths|killed"),
    "injured": _number_at(r"injured|wounded"),
}


# German word order: "Injured were also three further persons", "Killed were also two
# more": the harm before the figure, further people marked by "also" or "further".
_FRONTED: dict[Kind, re.Pattern[str]] = {
    "killed": re.compile(r"\b(?:killed|dead)\s+(?:were|was)\s+(?P<also>also\s+)?$", re.I),
    "injured": re.compile(
        r"\b(?:injured|wounded|hurt)\s+(?:were|was)\s+(?P<also>also\s+)?$", re.IGNORECASE
    ),
}
_MORE_AFTER = re.compile(r"\s+(?:more|further|other|additional)\b", re.IGNORECASE)


def _further(text: str, start: int, end: int, kind: Kind) -> bool:
    """True when the figure ``text[start:end]`` counts further people harmed as ``kind``."""
    if "were" in text[max(0, start - 12) : start] or "was" in text[max(0, start - 12) : start]:
        fronted = _FRONTED[kind].search(text, max(0, start - 30), start)
        if fronted is not None and (fronted.group("also") or _MORE_AFTER.match(text, end)):
            return True
    if ("number of " in text or "count of " in text) and _NUMBER_AT[kind].search(
        text, max(0, start - 100), start
    ):
        return True
    before = text[max(0, start - 20) : start]
    if _HARM_BEFORE[kind].search(before) and _OTHERS_AFTER.match(text, end):
        return True
    if _ANOTHER.search(before):
        after = _OTHERS.match(text, end) or _PLAIN.match(text, end)
        if text[end : end + 1] == " " and _HARM[kind].match(text, end + 1) is not None:
            return True  # "A further 31 suffered injuries": the verb right after the figure
    else:
        after = _OTHERS.match(text, end)
    return after is not None and _HARM[kind].match(text, after.end()) is not None


# A place or attack of its own after the figure: "... were wounded in the attack on the
# Abu Shouk camp" counts another incident than the record's (unless that named it too).
_PLACE = re.compile(
    r"\b(?:in|at|near|on)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:(?:on|of|in)\s+)?(?:the\s+)?"
    r"(?P<place>(?-i:[A-Z])[\w'’-]+)"
)


# "The death toll ... rose to 17 ... . Fedorov said 58 people had been wounded" (or "the
# number of dead rose to seven"): a toll update's wounded figure told in the next sentence
# belongs to the same record.
_TOLL_UPDATE = re.compile(
    r"\b(?:(?:death\s+)?toll|balance|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities))\b"
    r"[^.;]{0,120}?\b(?:rose|rises|climbed|(?:has|had)\s+risen|increased|"
    r"reached|stood|grew|jumped)\b"
    # Romance order: "Are at least 31 the dead ...", "Rises to 9 the number of the dead",
    # "The dead are 12" (the figure's noun after it, or the noun before "are").
    r"|^\W*(?:are|were|(?:rises?|rose|climbs?|climbed)\s+to)\s+(?:[\w-]+\s+){0,2}?\d[\d.,]*\s+"
    r"the\s+(?:number\s+of\s+(?:the\s+)?)?(?:dead|deaths|fatalities)\b"
    r"|\bthe\s+(?:dead|deaths|fatalities)\s+(?:are|were)\s+(?:[\w-]+\s+){0,2}?\d",
    re.IGNORECASE,
)
# "The wounded are 23": the injured figure told after its noun (Romance translations).
_WOUNDED_ARE = re.compile(r"\bthe\s+(?:wounded|injured)\s+(?:are|were|number)\s+$", re.I)
_SEPARATE = re.compile(
    r"\b(?:separate|separately|elsewhere|another\s+(?:attack|strike|incident))\b", re.IGNORECASE
)


def _toll_wounded(text: str, start: int, end: int, kind: Kind, before: str, lead: str) -> bool:
    """True when the injured figure ``text[start:end]`` completes the toll of ``before`` (or
    of ``lead``, the record's own evidence, when ``before`` only lists its subgroups)."""
    if kind != "injured" or _SEPARATE.search(text):
        return False
    if _TOLL_UPDATE.search(before) is None and _TOLL_UPDATE.search(lead) is None:
        return False
    if _WOUNDED_ARE.search(text, max(0, start - 24), start) is not None:
        return True
    plain = _PLAIN.match(text, end)
    return plain is not None and _HARM[kind].match(text, plain.end()) is not None


_PLACE_LIST = re.compile(
    r"(?:\s*,\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)*\s+and\s+(?-i:[A-Z])"
)


_CHANNELS: frozenset[str] = frozenset(
    ["Telegram", "Facebook", "Twitter", "X", "Instagram", "Viber", "YouTube", "TikTok"]
)
_DAYS: frozenset[str] = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)  # "late on Sunday evening": when it was said, no place
_HOSPITAL = re.compile(r"\b(?:hospitals?|clinics?)\s+$", re.IGNORECASE)


def _new_place(text: str, end: int, before: str) -> bool:
    """True when a place after the figure is not in ``before`` ("taken to hospital in
    Melitopol" is where they are treated, not a place of the attack)."""
    m = _PLACE.search(text, end)  # the whole name, even where it crosses the reach
    m = m if m is not None and m.start() < end + 80 - 4 else None
    if m is not None and _HOSPITAL.search(text, max(0, m.start() - 12), m.start()):
        return False
    if m is not None and (m.group("place") in _CHANNELS or m.group("place") in _DAYS):
        return False  # "the administration wrote on Telegram": where it was said
    if m is not None and _PLACE_LIST.match(text, m.end()):
        return False  # "in strikes on Nabatieh, Bint Jbeil and Tyre": the sites the toll spans
    return m is not None and m.group("place") not in before


# What may open the sentence before an unmarked figure: nothing but a quote or "At least",
# after its source at most ("According to the city administration, 16 persons were
# injured", "As the governor reported, 18 ...", "Furthermore, 14 ..."): who tells it, or
# an adverb of addition, names no other incident.
_OPENS = re.compile(
    # ... also past the source's name in apposition ("According to the head of the city
    # administration, NAME, 22 people were injured", dev_numeric54)
    r"\s*(?:(?:according\s+to\s+[^,.;:\d]{1,60}(?:,\s*(?-i:[A-Z])[^,.;:\d]{1,40})?"
    r"|as\s+[^,.;:\d]{1,60}?\s+(?:reported|"
    r"announced|said|wrote)(?:\s+on\s+[\w-]+)?|furthermore|moreover|in\s+addition)\s*,\s*"
    # "Mayor X wrote on Telegram on Monday morning that 31 people had been injured": another
    # official's report of the other harm (art30-09, art33-04), also past an apposition
    # ("NAME, governor of X, said that 25 people had been wounded", dev_numeric54).
    r"|(?:(?-i:[A-Z])[^,.;:\d\"“”]{1,40},[^,.;:\d\"“”]{1,60},\s*)?"
    r"[^,.;:\d\"“”]{0,80}?\b(?:said|wrote|reported|announced|indicated|stated|added)\b"
    r"[^,.;:\d\"“”]{0,50}?(?:\bthat\s+|(?<=said\s)))?"  # "The ministry said 24 people"
    rf"[\"“‘']?\s*{QUALIFIER}$",
    re.IGNORECASE,
)


# A tally line's head: "Injured: 12." after "Dead: 3.".
_TALLY_HEAD = re.compile(
    r"\s*(?:(?P<killed>dead|killed)|(?P<injured>injured|wounded))\s*[:–—]\s*", re.IGNORECASE
)
_FRONTED_HEAD = re.compile(
    r"\s*(?:(?P<killed>dead|killed|fatalities)|(?P<injured>injured|wounded))\s+(?:there\s+)?"
    r"(?:were|had\s+been)\s+(?:further\s+)?",
    re.IGNORECASE,
)
# Several attacks: "... and a second strike hit a house" before, "in the two attacks" after.
_SECOND = re.compile(r"\b(?:second|another|other)\s+(?:[\w-]+\s+)?(?:strike|attack)\b", re.I)
_ATTACKS = re.compile(r"\b(?:attacks|strikes)\b", re.IGNORECASE)


def _unmarked(text: str, fig: tuple[int, int, Kind, str, int], prev: Casualty, before: str) -> bool:
    """True when the figure opening ``text`` states the other harm of ``prev`` unmarked
    ("Twenty-two people were wounded, he added" after "killing three people")."""
    start, end, kind, group, _ = fig
    tally = _TALLY_HEAD.fullmatch(text, 0, start)
    if tally is None:  # German order: "Dead there were three. Injured there were 14."
        tally = _FRONTED_HEAD.fullmatch(text, 0, start)
    if tally is not None:  # "Dead: 3. Injured: 12.": a tally line continues the toll
        return tally.group(kind) is not None and prev.group in _ANYONE
    if not _OPENS.fullmatch(text, 0, start) or _SEPARATE.search(text):
        return False
    if ("attacks" in text or "strikes" in text) and _ATTACKS.search(text, end):
        return False  # "Five people were wounded in the two attacks": not one incident's
    if _SECOND.search(before):
        return False
    if group != prev.group and prev.group not in _ANYONE:
        return False  # "killed three soldiers. Five civilians were wounded": two groups
    plain = _PLAIN.match(text, end)
    return plain is not None and _HARM[kind].match(text, plain.end()) is not None


def completes(
    out: list[Finding],
    main: int,
    text: str,
    fig: tuple[int, int, Kind, str, int],
    before: str,
    same_paragraph: bool = False,
) -> bool:
    """Fold the figure ``fig`` (start, end, kind, group, value) of the sentence ``text``
    into ``out[main]``, the last main record of the sentence ``before``; True when done."""
    start, end, kind, group, value = fig
    if not 0 <= main < len(out):
        return False
    prev = out[main]
    if not isinstance(prev, Casualty):
        return False
    if group not in ("people", prev.group) and not (group in _ANYONE and prev.group in _ANYONE):
        return False  # "A family of five was killed. Four more residents ...": one toll
    if (
        prev.group not in _ANYONE
        and _OTHER_PEOPLE.match(text, end)
        and not _ANOTHER.search(text, 0, start)
    ):
        return False  # "two men were killed ... Four other people were injured": two groups
    free = prev.injured is None and prev.killed is not None
    if kind == "killed":
        free = prev.killed is None and prev.injured is not None
    if not free or _new_place(text, end, before) or place_item(prev.evidence.text):
        return False  # (a split's last item, "... and one in Slowjansk", is no whole toll)
    if not (
        _further(text, start, end, kind)
        or _toll_wounded(text, start, end, kind, before, prev.evidence.text)
        or (same_paragraph and _unmarked(text, fig, prev, before))
        or (same_paragraph and defined_total(text, fig, out))  # "Among the 18 wounded"
        or (are_opening(text, start, kind) and not _SEPARATE.search(text))  # "The wounded are"
    ):
        return False
    place = _places.located(text)
    if place is not None and prev.location is not None and place != prev.location:
        return False
    if kind == "injured":
        out[main] = replace(prev, injured=value, confidence=0.85)
    else:
        out[main] = replace(prev, killed=value, confidence=0.85)
    return True


def same_par(doc: Document, idx: int, before: int | None = None) -> bool:
    """True when sentence ``idx`` is in the paragraph of the sentence before it (moved here
    from :mod:`pipeline.extract.casualties`, at its size limit); with ``before``, when the
    record sentence ``before`` is that sentence or one scene sentence away (``_cas20link``)."""
    if before is not None:
        return passed(doc, before, idx)
    return idx > 0 and doc.sentences[idx].paragraph == doc.sentences[idx - 1].paragraph

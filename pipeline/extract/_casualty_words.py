"""The group phrases of casualty figures: who a figure counts ("five children", "two of
them women", "three of its staff").

Split from :mod:`pipeline.extract.casualties` (at its size limit); the group table itself is
:mod:`pipeline.extract._casualty_groups`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract import _casualty_more as more
from pipeline.extract._casualty_groups import GROUPS
from pipeline.extract.numbers import Quantity

NO_GROUP: tuple[str, ...] = ("others", "more", "further")
"""Words standing for a group told before ("11 more", "18 further" in German copy)."""
GROUP_WORDS: list[str] = sorted({*more.with_singulars(GROUPS), *NO_GROUP}, key=len, reverse=True)
# "three members of the Revolutionary Guard", "12 members of its forces": a force's members.
_MEMBERS = (
    r"|members\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}"
    r"(?:(?-i:[A-Z])[\w'’-]+|(?:security\s+|police\s+|armed\s+)?"
    r"(?:forces?|guards?|service|police|army|militia|units?))(?![\w'’-])"
    # "two members of a local armed group", "members of a civil defence team"
    r"|members\s+of\s+an?\s+(?:[a-z][\w'’-]*\s+){0,3}?"
    r"(?:militia|group|team|crew|unit|brigade|squad|battalion|family)(?![\w'’-])"
)
GROUP: str = "|".join(re.escape(g) for g in GROUP_WORDS) + more.FAMILY + _MEMBERS
ADJ = (
    r"(?:other|more|further|additional|young|elderly|older|local|civilian|ukrainian|russian|israeli|palestinian|"
    r"foreign|innocent|unarmed|emergency|police|medical|health|aid|humanitarian|rescue|"
    r"railway|energy|power|utility|municipal|border|security|media|factory|hospital|"
    r"construction|postal|farm|school|male|female|teenage|pregnant|off-duty|volunteer|"
    r"port|dock|shipyard|plant|mine|gas|oil|road|rail|ambulance|"
    # workplaces of "N harbour workers", "two airport employees", "three grid workers"
    r"harbou?r|airport|railroad|depot|warehouse|market|grid|water|heating|transport|"
    r"industrial|agricultural|electricity|substation|refinery|"
    r"underage|little|small|infant|newborn|minor|army|regime|government|national|defen[cs]e|"
    r"forces|militia|druze|sunni|shia|shiite|alawite|bedouin|kurdish|christian|"
    r"un|lebanese|syrian|sudanese|american|british|french|german|indian|pakistani|"
    r"italian|spanish|polish|turkish|egyptian|moldovan|georgian|chinese|thai|filipino|"
    r"truck|lorry|bus|taxi|pro-[a-z]+|(?-i:[A-Z]{2,5})"  # a force's acronym: "One SDF fighter"
    # a named side: "Four Hezbollah fighters", "three Islamic Jihad militants"
    r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s+(?:fighters?|militants?|operatives?|members)\b)))"
)
# ... also in quotation marks, as junta or state media name foes: 14 "terrorists" were killed
AFTER_QTY = re.compile(
    rf"\s+(?P<mark>[\"“])?(?:{ADJ}\s+){{0,3}}"
    # ... any one lower-case word in the marks: 9 "saboteurs" were killed
    rf"(?P<group>{GROUP}|(?<=[\"“])(?-i:[a-z])[\w'’-]{{2,30}}(?=[\"”]))\b(?(mark)[\"”])",
    re.IGNORECASE,
)
OF_THEM = re.compile(
    rf"\s+of\s+(?:(?:them|whom|the\s+victims)\s+(?:(?:were|was|are)\s+)?|the\s+(?P<the>))"
    rf"(?:{ADJ}\s+){{0,2}}(?P<group>{GROUP})\b"
    # "at least 19 of the civilians had been executed": a share of a group told before
    r"(?(the)(?=\s+(?:had\s+been|have\s+been|were)\s))",
    re.IGNORECASE,
)
# "Among them are also two children", "Of them, four were children" (the group after its
# verb, ``WERE_GROUP``), "Among the victims there are two doctors" (of the toll before): a
# subgroup sentence after a one-figure record.
AMONG_LEAD = re.compile(
    # ... "Among the victims, 9 minors and 5 women" (Romance translations, no verb)
    r"\s*(?:among\s+(?:them|the\s+victims)(?:\s*,)?\s+(?:there\s+)?(?:(?:are|were|is|was)\s+)?"
    r"(?:also\s+)?"
    r"|of\s+(?:them|these)\s*,\s*)",
    re.IGNORECASE,
)
# "of whom 11 were children": the subgroup's noun after its verb.
WERE_GROUP = re.compile(
    rf"\s+(?:were|was|are|is)\s+(?:an?\s+)?(?:{ADJ}\s+){{0,2}}(?P<group>{GROUP})\b", re.IGNORECASE
)
# "14 of the wounded brought to the hospital were children": where the harmed were taken,
# between them and the group they are named as.
BROUGHT_TO = re.compile(
    r"\s+(?:brought|taken|admitted|rushed)\s+(?:to|into)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:hospitals?|clinics?|medical\s+cent(?:er|re)s?)\b",
    re.IGNORECASE,
)
# "two of its staff were injured": people of the speaker's own organisation.
OF_OWN = re.compile(
    rf"\s+of\s+(?:its|their|our|his|her)\s+(?:{ADJ}\s+){{0,2}}(?P<group>{GROUP})\b",
    re.IGNORECASE,
)


# "killed one person and injured another": "another" after a harm verb is one more person
# ("another 14 were wounded" has a figure of its own, "another woman" a group word).
_ANOTHER = re.compile(
    r"\b(?:kill|injur|wound)(?:ed|ing)\s+(?P<one>another)\b"
    r"(?!\s+(?:\d|[a-z]+\s+(?:people|persons|civilians|residents)\b)|-)"
    rf"(?!\s+(?:{ADJ}\s+)?(?:{GROUP})\b)",
    re.IGNORECASE,
)


# "two soldiers were killed and another (was) seriously wounded": the passive form, one
# more of the counted group; only after a counted figure ("A man was killed and another
# injured" counts no one, as "a man" is no count).
_HARM = r"(?:kill|injur|wound)ed|died|hurt"
_ANOTHER_PASSIVE = re.compile(
    rf"\b(?:{_HARM})(?:\s+(?:in|at|on|near|by|during)\s+[^,.;]{{1,40}}?)?\s+and\s+"
    # ... also "and another soldier (was) wounded": one more of a named group
    rf"(?P<one>another)(?=\s+(?:(?:{ADJ}\s+)?(?:{GROUP})\s+)?(?:(?:was|has\s+been|had\s+been)\s+)?"
    r"(?:(?:seriously|critically|severely|badly|lightly|slightly|moderately|gravely)\s+)?"
    rf"(?:{_HARM})\b)",
    re.IGNORECASE,
)

# "Two persons died in Cherson, ..., in the region of Mykolajiw another person was injured":
# one more person, in a place of its own fronted before it (after a counted figure).
_ANOTHER_PLACE = re.compile(
    r",\s+(?:and\s+)?(?:in|near)\s+(?:the\s+(?:region|district|city|town|village)\s+of\s+)?"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:region|district|oblast))?\s+(?P<one>another)\s+"
    rf"(?:person|man|woman|civilian|resident)\s+(?:was\s+|has\s+been\s+)?(?:{_HARM})\b",
    re.IGNORECASE,
)


def _skip_space(text: str, i: int) -> int:
    """The offset of the first non-space character at or after ``i``."""
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def lone_another(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """One-person figures told as "and injured another" in ``text`` (``found``: the
    sentence's stated figures, one of which a passive "and another wounded" continues)."""
    if "another" not in text:
        return []
    # "injured another twelve": the figure after "another" counts them, not one more person
    told = {q.start for q in found}
    starts = [
        m.start("one") for m in _ANOTHER.finditer(text) if _skip_space(text, m.end()) not in told
    ]
    if found:
        starts += [
            m.start("one")
            for m in _ANOTHER_PASSIVE.finditer(text)
            if any(q.end <= m.start() for q in found)
        ]
        starts += [
            m.start("one")
            for m in _ANOTHER_PLACE.finditer(text)
            if any(q.end <= m.start() for q in found)
        ]
    return [Quantity(1, "exact", s, s + 7, num_start=s) for s in sorted(set(starts))]


# "39 people (including six children) were rescued": people saved, told past an aside.
_RESCUED_ASIDE = re.compile(
    r"(?:\s+(?:people|persons|residents|civilians))?"
    r"(?:\s*,\s*(?:including|among\s+them)\b[^,;.]{1,50},|\s*\([^()]{1,50}\))\s+"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:rescued|saved|evacuated|pulled\s+out|freed)\b",
    re.IGNORECASE,
)


def rescued_past_aside(text: str, end: int) -> bool:
    """True when the figure ending at ``end`` counts people rescued, past an aside."""
    return _RESCUED_ASIDE.match(text, end) is not None


# "killing 2 and wounding 5 passengers": the first figure's noun is left out.
_AND_VERB = re.compile(r"\s+and\s+(?:wound|injur|kill|hurt)\w*\s+", re.IGNORECASE)


def elided_group(text: str, bare_end: int, next_start: int, group: str, next_group: str) -> str:
    """The group of a bare figure ("killing 2", ending at ``bare_end``) joined by "and
    wounding" to a figure with a noun: that noun's group, else ``group``."""
    if group != "people" or next_group == group or next_start - bare_end > 20:
        return group
    if _AND_VERB.fullmatch(text, bare_end, next_start) is None:
        return group
    return next_group

"""Casualty readings that need more than the figure's own phrase.

Kept out of :mod:`casualties` (at its size limit) as small predicates it calls:

- Elliptical place lists: "Four were hurt in Kupiansk, three in Izium and two in
  Borova" -- the later figures name no group and no kill/injure word; they take
  both from the first item, because each is followed by a place as it was. A figure of
  the other harm after such a list ("..., and injured seven") counts all the places: it
  does not complete the last item.
- Deaths of the wounded: "Three of the people wounded ... succumbed to their
  injuries" counts the dead although the only harm word before the verb is "wounded".
- The second figure of a running total: "strikes since the war began have killed 224
  people ... and wounded more than 1,200" -- the first figure's clause dates the toll,
  the second's is too far from it to see that.
- A toll over several attacks after one attack's toll: "Two more died in a strike on a
  tent, where eight people were wounded in the attacks" -- the wounded are counted over
  all the attacks, so they do not complete the single strike's record.
- People "in (a) critical condition" are injured, whatever harm word stands nearer
  ("Among the dead were ..., while five other people were in a critical condition"); a
  condition stated of some of the injured ("Two of the injured were in serious condition")
  is a subgroup record of its own.
- "Three of the dead were soldiers; the two others were “civilians”": "the N others were
  X" only says who the rest of a toll already counted were -- no record of its own.
- A toll phrase cut from its figure by a clause word: "The death toll after the strike on
  the market rose to 14".
- The other side's toll after a running total ("... since October have killed more than
  600 people in Lebanon. On the Israeli side, 22 soldiers ... have been killed"): background.
- Figures that count no harmed people: the spared ("None of its 21 crew members were
  hurt"), bodies exchanged between the sides ("31 bodies were handed to Russia") and
  things after "more" ("struck Kherson and eight more settlements, killing three people");
  tolls the story has moved past are :mod:`pipeline.extract._casualty_past`'s.
- Group phrases the table lacks: a named family's members ("Seven members of the Abu Nasr
  family"), singulars of plural nouns ("one sailor"), which count only with a harm word
  of their own; people who speak ("One resident said ...") are witnesses, not the harmed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal, Protocol

from pipeline.extract._cas19read import dead_at, fronted_place_item
from pipeline.extract._cas19skip import seized_before
from pipeline.extract._casualty_care import whom_in_care
from pipeline.extract._numclause import clause
from pipeline.extract.numbers import QUALIFIER, Quantity, find_quantities

# A figure followed by a place, as each item of the list is: "three in Izium",
# "two more in the village of Borova", "one near Pokrovsk".
_PLACE_AFTER = re.compile(
    r"\s+(?:more\s+|others?\s+|each\s+|of\s+them\s+)?(?:in|at|near|on)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|settlement|district|community|suburb|outskirts)\s+of\s+)?"
    r"(?-i:[A-Z])[\w'’-]+",
    re.IGNORECASE,
)
# What lies between the previous item's figure and this one: its own words, a place,
# then a list separator ("were hurt in Kupiansk, ").
_PREVIOUS_ITEM = re.compile(
    r"[^.;:\d]{0,80}?\b(?:in|at|near|on|across)\s+[^.;:\d,]{1,50}?"
    r"(?:,\s*(?:including|among\s+them)\b[^.;:\d,]{1,40})?"  # ", including a journalist"
    # "... in the Donetsk region: 2 in A", "... and another 2 in B", "the other two in B"
    r"(?:\s*[,:]\s*(?:and\s+)?|\s+and\s+)(?:another\s+|the\s+other\s+)?"
    # "killed 4 residents of Donetsk region: 2 in A, ...": a colon list after "of" the region
    r"|[^.;:\d]{0,80}?\bof\s+[^.;:\d,]{1,50}?\s*:\s*"
    # "injured four residents ..., governor Ivan Fedorov said: two in A and one each in B"
    r"|[^.;:\d]{0,100}?,\s*[^.;:\d,]{1,60}?\b(?:said|says|wrote|reported|added)\s*:\s*",
    re.IGNORECASE,
)


def elliptical_place(text: str, prev_end: int, start: int, end: int) -> int | None:
    """End of the place phrase when the figure ``text[start:end]`` continues a place list.

    ``prev_end`` is where the previous casualty figure of the sentence ends.
    """
    place = _PLACE_AFTER.match(text, end)
    if place is None:
        return fronted_place_item(text, prev_end, start, end)  # "and in Sumy another 2"
    if text[end : end + 9].lower() == " of them ":
        return place.end()  # "31 people had died, 16 of them in the town of Balakliia"
    if place is None or not _PREVIOUS_ITEM.fullmatch(text, prev_end, start):
        return None
    return place.end()


def place_item(text: str, end: int, gend: int) -> bool:
    """True when a figure ending at ``end`` is a place-list item ("one in Druzhkivka", its
    phrase ending at ``gend``): a figure of the other kind after it ("..., and injured
    seven") counts all the places, so it is a record of its own."""
    return gend > end and _PLACE_AFTER.fullmatch(text, end, gend) is not None


_DIED_OF_WOUNDS = re.compile(
    r"\b(?:succumbed|died\s+(?:later\s+)?(?:of|from)\s+(?:their|his|her|the)\s+"
    r"(?:wounds|injuries)|later\s+died|(?:have|has|had)\s+died|"
    # "two of the people wounded in the strike died overnight": the subject says who.
    r"died|passed\s+away)\b",
    re.IGNORECASE,
)


def died_of_wounds(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` says the wounded died ("succumbed to their injuries")."""
    return _DIED_OF_WOUNDS.search(text, start, end) is not None


CONDITION = r"in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition"

# "Two of the injured were in serious condition", "three of the wounded remain in intensive
# care", "two of the wounded were seriously hurt": a stated condition subgroup of the harmed.
_CONDITION_AFTER = re.compile(
    r"\s+(?:were|was|are|is|remain(?:s|ed)?|(?:have|has|had)\s+been)\s+(?:still\s+|now\s+)?"
    r"(?:listed\s+|described\s+as\s+|reported\s+(?:to\s+be\s+)?)?"
    r"(?:in\s+(?:an?\s+)?(?:(?:very|extremely|especially)\s+)?"
    r"(?:(?:critical|serious|grave|severe|stable|moderate|satisfactory|life-threatening)"
    r"(?:\s+(?:but|and)\s+(?:stable|critical|serious))?\s+(?:conditions?|state)|intensive\s+care)"
    r"|(?:critically|seriously|severely|gravely|badly)\s+(?:injured|wounded|hurt|ill)"
    r"|fighting\s+for\s+(?:their|his|her)\s+li(?:fe|ves)"  # "are fighting for their lives"
    r"|(?:in\s+)?(?:critical|serious)(?=\s*[,.;]))",
    re.IGNORECASE,
)


def condition_subgroup(text: str, end: int) -> int | None:
    """End of a stated condition after "N of the injured" (``end`` is where "injured" ends):
    the subgroup is a record of its own, like "including five children"."""
    m = _CONDITION_AFTER.match(text, end) or _FRONTED_CARE.match(text, end)
    return m.end() if m is not None else None  # "Four of the injured were in hospital"


# "Two of the 11 wounded were in critical condition": a condition share of a stated total.
_HURT_OF_TOTAL = re.compile(r"\s+(?:people\s+|persons\s+)?(?:wounded|injured|hurt)\b", re.I)


def total_condition(text: str, q: Quantity) -> int | None:
    """End of the condition after "N of the M wounded" (``q`` spans "N of the M"), else None."""
    hurt = _HURT_OF_TOTAL.match(text, q.end)
    return None if hurt is None or q.all else condition_subgroup(text, hurt.end())


_FRONTED_CARE = re.compile(
    r"\s+(?:were|was|are|is|remain(?:s|ed)?|(?:have|has|had)\s+been)\s+(?:still\s+|now\s+)?"
    r"(?:in\s+(?:a\s+|the\s+)?hospitals?|hospitali[sz]ed|"
    r"(?:taken|admitted)\s+to\s+(?:a\s+|the\s+)?(?:hospitals?|clinics?))",
    re.IGNORECASE,
)
_OF_THE_INJURED_FIRST = re.compile(
    r"\s*Of\s+(?:the|those)\s+(?:\d[\d,]*\s+)?(?:people\s+)?(?:injured|wounded)\s*,\s*", re.I
)


def fronted_condition(text: str, start: int, end: int) -> int | None:
    """ "Of the wounded, two are in serious condition": end of the condition after the
    figure ``text[start:end]``, the sentence's only subject. So is "..., three of whom were
    taken to hospital" after the injured figure it refers to."""
    whom = whom_in_care(text, end)
    if whom is not None:
        return whom
    if start > 40 or _OF_THE_INJURED_FIRST.fullmatch(text, 0, start) is None:
        return None
    cared = _FRONTED_CARE.match(text, end)  # "Of the injured, 17 remained in hospital"
    return cared.end() if cared is not None else condition_subgroup(text, end)


# "Of the 46 people who died, seven were children": the sentence restates a toll, and the
# figures after the comma are its subgroups, of its kind.
_OF_THE_HARMED_FIRST = re.compile(
    r"\s*Of\s+(?:the|those|these)\s+(?:[\w,.-]+\s+){0,4}?(?:who\s+(?:were\s+|had\s+been\s+|"
    r"have\s+been\s+)?)?(?:(?P<killed>died|killed|dead)|injured|wounded|hurt)\b[^,.;]{0,40},\s*",
    re.IGNORECASE,
)


def fronted_harmed(text: str, start: int) -> Literal["killed", "injured"] | None:
    """The kind of the harmed a sentence opens with ("Of the 46 people who died, ...") when
    the figure at ``start`` follows that opening, else None."""
    if start > 90 or not text.startswith("Of"):
        return None
    m = _OF_THE_HARMED_FIRST.fullmatch(text, 0, start)
    if m is None:
        return None
    return "killed" if m.group("killed") else "injured"


def kind_re(killed: str, injured: str) -> re.Pattern[str]:
    """The harm-word pattern of :mod:`casualties` (groups ``killed``, ``injured``), where
    "in a critical condition" counts as injured; only the nearest-word reading uses it, so
    "Two of the injured were in serious condition" stays no new figure."""
    return re.compile(
        rf"\b(?:(?P<killed>{killed})|(?P<injured>{injured}|{CONDITION}))\b", re.IGNORECASE
    )


# What joins a background toll's first figure to its second: the rest of the first
# item, then "and wounded (more than)" -- or a bare "and" ("killed and 11,300 injured").
_AND_HARMED = re.compile(
    r"[^.;:\d]{0,80}?(?:\band\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|killed|wounding|injuring|"
    r"killing)\s+|\b(?:killed|dead|wounded|injured)\s+and\s+)"
    rf"{QUALIFIER}",
    re.IGNORECASE,
)


def same_toll(text: str, skipped_end: int, start: int) -> bool:
    """True when the figure at ``start`` continues the background toll whose first figure
    ends at ``skipped_end`` ("killed 224 people ..., and wounded more than 1,200")."""
    if _AND_HARMED.fullmatch(text, skipped_end, start) is None:
        return False
    return not seized_before(text, skipped_end)  # "arrested 11 people ... and wounded 2"


_ONE_ATTACK = re.compile(
    r"\b(?:in|by)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|raid|airstrike|blast)\b",
    re.IGNORECASE,
)
_MANY_ATTACKS = re.compile(
    r"\b(?:in|during|from)\s+(?:the|both|all|these|those)\s+(?:[\w-]+\s+)?"
    r"(?:attacks|strikes|raids|airstrikes|bombardments)\b",
    re.IGNORECASE,
)


class _Figure(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def other_attacks(text: str, start: int, part: _Figure) -> bool:
    """True when the record starting at ``start`` blames one attack ("in a strike on a
    tent") before ``part`` (a casualty figure's span), counted over several ("in the
    attacks")."""
    if _ONE_ATTACK.search(text, start, part.start) is None:
        return False
    return _MANY_ATTACKS.search(text, part.start, min(len(text), part.end + 40)) is not None


# "the two others were “civilians”": a copula naming who they were, no harm word after it.
_OTHERS_WERE = re.compile(
    r"\s+(?:were|are)\s+(?!(?:[\w-]+\s+){0,2}?(?:killed|dead|died|injured|wounded|hurt|"
    r"in\s+(?:a\s+)?(?:critical|serious|stable)|taken|hospitali[sz]ed|treated|missing)\b)",
    re.IGNORECASE,
)


_SPEAKS = re.compile(
    r"\s+(?:said|says|told|tells|described|recalled|added|wrote|recounted|reported)\b",
    re.IGNORECASE,
)
"""People who speak are the witnesses, not the harmed: "One resident said five people were
killed", "Two soldiers told AFP ..."."""
_SINGULARS: set[str] = set()
"""Singular group nouns added by :func:`with_singulars` (not in the table itself)."""
_LONE_HARMED_AFTER = re.compile(
    r"(?:\s+of\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"  # "one rescuer of the SES"
    r"\s+(?:(?:was|is|has\s+been|had\s+been|got|were)\s+)?(?:(?:also|later|reportedly|"
    r"slightly|seriously|badly|critically|fatally|lightly)\s+)?"
    r"(?:kill|die|dead|injur|wound|hurt|hospitali|succumb|"
    r"(?:suffered|sustained|received)\s+(?:[a-z-]+\s+)?(?:burns|injur|wound))",
    re.IGNORECASE,
)
_LONE_HARMED_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|injur(?:ed|ing|es)|wound(?:ed|ing|s)?|hurt(?:ing|s)?)\s+"
    r"(?:another\s+|a\s+further\s+)?[\w-]+\s*$",
    re.IGNORECASE,
)


def names_others(text: str, group: re.Match[str]) -> bool:
    """True when "the N others" is followed by "were <who they were>", not by a harm word;
    when the people speak ("One resident said ..."); and when a lone singular ("one
    officer") has no harm word of its own right next to it ("One officer said ...", "one
    medic who treated them")."""
    word = group.group("group").lower()
    if word == "others" and _OTHERS_WERE.match(text, group.end()) is not None:
        return True
    if _SPEAKS.match(text, group.end()) is not None:
        return True
    if word not in _SINGULARS or _LONE_HARMED_AFTER.match(text, group.end()) is not None:
        return False
    lo = max(0, group.start() - 40)
    return _LONE_HARMED_BEFORE.search(text, lo, group.start()) is None


# "None of the 23 crew members was injured", "Neither of the two drivers was hurt", "No one
# among the 112 miners ...": the figure counts the people spared, not the harmed.
_NEGATED = re.compile(
    r"\b(?:none|neither|no\s+one|nobody|not\s+(?:one|a\s+single\s+one))\s+(?:of|among)\s+"
    r"(?:(?:the|its|their|his|her|our|those|these|all)\s+)?$",
    re.IGNORECASE,
)


def negated(text: str, start: int) -> bool:
    """True when the figure at ``start`` follows "none of (the)", "neither of", "no one among"."""
    return _NEGATED.search(text, max(0, start - 30), start) is not None


_SIDE = (
    r"(?:(?:the\s+)?(?:Russian|Ukrainian|Israeli|Palestinian|other|opposing)\s+side|"
    r"(?:its|their)\s+(?:own\s+)?side|Russia|Ukraine|Israel|Moscow|Kyiv|Kiev|Hamas|Hezbollah|"
    r"(?:the\s+)?(?:International\s+Committee\s+of\s+the\s+)?Red\s+Cross|(?:the\s+)?ICRC)\b"
)
# Bodies handed from one side to the other: "brought home the bodies of 909 fallen soldiers",
# "31 bodies were handed to Russia", "Kyiv received the bodies of 1,212 people".
_HANDOVER = re.compile(
    r"\b(?:repatriat\w*|exchange(?!\s+of\s+fire)|swap|in\s+return|"
    r"(?:brought|bring|brings|bringing)\s+(?:home|back)|"
    r"fallen\s+(?:[A-Z]\w+\s+)?(?:soldiers|servicemen|defenders|fighters)|"
    # "18 bodies are to be handed over", "the Russian side also handed over the bodies"
    r"(?:handed|handing|hands|hand)\s+over\b(?!\s+to\s+(?:the\s+)?(?:morgue|police|relatives))|"
    rf"(?:handed|returned|transferred|sent\s+back|given\s+back)\s+(?:over\s+)?to\s+{_SIDE}|"
    rf"(?-i:(?:Ukraine|Russia|Israel|Kyiv|Kiev|Moscow|Hamas))\s+(?:has\s+|had\s+|have\s+)?"
    # ... "Israel has been returning the bodies of 15 Palestinians" for each hostage's remains
    r"(?:been\s+)?(?:received|return(?:ed|ing)|hand(?:ed|ing)\s+over|got\s+back|took\s+back))",
    re.IGNORECASE,
)


_BODIES_BEFORE = re.compile(r"\b(?:bod(?:y|ies)|remains)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_BODIES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?bod(?:y|ies)\b", re.IGNORECASE)


def bodies_handed_over(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` counts bodies and the sentence tells of bodies
    exchanged between the sides (a repatriation): the dead of earlier fighting, no toll."""
    if "bod" not in text and "Bod" not in text and "remains" not in text:
        return False
    if not (
        _BODIES_BEFORE.search(text, max(0, start - 40), start) or _BODIES_AFTER.match(text, end)
    ):
        return False
    return _HANDOVER.search(text) is not None


# What may follow "N more" when it counts people: a verb, a preposition, an aside or a
# person word the group table lacks ("two more were killed", "three more in Izium").
_AFTER_MORE_OK = frozenset(
    ["were", "was", "are", "is", "have", "has", "had", "being", "died", "killed", "injured",
     "wounded", "hurt", "in", "on", "at", "near", "from", "across", "during", "after", "later",
     "still", "remain", "remained", "suffered", "sustained", "received", "including", "among",
     "who", "and", "or", "but", "with", "as", "to", "victims", "bodies", "body", "dead",
     "people", "casualties", "others", "fatalities", "deaths", "inside", "aboard", "since",
     "when", "while", "victim"]
)  # fmt: skip
# A time or place phrase after "N more" ("injured 13 more over the past day") counts people
# only when a harm verb stands right before the figure ("shelled Marhanets 12 more over the
# past day" counts attacks).
_AFTER_MORE_TIME = frozenset(
    ["over", "overnight", "throughout", "within", "by", "this", "last", "yesterday", "today",
     "earlier", "elsewhere", "there", "nearby"]
)  # fmt: skip
_HARMED_JUST_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?)\s+"
    r"(?:another\s+|a\s+further\s+|at\s+least\s+)?[\w,.-]+$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+(?P<w>[a-z][a-z'’-]*)\b")


def more_things(text: str, group: re.Match[str]) -> bool:
    """True for "eight more settlements": "more" before a noun that names no people, so the
    figure counts things, not the harmed ("struck Kherson and eight more settlements,
    killing three people")."""
    if group.group("group").lower() not in ("more", "further"):
        return False
    nxt = _NEXT_WORD.match(text, group.end())
    if nxt is None or nxt.group("w") in _AFTER_MORE_OK:
        return False
    if nxt.group("w") in _AFTER_MORE_TIME:
        lo = max(0, group.start() - 40)
        return _HARMED_JUST_BEFORE.search(text, lo, group.start()) is None
    return True


_TOLL_ROSE = re.compile(
    r"\b(?:rose|risen|climbed|increased|jumped|grew|grown|reached|stood\s+at)(?:,\s*|\s+)(?:to\s+)?$",
    re.IGNORECASE,
)


def toll_before(toll_re: re.Pattern[str], text: str, s: int, start: int) -> re.Match[str] | None:
    """The toll phrase (``toll_re``) the figure at ``start`` completes: in its clause (from
    ``s``), or earlier in the sentence when only words and a verb of change stand between
    ("The death toll after the strike on the market rose to 14"); "the toll, ..., at 11"
    is a time."""
    toll = toll_re.search(text, s, start)
    if toll is not None or s == 0:
        return toll
    rose = _TOLL_ROSE.search(text, max(0, start - 20), start) is not None
    # "put the number of dead after the attack on X at two": the verb frames the toll.
    put = not rose and text[max(0, start - 3) : start].lower() == "at "
    if not rose and not put:
        return None
    tolls = list(toll_re.finditer(text, max(0, start - 120), s))
    if not tolls or any(c.isdigit() or c in ";:" for c in text[tolls[-1].end() : start]):
        return None
    if put and _PUT_THE.search(text, max(0, tolls[-1].start() - 12), tolls[-1].start()) is None:
        return None
    return tolls[-1]


_PUT_THE = re.compile(r"\bput\s+(?:the\s+)?$", re.IGNORECASE)


_OTHER_SIDE = re.compile(r"\s*On\s+the\s+(?:other|(?-i:[A-Z])[\w-]*)\s+side\b", re.IGNORECASE)
_DAY = re.compile(
    r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|overnight|today|"
    r"yesterday|this\s+morning|last\s+night)\b",
    re.IGNORECASE,
)


def other_side_of_background(
    text: str, prev: str, is_background: Callable[[str, Quantity], bool]
) -> bool:
    """True for "On the Israeli side, 22 soldiers and 25 civilians have been killed" after a
    sentence whose toll is a running total (``is_background``): the same tally, counted
    for the other side, is background too (not when it names its day: "on Sunday")."""
    if _OTHER_SIDE.match(text) is None or _DAY.search(text):
        return False
    return any(is_background(prev, q) for q in find_quantities(prev))


# "Three of the dead were in Kostiantynivka (and one in Druzhkivka)": the harmed split by place.
_PLACE_SHARE = re.compile(
    r"\s+(?:were|was)\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?:region|district|oblast|community))?(?=\s*(?:[,.;]|and\b|$))",
    re.IGNORECASE,
)


def place_share(text: str, start: int, end: int) -> tuple[int, int, bool, int] | None:
    """Clause, subgroup flag and phrase end of "N of the dead|injured" (figure at
    ``start``, phrase ending at ``end``) when it counts the harmed of one place: a record
    of its own, as "one in Druzhkivka" after it is."""
    m = _PLACE_SHARE.match(text, end)
    at = m.end() if m is not None else dead_at(text, end)  # "were registered in ... X"
    if at is None:
        return None
    s, e = clause(text, start, at, split_and=True)
    return s, e, True, at


FAMILY = r"|members\s+of\s+the\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s+family"
"""A named family's members ("Seven members of the Abu Nasr family were killed"), appended to
the casualty group alternatives as one more group phrase."""


def group_of(word: str) -> str:
    """The group a matched phrase not in the table names: a named family's members are
    "family members"; anything else keeps its own word."""
    return "family members" if word.startswith("members of ") and word.endswith("family") else word


_SINGULAR_ENDS = ("ers", "ists", "ics", "ents", "ors", "ards")  # "one security guard"


def with_singulars(groups: dict[str, str]) -> dict[str, str]:
    """Add the singular of each plural group noun ("One sailor was injured", "one medic")
    to ``groups`` in place, where the table lists only the plural; returns ``groups``."""
    for word, group in list(groups.items()):
        if word.endswith(_SINGULAR_ENDS) and word[:-1] not in groups:
            groups[word[:-1]] = group
            _SINGULARS.add(word[:-1])
    return groups


# "Two people were killed in the Sumy region and 11 were injured in Odesa", "killed three
# people in Kharkiv and 14 were wounded in Zaporizhzhia": each figure names its own place,
# so they are two records, not one.
_HARMED_IN = re.compile(
    r"\s+(?:(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed|injured|wounded|hurt|died)\s+)?"
    r"in\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w'’-]+)",
    re.IGNORECASE,
)


def places_differ(text: str, first_end: int, second_end: int) -> bool:
    """True when the figures ending at ``first_end`` and ``second_end`` are each harmed "in"
    a place of their own, and the places differ."""
    a = _HARMED_IN.match(text, first_end)
    b = _HARMED_IN.match(text, second_end) if a is not None else None
    return b is not None and a is not None and a.group("place") != b.group("place")

"""Shares of a casualty figure by place: "two each in Shostka, Konotop and Okhtyrka",
"Twelve of them died in a strike on a house in Jabalia".

Split from ``casualties`` (at its size limit). "N each in A, B and C" is stated once but
counts the people of every place listed, so each further place is a record of its own (as
"one in Druzhkivka and one in Mykolaivka" would be); its evidence runs from the figure to
the place. "N of them died" with no group word is a share of the toll before it.
"""

from __future__ import annotations

import re

from pipeline.extract import _places
from pipeline.extract._casualty_more import places_differ
from pipeline.extract.model import Document

# "57 civilians were killed, 32 in El Fasher and 25 in Samsam", "killed nine people, five
# in Kherson and ...": a total with no place of its own, shared out by the list after it.
_TOTAL_THEN = re.compile(
    r"[^.;:\d]{0,60}?(?:\b(?:killed|injured|wounded|hurt|died|dead)|\b(?:people|civilians|"
    r"persons|residents|soldiers))\s*,\s*",
    re.IGNORECASE,
)
_ITEM_PLACE = re.compile(
    r"\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:village|town|city|district)\s+of\s+)?"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:\s+(?:camp|region|district))?",
    re.IGNORECASE,
)
# The items before this one in a list sharing out a total: "32 in El Fasher and ".
_PLACE_ITEMS = re.compile(
    r"(?:[\w-]+\s+(?:more\s+)?(?:in|at|near)\s+(?:the\s+)?[\w'’ -]{1,40}?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+))*",
    re.IGNORECASE,
)

# The list's next place after the first: ", Konotop", " and Okhtyrka", ", and the town of X".
_NEXT_PLACE = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+(?:village|town|city)\s+of\s+)?"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:region|district|oblast|community))?",
    re.IGNORECASE,
)
_EACH_IN = re.compile(r"\s+each\s+(?:in|at|near)\s", re.IGNORECASE)


def further_places(text: str, fig_end: int, place_end: int) -> list[int]:
    """Ends of the further places after "N each in A" (figure ending at ``fig_end``, the
    first place ending at ``place_end``); empty when the figure is not shared out."""
    if " each " not in text[fig_end : fig_end + 7] or _EACH_IN.match(text, fig_end) is None:
        return []
    ends: list[int] = []
    pos = place_end
    while (m := _NEXT_PLACE.match(text, pos)) is not None:
        ends.append(m.end())
        pos = m.end()
    return ends


_GOVERNED = re.compile(r"\b(?:from|of|by|with)\s+$", re.IGNORECASE)
_OF_THEM_HARMED = re.compile(
    r"\s+of\s+(?:them|those)(?=\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?:killed|died|wounded|injured|hurt)\b)",
    re.IGNORECASE,
)


def of_them_harmed(text: str, start: int, end: int) -> int | None:
    """End of "of them" when the figure ``text[start:end]`` is a share of the harmed told by
    its verb ("Twelve of them died ..."; not "debris from one of them wounded four"), else
    None."""
    if " of " not in text[end : end + 4] or _GOVERNED.search(text, max(0, start - 8), start):
        return None
    m = _OF_THEM_HARMED.match(text, end)
    return m.end() if m is not None else None


_WHO_AFTER = re.compile(r"\s+(?:who|whom)\s", re.IGNORECASE)


def relative_share(text: str, end: int) -> bool:
    """True when the figure ending at ``end`` is described by a relative clause ("including
    12 who were waiting for food"): a share with no group word, of the kind it breaks down."""
    return " wh" in text[end : end + 4] and _WHO_AFTER.match(text, end) is not None


_ACCORDING_LEAD = re.compile(r"\s*According\s+to\s+[^,.;:\d]{1,60},\s*$", re.IGNORECASE)


def opens_sentence(text: str, start: int) -> bool:
    """True when the figure at ``start`` opens its sentence, maybe after "According to X,"
    ("According to the mayor, two of the victims are children"): a share of the record
    before it, not a figure of its own sentence."""
    return start <= 1 or (
        text[:9].lower() == "according" and _ACCORDING_LEAD.fullmatch(text, 0, start) is not None
    )


def place_share(text: str, main_end: int, start: int, end: int) -> bool:
    """True when a place item ``text[start:end]`` shares out the figure before it rather
    than standing beside it: "16 of them in the town of Balakliia", or a list after a colon
    ("3 people were killed in the Donetsk region: 2 in A and 1 in B"; the total's figure
    ends at ``main_end``), so a later "Another 8 were injured" completes the total."""
    if text[end : end + 9].lower() == " of them " or ":" in text[main_end:start]:
        return True
    total = _TOTAL_THEN.match(text, main_end, start)  # "57 civilians were killed, 32 in A"
    return total is not None and _PLACE_ITEMS.fullmatch(text, total.end(), start) is not None


def first_share_place(text: str, prev_end: int, start: int, end: int) -> int | None:
    """End of the place after the figure ``text[start:end]`` when it opens a list sharing
    out the total just before it ("57 civilians were killed, 32 in El Fasher"), else None
    (``prev_end`` ends the total's figure)."""
    if _TOTAL_THEN.fullmatch(text, prev_end, start) is None:
        return None
    place = _ITEM_PLACE.match(text, end)
    return place.end() if place is not None else None


# ", in Sumy two persons died, in Dnipro five persons were injured": each figure after a
# place of its own, fronted as translated copy does; tolls by town are one record per town.
# ... also after a semicolon and with the place's own comma ("...; in the region of
# Charkiw, seven persons were injured").
_FRONTED_PLACE = re.compile(
    r"[,;]\s+(?:and\s+)?(?:in|near)\s+(?:the\s+(?:region|district|city|town|village|community)"
    r"\s+(?:of\s+)?)?"  # "; in the region Wolhynien three people" (German order)
    r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:region|district|oblast))?,?\s+"
    r"(?:another\s+|a\s+further\s+)?$",
    re.IGNORECASE,
)


def apart(text: str, first_end: int, second_end: int, second_start: int) -> bool:
    """True when the figures ending at ``first_end`` and ``second_end`` (which starts at
    ``second_start``) are harmed in different places: each "in" its own, or the second
    after a fronted place of its own."""
    if places_differ(text, first_end, second_end):
        return True
    lead = text[max(first_end, second_start - 60) : second_start]
    return (" in " in lead or " near " in lead) and _FRONTED_PLACE.search(lead) is not None


_INCLUDING = re.compile(r"\b(?:including|among\s+them)\s+$", re.IGNORECASE)
# "..., including 11 in a single strike on a home": one incident's share, as a place's is.
_ONE_STRIKE = re.compile(
    r"\s+in\s+(?:a|one|the)\s+(?:single\s+)?(?:air\s*strike|strike|attack|bombing)\b",
    re.IGNORECASE,
)


def including_place(text: str, start: int, end: int) -> int | None:
    """End of the place after a bare figure ``text[start:end]`` told "including" ("killed 31
    people, including 11 in Gaza City", "including 11 in a single strike"): that place's or
    incident's share, a record of its own."""
    if _INCLUDING.search(text, max(0, start - 14), start) is None:
        return None
    place = _ITEM_PLACE.match(text, end) or _ONE_STRIKE.match(text, end)
    return place.end() if place is not None else None


# German word order, the region after its noun: "In the Russian border region Kursk three
# persons were injured", "In the district Kupjansk ...": the place a toll opens with.
_REGION_NAMED = re.compile(
    r"\s*In\s+the\s+(?:[\w-]+\s+){0,2}?(?:region|district|oblast|province)\s+"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+)",
    re.IGNORECASE,
)


def region_named(clause: str) -> str | None:
    """The region a clause opens with in German order ("In the region Kursk ..."), else None."""
    if "In the " not in clause[:12]:
        return None
    m = _REGION_NAMED.match(clause)
    return m.group("name") if m is not None else None


# "1 in Druzhkivka", "3 more in the village of Bilytske": a list item's own town.
_ITEM_ONLY = re.compile(
    r"\d[\d,]*\s+(?:more\s+)?in\s+(?:the\s+(?:village|town|city)\s+of\s+)?"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+)\s*"
)


# "in the capital" of the country the sentence names: the city a later toll names.
_CAPITALS: dict[str, str] = {
    "Ukraine": "Kyiv", "Russia": "Moscow", "Lebanon": "Beirut", "Syria": "Damascus",
    "Sudan": "Khartoum", "Yemen": "Sanaa", "Iran": "Tehran", "Iraq": "Baghdad",
}  # fmt: skip
_TARGET_COUNTRY = re.compile(
    r"\b(?:at|on|attacked|struck|hit|against|targeted|pounded)\s+(?P<c>"
    + "|".join(_CAPITALS)
    + r")\b"
)


# A toll's rise told by its cause: the place of the bodies' building is no toll's place.
_RESCUE_TAIL = re.compile(
    r"\s(?:after|as|when)\s+(?:rescuers|rescue\s+(?:teams|workers|crews)|emergency\s+workers|"
    r"search\s+teams|firefighters|crews)\b",
    re.IGNORECASE,
)


def place_of(doc: Document, idx: int, clause: str) -> str | None:
    """Where the casualties of ``clause`` (in sentence ``idx``) were: a list item's own town
    even when the place table does not know it (else a town named earlier in the sentence
    would stand for it, and two items of one figure would read as one restated), else the
    place the sentence gives, else a region the clause opens with."""
    sentence = doc.sentences[idx].text
    cut = _RESCUE_TAIL.search(sentence) if " after " in sentence or " as " in sentence else None
    if cut is not None and clause in sentence[: cut.start()]:
        # "... after rescuers pulled two more bodies from a building in X": X is not where
        # the toll was (only the bodies' building), so only the toll's own words place it
        head = sentence[: cut.start()]
        return _places.located(head) or region_named(head)
    item = _ITEM_ONLY.fullmatch(clause) if clause[:1].isdigit() else None
    if item is not None and _places.located(clause) is None:
        return item.group("name")
    place = _places.harm_place(doc, idx, clause) or region_named(clause)
    if " the capital" not in clause:
        return place
    if place in _CAPITALS:
        return _CAPITALS[place]  # "fired ... at Ukraine, ... killed four people in the capital"
    if place is None:  # "Russia attacked Ukraine ..., killing three people in the capital"
        target = _TARGET_COUNTRY.search(doc.sentences[idx].text)
        return _CAPITALS[target.group("c")] if target is not None else None
    return place

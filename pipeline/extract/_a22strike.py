"""Strike readings of literal Spanish, Portuguese, Italian, Ukrainian and German copy (h_air22).

Asked by the strikes detector's helpers (:mod:`_a21group`, :mod:`_strikewith`,
:mod:`_a21list`):

- :func:`flown_site_strikes`: "The army spoke of 12 strikes against military targets of
  the Huthi" (an armed group's sites with an adjective before them) and a US or Israeli
  military's "about fifteen strikes against the port of Hodeidah and a power station"
  (infrastructure named by its kind) are air strikes, as "strikes on Huthi targets" are;
- :func:`gapped_target_list`: "struck Kharkiv with 4 guided aerial bombs and 12 Geran-2
  attack drones, the Kupiansk district - with artillery and MLRS" (Ukrainian copy leaves
  the verb out of the second target's clause, a dash in its place): the list after the
  dash is that target's weapons, never the drones' own;
- :func:`with_gap`: "160 attacks with drones of different types and 21 with multiple
  rocket launchers": the elided count may follow an item that had its own "with" list;
- :data:`DATELINE`: "BEIRUT - Were 12 the Israeli raids that ..." opens after a dateline.
"""

from __future__ import annotations

import re

from pipeline.extract._strikegroup import _AIR_MILITARY

_HEAD = re.compile(
    r"\s+(?:(?:air|further|new|more|precision|separate)\s+)?strikes?[»”\"]?\s+"
    r"(?:on|against|targeting|at)\s+(?:the\s+)?"
)
_GROUP = (
    r"(?:Houthis?|Huthis?|Hezbollah|Hamas|Islamic\s+Jihad|Islamic\s+State|al-Shabaab|Shabaab|"
    r"al-Qaeda|jihadists?|militants?|rebels?|terrorists?|Taliban|PKK|militias?)"
)
# "military targets of the Huthi", "strategic positions of the militia"
_ADJ_SITES_OF_GROUP = re.compile(
    r"(?:military|strategic|key|several|various|numerous|important)\s+"
    r"(?:targets|positions|sites|facilities|infrastructures?|installations|objectives)\s+of\s+"
    rf"(?:the\s+)?(?:[\w-]+\s+)?{_GROUP}\b",
    re.IGNORECASE,
)
# "the port of Hodeidah", "a power station", "the airport of Sanaa"
_INFRASTRUCTURE = re.compile(
    r"(?:the\s+|a\s+)?(?:ports?|harbou?rs?|power\s+(?:stations?|plants?)|airports?|"
    r"oil\s+(?:terminals?|facilities)|fuel\s+depots?)\b",
    re.IGNORECASE,
)


def flown_site_strikes(text: str, figure_end: int) -> bool:
    """True when the "strikes" counted before ``figure_end`` hit an armed group's military
    sites or, for a US or Israeli military, ports and power stations: air strikes."""
    head = _HEAD.match(text, figure_end)
    if head is None:
        return False
    if _ADJ_SITES_OF_GROUP.match(text, head.end()) is not None:
        return True
    return _INFRASTRUCTURE.match(text, head.end()) is not None and bool(_AIR_MILITARY.search(text))


# ", the Kupiansk district - with artillery": a place, a dash, the elided verb's "with".
_GAPPED = re.compile(r",\s+(?:the\s+)?[^,;:]{2,60}?\s[-–—]\s*(?:with|by)\s+$", re.IGNORECASE)


def gapped_target_list(text: str, pos: int, list_start: int) -> bool:
    """True when the weapon list starting at ``list_start`` belongs to another target told
    after a comma and a dash (the verb left out), not to the figure ending at ``pos``."""
    return _GAPPED.match(text, pos, list_start) is not None


# " of different types", " of various kinds": the item's own tail, before "and 21 with".
_KINDS_TAIL = re.compile(
    r"\s+of\s+(?:different|various|several|diverse|all)\s+(?:types|kinds|calibres|calibers)\b",
    re.IGNORECASE,
)


def kinds_tail_end(text: str, end: int) -> int:
    """The end of an "of different types" tail right after ``end`` (else ``end``)."""
    m = _KINDS_TAIL.match(text, end)
    return m.end() if m is not None else end


_HEALTH_ATTACKS = re.compile(
    r"\s+attacks?\s+(?:against|on|targeting)\s+(?:the\s+)?(?:health(?:\s*care)?|medical|"
    r"hospitals?\b|clinics?\b)",
    re.IGNORECASE,
)
_TALLY = re.compile(
    r"\b(?:WHO|World\s+Health\s+Organi[sz]ation|this\s+year|since|so\s+far|to\s+date)\b",
    re.IGNORECASE,
)


def health_care_tally(text: str, cs: int, ce: int, end: int) -> bool:
    """True when the figure ending at ``end`` counts attacks on health care in a WHO or
    period tally (clause ``text[cs:ce]``)."""
    if _HEALTH_ATTACKS.match(text, end) is None:
        return False
    return _TALLY.search(text, cs, ce) is not None or "WHO" in text

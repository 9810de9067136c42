"""A shoot-down figure pairing with a launch figure from the previous paragraph.

:mod:`pipeline.extract.interceptions` pairs launch and shoot-down figures within a
paragraph (and "35 of the missiles" further back). Wire copy also splits one report
over two short paragraphs, and Ukrainska Pravda style copy over labelled ones
("... attacked by 23 drones overnight." / "Source: ..." / "Details: ... 23 Ukrainian
drones were intercepted and destroyed"). These readings pair across the break:

- "Eleven of them were shot down": a share with no weapon noun takes the latest
  launch not yet paired, when it is big enough and of the paragraph's weapon (any
  single weapon when the paragraph names none).
- "23 drones were intercepted" after "attacked by 23 drones": the same weapon and
  the very same figure.
- "It said 52 drones had been shot down" right after "Russia launched 73 Shahed-136 and
  other attack drones ..., the air force said": the report goes on, its pronoun says so.
- "According to the Air Force, ... the air defense shot down 64 enemy UAVs in the north,
  south and east of the country" (no place, no mayor or governor) after "the enemy
  attacked Ukraine with 87 attack UAVs" (a country named): the country-wide report.
- "211 drones and 38 rockets were shot down" after "attacked ... with 477 drones as well
  as 60 rockets": an outcome list answering a launch list weapon for weapon, in order.
- "Air defence destroyed 368 drones, all 19 cruise missiles and two of the ballistic
  missiles" after "The attack involved 401 drones, 19 cruise missiles and eight
  Iskander-M": a bare figure beside figures that point back, or in an outcome list
  answering a launch list weapon for weapon, answers the latest launch of its weapon.

:func:`referred` reaches further back for a figure that names its weapon with a definite
article ("35 of the missiles", "both drones"). A missile share naming its class ("4
ballistic missiles") answers no launch of the other class ("22 Kh-101 cruise missiles").

Either way the launch must be close (``REACH`` sentences) and no side is named for
one that differs from the other's ("Russia launched 20 drones" is not answered by
"downed 20 Ukrainian drones").
"""

from __future__ import annotations

import re

from pipeline.extract._airaim import same_aim
from pipeline.extract._airbulletin import compass_wide, launch_country, same_model, unplaced
from pipeline.extract._airclass import missile_class
from pipeline.extract._airmention import Mention, read
from pipeline.extract.model import Document, InterceptWeapon

REACH = 4
"""How many sentences back the launch may stand."""
_COUNTRIES: frozenset[str] = frozenset(
    {"Ukraine", "Russia", "Israel", "Belarus", "Iran", "Lebanon", "Yemen", "Poland"}
)
"""Targets a whole country's air-defence report answers ("attacked Ukraine with 87 UAVs")."""


def carried_launch(
    doc: Document,
    m: Mention,
    weapon: InterceptWeapon | None,
    stale: list[Mention],
    siblings: list[Mention],
) -> Mention | None:
    """The launch in ``stale`` (unpaired launches, in order) that ``m`` answers, or None.

    ``definite``: the outcome's sentence also points back ("destroyed 368 drones, all 19
    cruise missiles and two of the ballistic missiles"), so its bare figures answer the
    launches of the sentence the pointers answer too.
    """
    if m.value is None or weapon == "mixed" or (weapon is None and not m.backref):
        return None
    if (named := _named_model(doc, m, weapon, stale)) is not None:
        return named  # "2 Kh-59/69 guided air missiles ..." ... "One Kh-59/69 missile was also"
    for launch in reversed(stale):
        if m.sent - launch.sent > REACH:
            return None
        if weapon is None and launch.weapon != "mixed":
            weapon = launch.weapon  # "58 of them" in a paragraph naming no weapon
        if launch.weapon != weapon or launch.value is None or launch.value < m.value:
            continue
        if m.owner is not None and launch.owner is not None and m.owner != launch.owner:
            continue
        if weapon == "missile" and _other_class(doc, m, launch):
            continue  # "4 ballistic missiles" answers the Iskanders, not the Kh-101s
        if m.backref or launch.value == m.value or _answers_list(doc, m, launch, stale, siblings):
            return launch
        country = launch_country(doc, launch, _COUNTRIES)
        if country is not None and m.location is None and _nationwide(doc, m):
            return launch  # "attacked Ukraine with 87 UAVs" ... "shot down 64 enemy UAVs"
        if m.location is None and not m.part and (country or unplaced(doc, launch)):
            text = doc.sentences[m.sent].text
            if compass_wide(text) and _LOCAL.search(text) is None:
                return launch  # "... 43 enemy UAVs in the north and east of the country"
        if same_model(m, launch) and _LOCAL.search(doc.sentences[m.sent].text) is None:
            return launch  # "four Kh-59 guided missiles" ... "One Kh-59 was also destroyed"
        if launch.location in _COUNTRIES and m.location is None and _defended(doc, m, launch):
            return launch  # "... Ukraine with 14 drones." / "Air defence destroyed 11 drones."
        if m.sent - launch.sent == 1 and _IT_SAID.match(doc.sentences[m.sent].text):
            return launch  # "... the air force said." / "It said 52 drones had been downed"
        if _bulletin_next(doc, m, launch):
            return launch  # "... 95 attack drones, the Air Force said." / "Air defence shot
            # down 80 drones." opening the next paragraph: the bulletin goes on
        if same_aim(doc.body, m.num_start, doc.sentences[launch.sent].text):
            return (
                launch  # "... three drones against ... Umm al-Rashrash" / "... approaching Eilat"
            )
        return None  # only the latest launch of the weapon may answer a bare figure
    return None


def _other_class(doc: Document, m: Mention, launch: Mention) -> bool:
    """True when the two missile figures name different classes (ballistic, cruise)."""
    mine = missile_class(doc.body, m.num_start)
    theirs = missile_class(doc.body, launch.num_start) if mine is not None else None
    return theirs is not None and mine != theirs


# "It said 52 drones had been shot down": the report of the sentence before goes on.
_IT_SAID = re.compile(
    r"(?:It|They|The\s+(?:air\s+force|ministry|military|army))\s+(?:also\s+|further\s+)?"
    r"(?:said|says|added|reported|stated)\b"
)
# "According to the Air Force, ... shot down 64 enemy UAVs in the north, south and east of
# the country": the national report; a mayor's, a region's or an earlier day's is not.
_NATIONWIDE = re.compile(
    r"\bair\s+force\b|\b(?:of|across|over)\s+the\s+(?:whole\s+)?country\b|\bnationwide\b",
    re.IGNORECASE,
)
_LOCAL = re.compile(
    r"\b(?:mayor|governor|city|capital|regions?|oblasts?|district|earlier|previous(?:ly)?|"
    r"separately|yesterday|day\s+before|a\s+day)\b",
    re.IGNORECASE,
)


# "Air defence destroyed 11 enemy drones", "Ukrainian defenders managed to destroy 11": the
# defending side's forces as the subject, no place of their own.
_DEFENDERS = re.compile(r"\bair[\s-]+defen[cs]es?\b|\bdefenders\b|\bdefen[cs]e\s+forces\b", re.I)


def _defended(doc: Document, m: Mention, launch: Mention) -> bool:
    """True when ``m`` is the very next sentence's country-wide outcome by the defenders
    (the paragraph break between them only wire layout)."""
    if m.part or m.sent - launch.sent > 2:
        return False
    text = doc.sentences[m.sent].text
    return _DEFENDERS.search(text) is not None and _LOCAL.search(text) is None


def _named_model(
    doc: Document, m: Mention, weapon: InterceptWeapon | None, stale: list[Mention]
) -> Mention | None:
    """The latest launch of the model ``m`` names again ("One Kh-59/69 missile was also
    destroyed"), up to twice ``REACH`` sentences back: a bulletin's later paragraphs
    (launch directions, decoys, the drones' outcome) may stand between."""
    if m.model is None or weapon is None or _LOCAL.search(doc.sentences[m.sent].text):
        return None
    for launch in reversed(stale):
        if m.sent - launch.sent > 2 * REACH:
            return None
        if launch.weapon == weapon and same_model(m, launch):
            ok = launch.value is not None and launch.value >= (m.value or 0)
            return launch if ok else None
    return None


_AIR_FORCE = re.compile(r"\bair\s+force\b", re.IGNORECASE)


def _bulletin_next(doc: Document, m: Mention, launch: Mention) -> bool:
    """True when ``m`` opens the sentence right after the air force's launch figures
    (across a paragraph break), naming no place and no other source of its own."""
    if m.part or m.location is not None or m.sent - launch.sent != 1:
        return False
    if launch.location is not None and launch.location not in _COUNTRIES:
        return False
    text = doc.sentences[m.sent].text
    if _LOCAL.search(text) is not None or _IT_SAID.match(text) is not None:
        return False
    return _AIR_FORCE.search(doc.sentences[launch.sent].text) is not None


def _nationwide(doc: Document, m: Mention) -> bool:
    """True when ``m``'s sentence is the country-wide report (the air force's, no place)."""
    if m.part:
        return False
    text = doc.sentences[m.sent].text
    return _NATIONWIDE.search(text) is not None and _LOCAL.search(text) is None


def _answers_list(
    doc: Document, m: Mention, launch: Mention, stale: list[Mention], siblings: list[Mention]
) -> bool:
    """True when ``m``'s sentence also points back ("all 19 cruise missiles", "two of
    the ballistic missiles") or gives the outcome of another weapon that ``launch``'s
    sentence launched: the two lists report the same attack."""
    if any(o is not m and (o.definite or o.all) for o in siblings):
        return True
    if _weapon_for_weapon(doc, m, launch, stale, siblings):
        return True
    for other in siblings:
        if other is m or other.role != "intercept" or other.weapon in (None, "mixed", m.weapon):
            continue
        if other.model is None and not other.definite and not other.all:
            continue
        if any(c.sent == launch.sent and c.weapon == other.weapon for c in stale):
            return True
    return False


def _weapon_for_weapon(
    doc: Document, m: Mention, launch: Mention, stale: list[Mention], siblings: list[Mention]
) -> bool:
    """True when the outcome sentence ("211 drones and 38 rockets were shot down") gives a
    figure for every weapon the launch sentence counted ("477 drones ... as well as 60
    rockets"), each no bigger than its launch: the two lists are one report."""
    outcomes = {
        o.weapon: o.value
        for o in siblings
        if o.role == "intercept" and o.weapon not in (None, "mixed") and o.value is not None
    }
    if len(outcomes) < 2 or m.weapon not in outcomes or m.location is not None or m.part:
        return False
    if _LOCAL.search(doc.sentences[m.sent].text) is not None:
        return False  # "In the Lviv region, air defences shot down 10 drones and two missiles"
    # The launch sentence read again: an earlier weapon of its list may have paired already.
    launches = [c for c in read(launch.sent, doc.sentences[launch.sent]) if c.role == "launch"]
    counted = {c.weapon: c.value for c in launches if c.weapon not in (None, "mixed")}
    if not launches:  # a launch list read by the pairing ("Among them were ..."): what is left
        left = [c for c in stale if c.sent == launch.sent]
        counted = {c.weapon: c.value for c in left if c.weapon not in (None, "mixed")}
        if len(counted) != len(left) or not counted.keys() <= outcomes.keys():
            return False
    elif len(counted) != len(launches) or counted.keys() != outcomes.keys():
        return False
    return all(
        (got := outcomes[w]) is not None and n is not None and got <= n for w, n in counted.items()
    )


def one_kind(launches: list[Mention], named: set[InterceptWeapon]) -> bool:
    """True when ``launches`` are all of one weapon (not a combined figure) and their
    sentences name no other (``named``): a shoot-down counted in "targets" or "flying
    objects" right after them counts those weapons ("over 800 drones ... and Iskander
    missiles. 40 aerial targets were destroyed" stays a combined outcome)."""
    if not launches or len(named) > 1:
        return False
    return all(c.weapon == launches[0].weapon and c.weapon not in (None, "mixed") for c in launches)


_IN_TOTAL = re.compile(r"\b(?:in\s+total|a\s+total\s+of|altogether|in\s+all)\b", re.IGNORECASE)


def told_as_total(text: str) -> bool:
    """True when a launch sentence gives its figure as the total ("In total, ... had
    launched 39 drones"), so it may complete the outcome told just before it."""
    if "total" not in text and " all" not in text and "ltogether" not in text:
        return False
    return _IN_TOTAL.search(text) is not None


def referred(m: Mention, stale: list[Mention]) -> Mention | None:
    """The earlier launch that "35 of the missiles" or "both drones" refers back to.

    Only a figure naming its weapon with a definite article reaches past the
    nearby sentences, and only to the latest launch of that weapon big enough
    to hold it ("both" needs exactly two).
    """
    if not m.definite or m.weapon in (None, "mixed"):
        return None
    if m.model is not None:  # "the three Iskander-M": that model's launch, not the latest
        named = [c for c in stale if c.model is not None and _family(m.model, c.model)]
        stale = named or stale
    for launch in reversed(stale):
        if launch.weapon != m.weapon or launch.value is None:
            continue
        if m.value is None or (launch.value == m.value if m.all else launch.value >= m.value):
            return launch
        return None
    return None


def _family(a: str, b: str) -> bool:
    """True when two model names are one family ("Iskander" and "Iskander-M")."""
    return a.startswith(b) or b.startswith(a)

"""The regular expressions :mod:`strikes` reads a figure's surroundings with.

Moved out of :mod:`strikes` unchanged (it was at its size limit): the attack nouns,
list and share joints ("including 85 times with MLRS"), hardware and recipient
guards ("delivered 300 shells to Kyiv"), modal verbs ("could fire 90 missiles") and
the other shapes a strike figure is read against.
"""

from __future__ import annotations

import re

from pipeline.extract._strikeshape import PLACE_GAP
from pipeline.extract.model import StrikeWeapon
from pipeline.extract.weapons import MODIFIER, WEAPON_NOUN, unquoted

_GENERIC = ("attacks", "strikes", "bombardments", "times", "raids")
_ATTACK_NOUN = "|".join(_GENERIC)
_HEAD_MORE = re.compile(rf"\s+({WEAPON_NOUN})\b", re.IGNORECASE)
# Figures listed after a strike share its verb: "used 700 bombs, 500 drones and 30 missiles".
# So do shares of a total: "shelled 140 times, including 85 times with MLRS".
_CHAIN = re.compile(
    PLACE_GAP + r"\s*(?:(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:(?:including|among\s+them|"
    r"of\s+which|of\s+them|with)\s+)?|with\s+)",  # "counted 93 airstrikes with 156 bombs"
    re.IGNORECASE,
)
# "sent 87 drones against Ukraine overnight, as well as four missiles": one verb, two figures.
_AS_WELL_AS = re.compile(
    r"(?:(?!\b(?:said|says|according|while|but|which|who)\b)[^.;:!?\d\"“”]){0,160}?"
    # "..., Zelensky said, along with 1,100 attack drones": an attribution between.
    r"(?:,\s*(?:[\w.'’-]+\s+){1,3}(?:said|says|added)(?=,))?"
    # "sent 57 drones ..., in addition six Iskander-M" (German "dazu", "zusätzlich")
    r"(?:,\s*|\s+)(?:as\s+well\s+as|along\s+with|together\s+with|"
    r"in\s+addition(?:\s+to\s+(?:that|this))?\s*,?)\s+(?:with\s+)?",
    re.IGNORECASE,
)
_ATTACK_TAIL = re.compile(r"\s+(?:attacks|strikes|raids|bombardments)\b", re.IGNORECASE)
# A share may follow its total after a period or place: "310 times over the past
# day, including 74 times with MLRS", "3,960 times at Ukrainian positions and settlements in
# the past 24 hours, including 112 times with multiple rocket launchers" (art58-02).
_SHARE_LEAD = re.compile(
    r"[^.;:]{0,90}?(?:,\s*(?:and\s+)?(?:including|among\s+them|of\s+which)?|\bincluding|\bamong\s+them)\s*",
    re.IGNORECASE,
)
# "730 shelling attacks, 112 of them with multiple rocket launchers".
_SHARE = re.compile(r"\s+of\s+(?:them|which|these|those)\b", re.IGNORECASE)
_SHARE_FROM = re.compile(r"\s+(?:from|with|using)\s", re.IGNORECASE)
# "3 missile and 57 air strikes": the first figure's noun is left out.
_ELIDED = re.compile(
    r"\s+(?P<kind>missile|air|aviation|rocket|drone|artillery)\s+(?:and|or|,)\s+"
    r"[^.;:]{1,40}?\b(?:strikes|attacks)\b",
    re.IGNORECASE,
)
# "raids" are air raids unless a weapon says otherwise, and only when the
# attacker is military ("police carried out 16 raids" is no strike).
_MILITARY = re.compile(
    r"\b(?:forces|troops|army|military|aircraft|aviation|warplanes?|jets|enemy|occupiers|"
    r"invaders|air\s+force|aggression)\b",  # "The American aggression launched nine raids"
    re.IGNORECASE,
)
_AFTER_QTY = re.compile(
    rf"\s+(?:{MODIFIER}\s+){{0,4}}?(?P<noun>{WEAPON_NOUN}|{_ATTACK_NOUN})\b", re.IGNORECASE
)


def noun_after(text: str, at: int) -> re.Match[str] | None:
    """``_AFTER_QTY`` at ``at``, read again with quotation marks blanked ("17 ‘Geran’
    drones") only when the text has any (the second read would repeat the first)."""
    noun = _AFTER_QTY.match(text, at)
    if noun is None and (plain := unquoted(text)) is not text:
        noun = _AFTER_QTY.match(plain, at)
    return noun


# The list may follow the figure after a short adjunct and a comma, and may open
# with a participle: "96 times over the past day, firing artillery, mortars and
# tanks". The adjunct holds no other figure, clause break or verb of saying.
# "dropped 14 explosive devices from drones": the drones carry the counted payloads.
_DROPPED_FROM = re.compile(
    r"\s+(?:explosive\s+devices?|explosives|munitions|grenades)\s+(?:from|by)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:drones?|uavs?)\b",
    re.IGNORECASE,
)
_BY_ACTOR = re.compile(r"\bby\s+(?:the\s+)?(\w+(?:\s+\w+)?)", re.IGNORECASE)
_VERB_WEAPON: dict[str, StrikeWeapon] = {"shell": "artillery", "bomb": "airstrike"}
# "attacked Kherson with drones 40 times": the weapon named between the verb and the figure.
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\s+with\b", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\b(?:with|using|by|from)\s+(?P<what>[^,;:]{1,60})$", re.IGNORECASE)
# Counted platforms are hardware, not attacks: "sent Ukraine 31 Abrams tanks".
_PLATFORMS = frozenset(
    ["tanks", "howitzers", "cannons", "aircraft", "warplanes", "jets", "bombers", "helicopters"]
)
# "deployed four warships carrying up to 28 missiles": weapons carried are hardware.
_CARRIED = re.compile(
    r"\b(?:carrying|carry|carries|armed\s+with|equipped\s+with|loaded\s+with|capable\s+of)\b",
    re.IGNORECASE,
)
# "delivered 300 artillery shells and four launchers to Kyiv": the hardware's recipient.
_RECIPIENT = re.compile(
    r"[^.;]*?\bto\s+(?:the\s+)?(?-i:[A-Z])|\bto\s+(?:the\s+)?(?:front|army|troops)\b"
)
_DELIVERED_TO = re.compile(r"deliver(?:ed|s|ing)?\s+to\b", re.IGNORECASE)
_COPULA = re.compile(
    rf"\s+(?:were|was)\s+(?:{MODIFIER}\s+){{0,3}}?(?P<noun>{WEAPON_NOUN}|{_ATTACK_NOUN})\b",
    re.IGNORECASE,
)
# "Seven of those attacks were carried out with guided aerial bombs": a share of a total.
_OF_ATTACKS = re.compile(
    r"\s+of\s+(?:those|these|the|them|which)\s+(?P<noun>attacks|strikes|shellings)\b", re.I
)
_OF_REACH = 120
"""How far before a figure its breakdown's "Of those," may stand."""
_OF_THOSE = re.compile(
    r"\b(?:of|among)\s+(?:those|these|them|which|the\s+attacks)\b[^.;:\d]{0,20},",
    re.IGNORECASE,
)
# "Moscow could fire 90 missiles", "plans to launch": capability or intent, not an attack.
# A capability or a habit, not an attack: "could fire 90", "at times sending 500 drones".
_MODAL = re.compile(
    r"\b(?:could|would|might|may|can|cannot|will|plans?\s+to|intends?\s+to|able\s+to|"
    r"planning\s+to|preparing\s+to|intending\s+to|going\s+to|"
    r"threaten(?:s|ed)?\s+to|at\s+times|sometimes|often|routinely|regularly)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# "batteries Germany delivered last year can engage up to nine missiles": the figure's own
# verb is a capability, whatever verb came before.
_MODAL_VERB = re.compile(r"\b(?:can|could|would|might|will|cannot|able\s+to)\s+[a-z]+\s+$", re.I)
# "regions have been attacked by 23 drones": the subject is the target, never the attacker.
_PASSIVE_BEFORE = re.compile(r"\b(?:been|were|was|being|are|is|got)\s+(?:\w+ly\s+)?$", re.I)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
# "Later they fired 12 rockets": the attacker is whoever the paragraph named before.
_PRONOUN = re.compile(r"\b(?:they|it)\b", re.IGNORECASE)
_AIR_WEAPONS = ("drone", "missile", "rocket")
_HIT = re.compile(r"hit|struck|strik", re.IGNORECASE)
# "Hits by 17 drones were recorded": the noun, not the verb, after an air-defence report.
_HITS_BY = re.compile(r"hits\s+(?:by|of|from)\s", re.IGNORECASE)

"""Words of literal translated air-defence copy shared by several readers (h_num26).

Spanish, Portuguese, Italian and German wire copy translated word for word names the same
things with other words than agency English: "aviones sin piloto" gives "aircraft without
pilot", "derribados"/"abatidos" give "toppled"/"felled"/"abated", "colpiti dalla contraerea"
gives "hit by the anti-aircraft defence", and "alcanzaron sus objetivos" gives "reached their
objectives". The readers keep their own patterns; these fragments widen them in one place.
"""

from __future__ import annotations

PILOTLESS = (
    r"(?:aircraft|(?:air)?planes?|aerial\s+vehicles?|flying\s+machines?)\s+without\s+"
    r"(?:a\s+)?(?:pilots?|crews?)\b"
)
"""A drone told as an aircraft without pilot or crew ("12 planes without pilot")."""

NOT_PILOTLESS = r"(?!\s+without\s+(?:a\s+)?(?:pilots?|crews?)\b)"
"""After "aircraft": not the drone ``PILOTLESS`` names."""

TARGET_NOUN = r"(?:targets?|goals?|objectives?)"
"""What an air weapon that got through reached ("their targets", "their objectives")."""

_AIR_DEFENCE = (
    r"(?:(?:the|its|their|ukrainian|russian|israeli|local)\s+)?(?:anti-?aircraft|air)[\s-]+"
    r"defen[cs]es?\b"
)

OUTCOME_VERBS = (
    # "Were felled 41 of the 57 drones", "of which 50 were abated" (Portuguese "abatidos"),
    # "toppled 31 of them" (Spanish "derribó"), "60 were struck down".
    r"fell(?:ed|ing)|abat(?:ed|ing)|toppl(?:ed|ing)|struck\s+down|"
    # "Twelve were rendered useless" (Italian "resi inutilizzabili")
    r"(?:rendered|made)\s+(?:useless|unusable|inoperable|inoperative)|"
    # "Were hit 14 drones by the anti-aircraft defence" (Italian "colpiti dalla contraerea"):
    # the passive "hit" is a shoot-down only with an air-defence agent.
    r"(?:(?<=were\s)|(?<=was\s)|(?<=been\s)|(?<=be\s))hit"
    rf"(?=\s[^.;]{{0,60}}?\bby\s+{_AIR_DEFENCE})|"
    # "The anti-aircraft defence hit 35 of them": an air-defence subject right before it.
    r"(?:(?<=defence\s)|(?<=defense\s)|(?<=defences\s)|(?<=defenses\s))hit"
    r"(?=\s+(?:all\s+|only\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty)\w*)"
)
"""Regex source of the literal-translation outcome verbs (for ``INTERCEPT_VERB``)."""

GATE_AIR = ("felled", "abated", "toppled", "struck down", "useless", "objective",
            "without pilot", "without crew", "anti aircraft defen", "antiaircraft defen",
            "air defen")  # fmt: skip
"""Gate stems of these phrasings (the folded text: "anti-aircraft" is "anti aircraft")."""

GATE_WEAPON = ("without pilot", "without crew")
"""Gate stems that name a weapon for the strike detector too."""

GATE_DENIED = ("unable", "failed", "cannot", "couldn", "didn")
"""Gate words of a denied outcome with no figure ("was unable to shoot down any of them")."""

"""Counted hardware that is no attack and no shoot-down (thirteenth session, h_prec13).

Numbers that sit beside firing and shooting-down verbs in war copy but tell no event of
the day (``dev_numeric67``):

- Exercises, drills, war games and tests: "During the Zapad exercise, troops fired 40
  Iskander missiles at simulated targets", "Iran test-fired two ballistic missiles", "The
  drills involved 600 artillery pieces", "shot down 120 drones in a training exercise".
  "in a test of NATO's air defences" is an attack and stays one.
- Space launches: "launched two Soyuz rockets from the Plesetsk cosmodrome", "placing 12
  satellites into orbit".
- Deliveries told with the recipient as a bare object: "North Korea has sent Russia about
  100 ballistic missiles", "The United States sent Ukraine 31 Abrams tanks and 500 Javelin
  missiles" (the "delivered ... to Kyiv" form is :data:`_strikepatterns._RECIPIENT`'s).
- Stocks, forecasts and ratios after the figure: "reported 500 drones and 30 missiles in
  Russian depots", "spoke of 300 drones ... as the likely size of the next attack", "fires
  10 shells for every Ukrainian one".
- A capability told as a rate or as a present ceiling: "The Iron Beam laser can intercept
  10 drones a minute", "can shoot down up to 8 drones" ("the air defence could destroy
  5", translated German "konnte", stays the night's outcome).

Literal tests run before any pattern, so most sentences cost one substring scan.
"""

from __future__ import annotations

import re

_DRILL_WORDS = ("exercise", "drill", "war game", "wargame", "manoeuvre", "maneuver", "test",
                "mock target", "simulated target", "practice target", "target ship")  # fmt: skip
_DRILL = re.compile(
    r"\btest-?(?:fired|fires|fire|firing|launch(?:ed|es|ing)?)\b"
    r"|\b(?:in|during|(?:as\s+)?part\s+of|at)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:exercises?|drills?|war\s*games|manoeuvres|maneuvers|tests?(?!\s+of\b))\b"
    r"|\b(?:exercises?|drills?|war\s*games|manoeuvres)\s+(?:involved|included|saw|used)\b"
    r"|\b(?:mock|simulated|practice|dummy)\s+targets?\b|\btarget\s+ships?\b",
    re.IGNORECASE,
)
_SPACE = re.compile(
    r"\b(?:into\s+orbit|cosmodrome|spaceport|Soyuz|Angara|Falcon\s*9|Long\s+March|"
    r"(?:carrier|space)\s+rockets?|launch\s+vehicles?)\b|\d\s+(?:[\w-]+\s+)?satellites\b",
    re.IGNORECASE,
)
# A literal of each of _SPACE's alternatives, lowercased: the search runs only when one is
# there. (re.IGNORECASE folds a few non-ASCII letters such as "ı" and "ſ" onto ASCII
# ones, so the test is exact on ASCII text only; other text is always searched.)
_SPACE_WORDS = ("orbit", "cosmodrome", "spaceport", "soyuz", "angara", "falcon", "march",
                "rocket", "vehicle", "satellites")  # fmt: skip
# "reported 500 drones and 30 missiles in Russian depots": a stock; "spoke of 300 drones
# ... as the likely size of the next attack": a forecast; "fires 10 shells for every
# Ukrainian one": a ratio.
_STOCK = re.compile(
    r"\bin\s+(?:[\w-]+\s+){0,2}?(?:depots?|warehouses?|stockpiles?|arsenals?|storage)\b"
    r"|\b(?:likely|expected|possible|probable)\s+(?:size|scale)\b|\bfor\s+(?:every|each)\s"
    r"|\bready\s+to\s+be\s+(?:launched|used|fired)\b",  # "1,000 drones ready to be launched"
    re.IGNORECASE,
)
# "has sent Russia about 100 ballistic missiles": the recipient as a bare object.
_GIVEN_TO = re.compile(
    r"(?:sent|sends|send|sending|supplied|supplies|gave|gives|given|handed|shipped|"
    r"transferred|sold|provided)\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?"
    r"(?!['’]s)\s+(?:with\s+)?(?=[^.;:]*$)",
    re.IGNORECASE,
)
# "can shoot down up to 8 drones": a present capability with its ceiling ("could destroy 5"
# and "could be shot down" are translated German "konnte", told events).
_MODAL = re.compile(
    r"\b(?:can|(?:is\s+|are\s+)?able\s+to|(?:is\s+|are\s+)?capable\s+of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:shoot(?:ing)?\s+down|intercept(?:ing)?|destroy(?:ing)?|down(?:ing)?|neutrali[sz]e)"
    r"\s+up\s+to\s+$",
    re.IGNORECASE,
)
_RATE = re.compile(r"[^.;]{0,60}?\b(?:per|a|an|each)\s+(?:minute|second)\b", re.IGNORECASE)


def _has(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``words`` (a loop: no generator on this hot path)."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def drill_or_space(text: str) -> bool:
    """True when the sentence tells an exercise, a test or a space launch."""
    low = text.lower()
    if _has(low, _DRILL_WORDS) and _DRILL.search(text):
        return True
    if text.isascii() and not _has(low, _SPACE_WORDS):
        return False
    return _SPACE.search(text) is not None


def not_attack(text: str, verb: re.Match[str] | None, start: int) -> bool:
    """True when the strike figure at ``start`` counts an exercise's, a test's or a space
    launch's hardware, or hardware given to a recipient named as a bare object."""
    if drill_or_space(text) or _STOCK.search(text, start, start + 80):
        return True
    return (
        verb is not None
        and verb.start() < start
        and _GIVEN_TO.match(text[:start], verb.start()) is not None
    )


def drill_or_rate(text: str, start: int) -> bool:
    """True when the air-defence figure at ``start`` is an exercise's or a test's, or a
    capability ("can shoot down up to 8 drones per minute")."""
    if drill_or_space(text):
        return True
    head = text[max(0, start - 60) : start]
    return _MODAL.search(head) is not None or _RATE.match(text, start) is not None

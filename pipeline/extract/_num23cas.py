"""Figures beside a harm word that count no toll of an attack (h_num23, ``dev_numeric69``).

Asked by :func:`pipeline.extract._casualty_skip.not_harmed` for every figure:

- people exchanged, repatriated or freed and the wounded among them ("swapped 150 prisoners
  of war each, among them 20 who were wounded", "95 servicemen came home, 17 of them seriously
  wounded", "The repatriated group of 52 civilians included eight people with injuries"):
  the written rule makes prisoner exchanges and released hostages no toll, their wounded
  included (``dev_numeric67``);
- the people of a film's, book's or exhibition's story ("The documentary follows medics who
  treated 200 wounded civilians");
- the hurt of a stampede or crowd crush with no attack told in the sentence, like a natural
  disaster's dead;
- deaths from starvation told as a count ("raises the number of deaths from starvation to
  222") and their shares ("5 new deaths as a result of famine ..., among them 2 children"),
  as "died of starvation" is.

Each test is behind a literal check; most sentences hold none of these words.
"""

from __future__ import annotations

import re

_ARMED = (
    r"strikes?|struck|attack\w*|shell\w*|missiles?|drones?|bomb\w*|rockets?|raids?|blasts?|"
    r"explosions?|shot|gunfire|opened\s+fire|artillery|airstrikes?"
)
_ATTACK = re.compile(
    rf"\b(?:killed|killing|kills|died|dead|deaths?|execut\w*|murder\w*|tortur\w*|{_ARMED})\b",
    re.IGNORECASE,
)
"""Any word of an attack or a death: a sentence holding one may tell a toll beside the
exchange."""
_WEAPON = re.compile(rf"\b(?:{_ARMED})\b", re.IGNORECASE)
"""A weapon or attack word: a crush at an aid site under fire stays a toll."""

_CAPTIVE_WORDS: tuple[str, ...] = (
    "prisoner", "pow", "hostage", "captive", "swap", "exchang", "repatriat",
)  # fmt: skip
_CAPTIVE = re.compile(
    r"\b(?:(?:prisoners?|POWs?|hostages?|captives?|repatriat\w*)\b|"
    # "In the latest exchange, 95 servicemen came home" ("wounded in the exchange" is fire)
    r"(?:swap(?:ped|s)?|exchang(?:e|ed|es|ing))\b(?=[^.;]*\b(?:came|come|returned|brought)\s+"
    r"(?:home|back)\b))",
    re.IGNORECASE,
)


def _exchanged(text: str, low: str, start: int) -> bool:
    """The figure counts people exchanged or freed, or their wounded: the exchange is told
    in the sentence and no attack word stands between it and the figure (or anywhere)."""
    if not any(w in low for w in _CAPTIVE_WORDS):
        return False
    first = _CAPTIVE.search(text)
    if first is None:
        return False
    if _ATTACK.search(text) is None:
        return True
    return first.start() < start and _ATTACK.search(text, first.start(), start) is None


_STORY_WORDS: tuple[str, ...] = (
    "documentary", "film", "movie", "novel", "book", "memoir", "exhibition", "play ", "series",
)  # fmt: skip
# "The documentary follows medics who treated 200 wounded", "Her novel tells of a surgeon who
# operated on 40 injured soldiers", "a film about doctors who treated 300 wounded people".
_STORY = re.compile(
    r"\b(?:documentary|film|movie|novel|book|memoir|exhibition|play|series)\b[^.;]{0,120}?"
    r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:treated|operated\s+on|cared\s+for|nursed|"
    r"saved|tended\s+to|rescued)\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)

_CRUSH = re.compile(r"\b(?:stampedes?|crowd\s+crush|(?:in|during)\s+a\s+crush)\b", re.IGNORECASE)

# "the number of deaths from starvation to 222", "starvation deaths rose to 122".
_HUNGER_COUNT = re.compile(
    r"\b(?:(?:number\s+of\s+)?(?:deaths?|dead|victims|fatalities)\s+(?:from|of|due\s+to|caused\s+by|as\s+a\s+result\s+of)"
    r"\s+(?:acute\s+)?(?:starvation|malnutrition|hunger|famine|dehydration)|"
    r"(?:starvation|malnutrition|hunger|famine)[\s-]+(?:related\s+)?(?:deaths?|dead|victims))\b"
    r"[^.;]{0,50}$",
    re.IGNORECASE,
)
_HUNGER_WORDS: tuple[str, ...] = ("starvation", "malnutrition", "hunger", "famine", "dehydration")


def not_toll(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` counts people exchanged or freed (or their
    wounded), people of a film's or book's story, a stampede's hurt or hunger's dead."""
    low = text.lower()
    if _exchanged(text, low, start):
        return True
    if any(w in low for w in _STORY_WORDS) and _STORY.search(text, max(0, start - 200), start):
        return True
    if ("stampede" in low or "crush" in low) and _CRUSH.search(text) and not _WEAPON.search(text):
        return True
    return any(w in low for w in _HUNGER_WORDS) and (
        _HUNGER_COUNT.search(text, max(0, start - 100), start) is not None
    )


# "evacuated two women, aged 30 and 61, who were moderately injured by shrapnel": the
# people taken away are the hurt themselves, as "evacuated 25 injured people" is.
_HURT_WHO = re.compile(
    r"(?:\s+[\w-]+){0,2}?(?:\s*,\s*aged\s+[^,;.]{1,30})?\s*,?\s+who\s+(?:were|was|had\s+been|"
    r"have\s+been)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b",
    re.IGNORECASE,
)


def hurt_who(text: str, end: int) -> bool:
    """True when the people counted at ``end`` are told hurt by their own relative clause."""
    return " who " in text and _HURT_WHO.match(text, end) is not None

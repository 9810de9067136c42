"""Strike shapes of translation-desk English from German live tickers and agency copy.

German puts the attribution, the time and the object where English would not, and a
literal translation keeps them there. Each reading below is a family of such shapes:

* an attribution set off by commas between the verb and its figure ("The Russian army
  attacked, according to the air force, with 73 drones"; "fired, the ministry said, 6
  rockets"): :func:`mask_asides` blanks it (offsets kept) so the clause reads whole;
* "setzte ... ein" as "employed"/"put to use" ("employed 2,940 kamikaze drones") and
  "beschoss" as "shot (with artillery) N times": :func:`extra_verb`;
* the weapon told between the verb and "N times" or after a fronted count ("fired
  artillery 143 times", "shot with artillery 25 times", "Three times Russian jets
  dropped guided bombs", "From the air ... eight times"), and "N times <weapon>" in a
  list of uses ("eleven times multiple rocket launchers and 118 times guns"):
  :func:`times_weapon`;
* the air force or "aerial attacks" as what carried the attacks: :func:`air_attacks`;
* a General Staff tally whose first count is no strike ("counted 152 combat clashes
  and 4,870 shellings"): :func:`recorded_after_clashes`;
* a breakdown opening the next sentence with no noun of its own ("Among them were 77
  with multiple rocket launchers"): :func:`share_head`;
* "The number of Russian air strikes rose to 58": :func:`number_of`.
"""

from __future__ import annotations

import re

from pipeline.extract.model import StrikeWeapon
from pipeline.extract.numbers import QUALIFIER, find_quantities
from pipeline.extract.weapons import MODIFIER, WEAPON_NOUN, strike_weapon

# ", according to the air force," / ", as governor Oleh Kiper wrote on Telegram," /
# ", the Russian defence ministry said,": an aside between a verb and its figure.
_ASIDE = re.compile(
    r",\s*(?:according\s+to\s+[^,.;:\d]{2,70}?|as\s+[^,.;:\d]{2,70}?\b(?:said|says|wrote|writes|"
    r"reported|reports|announced|stated|added|explained)(?:\s+on\s+[\w-]+)?|"
    r"(?:the\s+)?[^,.;:\d]{2,60}?\b(?:said|says|wrote|writes|reported|reports|announced|stated)"
    r"(?:\s+on\s+[\w-]+)?)\s*,\s*",
    re.IGNORECASE,
)
# ", at dawn on Sunday," / ", on the night of 12 November,": a time aside between them
# (Arabic and Romance copy: "launched, at dawn on Sunday, 12 raids on the port").
_TIME_ASIDE = re.compile(
    r",\s*(?:at\s+(?:dawn|daybreak|night|noon|midnight)|overnight|during\s+the\s+night|"
    r"in\s+the\s+(?:early\s+hours|morning|afternoon|evening|night)|"
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|on\s+the\s+(?:night|morning|evening))"
    r"[^,.;:]{0,40}?\s*,\s*",
    re.IGNORECASE,
)
_ASIDE_VERB = re.compile(
    r"\b(?:attack(?:ed|s)|fired|fires|launched|launches|sent|sends|used|uses|employed|"
    r"deployed|dropped|shelled|struck|targeted)\b(?:\s+[^,.;:\d]{1,50}?)?$",
    re.IGNORECASE,
)
_ASIDE_WITH = re.compile(r"(?:with|using)\s+", re.IGNORECASE)


def mask_asides(text: str) -> str:
    """``text`` with each attribution aside between an attack verb and its figure blanked.

    Offsets are kept: the aside becomes spaces, so figures, evidence and targets read
    from the masked text point at the same characters of the sentence.
    """
    if "," not in text:
        return text
    out = text
    asides = [*_ASIDE.finditer(text), *_TIME_ASIDE.finditer(text)]
    for m in sorted(asides, key=lambda a: a.start()):
        if _ASIDE_VERB.search(text, max(0, m.start() - 70), m.start()) is None:
            continue
        at = m.end()
        if (w := _ASIDE_WITH.match(text, at)) is not None:
            at = w.end()
        if not any(q.start == 0 for q in find_quantities(text[at : at + 40])):
            continue  # no figure right after the aside: an ordinary attribution
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


# "employed 2,940 kamikaze drones", "put 20 glide bombs to use", "shot with artillery
# 25 times at", "Over 20 times the occupiers shot at", "the execution of an operation with
# four drones": verbs of translated copy.
_EXTRA_VERB = re.compile(
    r"\b(?:employ(?:ed|s|ing)|sho(?:t|ots|oting)(?=\s+(?:with|at|on|\d|[a-z]+\s+times\b))|"
    # "announced the execution of a naval operation with five drones" (Houthi statements)
    r"execution\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?operation(?=\s+(?:with|using)\s))\b",
    re.IGNORECASE,
)


def extra_verb(text: str, lo: int, hi: int, at: int, noun_end: int) -> re.Match[str] | None:
    """A verb of translated copy that makes the figure at ``at`` an attack, or None.

    "shot" counts only with the times it counts ("shot at X 16 times"), never with
    weapons shot down or people shot.
    """
    verb = None
    for v in _EXTRA_VERB.finditer(text, lo, hi):
        if at <= v.start() < noun_end:
            continue
        if v.group()[:2].lower() == "sh" and text[at:noun_end].lower().split()[-1:] != ["times"]:
            continue
        if verb is None or v.start() < at:
            verb = v
        if v.start() >= at:
            break
    return verb


_GUNS = re.compile(r"\b(?:guns|cannon|barrel\s+artillery)\b", re.IGNORECASE)
_AIR = re.compile(r"\bfrom\s+the\s+air\b|\bair\s+force\b|\baerial\s+(?:attacks|strikes)\b", re.I)
# "eleven times multiple rocket launchers and 118 times guns": the weapon after "times".
_TIMES_WHAT = re.compile(
    rf"\s+(?:(?:{MODIFIER}|heavy)\s+){{0,3}}?(?P<what>(?:{WEAPON_NOUN}|guns|cannon)"
    r"(?:\s+(?:launchers?|systems?))?)\b(?=\s*(?:[,;.]|$|and\s|as\s+well\b))",
    re.IGNORECASE,
)
# Where the weapon phrase after the verb stops: a preposition of place or a clause joint.
_PHRASE_END = re.compile(r"\s(?:on|at|in|against|near|into|towards?)\s|[,;:.]", re.IGNORECASE)
_WITH = re.compile(r"\b(?:with|using|from)\s+(?P<what>[^,;:.]{1,50})", re.IGNORECASE)


def _weapon_of(phrase: str) -> StrikeWeapon | None:
    if _AIR.search(phrase):
        return "airstrike"
    if _GUNS.search(phrase) and strike_weapon(phrase) is None:
        return "artillery"
    return strike_weapon(phrase)


def times_what(text: str, noun_end: int) -> tuple[StrikeWeapon, int] | None:
    """The weapon named right after "N times" in a list of uses ("118 times guns"), and
    where it ends; None when a "with" list or a clause follows instead."""
    after = _TIMES_WHAT.match(text, noun_end)
    if after is None or (weapon := _weapon_of(after.group("what"))) is None:
        return None
    return weapon, after.end()


_WHOLE_YEAR = re.compile(
    r"\b(?:in|during|over|throughout)\s+(?:the\s+)?(?:whole|entire|all|course)\s+(?:of\s+)?"
    r"(?:the\s+)?(?:year\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def whole_year(text: str, lo: int, hi: int) -> bool:
    """True when the clause counts a whole past year ("In the whole of 2024 ...")."""
    return _WHOLE_YEAR.search(text, lo, hi) is not None


def times_weapon(
    text: str, s: int, e: int, q_start: int, noun_end: int, verb_end: int | None
) -> StrikeWeapon | None:
    """The weapon of a count of "times" told outside a "with" list after the noun."""
    lead = text[s:q_start]
    air = _AIR.search(lead)
    if air is not None and not air.group().lower().startswith("air force"):
        return "airstrike"  # "From the air the army attacked ... eight times"
    if verb_end is None:
        return None
    if verb_end <= q_start:  # "fired artillery 143 times", "shot with artillery 25 times"
        stop = _PHRASE_END.search(text, verb_end, q_start)
        between = text[verb_end : stop.start() if stop is not None else q_start]
        if (w := _weapon_of(between)) is not None:
            return w
        return None
    # A fronted count: "Three times Russian jets dropped guided bombs on Kupiansk",
    # "Over 20 times the occupiers shot at the community with heavy artillery".
    stop = _PHRASE_END.search(text, verb_end, e)
    obj = text[verb_end : stop.start() if stop is not None else e]
    if (w := _weapon_of(obj)) is not None:
        return w
    if (m := _WITH.search(text, verb_end, e)) is not None:
        return _weapon_of(m.group("what"))
    return None


def air_attacks(subject: str, noun_phrase: str) -> bool:
    """True when the air force carried the attacks or the noun says "aerial attacks"."""
    return bool(_AIR.search(subject) or _AIR.search(noun_phrase))


# "counted in the past day 152 combat clashes and 4,870 shellings": the reporting verb
# before a first count that is no strike (ground fighting).
_CLASHES_BEFORE = re.compile(
    r"\b(?:reported|registered|recorded|documented|counted|reports|registers|counts)\s+"
    r"(?:(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours|night)\s+)?"
    rf"{QUALIFIER}"
    r"\d[\d,.]*\s+(?:combat\s+|ground\s+|military\s+)?(?:clashes|engagements|battles|assaults|"
    r"firefights)(?:\s+(?:on|along|at)\s+the\s+front(?:\s+line)?)?\s*(?:,\s*(?:and\s+)?|and\s+)"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)


# "3 missile strikes with 7 missiles were reported": the recording verb after the
# attacks' own "with N <weapons>".
_RECORDED_OVER_WITH = re.compile(
    rf"\s+with\s+{QUALIFIER}"
    r"\d[\d,.]*\s+[^.;:\d]{1,40}?\b(?:were|was|have\s+been|had\s+been)\s+(?:recorded|reported|"
    r"registered|counted|documented)\b",
    re.IGNORECASE,
)


def recorded_after_clashes(text: str, start: int, noun_end: int = -1) -> bool:
    """True when the figure at ``start`` follows "counted N combat clashes and", or its
    attacks ending at ``noun_end`` are "reported" after their own "with N missiles"."""
    if noun_end >= 0 and _RECORDED_OVER_WITH.match(text, noun_end) is not None:
        return True
    if "clash" not in text and "engagement" not in text and "battle" not in text:
        return False
    return _CLASHES_BEFORE.search(text, max(0, start - 120), start) is not None


# "Among them were 77 with multiple rocket launchers." opening the sentence after a total.
_SHARE_HEAD = re.compile(
    r"^\W*(?:among\s+them|of\s+(?:them|these|those|which)|including|thereof|thereby)\s*,?\s*"
    r"(?:there\s+)?(?:were\s+|was\s+)?(?:(?:about|around|some|over|more\s+than|at\s+least|"
    r"nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_SHARE_WITH = re.compile(r"\s+(?:times\s+)?(?:with|from|using|by)\s+", re.IGNORECASE)


# "112 of them were fired from multiple rocket launchers" opening the sentence after a
# total of shellings (art48-04): the share told figure first, with its own passive verb.
_SHARE_AFTER = re.compile(
    r"\s+of\s+(?:them|these|those)(?:\s+(?:attacks|shellings|strikes))?\s+(?:were|was|had\s+been)"
    r"\s+(?:fired|carried\s+out|launched|conducted|made|delivered)\s+(?:from|with|using|by)\s+",
    re.IGNORECASE,
)


def share_head(text: str, start: int, end: int) -> int | None:
    """Where the weapon phrase of a sentence-opening share ("Among them were 77 with
    MLRS") starts, or None when the figure at ``text[start:end]`` is not one."""
    if start <= 2 and (after := _SHARE_AFTER.match(text, end)) is not None:
        return after.end()
    if start > 40 or _SHARE_HEAD.match(text[:start]) is None:
        return None
    m = _SHARE_WITH.match(text, end)
    return m.end() if m is not None else None


# "The number of Russian air strikes rose on Tuesday to 58": the count told as a number.
_NUMBER_OF = re.compile(
    r"\bthe\s+number\s+of\s+(?P<what>(?:[\w-]+\s+){0,3}?(?:air\s*strikes|airstrikes|air\s+attacks|"
    r"shellings|(?:[\w-]+\s+)?attacks|bombardments))\s+(?:(?:rose|increased|climbed|grew|was|"
    # "put the number of air strikes on the front-line villages over the past day at 53"
    r"stood|amounted|came|reached)\s+)?(?:[\w-]+\s+){0,7}?(?:to|at|as)\s+"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)


def number_of(text: str, start: int) -> tuple[StrikeWeapon, int] | None:
    """The weapon and noun end of "the number of N-attacks rose to <figure>", else None."""
    if "number of" not in text.lower():
        return None
    m = _NUMBER_OF.search(text, max(0, start - 100), start)
    if m is None:
        return None
    what = m.group("what")
    weapon = _weapon_of(what)
    if weapon is None and "shelling" in what.lower():
        weapon = "artillery"
    if weapon is None and "air" in what.lower():
        weapon = "airstrike"
    return (weapon, m.end("what")) if weapon is not None else None

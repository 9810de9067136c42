"""The weapon list after a strike's noun: "35 attacks with drones, MLRS and artillery".

Split out of ``strikes`` (which had grown past 500 lines) because the list reader is a
self-contained scanner: it needs only the weapon vocabulary, not the strike context.
"""

from __future__ import annotations

import re

from pipeline.extract._a22strike import gapped_target_list
from pipeline.extract.model import StrikeWeapon
from pipeline.extract.weapons import MODEL_RE, MODIFIER, WEAPON_NOUN, strike_weapon

_LIST_HEAD = re.compile(
    r"(?:\b(?:24|48|72)\s+hours\b|(?!\b(?:said|says|according|while|but|whereas|which|who|"
    # "41 times, nine of them with MLRS": the list names the share's weapon, not the total's;
    # "16 times and attacked with drones": another verb's weapon.
    r"killing|wounding|injuring|and\s+(?:attacked|struck|shelled|hit|fired|bombed))\b)(?!,\s*[\w-]+\s+(?:times\s+)?of\s+(?:them|which)\b)"
    # "31 times, including twice / three times with Grad": a share's own list (_strike21twice)
    r"(?!\b(?:twice|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+times)\s)"
    r"[^.;:!?\d\"“”])*?(?:,\s*|\s+)"
    r"(?:with|using|from|by\s+means\s+of|by|via|involving|"
    r"firing|employing|deploying)\s+",
    re.IGNORECASE,
)
_LIST_WORD = re.compile(r"with|using|from|by|via|involving|firing|employing|deploying", re.I)
"""Every ``_LIST_HEAD`` needs one of its words: a cheap scan before its slow lazy one."""
_LIST_REACH = 160
"""How far after the figure's noun a weapon list may start."""
_LIST_ITEM = re.compile(
    rf"(?:(?:the|a|an)\s+)?(?:{MODIFIER}\s+){{0,3}}?(?:{WEAPON_NOUN}|{MODEL_RE.pattern})"
    r"(?:\s+(?:systems?|launchers?|fire|units?))?\b",
    re.IGNORECASE,
)
# A list item followed by its own finite verb opens the next clause of a tally ("26 shells
# were fired from multiple rocket launchers, UAVs attacked 263 times"), no list item.
_NEW_CLAUSE = re.compile(
    r"\s+(?:also\s+)?(?:attacked|struck|hit|fired|dropped|shelled|launched|carried\s+out|"
    r"(?:were|was)\s+(?:used|fired|dropped|launched|recorded))\b",
    re.IGNORECASE,
)
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)


def weapon_list(text: str, pos: int) -> tuple[StrikeWeapon | None, int]:
    """Weapon named by a "with/using/firing ..." list after ``text[:pos]``, and the list's end."""
    reach = min(len(text), pos + _LIST_REACH)
    if _LIST_WORD.search(text, pos, reach) is None:
        return None, pos
    head = _LIST_HEAD.match(text, pos, reach)
    if head is None or gapped_target_list(text, pos, head.end()):
        return None, pos  # ", the Kupiansk district - with artillery": another target's
    items: list[str] = []
    end = cursor = head.end()
    for _ in range(12):
        item = _LIST_ITEM.match(text, cursor)
        if item is None or (items and _NEW_CLAUSE.match(text, item.end())):
            break  # "from MLRS, drones attacked 156 times": the next clause's subject
        items.append(item.group())
        end = item.end()
        sep = _LIST_SEP.match(text, end)
        if sep is None:
            break
        cursor = sep.end()
    if not items:
        return None, pos
    return strike_weapon(" , ".join(items)), end


def launcher_rounds(weapon: StrikeWeapon, listed: StrikeWeapon | None, text: str, end: int) -> bool:
    """True when rounds counted by their ammunition were fired from rocket launchers: "60
    rounds from multiple launch rocket systems", "14 rockets were fired at the town from
    multiple launch rocket systems" are MLRS fire (HIMARS rockets stay rockets)."""
    if listed != "mlrs":
        return False
    return weapon == "artillery" or (
        weapon == "rocket" and "himars" not in text[max(0, end - 60) : end].lower()
    )

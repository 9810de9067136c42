"""The weapon list after a strike's noun: "35 attacks with drones, MLRS and artillery".

Split out of ``strikes`` (which had grown past 500 lines) because the list reader is a
self-contained scanner: it needs only the weapon vocabulary, not the strike context.
"""

from __future__ import annotations

import re

from pipeline.extract.model import StrikeWeapon
from pipeline.extract.weapons import MODEL_RE, MODIFIER, WEAPON_NOUN, strike_weapon

_LIST_HEAD = re.compile(
    r"(?:\b(?:24|48|72)\s+hours\b|(?!\b(?:said|says|according|while|but|whereas|which|who|"
    r"killing|wounding|injuring)\b)[^.;:!?\d\"“”])*?(?:,\s*|\s+)"
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
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)


def weapon_list(text: str, pos: int) -> tuple[StrikeWeapon | None, int]:
    """Weapon named by a "with/using/firing ..." list after ``text[:pos]``, and the list's end."""
    reach = min(len(text), pos + _LIST_REACH)
    if _LIST_WORD.search(text, pos, reach) is None:
        return None, pos
    head = _LIST_HEAD.match(text, pos, reach)
    if head is None:
        return None, pos
    items: list[str] = []
    end = cursor = head.end()
    for _ in range(12):
        item = _LIST_ITEM.match(text, cursor)
        if item is None:
            break
        items.append(item.group())
        end = item.end()
        sep = _LIST_SEP.match(text, end)
        if sep is None:
            break
        cursor = sep.end()
    if not items:
        return None, pos
    return strike_weapon(" , ".join(items)), end

"""Figures a careful reader does not take as the news, shared by the numeric detectors.

- A comparison's baseline: "a rise from the 4,870 drones it sent in September", "up
  from the 356 drones destroyed a week earlier", "compared with the 30 drones it
  reported downing the night before". Monthly and weekly summaries set the new figure
  against an old one; only the new one is reported now.
- People taken hostage, abducted, kidnapped, captured or missing: "killing 17 people,
  with 40 others abducted" -- the 40 are neither killed nor injured. Nor are people put
  at risk: "putting the lives of 240 patients at risk", "endangering the lives of 260,000
  civilians" ("lives" is a kill word only when they are lost or claimed).
- The toll of an earlier attack invoked as a motive or a date: "to avenge an air strike
  that had killed 14 officers", "on the anniversary of the attack that killed 26
  tourists", "in retaliation for a rocket attack that killed 12 children". That attack
  was news when it happened; the story is about what followed it.

Each check reads only a short window next to the figure (no whole-sentence scan).
"""

from __future__ import annotations

import re

_QUAL = (
    r"(?:(?:about|around|some|nearly|roughly|almost|approximately|more\s+than|over|"
    r"fewer\s+than|less\s+than|just\s+(?:over|under))\s+)?"
)
_BASELINE = re.compile(
    # "a rise from the", "an increase of 5% from", "marks a sharp jump from"
    r"(?:\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rise|increase|jump|drop|decline|fall|decrease|climb|surge|reduction)"
    r"(?:\s+of\s+[\w.%-]+(?:\s+per\s*cent|\s+percent)?)?\s+from"
    # "..., up (sharply) from the", "was down from"
    r"|(?:,\s*|\b(?:was|were|is|are)\s+)(?:up|down)(?:\s+(?:sharply|slightly|steeply|"
    r"markedly|significantly))?\s+from"
    r"|\bcompared\s+(?:with|to)|\bin\s+comparison\s+(?:with|to)"
    r"|\b(?:more|fewer|less)\s+than\s+the)"
    rf"\s+(?:the\s+|an?\s+)?{_QUAL}$",
    re.IGNORECASE,
)
_BASE_REACH = 70


def compared(text: str, start: int) -> bool:
    """True when the figure at ``start`` is the baseline of a comparison ("a rise from the
    4,870 drones ...", "compared with the 30 drones ...")."""
    lo = max(0, start - _BASE_REACH)
    window = text[lo:start]
    if "from" not in window and "compar" not in window and "than the" not in window:
        return False  # cheap gate: most figures have none of these before them
    return _BASELINE.search(text, lo, start) is not None


_CAPTIVE = re.compile(
    r"\s+(?:(?!and\b|or\b|but\b|killed\b|dead\b|died\b|wounded\b|injured\b|hurt\b)"
    r"[\w-]+\s+){0,3}?"
    r"(?:taken\s+(?:as\s+)?(?:hostages?|captives?|captive|prisoners?)|"
    r"held\s+(?:hostage|captive)|abducted|kidnapped|captured|missing|unaccounted\s+for|"
    r"detained|arrested)\b",
    re.IGNORECASE,
)


_AT_RISK_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:are|were|is|was|remain|remained|now)\s+)?"
    r"(?:at\s+(?:risk|stake)|in\s+(?:grave\s+|mortal\s+|immediate\s+)?danger|under\s+threat)\b",
    re.IGNORECASE,
)
_AT_RISK_BEFORE = re.compile(
    r"\b(?:endanger\w*|threaten\w*|imperil\w*|risk(?:s|ed|ing)?|jeopardi[sz]\w*)\s+"
    rf"(?:the\s+)?(?:lives|life|safety)\s+of\s+{_QUAL}$",
    re.IGNORECASE,
)


# One figure for both kinds ("lost 1,040 troops killed or wounded", "came to 1,020 killed
# and wounded"): a combined loss count that is neither a death toll nor an injured count.
_COMBINED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?"
    r"(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)\b",  # "... had been killed or wounded"
    re.IGNORECASE,
)


def after_figure(text: str, end: int) -> bool:
    """True when what follows the figure ending at ``end`` says its people were taken, held,
    missing or only put at risk ("with 40 others abducted", "11 soldiers were taken
    captive", "nine more still missing", "the lives of 240 patients at risk"), or counts
    the dead and the wounded as one ("1,040 troops killed or wounded")."""
    if _CAPTIVE.match(text, end) is not None or _AT_RISK_AFTER.match(text, end) is not None:
        return True
    near = text[end : end + 60]
    return (" or " in near or " and " in near) and _COMBINED.match(text, end) is not None


_MOTIVE = re.compile(
    r"\b(?:avenge|avenging|avenged|revenge\s+for|retaliation\s+for|retaliate\s+for|"
    r"reprisal\s+for|response\s+to|anniversary\s+of)\s+"
    r"(?:[\w'’.-]+\s+){0,8}?"
    r"(?:attacks?|strikes?|airstrikes?|raids?|bombings?|massacres?|assaults?|shelling|"
    r"killings?|ambush)\b[^.;]{0,50}?\b(?:that|which)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)
_MOTIVE_REACH = 160
_MOTIVE_WORDS: tuple[str, ...] = (
    "aveng",
    "revenge",
    "retaliat",
    "reprisal",
    "response",
    "anniversary",
)


def earlier_attack(text: str, start: int) -> bool:
    """True when the figure at ``start`` tolls an earlier attack the sentence invokes as a
    motive or a date ("to avenge an air strike in Beirut that had killed 14 ...")."""
    lo = max(0, start - _MOTIVE_REACH)
    window = text[lo:start].lower()
    if not any(w in window for w in _MOTIVE_WORDS):
        return False  # cheap gate: the regex runs only when a motive word is near
    return _MOTIVE.search(text, lo, start) is not None


def before_figure(text: str, start: int) -> bool:
    """True when what precedes the figure at ``start`` makes it a baseline or an earlier
    attack's toll (the checks a casualty figure needs from its left side)."""
    if compared(text, start) or earlier_attack(text, start):
        return True
    lo = max(0, start - 60)
    return "of" in text[lo:start] and _AT_RISK_BEFORE.search(text, lo, start) is not None

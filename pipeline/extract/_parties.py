"""Party tags after a politician's name, which name no speaker of their own.

US copy writes "Sen. J.D. Vance (R-Ohio) said" and ", D-N.Y.,"; European copy "German
Foreign Minister Johann Wadephul (CDU) said". The backward noun-phrase walk of
:mod:`pipeline.extract._phrases` would take the bracketed acronym for a body's short name
("the UN humanitarian office (OCHA) said"); these tell the two apart. Kept apart because
that module is at its size limit.
"""

from __future__ import annotations

import re

from pipeline.extract._lexicon import DEMONYMS, NON_NAME, ORG_HEADS, words

party = re.compile(r"\([RDI]-[A-Z][\w.]*\)|[RDI]-[A-Z][\w.]*,").fullmatch
"""A US legislator's party and state after the name: "(R-Ohio)", ", D-N.Y.,"."""


def party_tagged(phrase: str) -> bool:
    """ "German Foreign Minister Johann Wadephul" before "(CDU)": a person's name (no body
    head, a capitalised last word), so the bracketed acronym is the party."""
    words = phrase.split()
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].isupper():
        return False
    return not any(w.lower() in ORG_HEADS for w in words)


_TAG = re.compile(r"[ \t]*\((?:(?:[A-ZÄÖÜ][\w'’-]*)(?:[ \t]+[A-Z][\w'’-]*){0,3}|\d{1,3})\)")
"""A bracketed party after a name, one to four capitalised words: "(Yesh Atid)"; or the
age German copy brackets the same way ("Natalija Kowal (45)")."""


def tag_end(text: str, pos: int) -> int:
    """The offset past a party tag at ``pos`` ("... Ram Ben-Barak (Yesh Atid)"), else pos."""
    if not text.startswith((" (", "("), pos):
        return pos
    m = _TAG.match(text, pos)
    return m.end() if m is not None else pos


def tag_start(seg: str, end: int) -> int:
    """Start of a multi-word party tag ending at ``end`` ("Golan (Yesh Atid)"), else -1."""
    if not seg.endswith(")", 0, end):
        return -1
    opening = seg.rfind("(", max(0, end - 40), end)
    if opening <= 0 or _TAG.fullmatch(seg, opening, end) is None or " " not in seg[opening:end]:
        return -1
    return opening


_DEMONYMS: frozenset[str] = frozenset(d.lower() for d in DEMONYMS.values())
_STANCES: frozenset[str] = frozenset(
    {"populist", "right-wing populist", "left-wing populist", "nationalist", "conservative"}
)
_EXPERTS: frozenset[str] = words("expert analyst economist historian researcher")
_PARTY_NAMES: frozenset[str] = words(
    "spd cdu csu fdp afd bsw green greens left linke övp spö fpö neos svp sp glp"
)
"""German, Austrian and Swiss parties as descriptors name them ("the ÖVP politician")."""
_PARTY_PAIRS: frozenset[str] = frozenset(
    {"social democrat", "christian democrat", "free democrat", "christian social"}
    | {"social democratic", "christian democratic", "free democratic", "left party", "green party"}
)
_PARTY_HEADS: frozenset[str] = words(
    """politician leader chief chairman chairwoman co-leader co-chair head man woman veteran
    lawmaker mp deputy member minister expert spokesman spokeswoman chancellor councillor
    councilor"""
)
_PARTY_FILLERS: frozenset[str] = words(
    """defence defense foreign policy parliamentary group party interior economic finance budget
    federal national"""
)


def descriptor(subject: str) -> bool:
    """ "the SPD politician", "The CDU leader", "the Social Democrat": German copy's
    stand-in for the politician just named (a party, then a head noun, no name)."""
    lower = subject.lower().split()
    if not 2 <= len(lower) <= 6 or lower[0] != "the":
        return False
    lower = lower[1:]
    if lower[-1] == "politician" and (len(lower) == 1 or lower[0] in _DEMONYMS):
        return True  # "According to the Russian politician" after "... Dmitry Medvedev has"
    if lower[-1] in _EXPERTS and len(lower) <= 3 and all(w.isalpha() for w in lower):
        return True  # "the military analyst added" after "said defence expert X"
    if " ".join(lower) in ("vice chancellor", "vice-chancellor"):
        return True  # "the Vice Chancellor said" after "Finance Minister Lars Klingbeil (SPD)"
    if lower[-1].endswith("-year-old") or " ".join(lower) in _STANCES:
        return True  # "the 70-year-old said", "the right-wing populist said"
    if lower == ["republican"] or lower == ["democrat"]:
        return True  # "the Republican wrote" (German copy) after "US President Donald Trump"
    pair = " ".join(lower[:2])
    if pair in _PARTY_PAIRS:
        rest = lower[2:]
        if not rest:
            return pair.endswith("democrat")  # "the Social Democrat"
    elif lower[0] in _PARTY_NAMES:
        rest = lower[1:]
    else:
        return False
    return bool(rest) and rest[-1] in _PARTY_HEADS and all(w in _PARTY_FILLERS for w in rest[:-1])


_PROFESSIONS: frozenset[str] = words(
    "expert analyst economist historian researcher scientist politician journalist strategist"
    " professor lawyer jurist sociologist"  # "Professor Anna Rakowska-Trela"
    " correspondent reporter editor commentator columnist"  # "Our Ukraine correspondent X Y"
)


def professional(tokens: list[str], lower: list[str]) -> list[str] | None:
    """ "Military expert Nico Lange", "Security expert Claudia Major": the name after a
    profession (German copy's title for experts and politicians), else None."""
    for k in range(len(lower) - 3, -1, -1):
        if lower[k] in _PROFESSIONS and (k == 0 or tokens[k] == lower[k]):
            names = tokens[k + 1 :]
            if len(names) > 4 or any(not w[:1].isupper() or w.isupper() for w in names):
                return None
            bad = any(w in NON_NAME or w.lower() in ORG_HEADS for w in names)
            return None if bad else names
    return None


_PARTY_FORMS: dict[str, str] = {
    **{p: p for p in ("SPD", "CDU", "CSU", "FDP", "AfD", "BSW")},
    **{"Green": "Greens?", "Greens": "Greens?", "Left": "Left"},
}
"""A party as a descriptor writes it, and as the text names it with a member."""
_NAME_RUN = r"[A-Z][\w-]+(?:[ \t][A-Z][\w-]+){0,2}"
_MEMBER: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    party: (
        re.compile(
            rf"(?<![\w-])(?:(?:{form})(?:[ \t]+Party)?[ \t]+"
            rf"(?:(?!and[ \t]|or[ \t])[a-z-]+[ \t]+){{0,3}}"
            rf"|\((?:{form})\)[ \t]+)({_NAME_RUN})"
        ),
        re.compile(rf"({_NAME_RUN})[ \t]+\((?:{form})\)"),
    )
    for party, form in _PARTY_FORMS.items()
}
"""A member named with the party: "CDU leader Merz", "(CDU) Friedrich Merz", "X (SPD)"."""


def members_before(subject: str, body: str, offset: int) -> list[str]:
    """The names written with the party of a descriptor ("the CDU leader") within 3,000
    characters before ``offset``, the last first (empty when the text ties none to it)."""
    party = next((w for w in subject.split() if w in _PARTY_FORMS), None)
    if party is None or not descriptor(subject):
        return []
    low = max(0, offset - 3000)
    found = [(m.start(), m.group(1)) for p in _MEMBER[party] for m in p.finditer(body, low, offset)]
    return [name for _, name in sorted(found, reverse=True)]


def profession_opening(seg: str, start: int) -> int:
    """Start of "Military analyst " before a name at ``start`` when a profession (with up
    to two modifiers) opens the clause ("Military analyst Mikko Salonen, of the X group,
    said"); else ``start``."""
    opening = seg.rfind(", ", 0, start) + 2 if ", " in seg[:start] else 0
    before = seg[opening:start].split()
    if not 0 < len(before) <= 3 or before[-1].lower() not in _PROFESSIONS:
        return start
    if before[-1] != before[-1].lower() and len(before) > 1:
        return start  # "Chatham House Analyst": a capitalised word inside a name
    if any(not w.isalpha() or w.lower() in NON_NAME for w in before[:-1]):
        return start
    return opening

"""Weapon names to the event vocabulary: models ("Kh-101") and nouns ("guided aerial bombs").

Model facts come from the packaged ``data/weapons.csv``, derived from Petro
Ivaniuk's "Massive Missile Attacks on Ukraine" dataset (built from Ukrainian Air
Force reports, ODC-BY 1.0). Everything is compiled once at import so detectors
pay nothing per article.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from pipeline.extract._n26words import NOT_PILOTLESS, PILOTLESS
from pipeline.extract.model import InterceptWeapon, StrikeWeapon

ModelCategory = Literal["drone", "missile", "glide_bomb"]


@dataclass(frozen=True, slots=True)
class WeaponModel:
    """One named weapon model."""

    name: str
    """Canonical spelling ("Shahed-131/136", "Kh-101")."""
    category: ModelCategory
    nato: str | None


def _load() -> dict[str, WeaponModel]:
    """Alias (lower-case) to model, read from the packaged CSV."""
    text = resources.files("pipeline.extract").joinpath("data/weapons.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    out: dict[str, WeaponModel] = {}
    for row in rows:
        category: ModelCategory
        if row["category"] == "drone":
            category = "drone"
        elif row["category"] == "missile":
            category = "missile"
        elif row["category"] == "glide_bomb":
            category = "glide_bomb"
        else:
            raise ValueError(f"weapons.csv: unknown category {row['category']!r}")
        model = WeaponModel(row["model"], category, row["nato"] or None)
        for alias in [row["model"], *filter(None, row["aliases"].split("|"))]:
            out[alias.lower()] = model
    return out


MODELS: dict[str, WeaponModel] = _load()
"""Every known spelling (lower-case) to its model."""

MODEL_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(a) for a in sorted(MODELS, key=len, reverse=True))
    + r")(?:s|’s|'s)?(?![\w]|[-/]\w)",
    re.IGNORECASE,
)
"""Any model name; longest spelling wins ("Shahed-131/136" before "Shahed"); a plural
("11 of the Kh-101s") names the model too."""


def model_named(name: str) -> WeaponModel:
    """The model a ``MODEL_RE`` match names, its plural ending dropped."""
    low = name.strip().lower()
    found = MODELS.get(low)
    if found is None:
        found = MODELS[low[:-2] if low.endswith(("’s", "'s")) else low[:-1]]
    return found


MODIFIER = (
    rf"(?:{MODEL_RE.pattern}|enemy|hostile|russian|iranian(?:-made)?|"
    r"russian-made|russia-launched|attack|strike|kamikaze|combat|cruise|(?:aero|quasi-)?ballistic|guided|"
    r"(?:air|sea|ground|land|ship|submarine)-(?:launched|based)|(?:long|short|medium|intermediate|close)-range|"
    r"intercontinental|strategic|\d{2,3}(?:-|\s)?mm|(?:super|extra)-large|large-calibre|"
    r"rounds?\s+(?:of|from)|hypersonic|anti-ship|"
    r"aerial|air|unmanned|uncrewed|one-way|naval|maritime|sea|"  # "sea drones": a drone too
    r"jet-powered|reconnaissance|decoy|more|other|different|additional|further|new|fixed-wing|winged|"
    r"such|inbound|incoming|approaching|launched|powerful|heavy|army|military|"  # "such bombs"
    r"suicide|explosives?-laden|bomb-laden|explosive|exploding|so-called|"
    r"anti-aircraft|anti-radar|operational(?:-tactical)?|tactical|"
    r"(?:surface|air|ground|sea|ship)-to-(?:surface|air|ground|sea|ship)|"  # "surface-to-surface"
    r"group|massive|massed|combined|(?:high-)?precision|high-explosive|"  # "5 group strikes"
    r"(?:aircraft|airplane|plane|helicopter|copter)-type|"
    r"types?\s+of|kinds?\s+of|and|or|&|(?-i:[A-Z][\w/-]*)|"
    r"(?-i:(?:[A-Z]\.){2,3}))"  # "14 U.S. and Israeli air strikes"
)
"""Regex source of one word that may sit between a count and its weapon noun."""


# Every spelling starts with one of these (lower-cased): texts without any skip the regex.
_HINTS = tuple(sorted({alias[:3] for alias in MODELS}))


@lru_cache(maxsize=1024)
def find_models(text: str) -> tuple[tuple[WeaponModel, int, int], ...]:
    """Models named in ``text`` with their offsets (cached: context scans repeat texts)."""
    low = text.lower()
    if not any(hint in low for hint in _HINTS):
        return ()
    return tuple((model_named(m.group()), m.start(), m.end()) for m in MODEL_RE.finditer(text))


# Weapon nouns in priority order: the first group that matches a phrase names its weapon.
_NOUN_GROUPS: tuple[tuple[StrikeWeapon, str], ...] = (
    (
        "mlrs",
        r"multiple[- ]launch(?:ed)?\s+rocket\s+(?:systems?|launchers?)|multiple\s+rocket\s+"
        r"launch(?:ers?|\s+systems?)|mlrs|mlr\s+systems?|rocket\s+launchers?|grads?|uragans?|smerchs?|himars|"
        r"tornado(?:-s)?|bm-21|bm-27|bm-30|tos-1a?|rocket\s+artillery",
    ),
    (
        "glide_bomb",
        r"(?:guided\s+|corrected\s+)?(?:aerial|air|glide|gliding)\s+bombs?|guided\s+bombs?|kabs?|"
        r"fabs?|bombs|umpk|gbu",
    ),
    (
        "airstrike",
        r"air\s*strikes?|airstrikes?|air\s+raids?|aviation(?:\s+strikes?)?|warplanes?|"
        rf"aircraft{NOT_PILOTLESS}|"
        r"air\s+attacks(?!\s+means)|"  # translated German "41 Luftangriffe": counted airstrikes
        r"(?:fighter\s+)?jets|bombers?|helicopters?",
    ),
    ("missile", r"missiles?"),
    # "some twenty projectiles were fired from Lebanon": rockets, unless a gun fired them.
    ("rocket", r"rockets?|(?<!artillery\s)(?<!mortar\s)(?<!tank\s)projectiles?"),
    (
        "drone",
        r"drones?|uavs?|unmanned\s+aerial\s+(?:vehicles?|systems?)|(?:loitering|barrage)\s+munitions?|"
        r"(?:unmanned|pilotless)\s+(?:aerial\s+)?aircraft|"  # translated "unbemannte Flugzeuge"
        r"unmanned\s+(?:flying|aerial)\s+objects?|"  # ... and "unbemannte Flugobjekte"
        r"shaheds?(?![-/]\w)|lancets?|gerans?(?![-/]\w)|"
        rf"{PILOTLESS}|"  # "12 aircraft without pilot" (Spanish "aviones sin piloto")
        r"(?:uncrewed|unmanned)\s+(?:surface\s+)?(?:boats?|vessels?)",  # sea drones
    ),
    (
        "artillery",
        r"artillery|shells?|shellings?|mortars?|howitzers?|cannons?|tanks?|"
        r"rounds(?!\s+(?:of|from)\s)",  # "rounds of cruise missiles": the noun after
    ),
    # "More than 90 munitions were dropped": the kind left unsaid ("loitering munitions"
    # are drones, above).
    ("other", r"munitions(?!\s+(?:from|by)\s)"),
)
_NOUN_RE = re.compile("|".join(f"(?P<{w}>\\b(?:{p})\\b)" for w, p in _NOUN_GROUPS), re.IGNORECASE)
_ANY_NOUN = "|".join(p for _, p in _NOUN_GROUPS)
_GROUP_WEAPON: dict[str, StrikeWeapon] = {w: w for w, _ in _NOUN_GROUPS}
WEAPON_NOUN = rf"(?:{_ANY_NOUN})"
"""Regex source matching any weapon noun (for detectors' own patterns)."""


def strike_weapons(phrase: str) -> list[StrikeWeapon]:
    """Distinct weapon classes named in ``phrase``, in order of appearance.

    Model names count as their category ("Kalibr" is a missile).
    """
    found: list[tuple[int, StrikeWeapon]] = []
    for m in _NOUN_RE.finditer(phrase):
        kind = m.lastgroup
        if kind is not None:
            found.append((m.start(), _GROUP_WEAPON[kind]))
    for model, start, _ in find_models(phrase):
        found.append((start, model.category))
    found.sort()
    out: list[StrikeWeapon] = []
    for _, kind in found:
        if kind not in out:
            out.append(kind)
    return out


def strike_weapon(phrase: str) -> StrikeWeapon | None:
    """The one weapon class of ``phrase``; ``"other"`` for mixed lists; None if none named.

    Artillery with something else ("mortars, artillery, Grads, tanks") is a mixed
    list; a model plus its own noun ("Kalibr missiles") is not.
    """
    kinds = strike_weapons(phrase)
    if not kinds:
        return None
    if len(kinds) == 1:
        if "weapons" in phrase and _WEAPONS_LISTED.search(phrase) is not None:
            return "other"  # "with precision weapons and drones": one kind and unnamed others
        return kinds[0]
    return "other"


# Unnamed "weapons" listed with a named kind: "precision weapons and drones".
_WEAPONS_LISTED = re.compile(
    r"\bweapons\s*(?:,|and\b|or\b)|\b(?:and|or)\s+(?:[\w\"'“”-]+\s+){0,3}?weapons\b",
    re.IGNORECASE,
)


_QUOTES = str.maketrans({c: " " for c in "'\"‘’“”«»"})
_QUOTE_CHARS = frozenset("'\"‘’“”«»")


@lru_cache(maxsize=256)
def unquoted(text: str) -> str:
    """``text`` with quotation marks as spaces (offsets kept), so a weapon named in quotes
    ("112 ‘Shaheds’", "17 'Geran' drones") reads as its noun; ``text`` itself when it has
    none."""
    if _QUOTE_CHARS.isdisjoint(text):
        return text
    return text.translate(_QUOTES)


def intercept_weapon(kind: StrikeWeapon | None) -> InterceptWeapon | None:
    """Strike vocabulary to interception vocabulary (rockets and missiles are both missiles)."""
    if kind == "drone":
        return "drone"
    if kind in ("missile", "rocket"):
        return "missile"
    return None

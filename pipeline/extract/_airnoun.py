"""The air-weapon noun and the outcome words around it, for the air-defence reader.

Split from :mod:`pipeline.extract._airmention` (at its size limit): the patterns that
name what flew ("drones", "air targets", "Kinzhals") and the figureless or wholesale
outcomes said of it ("most of them", "about 80% of the drones", "all", "none").
"""

from __future__ import annotations

import re

from pipeline.extract._air19seen import LAUNCHES
from pipeline.extract._n26words import PILOTLESS
from pipeline.extract.model import InterceptWeapon
from pipeline.extract.weapons import MODIFIER

AIR_NOUN = (
    r"(?P<mixed>(?:air(?:borne)?|aerial)\s+(?:attack\s+)?(?:targets?|assets?|weapons?|means|"
    rf"vehicles?|objects?|threats?)|flying\s+objects?|"
    # "eliminated more than 80 of the Iranian munitions": drones and missiles alike
    r"(?<!cluster\s)(?<!artillery\s)(?<!mortar\s)munitions(?![\s-]+(?:depots?|dumps?|"
    r"stores?|storage|warehouses?|factor(?:y|ies)|plants?|sites?|production))|"
    r"means\s+of\s+(?:enemy\s+|russian\s+)?(?:air\s+|aerial\s+)?attack|targets|objects|threats|"
    rf"(?:missiles|rockets)\s+and\s+(?:{MODIFIER}\s+){{0,2}}"
    rf"(?:drones|uavs)|(?:drones|uavs)\s+and\s+(?:{MODIFIER}\s+){{0,2}}missiles)"
    r"|(?P<drone>drones?|uavs?|unmanned\s+aerial\s+(?:vehicles?|systems?)|shaheds?(?![-/]\w)|"
    r"(?:unmanned|pilotless)\s+(?:aerial\s+)?aircraft|unmanned\s+(?:flying|aerial)\s+objects?|"
    # Romance "velivoli senza pilota", "aeronaves sin piloto": "88 aircraft without pilot"
    rf"{PILOTLESS}|"
    r"(?:loitering|barrage)\s+munitions?|(?:uncrewed|unmanned)\s+(?:surface\s+)?(?:boats?|vessels?))"
    rf"|(?P<missile>missiles?|rockets?|iskanders|kinzhals|kalibrs|aircraft\s+missiles?|{LAUNCHES}|"
    # "six HIMARS multiple rocket launcher projectiles"
    r"multiple[\s-]+(?:rocket[\s-]+)?launch(?:er|ing)?(?:[\s-]+rocket)?(?:\s+systems?)?\s+"
    r"(?:projectiles?|rockets?|shells?)|"
    r"(?:jdam(?:-er)?|hammer)\s+(?:guided\s+)?(?:aerial\s+)?bombs?|jdams|"
    # "intercepted three guided aerial bombs": only ever an outcome (see ``read``).
    r"guided\s+(?:aerial\s+|aircraft\s+|air\s+)?bombs?|"
    r"(?<!artillery\s)(?<!mortar\s)(?<!tank\s)projectiles?|(?<=himars\s)(?:shells?|rounds?))"
)
AIR_WORD = re.compile(rf"\b(?:{AIR_NOUN})\b", re.IGNORECASE)
# "two of the four drone factories": the weapon word names what another noun makes or runs.
_MAKER = (
    r"[\s-]+(?:factor(?:y|ies)|plants?|workshops?|makers?|manufacturers?|producers?|"
    r"operators?|pilots?|units?|teams?|depots?|warehouses?|production|industry|components?)\b"
)
# "Six of seven deployed cruise missiles" (German "eingesetzten"): a participle before the kind.
_PARTICIPLE = r"(?:deployed|used|employed|fired|sent|attacking)\s+"
AFTER_QTY = re.compile(
    rf"\s+(?:of\s+(?:the|these|those)\s+)?(?:{_PARTICIPLE})?(?:{MODIFIER}\s+){{0,4}}?(?:{AIR_NOUN})\b"
    rf"(?!{_MAKER})",
    re.IGNORECASE,
)
# "the missiles were not intercepted": a stated zero.
NOT_DOWNED = re.compile(
    rf"\b(?:the|these|those)\s+(?:{MODIFIER}\s+){{0,3}}?(?P<noun>{AIR_NOUN})\s+"
    # "The three missiles could not be intercepted": a stated zero too
    r"(?:(?:were|was|had|have|could|can)\s+not\s+(?:been\s+|be\s+)?|"
    # "the missiles did not manage to be intercepted" (translated Czech/Romance copy)
    r"(?:did\s+not|failed\s+to)\s+manage\s+to\s+be\s+|(?:did\s+not|failed\s+to)\s+be\s+)"
    r"(?:intercepted|shot\s+down|destroyed|downed|fended\s+off)\b",
    re.IGNORECASE,
)
# "shot down 118 drones, ..., but no missile": a stated zero of the other kind.
BUT_NONE = re.compile(
    rf"\bbut\s+(?:no|not\s+a\s+single|not\s+one)\s+(?:{MODIFIER}\s+){{0,2}}?(?P<noun>{AIR_NOUN})\b",
    re.IGNORECASE,
)
DOWNED = (
    r"(?:destroyed|downed|shot\s+down|brought\s+down|intercepted|suppressed|jammed|"
    r"neutrali[sz]ed|eliminated|fended\s+off|made\s+harmless|switched\s+off|disabled)"
)
# "The air force spoke of 55 neutralised drones": the outcome as the noun's participle.
DOWNED_ADJ = re.compile(
    rf"\s+(?:{DOWNED})\s+(?:{MODIFIER}\s+){{0,2}}?(?:{AIR_NOUN})\b", re.IGNORECASE
)

# "shot down most of the 30 drones": the figure is how many came in, the share unstated.
SHARE_OF = re.compile(
    r"\b(?:most|many|some|several|part|much|half|two-thirds|the\s+(?:(?:vast|overwhelming)\s+)?"
    r"(?:majority|bulk)|a\s+(?:majority|number|few|third|quarter)|"
    r"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|"
    # "nearly all of the 60 rockets were intercepted": not all, the share unstated
    r"(?:nearly|almost|virtually|practically)\s+all|"
    # "intercepted a large part of the total of 90 rockets" (translated copy)
    r"a\s+(?:large|great|good|significant)\s+(?:part|share|portion|number)|"
    r"the\s+(?:greater|larger|largest)\s+(?:part|share))"
    r"(?:,\s*but\s+not\s+all,)?\s+of\s+(?:the\s+)?(?:total\s+of\s+)?$",
    re.IGNORECASE,
)
# "..., some of which were intercepted": an outcome whose subject is an unstated share.
SHARE_SUBJECT = re.compile(
    r"\b(?:some|most|many|part|several|a\s+few|the\s+(?:majority|bulk|rest))\s+of\s+"
    r"(?:which|them|these|those)\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)

# "shot down most, but not all, of them": an outcome with its share unstated.
SHARE = re.compile(
    r"\b(?:most|many|some|several|part|the\s+(?:(?:vast|overwhelming)\s+)?(?:majority|bulk)|a\s+(?:majority|number|few)"
    r"|the\s+lion['’]?s\s+share"  # "The lion's share was shot down"
    r"|(?:two|three)[-\s](?:thirds|quarters)|half"  # "about two thirds were shot down"
    r"|the\s+(?:rest|others|remainder)"  # "Two hit the port and the rest were shot down"
    r"|(?:nearly|almost|virtually|practically)\s+all"  # "Almost all could be intercepted"
    # "about 80% of the drones were downed": a rate, no count of what went down.
    r"|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))"
    # "several of the incoming rockets": the noun may carry modifiers
    rf"(?:,?\s+but\s+not\s+all,?)?(?:\s+of\s+(?:them|these|those|which|the\s+"
    rf"(?:(?:{MODIFIER}\s+){{0,2}}?(?P<noun>{AIR_NOUN})|weapons|munitions))\b"
    # "most were intercepted", "the majority were shot down": the share as the subject
    # ("with some intercepted and others falling in open areas": its verb left out).
    r"|(?=\s+(?:were|was|had\s+been|have\s+been|got|could\s+(?:also\s+)?be|can\s+be)\s)"
    r"|(?=\s+(?:intercepted|shot\s+down)\b)"
    # "almost all projectiles were intercepted": the plural noun with no "of the".
    rf"|\s+(?:{MODIFIER}\s+){{0,2}}?(?:projectiles|drones|missiles|rockets|weapons|munitions)"
    r"(?=\s+(?:were|was|had\s+been|have\s+been|could\s+(?:also\s+)?be)\s)"
    # "The IAF intercepted a number of rockets", "intercepted several rockets": the object
    # of an outcome verb (the reader keeps only an outcome's share).
    rf"|(?:\s+of)?\s+(?:{MODIFIER}\s+){{0,2}}?(?:projectiles|drones|missiles|rockets)\b"
    r"(?!\s+(?:were|was|had|have|could|hit|struck|fell|landed)\b))",
    re.IGNORECASE,
)
SHARE_WORDS: tuple[str, ...] = (
    "most", "many", "some", "several", "part", "majority", "bulk", "number", "few", "%", "share",
    "percent", "per cent", "rest", "others", "remainder", "almost", "nearly", "virtually",
    "practically", "thirds", "quarters", "half",
)  # fmt: skip
ALL = re.compile(
    rf"(?<!\bin\s)(?<!above\s)(?<!not\s)(?<!almost\s)(?<!nearly\s)(?<!virtually\s)\b(?P<kw>all|both|none|neither)\b(?:\s+(?:of\s+)?(?:them|these|those|which|the)\b)?"
    rf"(?:(?:\s+{MODIFIER}){{0,3}}?\s+(?P<noun>{AIR_NOUN})\b)?(?!\s+\d)",
    re.IGNORECASE,
)
# "All were shot down", "destroyed all of them." / "... all of them over Kyiv": a bare
# "all" needs one of these after it.
BARE_ALL_END = re.compile(
    rf"\s+(?:were|was|have|had)\b|\s*(?:[.,;]|$)|\s+{DOWNED}\b|\s+(?:over|above)\s|"
    rf"\s+[\w-]+\s+could\s+(?:not\s+)?be\s+{DOWNED}\b|"  # "None of the Kh-22s could be"
    rf"\s+could\s+(?:also\s+)?be\s+{DOWNED}\b|"  # "Both could be intercepted" (translated)
    r"\s+could\s+(?:not\s+)?be\s+stopped\b",  # "and none could be stopped" (agency English)
    re.IGNORECASE,
)


def weapon_of(m: re.Match[str]) -> InterceptWeapon | None:
    """The weapon an ``AIR_NOUN`` match names."""
    if m.group("mixed"):
        return "mixed"
    if m.group("drone"):
        return "drone"
    if m.group("missile"):
        return "missile"
    return None


# "Of the drones, which included decoys, air defense downed 288": the share's noun fronted
# (with its figure too: "Of the 60 missiles, among them 40 Kh-101, the air defence ...").
_FRONTED_OF = re.compile(
    rf"\s*(?:out\s+)?of\s+the\s+(?:\d[\d,.]*\s+)?(?:{MODIFIER}\s+){{0,2}}?(?P<noun>{AIR_NOUN})"
    # "Of the drones 55 could be shot down", "of the missiles two": German, no comma
    r"(?:\s*,|\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s))",
    re.IGNORECASE,
)


def fronted_weapon(text: str) -> InterceptWeapon | None:
    """The weapon a sentence opening "Of the drones, ..." names for a bare figure after it."""
    if text.lstrip()[:3].lower() != "of ":
        return None
    m = _FRONTED_OF.match(text)
    return weapon_of(m) if m is not None else None


# "Of the drones, 451 were shot down, of the missiles 33" (or "; of the two Iskander-M
# missiles, one"): the second outcome's verb is left out, its weapon fronted in an "of
# the ..." phrase right before the bare figure.
_GAPPED_OF = re.compile(
    rf"[,;]\s*(?:and\s+)?of\s+the\s+[^,;.:\d]{{0,40}}?\b(?P<noun>{AIR_NOUN})\s*,?\s+$",
    re.IGNORECASE,
)
_GAP_END = re.compile(r"\s*(?:[.;,–—-]|$)")


def gapped_weapon(text: str, start: int, end: int) -> InterceptWeapon | None:
    """The weapon of a verbless outcome figure ``text[start:end]`` ("..., of the missiles 33")."""
    if "of the " not in text or _GAP_END.match(text, end) is None:
        return None
    m = _GAPPED_OF.search(text, max(0, start - 50), start)
    return weapon_of(m) if m is not None else None


def of_the_before(text: str, start: int) -> InterceptWeapon | None:
    """The weapon of "; of the rockets, " right before the figure at ``start``."""
    if "of the " not in text:
        return None
    m = _GAPPED_OF.search(text, max(0, start - 50), start)
    return weapon_of(m) if m is not None else None


# "two destroyed dams": the participle describes another noun, no shot-down figure.
_OTHER_NOUN = re.compile(
    r"\s+(?!(?:was|has|is|as|its|this|thus|across|towards|afterwards|besides)\b)[a-z][a-z-]+s\b",
)


def describes_other(text: str, end: int) -> bool:
    """True when a plural noun follows the "two destroyed" ending at ``end``."""
    return _OTHER_NOUN.match(text, end) is not None


# Moved from ``_airmention`` (size limit): "41 drones ..., 18 of them over Belgorod".
OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)(?=\s)", re.IGNORECASE)


_ATTACKED_BEFORE = re.compile(
    r"\b(?:attack(?:ed|s|ing)|struck|strik(?:es|ing)|hit(?:s|ting)?|target(?:ed|s|ing)|"
    r"bomb(?:ed|s|ing)|pound(?:ed|s|ing))\s+$",
    re.IGNORECASE,
)
# "some 40 targets including tunnels and weapons depots": the targets described as ground
# sites right after the noun.
_GROUND_AFTER = re.compile(
    r"\s*,?\s+(?:including|such\s+as|among\s+them)\s+[^.;]{0,40}?\b(?:tunnels?|depots?|"
    r"launchers?|command|infrastructure|positions|storage|warehouses?|buildings?|"
    r"headquarters|shafts?|facilit(?:y|ies)|compounds?|launch\s+(?:sites|positions))\b",
    re.IGNORECASE,
)


def ground_targets(text: str, start: int, noun: str) -> bool:
    """True for "attacked 40 targets" (bare "targets"/"objects", an attack verb right
    before) or "some 40 targets including tunnels and weapons depots": what an attack hit
    on the ground, no air weapon."""
    low = noun.lower().rstrip()
    if not low.endswith(("targets", "objects")) or any(w in low for w in ("air", "flying")):
        return False
    if _ATTACKED_BEFORE.search(text, max(0, start - 16), start) is not None:
        return True
    at = text.find(noun, start)
    return at >= 0 and _GROUND_AFTER.match(text, at + len(noun)) is not None


# "17 of the downed drones were in the south": a share of the outcome by place, named by
# its noun ("Five of the destroyed drones were decoys" says what, not where: no share).
OF_DOWNED = re.compile(
    rf"\s+of\s+the\s+(?:downed|destroyed|intercepted|shot-down)\s+(?:{MODIFIER}\s+){{0,2}}?"
    rf"(?:{AIR_NOUN})\b(?=\s+(?:were|was)\s+(?:(?:shot\s+down|downed|destroyed)\s+)?"
    r"(?:in|over|above)\s)",
    re.IGNORECASE,
)

"""A figure restated later in the same article is one event, not two.

Wire copy states the figures in the lede and then again in a quote or a
follow-up paragraph ("... destroying 28 drones, the military said." then
"'Air defence destroyed 28 Shahed drones,' the air force said."). Each
detector reads one sentence at a time, so both readings come out; this pass
keeps one. Two numeric findings are the same event when they are of one type
and weapon or group, agree on every figure both state, share at least one
figure, and name no conflicting place or target. Of the two, the one stating
more figures is kept (the earlier on a tie), so nothing stated is lost. A toll marked as
further people ("Two more people died in hospital") restates nothing, and neither do
equal tolls told for different days or incidents (:mod:`pipeline.extract._repeat_days`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.extract._cas19read import share_apart
from pipeline.extract._n33cas import apart as also_apart
from pipeline.extract._n54cas import RegionsOf
from pipeline.extract._n56cas import ItemsOf
from pipeline.extract._n64rep import apart as others_apart
from pipeline.extract._n65rep import AirDaysOf
from pipeline.extract._repeat_days import DaysOf
from pipeline.extract._repeat_places import PlacesOf
from pipeline.extract._strikekinds import counts_attacks
from pipeline.extract.model import Casualty, Finding, Interception, Sentence, Strike

_Numeric = Strike | Interception | Casualty


def drop_restated(found: list[Finding], sentences: Sequence[Sentence] = ()) -> list[Finding]:
    """``found`` (in body order) without numeric findings that restate another one.

    Candidates are looked up by (type, weapon or group, figure), so a long article
    costs one dictionary probe per finding, not a comparison with every other one.
    """
    kept: list[Finding | None] = []
    index: dict[tuple[object, ...], list[int]] = {}
    days, places = DaysOf(sentences).apart, PlacesOf(sentences).apart
    regions = RegionsOf(sentences).apart
    items = ItemsOf(sentences).apart
    air = AirDaysOf(sentences).apart  # h_fix_n65: equal air tallies of two days

    # equal tolls told for different days or places are two events
    def apart(a: Casualty, b: Casualty) -> bool:
        return (
            days(a, b)
            or places(a, b)
            or share_apart(a, b)
            or also_apart(sentences, a, b)
            or regions(a, b)
            or items(a, b)
            or others_apart(a, b)  # h_fix_n64: "killing two others"
        )

    for f in found:
        if not isinstance(f, (Strike, Interception, Casualty)):
            kept.append(f)
            continue
        keys = _keys(f)
        match = None if _further_people(f) else _find(kept, index, keys, f, apart)
        if match is not None and air(match[1], f):
            match = None
        if match is not None:
            if _stated(f) <= _stated(match[1]):
                continue
            kept[match[0]] = None  # the later reading states more: it replaces the earlier
            f = _merged(f, match[1])
        for key in keys:
            index.setdefault(key, []).append(len(kept))
        kept.append(f)
    return _drop_launched(_drop_risen(_drop_revised([f for f in kept if f is not None])))


_AIR_OF_STRIKE: dict[str, str] = {"drone": "drone", "missile": "missile", "rocket": "missile"}


def _drop_launched(found: list[Finding]) -> list[Finding]:
    """``found`` without a strike that is the launch an interception reports with its outcome
    ("the enemy used 142 drones" in one paragraph, "of the 142 enemy drones, 118 were shot
    down" in the next): the same figure for the same weapon is one air-defence report."""
    launched = {
        (f.weapon, f.launched)
        for f in found
        if isinstance(f, Interception) and f.launched is not None
    }
    if not launched:
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Strike)
            and f.weapon in _AIR_OF_STRIKE
            and (_AIR_OF_STRIKE[f.weapon], f.count) in launched
            and " times" not in f.evidence.text  # "attacked it nine times with drones": attacks
            and not counts_attacks(f.evidence.text, f.count)  # "2 missile strikes using 4"
        )
    ]


# "CORRECTION: the civil defence has revised the toll from the strike on the school in
# Tuffah to 11 dead": the toll an earlier entry gave for that strike is superseded.
_REVISED = re.compile(
    r"\b(?:revised|corrected|lowered|raised|updated)\s+(?:the\s+|its\s+)?(?:death\s+)?toll\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?<!^)(?<![.:]\s)\b[A-Z][a-z'’-]{3,}")


def _drop_revised(found: list[Finding]) -> list[Finding]:
    """``found`` without earlier tolls of an attack a later record says it revised: the
    same kind of people, another killed figure, and a place name both evidences give."""
    revised = [
        f
        for f in found
        if isinstance(f, Casualty) and f.killed is not None and _REVISED.search(f.evidence.text)
    ]
    if not revised:
        return found
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Casualty) and any(_superseded(f, r) for r in revised):
            continue
        out.append(f)
    return out


def _superseded(old: Casualty, new: Casualty) -> bool:
    if old.evidence.start >= new.evidence.start or old.killed in (None, new.killed):
        return False
    if not _same_group(old.group, new.group):
        return False
    names = set(_NAME.findall(new.evidence.text))
    return any(n in names for n in _NAME.findall(old.evidence.text))


# "the number of injured had increased to 14", "The death toll has since risen to five": a
# toll updated later in the article, which supersedes the figure told before it.
_RISEN = re.compile(
    r"\b(?:(?:has|had|have)\s+(?:since\s+|now\s+|further\s+)?(?:risen|increased|grown|climbed)|"
    r"(?:later\s+|since\s+|then\s+)?(?:rose|increased|grew|climbed|jumped))\s+to\s",
    re.IGNORECASE,
)


_RISEN_REACH = 700
"""How far (in characters) before the update the toll it supersedes may stand: a roundup's
other incidents lie further off."""


def _one_kind(f: Casualty) -> str | None:
    """ "killed" or "injured" for a record of one kind, else None."""
    if (f.killed is None) == (f.injured is None):
        return None
    return "killed" if f.killed is not None else "injured"


def _drop_risen(found: list[Finding]) -> list[Finding]:
    """``found`` without a toll a later record of the article says has risen: the nearest
    earlier record of that kind, for the same people and place, with a smaller figure
    ("Six people were injured ..." then "the number of injured had increased to 14")."""
    dropped: set[int] = set()
    for i, f in enumerate(found):
        if not isinstance(f, Casualty) or " to " not in f.evidence.text:
            continue
        kind = _one_kind(f)
        if kind is None or _RISEN.search(f.evidence.text) is None:
            continue
        value = f.killed if kind == "killed" else f.injured
        for j in range(i - 1, -1, -1):
            old = found[j]
            if not isinstance(old, Casualty) or j in dropped:
                continue
            figure = old.killed if kind == "killed" else old.injured
            if figure is None:
                continue
            if (
                _one_kind(old) == kind
                and _same_group(old.group, f.group)
                and _agree(old.location, f.location)
                and f.evidence.start - old.evidence.end <= _RISEN_REACH
                and value is not None
                and figure < value
            ):
                dropped.add(j)
            break  # only the nearest earlier toll of that kind
    return [f for i, f in enumerate(found) if i not in dropped]


# "Two more people died", "Another three were killed": people beyond those counted, so
# never a restatement of an equal figure told before.
_FURTHER = re.compile(
    r"\s*(?:(?:another|a\s+further|an\s+additional)\s+[\w,-]+|[\w,-]+\s+(?:more|further|"
    r"additional)\b(?!\s+than))",
    re.IGNORECASE,
)


def _further_people(f: Finding) -> bool:
    return isinstance(f, Casualty) and _FURTHER.match(f.evidence.text) is not None


def _find(
    kept: list[Finding | None],
    index: dict[tuple[object, ...], list[int]],
    keys: list[tuple[object, ...]],
    f: _Numeric,
    apart: Callable[[Casualty, Casualty], bool],
) -> tuple[int, _Numeric] | None:
    for key in keys:
        for pos in index.get(key, ()):
            other = kept[pos]
            if isinstance(other, (Strike, Interception, Casualty)) and _same_event(other, f):
                if isinstance(f, Casualty) and isinstance(other, Casualty) and apart(other, f):
                    continue
                return pos, other
    return None


def _keys(f: _Numeric) -> list[tuple[object, ...]]:
    """The figures a restatement must share, each tagged with its type and weapon or group."""
    if isinstance(f, Strike):
        return [("strike", f.weapon, f.count)]
    if isinstance(f, Interception):
        pairs = (("launched", f.launched), ("intercepted", f.intercepted))
        return [("interception", f.weapon, name, n) for name, n in pairs if n is not None]
    pairs = (("killed", f.killed), ("injured", f.injured))
    plain = f.group in _GENERIC_PEOPLE or f.group in _NATIONALS or f.group in _ADULTS
    group = "people" if plain else f.group
    keys: list[tuple[object, ...]] = [
        ("casualty", group, name, n) for name, n in pairs if n is not None
    ]
    if f.killed is not None and f.injured is not None:
        keys.append(("casualty-pair", f.killed, f.injured))  # see ``_pair_restated``
    return keys


_ATTACK_COUNT = re.compile(r" times\b|\d\s+(?:[\w-]+\s+)?(?:attacks|strikes|shellings)\b", re.I)
"""A figure that counts attacks ("fired 39 times", "made 39 attacks"), not munitions."""


def _counts_attacks(evidence: str) -> bool:
    return _ATTACK_COUNT.search(evidence) is not None


def _same_event(a: _Numeric, b: _Numeric) -> bool:
    if isinstance(a, Strike) and isinstance(b, Strike):
        return (
            a.weapon == b.weapon
            and a.count == b.count
            # "attacked Ochakiv 12 times with FPV drones" counts attacks, "a dozen Shahed
            # drones" counts drones: the same figure, two reports.
            and _counts_attacks(a.evidence.text) == _counts_attacks(b.evidence.text)
            and _agree(a.target, b.target)
            and _agree(a.attacker, b.attacker)
        )
    if isinstance(a, Interception) and isinstance(b, Interception):
        return (
            a.weapon == b.weapon
            and _agree(a.weapon_model, b.weapon_model)
            and _figures_agree((a.launched, a.intercepted), (b.launched, b.intercepted))
            and _agree(a.location, b.location)
            and not _share_and_whole(a, b)
        )
    if isinstance(a, Casualty) and isinstance(b, Casualty):
        return (
            not _two_cuts(a, b)
            and not _list_items(a, b)
            and not _named_adults(a, b)
            and _agree(_tally_label(a), _tally_label(b))
            and (_same_group(a.group, b.group) or _pair_restated(a, b))
            and _figures_agree((a.killed, a.injured), (b.killed, b.injured))
            and _agree(a.location, b.location)
        )
    return False


# "11 over the Oryol Region" (one item of a per-region list) and a mayor's "In total, 11
# drones were shot down" (no place): another region's tally, not the item restated.
_THE_REGION = re.compile(r"\b(?:the|this|that)\s+(?:region|oblast|province)\b", re.IGNORECASE)
_REGION_ITEM = re.compile(r"\s*\d[\d,]*\s+(?:more\s+)?(?:over|above)\s", re.IGNORECASE)


def _share_and_whole(a: Interception, b: Interception) -> bool:
    """True when one of two equal figures is a per-region list item and the other names no
    place: two reports that happen to share a figure."""
    if (a.location is None) == (b.location is None):
        return False
    item, whole = (a, b) if a.location is not None else (b, a)
    if _THE_REGION.search(whole.evidence.text) is not None:
        return False  # "22 drones had been shot down over the region": that region's own
    return _REGION_ITEM.match(item.evidence.text) is not None


# Words for the same unspecific people: a lede's "killed four workers" restated in a
# quote as "Four employees of the port died" is one toll. Subgroups (children, women,
# soldiers) never match a generic word.
_GENERIC_PEOPLE = frozenset(["people", "residents", "civilians", "workers", "employees", "staff"])


# The victims told by nationality ("killed 38 Palestinians across Gaza") are the same
# unspecific people a later "Hospitals received 38 bodies" counts; two nationalities differ.
_NATIONALS = frozenset(
    [
        "Palestinians",
        "Israelis",
        "Ukrainians",
        "Russians",
        "Lebanese",
        "Syrians",
        "Yemenis",
        "Sudanese",
        "Iranians",
        "Iraqis",
        "Gazans",
        "Pakistanis",
        "Indians",
        "Afghans",
    ]
)


# "including two dock workers" names who some of the harmed were; "Two of the injured
# were in serious condition" says how some of them are: two cuts of one total, which may
# share a figure without restating each other.
_NAMED_PART = re.compile(r"(?:including|among\s+them|among\s+whom)\b", re.IGNORECASE)
_CONDITION_PART = re.compile(
    r"[“\"‘«„]?[\w,-]+\s+of\s+(?:the|those|them|whom)\s+(?:injured|wounded|hurt|dead|killed)?\b",
    re.IGNORECASE,
)


# "- Kharkiv region: 2 killed, 5 injured": one line of a tally, one place per line.
_TALLY_LABEL = re.compile(r"\s*[-•*–]\s*(?P<label>[^:\n]{1,40}):")


_ITEM_GAP = 12
"""Most characters between two items of one list ("one in Druzhkivka and one in ...")."""


def _list_items(a: Casualty, b: Casualty) -> bool:
    """True for neighbouring items of one list ("Two people died in A, one in B and one in
    C") and for the places of one figure ("two each in A, B and C", evidences from the same
    start): a restatement never follows its figure within a few characters."""
    first, second = (a, b) if a.evidence.start <= b.evidence.start else (b, a)
    if first.evidence.start == second.evidence.start:
        return first.evidence.end != second.evidence.end
    if not second.evidence.text[:1].islower():
        return False  # a new sentence (or a headline's body) may restate
    return 0 <= second.evidence.start - first.evidence.end <= _ITEM_GAP


def _tally_label(f: Casualty) -> str | None:
    """The label of the tally line a record was read from, if any: two lines of one
    tally never restate each other, whatever figures they share."""
    m = _TALLY_LABEL.match(f.evidence.text)
    return m.group("label").strip() if m is not None else None


def _named_adults(a: Casualty, b: Casualty) -> bool:
    """True when men or women stand against plain people and may not be the same toll:
    a named cut ("including two women") never restates, and prose ("two women were
    killed") restates only a tally line, whose place is its label (a town the prose
    names may be unknown to the place list, so a bare prose toll stays apart)."""
    if (a.group in _ADULTS) == (b.group in _ADULTS):
        return False
    if any(f.group in _ADULTS and _NAMED_PART.match(f.evidence.text) for f in (a, b)):
        return True
    return _tally_label(a) is None and _tally_label(b) is None


def _two_cuts(a: Casualty, b: Casualty) -> bool:
    ta, tb = a.evidence.text, b.evidence.text
    named_a, named_b = _NAMED_PART.match(ta) is not None, _NAMED_PART.match(tb) is not None
    # "Five of the dead were children" names its group as "including five children" does.
    cond_a = _CONDITION_PART.match(ta) is not None and a.group in _GENERIC_PEOPLE
    cond_b = _CONDITION_PART.match(tb) is not None and b.group in _GENERIC_PEOPLE
    # "2 of the injured were port workers" names who, as "including" does.
    if cond_a and _names_who(a):
        named_a, cond_a = True, False
    if cond_b and _names_who(b):
        named_b, cond_b = True, False
    if (named_a and cond_b) or (named_b and cond_a):
        return True
    # A share told first ("Three of the injured are in serious condition") is no restatement
    # of a later plain report ("Three people were injured in Kupiansk"): that one is news.
    first_cond, later = (cond_a, tb) if a.evidence.start < b.evidence.start else (cond_b, ta)
    return first_cond and _CONDITION_PART.match(later) is None


def _names_who(f: Casualty) -> bool:
    """True when a share's evidence ends with its own group ("... were port workers")."""
    return f.group != "people" and f.evidence.text.rstrip(" .,").lower().endswith(f.group.lower())


# "Two men aged 47 and 58 were killed" restates a tally's "2 killed" told before it; a
# named cut ("including two men") never does (see ``_two_cuts``).
_ADULTS = frozenset(["men", "women"])


def _same_group(a: str, b: str) -> bool:
    if a == b or (a in _GENERIC_PEOPLE and b in _GENERIC_PEOPLE):
        return True
    plain = _NATIONALS | _ADULTS
    return (a in _GENERIC_PEOPLE and b in plain) or (b in _GENERIC_PEOPLE and a in plain)


def _pair_restated(a: Casualty, b: Casualty) -> bool:
    """True when a second source restates a toll of both kinds for plain people: "killing
    two passengers and wounding four" then "the mayor also said two people had been killed
    and four wounded" (both figures equal, one of the groups plain people)."""
    if None in (a.killed, a.injured) or (a.killed, a.injured) != (b.killed, b.injured):
        return False
    return a.group in _GENERIC_PEOPLE or b.group in _GENERIC_PEOPLE


def _agree(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _figures_agree(a: tuple[int | None, ...], b: tuple[int | None, ...]) -> bool:
    """Every figure both state is equal, and at least one is stated by both."""
    shared = False
    for x, y in zip(a, b, strict=True):
        if x is not None and y is not None:
            if x != y:
                return False
            shared = True
    return shared


def _merged(fuller: _Numeric, other: _Numeric) -> _Numeric:
    """``fuller`` with the cause it left unstated taken from the reading it replaces.

    A lede's "a Russian missile and drone attack ... killed four people" gives the cause
    the mayor's later "Four people were killed ... Eleven more are injured" leaves out.
    """
    if isinstance(fuller, Casualty) and isinstance(other, Casualty) and fuller.cause is None:
        return replace(fuller, cause=other.cause)
    return fuller


def _stated(f: _Numeric) -> tuple[int, int]:
    """How many figures, then details, a finding states (the fuller one is kept).

    Figures come first: a lede's "killing two people in Kyiv" (with its cause and
    speaker) gives way to the paragraph's "two people were killed and nine wounded".
    """
    if isinstance(f, Strike):
        figures: tuple[object, ...] = (f.count,)
        details: tuple[object, ...] = (f.target, f.attacker, f.period, f.reported_by)
    elif isinstance(f, Interception):
        figures = (f.launched, f.intercepted)
        details = (f.location, f.weapon_model, f.reported_by)
    else:
        figures = (f.killed, f.injured)
        details = (f.location, f.cause, f.reported_by)
    return sum(x is not None for x in figures), sum(x is not None for x in details)

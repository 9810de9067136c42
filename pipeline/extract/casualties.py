"""People killed or injured: one record per stated group.

"Three killed and 11 wounded" is one record; "including five children" is a
record of its own (a subgroup, never subtracted or summed). A figure counts
only when a group noun or a kill/injure word sits right against it, so "12
drones" in a sentence that also says "killed" is not a casualty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from pipeline.extract import _casualty_among as among
from pipeline.extract import _casualty_each as each
from pipeline.extract import _casualty_german as german
from pipeline.extract import _casualty_link as link
from pipeline.extract import _casualty_more as more
from pipeline.extract import _casualty_words as cw
from pipeline.extract import _n28cas, _places
from pipeline.extract._cas19read import cond_group, inverted_kind
from pipeline.extract._cas21total import total_share, with_totals
from pipeline.extract._casualty_amongtotal import among_total, drop_among_restated
from pipeline.extract._casualty_aside import past_aside
from pipeline.extract._casualty_beside import drop_beside
from pipeline.extract._casualty_bridge import bridged
from pipeline.extract._casualty_care import (
    care_subgroups,
    condition_of,
    condition_share,
    moved_share,
    past_named,
    taken_in,
    whom_killed,
)
from pipeline.extract._casualty_cause import cause_of
from pipeline.extract._casualty_each import further_places, of_them_harmed
from pipeline.extract._casualty_elided import elided_among
from pipeline.extract._casualty_fold import fold_sub
from pipeline.extract._casualty_gap import join_gaps
from pipeline.extract._casualty_groups import GROUPS as _GROUPS
from pipeline.extract._casualty_harm import (
    _BARE_AFTER,
    _BARE_BEFORE,
    _INJURED,
    _KIND_RE,
    _TOLL,
    _TOLL_LINK,
)
from pipeline.extract._casualty_kin import kin_harm
from pipeline.extract._casualty_later import died_later
from pipeline.extract._casualty_mend import mend
from pipeline.extract._casualty_next import including_told_later, one_more, them_subgroup
from pipeline.extract._casualty_prior import prior_text
from pipeline.extract._casualty_raised import lone_heads
from pipeline.extract._casualty_share import next_care
from pipeline.extract._casualty_skip import not_harmed, running_total
from pipeline.extract._casualty_stale import headline_of_total, per_running_total
from pipeline.extract._casualty_there import toll_place
from pipeline.extract._casualty_ticker import older_entries
from pipeline.extract._casualty_update import replaces
from pipeline.extract._n25update import updated as n25_updated
from pipeline.extract._numclause import clause
from pipeline.extract._numgate import gate
from pipeline.extract.model import Approx, Casualty, Document, Evidence, Finding
from pipeline.extract.numbers import Quantity, find_quantities
from pipeline.extract.speakers import Speakers

Kind = Literal["killed", "injured"]

_INJURED_RE = re.compile(_INJURED, re.IGNORECASE)
_LISTED = german.listed_re(_BARE_AFTER.pattern)  # "two women and two men suffered injuries"
# "14 of the dead were killed when ...", "two of the dead were paramedics": the figure
# counts the dead (or wounded) the article already reported; "were <group>" names them.
_OF_THE_HARMED = re.compile(
    r"\s+of\s+(?:the|those)\s+(?:people\s+)?"
    r"(?:(?P<killed>dead|killed|fatalities)|(?P<injured>injured|wounded)|(?P<victims>victims))\b"
    # "Eight of the wounded children were transferred": the group after the harm word.
    r"(?:\s+(?P<hgroup>children|women|men|civilians|soldiers|residents|workers)\b)?",
    re.IGNORECASE,
)
# "Two of the victims were killed in Kostiantynivka": the place of the share.
_VICTIMS_AT = re.compile(
    r"\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:region|district|oblast|community))?"
    r"(?=\s*(?:[,.;]|and\b|$))",
    re.IGNORECASE,
)
_AGED = re.compile(
    r"\s*,?\s+aged\s+\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)\d{1,3})*,?|,\s*\d{1,3},"
)
_BODIES = re.compile(r"\bbod(?:y|ies)\s+of\s+$", re.IGNORECASE)
# "51 bodies were brought to hospitals": the dead, counted by their bodies.
_BODIES_AFTER = re.compile(r"\s+(?:more\s+|other\s+|further\s+)?bod(?:y|ies)\b", re.IGNORECASE)
# "Among the dead were a woman and her two children": a subgroup after a one-person item.
_SUBGROUP = re.compile(
    r"\b(?:(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+the\s+(?:dead|"
    r"killed|fatalities|deceased|victims|injured|wounded)(?:\s+(?:there\s+)?(?:were|are)|\s*,)?(?:\s+also)?)"
    # "including a woman and two children": the figure after a one-person item
    r"(?:\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+and(?:\s+(?:his|her|their))?)?"
    # "40 people (also three children)": a bracketed subgroup
    r"|(?<=\()\s*(?:also|incl\.))\s+$",
    re.IGNORECASE,
)
# "Two civilians were killed and three more, including a teenager, were injured".
# ... also in brackets: "75 more (including 14 children) were injured".
_ASIDE = re.compile(
    r"\s*,\s*(?:including|among\s+them)\b[^,;.]{1,50},"
    r"|\s*\(\s*(?:including|among\s+them|also|incl\.)[^()]{1,50}\)",
    re.IGNORECASE,
)
_OF_THE_FIRST = re.compile(r"\s*(?:out\s+)?of\s+(?:the\s+)?", re.IGNORECASE)
_CLAUSE_ON = re.compile(r"[^,;.]{0,60},\s*")
# "Three children were among those killed": a subgroup of the record before, told first.
_AMONG_HARMED = re.compile(
    r"\bamong\s+(?:those|the)\s+(?:killed|dead|injured|wounded|victims)\b", re.IGNORECASE
)
# A figure listed after a subgroup is one too: "including 11 children and three women".
_LIST_GAP = re.compile(r"\s+(?:and|as\s+well\s+as)\s+|\s*,\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Part:
    q: Quantity
    group: str
    kind: Kind
    start: int
    end: int
    sub: bool
    gend: int
    """End of the figure's own phrase ("11 children")."""


def _kind_near(text: str, s: int, e: int, a: int, b: int) -> Kind | None:
    best: tuple[int, Kind] | None = None
    for m in _KIND_RE.finditer(text, s, e):
        dist = a - m.end() if m.end() <= a else max(0, m.start() - b)
        kind: Kind = "killed" if m.group("killed") else "injured"
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best else None


def _kind_of(m: re.Match[str] | None) -> Kind | None:
    if m is None:
        return None
    return "injured" if _INJURED_RE.search(m.group()) else "killed"


def _part(text: str, q: Quantity, prev: _Part | None, main: _Part | None) -> _Part | None:
    """Read one figure as a casualty part, or None if it is not about people hurt."""
    before = text[max(0, q.start - 40) : q.start]
    fronted = more.fronted_harmed(text, q.start)  # "Of the 46 people who died, seven ..."
    sub = fronted is not None or bool(_SUBGROUP.search(before))
    group_m = cw.OF_THEM.match(text, q.end) or cw.AFTER_QTY.match(text, q.end)
    harmed = _OF_THE_HARMED.match(text, q.end) if group_m is None else None
    if harmed is not None:
        return _of_the_harmed(text, q, harmed)
    if prev is not None and (el := elided_among(text, prev.gend, q.start, q.end)) is not None:
        s, e = clause(text, q.start, el[1], split_and=True)  # "... and 9 among the wounded"
        return _Part(q, prev.group, el[0], s, e, prev.sub, el[1])
    if prev is not None and prev.sub and prev.kind == "injured" and group_m is None:
        care_end = next_care(text, prev.gend, q.start, q.end)  # ", two received first aid"
        if care_end is not None:
            s, e = clause(text, q.start, care_end, split_and=True)
            return _Part(q, "people", "injured", s, e, True, care_end)
    if prev is not None and prev.kind == "injured" and not q.all:
        cond_end = condition_share(text, q.start, q.end)  # "including one in serious ..."
        if cond_end is not None:
            s, e = clause(text, q.start, cond_end, split_and=True)
            return _Part(q, prev.group, "injured", s, e, True, cond_end)
    if prev is not None and prev.kind == "killed" and (how := whom_killed(text, q.end)):
        s, e = clause(text, q.start, how, split_and=True)  # "194 of whom were executed"
        return _Part(q, prev.group, "killed", s, e, True, how)
    if not q.all and (cond_end := condition_of(text, q.start, q.end)) is not None:
        s, e = clause(text, q.start, cond_end, split_and=True)  # "the condition of nine ..."
        return _Part(q, cond_group(text, q.end), "injured", s, e, True, cond_end)
    if not q.all and (cond_end := more.fronted_condition(text, q.start, q.end)) is not None:
        s, e = clause(text, q.start, cond_end, split_and=True)  # "Of the wounded, two are ..."
        of_group = prev.group if prev is not None and prev.kind == "injured" else "people"
        return _Part(q, of_group, "injured", s, e, True, cond_end)
    if group_m is not None and more.more_things(text, group_m):
        return None  # "struck Kherson and eight more settlements, killing three people"
    if group_m is None and (own := cw.OF_OWN.match(text, q.end)) is not None:
        group_m = own
    if group_m is None and not sub and prev is not None:
        place_end = more.elliptical_place(text, prev.q.end, q.start, q.end)
        if place_end is None:  # "57 civilians were killed, 32 in El Fasher"
            place_end = each.first_share_place(text, prev.q.end, q.start, q.end)
        if place_end is not None:  # "Four were hurt in Kupiansk, three in Izium"
            s, e = clause(text, q.start, place_end, split_and=True)
            share = each.place_share(text, main.q.end if main else q.start, q.start, q.end)
            return _Part(q, prev.group, prev.kind, s, e, share, place_end)
    if group_m is None and sub and prev is not None and not prev.sub:
        place_end = each.including_place(text, q.start, q.end)
        if place_end is not None:  # "killed 31 people, including 11 in Gaza City"
            s, e = clause(text, q.start, place_end, split_and=True)
            return _Part(q, prev.group, prev.kind, s, e, True, place_end)
    if (
        not sub
        and prev is not None
        and prev.sub
        and group_m is not None
        and group_m.group("group").lower() not in cw.NO_GROUP
        and _LIST_GAP.fullmatch(text, prev.gend, q.start)
        and not _BARE_AFTER.match(text, group_m.end())
    ):
        sub = True
    if (
        not sub
        and prev is not None
        and _OF_THE_FIRST.fullmatch(text, 0, prev.q.start)
        and _CLAUSE_ON.fullmatch(text, prev.gend, q.start)
    ):
        sub = True  # "Of the 12 people injured, four were children"
    if group_m is None and sub:
        group_m = cw.WERE_GROUP.match(text, q.end)
    if group_m is not None and group_m.group().lstrip().lower().startswith("of"):
        sub = True
    bodies = _BODIES_AFTER.match(text, q.end)
    if bodies is not None:
        group_m = None
    end = bodies.end() if bodies else (group_m.end() if group_m else q.end)
    if (
        group_m is None
        and bodies is None
        and (them := of_them_harmed(text, q.start, q.end)) is not None
    ):
        end, sub = them, True  # "Twelve of them died in a strike on a house in Jabalia"
    s, e = clause(text, q.start, end, split_and=True)
    # The kill/injure word touching the figure wins over any further away.
    aged = _AGED.match(text, end)  # "two people aged 38 and 42 were killed", "one man, 64, was"
    kind = (
        _kind_of(_BARE_AFTER.match(text, aged.end() if aged else end))
        or _kind_of(_BARE_BEFORE.search(before))
        or kin_harm(text, q.start)
        or (
            german.listed_kind(_LISTED, _BARE_AFTER, text, q.start, end)
            if group_m and not sub
            else None
        )  # "A 60-year-old woman died, two women and two men suffered injuries"
        or german.fronted_kind(text, q.start)  # "Dead there were three"
        or inverted_kind(text, q.start, end)  # "Are 12 the dead", "Rises to 9 the number of"
    )  # "killed a woman and her two sons"
    if kind is None and (aside := _ASIDE.match(text, end)) is not None:
        kind = _kind_of(_BARE_AFTER.match(text, aside.end()))  # "three more, including ..., were"
    if kind is None and (past := past_aside(text, end)) is not None:
        kind = _kind_of(_BARE_AFTER.match(text, past))  # "14 people, eight of them children,"
    group = None
    if bodies is not None:
        kind = "killed"  # bodies "taken to hospitals" are the dead
    if group_m:
        word = group_m.group("group").lower()
        group = None if word in cw.NO_GROUP else _GROUPS.get(word) or more.group_of(word)
    elif kind is None and not (sub and prev is not None and each.relative_share(text, q.end)):
        toll = more.toll_before(_TOLL, text, s, q.start) if _TOLL_LINK.search(before) else None
        if _BODIES.search(before):
            kind = "killed"
        elif toll is None:
            return None
        elif toll.group("toll"):
            kind = "killed"
        else:
            kind = (
                "killed"
                if toll.group("kind").lower()
                in ("killed", "dead", "deaths", "fatalities", "martyrs")
                else "injured"
            )
            g = toll.group("group")
            group = _GROUPS.get(g.lower(), g.lower()) if g else "people"  # "the number of injured"
    if kind is None and _BODIES.search(before):
        kind = "killed"
    if kind is None and sub:
        kind = fronted or among.among_kind(before) or (prev.kind if prev is not None else None)
    if kind is None:
        if _OF_THE_FIRST.fullmatch(text, 0, q.start):
            return None  # "Of the 12 people on the bus, five were killed": those present
        kind = _kind_near(text, s, e, q.start, end) or _kind_near(text, 0, len(text), q.start, end)
    if kind is None or (group_m is not None and more.names_others(text, group_m)):
        return None
    if group is None and prev is not None and text[q.start : q.end].lower() == "another":
        group = prev.group  # "two of its soldiers were killed and another wounded"
    if group is None:
        group = main.group if main is not None and not sub else "people"
    return _Part(q, group, kind, s, e, sub, end)


def _of_the_harmed(text: str, q: Quantity, harmed: re.Match[str]) -> _Part | None:
    """ "14 of the dead were killed ...": the sentence's own record, not a subgroup of one."""
    brought = cw.BROUGHT_TO.match(text, harmed.end())
    named = cw.WERE_GROUP.match(text, brought.end() if brought else harmed.end())
    s, e = clause(text, q.start, harmed.end())
    if harmed.group("victims") is not None:  # "Two of the victims were killed in X": a share
        said = _BARE_AFTER.match(text, harmed.end())
        place = _VICTIMS_AT.match(text, said.end()) if said is not None else None
        if said is None or place is None:
            return None
        s, e = clause(text, q.start, place.end(), split_and=True)
        return _Part(q, "people", _kind_of(said) or "killed", s, e, True, place.end())
    died = harmed.group("injured") is not None and more.died_of_wounds(text, harmed.end(), e)
    hgroup = (harmed.group("hgroup") or "people").lower()
    if named is None and not died and harmed.group("injured") is not None:
        cond_end = more.condition_subgroup(text, harmed.end()) or moved_share(text, harmed.end())
        if cond_end is not None:  # "Two of the injured were in serious condition"
            if q.all:
                return None  # "All 14 of the injured are in stable condition": the total
            s, e = clause(text, q.start, cond_end, split_and=True)
            return _Part(q, hgroup, "injured", s, e, True, cond_end)
    if named is None and (at := more.place_share(text, q.start, harmed.end())) is not None:
        return _Part(q, "people", "killed" if harmed.group("killed") else "injured", *at)
    if named is None and harmed.group("injured") is not None and taken_in(text, q.start):
        s, e = clause(text, q.start, harmed.end(), split_and=True)  # "received 31 of the
        return _Part(q, "people", "injured", s, e, False, harmed.end())  # wounded"
    aside = _ASIDE.match(text, harmed.end())  # "13 of the dead, including four children, were"
    verb_at = aside.end() if aside is not None else harmed.end()
    if named is None and not died and _BARE_AFTER.match(text, verb_at) is None:
        return None  # "Two of the injured were taken away": no new figure
    end = named.end() if named else harmed.end()
    kind: Kind = "killed" if harmed.group("killed") or died else "injured"
    word = named.group("group").lower() if named else "people"
    group = "people" if word in cw.NO_GROUP else _GROUPS.get(word, word)
    s, e = clause(text, q.start, end, split_and=True)
    return _Part(q, group, kind, s, e, False, end)


# "N of the M <group> (at the plant) were killed": the harm word after the group or its place.
_PARTITIVE_TAIL = re.compile(
    r"(?:\s+(?:at|in|on|aboard|inside)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?" + _BARE_AFTER.pattern,
    re.IGNORECASE,
)


def _partitive(text: str, q: Quantity) -> bool:
    """True when the N of "N of the M <group> were killed" counts the harmed (M are those
    present)."""
    group = cw.AFTER_QTY.match(text, q.end)
    if group is None or group.group("group").lower() in cw.NO_GROUP:
        return False
    return _PARTITIVE_TAIL.match(text, group.end()) is not None


def _records(text: str) -> list[tuple[int, int, str, _Part | None, _Part | None]]:
    """Parts of one sentence merged into records: (start, end, group, killed, injured)."""
    parts: list[_Part] = []
    skipped_end = -1  # end of the last figure of people saved, whose subgroups go too
    found = find_quantities(text)
    extra = cw.lone_another(text, found)  # "killed one person and injured another"
    for q in sorted((*found, *extra), key=lambda x: x.start) if extra else found:
        if q.total is not None and (cond := total_share(text, q)) is not None:
            s, e = clause(text, q.start, cond[0], split_and=True)  # "Two of the 11 wounded were
            parts.append(_Part(q, cond[1], cond[2], s, e, True, cond[0]))  # critical"
            continue
        if q.total is not None and not _partitive(text, q):
            continue  # "Two of the 19 sailors were killed" counts the two
        if not_harmed(text, q) or cw.rescued_past_aside(text, q.end):
            skipped_end = q.end
            continue
        if skipped_end >= 0 and (
            _SUBGROUP.search(text, max(0, q.start - 40), q.start)
            or _LIST_GAP.fullmatch(text, skipped_end, q.start)
            or more.same_toll(text, skipped_end, q.start)
        ):
            noun = cw.AFTER_QTY.match(text, q.end)
            skipped_end = noun.end() if noun else q.end
            continue
        skipped_end = -1
        mains = [p for p in parts if not p.sub]
        part = _part(text, q, parts[-1] if parts else None, mains[-1] if mains else None)
        if part is not None and among_total(text, q):
            part = replace(part, group="people")  # "Two children were among the 14 wounded"
        if part is not None:
            parts.append(part)
            for b in further_places(text, q.end, part.gend):  # "two each in A, B and C"
                parts.append(_Part(q, part.group, part.kind, part.start, b, True, b))
    records: list[tuple[int, int, str, _Part | None, _Part | None]] = []
    main = -1  # index of the last record that is not a subgroup
    for part in parts:
        if part.sub and records and (records[-1][3] is None) != (records[-1][4] is None):
            s, e, group, killed, injured = records[-1]  # "..., among the injured are 18 children"
            have = killed or injured
            first = (have.sub, have.kind, have.gend, group) if have is not None else None
            second = (part.sub, part.kind, part.q.start, part.group)
            if first is not None and among.pairs(text, first, second):
                records[-1] = (s, max(e, part.end), group, killed or part, injured or part)
                continue
        if records and text[part.q.start : part.q.end].lower() == "another":
            main = len(records) - 1  # "Two of its soldiers were killed and another wounded"
        if main >= 0 and not part.sub:
            s, e, group, killed, injured = records[main]
            slot_free = injured is None if part.kind == "injured" else killed is None
            have = killed or injured
            if have is not None and more.place_item(text, have.q.end, have.gend):
                slot_free = False  # "killed two in A and one in B, and injured seven"
            if have is not None and each.apart(text, have.gend, part.gend, part.q.start):
                slot_free = False  # "killed in the Sumy region and 11 were injured in Odesa"
            if slot_free and have is not None and have.gend == have.q.end:
                group = cw.elided_group(text, have.q.end, part.q.start, group, part.group)
            if slot_free and group == part.group and not more.other_attacks(text, s, part):
                killed = part if part.kind == "killed" else killed
                injured = part if part.kind == "injured" else injured
                records[main] = (min(s, part.start), max(e, part.end), group, killed, injured)
                continue
        killed = part if part.kind == "killed" else None
        injured = part if part.kind == "injured" else None
        records.append((part.start, part.end, part.group, killed, injured))
        if not part.sub:
            main = len(records) - 1
    return records


def find(doc: Document, speakers: Speakers) -> list[Finding]:
    """Return the casualties found in doc."""
    out: list[Finding] = []
    last = -2  # sentence of the last record
    top = -1  # index of the last record that is not a subgroup
    touched = -2  # sentence whose figure completed the record before it
    cared: set[int] = set()  # offsets of figures read as "N of them in hospital"
    gated = gate(doc).casualty - lone_heads(doc)  # a headline the story restates
    for idx in sorted(gated):
        sent = doc.sentences[idx]
        text = sent.text
        if text.lstrip()[:7] == "On the " and idx > 0:
            prev = doc.sentences[idx - 1].text
            if more.other_side_of_background(text, prev, running_total):
                continue  # "On the Israeli side, ..." after a running total
        if idx > 0 and per_running_total(
            text, [doc.sentences[i].text for i in range(max(0, idx - 2), idx)], running_total
        ):
            continue  # "14,245 Palestinians were injured according to this"
        if text[-1:] not in ".!?" and headline_of_total(doc, idx, running_total):
            continue  # "+++ 07:05 +++ Iran: 224 dead since Friday" over a running total
        cause = cause_of(text)
        before, had_main = last, False  # subgroups may come first: "Three children were ..."
        records = died_later(text, _records(text))
        if not records and last == idx - 1 and (sub := them_subgroup(doc, idx, out[-1])):
            out.extend(german.listed_more(doc, idx, sub))  # "... . One of them was seriously ..."
            last = idx
        for s, e, group, killed, injured in records:
            main = killed or injured
            if main is None or sent.start + main.q.start in cared:
                continue
            fig = (main.q.start, main.q.end, main.kind, group, main.q.value)
            one_kind = killed is None or injured is None
            if (
                one_kind
                and (prior := prior_text(doc, before, idx)) is not None
                and not had_main
                and not main.sub
                and link.completes(out, top, text, fig, prior, link.same_par(doc, idx, before))
            ):
                touched = idx
                continue
            last = idx
            approx: Approx = main.q.approx
            start, end = sent.start + _places.line_start(text, s), sent.start + e
            found = Casualty(
                evidence=Evidence(doc.body[start:end], start, end),
                confidence=0.85 if killed and injured else 0.8,
                group=group,
                killed=killed.q.value if killed else None,
                injured=injured.q.value if injured else None,
                approx=approx,
                location=toll_place(doc, idx, text[s:e]),
                cause=cause,
                reported_by=None,
            )
            if touched == idx and main.sub and fold_sub(out, top, found, text, main.gend):
                continue  # "... . Another 37 people, including eight children, were injured"
            reported_by = speakers.reported_by(idx)
            out.append(found if reported_by is None else replace(found, reported_by=reported_by))
            among = main.sub or _AMONG_HARMED.search(text, s, e) is not None
            among = among or (group != "people" and bool(_OF_THE_HARMED.match(text, main.q.end)))
            top = top if among else len(out) - 1
            had_main = had_main or not among
        nxt = idx + 1
        if last == idx and nxt < len(doc.sentences) and nxt not in gated:
            sub = them_subgroup(doc, nxt, out[-1])
            if sub is not None:
                out.extend(german.listed_more(doc, nxt, sub))
                nxt += 1  # "Among them are two children ... Three people are in a serious ..."
        if last == idx and nxt < len(doc.sentences) and nxt not in gated and 0 <= top < len(out):
            done = one_more(doc, nxt, out[top])  # "... . Another soldier was seriously wounded"
            out[top] = done if done is not None else out[top]
        if idx in (last, touched) and nxt < len(doc.sentences) and 0 <= top < len(out):
            # "Two of them have been taken to hospital": the injured of the last main record
            head = out[top]
            at = past_named(doc, nxt)  # "Among the dead is the driver. The injured were ..."
            care = care_subgroups(doc, at, head) if isinstance(head, Casualty) else []
            care = max(care, german.care_split(doc, nxt, head), key=len)
            if care:
                out.extend(care)
                cared.update(c.evidence.start for c in care)
                last = nxt
    out = drop_among_restated(
        doc, drop_beside(doc, out, running_total)
    )  # "Some outlets spoke of nine dead"
    out = with_totals(doc, n25_updated(doc, mend(doc, bridged(doc, including_told_later(out)))))
    return _n28cas.revise(doc, join_gaps(doc, older_entries(doc, out, replaces)))  # ticker order

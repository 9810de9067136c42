"""Counted attacks with no interception outcome: "fired 85 rockets", "shelled the town 120 times".

A figure is a strike when a weapon or attack noun follows it and the clause
says the weapons were used (a firing verb, "there were", or the noun is itself
an attack). Attacker, target and period left unsaid are inherited from the
paragraph's previous strike, the way wire copy chains its figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.extract import _n28strike, _n31air, _places, _undergo, interceptions
from pipeline.extract._a21group import romance_group_strikes
from pipeline.extract._a21list import item_end
from pipeline.extract._a21raids import raids_counted
from pipeline.extract._airalso import outcome_of_item, past_relative
from pipeline.extract._airshare import HIT_AFTER
from pipeline.extract._casualty_bygone import dated_record
from pipeline.extract._incursion import incursion
from pipeline.extract._launchshare import share_of_report
from pipeline.extract._leftover import after_report
from pipeline.extract._n24objects import colon_tally, typed_objects
from pipeline.extract._notnews import compared
from pipeline.extract._numclause import (
    LOST_VERB,
    clause,
    period,
)
from pipeline.extract._numgate import gate
from pipeline.extract._numsource import report_source
from pipeline.extract._prec13read import not_attack
from pipeline.extract._strike18aside import place_asides
from pipeline.extract._strike18name import in_quoted_name
from pipeline.extract._strike18past import recalled_attack
from pipeline.extract._strike19front import fronted_past_share
from pipeline.extract._strike20read import fell_abroad, one_picked
from pipeline.extract._strike21twice import with_twice
from pipeline.extract._strikeback import strike_background
from pipeline.extract._strikecount import (
    elided_with,
    front_assaults,
    missile_rockets,
    recorded,
    reported_launch,
)
from pipeline.extract._strikectx import earlier_actor, paragraph_text, part_of_launch
from pipeline.extract._strikefocus import focus_assaults
from pipeline.extract._strikegroup import group_air_strikes
from pipeline.extract._strikekinds import total_item
from pipeline.extract._strikelead import list_start, since_after
from pipeline.extract._strikelist import (
    anaphoric,
    guns_listed_after,
    included_share,
    model_noun,
    named_before,
    passive_list_verb,
)
from pipeline.extract._strikeorder import (
    air_attacks,
    extra_verb,
    mask_asides,
    number_of,
    recorded_after_clashes,
    share_head,
    times_weapon,
    times_what,
    whole_year,
)
from pipeline.extract._strikepatterns import (
    _AIR_WEAPONS,
    _AS_WELL_AS,
    _ATTACK_TAIL,
    _BY_ACTOR,
    _BY_AFTER,
    _CARRIED,
    _CHAIN,
    _COPULA,
    _DELIVERED_TO,
    _DROPPED_FROM,
    _ELIDED,
    _GENERIC,
    _HEAD_MORE,
    _HIT,
    _HITS_BY,
    _MILITARY,
    _MODAL,
    _MODAL_VERB,
    _OF_ATTACKS,
    _OF_REACH,
    _OF_THOSE,
    _PASSIVE_BEFORE,
    _PLATFORMS,
    _PRONOUN,
    _PRONOUN_OBJECT,
    _RECIPIENT,
    _SHARE,
    _SHARE_FROM,
    _SHARE_LEAD,
    _VERB_WEAPON,
    _WITH_BEFORE,
    noun_after,
)
from pipeline.extract._strikeshape import (
    attack_verb,
    breakdown_item,
    bullet_item,
    combined_end,
    compound_subject,
    consequence,
    one_attack,
    subject_of,
)
from pipeline.extract._strikethrough import got_through
from pipeline.extract._strikeunder import gapped_passive, listed_times
from pipeline.extract._strikewith import launcher_rounds, weapon_list
from pipeline.extract.model import Document, Evidence, Finding, Strike, StrikeWeapon
from pipeline.extract.numbers import Quantity, find_quantities
from pipeline.extract.speakers import Speakers
from pipeline.extract.weapons import strike_weapon


@dataclass(frozen=True, slots=True)
class _Context:
    """What the paragraph's previous strike said, for figures that leave it out."""

    paragraph: int = -1
    attacker: str | None = None
    target: str | None = None
    period: str | None = None


@dataclass(frozen=True, slots=True)
class _Read:
    """One figure read as a strike (offsets into the sentence)."""

    start: int
    end: int
    noun_end: int
    weapon: StrikeWeapon
    attacker: str | None
    target: str | None
    period: str | None
    confidence: float
    chained: bool
    """True when the figure continues a list after an earlier strike's verb."""
    leftover: bool
    """ "Two drones hit ...": air weapons as the subject of a hit verb, which after an
    air-defence report are the ones that got through (part of that report)."""
    stated_target: str | None
    """The target this clause itself names (``target`` may be inherited)."""
    pronoun: bool = False
    """The subject is "they"/"it": its actor is named in an earlier sentence."""


def _strike(
    text: str,
    q: Quantity,
    ctx: _Context,
    chain_end: int | None,
    enemy: str | None = None,
    later: Sequence[Quantity] = (),
) -> _Read | None:
    """Read one figure as a strike, or None when it is not one."""
    noun_m = noun_after(text, q.end)
    share = copula = opened = False
    forced: StrikeWeapon | None = None
    # "Of those, 9 were airstrikes, 318 were drone attacks": a breakdown by kind.
    if (
        noun_m is None
        and (cop := _COPULA.match(text, q.end)) is not None
        and _OF_THOSE.search(text, max(0, q.start - _OF_REACH), q.start)
    ):
        noun_m, copula = cop, True
    if noun_m is None:
        noun_m = one_attack(text, q, later)  # "one massive strike and 37 group strikes"
    if noun_m is None:
        noun_m = _OF_ATTACKS.match(text, q.end)  # "Seven of those attacks were carried out with"
        if noun_m is not None and (
            consequence(text, noun_m.end()) or one_picked(text, q.start, q.end)
        ):
            return None  # "One of the attacks damaged a power line", "in one of the attacks"
    if noun_m is not None:
        noun, noun_end = noun_m.group("noun").lower(), noun_m.end()
        if noun in ("strike", "attack", "raid"):
            noun += "s"
    elif (named := model_noun(text, q.end)) is not None:
        noun, noun_end = named  # "fired four Iskander-M at Kharkiv"
    elif (typed := typed_objects(text, q.end)) is not None:
        noun, noun_end = typed  # "75 flying objects of the type Shahed"
    elif (back := named_before(text, q.start, q.end)) is not None:
        noun, noun_end = back  # "... with glide bombs, dropping 31 of them"
    elif (dropped := _DROPPED_FROM.match(text, q.end)) is not None:
        noun, noun_end = "drones", dropped.end()  # "dropped 14 explosive devices from drones"
    elif (elided := _ELIDED.match(text, q.end)) is not None:
        noun, noun_end = f"{elided.group('kind').lower()} strikes", elided.end("kind")
    elif (
        chain_end is not None
        and (of := _SHARE.match(text, q.end) or _SHARE_FROM.match(text, q.end)) is not None
        and _SHARE_LEAD.fullmatch(text, chain_end, q.start)
    ):
        # "112 of them with MLRS"; "including 160 from multiple-launch rocket systems"
        noun, noun_end, share = "times", of.end() if of.re is _SHARE else q.end, True
    elif elided_with(text, chain_end, q.start, q.end):
        noun, noun_end, share = "times", q.end, True  # "41 air strikes and 63 with MLRS"
    elif ctx.paragraph >= 0 and share_head(text, q.start, q.end) is not None:
        noun, noun_end, share, opened = "times", q.end, True, True  # "Among them were 77 with"
    elif (told_as := number_of(text, q.start)) is not None:
        (forced, _), noun, noun_end, opened = told_as, "attacks", q.end, True
    else:
        return None
    if noun == "times" and (named_after := times_what(text, noun_end)) is not None:
        forced, noun_end = (
            named_after  # "eleven times multiple rocket launchers and 118 times guns"
        )
    generic = noun in _GENERIC
    head = None if generic else _HEAD_MORE.match(text, noun_end)
    if head is not None:  # "Grad rockets": the last noun is the head
        noun, noun_end = head.group(1).lower(), head.end()
    if noun in _PLATFORMS or noun[-5:] == " jets" or front_assaults(text, noun, noun_end):
        return None
    told = False
    hardware = not generic  # "delivered 300 artillery shells" (not "... shelling attacks")
    if not generic and (tail := _ATTACK_TAIL.match(text, noun_end)) is not None:
        hardware = False
        noun_end = tail.end()  # "730 shelling attacks": the weapon noun modifies "attacks"
        told = recorded(text, q.start, noun_end)  # "three missile attacks ... were recorded"
    told = told or (
        noun[-9:] in ("shellings", "r attacks", "r strikes")
        and (recorded(text, q.start, noun_end) or colon_tally(text, q.start))
    )
    told = told or (hardware and reported_launch(text, q.start, noun))  # "reported 3 rockets"
    told = (
        told
        or opened
        or recorded_after_clashes(text, q.start, noun_end if generic or not hardware else -1)
    )  # "counted N clashes and"
    s, e = clause(text, q.start, noun_end, split_and=True)
    cs, ce = clause(text, q.start, noun_end)
    if outcome_of_item(text, cs, ce, q.start) or LOST_VERB.search(text, cs, ce):
        return None
    if strike_background(text, cs, ce, q.start, q.end) or dated_record(text, q.start):
        return None  # "On 13 April, two missiles struck Sumy, ..., one of the deadliest ..."
    if recalled_attack(text) or fronted_past_share(text, q.start):
        return None  # "On 13 April, two missiles struck Sumy, ..., one of the deadliest ..."
    if whole_year(text, cs, ce):
        return None  # "In the whole of 2024 Russia fired around 9.000 glide bombs"

    if compared(text, q.start) or since_after(text, ce):  # "at X, Y and Z since October 2023"
        return None  # "a rise from the 4,870 drones it sent in September": the baseline
    verb = attack_verb(text, s, e, q.start, noun_end) or extra_verb(text, s, e, q.start, noun_end)
    subject_from = s
    chained = verb is None and (
        breakdown_item(text, q.start, noun_end)
        or bullet_item(text, q.start)
        or total_item(text, q.start)  # "181 means of air attack: 3 Iskander-M ..."
    )
    chained = chained or (
        verb is None
        and chain_end is not None
        and bool(
            _CHAIN.fullmatch(text, chain_end, q.start)
            or (generic and _SHARE_LEAD.fullmatch(text, chain_end, q.start))
            or bool(_AS_WELL_AS.fullmatch(text, chain_end, q.start))
            or past_relative(text, chain_end, q.start)  # ", of which 94 were ..., as well as"
            or (not generic and included_share(text, chain_end, q.start))
        )
    )
    if verb is None and not chained and generic and anaphoric(text, q.start):
        return None  # "14 people were wounded in the two attacks": attacks told already
    if verb is None and not chained and later and not generic:
        verb = passive_list_verb(text, noun_end, later)  # "800 drones, ... were used"
    if verb is None and not chained:
        # "attacked positions and towns 57 times": the verb sits before an "and".
        verb = attack_verb(text, lead := list_start(text, cs), s, s)  # "attacked A, B and C"
        if verb is not None:
            subject_from, s = lead, verb.start()
    if verb is None and not chained and noun == "times" and (kinds := listed_times(text, q.start)):
        (verb, forced), subject_from = kinds, 0  # "came under attack by A, B and C 94 times"
        s = verb.start()
    if verb is None and not chained and not generic and (gap := gapped_passive(text, q.start)):
        verb = gap  # "... were carried out on X, and another 151 artillery strikes - on Y"
    if verb is not None and verb.group()[:5].lower() == "there":
        s = max(s, verb.start())  # existential: "In the south there were 71 attacks"
    if (
        verb is None
        and not chained
        and not copula
        and not told
        and (noun == "times" or not generic)
    ):
        return None
    if verb is not None and _CARRIED.search(text, verb.end(), q.start):
        return None
    if incursion(text, verb, cs, ce) or fell_abroad(text, verb) or not_attack(text, verb, q.start):
        return None  # "one drone had crossed from the direction of Belarus": a route
    if verb is not None and _DELIVERED_TO.match(text, verb.start()):
        return None  # "300 drones were delivered to the brigade": hardware, not attacks
    if noun[:8] == "munition" and (
        verb is None or not any(w in verb.group().lower() for w in ("drop", "fired", "firing"))
    ):
        return None  # "More than 90 munitions were dropped" / "fired 57 munitions at the
        # region"; "used 300 munitions" says less
    if (
        hardware
        and verb is not None
        and verb.group()[:7].lower() == "deliver"
        and _RECIPIENT.search(text, noun_end, min(len(text), noun_end + 60))
    ):
        return None  # "Germany delivered 300 guided munitions to Kyiv": aid, not attacks
    if verb is not None and (
        _MODAL.search(text, max(0, verb.start() - 30), verb.start())
        or (verb.end() < q.start and _MODAL_VERB.search(text, verb.end(), q.start))
    ):
        return None  # "could fire 90 missiles in a single night": no attack happened
    before_verb = (
        text[subject_from : verb.start()] if verb is not None and verb.start() < q.start else ""
    )
    if before_verb and cs < subject_from and compound_subject(text, cs, subject_from):
        before_verb = text[cs : verb.start()] if verb is not None else before_verb
    # The head noun names the weapon; a generic one ("attacks", "times") takes it
    # from a "with ..." list, then the subject ("Russian aircraft"), then the verb.
    weapon = None if generic else strike_weapon(noun)
    if not generic and (combined := combined_end(text, noun_end)) is not None:
        weapon, noun_end, e = "other", combined, max(e, combined)  # "missiles and drones"
    listed, list_end = weapon_list(text, noun_end)
    e = max(e, list_end)
    chain_from = list_end  # "47 from MLRS and 160 drone attacks", "involving MLR systems, ..."
    if weapon is None or listed == "other" or launcher_rounds(weapon, listed, text, list_end):
        weapon = listed  # "60 rounds from multiple launch rocket systems" are MLRS fire
    if weapon == "rocket" and missile_rockets(text, q.start, noun_end):
        weapon = "missile"  # "three rockets of the type Iskander-M"
    if share and weapon is None:
        return None  # "112 of them" names no weapon of its own
    if weapon is None and verb is not None and verb.end() <= q.start:
        mid = _WITH_BEFORE.search(text, s, q.start)
        what = mid.group("what") if mid is not None else ""
        if " of the type " in what:
            what = what[: what.index(" of the type ")]  # "with rockets of the type Grad"
        weapon = strike_weapon(what) if what else None
        own = " times" not in text[cs:s]  # "... 12 times and attacked it with drones 7 times"
        if weapon is not None and cs < s and own and _PRONOUN_OBJECT.match(text, verb.end()):
            # "shelled Nikopol with artillery and struck it with drones 17 times": the
            # count closes both verb phrases on one target, so it takes both weapons.
            weapon = strike_weapon(text[cs : q.start]) or weapon
    if weapon is None and noun == "times":  # "fired artillery 143 times", "118 times guns"
        weapon = times_weapon(text, s, e, q.start, noun_end, verb.end() if verb else None)
    if weapon is None:
        weapon = strike_weapon(subject_of(before_verb))
    if weapon is None and air_attacks(subject_of(before_verb), text[q.start : noun_end]):
        weapon = "airstrike"  # "The air force attacked 14 times", "26 aerial attacks"
    weapon = forced or weapon
    if weapon is None and verb is not None:
        stem = verb.group().lower()[:5]
        # "fired ... 3,906 times, 84 of them with MLRS" names no weapon for the total: it
        # stays ``other`` beside the launcher share (the ``dev_numeric36`` call)
        weapon = next((w for k, w in _VERB_WEAPON.items() if stem.startswith(k)), None)
    if (
        weapon == "rocket"
        and noun.startswith("projectile")
        and verb is not None
        and verb.group().lower().startswith("shell")
    ):
        weapon = "artillery"  # "was shelled with 23 projectiles": rounds from guns
    if noun == "raids" and weapon is None:
        if not (_MILITARY.search(before_verb) or _places.last_actor(before_verb)):
            return None
        weapon = "airstrike"
    passive = (
        verb is not None
        and _BY_AFTER.match(text, verb.end()) is not None
        and _PASSIVE_BEFORE.search(text, max(0, verb.start() - 20), verb.start()) is not None
    )
    subject = "" if passive else before_verb
    attacker = _places.last_actor(subject) or _places.first_actor(text[q.end : noun_end])
    if attacker is None:
        by = _BY_ACTOR.search(text, noun_end, e)
        attacker = _places.actor(by.group(1)) if by else None
    if attacker is None and enemy is not None and _places.names_enemy(subject):
        attacker = enemy
    victim = _undergo.undergone(subject)  # "Ukraine suffered an attack with 115 drones"
    if victim is not None and attacker == victim:
        attacker = None
    span = text[verb.start() if verb is not None else q.start : e]
    target = (
        _places.target(span)
        or _places.capital_of(span, attacker or ctx.attacker)
        or (_places.place_in(before_verb) if passive else None)
        or _places.named_target(span)
        or victim
    )
    if target is not None and target == attacker:
        target = None
    stated_target = target
    when = period(text, s, e) or period(text)
    if ctx.paragraph >= 0:
        attacker = attacker or ctx.attacker
        target = target or ctx.target
        when = when or ctx.period
    confidence = 0.85 if verb is not None else (0.8 if chained else 0.7)
    leftover = weapon in _AIR_WEAPONS and (
        (
            verb is not None
            and _HIT.match(verb.group()) is not None
            and (verb.start() >= noun_end or _HITS_BY.match(text, verb.start()) is not None)
        )
        or HIT_AFTER.match(text, noun_end) is not None  # "25 drones reached their targets"
        or got_through(text, noun_end)  # "One drone that got through set fire to ..."
    )
    return _Read(
        s, e, chain_from, weapon or "other", attacker, target, when, confidence, chained,
        leftover, stated_target, attacker is None and bool(_PRONOUN.search(subject)),
    )  # fmt: skip


def find(doc: Document, speakers: Speakers) -> list[Finding]:
    """Return the strikes found in doc."""
    out: list[Finding] = []
    consumed: frozenset[int] | None = None
    ctx = _Context()
    enemy: tuple[str | None] | None = None
    for idx in sorted(gate(doc).strike):
        sent = doc.sentences[idx]
        text = place_asides(mask_asides(sent.text))  # "attacked, according to the air
        # force, with 73 drones"; "struck the port of X, near Odesa, with four missiles"
        if sent.paragraph != ctx.paragraph:
            ctx = _Context()
            enemy = None
        chain_end: int | None = None
        chain: list[int] = []  # indices into ``out`` of one listed series of strikes
        quantities = with_twice(text, find_quantities(text))  # "and twice with MLRS"
        prev_taken = False
        for qi, q in enumerate(quantities):
            if q.total is not None or in_quoted_name(text, q.num_start, q.end):
                prev_taken = False  # "a «Palestine 2» missile": the figure is a name's
                continue
            if consumed is None:
                consumed = interceptions.consumed_launches(doc)
            if share_of_report(text, quantities, qi, prev_taken):
                continue  # "45 missiles, including 8 Iskander missiles" of a report
            taken = sent.start + q.num_start in consumed
            prev_taken = taken
            if taken and qi + 1 == len(quantities):
                continue  # a report's launch that no later figure of the list follows
            if enemy is None and _places.names_enemy(text):
                enemy = (_places.enemy_of(paragraph_text(doc, idx)),)
            read = _strike(
                text, q, ctx, chain_end, enemy[0] if enemy else None, quantities[qi + 1 :]
            )
            if read is not None and taken:
                # an air-defence report's launch still opens a list
                chain_end = item_end(text, read.noun_end)
                continue  # ("struck with 4 Kinzhal ..., 2 Iskander-M, 12 Kalibr ...")
            if read is None or taken:
                continue
            if read.weapon == "other" and focus_assaults(doc, idx, text):
                continue  # "... around Pokrowsk. There alone, the Russians attacked 63 times"
            if read.leftover and after_report(doc, idx, read.attacker, read.weapon):
                continue
            if read.leftover and part_of_launch(out, idx, doc, read.weapon, q.value):
                continue  # "fired three missiles ..., adding that one missile struck the vessel"
            if read.weapon == "other" and (
                group_air_strikes(text, q.end) or romance_group_strikes(text, q.end)
            ):
                read = replace(read, weapon="airstrike")  # "14 strikes on Huthi targets"
            if read.pronoun:
                read = replace(read, attacker=earlier_actor(doc, idx))
            if read.weapon == "rocket" and guns_listed_after(doc, idx, text[q.end : read.noun_end]):
                read = replace(read, weapon="other")  # "510 projectiles ... Mortars, tanks ..."
            chain_end = item_end(text, read.noun_end)  # "... of the type Kh-101 and two"
            ctx = _Context(sent.paragraph, read.attacker, read.target, read.period)
            start, end = sent.start + read.start, sent.start + read.end
            strike = Strike(
                evidence=Evidence(doc.body[start:end], start, end),
                confidence=read.confidence,
                attacker=read.attacker,
                target=read.target,
                weapon=read.weapon,
                count=q.value,
                approx=q.approx,
                period=read.period,
                reported_by=None,
            )
            reported_by = report_source(doc, idx, speakers) or speakers.reported_by(idx)
            out.append(strike if reported_by is None else replace(strike, reported_by=reported_by))
            chain = [*chain, len(out) - 1] if read.chained else [len(out) - 1]
            if read.stated_target is not None:
                # "launched 1,300 drones, 1,200 glide bombs and 9 missiles against Ukraine":
                # the target closing a list belongs to every figure in it.
                for j in chain[:-1]:
                    prev = out[j]
                    if isinstance(prev, Strike) and prev.target != read.stated_target:
                        out[j] = replace(prev, target=read.stated_target)
    for idx, raid in raids_counted(doc, [s for s in out if isinstance(s, Strike)]):
        by = report_source(doc, idx, speakers) or speakers.reported_by(idx)  # "the raids were 12"
        out.append(raid if by is None else replace(raid, reported_by=by))
    return _n31air.drop_strikes(doc, _n28strike.revise(doc, out))

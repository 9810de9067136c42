"""Air-defence reports: how many drones or missiles came in, how many were shot down.

A report is often split over two clauses or sentences ("Russia launched 90
drones overnight. Air defence destroyed 62 of them."), so mentions are read
per sentence and then paired within a paragraph: each shoot-down figure takes
the nearest earlier launch figure of the same weapon. Launch figures consumed
this way are not strikes; :func:`consumed_launches` tells the strikes detector
which ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract import _n28air, _n31air
from pipeline.extract._a21claim import pair_claims
from pipeline.extract._a21fronts import class_launch, largest_share, plain_fronts
from pipeline.extract._a21those import those_launched
from pipeline.extract._a21ticker import participle_launches
from pipeline.extract._a21zero import denied_any
from pipeline.extract._a22air import arrival_sentences, sentence_readings, whole_before_part
from pipeline.extract._air18read import romance_order
from pipeline.extract._air20read import own_fronts
from pipeline.extract._air20shares import listed_shares
from pipeline.extract._air20verbs import recalled_when
from pipeline.extract._air21missed import missed_share
from pipeline.extract._air21shares import same_sentence
from pipeline.extract._airapprox import own_side_free, report_approx
from pipeline.extract._airarrive import arrived_next, arrived_of, arrived_share
from pipeline.extract._airbroken import breakdown_next
from pipeline.extract._airclass import same_class
from pipeline.extract._aircontext import context_model, context_place, context_weapon
from pipeline.extract._aircorrected import drop_corrected
from pipeline.extract._aireach import other_places
from pipeline.extract._airgenericnext import generic_next
from pipeline.extract._airkinds import kinds_after_total, subtypes_inside
from pipeline.extract._airlast import figure_last
from pipeline.extract._airmention import Mention, read
from pipeline.extract._airmixed import fired_apart, mixed_total_back
from pipeline.extract._airnight import beside_report as _beside_report
from pipeline.extract._airnight import other_night
from pipeline.extract._airnotone import zero_not_one
from pipeline.extract._airobjects import objects_launch, refine_vague
from pipeline.extract._airpair import (
    breaks_down,
    broken_down,
    completes,
    named_kinds,
    stated_totals,
)
from pipeline.extract._airplace import elsewhere, other_scene
from pipeline.extract._airrelative import announced
from pipeline.extract._airsplit import total_after_share
from pipeline.extract._airsum import summed_total
from pipeline.extract._airthe import definite_outcomes
from pipeline.extract._airtotal import (
    among_launches,
    downed_number,
    heading_share,
    list_line,
    region_shares,
    total_at,
)
from pipeline.extract._airwhole import share_back
from pipeline.extract._carry import carried_launch, one_kind, referred
from pipeline.extract._n26after import relative_launch
from pipeline.extract._notnews import compared
from pipeline.extract._numback import background
from pipeline.extract._numclause import LOST_VERB, extend_to_sentence_end
from pipeline.extract._numgate import gate
from pipeline.extract._numsource import report_source
from pipeline.extract._oldreport import old_report
from pipeline.extract._perdoc import per_document
from pipeline.extract._prec13read import drill_or_rate
from pipeline.extract._salvo import (
    all_but,
    all_but_outcome,
    all_targets_of,
    answered_launch,
    in_aside,
    not_downed,
    whole_launch,
    whole_salvo,
)
from pipeline.extract.model import Document, Evidence, Finding, Interception
from pipeline.extract.speakers import Speakers


@dataclass(frozen=True, slots=True)
class _Report:
    found: tuple[Interception, ...]
    sentences: tuple[int, ...]
    consumed: frozenset[int]
    outcomes: frozenset[int]
    """Sentences stating a shoot-down figure."""


def _evidence(doc: Document, first: Mention, last: Mention) -> Evidence:
    start = min(first.start, last.start)
    end = max(first.end, last.end)
    sent = doc.sentences[last.sent]
    end = sent.start + extend_to_sentence_end(sent.text, end - sent.start)
    return Evidence(doc.body[start:end], start, end)


def _same_family(a: str | None, b: str | None) -> bool:
    """True when two model names are one family ("Iskander" and "Iskander-M")."""
    return a is not None and b is not None and (a.startswith(b) or b.startswith(a))


@per_document
def _analyse(doc: Document) -> _Report:
    """All interceptions of ``doc`` plus the launch figures they consumed."""
    found: list[Interception] = []
    sent_of: list[int] = []
    own_place: list[bool] = []
    """Whether each outcome named a place of its own ("over the Kyiv region, 20 ...")."""
    consumed: set[int] = set()
    para = -1
    pending: list[Mention] = []
    report_sents: set[int] = set()
    """Sentences holding a combined ("mixed") shoot-down figure."""
    outcome_sents: set[int] = set()
    stale: list[Mention] = []
    """Launches no nearby outcome took: a later "35 of the missiles" may still refer back."""
    vague: list[Mention] = []
    """Outcomes without a number and no launch yet ("Most of the projectiles were ...")."""
    paired: list[Mention] = []
    """Launches an outcome answered (a breakdown's parts, see :func:`_broken_down`)."""

    def flush(before: int | None = None) -> None:
        """Settle launches too old to pair (all of them at a paragraph end).

        A launch next to a combined total ("49 air attack assets were
        neutralised") is one of that report's per-weapon figures; any other is
        left to the strikes detector.
        """
        expired = [c for c in pending if before is None or c.sent < before]
        for launch in expired:
            pending.remove(launch)
            if {launch.sent, launch.sent + 1, launch.sent + 2} & report_sents:
                _emit(launch, None, launch)
            else:
                stale.append(launch)
        if before is None:
            report_sents.clear()
            vague.clear()

    def _emit(m: Mention, launch: Mention | None, first: Mention) -> None:
        weapon = m.weapon or (launch.weapon if launch else None)
        if weapon is None:
            weapon = context_weapon(doc, m.sent)
        if weapon is None:
            return
        if (
            m.role == "intercept"
            and not m.all
            and m.value is None
            and launch is None
            and m.total is None
        ):
            # "shot down most of them" with no launch figure: nothing counted, no report.
            # With one ("fired 200 missiles; most were intercepted") the outcome is
            # stated, so it is an interception with its launch figure only.
            return
        launched = m.total if m.total is not None else (launch.value if launch else None)
        if m.role == "launch":
            intercepted, launched = None, m.value
        elif m.all and m.value is None:
            intercepted = launched
        else:
            intercepted = m.value
        if m.all and m.value is not None and launched is None:
            launched = m.value
        if launched is None and m.implied is not None:
            launched = m.implied  # "Two missiles struck ...; neither was intercepted"
        # "three Kh-59 launched ... three Kh-59 shot down" is all of them, said or not.
        every = m.all or (
            m.role == "intercept" and launched is not None and intercepted == launched
        )
        model = m.model or (launch.model if launch else None)
        if model is None and weapon != "mixed":
            model = context_model(doc, m.sent, weapon)
        location = m.location or (launch.location if launch else None)
        if location is None:  # "spoke of 100 Ukrainian drones destroyed": not over Ukraine
            location = own_side_free(context_place(doc, m.sent, m.end), m.owner)
        if m.role == "launch":
            confidence = 0.6
        elif m.total is not None or launch is not None:
            confidence = 0.9
        else:
            confidence = 0.8 if m.all else 0.75
        found.append(
            Interception(
                evidence=_evidence(doc, first, m),
                confidence=confidence,
                weapon=weapon,
                weapon_model=model,
                launched=launched,
                intercepted=intercepted,
                all_intercepted=every,
                approx=report_approx(
                    launch.approx if launch else None, m.approx, m.role, intercepted
                ),
                location=location,
                reported_by=None,
            )
        )
        sent_of.append(m.sent)
        own_place.append(m.location is not None or m.part)
        for second in other_places(doc, m):  # "one drone each in A and in B"
            found.append(replace(found[-1], location=second))
            sent_of.append(m.sent)
            own_place.append(True)
        if m.role == "intercept":
            outcome_sents.add(m.sent)
            if weapon == "mixed":
                report_sents.add(m.sent)
        consumed.add(m.num_start)
        if launch is not None:
            consumed.add(launch.num_start)
            if launch is not m:
                paired.append(launch)

    for idx in sorted(gate(doc).air | arrival_sentences(doc, gate(doc).air)):
        sent = doc.sentences[idx]
        if sent.paragraph != para:
            flush()
            para = sent.paragraph
        if pending:
            flush(before=idx - 2)
        last_outcome: Mention | None = None
        mentions = [not_downed(doc, whole_salvo(doc, m)) for m in read(idx, sent)]
        mentions = [
            missed_share(arrived_share(m, sent), sent) for m in mentions if not in_aside(doc, m)
        ]
        mentions = sentence_readings(idx, sent, mentions)  # h_air22: shares, zeros, models
        mentions = figure_last(idx, sent, mentions)  # "of the 42 missiles ... bring down 18"
        mentions = denied_any(sent, zero_not_one(sent, mentions))  # "not one", "not ... any of"
        mentions = definite_outcomes(idx, sent, mentions)  # "could all four be destroyed"
        mentions = romance_order(doc, idx, sent, mentions)  # "all the 7 drones", "out of 12 and"
        mentions = fired_apart(doc.body, mentions)  # "fired 57 munitions ... and launched 94"
        mentions = plain_fronts(sent, own_fronts(sent, mentions))  # "; of the 460 drones, 437"
        mentions = relative_launch(sent, those_launched(sent, mentions))  # "..., which detected 60"
        mentions = largest_share(
            sent, participle_launches(sent, mentions), found[-1].weapon if found else None
        )
        mentions += total_at(idx, sent, frozenset(m.num_start for m in mentions))
        mentions += downed_number(idx, sent, frozenset(m.num_start for m in mentions))
        if not mentions and found and sent_of[-1] == idx - 1:
            mentions = among_launches(idx, sent, found[-1].launched, _after(doc, idx))
        if not mentions and (combined := [c for c in pending if c.sent == idx - 1]):
            mentions = among_launches(idx, sent, combined[-1].value, _after(doc, idx))
        if not mentions:  # "Russia launched 213 drones. Only one reached its target."
            mentions = arrived_next(idx, sent, pending) or arrived_of(idx, sent)
        if "lost" in sent.text and LOST_VERB.search(sent.text):
            outcome_sents.add(idx)  # "17 drones were lost locally": the report's outcome too
        if found and not mentions and any(0 < idx - o <= 3 for o in outcome_sents):
            mentions = heading_share(idx, sent, found[-1].weapon)  # "nine ... toward Moscow"
            placed = found[-1].location is not None or list_line(sent.text)
            if not mentions and (sent_of[-1] == idx - 1 or (placed and sent_of[-1] == idx - 2)):
                mentions = region_shares(idx, sent, found[-1].weapon)  # "It listed nine over X"
            if not mentions and sent_of[-1] == idx - 1:  # "The breakdown: Bryansk 41, Kursk 29"
                mentions = listed_shares(idx, sent, found[-1].weapon)
        mentions += same_sentence(idx, sent, mentions, found[-1].weapon if found else None)
        buts = all_but(doc, idx)
        if buts:  # "all but three of them": the three are the misses, not a shoot-down
            mentions = [m for m in mentions if not any(s <= m.num_start < e for s, e, _ in buts)]
        # "shot down 186 drones out of 194": a launch stated after its outcome goes first.
        mentions = [m for m in mentions if m.ahead] + [m for m in mentions if not m.ahead]
        for m in mentions:
            if other_night(sent.text) and _beside_report(doc, idx, outcome_sents):
                consumed.add(m.num_start)  # "The night before, Russia had attacked with ..."
                # beside tonight's report: another night's figures, neither event nor strike
                continue
            if (
                background(sent.text, m.start - sent.start, m.end - sent.start)
                or compared(sent.text, m.num_start - sent.start)
                or old_report(sent.text)  # "Last week, the ministry had reported ..."
                or recalled_when(sent.text, m.num_start - sent.start)  # "the episode of May, when"
                or drill_or_rate(sent.text, m.num_start - sent.start)  # "in a test", "can"
            ):
                continue  # "60,000 drones since the start of the operation": a running total
            if (
                m.role == "intercept"
                and m.breakdown
                and breaks_down(m, last_outcome)
                and (m.location is None or not m.part)  # "..., of which 19 over X": a region's
            ):
                continue  # "neutralised 117 drones, of which 98 were shot down and 19 ..."
            if m.role == "intercept":
                last_outcome = m
            if m.role == "launch":
                if (
                    vague
                    and vague[-1].sent >= idx - 1
                    and vague[-1].weapon in (None, m.weapon)
                    and not other_scene(doc, vague[-1].sent, idx)  # "most ... over Kyiv. In
                    # the Odesa region, Russia sent 30 drones": another attack
                ):
                    _emit(vague.pop(), m, m)  # "Most were intercepted ... 30 rockets were fired"
                elif m.ahead or (  # "shot down 42 ... out of the 86 launched": its own
                    not completes(found, sent_of, m, own_place, sent.text, m.num_start - sent.start)
                    and not announced(doc, found, sent_of, own_place, m)
                ):
                    pending.append(m)
                else:
                    consumed.add(m.num_start)
                continue
            if m.total is not None or m.part:
                # "Seven of the nine were intercepted": the nine launched are this report's.
                twin = [c for c in pending if c.value == m.total and m.weapon in (None, c.weapon)]
                if m.total is not None and twin:
                    pending.remove(twin[-1])
                    consumed.add(twin[-1].num_start)
                elif m.total is not None and m.weapon is not None:
                    # "Two of the three drones", paragraphs after "fired ... three drones"
                    old = [c for c in stale if c.value == m.total and c.weapon == m.weapon]
                    if old:
                        stale.remove(old[-1])
                        consumed.add(old[-1].num_start)
                _emit(m, None, m)
                continue
            window = [c for c in pending if c.sent >= idx - 2]
            # "35 drones ...; destroyed all targets": every named launch went down.
            # So is "All ten targets were shot down" after "fired ten cruise missiles".
            mixed_all = m.all and m.weapon == "mixed"
            if mixed_all and m.value is not None:
                mixed_all = m.value == sum(c.value or 0 for c in window)
            if mixed_all and window and all(c.weapon != "mixed" for c in window):
                m = replace(m, weapon=None, value=None)
            each = [c for c in window if c.weapon == m.weapon] if m.all and m.value else []
            if len(each) > 1 and sum(c.value or 0 for c in each) == m.value:
                matched, m = each, replace(m, value=None)  # "six ballistic and four cruise
                # missiles ... all ten missiles were intercepted": all of each
            elif m.weapon is None and (
                m.all or m.value is None or (m.value == 0 and m.implied is None)
            ):
                matched = window  # "all were destroyed", "none ...", "most of them": every launch
            else:
                if m.weapon == "mixed" and not m.all and one_kind(window, named_kinds(doc, window)):
                    m = replace(m, weapon=window[0].weapon)  # "145 drones ... 85 targets"
                same = [
                    c
                    for c in window
                    if (m.weapon is None or c.weapon == m.weapon)
                    and (c.value is None or m.value is None or c.value >= m.value)
                    and not elsewhere(doc, m, c)  # "100 at Port Sudan ... 14 over Kassala"
                ]
                # "launched 89 drones and missiles ...; 76 of them were destroyed": a
                # figure naming no weapon is a share of the stated combined total.
                mixed = [c for c in same if c.weapon == "mixed"] if m.weapon is None else []
                # "7 Iskander-M and 3 Kh-59 ... shot down 2 Iskander-M and 3 Kh-59": a
                # figure naming a model takes that model's launch, not merely the nearest.
                model = [c for c in same if _same_family(m.model, c.model)]
                if not model and m.weapon == "missile" and len(same) > 1:  # "three of the
                    model = [c for c in same if same_class(doc.body, m.num_start, c.num_start)]
                # "six missiles of the type Kinzhal, of which four were shot down": the
                # "of which" is the launch of its own sentence, model or not.
                own = m.breakdown and any(
                    c.sent == m.sent and c.num_start < m.num_start for c in same
                )
                if (
                    m.model is None
                    and not model
                    and not own
                    and any(c.model is None for c in same)
                    and not _CLASSED.search(doc.body, max(0, m.start - 40), m.end)
                ):
                    same = [c for c in same if c.model is None]  # "18 missiles" takes the
                    # "30 missiles", not the "20 of them Kh-101" inside it
                matched = (mixed or model or same)[-1:]  # ballistic missiles"
                if matched and m.value is None and not m.all and not mixed and not model:
                    # "18 projectiles crossed ..., while 30 ... Some were intercepted": each
                    matched = [c for c in same if c.sent == matched[0].sent]
            for launch in matched:
                pending.remove(launch)
                # "three drones ... Of the two UAVs deployed, one was intercepted": one of three.
                if (whole := whole_launch(doc, launch, pending)) is not None:
                    pending.remove(whole)
                    consumed.add(launch.num_start)
                    launch = whole
                _emit(m, launch, launch)
            if not matched and (earlier := all_targets_of(m, stale)) is not None:
                stale.remove(earlier)
                _emit(replace(m, weapon=None, value=None), earlier, earlier)
            elif not matched and not m.all and m.value is None and m.implied is None:
                if (earlier := share_back(doc, m, stale)) is None:
                    vague.append(m)
                else:  # "fired about ten missiles" ... "shot down some of the missiles"
                    stale.remove(earlier)
                    _emit(m, earlier, earlier)
            elif not matched and (m.value is not None or m.all):
                if (crossed := objects_launch(doc, m, pending + stale)) is not None:
                    (pending if crossed in pending else stale).remove(crossed)
                    _emit(m, crossed, crossed)  # "19 objects ... four of the drones"
                    continue
                if (vague_at := refine_vague(doc, m, found)) is not None:
                    found[vague_at] = replace(
                        found[vague_at], weapon=m.weapon or "drone", intercepted=m.value
                    )  # "19 objects ... Several of them had been shot down ... four of the drones"
                    continue
                if (one := generic_next(doc, m, stale)) is not None:
                    stale.remove(one)  # "145 drones ..." / "85 flying objects were shot down"
                    _emit(replace(m, weapon=one.weapon), one, one)
                    continue
                # "151 drones and missiles" ... "124 of the targets" a paragraph later
                earlier = (
                    class_launch(doc.body, m, stale)  # "Of the missiles, only three"
                    or referred(m, stale)
                    or _carried_over(doc, m, stale, mentions)
                    or mixed_total_back(sent.text, m, stale, pending, gate(doc).air)
                )
                earlier = whole_before_part(doc.body, m, stale, earlier)  # "22 missiles, among"
                if earlier is None and m.needs_launch:
                    continue  # "the drones were shot down" with no counted drones before it
                if earlier is not None:
                    stale.remove(earlier)
                _emit(m, earlier, m)
        for start, end, n in buts:
            if (answered := answered_launch(idx, n, pending, stale)) is not None:
                (pending if answered in pending else stale).remove(answered)
                _emit(all_but_outcome(answered, idx, start, end, n), answered, answered)
    flush()
    pair_claims(doc, found, sent_of, stale, consumed)  # "shot down two drones" ... claimed four
    for total in stated_totals(stale, found, sent_of, paired):  # "a total of 174 means of air
        stale.remove(total)  # attack ... 121 drones and 19 cruise missiles shot down": the
        _emit(total, None, total)  # stated combined total is a record of its own
    consumed.update(c.num_start for c in stale if broken_down(c, paired))
    total_after_share(doc, found, sent_of, own_place)  # "over Kyiv, 20 ... In total, 58"
    summed_total(doc, found, sent_of, consumed)  # "... In total, 86 air targets"
    breakdown_next(doc, found, sent_of, own_place)  # "of them 420 drones ... Broken down, 396"
    subtypes_inside(doc, found, sent_of, own_place)  # "28 missiles, among them nine Kinzhal"
    consumed.update(kinds_after_total(doc, found, sent_of))  # "421 targets ... Broken down,
    # these were 402 drones and 19 missiles"
    return _Report(tuple(found), tuple(sent_of), frozenset(consumed), frozenset(outcome_sents))


_CLASSED = re.compile(r"ballistic|cruise|guided|anti-aircraft|aeroballistic", re.IGNORECASE)
"""A class word in an outcome ("of the ballistic missiles, two"): the class's launch."""


def _after(doc: Document, idx: int) -> str:
    """The two sentences after sentence ``idx`` ("Among them were ..." and its outcome)."""
    return " ".join(s.text for s in doc.sentences[idx + 1 : idx + 3])


def _carried_over(
    doc: Document, m: Mention, stale: list[Mention], siblings: list[Mention]
) -> Mention | None:
    """The launch in the previous paragraph a shoot-down figure answers, if any.

    Wire copy often gives the launch and the outcome paragraphs of their own ("The
    Houthis fired 18 missiles ..." then "Eleven of them were shot down ..."), or
    restates the launch figure as the shoot-down ("23 drones attacked six oblasts" then
    "23 drones were intercepted"). See :mod:`pipeline.extract._carry`.
    """
    if m.role != "intercept" or m.value is None or not stale:
        return None
    weapon = m.weapon or (context_weapon(doc, m.sent) if m.backref else None)
    return carried_launch(doc, m, weapon, stale, siblings)


def consumed_launches(doc: Document) -> frozenset[int]:
    """Offsets of figures that belong to an air-defence report (never strikes)."""
    return _analyse(doc).consumed


def outcome_sentences(doc: Document) -> frozenset[int]:
    """Indices of sentences that report how many air weapons were shot down."""
    return _analyse(doc).outcomes


def find(doc: Document, speakers: Speakers) -> list[Finding]:
    """Return the interceptions found in doc."""
    report = _analyse(doc)
    out: list[Finding] = []
    for found, idx in zip(report.found, report.sentences, strict=True):
        reported_by = report_source(doc, idx, speakers) or speakers.reported_by(idx)
        out.append(found if reported_by is None else _with_reporter(found, reported_by))
    return _n31air.revise(doc, _n28air.revise(doc, speakers, drop_corrected(doc, out)))


def _with_reporter(found: Interception, reported_by: str) -> Interception:
    return replace(found, reported_by=reported_by)

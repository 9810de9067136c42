"""A stated combined total told as a tally: "putting the total number of air targets
neutralised at 429 out of 488".

The figure stands after its noun and verb (the reverse of "shot down 429 air
targets"), so :mod:`pipeline.extract._airmention`, which reads the noun after a
figure, never sees it. The README counts a stated total as one more interception
with ``weapon: mixed`` next to the per-weapon ones.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmention import Mention
from pipeline.extract._airmodel import model_after, model_in
from pipeline.extract._airnoun import AFTER_QTY, weapon_of
from pipeline.extract._airregion import REGION, region_name
from pipeline.extract._airrole import Role
from pipeline.extract.model import InterceptWeapon, Sentence
from pipeline.extract.numbers import Quantity, find_quantities

_TOTAL_AT = re.compile(
    r"\btotal\s+(?:number\s+)?of\s+(?:enemy\s+)?(?:(?:air|aerial)\s+(?:attack\s+)?)?"
    r"(?:targets|objects|assets|weapons|means\s+of\s+(?:air\s+)?attack)\s+"
    r"(?:(?:that\s+were|were)\s+)?(?:neutrali[sz]ed|downed|destroyed|shot\s+down|intercepted)"
    r"\s+(?:at|to)\s+$",
    re.IGNORECASE,
)


def total_at(idx: int, sent: Sentence, taken: frozenset[int]) -> list[Mention]:
    """The "total ... neutralised at N (out of M)" figures of one sentence, as mixed
    outcomes; ``taken`` holds the absolute offsets of figures already read."""
    text = sent.text
    if "total" not in text.lower():
        return []
    out: list[Mention] = []
    for q in find_quantities(text):
        if sent.start + q.num_start in taken or q.value is None:
            continue
        head = _TOTAL_AT.search(text, max(0, q.start - 120), q.start)
        if head is None:
            continue
        out.append(
            Mention(
                sent=idx,
                start=sent.start + head.start(),
                end=sent.start + q.end,
                num_start=sent.start + q.num_start,
                value=q.value,
                total=q.total,
                all=False,
                approx=q.approx,
                weapon="mixed",
                role="intercept",
                location=None,
                model=None,
            )
        )
    return out


# "Sobyanin said that nine of the drones had been flying toward the capital": a city's
# own share of the shoot-down just reported, told by where the drones were heading.
_HEADING = re.compile(
    r"\s+of\s+(?:the\s+|these\s+|those\s+)?(?:(?:enemy|hostile|ukrainian|russian|attack)\s+)?"
    r"(?P<noun>drones|uavs|unmanned\s+aerial\s+vehicles|missiles|them)\s+"
    r"(?:(?:had\s+been|were|was)\s+)?(?:flying|heading|headed|moving)\s+"
    r"(?:toward|towards|for|to)\s+(?P<place>the\s+capital|the\s+city|(?-i:[A-Z])[\w'’-]+)",
    re.IGNORECASE,
)


def heading_share(idx: int, sent: Sentence, weapon: str | None) -> list[Mention]:
    """The "N of the drones had been flying toward <city>" shares of one sentence, read as
    shoot-downs of ``weapon`` (the outcome just reported) at that place.

    Only called right after a shoot-down report: after a launch alone, "nine of them were
    flying toward Kyiv" says nothing of an outcome.
    """
    text = sent.text
    if weapon not in ("drone", "missile") or " of " not in text:
        return []
    out: list[Mention] = []
    for q in find_quantities(text):
        m = _HEADING.match(text, q.end)
        if m is None or q.value is None or q.total is not None:
            continue
        noun = m.group("noun").lower()
        if noun != "them" and (noun[0] == "m") != (weapon == "missile"):
            continue
        place = m.group("place")
        location = None if place[:4].lower() == "the " else place
        out.append(_share(idx, sent, q, m.end(), weapon, location))
    return out


def _share(
    idx: int, sent: Sentence, q: Quantity, end: int, weapon: str | None, location: str | None
) -> Mention:
    """One shoot-down share of ``weapon`` read from ``sent.text[q.start:end]``."""
    kind: InterceptWeapon = "drone" if weapon == "drone" else "missile"
    return figure_mention(idx, sent, q, (q.start, end), kind, "intercept", location, part=True)


def figure_mention(
    idx: int,
    sent: Sentence,
    q: Quantity,
    span: tuple[int, int],
    weapon: InterceptWeapon,
    role: Role,
    location: str | None = None,
    part: bool = False,
) -> Mention:
    """The mention of figure ``q`` of ``sent``, its evidence the sentence-relative ``span``."""
    return Mention(
        sent=idx,
        start=sent.start + span[0],
        end=sent.start + span[1],
        num_start=sent.start + q.num_start,
        value=q.value,
        total=None,
        all=False,
        approx=q.approx,
        weapon=weapon,
        role=role,
        location=location,
        model=None,
        part=part,
    )


# A list line of a ministry bulletin: "8 – over the territory of the Kursk region,".
_LIST_LINE = re.compile(r"\s*\d[\d,]*\s*[-–—]\s*(?:over|above)\b")


def list_line(text: str) -> bool:
    """True for a bulletin's per-region list line, which shares the report above it even
    when that report named no place."""
    return _LIST_LINE.match(text) is not None


# "It listed nine over the Moscow region and six over Crimea": the list goes on.
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+|as\s+well\s+as\s+)?$", re.IGNORECASE)
# "... and 17 drones over the waters of the Black Sea": the noun said again in the list.
# So is the copula of translated copy: "40 of them were over the Bryansk region".
_NOUN = re.compile(
    r"\s+(?:drones|uavs|missiles|(?:of\s+(?:them|these|those)\s+)?(?:were|was))"
    r"(?=\s+(?:over|above)\b)",
    re.IGNORECASE,
)
# What may follow the last share: the end, or an attribution ("..., the ministry said.").
_TAIL = re.compile(
    r"\s*(?:,\s*[^.;:]{0,60}?\b(?:said|added|reported|wrote|stated)\b[^.;:]{0,40})?[.;,]?[\s\"”]*",
    re.IGNORECASE,
)


def region_shares(idx: int, sent: Sentence, weapon: str | None) -> list[Mention]:
    """The "N over <region>" figures of a sentence that carries on the previous
    sentence's per-region shoot-down list with no verb of its own, read as more shares
    of ``weapon``. Every figure must be such a share (joined by "and"/commas), else the
    sentence says something else and gives none."""
    text = sent.text
    if weapon not in ("drone", "missile") or " over " not in text:
        return []
    out: list[Mention] = []
    prev_end = -1
    line = list_line(text)
    for q in find_quantities(text):
        noun = _NOUN.match(text, q.end)
        m = REGION.match(text, noun.end() if noun else q.end)
        if line and out:
            return out  # "3 – over the Moscow region, including 2 flying toward Moscow,"
        if m is None or q.value is None or q.total is not None or q.all:
            return []
        if m.group().lstrip(" -–—")[:4].lower() not in ("over", "abov"):
            return []
        if prev_end >= 0 and _LIST_JOIN.fullmatch(text, prev_end, q.start) is None:
            return []
        prev_end = m.end()
        out.append(_share(idx, sent, q, m.end(), weapon, region_name(m.group())))
    if out and _TAIL.fullmatch(text, prev_end) is None:
        return []  # "12 over Crimea had been tracked": a verb of its own follows
    return out


# "a total of 653 aerial targets were launched ... Among them were 612 drones and 41
# missiles": the launch broken down by weapon in the next sentence.
_AMONG_THEM = re.compile(r"\s*Among\s+them\s+(?:were|are)\s", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|which)\s", re.IGNORECASE)
_INCLUDING = re.compile(r"\b(?:including|among\s+them|of\s+which)\s+$", re.IGNORECASE)


def among_launches(
    idx: int, sent: Sentence, launched: int | None, following: str = ""
) -> list[Mention]:
    """Per-weapon launch figures of an "Among them were N drones and M missiles" sentence
    whose figures add up to ``launched`` (the combined launch just reported), else none; a
    model's share inside a figure ("38 missiles, 24 of them Kh-101") only when the text
    ``following`` names that model again (its own outcome), as no record is made of it
    otherwise."""
    text = sent.text
    if launched is None or text.lstrip()[:6].lower() != "among " or not _AMONG_THEM.match(text):
        return []
    out: list[Mention] = []
    subs: list[Mention] = []
    for q in find_quantities(text):
        of = _OF_THEM.match(text, q.end)  # "38 missiles, 24 of them Kh-101 ...": a model's
        at = of.end() - 1 if of is not None else q.end  # share of the figure before it
        noun = AFTER_QTY.match(text, at)
        weapon = weapon_of(noun) if noun is not None else None
        end = noun.end() if noun is not None else at
        if noun is None and (named := model_after(text, at)) is not None:
            weapon, end = named[1], named[0].end()  # "and 14 Iskander-M"
        if q.value is None or weapon in (None, "mixed"):
            return []
        mention = figure_mention(idx, sent, q, (q.start, end), weapon, "launch")
        if of is not None or subs or _INCLUDING.search(text, max(0, q.start - 16), q.start):
            model = model_in(text[q.start : end], weapon)
            subs.append(replace(mention, model=model))  # a model's launch inside the total
        else:
            out.append(mention)
    if len(out) > 1 and sum(m.value or 0 for m in out) == launched:
        low = following.lower()
        return out + [m for m in subs if m.model is not None and m.model.lower() in low]
    return []


# "Its first update put the number of downed drones at 44; a later one raised it to 49":
# the outcome told as a tally ("the number of ... at N"), the last revision being the figure.
_NUMBER_DOWNED = re.compile(
    r"\b(?:number|count|tally)\s+of\s+(?:downed|destroyed|intercepted|shot-down)\s+"
    r"(?P<noun>drones|uavs|missiles|rockets)\s+(?:at|to|as|was|stood\s+at)\s+$",
    re.IGNORECASE,
)
_RAISED_IT = re.compile(
    r"\b(?:raised|increased|revised|corrected|updated|lifted|put)\s+(?:it|that|this|"
    r"the\s+(?:figure|number))\s+(?:up\s+)?(?:to|at)\s+$",
    re.IGNORECASE,
)


def downed_number(idx: int, sent: Sentence, taken: frozenset[int]) -> list[Mention]:
    """The "number of downed drones at N" outcome of one sentence (its latest revision, "a
    later one raised it to 49"), as one shoot-down figure; ``taken``: figures already read."""
    text = sent.text
    if "number of" not in text and "count of" not in text and "tally of" not in text:
        return []
    head: re.Match[str] | None = None
    figure: Quantity | None = None
    for q in find_quantities(text):
        if sent.start + q.num_start in taken or q.value is None:
            continue
        found = _NUMBER_DOWNED.search(text, max(0, q.start - 80), q.start)
        if found is not None:
            head, figure = found, q
        elif head is not None and _RAISED_IT.search(text, max(0, q.start - 40), q.start):
            figure = q  # "a later one raised it to 49": the revision replaces the first
    if head is None or figure is None:
        return []
    weapon: InterceptWeapon = (
        "drone" if head.group("noun").lower() in ("drones", "uavs") else "missile"
    )
    return [figure_mention(idx, sent, figure, (head.start(), figure.end), weapon, "intercept")]

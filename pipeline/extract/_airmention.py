"""Air-defence figures of one sentence: what each counts and whether it came in or went down.

:mod:`pipeline.extract.interceptions` pairs these mentions into reports; this
module only reads them. A figure is a *launch* ("launched 90 drones", "Of the 16
drones launched"), an *intercept* ("62 were destroyed", "24 over the Rostov
region") or *lost* ("13 were locationally lost": an outcome, never a shoot-down).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._air22sub import launch_subtype, of_the_launched
from pipeline.extract._airadding import shared_after
from pipeline.extract._airfront import front_subtype
from pipeline.extract._airfronted import fronted_model
from pipeline.extract._airgeneric import generic_noun
from pipeline.extract._airmake import Mention as Mention
from pipeline.extract._airmake import make as _mention
from pipeline.extract._airmodel import model_after, typed_end
from pipeline.extract._airnoun import (
    AFTER_QTY,
    AIR_NOUN,
    ALL,
    BARE_ALL_END,
    BUT_NONE,
    DOWNED,
    DOWNED_ADJ,
    OF_DOWNED,
    OF_THEM,
    SHARE,
    SHARE_OF,
    SHARE_WORDS,
    describes_other,
    fronted_weapon,
    gapped_weapon,
    ground_targets,
    of_the_before,
    weapon_of,
)
from pipeline.extract._airofwhich import whole_of_own_share
from pipeline.extract._airowner import owner_of
from pipeline.extract._airregion import REGION as _REGION
from pipeline.extract._airregion import region_name
from pipeline.extract._airrole import (
    Role,
    before_share,
    launch_whole,
    list_outcome,
    role_of,
    share_open,
    verbs,
)
from pipeline.extract._airshare import (
    DEBRIS_OF,
    HIT_AFTER,
    appositive_share,
    heading_part,
    heading_within,
    kind_part,
    region_before,
    subject_outcome,
    whole_of_share,
)
from pipeline.extract._airzero import arrived_shares, arrived_whole, zeros
from pipeline.extract._hitlist import hit_list
from pipeline.extract._n26modal import modal_front, modal_split
from pipeline.extract._num23air import arrives_after as arrives
from pipeline.extract._numback import superseded
from pipeline.extract._numclause import (
    INTERCEPT_VERB,
    clause,
    repelled_attack,
    stated_outcomes,
)
from pipeline.extract._stemscan import StemScan
from pipeline.extract.model import InterceptWeapon, Sentence
from pipeline.extract.numbers import Quantity, find_quantities
from pipeline.extract.weapons import MODIFIER, unquoted

_ELLIPSIS = re.compile(  # "12 alone were destroyed", "Six each were destroyed over A and B"
    r"(?:\s+(?:alone|each)(?=\s+(?:were|was|had|have)\b))?"
    r"\s+(?:(?:of\s+)?(?:them|which|those|these)\b|(?:(?:more|further|others?)\s+)?"
    r"(?:were|was|(?:would\s+)?have\s+been|had\s+been|got)\b"  # "Five more were shot down"
    rf"|(?:more\s+|further\s+|others?\s+)?{DOWNED}\b)",
    re.IGNORECASE,
)
# "Of the drones, 87 could be shot down" (translated German): read only after such a front,
# as English "40 could be shot down" may say what is possible.
_COULD_DOWN = re.compile(rf"\s+(?:could|can)\s+(?:also\s+)?be\s+{DOWNED}\b", re.IGNORECASE)
# "Shot down or suppressed were 36" (translated German): the outcome verb fronted.
_INVERTED = re.compile(
    rf"\s*(?:{DOWNED})(?:\s+(?:or|and)\s+(?:\w+\s+)?{DOWNED})?\s+(?:were|could\s+be)\s+",
    re.IGNORECASE,
)
_BACK_FRONT = re.compile(r"\s*(?:of|among)\s+(?:these|them|those)\s*,", re.IGNORECASE)
# "Shahed-type drones: 112, of which 87 ...": a tally line names its weapon before the figure.
_TALLY = re.compile(rf"\b(?:{AIR_NOUN})(?:\s*:|\s+[-–—])\s*$", re.IGNORECASE)
# "... shot down 34." : a figure ending its clause right after an intercept verb.
_ELLIPSIS_END = re.compile(r"[“”»«\"]?\s*(?:[.;,]|$)")  # or closing a quote: "... 70“,"
# "The air defence units made 58 harmless" (German "machte 58 unschädlich"): the bare
# figure inside the split verb.
_MADE_BEFORE = re.compile(r"\b(?:made|rendered)\s+$", re.IGNORECASE)
_HARMLESS_AFTER = re.compile(r"\s+harmless\b", re.IGNORECASE)
# "89 in total", "70 in all": a combined figure with its noun left out.
_IN_TOTAL = re.compile(r"\s+(?:in\s+total|in\s+all|altogether|overall)\b", re.IGNORECASE)
# "Of the 16 drones launched, 14 ...": the figure the rest of the sentence is a share of.
_OF_THE = re.compile(  # "Of the total of 512 aerial targets, 476 ...": the same share
    r"(?:^|[,;:]\s*|\b(?:and|but|that)\s+)(?:(?:out\s+)?of|among)\s+"  # "Among the 58 drones"
    r"(?:(?:the|a)\s+total\s+of\s+|the\s+)?$",
    re.I,
)
_VERB_JUST_BEFORE = re.compile(  # "... neutralised according to the air force 59."
    rf"(?:{INTERCEPT_VERB.pattern})\s+(?:according\s+to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?$",
    re.IGNORECASE,
)
# "shot down 36 rockets and 186 drones out of 194 drones and 67 missiles": launch
# figures stated after their outcomes, as a list behind "out of".
_OUT_OF = re.compile(r"\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_OF_WHICH = re.compile(r"\bof\s+(?:which|them|these|those)\s+$", re.IGNORECASE)
# "... and the drones were shot down": every one of the drones counted before.
THE_DOWNED = re.compile(
    rf"\bthe\s+(?:{MODIFIER}\s+){{0,2}}?(?P<noun>{AIR_NOUN})\s+(?:were|had\s+been)\s+"
    rf"(?:all\s+|also\s+|then\s+)?{DOWNED}\b",
    re.IGNORECASE,
)
_THE_DOWNED_SCAN = StemScan(THE_DOWNED, ("the",))
_DOWNED_HINTS: tuple[str, ...] = (
    "down", "intercept", "destroy", "neutrali", "suppress", "jammed", "eliminat",
)  # fmt: skip
_SHARE_BEFORE = re.compile(r"\b(?:of|all|both|none|neither|remaining|other)\s+$")
_GOT_THROUGH = re.compile(r"\s+(?:\w+\s+)?(?:got|broke|slipped)\s+through\b", re.I)
_REMAINING = re.compile(r"\b(?:remaining|other)\s+$", re.IGNORECASE)
# An equipment-loss tally counts tanks beside the drones it says were destroyed.
_LOSSES = re.compile(r"\d\s+tanks\b|\btanks\s*(?:[-–—:]\s*)?\d", re.IGNORECASE)
_COPULA_KIND = re.compile(
    rf"\s+(?:were|was)\s+(?:{MODIFIER}\s+){{0,4}}?(?:{AIR_NOUN})\b", re.IGNORECASE
)
_DEFINITE = re.compile(r"(?:the|these|those)\s", re.IGNORECASE)
_NONE_OF = re.compile(r"\b(?:none|neither)\s+of\s+(?:the|these|those)\s+$", re.IGNORECASE)


_ALL_WORDS = ("all", "both", "none", "neither")


def _all_words(text: str, low: str) -> list[re.Match[str]]:
    """``ALL.finditer(text)``, tried only where one of its words starts.

    Its look-behinds keep ``re`` from skipping ahead to a literal, so a scan tries every
    position of the sentence. ``low`` must be ``text`` lower-cased; when that changed the
    length, or the text holds a dotless "ı" (which IGNORECASE reads as "i"), the scan runs.
    """
    if len(low) != len(text) or "ı" in text:
        return list(ALL.finditer(text))
    starts: list[int] = []
    for word in _ALL_WORDS:
        at = low.find(word)
        while at != -1:
            starts.append(at)
            at = low.find(word, at + 1)
    starts.sort()
    found: list[re.Match[str]] = []
    end = 0
    for at in starts:
        if at >= end and (m := ALL.match(text, at)) is not None:
            found.append(m)
            end = m.end()
    return found


def read(idx: int, sent: Sentence) -> list[Mention]:
    """Figures (and "all"/"both") about air weapons in one sentence, with their roles."""
    text = sent.text
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    last_weapon: InterceptWeapon | None = None
    out_of_end = -1  # end of the last "out of N drones" launch, which a list continues
    none_of: dict[int, Quantity] = {}  # "None of the five missiles": the five, by offset
    plain = unquoted(text)  # once per sentence; ``text`` itself when it has no quotes
    for q in find_quantities(text):
        window = text[max(0, q.start - 16) : q.start]  # "none of the" needs its "of"
        none_ok = q.value is not None and "of" in window.lower()
        nm = _NONE_OF.search(text, max(0, q.start - 16), q.start) if none_ok else None
        if nm is not None:
            none_of[nm.start()] = q  # a zero outcome of that many (read with "none")
            continue
        noun = AFTER_QTY.match(text, q.end)
        if noun is None and plain is not text:
            noun = AFTER_QTY.match(plain, q.end)  # "112 ‘Shaheds’": the noun in quotes
        downed = OF_DOWNED.match(text, q.end) if noun is None else None
        noun = noun or downed  # "17 of the downed drones were in the south": a share
        adj = DOWNED_ADJ.match(text, q.end) if noun is None else None
        noun = noun or adj  # "spoke of 55 neutralised drones": the outcome itself
        weapon = weapon_of(noun) if noun else None
        if noun is None and (named := model_after(text, q.end)) is not None:
            noun, weapon = named  # "launched nine Shahed-136/131", "shot down two Iskander-M"
        kind = _COPULA_KIND.match(text, q.end) if noun is None else None
        if kind is not None:  # "Of the missiles, 12 were Iskander-M ballistic missiles"
            noun, weapon = kind, weapon_of(kind)
        # A tally line's figure follows a colon or dash: test that before the regex.
        region = _REGION.match(text, q.end) if noun is None else None
        if (
            region is None
            and noun is None
            and text[: q.start].rstrip()[-1:] == ","
            and (of := OF_THEM.match(text, q.end)) is not None
        ):
            region = _REGION.match(text, of.end())  # "41 drones ..., 18 of them over Belgorod"
        if noun is None and region is None and (at := appositive_share(text, q.start, q.end)):
            region = _REGION.match(text, at)  # "The largest share, 17, was destroyed over X"
        if noun is None and region is None:
            region = region_before(text, q.start, q.end)  # "over the Chernihiv region, 11"
        tail = text[max(0, q.start - 8) : q.start].rstrip()[-1:]
        # "... 96 drones: 38 over the Bryansk region" is a per-region share, not a tally; so
        # is "fired 14 missiles – 13 were knocked down": a clause of its own after the dash.
        tally = (
            _TALLY.search(text, max(0, q.start - 60), q.start)
            if noun is None
            and region is None
            and tail
            and tail in ":-–—"
            and (tail == ":" or _ELLIPSIS.match(text, q.end) is None)
            else None
        )
        if tally is not None:
            weapon = weapon_of(tally)
        # "two drones struck a school": the ones that got through ("several of the 17
        # missiles got through": the 17 came in, the share unstated)
        if (
            noun is not None
            and (HIT_AFTER.match(text, noun.end()) or hit_list(text, q.start, noun.end()))
            and not (
                _GOT_THROUGH.match(text, noun.end())
                and SHARE_OF.search(text, max(0, q.start - 40), q.start)
            )
            and not shared_after(text, noun.end())
        ):
            continue
        if DEBRIS_OF.search(text, max(0, q.start - 30), q.start) or superseded(text, q.start):
            continue  # debris; "updating an earlier figure of 30 drones"
        if front_subtype(text, q.start) or launch_subtype(text, q.start, q.end):
            continue  # "Of the 60 missiles, among them 40 Kh-101, ...": part of the launch
        heading = heading_within(text, q.start, q.end) if noun is None and region is None else None
        if heading is not None and out and out[-1].role == "intercept" and out[-1].value:
            within = _mention(idx, sent, q.start, heading.end(), q.num_start, q.value, None,
                              False, q.approx, out[-1].weapon, "intercept", part=True)  # fmt: skip
            place = heading.group("place")  # "towards the capital": no name of its own
            out.append(replace(within, location=None if place == "capital" else place))
            taken.append((q.start, q.end))
            continue  # "15 over the Moscow Region, including nine flying towards Moscow"
        total = _IN_TOTAL.match(text, q.end) if noun is None else None
        # "downed 44 drones out of 50 launched": the noun is the previous figure's.
        bare_out_of = (
            noun is None
            and last_weapon is not None
            and _OUT_OF.search(text, max(0, q.start - 24), q.start) is not None
        )
        if bare_out_of:  # "... or 140 air targets out of 158 launched": the combined one's
            weapon = "mixed" if out and out[-1].weapon == "mixed" else last_weapon
        fronted = fronted_weapon(text) if noun is None and weapon is None else None
        could = (
            (_COULD_DOWN.match(text, q.end) or modal_split(text, q.start, q.end))
            if noun is None
            else None
        )
        if could is not None and fronted is None and weapon is None:
            fronted = of_the_before(text, q.start)  # "; of the rockets, three could be ..."
        front_model = fronted_model(text, q.start) if noun is None and weapon is None else None
        if front_model is not None and fronted is None:
            fronted = front_model[0]  # "Of the Kh-101, 34 were shot down"
        elif fronted is None and noun is None and weapon is None and _ELLIPSIS.match(text, q.end):
            fronted = of_the_before(text, q.start)  # "...; of the drones, 49 were neutralised"
        if fronted is not None:
            weapon = fronted  # "Of the drones, ..., air defense downed 288"
        generic = generic_noun(text, q.start, q.end) if noun is None and region is None else None
        gapped = None
        if noun is None and any(m.role == "intercept" for m in out):
            gapped = gapped_weapon(text, q.start, q.end)  # "..., of the missiles 33"
            weapon = gapped or weapon
        if (
            noun is None
            and not bare_out_of
            and tally is None
            and region is None
            and total is None
            and gapped is None
            and generic is None
            and not (
                _ELLIPSIS.match(text, q.end)
                or (
                    could is not None
                    and (
                        fronted is not None
                        or _BACK_FRONT.match(text) is not None
                        or share_open(text, q.start)
                        or modal_front(text, q.start)  # German frame (_n26modal)
                        or q.start == 0  # "45 could be shot down." after a launch (below)
                    )
                )
                or (q.start < 40 and _INVERTED.fullmatch(text, 0, q.start))
                or (
                    _ELLIPSIS_END.match(text, q.end)
                    and _VERB_JUST_BEFORE.search(text, max(0, q.start - 60), q.start)
                )
                or (
                    _HARMLESS_AFTER.match(text, q.end)
                    and _MADE_BEFORE.search(text, max(0, q.start - 12), q.start)
                )
            )
        ):
            continue
        if total is not None:
            weapon = "mixed" if last_weapon is not None else None
        before = text[max(0, q.start - 40) : q.start]
        # "19 of which were destroyed": the clause runs on past its "which".
        ellipsis = _ELLIPSIS.match(text, q.end) if noun is None else None
        if ellipsis is not None and (
            HIT_AFTER.match(text, ellipsis.end()) or describes_other(text, ellipsis.end())
        ):
            continue  # "four of them crashed in fields"; "two destroyed dams"
        anchor = noun.end() if noun else (ellipsis.end() if ellipsis else q.end)
        anchor = generic.end() if generic is not None else anchor
        s, e = clause(text, q.start, anchor, split_and=region is not None)
        role: Role | None
        repelled = False
        value: int | None = q.value
        share = q.total or (of_the_launched(text, noun.end()) if noun else None)
        whole = q.all
        if q.total is not None or downed is not None or gapped is not None or adj is not None:
            role = "intercept"
        elif kind is not None:
            role = "launch"  # a breakdown of what came in, by kind
        elif tally is not None and not stated_outcomes(text, s, tally.start()):
            role = "launch"
        elif noun is not None and SHARE_OF.search(before):
            role, value, share, whole = "intercept", None, q.value, False
        elif (
            noun is not None
            and _OF_THE.search(before)
            and (
                not stated_outcomes(text, noun.end(), e)  # "Of the 40 drones shot down, ..."
                or subject_outcome(text, noun.end())
            )
        ):
            role = "launch"
        elif bare_out_of:
            role, out_of_end = "launch", anchor
        elif noun is not None and (
            _OUT_OF.search(before) or _LIST_JOIN.fullmatch(text, out_of_end, q.start)
        ):
            role, out_of_end = "launch", noun.end()
        elif (
            noun is not None
            and whole_of_share(text, noun.end())
            and not any(v_end <= q.start for _, v_end, _ in verbs(text))
        ):
            role = "launch"  # "Total: 152 air targets, 126 of them neutralised": the whole
        elif noun is not None and repelled_attack(text, q.start, noun.end()):
            role, repelled = "intercept", True
        else:
            role = role_of(text, s, e, q.start, q.end)
        if (
            role == "intercept"
            and noun is not None
            and (
                launch_whole(text, q.start, noun.end())
                or whole_of_own_share(text, q.start, noun.end())
            )
        ):
            role = "launch"  # "attacked with 142 drones ... and four Iskander-M, of which ..."
        elif role == "intercept" and noun is not None and downed is None and adj is None:
            role = "launch" if before_share(text, noun.end()) or arrives(text, noun.end()) else role
        if role == "launch" and noun is not None and list_outcome(text, q.start, noun.end()):
            role = "intercept"  # "and a total of 18 drones, two missiles ... were shot down"
        if role is None and noun is not None and shared_after(text, noun.end()):
            role = "launch"  # "50 rockets ... struck X, ..., adding some of them were intercepted"
        if role is None or role == "lost" or (weapon is None and role == "launch"):
            continue
        if role == "intercept" and " tanks" in text and _LOSSES.search(text) is not None:
            continue  # "11,390 tanks, ... and 81,600 operational-tactical drones": war losses
        if role == "launch" and noun is not None and heading_part(text, noun.group(), noun.end()):
            continue
        if noun is not None and kind_part(text, noun.group(), noun.end()):
            continue  # "70 of the drones were Shahed-type": what they were
        if role == "launch" and noun is not None and "bomb" in noun.group().lower():
            continue  # "dropped 40 guided aerial bombs": a strike, never a launch to pair
        if role == "launch" and noun is not None and ground_targets(text, q.start, noun.group()):
            continue  # "had attacked around 40 targets of Hamas": targets on the ground
        part = (region is not None or downed is not None) and role == "intercept" and share is None
        if part and weapon is None:
            weapon = last_weapon
        phrase = (
            text[q.start : typed_end(text, noun.end())]
            if noun
            else (text[tally.start() : q.end] if tally else "")
        )
        # "35 of the missiles", "all four Houthi drones": figures that point back to a launch.
        definite = noun is not None and (
            q.all
            or noun.group().lstrip()[:3].lower() == "of "
            or _REMAINING.search(before) is not None  # "The remaining eight drones were ..."
        )
        mention = _mention(idx, sent, s, e, q.num_start, value, share, whole or repelled, q.approx,
                           weapon, role, phrase, part=part, definite=definite)  # fmt: skip
        if part and region is not None:
            mention = replace(mention, location=region_name(region.group()))
        if _OF_WHICH.search(before):
            mention = replace(mention, breakdown=True)
        if front_model is not None and mention.model is None:
            mention = replace(mention, model=front_model[1])
        if (
            fronted is not None
            or gapped is not None
            or (ellipsis is not None and ellipsis.group().lstrip()[:3].lower() == "of ")
        ):
            mention = replace(mention, backref=True)
        if generic is not None:  # "shot down 76 machines": the weapons told before
            mention = replace(mention, backref=True, needs_launch=True, role="intercept")
        owner = owner_of(text, s, q.start, noun.end() if noun else q.end, role == "launch")
        if owner is not None:
            mention = replace(mention, owner=owner)
        if role == "launch" and out_of_end == anchor:
            mention = replace(mention, ahead=True)
        elif could is not None and q.start == 0 and fronted is None and noun is None:
            mention = replace(mention, needs_launch=True)  # only as a counted launch's outcome
        out.append(mention)
        taken.append((q.start, q.end))
        if weapon not in (None, "mixed"):
            last_weapon = weapon
    low = text.lower()
    has_all = "all" in low or "both" in low or "none" in low or "neither" in low
    for m in _all_words(text, low) if has_all else ():
        if any(a <= m.start() < b for a, b in taken) or arrived_whole(text, m.start()):
            continue  # "..., both missiles hit targets": the stated zero, read in _airzero
        many = none_of.get(m.start())
        noun = AFTER_QTY.match(text, many.end) if many is not None else None
        # "both Kh-59 were also intercepted": a model named with no noun
        named = model_after(text, m.end()) if noun is None and m.group("noun") is None else None
        m_end = noun.end() if noun is not None else (named[0].end() if named else m.end())
        s, e = clause(text, m.start(), m_end)
        if role_of(text, s, e, m.start(), m_end) != "intercept":
            continue
        noun_ok = m.group("noun") is not None or noun is not None or named is not None
        if not noun_ok and not BARE_ALL_END.match(text, m.end()):
            continue
        weapon = named[1] if named else (weapon_of(noun or m) if noun_ok else None)
        kw = m.group("kw").lower()
        zero = kw in ("none", "neither")  # "neither of which was intercepted": a stated 0
        value = 0 if zero else (2 if kw == "both" else None)
        mention = _mention(idx, sent, s, e, m.start(), value, None, not zero, "exact", weapon,
                           "intercept", text[m.start() : m_end], definite=noun_ok)  # fmt: skip
        implied = 2 if kw == "neither" else (many.value if many is not None else None)
        out.append(replace(mention, implied=implied) if implied is not None else mention)
    plural_outcome = " were " in low and any(w in low for w in _DOWNED_HINTS) and "the " in low
    for m in _THE_DOWNED_SCAN.finditer(text) if plural_outcome else ():
        lead = max(0, m.start() - 12)
        if any(a <= m.start() < b for a, b in taken) or _SHARE_BEFORE.search(low, lead, m.start()):
            continue  # "most of the rockets were intercepted": a share, read below
        s, e = clause(text, m.start(), m.end())
        mention = _mention(idx, sent, s, e, m.start(), None, None, True, "exact",
                           weapon_of(m), "intercept", definite=True)  # fmt: skip
        out.append(replace(mention, needs_launch=True))
    for m in SHARE.finditer(text) if any(w in low for w in SHARE_WORDS) else ():
        if any(a <= m.end() and m.start() < b for a, b in taken):
            continue
        s, e = clause(text, m.start(), m.end())
        if role_of(text, s, e, m.start(), m.end()) == "intercept":
            weapon = weapon_of(m) if m.group("noun") else None
            out.append(_mention(idx, sent, s, e, m.start(), None, None, False, "exact",
                                weapon, "intercept"))  # fmt: skip
    for z in zeros(text, low, taken):
        if z.arrived and any(
            o.role == "intercept"
            and o.weapon in (z.weapon, None)
            and (z.weapon is None or o.num_start - sent.start < z.end)  # not a later item's
            for o in out
        ):
            continue  # an outcome is already stated for it
        zm = _mention(idx, sent, z.start, z.end, z.at, 0, None, False, "exact", z.weapon,
                      "intercept", z.phrase)  # fmt: skip
        if not z.arrived and _DEFINITE.match(text, z.at):
            zm = replace(zm, backref=True)  # "The missiles could not be intercepted": those told
        out.append(replace(zm, needs_launch=True) if z.arrived else zm)
    if any(o.role == "launch" for o in out) and not any(o.role == "intercept" for o in out):
        for s, e, at in arrived_shares(text, low):  # "of 30 launched, 10 reached their targets"
            out.append(_mention(idx, sent, s, e, at, None, None, False, "exact", None,
                                "intercept"))  # fmt: skip
    downed_before = [o.num_start - sent.start for o in out if o.role == "intercept"]
    for m in BUT_NONE.finditer(text) if downed_before and ("but no" in low) else ():
        if min(downed_before) < m.start() and not any(a <= m.start() < b for a, b in taken):
            out.append(_mention(idx, sent, m.start(), m.end(), m.start(), 0, None, False,
                                "exact", weapon_of(m), "intercept"))  # fmt: skip
    out.sort(key=lambda x: x.num_start)
    return out

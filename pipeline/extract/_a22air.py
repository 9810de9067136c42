"""Air-defence readings of literal Spanish, Portuguese, Italian and German copy (h_air22).

Read per sentence after :func:`_airmention.read`, before the mentions are paired:

- :func:`answered_shares`: "launched ... among them 88 drones and eight ballistic missiles
  Iskander-M, ... which said it had neutralised 70 of the drones and three of the
  missiles". A figure "N of the missiles" points back to counted missiles, so an earlier
  figure of the same weapon in the sentence, before the shoot-down verb, is the launch it
  answers, never a shoot-down of its own;
- :func:`impossible_zero`: "..., of which 80 were shot down, as well as three Iskander-M
  ballistic missiles, which it was not possible to intercept". The relative clause says of
  its own figure that none went down: launched N, intercepted 0, whatever verb an earlier
  item of the list carried;
- :func:`own_models`: "3 ballistic missiles Iskander-M and 2 cruise missiles Kalibr": a
  list item's model is the one named in its own item, not every model of the clause;
- :func:`arrived_aside`: "The missiles, according to the same source, hit targets in the
  regions of Kharkiv and Sumy" (Portuguese and Spanish put the source between subject and
  verb): the stated zero "the missiles reached their targets" is, after a counted launch;
- :func:`ground_targets_struck`: "has affirmed to have struck about thirty targets of
  Hamas, ... and to have eliminated several commanders": targets struck on the ground are
  no air targets shot down, whatever verb closes the sentence;
- :func:`verb_final_launches`: "Russia has ... 83 drones and three ballistic rockets ...
  against Ukraine deployed" (German perfect, the participle last): launch figures, so "Of
  the drones, 61 could be shot down" answers them.

Asked by the interceptions loop beside the per-sentence readings:

- :func:`arrival_sentences` lets the loop read "The missiles, according to the same
  source, reached their targets" right after a report even across a paragraph break (wire
  copy gives each sentence a paragraph), which the gate leaves out;
- :func:`whole_before_part`: "22 missiles, among which 18 Kh-101 ... and 4 Kinzhal" answered
  a paragraph later by "shot down 413 drones and 15 missiles" is the 22, not the 18;
- :func:`own_outcome_first` (for :mod:`_salvo`): "the two cruise missiles were shot down,
  while the ballistic missiles were not intercepted" keeps the negation off the first item.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmake import Mention, make
from pipeline.extract._airnoun import AIR_NOUN, weapon_of
from pipeline.extract._numclause import INTERCEPT_SCAN
from pipeline.extract._stemscan import StemScan
from pipeline.extract.model import Document, InterceptWeapon, Sentence
from pipeline.extract.numbers import parse_number
from pipeline.extract.weapons import MODIFIER, find_models

# "three of the missiles", "118 of the drones": a share of counted weapons.
_OF_THE = re.compile(r"[\w,.]+\s+of\s+the\s+(?:[\w-]+\s+)?(?:drones|missiles|rockets|UAVs)\b", re.I)

_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

_NOT_POSSIBLE = re.compile(
    r"[^,.;:]{0,60},\s*which\s+(?:it\s+(?:was|proved|has\s+been)\s+(?:not\s+possible|impossible)"
    r"\s+to\s+(?:intercept|shoot\s+down|down|destroy|stop)|(?:could|can)\s+not\s+be\s+"
    r"(?:intercepted|shot\s+down|downed|destroyed)|(?:were|was)\s+not\s+(?:intercepted|shot\s+down))\b",
    re.IGNORECASE,
)

_STRUCK_BEFORE = re.compile(
    r"\b(?:struck|hit|attacked|bombed|targeted)\s+(?:about\s+|around\s+|some\s+|over\s+|"
    r"more\s+than\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
_TARGETS_AFTER = re.compile(r"[\w,.]+\s+(?:[\w-]+\s+)?targets\b", re.IGNORECASE)


def answered_shares(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a figure answered later in its sentence by "N of the <weapon>"
    after a shoot-down verb read as that answer's launch."""
    text = sent.text
    out = list(mentions)
    for i, first in enumerate(out):
        if first.role != "intercept" or first.value is None or first.total is not None:
            continue
        if first.definite or first.weapon in (None, "mixed") or first.all:
            continue
        at = first.num_start - sent.start
        if INTERCEPT_SCAN.search(text, 0, at) is not None:
            continue  # "shot down 40 drones, ..." is an outcome itself
        for later in out[i + 1 :]:
            lat = later.num_start - sent.start
            if later.role != "intercept" or later.weapon != first.weapon:
                continue
            if _OF_THE.match(text, lat) is None:
                continue
            if INTERCEPT_SCAN.search(text, at, lat) is None:
                continue
            out[i] = replace(first, role="launch")
            break
    return out


def impossible_zero(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with "N X, which it was not possible to intercept" a stated zero of N
    (read as a launch or, after an earlier item's shoot-down verb, as a shoot-down)."""
    out: list[Mention] = []
    for m in mentions:
        if (
            (m.role == "intercept" or not _zero_of(mentions, m.weapon))
            and m.value
            and m.total is None
            and not m.all
            and m.weapon not in (None, "mixed")
            and _NOT_POSSIBLE.match(sent.text, m.num_start - sent.start) is not None
        ):
            m = replace(m, value=0, total=m.value, role="intercept")
        out.append(m)
    return out


def own_models(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` whose joined model ("Iskander-M/Kalibr") names one model in the figure's
    own list item narrowed to it."""
    starts = sorted(m.num_start - sent.start for m in mentions)
    out: list[Mention] = []
    for m in mentions:
        if m.model is not None and "/" in m.model:
            at = m.num_start - sent.start
            end = next((s for s in starts if s > at), len(sent.text))
            item = sent.text[at:end]
            names = [model.name for model, _, _ in find_models(item)]
            if len(set(names)) == 1 and names[0] in m.model.split("/"):
                m = replace(m, model=names[0])
        out.append(m)
    return out


def ground_targets_struck(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without "struck about thirty targets" (a count of ground targets)."""
    text = sent.text
    return [
        m
        for m in mentions
        if not (
            m.weapon == "mixed"
            and _STRUCK_BEFORE.search(
                text, max(0, m.num_start - sent.start - 30), m.num_start - sent.start
            )
            and _TARGETS_AFTER.match(text, m.num_start - sent.start)
        )
    ]


def sentence_readings(idx: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Every reading of this module, in order, for the interceptions loop."""
    mentions = ground_targets_struck(sent, own_models(sent, mentions))
    mentions = verb_final_launches(idx, sent, mentions)
    mentions = impossible_zero(sent, answered_shares(sent, mentions))
    zeros = [z for z in arrived_aside(idx, sent) if not _zero_of(mentions, z.weapon)]
    return sorted(mentions + zeros, key=lambda m: m.num_start)


def _zero_of(mentions: list[Mention], weapon: str | None) -> bool:
    return any(m.role == "intercept" and m.value == 0 and m.weapon == weapon for m in mentions)


def arrival_sentences(doc: Document, air: frozenset[int]) -> frozenset[int]:
    """Sentences right after an air-defence sentence (a paragraph break allowed: wire copy
    gives each sentence its own) that tell the missiles' arrival with an aside, for the
    interceptions loop to read beside the gated ones."""
    return frozenset(
        idx + 1
        for idx in air
        if idx + 1 < len(doc.sentences)
        and idx + 1 not in air
        and _ARRIVED_ASIDE.search(doc.sentences[idx + 1].text) is not None
    )


# "the two cruise missiles were shot down, while the ballistic missiles were not
# intercepted": the figure's own clause states its outcome before the next one's negation.
_OWN_OUTCOME = re.compile(
    r"^\s*(?:[\w-]+\s+){0,4}?(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?"
    r"(?:shot\s+down|intercepted|destroyed|downed|neutrali[sz]ed)\s*,",
    re.IGNORECASE,
)


def own_outcome_first(gap: str) -> bool:
    """True when ``gap`` (a figure up to a later "were not intercepted") opens with the
    figure's own affirmative outcome and a comma: the negation is another clause's."""
    return _OWN_OUTCOME.match(gap) is not None


# "The missiles, according to the same source, reached their targets": the definite subject,
# an aside between commas, an arrival verb and targets (possessive or not).
_ARRIVED_ASIDE = re.compile(
    r"(?:^|;\s*)(?:The|These|Those|Both)\s+(?:(?:ballistic|cruise|guided|attack|Russian)\s+)?"
    r"(?P<noun>missiles|rockets|drones|UAVs)"
    r"(?:\s*,\s*(?:according\s+to|as|citing|per)\b[^,;:]{3,60},)?"
    r"\s*(?:all\s+)?(?:reached|hit|struck)\s+(?:(?:their|its)\s+)?targets?\b",
    re.IGNORECASE,
)


def arrived_aside(idx: int, sent: Sentence) -> list[Mention]:
    """The stated zero of "The missiles, according to X, hit targets" (an arrival that
    answers a counted launch only; the interceptions loop drops it without one)."""
    found = _ARRIVED_ASIDE.search(sent.text)
    if found is None:
        return []
    noun = found.group("noun").lower()
    weapon: InterceptWeapon = "drone" if noun in ("drones", "uavs") else "missile"
    at = found.start()
    zero = make(idx, sent, at, found.end(), at, 0, None, False, "exact", weapon, "intercept",
                found.group(), definite=True)  # fmt: skip
    return [replace(zero, needs_launch=True, backref=True)]


_CLASS_WORD = re.compile(r"ballistic|cruise|guided|aeroballistic|Kh-|Kalibr|Iskander|Kinzhal", re.I)


def whole_before_part(
    body: str, m: Mention, stale: list[Mention], chosen: Mention | None
) -> Mention | None:
    """The launch an outcome a paragraph later answers: "22 missiles, among which 18 Kh-101
    ... and 4 Kinzhal" answered by "shot down ... 15 missiles" is the 22, not the 18 named
    inside it (the outcome names no model or class), as it is within one paragraph."""
    if chosen is None or chosen.model is None or m.model is not None or m.value is None:
        return chosen
    if _CLASS_WORD.search(body, max(0, m.num_start), m.end) is not None:
        return chosen  # "two of the cruise missiles": the class's own launch
    wholes = [
        c
        for c in stale
        if c.sent == chosen.sent
        and c.weapon == chosen.weapon
        and c.model is None
        and c.num_start < chosen.num_start
        and c.value is not None
        and chosen.value is not None
        and c.value > chosen.value
        and c.value >= m.value
        and "among" in body[c.num_start : chosen.num_start]
    ]
    return wholes[-1] if wholes else chosen


# "Russia has according to Ukrainian information in the night to Saturday 83 drones and
# three ballistic rockets of the type Iskander-M against Ukraine deployed" (German perfect
# "hat ... eingesetzt"): the participle closes the clause, after its objects.
_VERB_FINAL = re.compile(
    r"\b(?:has|have|had)\s+(?P<mid>[^.;:]{0,200}?)\s+(?:deployed|launched|fired|sent|used|"
    r"employed)(?=\s*(?:[.;,]|$))",
    re.IGNORECASE,
)
_VERB_FINAL_SCAN = StemScan(
    _VERB_FINAL,
    ("had", "has", "hav"),
    needs=("deployed", "launched", "fired", "sent", "used", "employed"),
)
_FIGURE_NOUN = re.compile(
    rf"(?<![\w-])(?P<num>\d[\d,.]*|{_WORDS})\s+(?:(?:{MODIFIER})\s+){{0,3}}?(?P<air>{AIR_NOUN})\b",
    re.IGNORECASE,
)


def verb_final_launches(idx: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Launch mentions of a German verb-final clause whose figures nothing read yet."""
    text = sent.text
    clause = _VERB_FINAL_SCAN.search(text)
    if clause is None or INTERCEPT_SCAN.search(clause.group("mid")) is not None:
        return mentions
    taken = {m.num_start - sent.start for m in mentions}
    out = list(mentions)
    for fig in _FIGURE_NOUN.finditer(text, clause.start("mid"), clause.end("mid")):
        value = parse_number(fig.group("num"))
        if value is None or fig.start() in taken:
            continue
        weapon = weapon_of(fig)
        if weapon is None:
            continue
        item_end = clause.end("mid")
        nxt = _FIGURE_NOUN.search(text, fig.end(), item_end)
        phrase = text[fig.start() : nxt.start() if nxt else item_end]
        out.append(make(idx, sent, fig.start(), clause.end(), fig.start(), value, None, False,
                        "exact", weapon, "launch", phrase))  # fmt: skip
    return sorted(out, key=lambda m: m.num_start)

"""Which sentences could hold a strike, an air-defence report or a casualty figure.

Python's ``re`` scans alternations of words slowly, so the detectors never run
their patterns over a whole article. This gate folds the body to one byte per
character once per document, finds the sentences holding a figure, then reads
each of those with one word-start scan for every keyword family at once; the
detectors look only at the few sentences it passes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pipeline.extract._air20verbs import list_line
from pipeline.extract._airobjects import incursion
from pipeline.extract._headfigs import restated_heads
from pipeline.extract._n26words import GATE_AIR, GATE_DENIED, GATE_WEAPON
from pipeline.extract._nlit import lowered
from pipeline.extract._numback import background
from pipeline.extract._numclause import MAX_SENTENCE
from pipeline.extract._perdoc import per_document
from pipeline.extract._sections import past_told, points_back, recap_sentence, recap_spans
from pipeline.extract.model import Document

_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "dozen",
)  # fmt: skip

# "most were intercepted", "the majority were shot down", "a number of them were
# intercepted": an outcome without a figure, which turns a launch figure just before it
# into an interception.
_ALL_WORDS = (
    "all", "both", "none", "neither", "most", "majority", "some", "several", "many", "bulk",
    "number", "few", "not",  # "The missiles were not intercepted": a zero for a launch
    "part", "share",  # "The greater part of them could be intercepted", "the lion's share"
    "rest", "others", "remainder",  # "the rest were shot down"
    "thirds", "quarters", "half",  # "about two thirds were shot down"
    *GATE_DENIED,  # "was unable to shoot down any of them" (_n26zero)
)  # fmt: skip

_WEAPONS = (
    "rocket", "missile", "drone", "uav", "shahed", "geran", "lancet", "mlrs", "launcher", "grad",
    "uragan", "smerch", "bomb", "kab", "fab", "umpk", "gbu", "artillery", "shell", "mortar",
    "howitzer", "cannon", "tank", "round", "aircraft", "warplane", "jet", "helicopter", "kalibr",
    "iskander", "kinzhal", "kh-", "x-101", "x-555", "x-59", "x-22", "s-300", "s-400", "zircon",
    "oniks", "onyx", "munition",  # "13 barrage munitions", "loitering munitions"
    *GATE_WEAPON,  # "12 planes without pilot" (_n26words)
)  # fmt: skip

_ATTACKS = (
    "attack", "strike", "raid", "bombard", "times", "fire", "firing", "launch", "pound",
    "airstrike", "airraid", "gunfire", "counterattack",
)  # fmt: skip

_AIR = (
    "drone", "uav", "shahed", "geran", "lancet", "missile", "rocket", "kalibr", "iskander",
    "kinzhal", "kh-", "x-101", "target", "aerial", "asset", "shot", "down", "destroy",
    "intercept", "neutrali", "repel", "suppress", "jamm", "locationally", "shootdown", "means",
    "fended", "warded", "harmless", "switched off", "goal",  # German "ausgeschaltet", "Ziel"
    "jdam", "uncrewed", "unmanned", "projectile", "eliminat", "threat", "munition",
    "stopped",  # "None of them were stopped by air defences"
    "disabl",  # "air defence systems on duty disabled 28 Ukrainian drones" (TASS)
    *GATE_AIR,  # literal translations: "were felled", "their objectives" (_n26words)
)  # fmt: skip

_HARM = (
    "kill", "dead", "death", "died", "dies", "injur", "wound", "hurt", "toll", "lives", "fatal",
    "perish", "bodies", "body", "hospital", "martyr", "treated", "burns", "medical", "executed",
    "treatment", "condition",  # "are receiving treatment", "Two of the children are in ..."
    "their life", "came around", "come around",  # "cost two persons their life", German
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Gate:
    """Sentence indices worth each detector's time."""

    strike: frozenset[int]
    air: frozenset[int]
    """Sentences with a figure (or all/both/none) and an air weapon or air-defence verb."""
    casualty: frozenset[int]


# "(Corrects number of wounded children to seven from six in paragraph 2)": an
# editor's note restates a figure with its correction; the story itself holds the event.
_EDITORS_NOTE = re.compile(
    r"\(\s*(?:corrects|adds|updates|recasts|refiles|fixes|clarifies|removes|changes|"
    r"this\s+(?:story|article|version))\b",
    re.IGNORECASE,
)

_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")


def _headline(doc: Document) -> bool:
    """True when the first sentence is a headline: a paragraph of its own before the story,
    with no closing punctuation and most longer words capitalised ("Russia Fires 90
    Missiles And Drones At Ukraine's Power Grid"), in the German kicker form "Place:
    what happened – who reacted", or "X reports/says what happened (– what followed)". Its
    figure sums or restates the story's,
    never an event of its own."""
    sents = doc.sentences
    if len(sents) < 2 or sents[1].paragraph == sents[0].paragraph:
        return False
    text = sents[0].text.rstrip()
    if not text or len(text) > 160 or text[-1] in '.!?:;"”’)':
        return False
    if ": " in text and (" – " in text or " - " in text):
        return True  # "Night of terror in Kyiv: Russia fires 400 drones – Steinmeier in bunker"
    if _HEADLINE_SAYS.search(text) is not None:
        return True  # "Moscow reports more than 100 drones shot down – airports restricted"
    words = _TITLE_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


# "Kyiv downs 16 of 20 Russian drones in night attack, air force says": a related story's
# headline between paragraphs, told in the present tense with no closing punctuation.
_HEADLINE_SAYS = re.compile(r"\b(?:says|say|claims|reports)\b")


def _promo(doc: Document, idx: int) -> bool:
    """True when sentence ``idx`` (not the first) is a headline of another story standing
    as a paragraph of its own: no closing punctuation, and title case or a "says"."""
    sents = doc.sentences
    sent = sents[idx]
    if sents[idx - 1].paragraph == sent.paragraph:
        return False
    if idx + 1 < len(sents) and sents[idx + 1].paragraph == sent.paragraph:
        return False
    text = sent.text.rstrip()
    if not text or len(text) > 160 or text[-1] in '.!?:;,"”’)':
        return False
    if _HEADLINE_SAYS.search(text) is not None:
        return True
    words = _TITLE_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


_EMPTY = Gate(frozenset(), frozenset(), frozenset())

# Lower-case ASCII letters stay, digits become "0", everything else a space: with
# the text padded by a space, b" ten " finds only the whole word and b"0" any digit,
# both with C-speed ``bytes.find`` and no Python step per character.
_FOLD = bytes(
    c if 97 <= c <= 122 else (48 if 48 <= c <= 57 else 32) for c in range(256)
)  # fmt: skip
_ALL_TOKENS = frozenset(w.encode() for w in _ALL_WORDS)


def _trie(words: Iterable[str]) -> str:
    """Regex source matching any of ``words``, factored by shared prefixes.

    ``re`` tries an alternation's branches one by one at every position; a trie
    keeps that to one branch per letter.
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


# Every whole word starts after a space in the folded text, so the scan only
# starts where ``re``'s literal-prefix search finds a space.
_WORD_SCAN = re.compile(f" (?:{_trie((*_NUMBER_WORDS, *_ALL_WORDS))})(?= )".encode())


def _folded(low: str) -> bytes:
    """``low`` as one byte per character (offsets kept, shifted by a leading space)."""
    return b" " + low.encode("ascii", "replace").translate(_FOLD) + b" "


def _hits(folded: bytes, starts: list[int], ends: list[int], words: Iterable[bytes]) -> set[int]:
    """Sentences whose text holds any of ``words`` (one ``find`` per word and sentence hit).

    ``words`` are folded byte strings; a leading space is a word boundary, so the
    hit's first letter sits at ``at + 1`` in the padded text, ``at`` in the body.
    """
    found: set[int] = set()
    for word in words:
        lead = 1 if word[:1] == b" " else 0
        at = folded.find(word)
        while at != -1:
            pos = at + lead - 1  # offset in the body
            idx = bisect_right(starts, pos) - 1
            if idx >= 0 and pos < ends[idx]:
                found.add(idx)
                at = folded.find(word, ends[idx] + 1)  # one hit per sentence is enough
            else:
                at = folded.find(word, at + 1)
    return found


_AIR_BIT, _STRIKE_BIT, _HARM_BIT = 1, 2, 4


def _stem_bits() -> dict[str, int]:
    """Each keyword stem to the families it signals.

    A stem found inside a longer one ("launch" in "launcher") must still count,
    and the scan reports only the longer, so every stem carries the bits of the
    stems it contains.
    """
    own: dict[str, int] = {}
    for bit, words in ((_AIR_BIT, _AIR), (_STRIKE_BIT, (*_WEAPONS, *_ATTACKS)), (_HARM_BIT, _HARM)):
        for word in words:
            own[word] = own.get(word, 0) | bit
    out: dict[str, int] = {}
    for stem in own:
        bits = 0
        for other, other_bits in own.items():
            if other in stem:
                bits |= other_bits
        out[stem] = bits
    return out


_STEM_BITS = {
    bytes(stem.encode("ascii").translate(_FOLD)): bits for stem, bits in _stem_bits().items()
}
_KEY_SCAN = re.compile(b" (" + _trie(s.decode() for s in _STEM_BITS).encode() + b")")
"""Every keyword stem at a word start of the folded text (the space is a literal
prefix ``re`` skips to), longest first."""


def _keys(folded: bytes, lo: int, hi: int) -> int:
    """Bit set of the keyword families in ``folded[lo:hi]`` (one regex pass for all stems)."""
    bits = 0
    for stem in _KEY_SCAN.findall(folded, lo, hi):
        bits |= _STEM_BITS[stem]
    return bits


@per_document
def gate(doc: Document) -> Gate:
    """The candidate sentences of ``doc`` for each numeric detector."""
    body = doc.body
    low = lowered(doc)
    if len(low) != len(body):  # a few characters change length when lower-cased
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in body)
    starts = [s.start for s in doc.sentences]
    ends = [s.end if s.end - s.start <= MAX_SENTENCE else s.start for s in doc.sentences]
    folded = _folded(low)
    numbered = _hits(folded, starts, ends, (b"0",))
    allish: set[int] = set()
    pos = 0
    while (m := _WORD_SCAN.search(folded, pos)) is not None:
        at = m.start()  # the word starts at folded at + 1, body offset at
        idx = bisect_right(starts, at) - 1
        pos = m.end()
        if idx < 0 or at >= ends[idx]:
            continue
        if m.group()[1:] in _ALL_TOKENS:
            allish.add(idx)
        else:
            numbered.add(idx)
            pos = max(pos, ends[idx] + 1)  # one figure per sentence is enough
    if not numbered and not allish:
        return _EMPTY
    strike: set[int] = set()
    air: set[int] = set()
    casualty: set[int] = set()
    recaps = recap_spans(body, low)
    headline = 0 in numbered and _headline(doc)
    heads = restated_heads(doc)  # "Fedorov: 512 attacks in one day" before the entry's 512
    for idx in sorted(numbered | allish):
        if (idx == 0 and headline) or (idx > 0 and _promo(doc, idx)):
            continue  # "Russia Fires 90 Missiles And Drones At Ukraine's Power Grid"
        if doc.sentences[idx].text[:1] == "(" and _EDITORS_NOTE.match(doc.sentences[idx].text):
            continue
        if recaps and any(a <= starts[idx] < b for a, b in recaps):
            continue  # "Background: Earlier, Russia said it had downed 40 drones ..."
        if recap_sentence(doc.sentences[idx].text):
            continue  # "As Ukrinform reported earlier, ..."
        if idx > 0 and points_back(doc.sentences[idx].text):
            prev = doc.sentences[idx - 1].text
            if past_told(prev) or background(prev, 0, len(prev)):
                continue  # "... had been hit in August. At that time, nine people died"
        bits = _keys(folded, starts[idx], ends[idx] + 1)
        if idx in heads:  # "Fedorov: 512 attacks in one day" heading the entry's 512
            bits &= _HARM_BIT  # (tolls are left to the casualty detector's own reading)
        if bits & _AIR_BIT or incursion(doc.sentences[idx].text):  # "19 objects crossed ..."
            air.add(idx)
        elif _list_goes_on(doc, idx, air, bits):
            air.add(idx)  # "It listed nine over the Moscow region and six over Crimea."
        if idx in numbered:
            if bits & _STRIKE_BIT:
                strike.add(idx)
            if bits & _HARM_BIT:
                casualty.add(idx)
    for idx in sorted(air):  # "... launched 4 drones. The drones were shot down."
        nxt = idx + 1
        if (
            nxt < len(starts)
            and nxt not in air
            and _definite_outcome(doc, idx)
            and _keys(folded, starts[nxt], ends[nxt] + 1) & _AIR_BIT
        ):
            air.add(nxt)
    return Gate(frozenset(strike), frozenset(air), frozenset(casualty))


def _definite_outcome(doc: Document, idx: int) -> bool:
    """True when the sentence after ``idx``, in its paragraph, may tell the outcome of the
    weapons it counted with no figure of its own ("The drones were brought down ...")."""
    prev, sent = doc.sentences[idx], doc.sentences[idx + 1]
    if prev.paragraph != sent.paragraph or "The " not in sent.text:
        return False  # "The missiles reached their targets.": a stated zero, told as arrival
    return " were " in sent.text or _ARRIVED_ALL.search(sent.text) is not None


_ARRIVED_ALL = re.compile(
    r"\b(?:reached|hit|struck)\s+their\s+(?:intended\s+)?(?:targets?|goals?|objectives?)\b"
)


def _list_goes_on(doc: Document, idx: int, air: set[int], bits: int) -> bool:
    """True for a sentence with no weapon, strike or harm word right after an air-defence
    sentence of its paragraph, giving more "N over <region>" figures (or "Place N" after a
    colon: "The breakdown by region: Bryansk 41, Kursk 29")."""
    if idx - 1 not in air or bits & (_STRIKE_BIT | _HARM_BIT):
        return False
    prev, sent = doc.sentences[idx - 1], doc.sentences[idx]
    return list_line(prev.paragraph == sent.paragraph, sent.text)

"""A shoot-down told in translated German order, the figure last.

German air-defence copy puts the whole first and the shoot-down figure at the very
end of the clause ("von den 42 Raketen konnte die Flugabwehr 18 abschießen"), and a
literal translation keeps that order: "of the 42 missiles the air defence managed to
bring down 18", "Of the 64 drones the defenders were able to intercept 51", "of the six
ballistic missiles only one". Read word by word, the 42 looked like a launch that the
verb after it shot down entirely, and the bare 18 like a share of some other weapon.

:func:`figure_last` finds the frame (``of [the] N NOUN ... VERB M`` or ``of the N NOUN
only M``, M closing its clause) and replaces the figures the sentence reader made of
it with one outcome: M of N, a share carrying its whole (as "18 of the 42 missiles").
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmake import Mention
from pipeline.extract._airmake import make as _mention
from pipeline.extract._airmodel import model_after
from pipeline.extract._airnoun import AFTER_QTY, weapon_of
from pipeline.extract.model import InterceptWeapon, Sentence
from pipeline.extract.numbers import Quantity, find_quantities

# "Of the 42 missiles" / ", of the six ballistic missiles": the whole, fronted.
_OF_BEFORE = re.compile(
    r"(?:^|[,;:–—-]\s*|\b(?:and|but|while|whereas)\s+)(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+)?$",
    re.IGNORECASE,
)
# The outcome verb (or "only") right before the closing figure.
_VERB_BEFORE = re.compile(
    r"(?:\b(?:shoot|shot|shooting|bring|brought|bringing|take|took|taking|taken)\s+down"
    r"|\bintercept(?:ed|ing)?|\bdestroy(?:ed|ing)?|\bneutrali[sz](?:e|ed|ing)"
    r"|\bstop(?:ped|ping)?|\bdown(?:ed)?|\beliminat(?:e|ed|ing)|\brepel(?:led|ling)?"
    r"|\bfend(?:ed)?\s+off|\bonly|\bjust)"
    r"\s+(?:(?:a\s+total\s+of|only|just|exactly|all\s+in\s+all)\s+)?$",
    re.IGNORECASE,
)
# The figure closes its clause: punctuation, the end, a closing mark or "of them".
_CLOSES = re.compile(r"\s*(?:[.;,!?“”\"»«)]|$|\s*(?:of\s+them|in\s+total)\b)", re.IGNORECASE)
# "over the capital", "on the approaches to Kyiv": a place closing the share's clause.
_PLACE_TAIL = re.compile(
    r"\s+(?:over|above|near|around|in|on\s+the\s+approaches\s+to)\s+[^,.;:\d]{1,40}?"
    r"(?=\s*(?:[.;,]|$))",
    re.IGNORECASE,
)
# Nothing between the whole and its share may end the clause or start another figure's noun.
_BREAK = re.compile(r"[.;!?]")
_MAX_GAP = 110


_CLASS_WORDS = re.compile(
    r"(?:\s+(?:ballistic|cruise|hypersonic|guided|aeroballistic|anti-radar|air-launched))+",
    re.IGNORECASE,
)


def _noun(text: str, end: int) -> tuple[int, InterceptWeapon | None] | None:
    """Where the noun (or model) after a figure ends, and its weapon: "42 missiles", "14
    ballistic Iskander-M"."""
    noun = AFTER_QTY.match(text, end)
    if noun is not None:
        return (noun.end(), weapon_of(noun)) if noun.group().lstrip()[:3].lower() != "of " else None
    skip = _CLASS_WORDS.match(text, end)
    named = model_after(text, skip.end() if skip is not None else end)
    return (named[0].end(), named[1]) if named is not None else None


def _frame(
    text: str, quantities: tuple[Quantity, ...]
) -> list[tuple[Quantity, Quantity, int, InterceptWeapon | None]]:
    """(whole, share, noun end, weapon) for every figure-last frame of ``text``."""
    out: list[tuple[Quantity, Quantity, int, InterceptWeapon | None]] = []
    for i, whole in enumerate(quantities[:-1]):
        if _OF_BEFORE.search(text, max(0, whole.start - 30), whole.start) is None:
            continue
        noun = _noun(text, whole.end)
        if noun is None:
            continue
        share = quantities[i + 1]
        gap = text[noun[0] : share.start]
        if len(gap) > _MAX_GAP or _BREAK.search(gap) or share.value > whole.value:
            continue
        end = share.end
        if (again := AFTER_QTY.match(text, share.end)) is not None:
            if weapon_of(again) != noun[1]:
                continue  # "of the 64 drones launched, 51 drones ...": the English order
            end = again.end()  # "... managed to bring down 22 missiles"
        if _VERB_BEFORE.search(text, max(0, share.start - 40), share.start) is None:
            continue
        place = _PLACE_TAIL.match(text, end)  # "... bring down 22 over the capital"
        if _CLOSES.match(text, place.end() if place is not None else end) is None:
            continue
        out.append((whole, share, noun[0], noun[1]))
    return out


def figure_last(idx: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each figure-last frame read as one share of its whole."""
    text = sent.text
    if "of" not in text.lower():
        return mentions
    frames = _frame(text, find_quantities(text))
    if not frames:
        return mentions
    out = list(mentions)
    for whole, share, noun_end, weapon in frames:
        drop = {sent.start + whole.num_start, sent.start + share.num_start}
        out = [m for m in out if m.num_start not in drop]
        start = max(0, text.rfind("of", max(0, whole.start - 8), whole.start))
        m = _mention(
            idx, sent, start, share.end, share.num_start, share.value, whole.value,
            False, share.approx, weapon, "intercept", text[whole.start : noun_end],
        )  # fmt: skip
        out.append(replace(m, definite=True))
    out.sort(key=lambda x: x.num_start)
    return out

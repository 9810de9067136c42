"""Air-defence figures in the word order of literally translated Romance copy.

French, Italian, Spanish, Portuguese and Romanian agency copy translated word for word
keeps its own order for the figures of a night's report, which the sentence reader
(:mod:`pipeline.extract._airmention`) reads in English order. :func:`romance_order`
corrects the mentions of one sentence:

- "shot down also all the 7 drones launched from Iran" (Portuguese "todos os 7 drones"):
  "all the N" is every one of N, as "all N" is;
- "the six missiles were all destroyed": the figure is that outcome, so the bare "all"
  the reader also finds in the clause is no second outcome;
- "intercepted 9 missiles out of 12 and 43 drones (out of 50)": the figure listed after
  an "out of N" keeps the outcome verb, it is no launch;
- "were launched towards Sderot 6 rockets: 5 were intercepted": a bare figure with a
  shoot-down verb right after it is an outcome whatever verb opened the sentence;
- "58 drones were shot down, of the missiles only one" (Italian "dei missili solo uno"):
  a fronted "of the X" with a bare figure after it is that weapon's outcome;
- "The 2 ballistic missiles Iskander-M launched on the region of Dnipro, instead, reached
  their targets" right after a shoot-down report: a launch whose stated outcome is that
  all arrived (a stated zero, as "the missiles reached their targets" is).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._airmake import Mention
from pipeline.extract._airmake import make as _mention
from pipeline.extract._airnoun import AIR_NOUN, DOWNED, weapon_of
from pipeline.extract._strike18name import in_quoted_name
from pipeline.extract.model import Document, Sentence
from pipeline.extract.numbers import find_quantities

_ALL_THE = re.compile(r"(?<!nearly\s)(?<!almost\s)\ball\s+the\s+$", re.IGNORECASE)
# "... out of 12 and 43 drones": the outcome list goes on after a bare "out of N" (with a
# noun, "out of 160 drones and 25 missiles", the launch list goes on instead).
_AFTER_OUT_OF = re.compile(
    r"\bout\s+of\s+(?:the\s+)?[\d.,]*\d\s*(?:,\s*(?:and\s+)?|\s+and\s+)$",
    re.IGNORECASE,
)
_DOWNED_AFTER = re.compile(
    rf"\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:{DOWNED})\b", re.IGNORECASE
)
# "of the missiles only one", "of the missiles, only two" (the figure a word).
_OF_THE_ONLY = re.compile(
    rf"\bof\s+the\s+(?:[\w-]+\s+)?(?P<noun>{AIR_NOUN})\s*,?\s+(?:only\s+|just\s+)?"
    r"(?P<n>one|two|three|four|five|six|\d+)\b(?!\s+(?:of|\w+s\b))",
    re.IGNORECASE,
)
# "The 2 ballistic missiles Iskander-M launched on ..., instead, reached their targets".
_THE_N_ARRIVED = re.compile(
    rf"\b[Tt]he\s+(?P<n>\d+|two|three|four|five|six)\s+(?P<np>(?:[\w-]+\s+){{0,2}}?(?:{AIR_NOUN})"
    r"\b[^.;:]{0,80}?)(?P<told>,\s*(?:instead|however|though|in\s+turn|on\s+the\s+other\s+hand)\s*,)?"
    r"\s+(?:all\s+)?(?:reached|hit|struck)\s+(?:their|its)\s+targets?\b"
)


def romance_order(
    doc: Document, idx: int, sent: Sentence, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` of sentence ``idx`` read in the word order of translated Romance copy."""
    text = sent.text
    low = text.lower()
    out: list[Mention] = []
    valued = {m.start for m in mentions if m.value is not None and m.role == "intercept"}
    for m in mentions:
        at = m.num_start - sent.start
        if in_quoted_name(text, at, _figure_end(text, at)):
            continue  # "a «Palestine 2» ballistic missile": one missile, no count
        if m.value is None and m.all and m.weapon is None and m.start in valued:
            continue  # "the six missiles were all destroyed": the six are that outcome
        if (
            m.role == "intercept"
            and not m.all
            and m.value is not None
            and " all the " in low
            and _ALL_THE.search(text, max(0, at - 10), at)
        ):
            m = replace(m, all=True)
        if m.role == "launch" and " out of " in low and _AFTER_OUT_OF.search(text, 0, at):
            m = replace(m, role="intercept", ahead=False)
        elif m.role == "launch" and m.total is None:
            end = _figure_end(text, at)
            if _DOWNED_AFTER.match(text, end):
                m = replace(m, role="intercept", weapon=None)
        out.append(m)
    if "of the " in low:
        out += _only_of(idx, sent, out)
    if " target" in low:
        out = _arrived(doc, idx, sent, out)
    return out


def _figure_end(text: str, at: int) -> int:
    end = at
    while end < len(text) and (text[end].isalnum() or text[end] in ".,"):
        if text[end] in ".," and not text[end + 1 : end + 2].isdigit():
            break
        end += 1
    return end


# "... launched on the region of Dnipro": the sentence tells the launch itself.
_LAUNCHED_IN = re.compile(r"\b(?:launched|fired|sent)\b", re.IGNORECASE)
_NOUN = re.compile(rf"\b(?:{AIR_NOUN})\b", re.IGNORECASE)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _value(word: str) -> int:
    return _WORDS.get(word.lower()) or int(word)


def _only_of(idx: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The "of the missiles only one" outcomes of the sentence not read yet."""
    text = sent.text
    taken = {m.num_start - sent.start for m in mentions}
    if not any(m.role == "intercept" and m.value is not None for m in mentions):
        return []  # only as the second part of a report told in the same sentence
    added: list[Mention] = []
    for m in _OF_THE_ONLY.finditer(text):
        if m.start("n") in taken:
            continue
        made = _mention(idx, sent, m.start(), m.end(), m.start("n"), _value(m.group("n")),
                        None, False, "exact", weapon_of(m), "intercept", m.group())  # fmt: skip
        added.append(replace(made, definite=True))
    return added


def _arrived(doc: Document, idx: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Launch figures told as "the N X ... reached their targets" after a shoot-down report
    become a stated zero outcome (launched N, intercepted 0)."""
    text = sent.text
    out = list(mentions)
    for m in _THE_N_ARRIVED.finditer(text):
        at = m.start("n")
        if any(o.num_start - sent.start == at and o.role != "launch" for o in out):
            continue
        if m.group("told") is None and not _LAUNCHED_IN.search(m.group("np")):
            continue  # "The two missiles reached their targets": a launch counted before
        if not _report_before(doc, idx):
            continue
        out = [o for o in out if o.num_start - sent.start != at]
        noun = _NOUN.search(m.group("np"))
        weapon = weapon_of(noun) if noun else None
        made = _mention(idx, sent, m.start(), m.end(), at, 0, _value(m.group("n")), False,
                        "exact", weapon, "intercept", m.group("np"))  # fmt: skip
        out.append(replace(made, definite=True))
    return out


def _report_before(doc: Document, idx: int) -> bool:
    """True when one of the two sentences before ``idx`` states a shoot-down figure."""
    for prev in doc.sentences[max(0, idx - 2) : idx]:
        low = prev.text.lower()
        if any(w in low for w in ("shot down", "intercepted", "neutrali", "destroyed")) and any(
            q.value for q in find_quantities(prev.text)
        ):
            return True
    return False


# "shot down 14 drones over the region": a regional head's own figure.
_OVER_LOCAL = re.compile(r"\bover\s+the\s+(?:region|oblast|city|district|area)\b", re.IGNORECASE)
_COUNTRY_TARGET = re.compile(
    r"\b(?:attacked|launched\s+(?:against|at|on))\s+(?:Ukraine|Israel|Russia)\b", re.IGNORECASE
)


def local_outcome(outcome: str, launch: str) -> bool:
    """True when the shoot-down ``outcome`` was counted over "the region" (a regional
    head's figure) and the later total ``launch`` sentence counts a whole country's attack
    ("in total at night the Russians attacked Ukraine with 104 strike UAVs"): the total is
    the national report's own launch, not the region's."""
    return _OVER_LOCAL.search(outcome) is not None and _COUNTRY_TARGET.search(launch) is not None

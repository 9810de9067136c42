"""The inverted trailing cue: "..., said the governor." / "“...,” said Zelensky."

Split out of :mod:`pipeline.extract._cues` (at its size limit): the speaker after the verb,
and the rest of the sentence that may follow it ("on Friday", "in an interview with the
„Tagesthemen“", "further"), which tells a speaker from the object of another verb.
"""

from __future__ import annotations

import re

from pipeline.extract import _capitalof, _invfirst, _invpp, _outlets, _parties
from pipeline.extract._clauses import after_dash, trim
from pipeline.extract._cuetype import Cue
from pipeline.extract._cuewords import WHEN_WORDS
from pipeline.extract._npafter import np_after

CLOSING_MARKS = '”"»’“«'  # "“" closes the German „…“, "«" a German »…«
TRAILING_ENDS = (",", *CLOSING_MARKS)
"""What ends the clause right before an inverted cue: a comma or a closing mark."""
_DASHED = (" - ", " – ", " — ")
"""A spaced dash before the verb ends the clause too: "C – announced the air force"."""
TRAIL_REST = re.compile(
    r"(?:[ \t]+(?:on|in|at|during|late|early|earlier|later|this|last|via|from|after|before"
    r"|overnight|yesterday|today|tonight|while|when|citing|to|of|[A-Z][a-z]+day"
    r"|reporters|journalists|lawmakers|parliament|media|state|separately|afterwards|again"
    r"|subsequently|jointly|publicly|privately|previously|initially|repeatedly|according"
    r"|(?:further|furthermore|also|too|moreover|additionally|then|now|recently)"
    r"(?=[ \t]*(?:[,;:.!?]|on[ \t]|in[ \t]|at[ \t]|$))"  # "..., said Selensky further."
    r"|with(?=[ \t]+(?:a[ \t]+view|regard|reference|respect)[ \t]+to))"  # "mit Blick auf"
    r"(?![\w-])"
    r"[^,;:!?“”\"«»\n]{0,100}?(?:[„“\"«][^„“”\"«»\n]{1,40}[“”\"»]"  # "in the „Tagesthemen“
    r"(?:[ \t]+(?:of|on)[ \t]+(?:the[ \t]+)?[A-Z][\w.-]*)?)?)?"  # (of ARD)"
    r"[ \t]*(?:[,;:—–]|[.!?]+[\"”’»)]*[ \t]*(?:$|(?=[“\"«„]))|$)"
)
_APPOSED_FIRM = re.compile(
    r",[ \t]+(?:the|an?)[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:company|firm|holding|group|operator"
    r"|producer|agency|broadcaster|network|utility)[ \t]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]*[.!?]?$"
)
"""The name a trailing description is set off by ("said the operator, the company X.")."""


def inverted(text: str, verb: str, v_start: int, v_end: int) -> Cue | None:
    """ "..., said the governor." / "“...,” said Zelensky."""
    before = text[max(0, v_start - 4) : v_start]
    if not before.rstrip(" —–-").endswith(TRAILING_ENDS) and not before.endswith(_DASHED):
        return None  # "C - declared the governor" (Romanian, Polish, Italian copy) may
    at = _invpp.past(text, v_end)  # "..., reacted on X the minister"
    np = _invfirst.unnamed(text, at) or np_after(text, at)  # "said a military officer"
    np = _capitalof.widened(text, np)  # "reported the administration of the Ukrainian capital"
    np = (np[0], _invpp.complement(text, np[1])) if np is not None else None  # "the minister
    # for foreign affairs, NAME"
    quoted = _outlets.after(text, v_end + 4 if text.startswith(" the", v_end) else v_end)
    if quoted and (np is None or np[1] < quoted[0]) and TRAIL_REST.match(text, quoted[2]):
        np = quoted[:2]  # "..., writes the “Kyiv Independent”, citing sources"
    elif np is None or not TRAIL_REST.match(text, (e := _parties.tag_end(text, np[1])), e + 200):
        return None  # "..., said MK X (Yesh Atid) during the debate": past the party tag
    if text[np[0] : np[1]] in WHEN_WORDS:
        return None  # "..., said Wednesday": a time, not a speaker
    widen = " of " in text[np[0] : np[1]] or " for " in text[np[0] : np[1]]  # "the minister
    widen = widen or text[np[0] : np[1]].islower()  # for foreign affairs, NAME", "the mayor, NAME"
    if widen and (named := _invpp.closing_name(text, np[1])) > 0:
        np = (np[0], named)  # "..., said the head of the X, Christoph Heusgen."
    elif text.startswith(", ", np[1]) and (firm := _APPOSED_FIRM.match(text, np[1])) is not None:
        np = firm.span("name")  # "..., said the operator, the agricultural company Nibulon."
    c_start, c_end = trim(text, 0, v_start - 3 if before.endswith(_DASHED) else v_start)
    c_start = after_dash(text, c_start, c_end) if " — " in text else c_start  # "... SAMP/T. —
    # Every day ..., declared X": the dash opens the clause
    np = _invfirst.widen(text, *np)  # "..., said the governor of X, NAME, writing on ..."
    subject = text[np[0] : np[1]]
    return Cue(verb, v_start, v_end, subject, *np, c_start, c_end, "trailing", False)

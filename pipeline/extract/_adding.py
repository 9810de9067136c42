"""Cues that take the subject of their sentence: "..., adding that C", "... and said C".

Split out of :mod:`pipeline.extract._cues` at its 500-line limit: these cues name no
speaker of their own, so they only cut the reported clause; the scanner in ``_cues``
decides where they stand.
"""

from __future__ import annotations

import re

from pipeline.extract._clauses import plausible_clause, skip_adjuncts, trim
from pipeline.extract._cuetype import Cue
from pipeline.extract._cuewords import ADDED, ADDITION, THAT_PARTICIPLES, TOLD_OBJECT, URGING
from pipeline.extract._subjects import appeal

THAT = re.compile(r"[ \t,]*(?P<gap>(?:[\w’'.-]+[ \t,]+){0,4}?)that[ \t]+(?=\S)")
PLACE_APPOSITIVE = re.compile(r", an? (?:city|town|village|port) (?:of|that|which|where) ")
"""A description of a place inside a reported clause: the writer's, not the speaker's."""
_ASSURED_OF = re.compile(r"[ \t]+(?:[\w’'-]+[ \t]+){1,3}?of[ \t]")


def addition(text: str, verb: str, v_start: int, v_end: int) -> Cue | None:
    """ "..., adding that CLAUSE" / "... and said CLAUSE": the subject is the sentence's."""
    obj = TOLD_OBJECT.match(text, v_end, v_end + 80) if verb == "telling" else None
    if (verb == "telling" and obj is None) or (verb in URGING and not appeal(text, v_end)):
        return None  # ", telling reporters (that) ...": skip the hearer; "urging Y to Z"
    pos = obj.end() if obj is not None else v_end
    if verb in THAT_PARTICIPLES or verb in ("specifying", "recalling"):  # ", arguing that"
        pos = skip_adjuncts(text, verb, pos)
        if not text[pos : pos + 8].lstrip(" ").startswith("that "):
            return None
    elif verb in ("saying", "adding", "noting") and text.startswith(" in ", pos):
        past = skip_adjuncts(text, verb, pos)  # ", saying in a statement that ...": the
        pos = past if text.startswith(" that ", past - 1) or text.startswith("that ", past) else pos
    elif verb == "appealed" and text.startswith(" to ", pos):
        pos += 3  # "appealed to the UN to open ...": the addressee, then "to"
    that = THAT.match(text, pos, pos + 40)
    if that is None and verb == "assured" and _ASSURED_OF.match(text, pos, pos + 60):
        return None  # "and assured Ukrainians of France's support": a hearer and a noun
    gap = that.group("gap").split() if that is not None else []
    if that is not None and verb == "assured" and len(gap) <= 3:
        gap = []  # "and assured residents that ...": the hearer, then the clause
    elif that is not None and verb == "telling" and len(gap) <= 3 and gap[:1] in (["in"], ["at"]):
        gap = []  # ", telling reporters in Brussels that ...": where, then the clause
    start = that.end() if that is not None and not gap else pos
    c_start, c_end = trim(text, start, len(text))
    c_end = cut_addition(text, c_start, c_end)
    if not plausible_clause(text[c_start : min(c_end, c_start + 200)]):
        return None
    return Cue(
        verb, v_start, v_end, "", v_start, v_start, c_start, c_end, "adding", that is not None
    )


def cut_addition(text: str, start: int, end: int) -> int:
    """End of a reported clause before a following ", adding ..." / "and added ...", or a
    sentence opening with a German „ mark that splitting missed ("... years. „We ...“")."""
    low = text.find(" „", start, end)
    while low > start:
        if text[low - 1] in ".!?":
            end = trim(text, start, low)[1]
            break
        low = text.find(" „", low + 2, end)
    if ", a" in text[start:end]:  # "... in Nikopol, a city of about 100,000 ...": background
        place = PLACE_APPOSITIVE.search(text, start, end)
        if place is not None:
            end = trim(text, start, place.start())[1]
    if all(text.find(w, start, end) < 0 for w in ADDED):
        return end
    m = ADDITION.search(text, start, end)
    return trim(text, start, m.start())[1] if m is not None else end

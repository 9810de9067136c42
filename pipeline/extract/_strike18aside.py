"""Place asides between an attack verb's target and its counted weapons.

Translated Romance, Romanian and Ukrainian copy places the target, then an aside
locating it, then the figure: "struck the port of Pivdennyi, near Odesa, with four
ballistic missiles", "hit the city of Zaporizhzhia, in the south-east, with five guided
aerial bombs", "shelled Nikopol, as well as the Marhanets and Myrove communities, more
than 20 times". The commas cut the clause the strikes detector reads, so the figure
loses its verb. :func:`place_asides` blanks such an aside (a locating one) or only its
commas (an "as well as" list of more targets), keeping every offset, when an attack verb
stands before it and a figure right after it.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import find_quantities

_LOCATING = re.compile(
    r",\s*(?:near|outside|not\s+far\s+from|close\s+to|on\s+the\s+(?:Danube|Dnipro|Black\s+Sea|"
    r"coast|border|front\s+line)|in\s+the\s+(?:north|south|east|west|centre|center)[\w-]*|"
    r"(?:north|south|east|west)[\w-]*\s+of|in\s+the\s+[\w-]+\s+(?:region|district|oblast))"
    r"[^,.;:\d]{0,40}?\s*,\s*",
    re.IGNORECASE,
)
# ", as well as the Marhanets, Myrove and Pokrovske communities,": more targets.
_AS_WELL_AS = re.compile(r",\s*as\s+well\s+as\s+[^.;:\d]{2,80},\s*", re.IGNORECASE)
_VERB_BEFORE = re.compile(
    r"\b(?:attack(?:ed|s)|fired|launched|struck|strikes|hit|hits|shelled|shells|bombed|"
    r"targeted)\b(?:\s+[^,.;:\d]{1,60}?)?$",
    re.IGNORECASE,
)
_WITH = re.compile(r"(?:with|using)\s+", re.IGNORECASE)


def place_asides(text: str) -> str:
    """``text`` with the place asides between an attack verb and its figure blanked."""
    if text.count(",") < 2:
        return text
    low = text.lower()
    if not any(w in low for w in ("struck", "hit", "shelled", "attack", "bombed", "fired")):
        return text
    out = text
    for m in (*_LOCATING.finditer(text), *_AS_WELL_AS.finditer(text)):
        if _VERB_BEFORE.search(text, max(0, m.start() - 80), m.start()) is None:
            continue
        at = m.end()
        if (w := _WITH.match(text, at)) is not None:
            at = w.end()
        if not any(q.start == 0 for q in find_quantities(text[at : at + 40])):
            continue
        if m.re is _LOCATING:
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
        else:  # keep the listed targets, drop only their commas
            out = out[: m.start()] + m.group().replace(",", " ") + out[m.end() :]
    return out

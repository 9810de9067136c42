"""Per-region shares listed as "Place N" after a colon (Russian Defence Ministry style).

The ministry's bulletin often follows its total with a bare breakdown: "112 Ukrainian
drones had been intercepted ... The breakdown by region: Bryansk 41, Kursk 29,
Belgorod 22, Moscow region 11, Tula 9." (or "Rostov (10), Smolensk (7)"). Each item
is a region's share of the total, labelled like "41 over the Bryansk region" (a
per-region interception beside the total, no sums). The list is read only when every
item after the colon is a capitalised place and a figure, so a sentence saying
anything else gives none, and only for a sentence right after a shoot-down report
(:func:`pipeline.extract.interceptions._analyse` decides that).
"""

from __future__ import annotations

import re

from pipeline.extract._airmention import Mention
from pipeline.extract._airtotal import figure_mention
from pipeline.extract.model import InterceptWeapon, Sentence
from pipeline.extract.numbers import find_quantities

# "over the Sea of Azov 5", "over the Black Sea 7": a sea item keeps its "over the".
_PLACE = (
    r"(?:over\s+(?:the\s+)?)?(?-i:[A-Z][\w'’-]+)(?:\s+(?:of\s+)?(?-i:[A-Z][\w'’-]+))?"
    r"(?:\s+(?:region|oblast|republic|krai))?"
)
_ITEM = re.compile(
    rf"\s*(?:and\s+)?(?P<place>{_PLACE})\s*(?:[-–—:]\s*|(?P<paren>\())?(?P<n>\d+(?:[.,]\d{3})*)"
    r"(?(paren)\))\s*",  # "Rostov (10), Smolensk (7)": the figure in brackets
    re.I,
)
_OVER = re.compile(r"^over\s+(?:the\s+)?", re.IGNORECASE)
_SEP = re.compile(r"\s*(?:,|;|and\b)")
_END = re.compile(r"[.;]?[\s\"”“]*$")


def named_shares(idx: int, sent: Sentence, weapon: str | None) -> list[Mention]:
    """The "Place N" shares of a verbless list after the sentence's colon, else none."""
    text = sent.text
    colon = text.find(":")
    if weapon not in ("drone", "missile") or colon < 0:
        return []
    quantities = {q.num_start: q for q in find_quantities(text) if q.total is None and not q.all}
    out: list[Mention] = []
    at = colon + 1
    while True:
        item = _ITEM.match(text, at)
        q = quantities.get(item.start("n")) if item is not None else None
        if item is None or q is None or q.value is None:
            return []
        place = _OVER.sub("", item.group("place"))
        kind: InterceptWeapon = "drone" if weapon == "drone" else "missile"
        span = (item.start("place"), item.end("n") + (item.group("paren") is not None))
        out.append(figure_mention(idx, sent, q, span, kind, "intercept", place, part=True))
        at = item.end()
        if _END.fullmatch(text, at):
            break
        sep = _SEP.match(text, at)
        if sep is None:
            return []
        at = sep.end()
    return out if len(out) >= 2 else []

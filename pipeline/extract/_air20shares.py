"""Per-region shares a ministry bulletin lists in the sentence after its total.

Translated German copy of the Russian Defence Ministry's bulletin gives the regions of a
shoot-down total in shapes the "N over the X region" reader misses:

- the figure in brackets after the place: "By region, most were shot down over Bryansk
  (19), followed by Kursk (12) and Belgorod (9)";
- the figure after "with": "The largest numbers were recorded in the Bryansk region with
  30 and the Kursk region with 24";
- a verb of its own before "over" ("Of these, 30 fell over the Bryansk region and 17 over
  the Smolensk region", German "entfielen auf").

Each item is a region's share of the total, labelled like "41 over the Bryansk region" (a
per-region interception beside the total, no sums). Only a list of two or more items is
read, and only in the sentence right after a shoot-down report
(:func:`pipeline.extract.interceptions._analyse` asks, as for
:func:`pipeline.extract._airnamelist.named_shares`).
"""

from __future__ import annotations

import re

from pipeline.extract._air20verbs import KIND as _KIND
from pipeline.extract._air20verbs import NAME as _NAME
from pipeline.extract._air20verbs import WITH_FIGURE as _WITH
from pipeline.extract._air21shares import accounted_shares
from pipeline.extract._airmention import Mention
from pipeline.extract._airnamelist import named_shares
from pipeline.extract._airregion import REGION, region_name
from pipeline.extract._airtotal import figure_mention
from pipeline.extract.model import InterceptWeapon, Sentence
from pipeline.extract.numbers import find_quantities

# "over Bryansk (19)", "Kursk region (12)": a place and its figure in brackets.
_PAREN = re.compile(rf"(?P<place>{_NAME}(?:\s+{_KIND})?)\s*\((?P<n>\d[\d,.]*)\)", re.I)
# "30 fell over the Bryansk region": the share's own verb before the region.
_FELL = re.compile(r"\s+(?:fell|came\s+down|went\s+down)(?=\s+over\b)", re.I)


def listed_shares(idx: int, sent: Sentence, weapon: str | None) -> list[Mention]:
    """The region shares of a "Place N" list after a colon
    (:func:`pipeline.extract._airnamelist.named_shares`), else of a bracketed, "with N" or
    "N fell over X" list, else none."""
    named = named_shares(idx, sent, weapon)
    return named or _shares(idx, sent, weapon) or accounted_shares(idx, sent, weapon)


def _shares(idx: int, sent: Sentence, weapon: str | None) -> list[Mention]:
    text = sent.text
    if weapon not in ("drone", "missile"):
        return []
    kind: InterceptWeapon = "drone" if weapon == "drone" else "missile"
    quantities = {q.num_start: q for q in find_quantities(text) if q.total is None and not q.all}
    out: list[Mention] = []
    items: list[tuple[int, int, int, str]] = []  # figure offset, span start, span end, place
    if "(" in text:
        items += [
            (m.start("n"), m.start(), m.end(), m.group("place")) for m in _PAREN.finditer(text)
        ]
    if " with " in text:
        items += [
            (m.start("n"), m.start(), m.end(), m.group("place")) for m in _WITH.finditer(text)
        ]
    if not items and (" fell " in text or " down over " in text):
        for fig in quantities.values():
            fell = _FELL.match(text, fig.end)
            region = REGION.match(text, fell.end() if fell else fig.end)
            if region is not None and (fell is not None or items):
                place = region_name(region.group())
                items.append((fig.num_start, fig.start, region.end(), place))
    for at, start, end, place in sorted(items):
        q = quantities.get(at)
        if q is None or q.value is None:
            return []
        if place.lower().startswith("over "):
            place = region_name(" " + place)
        out.append(figure_mention(idx, sent, q, (start, end), kind, "intercept", place, part=True))
    return out if len(out) >= 2 else []

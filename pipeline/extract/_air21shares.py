"""Region shares told with "accounted for N" or "followed by X with N".

The Russian Defence Ministry's bulletin, and the agencies retelling it, give the regions of
a shoot-down total in shapes the "N over the X region" reader and the lists of
:mod:`pipeline.extract._air20shares` miss:

- "PLACE accounted for N (of them)" (German "entfielen auf"), the next items elided to
  "PLACE for N": "The Bryansk region accounted for 45 of them, the Kursk region for 30";
  also as a participle beside the total: "..., with the Bryansk region accounting for 40
  and Smolensk for 22";
- "followed by PLACE with N" after a share that named its region another way: "35 of them
  over the Kaluga region, followed by Tula with 20 and Oryol with 12", "The most, 26, were
  over the Kursk region, followed by the Belgorod region with 17".

Each item is a region's share of the total, labelled like "41 over the Bryansk region" (a
per-region interception beside the total, no sums). :func:`accounted_shares` reads the
"accounted for" list (two items or more, or one with "of them"); :func:`followers` reads
the "followed by" items of a sentence whose own share named a region.
:func:`pipeline.extract.interceptions._analyse` asks both for a sentence holding or
following a shoot-down report (``_air20shares.listed_shares`` for the next sentence).
"""

from __future__ import annotations

import re

from pipeline.extract._air20verbs import KIND as _KIND
from pipeline.extract._air20verbs import NAME as _NAME
from pipeline.extract._airmention import Mention
from pipeline.extract._airregion import region_name
from pipeline.extract._airtotal import figure_mention
from pipeline.extract.model import InterceptWeapon, Sentence
from pipeline.extract.numbers import Quantity, find_quantities

_PLACE = rf"(?:the\s+)?(?P<place>{_NAME}(?:\s+{_KIND})?)"
_N = r"(?P<n>\d+(?:[.,]\d{3})*)"
# "The Bryansk region accounted for 45 of them", "with Bryansk accounting for 40".
_ACCOUNTED = re.compile(
    rf"{_PLACE}\s+(?:accounted|accounting)\s+for\s+{_N}(?P<of>\s+of\s+(?:them|these|those))?\b",
    re.IGNORECASE,
)
# "..., the Kursk region for 30", "and Smolensk for 22": an elided item of that list.
_FOR_ITEM = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+){_PLACE}\s+for\s+{_N}\b", re.IGNORECASE)
# "followed by Tula with 20", then "and Oryol with 12" / ", Kaluga with 9".
_FOLLOWED = re.compile(rf"\bfollowed\s+by\s+{_PLACE}\s+with\s+{_N}\b", re.IGNORECASE)
_WITH_ITEM = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+){_PLACE}\s+with\s+{_N}\b", re.IGNORECASE)


def _kind(weapon: str | None) -> InterceptWeapon | None:
    if weapon == "drone":
        return "drone"
    return "missile" if weapon == "missile" else None


def _items(
    text: str, first: re.Match[str], more: re.Pattern[str]
) -> list[tuple[int, int, str, str]]:
    """(start, end, place, figure) of ``first`` and each elided item after it."""
    items = [(first.start(), first.end(), first.group("place"), first.group("n"))]
    at = first.end()
    while (item := more.match(text, at)) is not None:
        items.append((item.start("place"), item.end(), item.group("place"), item.group("n")))
        at = item.end()
    return items


def _mentions(
    idx: int,
    sent: Sentence,
    items: list[tuple[int, int, str, str]],
    kind: InterceptWeapon,
    taken: frozenset[int],
) -> list[Mention]:
    by_offset: dict[int, Quantity] = {
        q.num_start: q for q in find_quantities(sent.text) if q.total is None and not q.all
    }
    out: list[Mention] = []
    for start, end, place, figure in items:
        at = sent.text.find(figure, start, end)
        q = by_offset.get(at)
        if q is None or q.value is None or sent.start + at in taken:
            return []
        name = region_name(" over the " + place)
        out.append(figure_mention(idx, sent, q, (start, end), kind, "intercept", name, part=True))
    return out


def accounted_shares(
    idx: int, sent: Sentence, weapon: str | None, taken: frozenset[int] = frozenset()
) -> list[Mention]:
    """The shares of an "X accounted for N (of them), Y for M" list, else none."""
    kind = _kind(weapon)
    if kind is None or ("accounting for" not in sent.text and "accounted for" not in sent.text):
        return []
    first = _ACCOUNTED.search(sent.text)
    if first is None:
        return []
    items = _items(sent.text, first, _FOR_ITEM)
    if len(items) < 2 and first.group("of") is None:
        return []
    return _mentions(idx, sent, items, kind, taken)


def followers(
    idx: int, sent: Sentence, mentions: list[Mention], before: str | None = None
) -> list[Mention]:
    """The "followed by X with N" shares after a share of ``mentions`` that named its
    region ("35 of them over the Kaluga region, followed by Tula with 20"); ``before`` is
    the weapon of the report before, for a share naming none ("Most of them, 26, ...")."""
    if "followed by" not in sent.text:
        return []
    first = _FOLLOWED.search(sent.text)
    if first is None:
        return []
    at = sent.start + first.start()
    lead = [
        m for m in mentions if m.role == "intercept" and m.location is not None and m.num_start < at
    ]
    kind = _kind(lead[-1].weapon or before) if lead else None
    if kind is None:
        return []
    taken = frozenset(m.num_start for m in mentions)
    return _mentions(idx, sent, _items(sent.text, first, _WITH_ITEM), kind, taken)


def same_sentence(
    idx: int, sent: Sentence, mentions: list[Mention], before: str | None
) -> list[Mention]:
    """The "followed by" and "accounting for" shares beside the sentence's own total
    (``before``: the weapon of the report before, for figures naming none)."""
    if "followed by" not in sent.text and "account" not in sent.text:
        return []
    out = followers(idx, sent, mentions, before)
    downs = [m for m in mentions if m.role == "intercept" and m.value is not None]
    if downs and not out:
        taken = frozenset(m.num_start for m in mentions)
        out = accounted_shares(idx, sent, downs[0].weapon or before, taken)
    return out

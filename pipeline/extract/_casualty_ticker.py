"""A live ticker told newest first: only the latest toll of an incident counts.

German live tickers (n-tv, Spiegel, FOCUS) stamp each entry ("+++ 21:40 +++ Death toll in
Zaporizhzhia rises to 14") and put the newest entry on top, so the morning's "At least eight
dead in Zaporizhzhia" stands below the evening's 14 dead and 61 injured. The update reader
(:mod:`pipeline.extract._casualty_update`) looks back from an update to the toll it replaces;
in a reverse-order ticker the replaced toll lies further down. :func:`older_entries` drops a
toll of an older entry that a newer entry's toll of the same place replaces (every figure as
large or larger, the same people). Tickers in time order are left to the update reader.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import pairwise

from pipeline.extract import _places
from pipeline.extract._bodylits import body_has
from pipeline.extract._cas20read import lede_supersedes
from pipeline.extract.model import Casualty, Document, Finding

_STAMP = re.compile(r"\+\+\+\s*(\d{1,2})[:.](\d\d)\s*\+\+\+")
_MIN_STAMPS = 2
# "+++ 14:10 +++ Cherson: toll rises to two dead": the entry's kicker names its place when
# the places table does not know the spelling (German "Cherson", "Mykolajiw").
_KICKER = re.compile(r"\+{3}\s*\d{1,2}[:.]\d\d\s*\+{3}\s*(?P<kick>(?-i:[A-Z])[\w'’-]+):\s")


def _kicker(entry: str) -> str | None:
    """The one-word kicker of a ticker entry's heading ("Cherson: ..."), else None."""
    m = _KICKER.match(entry)
    return m.group("kick") if m is not None else None


def _entries(doc: Document) -> tuple[list[int], list[int]] | None:
    """(offsets, minutes of the day) of the ticker's stamps when it runs newest first."""
    stamps = [
        (m.start(), int(m.group(1)) * 60 + int(m.group(2))) for m in _STAMP.finditer(doc.body)
    ]
    if len(stamps) < _MIN_STAMPS:
        return None
    times = [t for _, t in stamps]
    if any(b > a for a, b in pairwise(times)):
        return None  # not newest first
    return [o for o, _ in stamps], times


def older_entries(
    doc: Document, found: list[Finding], replaces: Callable[[Casualty, Casualty], bool]
) -> list[Finding]:
    """``found`` without tolls of older ticker entries a newer entry's toll replaces
    (``replaces(old, new)``), both placed in the same town or region."""
    if not body_has(doc.body, "+++"):
        return found
    found = lede_supersedes(doc, found, replaces)  # the lede above the ticker (_cas20read)
    ticker = _entries(doc)
    if ticker is None:
        return found
    offsets, times = ticker
    seen: list[tuple[int, str, Casualty]] = []  # (entry time, place, record), newest first
    drop: set[int] = set()
    for i, f in enumerate(found):
        if not isinstance(f, Casualty):
            continue
        k = bisect_right(offsets, f.evidence.start) - 1
        if k < 0:
            continue
        entry = doc.body[offsets[k] : offsets[k + 1] if k + 1 < len(offsets) else len(doc.body)]
        place = f.location or _places.located(entry) or _kicker(entry)
        if any(
            t > times[k] and (p == place or p in entry) and replaces(f, new) for t, p, new in seen
        ):
            drop.add(i)  # "+++ 16:05 +++ At least eight dead in X" below "+++ 21:40 +++" 14
            continue
        if place is not None:
            seen.append((times[k], place, f))
    return [f for i, f in enumerate(found) if i not in drop]

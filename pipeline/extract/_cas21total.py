"""A share and its stated total in one phrase: "13 of the 28 injured are in hospital".

Agency copy often gives the injured total only inside the share that breaks it down:
"Nine of the 31 wounded remain in hospital", "four of the 17 injured are in serious
condition", "three of the 19 wounded had undergone surgery", "Six of the 22 injured were
children". By the written rules the share is a subgroup record of its own (a stated
condition, care or group share of the injured) and the total is the toll: one record for
each, unless a record told before already carries that total (the phrase then points back
to it: "..., injuring 14 people. Five of the 14 injured are in hospital").

- :func:`total_share` reads the share ("N of the M wounded" and its condition, care or
  group), for :func:`pipeline.extract.casualties._records`;
- :func:`with_totals` adds the total's record after the readings (or completes a
  killed-only toll of the same paragraph told just before, as "Of the 17 injured, five are
  in hospital" does, ``dev_numeric64``), for :func:`pipeline.extract.casualties.find`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from pipeline.extract import _casualty_more as more
from pipeline.extract import _casualty_words as cw
from pipeline.extract._bodylits import body_has
from pipeline.extract._casualty_groups import GROUPS
from pipeline.extract.model import Casualty, Document, Evidence, Finding
from pipeline.extract.numbers import Quantity, parse_number

Kind = Literal["killed", "injured"]

_HURT = re.compile(r"\s+(?:people\s+|persons\s+)?(?:wounded|injured|hurt)\b", re.IGNORECASE)
_BE = r"\s+(?:were|was|are|is|remain(?:s|ed)?|(?:have|has|had)(?:\s+been)?)\s+(?:still\s+|now\s+)?"
# "are in inpatient treatment", "had undergone surgery", "needed surgery", "remain in hospital"
_CARE = re.compile(
    rf"(?:{_BE}(?:in\s+(?:inpatient|hospital|medical|intensive)\s+(?:treatment|care)|"
    r"in\s+(?:a\s+|the\s+)?hospitals?|undergone\s+(?:an?\s+)?(?:surgery|operations?))|"
    r"\s+(?:underwent|needed|required|had\s+to\s+undergo)\s+(?:an?\s+)?(?:surgery|operations?))\b",
    re.IGNORECASE,
)
# "Six of the 22 injured were children": a group share of the total.
_GROUP_SHARE = re.compile(
    rf"\s+(?:were|are)\s+(?:(?:{cw.ADJ})\s+)?(?P<group>{cw.GROUP})\b(?=\s*(?:[,.;]|$|and\b))",
    re.IGNORECASE,
)


def total_share(text: str, q: Quantity) -> tuple[int, str, Kind] | None:
    """(end, group, kind) of the share "N of the M wounded ..." (``q`` spans "N of the M"),
    else None."""
    cond = more.total_condition(text, q)
    if cond is not None:
        return cond, "people", "injured"  # "Two of the 11 wounded were in critical condition"
    hurt = _HURT.match(text, q.end)
    if hurt is None or q.all:
        return None
    care = _CARE.match(text, hurt.end())
    if care is not None:
        return care.end(), "people", "injured"
    named = _GROUP_SHARE.match(text, hurt.end())
    if named is not None:
        word = named.group("group").lower()
        if word in cw.NO_GROUP:
            return None
        return named.end(), GROUPS.get(word) or more.group_of(word), "injured"
    return None


_SHARE_OF_TOTAL = re.compile(
    r"\b(?P<n>[\w-]+)\s+of\s+the\s+(?P<m>\d[\d,]*|[a-z-]+)\s+(?:people\s+|persons\s+)?"
    r"(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)


def _paragraph(doc: Document, at: int) -> int:
    for sent in doc.sentences:
        if sent.start <= at < sent.end:
            return sent.paragraph
    return -1


def with_totals(doc: Document, out: list[Finding]) -> list[Finding]:
    """``out`` with the injured total of each "N of the M wounded" share that no record
    before it told."""
    if not body_has(doc.body, " of the "):
        return out
    result: list[Finding] = []
    for f in out:
        total = _total_of(doc, f)
        if total is None or not isinstance(f, Casualty):
            result.append(f)
            continue
        value, start, end = total
        told = [c for c in result if isinstance(c, Casualty)]
        if any(c.injured == value for c in told):
            result.append(f)  # the phrase points back to a toll told before
            continue
        para = _paragraph(doc, f.evidence.start)
        head = next(
            (
                i
                for i in range(len(result) - 1, -1, -1)
                if isinstance(result[i], Casualty)
                and _paragraph(doc, result[i].evidence.start) == para
            ),
            None,
        )
        prior = result[head] if head is not None else None
        if (
            isinstance(prior, Casualty)
            and prior.killed is not None
            and prior.injured is None
            and prior.group == "people"
            and head is not None
        ):
            result[head] = replace(prior, injured=value)  # "Two died. Four of the 17 injured ..."
        else:
            evidence = Evidence(doc.body[start:end], start, end)
            result.append(replace(f, evidence=evidence, group="people", killed=None, injured=value))
        result.append(f)
    return result


def _total_of(doc: Document, f: Finding) -> tuple[int, int, int] | None:
    """(M, start, end of "the M wounded") of the share record ``f``, else None."""
    if not isinstance(f, Casualty) or f.injured is None or f.killed is not None:
        return None
    m = _SHARE_OF_TOTAL.search(f.evidence.text)
    if m is None or parse_number(m.group("n")) != f.injured:
        return None
    value = parse_number(m.group("m").replace(",", ""))
    if value is None or value <= f.injured:
        return None
    base = f.evidence.start
    return value, base + m.start("m") - 4, base + m.end()

"""The literal gates of the second speed round answer exactly what the plain regexes do.

Each gate skips a regex only when a word or character the regex requires is missing, so
the gated and the ungated readings must agree on every text, including the ones that
lower-case to another length or hold letters IGNORECASE folds ("ı", "ſ").
"""

from __future__ import annotations

import re

import pytest

from pipeline.extract import _airmention, _casualty_war, numbers
from pipeline.extract._airnoun import ALL

TEXTS = [
    "All were shot down, and both drones and none of the missiles got through.",
    "ALL 14 DRONES WERE DOWNED; neither of which was intercepted.",
    "Not all of them, almost all drones, balls and walls: all-out war.",
    "Neıther of them was hit, but all of the İskander missiles were.",
    "Russia launched sixteen drones, fifty-five missiles and twelve rockets on Jan. 5.",
    "The war, now in its third year, has killed at least 40,000 people, the ministry said.",
    "Between February 24 and May 15, UN monitors recorded 3,381 deaths.",
    "The toll of the Israeli aggression has risen to 23,469 since the 2021 coup.",
    "In over 14 months of ongoing fighting, 1,200 people were killed on Tuesday.",
    "Attacks last month in which exploding pagers killed at least 12 people.",
    "The violence has claimed 900 lives so far; 15 to 20 shells hit the town overnight.",
    "Two 'Palestine 2' missiles and two Zulfiqar 3 ballistic missiles, aged 34, 51 and 77.",
    "Flight 17 carried 298 people; US$ 40 million; No. 3; between 20 and 25 drones; 15-20.",
    "Days earlier, RSF fighters struck a mosque, killing at least 70 in the ſiege.",
    "It rose by two to 9 dead, up from 7, with 40 others hurt — 30 – 40 more.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_all_words_is_finditer(text: str) -> None:
    expected = [m.span() for m in ALL.finditer(text)]
    assert [m.span() for m in _airmention._all_words(text, text.lower())] == expected


def test_all_keywords_are_the_patterns() -> None:
    """``_all_words`` starts from these words: ALL must open with no others."""
    group = re.search(r"\(\?P<kw>([^)]*)\)", ALL.pattern)
    assert group is not None and tuple(group.group(1).split("|")) == _airmention._ALL_WORDS


@pytest.mark.parametrize("text", TEXTS)
def test_anchors_find_every_number_word(text: str) -> None:
    low = text.lower()
    expected = sorted(
        [m.start() for m in re.finditer(r"\d+", text)]
        + [
            m.start()
            for word in numbers._ANCHOR_WORDS
            for m in re.finditer(re.escape(word), low)
            if m.start() == 0 or not (low[m.start() - 1].isalpha() or low[m.start() - 1] == "-")
        ]
    )
    assert numbers._anchors(text) == expected


def _ungated_war_total(text: str, q: numbers.Quantity) -> bool:
    """``war_total`` as it read before its literal gates."""
    w = _casualty_war
    lo, hi = w._bounds(text, q)
    before, clause = text[lo : q.start], text[lo:hi]
    if w._OFFICIAL_TOLL.search(before) or w._PAST_RELATIVE.search(before):
        return True
    if w._WAR_BEGAN.search(before):
        return True
    if (p := w._PERIOD.search(clause)) is not None and w._periods_differ(p):
        return True
    if (m := w._AS_OF_PAST.search(text, 0, q.start)) is not None and m.start() < w._FRONT:
        return True
    if w._WAR_LENGTH.search(clause) or w._SINCE_TURN.search(clause):
        return True
    if any(w._SAID_BEFORE.search(clause, 0, d.start()) is None for d in w._DAY.finditer(clause)):
        return False
    if w._WAR_SUBJECT.search(before) or w._WAR_TOLL.search(before):
        return True
    if (lead := w._EARLIER_LEAD.match(text)) is not None and lead.end() <= q.start:
        return True
    if w._SUMMED.search(clause) is None:
        return False
    return any(w._span_counts(text, m, q) for m in w._WAR_SPAN.finditer(text, lo, hi))


@pytest.mark.parametrize("text", TEXTS)
def test_war_total_gates_change_nothing(text: str) -> None:
    for q in numbers.find_quantities(text):
        assert _casualty_war.war_total(text, q) == _ungated_war_total(text, q)

"""The literal gates in front of round 45-48 / n28-n29 sentence patterns must never skip a
sentence the full pattern matches (they keep no state, so nothing can go stale)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from pipeline.extract import _n28air, _n29air, _n29cas, _s45speakers, _s46forms, _s46post

_PIECES = (
    "the", "The", "one", "One", "dead", "deaths", "killed", "wounded", "injured", "hurt",
    "drones", "missiles", "rockets", "which", "their", "none", "of", "them", "were", "was",
    "3", "12", "shot down", "intercepted", "reached", "targets", "majority", "«the", "most»",
    "considered", "judged", "described as", "«F»", "this", "spokesman", "minister", "John",
    "Smith", "Ivan", "Petrov", ",", ", the", "said", "announced", "attendant", "members",
    "in", "car", "are", "among", "whom", "and", "while", "of whom", "including", "head",
)  # fmt: skip


_SEEDS = (
    "Two of the dead in the car were members of the Azov regiment.",
    "Among the victims were 4 the dead, among whom two children, and over 60 the wounded.",
    "One train attendant was killed.",
    "The drones, 12 in total, were shot down.",
    "The missiles launched overnight were 12.",
    "None of them could be intercepted.",
    "They fired 40 rockets, of which «the majority» were intercepted.",
    "12 drones were shot down, according to the same source.",
    "He has judged «the strikes» the work of the enemy.",
    "Prices rose, the state railway Trenitalia announced.",
)


def _texts(n: int = 3000) -> list[str]:
    rng = random.Random(45)
    return [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 16))) for _ in range(n)]


def _never_skips(full: re.Pattern[str], check: Callable[[str], bool]) -> None:
    for text in [*_texts(), *_SEEDS]:
        if full.search(text) is not None:
            assert check(text), text


def test_seeds_match() -> None:
    """Each pattern matches one seed, so the gates are checked on a real match."""
    for full in (_n29cas._OF_DEAD, _n29cas._SPLIT, _n29cas._OCCUPATION, _n28air._MAJORITY,
                 _n28air._GOT_THROUGH, _n28air._DOWNED, _n29air._APPOSED, _n29air._PREDICATE,
                 _s46post._JUDGED, _s46forms._DESCRIBED):  # fmt: skip
        assert any(full.search(t) for t in _SEEDS), full.pattern[:40]


def test_n29cas_gates() -> None:
    _never_skips(_n29cas._OF_DEAD, _n29cas._tolls)
    _never_skips(_n29cas._SPLIT, lambda t: _n29cas._tolls(t.lower()))
    _never_skips(_n29cas._OCCUPATION, lambda t: "one" in t or "One" in t)


def test_n28air_cues() -> None:
    _never_skips(_n28air._GOT_THROUGH, lambda t: _n28air._cues(t)[0])
    _never_skips(_n28air._DOWNED, lambda t: _n28air._cues(t)[1])
    _never_skips(_n28air._MAJORITY, lambda t: _n28air._cues(t)[2])
    assert _n28air._cues("THEİR") == (True, True, True)  # non-ASCII: always scanned


def test_n29air_weapons() -> None:
    assert "(?P<w>" + "|".join(_n29air._WEAPONS) + ")" == _n29air._WEAPON
    for full in (_n29air._APPOSED, _n29air._PREDICATE):
        _never_skips(full, lambda t: any(w in t for w in _n29air._WEAPONS))


def test_s46_gates() -> None:
    _never_skips(_s46post._JUDGED, lambda t: _s46post._JUDGED_CUE.search(t) is not None)
    _never_skips(_s46forms._DESCRIBED, lambda t: _s46forms._COMMA_THE.search(t) is not None)


def test_s45_role_gate() -> None:
    roles: dict[int, bool] = {}
    for k, text in enumerate(_texts()):
        for m in _s45speakers._APPOSED.finditer(text):
            np = m.group("np").lower() + " " + (m.group("rw") or "")
            if any(w in np.split() or f"{w}-" in np for w in _s45speakers._ROLE_WORDS):
                assert _s45speakers._has_role(roles, k, text), text
    assert _s45speakers._has_role({}, 0, "The spokesman said") is True
    assert _s45speakers._has_role({}, 0, "It said") is False  # a fresh memo per call

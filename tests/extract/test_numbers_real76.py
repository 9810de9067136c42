"""Round n75's strike and interception revisions on minimal passages (``dev_numeric125``,
``_n75strike``, ``_n75air``).

Strikes: a counted salvo as the subject of an impact verb is one strike; a strike recalled in
a "followed ..., when" clause is background. Interceptions: a capability clause ("almost
impossible to intercept") is no outcome; a named-model subset after "including" inside a
larger total is no record of its own, while a regional share keeps its own.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike

SRec = tuple[str, int]
IRec = tuple[int | None, int | None]


def strikes(text: str) -> list[SRec]:
    return sorted((f.weapon, f.count) for f in extract(text) if isinstance(f, Strike))


def interceptions(text: str) -> list[IRec]:
    return sorted(
        ((f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)),
        key=repr,
    )


STRIKES: list[tuple[str, list[SRec]]] = [
    (
        "Two cruise missiles slammed into a power plant near Lutsk, the governor said.",
        [("missile", 2)],
    ),
    ("Seven rockets blasted a school in Nikopol on Sunday.", [("rocket", 7)]),
    ("Overnight, three drones tore into a warehouse in Rivne.", [("drone", 3)]),
    ("Eleven missiles hit the city of Zhytomyr before dawn.", [("missile", 11)]),
    ("Two bills hit the parliament floor on Monday.", []),
    ("Three missiles hit the headlines after the summit in Vilnius.", []),
    ("Two of the missiles struck a depot in Uman, while the rest were intercepted.", []),
    (
        "The raid followed a bloody night in May, when Russia struck Chernihiv with three "
        "missiles.",
        [],
    ),
    (
        "Monday's attack came days after the worst attack of the winter, when Russia hit "
        "Kharkiv with five rockets.",
        [],
    ),
]

INTERCEPTIONS: list[tuple[str, list[IRec]]] = [
    (
        "Russia launched 70 drones and missiles overnight. Among them were four Kinzhal "
        "missiles, which are almost impossible to intercept.",
        [(70, None)],
    ),
    (
        "All 18 drones, including 15 Shaheds, were shot down over the Odesa region, the air "
        "force said.",
        [(18, 18)],
    ),
    (
        "Air defences shot down 40 drones overnight, including 12 over the Kursk region, the "
        "ministry said.",
        [(None, 12), (None, 40)],
    ),
    ("Air defences shot down six Kinzhal missiles over Kyiv, the air force said.", [(None, 6)]),
]


@pytest.mark.parametrize(("text", "expected"), STRIKES)
def test_strikes(text: str, expected: list[SRec]) -> None:
    assert strikes(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), INTERCEPTIONS)
def test_interceptions(text: str, expected: list[IRec]) -> None:
    assert interceptions(text) == sorted(expected, key=repr)

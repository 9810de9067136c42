"""Casualty readings of the eleventh session's third casualty round (h_cas13, ``dev_numeric50``).

Minimal sentences for each family fixed on the errors of ``dev_articles43``: an update that
raises the dead while the injured fall ("raised the toll to 18 dead and 51 injured: one of
the wounded had died") replaces the first toll and absorbs the death it explains
(``_casualty_raised``); updates opened by "Later in the day," / "Late at night" / "By
evening, X put the number of dead at", "the toll grew to", and "Thus the toll rose to" after
a later hour's sentence (``_casualty_update``); a ticker told newest first
(``_casualty_ticker``); "In the afternoon, eight dead had been reported" (``_casualty_stale``);
"In addition to the four dead in the city", named past wars, year-dated attacks, a dated
record recalled and a town's population (``_casualty_bygone``); deaths of hunger
(``_casualty_nature``); "The condition of three persons is assessed as serious" and "seven of
whom had to undergo surgery" (``_casualty_care``); a later "Among the injured were 12
children" past a care share (``_casualty_gap``); a headline paragraph the story restates
(``_casualty_raised.lone_heads``); "He spoke of four glide bombs" (``_strikecount``).
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Strike

Toll = tuple[str, int | None, int | None]

CASES: list[tuple[str, list[Toll]]] = [
    # An update moving wounded among the dead replaces the first toll; its reason is no record.
    (
        "Airstrikes killed 20 people and wounded 45 in the south, the ministry said. At night "
        "the ministry raised the toll to 22 dead and 43 wounded: two of the wounded had died in "
        "hospital.",
        [("people", 22, 43)],
    ),
    (
        "Six people died and 30 were injured in the attack on Sumy, officials said. With that "
        "the toll grew to seven dead and 29 injured.",
        [("people", 7, 29)],
    ),
    # ... but an update whose injured fell by more than the dead it gained replaces nothing.
    (
        "Six people died and 30 were injured in the attack on Sumy, officials said. With that "
        "the toll grew to seven dead and 20 injured.",
        [("people", 6, 30), ("people", 7, 20)],
    ),
    # Updates opened by their later hour, across a paragraph.
    (
        "A strike on Odesa killed four people and injured 19, the governor said.\n\nLater in "
        "the day, the prosecutor's office said the toll had risen to five dead and 21 injured.",
        [("people", 5, 21)],
    ),
    (
        "A strike on Dnipro killed at least seven people and injured 40, officials said.\n\n"
        "By evening, the emergency service put the number of dead at ten and said 52 people "
        "had been injured.",
        [("people", 10, 52)],
    ),
    (
        "Two people died and nine were wounded in Lutsk, the mayor informed.\n\nIn the "
        "afternoon the mayor informed that rescuers had found another body. Thus the toll "
        "rose to three dead and nine wounded.",
        [("people", 3, 9)],
    ),
    # The update keeps the subgroup; a village's share between stays a record.
    (
        "Strikes killed at least 15 people and injured 44 on Monday, the ministry said. In "
        "the village of Aitaroun, three persons died.\n\nLate at night the ministry raised the "
        "toll to 16 dead and 43 injured.",
        [("people", 3, None), ("people", 16, 43)],
    ),
    # A ticker told newest first: only the latest toll.
    (
        "+++ 22:00 +++ Toll in Izium rises to nine\nThe number of dead after the missile "
        "attack on Izium has risen to nine, the governor wrote. 30 people were injured.\n\n"
        "+++ 10:15 +++ Missile hits Izium\nA missile hit the centre of Izium. Four people were "
        "killed, the governor said.",
        [("people", 9, 30)],
    ),
    # A figure "had been reported" at an earlier hour is superseded.
    (
        "The number of dead in Kherson has risen to seven, the governor said. 25 people were "
        "injured. At midday, four dead had been reported.",
        [("people", 7, 25)],
    ),
    # Restated to add to it.
    (
        "Shelling killed two people in Nikopol. In addition to the two dead in Nikopol, an "
        "elderly man was killed in Marhanets.",
        [("people", 2, None)],
    ),
    # Past wars and dated attacks.
    (
        "In the 2006 war between Israel and Hezbollah, more than 1,000 people were killed in "
        "Lebanon.",
        [],
    ),
    ("In the war with Hamas last year, about 700 soldiers were killed.", []),
    (
        "The militants' 7 October 2023 attack on southern Israel resulted in the deaths of "
        "about 1,200 people.",
        [],
    ),
    (
        "On 4 April, a missile struck a playground in the city, killing 20 people, one of the "
        "deadliest attacks of the year.",
        [],
    ),
    # ... while a clause dated to the day stays news.
    (
        "In the war between Israel and Hamas, 30 people were killed on Tuesday, the civil "
        "defence said.",
        [("people", 30, None)],
    ),
    # A town's people.
    ("Odesa, a port city of about one million inhabitants, was hit again.", []),
    (
        "Kherson, with around 280,000 residents before the war, was shelled; two people were "
        "killed.",
        [("people", 2, None)],
    ),
    # Deaths of hunger are no toll.
    ("Three more people, including a baby, died of malnutrition in the camp, doctors said.", []),
    ("Six people had died of starvation in the past week, the ministry said.", []),
    # Care and condition shares.
    (
        "Twelve people were wounded in Kherson, the governor said. The condition of two "
        "persons is assessed as serious.",
        [("people", None, 12), ("people", None, 2)],
    ),
    (
        "The hospital took in 24 wounded, five of whom had to undergo surgery.",
        [("people", None, 24), ("people", None, 5)],
    ),
    # A later "Among the injured were" past a care share completes the children of the dead.
    (
        "By evening, the service put the number of dead at 12, among them three children, "
        "and said 70 people had been injured. The mayor said 40 of the wounded had been "
        "taken to hospital. Among the injured were nine children, he said.",
        [("people", 12, 70), ("children", 3, 9), ("people", None, 40)],
    ),
    # A headline paragraph the story restates gives no record of its own.
    (
        "Two medics killed in Kherson region, toll rises to four\n\nRussian shelling killed "
        "four people in the Kherson region and injured 11, the governor said. Two medics died "
        "when a drone hit their ambulance.",
        [("people", 4, 11), ("medics", 2, None)],
    ),
    # An update of both kinds after a toll told as two groups ("killing three patients and
    # injuring 21 people") replaces both records (dnum50-003; closed by _cas21update,
    # dev_numeric66).
    (
        "A missile hit a hospital, killing three patients and injuring 21 people, officials "
        "said. In the evening they updated the figures to four dead and 20 injured.",
        [("people", 4, 20)],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_casualty_articles43(text: str, tolls: list[Toll]) -> None:
    got = [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert got == tolls


STRIKES: list[tuple[str, list[tuple[str, int]]]] = [
    ("The governor spoke of five glide bombs within an hour.", [("glide_bomb", 5)]),
    ("The mayor reported three guided bombs on the city centre.", [("glide_bomb", 3)]),
    (
        "On 13 April, two missiles struck the city centre, killing 35 people, the deadliest "
        "attack this year.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "strikes"), STRIKES)
def test_strike_articles43(text: str, strikes: list[tuple[str, int]]) -> None:
    got = [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)]
    assert got == strikes

"""Casualty precision in English agency copy (``dev_numeric40``): whole-war and aggregate
tolls recalled beside the day's news, the war's running total broken down in the next
sentence, people abducted, missing or trapped, a superlative's "one of the", bodies that
only raised a toll, an impersonal earlier report, claims of enemy losses, epidemics, a
second source restating a toll of both kinds, "the martyrdom of N" and the victims listed
after a death toll. Each reading has its day-dated counterpart that stays news."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Toll = tuple[int | None, int | None]

CASES: list[tuple[str, list[Toll]]] = [
    # The war as the subject, in the perfect, is its running total ...
    ("The violence, now in its third year, has killed at least 40,000 people.", []),
    ("Israel's offensive has killed more than 68,000 Palestinians in Gaza.", []),
    ("The fighting has led to at least 150,000 deaths across the country.", []),
    ("The truce was meant to end a war that killed more than 4,000 people in Lebanon.", []),
    ("The group acts in solidarity with Gaza, where the war has left more than 60,000 dead.", []),
    ("The conflict has so far claimed more than 7,000 civilian lives.", []),
    # ... but a clause dated to the day is the news.
    ("The offensive has killed 30 people since dawn, medics said.", [(30, None)]),
    ("The fighting killed 12 people on Tuesday, the army said.", [(12, None)]),
    # A span or length of the war in the figure's clause.
    ("Over 29,000 lives have been lost in the conflict so far, according to ACLED.", []),
    ("More than 14,500 children have been killed in Gaza over the course of the war.", []),
    ("More than 44,000 people have lost their lives in over 14 months of ongoing fighting.", []),
    ("Thousands more have died during nearly 11 weeks of war than the official toll of 3,381.", []),
    (
        "The mission verified 30,457 civilian casualties during the war -- 10,582 killed and "
        "19,875 injured.",
        [],
    ),
    (
        "The Sudan Doctors Network, a group that tracks casualties in the war, put the toll at "
        "31 dead and more than 70 wounded.",
        [(31, 70)],
    ),
    ("Three soldiers were killed in the war zone near Bakhmut.", [(3, None)]),
    # Counted from a turn of the war, a reporting period or a past cut-off.
    ("Since the 2021 coup, more than 6,000 civilians have been killed by the military.", []),
    ("Israel says 452 of its soldiers have been killed since the ground operation began.", []),
    ("Between February 24 and May 15, monitors recorded the deaths of 3,924 civilians.", []),
    ("As of the end of last month, rocket fire had killed 45 civilians in northern Israel.", []),
    ("The toll of the Israeli aggression has risen to 23,469 martyrs and 59,604 wounded.", []),
    # The war's opening, and past incidents told in a relative clause or fronted.
    ("The war began when militants attacked southern Israel, killing about 1,200 people.", []),
    ("The country is still reeling from attacks last month in which pagers killed 12 people.", []),
    ("Days earlier, RSF fighters struck a mosque in the city, killing at least 70 people.", []),
    # The running total broken down in the next sentence, undated.
    (
        "Israeli attacks on Lebanon have killed 4,112 people since October 2023, the minister "
        "said. The attacks have killed 316 children and 790 women, he added.",
        [],
    ),
    (
        "Israel says 452 of its soldiers have been killed since the ground operation began. Two "
        "more soldiers were killed in the south on Thursday, it said.",
        [(2, None)],
    ),
    (
        "Israeli strikes killed 34 Palestinians over the past 24 hours, bringing the death toll "
        "since October 2023 to 44,800. Among the dead were nine children.",
        [(34, None), (9, None)],
    ),
    # People taken, missing or trapped are no casualties.
    ("Gunmen killed 17 civilians and abducted around 40 others.", [(17, None)]),
    ("The militants killed 1,200 people and took 251 hostages.", [(1200, None)]),
    ("Kidnappers seized 25 schoolchildren from the school, police said.", []),
    ("Eleven residents were rescued, and six more are still considered missing.", []),
    ("At least 20 people are believed to be trapped under the rubble.", []),
    ("Paramedics took three wounded women to the hospital.", [(None, 3)]),
    # A superlative's "one" counts nothing.
    ("The toll was one of the highest from a single strike in weeks.", []),
    ("One of the wounded died in hospital.", [(1, None)]),
    # Bodies that raised a toll are a share of it; bodies counted alone are the dead.
    (
        "Rescuers recovered two more bodies from the rubble, bringing the death toll to 11.",
        [(11, None)],
    ),
    (
        "Hospitals received 61 bodies and 203 wounded people in the past 24 hours, bringing the "
        "death toll since October 2023 to 53,339.",
        [(61, 203)],
    ),
    # An impersonal earlier report is superseded; a named earlier report of the day is news.
    ("Earlier, it was reported that nine people were injured.", []),
    ("Earlier on Thursday, the agency said airstrikes had killed 10 people.", [(10, None)]),
    # Claims of the enemy's battlefield losses.
    ("Russia claimed its forces had killed up to 1,350 Ukrainian servicemen in a day.", []),
    ("Russian troops lost 1,020 soldiers along the entire front, Kyiv claimed.", []),
    ("Two soldiers were killed and five wounded in the shelling of the base.", [(2, 5)]),
    # Epidemics are no attack.
    ("A cholera outbreak in the camps has killed more than 300 people since July.", []),
    # A second source restating a toll of both kinds.
    (
        "A drone hit a minibus, killing two passengers and wounding four. The mayor also said "
        "two people had been killed and four wounded.",
        [(2, 4)],
    ),
    # "the martyrdom of N" is killed.
    (
        "The air strike resulted in the martyrdom of five people and the injury of five others.",
        [(5, 5)],
    ),
    # The victims listed after a death toll are of its kind.
    (
        "At least 32 civilians were killed in the attack. Among the victims were four women "
        "and ten children, and 17 others were injured.",
        [(32, 17), (4, None), (10, None)],
    ),
    (
        "Nine people were injured in the attack. Among the victims were two women.",
        [(None, 9), (None, 2)],
    ),
    # Closed in dev_numeric41 (left open in dev_numeric40): the subgroups alone after a
    # death toll.
    (
        "At least 32 civilians were killed in the attack. Among the victims were four women "
        "and ten children.",
        [(32, None), (4, None), (10, None)],
    ),
    # "During this time" points back to a reporting period in the sentence before.
    (
        "The report covers the period from February 24 to May 15. During this time, experts "
        "recorded the deaths of 3,924 civilians.",
        [],
    ),
    # A figure restating a running total told earlier, in a quote of the same body.
    (
        'The ministry raised the death toll since October 7 to 23,469. "The toll has risen to '
        '23,469 martyrs," it said.',
        [],
    ),
    # A competing outlet's figure for the same incident.
    (
        "Ten people were killed and eight wounded, he said. Some outlets said nine people had "
        "been killed.",
        [(10, 8)],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_precision10_readings(text: str, tolls: list[Toll]) -> None:
    found = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(found, key=str) == sorted(tolls, key=str)

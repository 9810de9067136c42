"""Synthetic wire articles from templates written for this project.

Deterministic for a given seed, so a test can compute the events each article
must yield before sending it. Every article carries at least one event
sentence; ``size`` pads it with event-free paragraphs to a realistic length.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

CITIES = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson", "Mykolaiv", "Lviv"]
REGIONS = ["Donetsk region", "Kharkiv region", "Sumy region", "Kherson region"]
DRONES = ["Shahed", "Geran-2", "Shahed-136"]
MISSILES = ["Kh-101", "Iskander-M", "Kalibr", "Kh-22"]
OFFICIALS = [
    ("regional governor", "Oleh Syniehubov"),
    ("regional governor", "Serhiy Lysak"),
    ("city mayor", "Ihor Terekhov"),
    ("regional administration head", "Ivan Fedorov"),
]

EVENT_TEMPLATES = [
    "Russia launched {launched} {drone} drones at Ukraine overnight, the Ukrainian Air Force "
    "said on {day}. Air defence units shot down {downed} of them.",
    "Russian forces fired {n} rockets at {city} over the past 24 hours, the {role} "
    "{official} said.",
    "The Ukrainian military said Russian aircraft carried out {n} airstrikes on the {region} "
    "during the previous day.",
    "A Russian attack on {city} killed {killed} civilians and injured {injured} others, "
    "{official} said on {day}.",
    "Air defences destroyed {downed} out of {launched} {missile} missiles aimed at the capital, "
    "the military said.",
    "Russian troops shelled the {region} {n} times in the past day, according to {official}.",
]
FILLER = [
    "Residents of the district spent much of the night in shelters while emergency crews "
    "worked to restore power and water to the affected streets.",
    "Officials said repair teams were assessing the damage to homes, a school and several "
    "shops, and that the clearing of debris would take days.",
    "The city council opened additional heating points for families whose apartments were "
    "left without electricity after the attack.",
    "Analysts note that the pattern of attacks has shifted in recent weeks, with more "
    "launches timed for the early hours of the morning.",
    "Local volunteers delivered food and blankets to the neighbourhood, while police "
    "cordoned off the area around the damaged buildings.",
    "Talks on a further exchange of prisoners were mentioned by both sides, though no date "
    "has been announced and officials declined to give details.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(index: int, *, size: int = 600, seed: int = 7) -> dict[str, Any]:
    """One synthetic raw article; ``size`` is the target body length in characters."""
    rng = random.Random(seed * 1_000_003 + index)
    role, official = rng.choice(OFFICIALS)
    launched = rng.randint(20, 180)
    values = {
        "launched": launched,
        "downed": rng.randint(5, launched),
        "n": rng.randint(6, 140),
        "killed": rng.randint(2, 12),
        "injured": rng.randint(3, 40),
        "drone": rng.choice(DRONES),
        "missile": rng.choice(MISSILES),
        "city": rng.choice(CITIES),
        "region": rng.choice(REGIONS),
        "role": role,
        "official": official,
        "day": rng.choice(DAYS),
    }
    paragraphs = [rng.choice(EVENT_TEMPLATES).format(**values)]
    if rng.random() < 0.5:
        paragraphs.append(rng.choice(EVENT_TEMPLATES).format(**values))
    while sum(len(p) + 2 for p in paragraphs) < size:
        paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(FILLER))
    return {
        "id": f"synthetic-{seed}-{index}",
        "title": f"Overnight attacks on {values['city']}",
        "body": "\n\n".join(paragraphs),
        "source": "newswire-synthetic",
        "published_at": "2026-11-20T06:00:00Z",
    }


def articles(count: int, *, size: int = 600, seed: int = 7) -> Iterator[dict[str, Any]]:
    """``count`` synthetic articles, deterministic for ``seed``."""
    for i in range(count):
        yield article(i, size=size, seed=seed)


def adversarial(size: int = 1_048_576) -> str:
    """Text built to provoke regex backtracking: long digit runs, open quotes, no spaces."""
    pieces = [
        "1" * 5000,
        "out of " * 400,
        "“" * 3000,
        '"' * 3000,
        "x" * 20_000,
        "five out of seven out of nine of " * 200,
        "said " * 500,
        "1,2" * 3000,
        " ".join(["Russia launched"] * 300),
        "(" * 2000 + ")" * 10,
        "...." * 2000,
    ]
    text = "\n".join(pieces)
    return (text * (size // len(text) + 1))[:size]


def hostile_megabyte() -> str:
    """About 1.3 MB built to hurt regexes, with 1,000 well-formed event sentences inside.

    Digit runs, "1,1,1,..." lists, ratios, quote storms, glued words, number words and
    odd Unicode; the event sentences carry distinct figures, so each is its own event
    (the robustness test counts them; the benchmark times the whole body).
    """
    event = "".join(
        f"Russia fired {i + 10} rockets at Sumy. Nine out of {i + 12} drones were shot down, "
        f"killing {i + 2} people and injuring {i + 5} children. "
        for i in range(1_000)
    )
    parts = [
        "8" * 150_000,
        "3 out of " * 20_000,
        ("\u201c" * 30 + "\u2018" + '"' * 30 + "\u00bb" + " he said ") * 1_500,
        "Russiafired85rocketsatUkraine" * 6_000,
        event,
        "1," * 80_000,
        "one two three hundred and " * 6_000,
        "all of the " * 15_000,
        "\u0401\u0436 \U0001f680 \u202e \ufdfd \u200b\ufeff " * 8_000,
        # sentences the statement reader reads twice (a dateline, an aside, two speakers):
        # a second reading per sentence must stay bounded, not one extraction of the body each
        "".join(
            f"KYIV (Wire) - Anna Marko{i} and Petro Lysak{i} said early on Sunday, "
            f"replying to a question, that talks {i} went on. "
            for i in range(400)
        ),
    ]
    return "\n\n".join(parts)


def wire_article(index: int, *, size: int = 4000, seed: int = 7) -> dict[str, Any]:
    """One synthetic wire report of about ``size`` characters, shaped like real copy.

    A dateline and a lede with figures, then event paragraphs, quotes (some with
    pronouns pointing back at the named official) and background, shuffled, with
    no sentence repeated until the pools run out (long articles), and sometimes a
    photo credit, promo line or trailer.
    """
    from bench import templates as t

    rng = random.Random(seed * 1_000_003 + index)
    role, official, pronoun = rng.choice(t.OFFICIALS)
    launched = rng.randint(20, 180)
    m_launched = rng.randint(2, 40)
    city, city2 = rng.sample(t.CITIES, 2)
    values: dict[str, Any] = {
        "launched": launched,
        "downed": rng.randint(5, launched),
        "m_launched": m_launched,
        "m_downed": rng.randint(0, m_launched),
        "m_launched2": rng.randint(2, 12),
        "n": rng.randint(6, 140),
        "n2": rng.randint(5, 60),
        "n3": rng.randint(20, 160),
        "n4": rng.randint(30, 190),
        "bombs": rng.randint(4, 90),
        "killed": rng.randint(2, 12),
        "injured": rng.randint(3, 40),
        "killed2": rng.randint(1, 6),
        "injured2": rng.randint(2, 20),
        "children": rng.choice(["two", "three", "four", "five"]),
        "ru_downed": rng.randint(10, 120),
        "homes": f"{rng.randint(2, 60) * 1000:,}",
        "drone": rng.choice(t.DRONES),
        "missile": rng.choice(t.MISSILES),
        "city": city,
        "city2": city2,
        "CITY": city.upper(),
        "region": rng.choice(t.REGIONS),
        "role": role,
        "official": official,
        "Pronoun": pronoun.capitalize(),
        "day": rng.choice(t.DAYS),
        "date": rng.randint(1, 28),
    }
    lede = rng.choice(t.AGENCY_DATELINES).format(**values) + rng.choice(t.LEDES).format(**values)
    pools = [t.EVENTS, t.QUOTES, t.BACKGROUND]
    weights = [2, 3, 7]
    remaining = [rng.sample(pool, len(pool)) for pool in pools]
    paragraphs = [lede]
    length = len(lede)
    while length < size:
        k = rng.choices(range(len(pools)), weights)[0]
        if not remaining[k] and remaining[2]:
            k = 2  # events and quotes are not repeated while background is left
        if not remaining[k]:
            remaining[k] = rng.sample(pools[k], len(pools[k]))
        sentences = [remaining[k].pop().format(**values)]
        if k == 2 and remaining[k] and rng.random() < 0.5:  # two-sentence paragraphs
            sentences.append(remaining[k].pop().format(**values))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    if rng.random() < 0.3:
        paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(t.NOISE))
    return {
        "id": f"wire-{seed}-{index}",
        "title": f"Overnight attacks on {city}",
        "body": "\n\n".join(paragraphs),
        "source": "newswire-synthetic",
        "published_at": "2026-11-20T06:00:00Z",
    }


CORPORA = {"wire": wire_article, "sparse": article}
"""The benchmark's article shapes: realistic wire reports, or one event sentence padded."""


def make(corpus: str, index: int, *, size: int, seed: int) -> dict[str, Any]:
    """Article ``index`` of the named corpus (see :data:`CORPORA`)."""
    return CORPORA[corpus](index, size=size, seed=seed)

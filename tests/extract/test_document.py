"""Boilerplate removal and sentence splitting keep every offset into the original body."""

from __future__ import annotations

import pytest

from pipeline.extract.document import parse


def kept(body: str) -> list[str]:
    doc = parse(body)
    for s in doc.sentences:
        assert body[s.start : s.end] == s.text
    return [s.text for s in doc.sentences]


def removed(body: str) -> list[str]:
    return [body[r.start : r.end] for r in parse(body).removed]


@pytest.mark.parametrize(
    "noise",
    [
        "(Photo: Reuters)",
        "(Photos: dpa/Evgeniy Maloletka)",
        "Photo: AFP",
        ">> Read here: What the new sanctions mean for Moscow",
        ">> Also interesting: Five charts on the war economy",
        "More: Why the front has barely moved this winter",
        "Read more: The long road to the grain deal",
        "Top jobs of the day",
        "Find the best jobs now and",
        "be notified by email.",
        "Find the best jobs now and be notified by email.",
        "More on the topic:",
        "source site-31",
        "Advertisement",
        "(Reporting by Olena Harmash; Editing by Tom Balmforth)",
        "Additional reporting by Dan Peleschuk in Kyiv",
        "Writing by Mark Trevelyan",
        "By Olena Harmash and Tom Balmforth",
        "© 2026 Example Wire Agency",
    ],
)
def test_boilerplate_lines_are_removed_as_spans(noise: str) -> None:
    body = f"Russia fired 20 rockets at Sumy.\n\n{noise}\n\nThe governor said two people were hurt."
    assert removed(body) == [noise]
    assert kept(body) == [
        "Russia fired 20 rockets at Sumy.",
        "The governor said two people were hurt.",
    ]


@pytest.mark.parametrize(
    ("label", "teasers"),
    [
        (
            "More on the topic:",
            ["Merz in Kyiv: „We stand by your side“", "Why Patriots are scarce"],
        ),
        ("Read also:", ["Ceasefire talks: what Moscow wants"]),
        ("Related:", ["Ten rockets on Sumy – three dead", "Analysis: the winter war"]),
    ],
)
def test_teaser_headlines_under_a_promo_label_are_removed(label: str, teasers: list[str]) -> None:
    """Linked headlines hold figures and quotes of other stories: none of them is an event."""
    body = "\n".join(
        ["Russia fired 20 rockets at Sumy.", "", label, *teasers, "", "Nobody was hurt."]
    )
    assert removed(body) == [label, *teasers]
    assert kept(body) == ["Russia fired 20 rockets at Sumy.", "Nobody was hurt."]


def test_a_sentence_under_a_promo_label_is_kept() -> None:
    """Only lines without a sentence end count as teasers."""
    body = "Read also:\nThe governor said two people were hurt.\nNo figure was given."
    assert kept(body) == ["The governor said two people were hurt.", "No figure was given."]


@pytest.mark.parametrize(
    "furniture",
    [
        "Leave a Reply",
        "Post a comment:",
        "No comments yet.",
        "14 Comments",
        "Your email address will not be published. Required fields are marked *",
        "Related Articles",
        "Top Stories",
        "Most read",
        "Read More »",
        "Continue reading",
        "Tags: Kharkiv, air defence, drones",
        "Share this story",
        "Follow us on Telegram",
        "Sign up for our morning briefing",
        "Start your free trial today.",
        "Updated: Nov 27, 2025, 10:15 GMT",
        "Published on 14 March 2026",
        "4 min read",
        "an hour ago",
        "All rights reserved.",
        "We use cookies to give you a better experience.",
        "This is a developing story.",
        "pic.twitter.com/Qx7Lm2",
        "— Kyiv City Military Administration (@KyivCityOfficial) March 3, 2026",
        "REUTERS/Valentyn Ogirenko",
        "(AP Photo/Evgeniy Maloletka)",
        "Photographer Name/Agency via Getty Images",
        "1 minute",
        "AFP",
        "More from World News",
        "Trending on Example Radio",
        "Some information for this story came from The Associated Press and Reuters.",
        "+++ 14:32 +++",
    ],
)
def test_web_page_furniture_is_removed_as_spans(furniture: str) -> None:
    body = f"Russia fired 20 rockets at Sumy.\n\n{furniture}\n\nThe governor said two were hurt."
    assert removed(body) == [furniture]
    assert kept(body) == ["Russia fired 20 rockets at Sumy.", "The governor said two were hurt."]


@pytest.mark.parametrize(
    "line",
    [
        "Share prices in Moscow fell 3% after the strike.",
        "Top officials met in Kyiv on Monday.",
        "Updated figures show 40 drones were shot down.",
        "Comments by the minister drew criticism.",
        "Cookies and tea were handed out at the shelter.",
        "Sign up for the draft lottery drew 12,000 men.",
        "Subscribers to the channel were told to stay indoors.",
        "Three hours ago, sirens sounded across the region.",
        "Reuters could not verify the claim.",
        "More from the front: 12 drones were shot down.",
        "AFP reporters saw three burnt-out cars.",
    ],
)
def test_short_story_lines_that_look_like_furniture_are_kept(line: str) -> None:
    assert kept(f"{line}\n\nThe governor said two were hurt.")[0] == line


def test_inline_photo_credit_is_cut_out_of_the_sentence() -> None:
    body = "Rescuers searched the rubble in Dnipro. (Photo: AP) Nine people were injured."
    assert removed(body) == ["(Photo: AP)"]
    assert kept(body) == ["Rescuers searched the rubble in Dnipro.", "Nine people were injured."]


def test_offsets_survive_leading_noise_and_unicode() -> None:
    body = "(Photo: AP)\n\n„Wir bleiben“ — Kyiv’s mayor said 14 drones were downed. Ёлки 🚀 ok."
    doc = parse(body)
    assert doc.sentences[0].start == body.index("„Wir")
    for s in doc.sentences:
        assert body[s.start : s.end] == s.text


def test_paragraphs_are_counted_without_boilerplate() -> None:
    body = "First paragraph here.\n\nMore: a promo link\n\nSecond one. Still second.\n\nThird."
    doc = parse(body)
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]


@pytest.mark.parametrize(
    ("body", "sentences"),
    [
        (
            "Gen. Syrskyi said 3 brigades moved. Mr. Smith disagreed.",
            ["Gen. Syrskyi said 3 brigades moved.", "Mr. Smith disagreed."],
        ),
        ("The U.S. sent 31 tanks. They arrived.", ["The U.S. sent 31 tanks.", "They arrived."]),
        (
            "Military spokesman Brig. Gen. Effie Defrin said 12 rockets fell. Nobody was hurt.",
            [
                "Military spokesman Brig. Gen. Effie Defrin said 12 rockets fell.",
                "Nobody was hurt.",
            ],
        ),
        ("“We will win.” He smiled.", ["“We will win.”", "He smiled."]),
        (
            "“It is over,” Sen. J.D. Vance said. He left.",
            ["“It is over,” Sen. J.D. Vance said.", "He left."],
        ),
        (
            "The sirens sounded at 2 a.m. Rescuers arrived at dawn.",
            ["The sirens sounded at 2 a.m.", "Rescuers arrived at dawn."],
        ),
        (
            "The strike came at 2 a.m. Kyiv time on Monday.",
            ["The strike came at 2 a.m. Kyiv time on Monday."],
        ),
        (
            "Talks began at 9 p.m. GMT. Both sides left.",
            ["Talks began at 9 p.m. GMT.", "Both sides left."],
        ),
        (
            "Talks ended at 11 a.m. Friday, the White House said. Both sides left.",
            ["Talks ended at 11 a.m. Friday, the White House said.", "Both sides left."],
        ),
        ("Losses were high. 12 soldiers died.", ["Losses were high.", "12 soldiers died."]),
        (
            "Zelenskiy wrote on X. He said more was needed.",
            ["Zelenskiy wrote on X.", "He said more was needed."],
        ),
        ("Malcolm X. Little spoke.", ["Malcolm X. Little spoke."]),
        (
            "Russia fired two Iskander-M. One was shot down.",
            ["Russia fired two Iskander-M.", "One was shot down."],
        ),
        (
            "Merz wrote on the platform X. Israel had to act, he said.",
            ["Merz wrote on the platform X.", "Israel had to act, he said."],
        ),
        (
            "Der Krieg geht weiter. „Wir bleiben“, sagte er.",
            ["Der Krieg geht weiter.", "„Wir bleiben“, sagte er."],
        ),
        (
            "Talks are possible. »We are ready.« Nobody objected.",
            ["Talks are possible.", "»We are ready.«", "Nobody objected."],
        ),
        (
            "Meloni spoke in Rome. — Italy will do its part, she said.",
            ["Meloni spoke in Rome.", "— Italy will do its part, she said."],
        ),
        ("The talks ended. – and nothing changed.", ["The talks ended. – and nothing changed."]),
    ],
)
def test_sentence_splitting(body: str, sentences: list[str]) -> None:
    assert kept(body) == sentences


@pytest.mark.parametrize("body", ["", "   ", "\n\n\n", "source site-12"])
def test_empty_and_all_noise_bodies(body: str) -> None:
    assert parse(body).sentences == ()


def test_hostile_megabyte_body_completes_with_valid_findings() -> None:
    from bench.corpus import hostile_megabyte
    from pipeline.extract import extract
    from pipeline.extract.model import Casualty, Interception, Strike

    body = hostile_megabyte()  # `make bench` times it: seconds here, not minutes
    assert len(body) > 900_000
    found = extract(body)
    for f in found:
        assert body[f.evidence.start : f.evidence.end] == f.evidence.text
        assert 0.0 <= f.confidence <= 1.0
    # The well-formed event sentences inside the noise are still read.
    assert sum(isinstance(f, Strike) for f in found) == 1_000
    assert sum(isinstance(f, Interception) for f in found) == 1_000
    assert sum(isinstance(f, Casualty) for f in found) == 2_000  # people killed, children hurt


@pytest.mark.parametrize("body", ["", " ", "\n", "1", "“", "all", "Five out of", "\u0130" * 50])
def test_tiny_bodies_never_raise(body: str) -> None:
    from pipeline.extract import extract

    for f in extract(body):
        assert body[f.evidence.start : f.evidence.end] == f.evidence.text


@pytest.mark.parametrize(
    ("body", "dateline", "first"),
    [
        (
            "KYIV, Nov 27 (Reuters) - Ukraine's air force said it downed 29 drones.",
            "KYIV, Nov 27 (Reuters) - ",
            "Ukraine's air force said it downed 29 drones.",
        ),
        (
            "KYIV, Ukraine (AP) — Russia fired 12 missiles at Kyiv, officials said.",
            "KYIV, Ukraine (AP) — ",
            "Russia fired 12 missiles at Kyiv, officials said.",
        ),
        (
            "(Reuters) -Russia said it downed 30 drones.",
            "(Reuters) -",
            "Russia said it downed 30 drones.",
        ),
        ("Kyiv (AFP) - Five people died.", "Kyiv (AFP) - ", "Five people died."),
        ("Jerusalem (Reuters): A missile fell.", "Jerusalem (Reuters): ", "A missile fell."),
        (
            "BEIRUT/JERUSALEM, Sept 23 (Newswire) - Strikes hit the south.",
            "BEIRUT/JERUSALEM, Sept 23 (Newswire) - ",
            "Strikes hit the south.",
        ),
        (
            "CHORNOMORSK, Ukraine, Sept 30 (Wire Service) - Ships sailed.",
            "CHORNOMORSK, Ukraine, Sept 30 (Wire Service) - ",
            "Ships sailed.",
        ),
        (
            "MOSCOW — Russia said it downed 30 drones.",
            "MOSCOW — ",
            "Russia said it downed 30 drones.",
        ),
        (
            "KYIV, Ukraine, June 22 — Strikes killed two people, the governor said.",
            "KYIV, Ukraine, June 22 — ",
            "Strikes killed two people, the governor said.",
        ),
        (
            "MOSCOW, June 26. /TASS/. Peskov denied the reports.",
            "MOSCOW, June 26. /TASS/. ",
            "Peskov denied the reports.",
        ),
        (
            "Drones hit Odesa\n\nODESA, Ukraine (AP) — Two people were hurt.",
            "ODESA, Ukraine (AP) — ",
            "Two people were hurt.",
        ),
        (
            "GAZA CITY: Israeli strikes killed 12 people, medics said.",
            "GAZA CITY: ",
            "Israeli strikes killed 12 people, medics said.",
        ),
        (
            "KYIV, 27.11.2026 - Russia fired 12 missiles, the air force said.",
            "KYIV, 27.11.2026 - ",
            "Russia fired 12 missiles, the air force said.",
        ),
        (
            "Berlin, 27.11.2026 (dpa) - Merz met Zelensky.",
            "Berlin, 27.11.2026 (dpa) - ",
            "Merz met Zelensky.",
        ),
        # A live ticker's stamp or headline between "+++" marks opens its entry.
        (
            "+++ 06:02 +++ Zelensky has called on allies to send more Patriots.",
            "+++ 06:02 +++ ",
            "Zelensky has called on allies to send more Patriots.",
        ),
        (
            "+++ 09:12 Uhr +++ Debris fell on a school, Klitschko wrote.",
            "+++ 09:12 Uhr +++ ",
            "Debris fell on a school, Klitschko wrote.",
        ),
    ],
)
def test_datelines_are_dropped_so_the_sentence_starts_at_its_subject(
    body: str, dateline: str, first: str
) -> None:
    assert removed(body) == [dateline]
    assert first in kept(body)


@pytest.mark.parametrize(
    "body",
    [
        "Russia fired 12 missiles. NATO — the alliance said 3 jets flew.",
        "By evening the fires were out.",
        "Officials said. Then more. UKRAINE — a later paragraph is not a dateline.",
        "The (AP) style guide was cited.",
        "Turnout rose +++ sharply, officials said.",
        "Prices rose 2.5 percent - the bank said so.",
    ],
)
def test_text_that_only_looks_like_a_dateline_or_byline_is_kept(body: str) -> None:
    assert removed(body) == []
    assert " ".join(kept(body)) == body


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        ("+++ 09:12 Kharkiv: 14 drones were shot down +++", "Kharkiv: 14 drones were shot down"),
        ("+++ Russia fires 40 drones at Odesa +++", "Russia fires 40 drones at Odesa"),
    ],
)
def test_a_ticker_entrys_own_headline_is_kept_without_its_marks(body: str, sentence: str) -> None:
    assert kept(body) == [sentence]

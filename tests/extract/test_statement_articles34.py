"""Unit tests for the tenth session's statement round on dev_articles34 (translated German,
French, Italian, Polish and agency copy; dev_statements34): ticker entry headings, a title's
scope cut at a comma, "the top Russian diplomat", a Hamas-run health body, a side's
"information", a poll "by X for Y", particle surnames, an outlet or note relaying a speaker's
own cue, a titled surname after the full name, adverbs and comma asides between subject and
verb, "so mayor NAME", "the President of the Republic", framing verbs, "the NGO", inverted cues
with a phrase before the subject, "indicated a diplomatic source"; one minimal sentence per
reading (none of them copied from a source)."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_rows as _said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ticker entry's heading repeats the entry: no statement of its own
        (
            "+++ 08:05 +++ Kyiv: „We need more shells“\n„We need more shells every week“, "
            "Defence Minister Denys Shmyhal said.",
            [("Denys Shmyhal", "We need more shells every week")],
        ),
        # capitalised words before a comma scope no title
        (
            "Vilnius closed the border under the Schengen Code, Foreign Minister Kęstutis "
            "Budrys said. „It is temporary“, the Lithuanian foreign minister added.",
            [
                ("Kęstutis Budrys", "Vilnius closed the border under the Schengen Code"),
                ("Kęstutis Budrys", "It is temporary"),
            ],
        ),
        # "the top Russian diplomat" is the foreign minister
        (
            "Russian Foreign Minister Sergei Lavrov flew to Riyadh. The top Russian diplomat "
            "said the visit was overdue.",
            [("Sergei Lavrov", "the visit was overdue")],
        ),
        # a Hamas-run health body is Gaza's health ministry
        (
            "According to the Hamas-controlled health authority, the clinic had to close.",
            [("Gaza health ministry", "the clinic had to close")],
        ),
        # a side's information names no speaker
        ("The dam held through the spring, according to Ukrainian information.", []),
        # the pollster, not its client
        (
            "According to a survey by the institute Forsa for RTL, most voters back the plan.",
            [("Forsa", "most voters back the plan")],
        ),
        (
            "Most voters back the plan, according to a study by the Institute for the Study "
            "of War.",
            [("Institute for the Study of War", "Most voters back the plan")],
        ),
        # particle surnames
        (
            "„We will stay the course“, von der Leyen said.",
            [("Ursula von der Leyen", "We will stay the course")],
        ),
        (
            "Envoy Staffan de Mistura met both sides. Talks would go on, de Mistura said.",
            [("Staffan de Mistura", "Talks would go on")],
        ),
        # an outlet or a note only relays the speaker's own cue
        (
            "Aide Yuri Ushakov said, according to the agency TASS, that the call was long.",
            [("Yuri Ushakov", "the call was long")],
        ),
        (
            "Premier Giorgia Meloni reaffirmed that Rome stood firm, according to a note of "
            "the Palazzo Chigi.",
            [("Giorgia Meloni", "Rome stood firm")],
        ),
        # a titled surname after the full name
        (
            "Adviser Vladimir Medinsky went to Istanbul. Chief negotiator Medinsky said the "
            "mood was calm.",
            [("Vladimir Medinsky", "the mood was calm")],
        ),
        # an adverb between subject and verb
        (
            "Peskov merely said that the file was closed.",
            [("Dmitry Peskov", "the file was closed")],
        ),
        # comma asides
        (
            "Chancellor Friedrich Merz, also in Kyiv, said the aid would grow.",
            [("Friedrich Merz", "the aid would grow")],
        ),
        # "so TITLE NAME"
        (
            "The tram depot burned down, so mayor Ihor Terekhov.",
            [("Ihor Terekhov", "The tram depot burned down")],
        ),
        ("The bridge was shut, so lorries had to turn back.", []),
        # "the President of the Republic NAME" holds the head of state's office
        (
            "President Volodymyr Zelensky came to Rome. The President of the Republic Sergio "
            "Mattarella met him. „Kyiv is not alone“, the head of state said.",
            [("Sergio Mattarella", "Kyiv is not alone")],
        ),
        # a framing verb gives the quote to the sentence's subject
        (
            "Maria Zakharova described the words of Kaja Kallas as „empty noise“.",
            [("Maria Zakharova", "empty noise")],
        ),
        # "the NGO" after a named charity
        (
            "A shell hit a depot of the Danish Refugee Council (DRC). « We are shocked », "
            "denounced the NGO in a statement.",
            [("Danish Refugee Council", "We are shocked")],
        ),
        # inverted cues with a phrase before the subject
        (
            "« Moscow mocks diplomacy », reacted on X the French minister for foreign affairs, "
            "Jean-Noël Barrot.",
            [("Jean-Noël Barrot", "Moscow mocks diplomacy")],
        ),
        (
            "The vote could come in May, indicated a European diplomatic source.",
            [("European diplomatic source", "The vote could come in May")],
        ),
        # no clause: no statement
        ("The minister denounced the attack on the depot.", []),
    ],
)
def test_round34_readings(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


def test_according_to_which_after_inverted_cue() -> None:
    said = _said(
        "Talks resume on Monday, indicated a diplomatic source, according to which Kyiv "
        "wants a written text."
    )
    assert ("diplomatic source", "Kyiv wants a written text") in said


def test_with_these_words() -> None:
    said = _said("« We stand with Kyiv ». With these words premier Giorgia Meloni opened the fair.")
    assert said == [("Giorgia Meloni", "We stand with Kyiv")]


def test_epithet_after_quote() -> None:
    said = _said(
        "Mayor Vitali Klitschko spoke to a Swiss paper. „Nobody listens“, said the former "
        "boxing world champion."
    )
    assert said == [("Vitali Klitschko", "Nobody listens")]

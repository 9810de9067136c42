"""Statements in literal translations of French and Italian copy (statement round 22,
``dev_statements47``): a quote closed by a verb the cue scan does not list ("«C», deplored
X", "«C», limited himself to saying X", "«C», he let slip"), "for his part" before the
subject, a long title before the apposed name, "«C». So thundered X", "judged / regretted
that C «fragment» C", "made it known that C", and no carrying of a quote whose own unlisted
verb names someone else. Sentences are the helper's own, none from the batch."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of the source after the closing mark, inverted
        (
            "«Kyiv will get what it needs», hammered Emmanuel Macron in Toulon.",
            {("Emmanuel Macron", "Kyiv will get what it needs")},
        ),
        (
            '"This is a disgrace for Europe," lambasted the Italian premier Giorgia Meloni.',
            {("Giorgia Meloni", "This is a disgrace for Europe,")},
        ),
        (
            "«The port must reopen», deplored the minister of Foreign Affairs, Antonio Tajani, "
            "on the sidelines of a summit in Rome.",
            {("Antonio Tajani", "The port must reopen")},
        ),
        (
            "“We were expecting more,” regretted the head of state Sergio Mattarella.",
            {("Sergio Mattarella", "We were expecting more,")},
        ),
        (
            "«We have nothing to add», limited herself to saying Maria Zakharova.",
            {("Maria Zakharova", "We have nothing to add")},
        ),
        (
            "«The inspectors must go back», admonished the director general of the IAEA, "
            "Rafael Grossi, on his arrival in Kyiv.",
            {("Rafael Grossi", "The inspectors must go back")},
        ),
        (
            "«Nothing is agreed yet», confided a European diplomat.",
            {("European diplomat", "Nothing is agreed yet")},
        ),
        # subject first after the mark
        (
            'Giorgia Meloni met the press in Rome. "We are not at war," she lambasted.',
            {("Giorgia Meloni", "We are not at war,")},
        ),
        (
            "Zelensky spoke in the evening. «Moscow will not break us», the Ukrainian "
            "president hammered.",
            {("Volodymyr Zelensky", "Moscow will not break us")},
        ),
        (
            "Viktor Orbán left the room early. «We will talk later», he let slip.",
            {("Viktor Orbán", "We will talk later")},
        ),
        # "for his part" between the verb and its subject; the previous speaker keeps his own
        (
            "«The aid arrives tomorrow», said Zelensky. «France is keeping its word», rejoiced "
            "for his part the French foreign minister Jean-Noël Barrot.",
            {
                ("Volodymyr Zelensky", "The aid arrives tomorrow"),
                ("Jean-Noël Barrot", "France is keeping its word"),
            },
        ),
        # an unlisted verb naming someone else is never the previous speaker's quote: it is
        # the named speaker's (h_stmt23's verb-first tail, ``_s23post``)
        (
            "Zelensky thanked the allies. «Paris stands with Kyiv», grumbled the French "
            "foreign minister Jean-Noël Barrot on X.",
            {("Jean-Noël Barrot", "Paris stands with Kyiv")},
        ),
        # Italian tail "So VERBed X" after «C». (the full stop outside the mark)
        (
            "«The Alliance will defend every inch». So thundered the secretary general of "
            "NATO, Mark Rutte, in Brussels.",
            {("Mark Rutte", "The Alliance will defend every inch")},
        ),
        # a fragment inside the clause of "judged / regretted that"
        (
            "The Kremlin spokesman Dmitry Peskov judged that the new sanctions «will not work» "
            "in the long run.",
            {("Dmitry Peskov", "the new sanctions «will not work» in the long run")},
        ),
        (
            'Sergio Mattarella regretted that Europe had been "too slow" on air defence.',
            {("Sergio Mattarella", 'Europe had been "too slow" on air defence')},
        ),
        (
            "Palazzo Chigi made it known that the premier would travel to Kyiv next week.",
            {("Palazzo Chigi", "the premier would travel to Kyiv next week")},
        ),
        # a role closed by a setting
        (
            "«The dialogue continues», specified the Quai d'Orsay in a statement.",
            {("Quai d'Orsay", "The dialogue continues")},
        ),
        (  # the epithet bound back to the person just named (round h_gen_s111, _s111)
            "Kaja Kallas landed in Kyiv. «Russia is not winning», observed the head of "
            "European diplomacy.",
            {("Kaja Kallas", "Russia is not winning")},
        ),
    ],
)
def test_french_italian_statements(text: str, expected: set[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The opposition hammered the government over the decree on Tuesday.",
        "Emmanuel Macron welcomed the Ukrainian president at the Élysée.",
        "Giorgia Meloni regretted the absence of the American envoy.",
        "Sergio Mattarella slipped away before the end of the ceremony.",
        "Tajani protested to the Russian ambassador against the arrests.",
        "The frigate «Alsace», launched in 2019, left Toulon on Monday.",
    ],
)
def test_other_senses_are_no_statements(text: str) -> None:
    assert _said(text) == set()

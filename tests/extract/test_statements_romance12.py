"""Statements in literal translations of Romanian, Spanish and Portuguese agency copy
(statement round 25, ``dev_statements50``): a bare ministry acronym as the subject in the
present tense ("The MApN specifies that C"), Romanian/Iberian verbs before "that"
("transmits", "communicated", "showed", "brought to mind", "made the specification",
"defended", "guaranteed"), adjuncts between the verb and "that", "the institution" / "the
quoted source" / "the cited official" pointing back, "According to the institution" and "In
the opinion / view of X", a relaying outlet after the real cue, "A press release of X
informs", roles the readers left unresolved ("the head of the Spanish diplomacy"), "the
Executive" after a named government, quote-first sentences closed by "began by saying the
prime minister" or "..., NAME, sent to AGERPRES". Sentences are the helper's own, none from
the batch."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said

_MAPN = "Romanian Ministry of National Defence"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relaying outlet after the real cue
        (
            "Bucharest, 2 May /Agerpres/ - Two F-16 aircraft took off from the Borcea base. "
            '"The object left the national airspace after six minutes," informed the MApN, '
            "according to Digi24.",
            {(_MAPN, "The object left the national airspace after six minutes,")},
        ),
        # a bare acronym subject, present tense
        (
            "Bucharest, 8 May /Agerpres/ - The MApN informs that the fragments were taken "
            "to a military unit for analysis.",
            {(_MAPN, "the fragments were taken to a military unit for analysis")},
        ),
        (
            "Bucharest, 8 May /Agerpres/ - The MApN communicated that the radars detected a "
            "signal near Isaccea. The ministry further specifies that no alert was issued.",
            {
                (_MAPN, "the radars detected a signal near Isaccea"),
                (_MAPN, "no alert was issued"),
            },
        ),
        # "the institution" / "the quoted source" pointing back
        (
            "Bucharest, 9 May /Agerpres/ - The Ministry of National Defence (MApN) announced "
            "that a drone crashed in Braila county. According to the institution, the crater "
            "is two metres deep.",
            {
                (_MAPN, "a drone crashed in Braila county"),
                (_MAPN, "the crater is two metres deep"),
            },
        ),
        (
            "Bucharest, 9 May /Agerpres/ - The Romanian Intelligence Service (SRI) informed "
            "that two suspects were detained. The quoted source specified that the suspects "
            "are foreign citizens.",
            {
                ("Romanian Intelligence Service", "two suspects were detained"),
                ("Romanian Intelligence Service", "the suspects are foreign citizens"),
            },
        ),
        # adjuncts between the verb and "that"
        (
            "Prime minister Ilie Bolojan declared, on Thursday, in Parliament, that the "
            "defence budget will grow next year.",
            {("Ilie Bolojan", "the defence budget will grow next year")},
        ),
        (
            "The minister of Foreign Affairs, Paulo Rangel, guaranteed, at the end of the "
            "meeting in Brussels, that Portugal will keep its contribution to the fund.",
            {("Paulo Rangel", "Portugal will keep its contribution to the fund")},
        ),
        # Romanian and Iberian verbs before "that"
        (
            "The president of the Senate, Mircea Abrudean, brought to mind that the law on "
            "drones was adopted last year.",
            {("Mircea Abrudean", "the law on drones was adopted last year")},
        ),
        (
            "The minister of Defence, Nuno Melo, made the specification that the frigate will "
            "return to Lisbon in June.",
            {("Nuno Melo", "the frigate will return to Lisbon in June")},
        ),
        # "In the opinion / view of X"
        (
            "In the opinion of the analyst Iulian Chifu, the Black Sea will remain a zone of "
            "high risk.",
            {("Iulian Chifu", "the Black Sea will remain a zone of high risk")},
        ),
        # a press release of X
        (
            "A press release of the Romanian Ministry of National Defence informs that the "
            "exercise will end on Friday.",
            {(_MAPN, "the exercise will end on Friday")},
        ),
        # unresolved roles right after the person spoke
        (
            "The minister of Foreign Affairs, Paulo Rangel, said to Lusa that the embassy "
            "remains open. According to the head of the Portuguese diplomacy, the staff was "
            "reduced.",
            {
                ("Paulo Rangel", "the embassy remains open"),
                ("Paulo Rangel", "the staff was reduced"),
            },
        ),
        # "the Executive" after a named government
        (
            "The Government of Portugal condemned the strike. In a note, the Executive "
            "indicated that the victims were civilians.",
            {("Portuguese government", "the victims were civilians")},
        ),
        # quote first, closed by a role or a title with a name
        (
            'Luís Montenegro arrived in Kyiv on Monday. "Portugal stands with Ukraine," '
            "began by saying the prime minister.",
            {("Luís Montenegro", "Portugal stands with Ukraine,")},
        ),
        (
            '"The dam is not in danger," the prefect of Galati county, Adrian Tudor, sent to '
            "AGERPRES.",
            {("Adrian Tudor", "The dam is not in danger,")},
        ),
        # "This was assured by X" after a quote-only sentence
        (
            '"Spain will not send troops." This was assured on Friday by the minister of '
            "Defence, Margarita Robles.",
            {("Margarita Robles", "Spain will not send troops.")},
        ),
    ],
)
def test_romance_statements(text: str, expected: set[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bucharest, 8 May /Agerpres/ - The MApN sent two teams of engineers to Plauru.",
        "The institution did not communicate the number of fragments found.",
        "According to the programme, the minister will visit the base on Friday.",
        "The Government of Spain approved on Tuesday the decree on military aid.",
        "The minister showed the map of the zone to the members of the committee.",
        "The prime minister transmitted his condolences to the families of the victims.",
        "Source: Agerpres. Photo: MApN.",
        "The quoted source did not give other details.",
    ],
)
def test_romance_negatives(text: str) -> None:
    assert _said(text) == set()

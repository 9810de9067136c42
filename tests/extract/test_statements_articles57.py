"""Minimal sentences for the statement round on dev_articles57 (h_stmt26, ``_s26post``).

Each row is one reading of :mod:`pipeline.extract._s26post` (with ``_s26roles``,
``_s26bodies`` and ``_s26claims``): the sentence, then the (speaker, mode, quote) it must
yield; hard negatives must yield no statement.
"""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a trailing "passed on" after a body the table lists
            "Two Polish jets patrolled the border all night, the Operational Command of the "
            "Armed Forces passed on.",
            (
                "Polish Operational Command",
                "indirect",
                "Two Polish jets patrolled the border all night",
            ),
        ),
        (  # a trailing "passed on" after "the ROLE, NAME," and a day
            "The crossing in Kukuryki will stay shut, the commander of the Border Guard, "
            "Robert Bagan, passed on on Friday.",
            ("Robert Bagan", "indirect", "The crossing in Kukuryki will stay shut"),
        ),
        (  # a fronted place, a lower-case title, "passed on that"
            "In Rivne, mayor Oleksandr Tretiak passed on that the trams were running again.",
            ("Oleksandr Tretiak", "indirect", "the trams were running again"),
        ),
        (  # an adverb between the subject and the verb, a dateline before
            "Prague (ČTK) – Foreign Minister Jan Lipavský today said that the talks had been "
            "„very open“.",
            ("Jan Lipavský", "indirect", "the talks had been „very open“"),
        ),
        (  # titles joined by "and" before the name
            "The chairman of the ANO movement and designated prime minister Andrej Babiš said "
            "that the budget would be revised.",
            ("Andrej Babiš", "indirect", "the budget would be revised"),
        ),
        (  # an act, then "and announced that"
            "The Minister of Defence, Margarita Robles, visited the base and announced that "
            "two more frigates would be sent.",
            ("Margarita Robles", "indirect", "two more frigates would be sent"),
        ),
        (  # "the minister" after "the head of the MON, NAME", another person between
            "The head of the MON, Władysław Kosiniak-Kamysz, opened the new depot. The mayor, "
            "Anna Nowak, said that the town was proud. „The army is here to stay”, the minister "
            "stressed.",
            ("Władysław Kosiniak-Kamysz", "direct", "The army is here to stay"),
        ),
        (  # "The head of the BBN added that" after the inverted introduction
            "„NATO must act now”, said in an interview for Radio Zet the head of the BBN, "
            "Sławomir Cenckiewicz. The head of the BBN added that the summit would decide.",
            ("Sławomir Cenckiewicz", "indirect", "the summit would decide"),
        ),
        (  # a verb, an adjunct, then the role and the name
            "„The border is calm tonight”, declared at a briefing in Chełm the deputy head of "
            "the MSWiA, Czesław Mroczek.",
            ("Czesław Mroczek", "direct", "The border is calm tonight"),
        ),
        (  # a surname after the verb, the outlet after it
            "„We will not pay for chaos”, declared Grindeanu for Digi24.",
            ("Grindeanu", "direct", "We will not pay for chaos"),
        ),
        (  # ", while the ROLE, NAME, said that": two statements
            "The army confirmed that the depot had burned down, while the governor of the "
            "Belgorod region, Vyacheslav Gladkov, said that nobody had been hurt.",
            ("Vyacheslav Gladkov", "indirect", "nobody had been hurt"),
        ),
        (  # the first half of the same sentence stays the army's alone
            "The army confirmed that the depot had burned down, while the governor of the "
            "Belgorod region, Vyacheslav Gladkov, said that nobody had been hurt.",
            ("army", "indirect", "the depot had burned down"),
        ),
        (  # a ministry of the dateline's country, named in full despite "and"
            "Athens (ANA-MPA) - All Greek crews in the Black Sea are safe, the Ministry of "
            "Maritime Affairs and Insular Policy announced.",
            (
                "Greek Ministry of Maritime Affairs and Insular Policy",
                "indirect",
                "All Greek crews in the Black Sea are safe",
            ),
        ),
        (  # "Meanwhile, " is no part of the clause; Ankara gives the country
            "ANKARA (AA) - Meanwhile, a Turkish ship left Odesa with wheat, the Ministry of "
            "Transport and Infrastructure said.",
            (
                "Turkish Ministry of Transport and Infrastructure",
                "indirect",
                "a Turkish ship left Odesa with wheat",
            ),
        ),
        (  # a vessel's quoted name is no partial: the trailing source reads the clause
            "The frigate «Kountouriotis» escorted three tankers, according to the Hellenic Navy.",
            ("Hellenic Navy", "indirect", "The frigate «Kountouriotis» escorted three tankers"),
        ),
        (  # "NAME specified through his Telegram channel, where he indicated that D"
            "Drones hit Kyiv overnight, said the head of the city administration, Timur "
            "Tkachenko. Three children are among the injured, Tkachenko specified through his "
            "Telegram channel, where he indicated that debris fell in two districts.",
            ("Timur Tkachenko", "indirect", "debris fell in two districts"),
        ),
        (  # "claimed its NOUN VERBed" without "that"
            "The Russian Defence Ministry claimed its troops repelled four attacks near Kupiansk.",
            (
                "Russian Defence Ministry",
                "indirect",
                "its troops repelled four attacks near Kupiansk",
            ),
        ),
        (  # a pollster before "agency survey for OUTLET"
            "According to a Median agency survey for Czech Radio, most voters back the plan.",
            ("Median", "indirect", "most voters back the plan"),
        ),
        (  # a two-word pollster
            "According to a Pulse RC survey for Alpha TV, Greeks expect higher prices.",
            ("Pulse RC", "indirect", "Greeks expect higher prices"),
        ),
    ],
)
def test_reading(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Polish presidency passed on the chairmanship of the council to Denmark.",
        "The minister passed on his condolences to the families.",
        "The frigate «Spetsai» arrived in Souda Bay on Monday.",
        "The cruise ship “Aegean Star” left Rhodes in the morning.",
        "The club claimed its second title in a row.",
        "The farmers claimed their promised subsidies in court.",
        "According to the timetable, the crossing will reopen on Monday.",
        "The head of the MON, Władysław Kosiniak-Kamysz, inspected the troops in Orzysz.",
    ],
)
def test_no_statement(text: str) -> None:
    assert not _statements(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dozens have died since the truce, according to the health authorities of the enclave.",
            ("Gaza health ministry", "indirect", "Dozens have died since the truce"),
        ),
    ],
)
def test_open(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)

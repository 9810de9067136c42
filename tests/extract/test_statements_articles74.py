"""Minimal sentences for the statement round on dev_articles74 (h_mix46, ``_s46post``,
``_s46calls``, ``_s46words``): an adverb of place before "according to X, C", a second
predicate in the Romance perfect ("and has recalled that C", "and has asked Y to VP"), a
relative after the source ("..., according to X, who specified that C"; "C, as detailed by
X in a statement, which ..."), a quoted judgement as the object ("considered «F» the ..."),
"For the ROLE [of ORG] NAME, C", "VERB to this newspaper that C", "C, it was said" after a
body that counted something, "the X of the Y region", a described body's own name ("the
state railway NAME said"), a capital followed by a comma that lists nothing, and soldiers
named by their call sign. Names, places and verbs differ from the batch's to check that the
readings transfer."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _statements

READS = [
    pytest.param(
        "There, according to the Ukrainian Air Force, the missile was a Kh-22.",
        ("Ukrainian Air Force", "indirect", "the missile was a Kh-22"),
        id="there-according",
    ),
    pytest.param(
        "Closer to the front, according to the governor, Ivan Fedorov, the water supply failed.",
        ("Ivan Fedorov", "indirect", "the water supply failed"),
        id="two-word-opener-according",
    ),
    pytest.param(
        "The Latvian president, Edgars Rinkēvičs, has thanked the pilots and has underlined that "
        "the airspace is safe.",
        ("Edgars Rinkēvičs", "indirect", "the airspace is safe"),
        id="and-has-underlined",
    ),
    pytest.param(
        "The Slovak president, Peter Pellegrini, has declared that the border is calm and has "
        "asked the army to stay alert.",
        ("Peter Pellegrini", "indirect", "the border is calm"),
        id="first-clause-cut-before-and-has-asked",
    ),
    pytest.param(
        "The Slovak president, Peter Pellegrini, has declared that the border is calm and has "
        "asked the army to stay alert.",
        ("Peter Pellegrini", "indirect", "the army to stay alert"),
        id="and-has-asked-to",
    ),
    pytest.param(
        "The dam held overnight, according to the mayor, Oleksandr Syenkevych, who noted that "
        "the river is falling.",
        ("Oleksandr Syenkevych", "indirect", "the river is falling"),
        id="according-then-who-noted",
    ),
    pytest.param(
        "Kherson was shelled, according to the Kherson regional administration.\n\nA tram was "
        "hit, as explained by the administration in a note, which added that the driver is safe.",
        ("Kherson regional administration", "indirect", "A tram was hit"),
        id="as-explained-by-in-a-note",
    ),
    pytest.param(
        "The Mexican president, Claudia Sheinbaum, considered «worrying» the new escalation.",
        ("Claudia Sheinbaum", "partial", "worrying"),
        id="considered-fragment-object",
    ),
    pytest.param(
        "For the historian of the Sorbonne Anne Dubois, the front is frozen until spring.",
        ("Anne Dubois", "indirect", "the front is frozen until spring"),
        id="for-role-of-org-name",
    ),
    pytest.param(
        "The mayor Olena Shulyak told this agency that the shelters are open.",
        ("Olena Shulyak", "indirect", "the shelters are open"),
        id="told-this-agency",
    ),
    pytest.param(
        "The Estonian navy tracked a tanker off Hiiumaa. The ship anchored at noon, it was said "
        "in a statement.",
        ("Estonian navy", "indirect", "The ship anchored at noon"),
        id="it-was-said-after-body",
    ),
    pytest.param(
        "According to the operational headquarters of the Bryansk region, a barn burned down.",
        ("Bryansk regional operational headquarters", "indirect", "a barn burned down"),
        id="body-of-the-region",
    ),
    pytest.param(
        "The ferry to the island was cancelled, the shipping line Laevaliin announced.",
        ("Laevaliin", "indirect", "The ferry to the island was cancelled"),
        id="described-own-name",
    ),
    pytest.param(
        "In the frontline city of Cherson, Russian drones hit a bakery, the regional "
        "administration said.",
        (
            "Cherson regional administration",
            "indirect",
            "In the frontline city of Cherson, Russian drones hit a bakery",
        ),
        id="capital-comma-lists-nothing",
    ),
    pytest.param(
        "As the Danish defence ministry reported, a drone was seen over the air base.",
        ("Danish defence ministry", "indirect", "a drone was seen over the air base"),
        id="as-the-body-reported",
    ),
    pytest.param(
        "For Antonio Costa, the accession talks can open in spring.",
        ("Antonio Costa", "indirect", "the accession talks can open in spring"),
        id="for-name",
    ),
    pytest.param(
        "For the speaker of the Sejm, Szymon Hołownia, the vote was a clear signal.",
        ("Szymon Hołownia", "indirect", "the vote was a clear signal"),
        id="for-role-comma-name",
    ),
    pytest.param(
        "Governor Ivan Fedorov spoke of a hard night. A sniper who goes by the call sign „Yeti“ "
        "has stayed. The enemy attacks at dawn now, he says.",
        ("Yeti", "indirect", "The enemy attacks at dawn now"),
        id="call-sign-pronoun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READS)
def test_reads(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


NONE = [
    pytest.param("There, according to the timetable, the train stops twice.", id="there-plan"),
    pytest.param(
        "The navy has closed the port and has moved two ships to Odesa.", id="and-has-acts"
    ),
    pytest.param("For Saudi Arabia, the summit is a diplomatic success.", id="for-country"),
    pytest.param("For the families of Irpin, the winter will be long.", id="for-residents"),
    pytest.param("A medic with the call sign „Sova“ was wounded on Friday.", id="call-sign-only"),
    pytest.param(
        "The lake froze early this year. Several roads were closed, it was said.",
        id="it-was-said-no-source",
    ),
]


@pytest.mark.parametrize("text", NONE)
def test_no_statement(text: str) -> None:
    assert not _statements(text)

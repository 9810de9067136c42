"""Minimal sentences for the generic reported-clause detector of statement round 44
(``pipeline.extract._s44detect``, ``dev_statements70``): one saying verb, its subject and its
clause in each order literal French and Italian translations use, and the guards that keep
a verb with no reported clause silent."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_rows as _statements

READ = [
    pytest.param(
        "The Dutch defence minister, Ruben Brekelmans, at the end of a visit to the troops"
        " in Lithuania, assessed that the eastern flank needed more air defence.",
        "Ruben Brekelmans",
        "the eastern flank needed more air defence",
        id="subject-adjunct-verb-that",
    ),
    pytest.param(
        "The mayor of Kharkiv, Ihor Terekhov, who visited the damaged districts in the morning,"
        " specified that the heating had been restored in most of the buildings.",
        "Ihor Terekhov",
        "the heating had been restored in most of the buildings",
        id="subject-relative-verb-that",
    ),
    pytest.param(
        "The Danish army claimed on Friday to have detected several drones above the air base.",
        "Danish army",
        "to have detected several drones above the air base",
        id="infinitive-claim",
    ),
    pytest.param(
        "Olaf Scholz conceded it in front of the deputies: the German army is not ready for a"
        " long war.",
        "Olaf Scholz",
        "the German army is not ready for a long war",
        id="colon-clause",
    ),
    pytest.param(
        "The negotiations have entered a decisive phase, confided a European negotiator present"
        " in Istanbul.",
        "European negotiator present in Istanbul",
        "The negotiations have entered a decisive phase",
        id="clause-verb-described-source",
    ),
    pytest.param(
        "The agreement, explained the Norwegian minister Espen Barth Eide, leaves the door open"
        " to a later review.",
        "Espen Barth Eide",
        "leaves the door open to a later review",
        id="incise-predicate",
    ),
    pytest.param(
        "The Slovak prime minister Robert Fico, for whom the sanctions hurt Europe more than"
        " Russia, again refused to support the new package.",
        "Robert Fico",
        "the sanctions hurt Europe more than Russia",
        id="for-whom",
    ),
    pytest.param(
        "The Portuguese president, Marcelo Rebelo de Sousa, declared himself certain that Lisbon"
        " would honour its commitments.",
        "Marcelo Rebelo de Sousa",
        "Lisbon would honour its commitments",
        id="declared-himself-certain",
    ),
    pytest.param(
        "Moscow had warned on the eve, through the voice of the spokeswoman of Russian diplomacy,"
        " Maria Zakharova, that any use of the assets would be considered a theft.",
        "Maria Zakharova",
        "any use of the assets would be considered a theft",
        id="through-the-voice-of-after-verb",
    ),
    pytest.param(
        "The Estonian prime minister Kristen Michal received the Latvian delegation on Monday."
        " He observed that the Baltic states were now better protected than two years ago.",
        "Kristen Michal",
        "the Baltic states were now better protected than two years ago",
        id="pronoun-subject",
    ),
    pytest.param(
        "Europe must stop being naive with China, observed the president of the European"
        " Parliament, Roberta Metsola, at the opening of the plenary session.",
        "Roberta Metsola",
        "Europe must stop being naive with China",
        id="clause-verb-role-name-adjunct",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), READ)
def test_reported_clause_is_read(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _statements(text)


SILENT = [
    pytest.param(
        "The Greek government denounced on Tuesday the violations of its airspace by Turkish"
        " fighter jets.",
        id="noun-phrase-object",
    ),
    pytest.param("The Irish premier did not say whether Dublin would join the mission.", id="neg"),
    pytest.param(
        "Did the Kremlin say that it wanted peace? Nothing is less sure after this night.",
        id="question",
    ),
    pytest.param(
        "Asked whether Paris would send troops to Ukraine, the minister declined to answer.",
        id="declined",
    ),
    pytest.param(
        "The Spanish government confirmed on Tuesday the closure of its consulate in Odessa.",
        id="confirmed-noun",
    ),
    pytest.param(
        "According to Israeli information, 20 hostages are still believed to be in the Strip.",
        id="passive-believed",
    ),
    pytest.param(
        "Russia controls most of the region, which it claimed to have annexed in 2022.",
        id="object-relative",
    ),
    pytest.param(
        "Belgium continues to have considerable concerns about the plan for the assets.",
        id="continue-to-have",
    ),
    pytest.param(
        "The Romanian Defence Minister, Ionut Mosteanu, welcomed on Thursday the American general"
        " at the base.",
        id="role-name-then-verb-object",
    ),
]


@pytest.mark.parametrize("text", SILENT)
def test_no_statement(text: str) -> None:
    assert _statements(text) == []


@pytest.mark.xfail(reason="an older reader reads 'explained NP to X' as a clause", strict=True)
def test_explained_noun_phrase() -> None:
    text = (
        "The head of the Council explained the new procedure for the accession of Ukraine to"
        " the ambassadors of the Twenty-Seven."
    )
    assert _statements(text) == []


def test_called_on_after_relative() -> None:
    text = (
        "Emmanuel Macron, who spoke by telephone with Volodymyr Zelensky, called for his part on"
        " Washington to «associate the Europeans» with any agreement."
    )
    assert ("Emmanuel Macron", "Washington to «associate the Europeans» with any agreement") in (
        _statements(text)
    )

"""Round 76's statement readings (helper h_fix_s76, ``_s76post``) on minimal sentences."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A BBC correspondent in Aden saw the fire. "
            "The market was shut, the correspondent said.",
            ("BBC correspondent", "indirect", "The market was shut"),
        ),
        (
            "An MSF team reached Rafah. "
            "The team said the clinic had no fuel left for its generator.",
            ("MSF team", "indirect", "the clinic had no fuel left for its generator"),
        ),
        (
            "Iraqi officials, however, have claimed they closed the crossing on Monday.",
            ("Iraqi officials", "indirect", "they closed the crossing on Monday"),
        ),
        (
            "Egypt, for its part, said its envoy would return to Doha on Sunday.",
            ("Egypt", "indirect", "its envoy would return to Doha on Sunday"),
        ),
        (
            "Local media reported the ferry to Kerch had been halted.",
            ("Local media", "indirect", "the ferry to Kerch had been halted"),
        ),
        (
            "Malian troops said they had reopened the road to Gao.",
            ("Malian troops", "indirect", "they had reopened the road to Gao"),
        ),
        (
            "Telegram accounts, including one run by a war blogger, said the depot was burning.",
            ("Telegram accounts", "indirect", "the depot was burning"),
        ),
        (
            "The Jordanian official based in Amman said the border would reopen on Friday.",
            ("Jordanian official based in Amman", "indirect", "the border would reopen on Friday"),
        ),
        (
            "He said that a drone hit a shed near Grayvoron.\n\nThe roof caught fire.\n\n"
            "Vyacheslav Gladkov said that nobody was in the shed.",
            ("Vyacheslav Gladkov", "indirect", "a drone hit a shed near Grayvoron"),
        ),
        (
            "Clashes reached Mindat on Monday, according to members of a local militia.",
            ("members of a local militia", "indirect", "Clashes reached Mindat on Monday"),
        ),
        (
            "Clashes reached Mindat on Monday, according to members of a local militia and medics."
            "\n\nThe bridge over the river was blown up, they said.",
            ("members of a local militia", "indirect", "The bridge over the river was blown up"),
        ),
    ],
)
def test_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "The team crossed into Rafah before noon and unloaded the trucks.",
        "The correspondent, who left on Friday, slept in a basement.",
        "Malian troops, however, stayed in Gao for another month.",
        "Telegram accounts, including several run by volunteers, posted photos of the fire.",
        "The official based in Amman was not available for comment.",
        "Local media crews waited outside the hospital.",
        "The road was cut in two places.\n\nThe repairs took all night, they said.",
        "He said that the road was closed.\n\nThe ministry said the city was calm.",
    ],
)
def test_no_statement_of_this_round(text: str) -> None:
    found = _statements(text)
    assert [q for _, _, q in found] in ([], ["the city was calm"])


def test_clause_around_a_partial_quote() -> None:
    text = 'The Iraqi official based in Erbil said the truce would hold, which was "a good start".'
    found = _statements(text)
    assert ("Iraqi official based in Erbil", "partial", "a good start") in found
    assert any(mode == "indirect" and q.startswith("the truce would hold") for _, mode, q in found)

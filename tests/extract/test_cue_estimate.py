"""'estimate' as a verb of saying, for every subject (the fourteenth session's label call).

25 of the 27 "estimate(s/d) that" clauses in the statement-labelling sets were labelled as
statements; the two that were not (dev_articles24 "Experts in Washington", dev_articles51
"Officials") and a trailing ", officials estimate." (dev_articles9) were relabelled. The plural
present "estimate" was the one form the cue table lacked, so generic subjects went unread.
"""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Security officials estimate that the group still holds many rockets.",
            {("Security officials", "indirect", "the group still holds many rockets")},
        ),
        (
            "Military analysts estimate that the new launcher can be moved within an hour.",
            {("Military analysts", "indirect", "the new launcher can be moved within an hour")},
        ),
        (
            "Some 40,000 people still live in the town, local officials estimate.",
            {("local officials", "indirect", "Some 40,000 people still live in the town")},
        ),
        (
            "The defence minister, Anna Berg, estimated that the stocks would last a month.",
            {("Anna Berg", "indirect", "the stocks would last a month")},
        ),
        # the noun is no cue
        ("The estimate that 40 people died turned out to be wrong.", set()),
        ("By our estimate, the bridge will reopen in May.", set()),
    ],
)
def test_estimate_is_a_saying_verb(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _said(text) == expected

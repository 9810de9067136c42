"""Sentences about someone who did not speak: "The Kremlin did not immediately respond to a
request for comment."

Agency copy closes a paragraph with the silent side's non-answer, then goes on quoting the
side that did speak ("“...,” it said"). The silent body is no antecedent for that pronoun:
it said nothing, so the pronoun looks past it to the speaker before.
"""

from __future__ import annotations

import re

_SILENT = re.compile(
    r"(?:respond|reply|replied|responded)[ \t]+to[ \t]+"
    r"(?:a[ \t]+|repeated[ \t]+|an[ \t]+emailed[ \t]+)?requests?[ \t]+for[ \t]+comment"
    r"|could[ \t]+not[ \t]+(?:immediately[ \t]+)?be[ \t]+reached"
)
"""Only the non-answer to the reporter ("did not immediately respond to a request for
comment", "could not be reached"): "did not comment on the attack. However, he said ..."
goes on with the same speaker."""


def silent(sentence: str) -> bool:
    """Whether the sentence only reports that its subject gave no comment."""
    return len(sentence) < 200 and _SILENT.search(sentence) is not None

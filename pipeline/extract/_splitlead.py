"""An attribution after an opening phrase reports the clause after it, like "X said that".

"In Beijing, foreign ministry spokesman Lin Jian said, the trip showed China's «constructive
role»." is parsed as a trailing cue (the opening phrase could have been the reported clause)
whose clause was then found after the verb. For quotes it is a leading attribution: a
quoted fragment inside that clause belongs to the indirect statement (as after "Lin Jian
said, ..."), not a partial quote of its own. :func:`as_leading` gives such an attribution
the leading form for the statements detector; :func:`that_after` finds the clause after
such a verb when "that" opens it, whatever the opening phrase.
"""

from __future__ import annotations

import re

from pipeline.extract._reattribute import Attribution


def as_leading(attribution: Attribution | None) -> Attribution | None:
    """A trailing attribution whose clause follows its cue, as a leading one."""
    if (
        attribution is not None
        and attribution.form == "trailing"
        and attribution.clause_start > attribution.cue_end
    ):
        return attribution._replace(form="leading")
    return attribution


_THAT_AFTER = re.compile(
    r"(?:[ \t]*(?:according[ \t]+to|citing)[ \t][^,;:“”„«»\"\n]{1,80},)?[ \t]*that[ \t]+(?=\S)"
)


def that_after(text: str, rest: re.Match[str]) -> int:
    """Start of C in "OPENER, X said, according to his office, that C": after a trailing
    verb whose rest ends with a comma, a "that" makes the clause the one after the verb,
    however long the opening phrase is ("In a phone call with ... on Saturday, Erdogan
    said, according to his office, that ..."); -1 when no "that" follows."""
    if not rest.group().endswith(","):
        return -1
    m = _THAT_AFTER.match(text, rest.end())
    return m.end() if m is not None else -1

"""Speakers named only through how they gave their name: "A resident who gave his name only
as Osman said ...", "a nurse, who identified herself only as Amal, told ...", "A soldier
who goes by the call sign Grom said ...".

Agency copy names frightened or serving people this way. The noun phrase walk of
:mod:`pipeline.extract._phrases` stops at the name ("Osman"), and the relative clause before
it does not open the sentence, so the cue parser would reject it; this module finds the name
and tells the parser the description before it opens the clause.
"""

from __future__ import annotations

import re

_GAVE = re.compile(
    r"(?:^|(?<=[,;:—–] )|(?<=[.!?] ))"
    r"(?:[AaTt]he |An? |One |Another )?[\w'’ -]{1,60}?,? who (?:"
    r"gave (?:only )?(?:his|her|their) (?:first |full )?name(?: only)?(?: as|,)"
    r"|identified (?:himself|herself|themselves) (?:only )?"
    r"(?:as|by (?:the name|his|her)[\w ]{0,20}?,?)"
    r"|asked to be identified (?:only )?(?:as|by (?:his|her|their) [\w ]{1,20}?,?)"
    r"|goes by the (?:call ?sign|nom de guerre|name)|uses the call ?sign"
    r") (?P<n>[A-Z][\w'’-]+(?: (?:al-|el-|abu |Abu )?[A-Z][\w'’-]+){0,2})"
    r"(?:, \d{1,3})?,? $"
)
"""The description, the way the name was given, then the name (an age may follow)."""


def named_only(text: str, v_start: int) -> tuple[int, int] | None:
    """Span of the name in "A resident who gave his name only as Osman said" ending just
    before the verb at ``v_start``, else None."""
    low = max(0, v_start - 160)
    if " who " not in text[low:v_start]:
        return None
    m = _GAVE.search(text, low, v_start)
    if m is None:
        return None
    return m.start("n"), m.end("n")

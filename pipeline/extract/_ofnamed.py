"""A title with a lower-case complement right before a name, with no comma between.

Polish, Italian and French copy translated word for word writes "the minister of digital
affairs Marta Nowicka", "the spokeswoman of the diplomacy Maria Zakharova": the walks over
speaker phrases (:mod:`pipeline.extract._phrases` backwards, :mod:`pipeline.extract._npafter`
forwards) stop at the lower-case complement, so this module bridges it to the name. Own
module: both walks need it and ``_phrases`` is near its size limit.
"""

from __future__ import annotations

import re

from pipeline.extract._lexicon import TITLES
from pipeline.extract._titled import UPPER

_BEFORE = re.compile(
    r"(?:(?<=\s)|^)(?P<t>[a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?!the[ \t])[a-z]{3,}[ \t]+){1,3}$"
)
"""The title and its complement ending where a name starts ("minister of digital affairs ")."""
_AFTER = re.compile(
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?!the[ \t])[a-z]{{3,}}[ \t]+){{1,3}}(?P<n>[{UPPER}][\w'’-]+"
    rf"(?:[ \t]+[{UPPER}][\w'’-]+){{1,2}})"
)
"""The complement and the name after a title ("... of the diplomacy Maria Zakharova")."""


def title_start(seg: str, name_start: int) -> int:
    """Start of "title of complement" ending at ``name_start`` (the article before it
    included), else ``name_start``."""
    if " of " not in seg[max(0, name_start - 50) : name_start]:
        return name_start
    m = _BEFORE.search(seg, max(0, name_start - 50), name_start)
    if m is None or m.group("t") not in TITLES:
        return name_start
    start = m.start()
    before = seg[max(0, start - 4) : start]
    if before in ("the ", "The "):
        return start - 4
    return start


def name_end(text: str, title_end: int) -> int:
    """End of the name after "title of complement" starting at ``title_end``, else -1."""
    if not text.startswith(" of ", title_end):
        return -1
    m = _AFTER.match(text, title_end, title_end + 80)
    return m.end() if m is not None else -1

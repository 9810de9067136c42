"""A body's spokesperson pointing back to the person the article named for that body in
other words: "The official representative of the Russian Foreign Ministry, Maria
Zakharova, said ... “...,” the Foreign Ministry spokeswoman stressed."

TASS-style copy introduces a spokesperson by a title the later back-reference does not
repeat ("official representative of X, NAME", "X's press secretary NAME"), so "the X
spokeswoman" found no titled holder and fell back to the body itself. When the body's
name stands in the text before, followed within a few words by a person's name in
apposition, that person is the spokesperson.
"""

from __future__ import annotations

import re

from pipeline.extract._names import Registry

_VOICE = re.compile(
    r"(?:the[ \t]+)?(?P<body>(?:[A-Z][\w'’-]*[ \t]+){1,4}?)(?:spokes(?:man|woman|person))$"
)
_NAME = re.compile(r",?[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})(?=[ \t]*[,.(])")


def named_before(body: str, subject: str, at: int, registry: Registry) -> str | None:
    """The person named with the body of "the BODY spokeswoman" earlier in ``body``."""
    found = _VOICE.fullmatch(subject.strip())
    if found is None:
        return None
    name = found.group("body").strip()
    pos = body.rfind(name, max(0, at - 1500), at)
    if pos < 0:
        return None
    near = _NAME.match(body, pos + len(name))
    if near is None:
        return None
    person = registry.resolve(near.group("n"), near.start("n"))
    return person.canonical if person is not None and person.kind == "person" else None

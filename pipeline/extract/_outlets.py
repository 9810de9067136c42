"""News outlets and their reporters as speakers.

Translated Arab and African copy puts an outlet's name inside quotation marks: "According
to “Sudan Tribune,” CLAUSE", "“Al-Taghyeer” reported that CLAUSE". The noun-phrase walks of
:mod:`pipeline.extract._phrases` stop at a quotation mark, so the cue parser asks here for
the name between the marks; a name is a few capitalised words with no sentence
punctuation, which tells it from a quote ("“We will win,” he said"). A reporter is named
by the outlet ("Al Jazeera's Hamda Salhut said"): the speaker is the reporter; an unnamed
one is the outlet's correspondent ("Al Jazeera's correspondent in Sudan reported that").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._names import Resolved

_OPEN = '“"'
_CORRESPONDENT = re.compile(
    r"(?P<np>(?:[A-Z][\w-]*[ \t]){0,3}[A-Z][\w-]*['’]s[ \t](?:correspondent|reporter))"
    r"(?:[ \t](?:in|from)[ \t][A-Z][\w-]*(?:[ \t][A-Z][\w-]*)?)?[ \t]$"
)
_CLOSE = '”"'
_MAX_NAME = 40
_JOINERS = frozenset({"of", "the", "al", "el", "for", "and"})


def _name_like(name: str) -> bool:
    """One to five words, capitalised (or joiners), without sentence punctuation."""
    words = name.split()
    if not 1 <= len(words) <= 5 or any(ch in name for ch in ".;:!?,“”\"'"):
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w in _JOINERS for w in words)


def after(text: str, at: int) -> tuple[int, int, int] | None:
    """(name start, name end, end of the closing mark) of “Name,” opening at ``at``."""
    while text[at : at + 1] == " ":
        at += 1
    if text[at : at + 1] not in _OPEN:
        return None
    close = -1
    for i in range(at + 1, min(len(text), at + _MAX_NAME)):
        if text[i] in _CLOSE:
            close = i
            break
    if close < 0:
        return None
    end = close - 1 if text[close - 1] == "," else close
    if not _name_like(text[at + 1 : end]):
        return None
    return at + 1, end, close + 1


def before(text: str, end: int) -> tuple[int, int] | None:
    """Span of the name in “Name” closing just before ``end`` (spaces allowed between)."""
    close = len(text[:end].rstrip(" "))
    if close < 2 or text[close - 1] not in _CLOSE:
        return None
    opening = -1
    for i in range(close - 2, max(-1, close - _MAX_NAME), -1):
        if text[i] in _OPEN:
            opening = i
            break
    if opening < 0 or (text[:opening].strip(" ") and not text[:opening].rstrip().endswith(",")):
        return None  # the quoted name opens its clause
    if not _name_like(text[opening + 1 : close - 1]):
        return None
    return opening + 1, close - 1


_QUOTED_SUBJECT = re.compile(
    r"(?:^|,[ \t]+)(?P<d>[Tt]he[ \t]+(?:news[ \t]+|weekly[ \t]+|daily[ \t]+)?"  # "The news
    r"(?:magazine|newspaper|daily|weekly|tabloid|broadcaster|channel|agency)[ \t]+)?"  # magazine
    # „Spiegel“": the descriptor opens the subject, the name inside the marks names the body
    r"(?P<s>(?:[Tt]he[ \t]+)?(?P<n>[“\"„«][^“”\"„«»]{2,60}[”\"“»]))"
    r"(?:[ \t]+[a-z]+|[ \t]+in[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)?[ \t]+$"
)


def quoted_subject(text: str, v_start: int) -> tuple[int, int] | None:
    """Span of (the) “Name” (marks included) in a subject "The “Name” group" or "The “Name” in
    El Fasher" before the verb at ``v_start``: the body the marks name."""
    near = text[max(0, v_start - 40) : v_start]
    if "” " not in near and '" ' not in near and "“ " not in near and "» " not in near:
        return None
    m = _QUOTED_SUBJECT.search(text, max(0, v_start - 100), v_start)
    if m is None or not _name_like(m.group("n")[1:-1]):
        return None
    return (m.start("d") if m.group("d") else m.start("s")), m.end("n")


def reporter(subject: str, found: Resolved, resolve: Callable[[str], Resolved | None]) -> Resolved:
    """The person after an owner's "'s" ("Al Jazeera's Hamda Salhut") when the whole phrase
    read as one person's name ("Al Jazeera Hamda Salhut")."""
    if found.kind != "person" or ("'s " not in subject and "’s " not in subject):
        return found
    tail = subject.replace("’s ", "'s ").rsplit("'s ", 1)[1]
    if len(tail.split()) < 2:
        return found
    person = resolve(tail)
    return person if person is not None and person.kind == "person" else found


def correspondent(text: str, v_start: int) -> tuple[int, int] | None:
    """Span of "Al Jazeera's correspondent" in "... correspondent in Sudan reported"."""
    low = max(0, v_start - 80)
    m = _CORRESPONDENT.search(text, low, v_start)
    return m.span("np") if m is not None else None


def unowned(found: Resolved) -> Resolved:
    """ "Al Jazeera's correspondent" -> "Al Jazeera correspondent" (a name, not a country)."""
    name = found.canonical.replace("’s ", "'s ")
    if found.kind == "generic" and name.endswith(("'s correspondent", "'s reporter")):
        return Resolved(name.replace("'s ", " "), "generic")
    return found

"""Function words that join a speaker phrase instead of ending it, and asides it skips.

The noun-phrase walks of :mod:`pipeline.extract._phrases` stop at lower-case words, but some
names and titles carry one: "the Institute for the Study of War", "the Centre for Eastern
Studies", "Permanent Representative to the UN Vassily Nebenzia"; and the walk back from a
verb jumps over a dashed or bracketed aside ("Lykhovii – speaking on Tuesday – said"). Kept
apart because ``_phrases`` is at its size limit; each test is a few string comparisons on
words the walk already holds. The walk's region-holder step ("the governor of the Sumy
region") and titled-name test ("party leader Ines Schwerdtner") live here for the same reason.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex

_MONTHS = lex.words("Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec")
_POSTED = ("ambassador ", "envoy ", "representative ")


def links_name(taken: list[str], words: list[str], i: int) -> bool:
    """ "for"/"on" inside a name: a capitalised word before it and after it (or after
    "the"), not a date ("Kyrylenko on Dec. 1")."""
    if not taken or not taken[-1][:1].isupper() or taken[-1] in lex.NON_NAME:
        return False
    after = words[i + 1 : i + 3]
    if after[:1] == ["the"]:
        after = after[1:]
    if not after or not after[0][:1].isupper():
        return False
    bare = after[0].rstrip(".,;:!?")
    if words[i] == "on" and bare in _PLATFORMS:
        return False  # "the Air Force ... on Telegram": where it wrote, not its name
    return bare not in lex.NON_NAME and bare[:3] not in _MONTHS


_PLATFORMS = frozenset({"Telegram", "X", "Facebook", "Twitter", "Instagram", "YouTube", "TikTok"})


def posted_to(seg: str, w_start: int, word: str) -> bool:
    """ "Ambassador to the UN Vasily Nebenzia": "to" after an envoy's title joins the name."""
    return word == "to" and seg[max(0, w_start - 16) : w_start].lower().endswith(_POSTED)


def aside_start(seg: str, w_start: int, word: str) -> int:
    """Where a dashed or bracketed aside before the verb opens ("X – speaking Tuesday –",
    "X (writing on his Facebook page)"), else -1; a bracketed name ("(OCHA)") is no aside."""
    if word in ("–", "—"):
        opening = seg.rfind(f" {word} ", max(0, w_start - 80), w_start - 1)
    elif word.endswith(")") and "(" not in word:
        opening = seg.rfind(" (", max(0, w_start - 80), w_start)
        opening = opening if opening >= 0 and seg[opening + 2 : opening + 3].islower() else -1
    else:
        return -1
    return opening


_GROUP_NOUNS = frozenset(w for w in lex.GENERIC if w.endswith("s") and w != "groups")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})


def head_follows(words: list[str], i: int, taken: list[str]) -> bool:
    """Whether an institution head comes within the three words after ``words[i]`` ("U.N.
    human rights monitoring mission"); never after a person's name ("Alexander Stubb met"),
    nor before a determiner ("Peskov thanked the envoy": a verb and its object)."""
    if len(taken) > 1 and all(
        w[:1].isupper() and w.lower() not in lex.TITLES and w.lower() not in lex.ARTICLES
        for w in taken[-2:]
    ):  # not "The EU naval mission Aspides"
        return False
    if words[i + 1 : i + 2] and words[i + 1] in _DETERMINERS:
        return False
    heads = (w.rstrip(".,;:!?").lower() for w in words[i + 1 : i + 4])
    return any(
        h in lex.ORG_HEADS or h in lex.TITLES or h in _GROUP_NOUNS or h in _EXPERTS for h in heads
    )


_EXPERTS: frozenset[str] = frozenset({"expert", "analyst", "economist"})
"""Heads of a titled name in German copy: "Green foreign policy expert Agnieszka Brugger"."""


GROUPS: frozenset[str] = frozenset(
    {"officials", "authorities", "police", "residents", "medics", "rescuers"}
)
_OF_REGION = re.compile(
    r"(?<![\w-])(?P<head>(?:(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+)?(?:[\w’'-]+[ \t]+){0,2}?[\w’'-]+)"
    r"[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?(?:(?:[\w-]+[ \t]+)?part[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    r"(?:(?:southern|northern|eastern|western|central|north-?eastern|south-?eastern"
    r"|north-?western|south-?western|frontline|border|occupied)[ \t]+)?\Z"
)


def holder_of_region(seg: str, np_start: int) -> int:
    """Start of "the governor of (the southern)" / "officials in (the occupied part of)"
    before a region, when a title, institution or group stands there; else ``np_start``."""
    for lead in ("of ", "the "):  # the walk may have taken "of the" already
        if seg.startswith(lead, np_start):
            np_start += len(lead)
    m = _OF_REGION.search(seg, max(0, np_start - 100), np_start)
    if m is None or m.end() != np_start:
        return np_start
    head = m.group("head").split()[-1].lower()
    if head in lex.TITLES or head in lex.ORG_HEADS or head in GROUPS:
        return m.start("head")
    return np_start


def titled_name(words: list[str]) -> bool:
    """ "party leader Ines Schwerdtner": lower-case words, a title, then a name."""
    for k, word in enumerate(words[:4]):
        if word in lex.TITLES:
            return k > 0 and words[k + 1 : k + 2] != [] and words[k + 1][:1].isupper()
        if not (word.isalpha() and word.islower()):
            return False
    return False

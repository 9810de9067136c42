"""The speaker noun phrase after a position: "According to the Gaza health ministry, ...".

Split out of :mod:`pipeline.extract._phrases` at its 500-line limit; the word tests it
shares (``np_word``, the modifier and group checks) stay there, so the forward and the
backward walks agree on what a speaker phrase is.
"""

from __future__ import annotations

from pipeline.extract._lexicon import CAPITALS, DEMONYMS, GENERIC, ORG_HEADS, SEATS, TITLES
from pipeline.extract._lexicon import words as _words
from pipeline.extract._linking import GROUPS as _GROUPS
from pipeline.extract._linking import head_follows, links_name, titled_name
from pipeline.extract._ofnamed import name_end
from pipeline.extract._phrases import (
    _PARTICLES,
    ABBREVIATED,
    COUNTRIES_T,
    GROUP_NOUNS,
    LED,
    NAME_LINKS,
    NOT_MODIFIERS,
    NP_LOWER,
    OWNERS,
    PRONOUNS,
    TO_TITLES,
    VIA,
    WINDOW,
    group_modifier,
    joins_name,
    modifier,
    np_word,
)
from pipeline.extract._voiceof import VOICES, voiced_end

_PLAIN_PEOPLE: frozenset[str] = _words(
    """neighbour neighbor resident pensioner witness eyewitness farmer teacher nurse doctor
    volunteer student driver shopkeeper survivor widow mother father grandmother grandfather
    worker engineer priest businessman businesswoman retiree"""
)
"""Bare nouns before a private person's name after the cue ("said pensioner X"): German
copy's "sagte Nachbarin X (45)"; the name speaks, the noun only describes."""


_POSTS = frozenset({"embassy", "consulate"})
"""Diplomatic posts, named by the city they sit in."""


def _name_on(taken: list[str], words: list[str], i: int) -> bool:
    """Whether particles from ``words[i]`` join a name to a capitalised word ("von der Leyen")."""
    if not joins_name(taken[-1]):
        return False
    for word in words[i + 1 : i + 3]:
        if not joins_name(word):
            return False
        if word[:1].isupper():
            return True
    return False


def np_after(text: str, start: int) -> tuple[int, int] | None:
    """Span of the speaker noun phrase starting at ``start`` (leading spaces skipped)."""
    segment = text[start : start + WINDOW]
    lead = len(segment) - len(segment.lstrip(" "))
    words = segment[lead:].split(" ")
    if not words or not words[0]:
        return None
    first = words[0].rstrip(".,;:!?")
    if first in ("a", "an") and len(words) > 1:
        begin = start + lead + len(words[0]) + 1
        if (noun := words[1].rstrip(".,;:!?")) in GENERIC:
            voiced = voiced_end(text, begin + len(noun)) if noun in VOICES else -1
            if voiced > 0:
                return begin, voiced  # "said a spokesman of the Russian Defence Ministry"
            return begin, begin + len(noun)  # "said a witness"
        if len(words) > 2 and words[1].isalpha() and words[2].rstrip(".,;:!?") in GENERIC:
            return begin, begin + len(words[1]) + 1 + len(words[2].rstrip(".,;:!?"))  # aid worker
        if len(words) > 2 and words[1][:1].isupper():
            return np_after(text, begin)  # "said a NATO officer"
    if (
        first in OWNERS
        and len(words) > 2
        and words[1].isalpha()
        and words[1].islower()
        and words[1] not in NOT_MODIFIERS
        and words[2][:1].isupper()
    ):  # "said her colleague Iryna Bondar": the name
        return np_after(text, start + lead + len(words[0]) + len(words[1]) + 2)
    two_names = len(words) > 2 and words[1][:1].isupper() and words[2][:1].isupper()
    if first in _PLAIN_PEOPLE and two_names and not words[1].isupper():  # "said neighbour Natalija
        return np_after(text, start + lead + len(words[0]) + 1)  # Kowal (45)": the name
    if first == "the" and len(words) > 2 and LED(words[1]) and words[2][:1].isupper():
        return np_after(text, start + lead + len(words[0]) + len(words[1]) + 2)  # "the
        # civilian-led El Fasher Resistance Committees": the name
    if first.lower() in PRONOUNS or (first in ("him", "her") and words[0].endswith(",")):
        return start + lead, start + lead + len(first)  # "According to him, ..."
    taken: list[str] = []
    for i, word in enumerate(words[:10]):
        bare = word.rstrip(".,;:!?")
        head = words[i + 1].rstrip(".,;:!?") if i + 1 < len(words) else ""
        if i == 0 and bare == word and group_modifier(bare, head):
            pass  # "according to industry sources"
        elif i == 0 and modifier(bare) and group_modifier(head, "".join(words[2:3]).rstrip(",.")):
            pass  # "according to two insurance industry sources"
        elif word in NAME_LINKS and links_name(taken, words, i):
            pass  # "the Institute for the Study of War"
        elif word in _PARTICLES and taken and _name_on(taken, words, i):
            pass  # "Ursula von der Leyen met ...": the particles stay in the name
        elif word == "same" and taken == ["the"]:
            pass  # "..., precised the same source": the source before
        elif word == "to" and taken and taken[-1].lower() in TO_TITLES:
            pass  # "according to adviser to the head of the Presidential Office X"
        elif word == "and" and taken and taken[-1] in NP_LOWER and _paired_head(words, i):
            pass  # "according to local and state authorities"
        elif word == "and" and "for" in taken and taken[-1][:1].isupper() and head[:1].isupper():
            pass  # "the Center for Strategic and International Studies"
        elif taken and bare == word and _counted_clause(bare, taken[-1], head):
            break  # "According to the governor 12 people were injured": the clause's figure
        elif (
            not np_word(bare)
            and not (
                taken and (bare in TITLES or (modifier(bare) and head_follows(words, i, taken)))
            )
            and (taken or not titled_name(words))  # "party leader Ines Schwerdtner" opens one
        ):
            break  # "the regional energy company": modifiers only before an institution
        if ABBREVIATED(word) is not None:
            taken.append(word)  # "Florida Sen. Rick Scott", "J.D. Vance"
            continue
        taken.append(bare)
        if bare != word:
            break
    if not taken:
        return None
    n = len(taken)
    if n > 1 and taken[-1] == "of" and taken[-2] in ORG_HEADS and len(words) > n:
        taken.append(words[n].rstrip(".,;:!?"))  # "the ministry of finance"
    if words[n - 1] == taken[-1] and words[n : n + 1] == ["in"] and len(words) > n + 1:
        place = words[n + 1].rstrip(".,;:!?")
        placed = place.lower() in CAPITALS or place.lower() in SEATS or place.lower() in DEMONYMS
        placed = placed or (taken[-1] == "mission" and place in COUNTRIES_T)
        placed = placed or (taken[-1] in _POSTS and place[:1].isupper())  # "the consulate in
        # Lutsk": a post is placed by any city it sits in
        grouped = n == 1 and taken[0].lower() in GROUP_NOUNS and place[:1].isupper()
        if grouped or (placed and any(w.lower() in ORG_HEADS for w in taken)):
            taken += ["in", place]  # "the foreign ministry in Beijing", "brokers in London"
    elif n == 1 and taken[0] in _GROUPS and words[n : n + 1] == ["at"]:
        named: list[str] = []
        for word in words[n + 1 : n + 5]:  # "officials at Nasser Hospital, which ..."
            bare = word.rstrip(".,;:!?")
            if not bare[:1].isupper():
                break
            named.append(bare)
            if bare != word:
                break
        if named:
            taken += ["at", *named]
    begin = start + lead
    titled = [k for k, w in enumerate(taken) if w.lower() in TITLES]
    if titled and (k := titled[-1]) < len(taken) and taken[k + 1 : k + 2] in ([], ["of"]):
        stop = name_end(text, begin + len(" ".join(taken[: k + 1])))
        if stop > 0:  # "the spokeswoman of the diplomacy Maria Zakharova"
            return begin, stop
    if n == 1 and taken[0].lower() in VIA and words[1:2] in (["at"], ["from"]):
        inner = np_after(text, begin + len(taken[0]) + len(words[1]) + 2)
        if inner is not None:  # "Analysts at the US bank Goldman Sachs expect ..."
            return begin, inner[1]
    return begin, begin + len(" ".join(taken))


def _paired_head(words: list[str], i: int) -> bool:
    """ "local and state authorities": a second modifier, then a body or group head."""
    pair = [w.rstrip(".,;:!?") for w in words[i + 1 : i + 3]]
    return len(pair) == 2 and pair[0] in NP_LOWER and (pair[1] in ORG_HEADS or pair[1] in GENERIC)


def past_apposition(text: str, pos: int, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject after a framing clause that holds a named object: in "Asked what he
    would tell his counterpart, Sergei Lavrov, if they met, the minister paused", the
    name is set off by commas, so the subject is the phrase after the framing clause."""
    for _ in range(3):
        if np is not None and not text.startswith(",", np[1]):
            return np
        comma = text.find(", ", (np[1] if np is not None else pos) + 1, 200)
        if comma < 0:
            return np
        pos = comma + 2
        np = np_after(text, pos)
    return np


def _counted_clause(word: str, last: str, after: str) -> bool:
    """A short number after the source that opens the clause, not a name's part: German
    order with no comma ("according to the air force 32 of 46 drones were ...") gives the
    figure after a common noun, or before a counted noun ("Governor X 12 people were ...");
    "Suwayda 24 reported" keeps the outlet's number."""
    if not word.isdigit():
        return False
    if last[:1].islower():
        return True
    return after[:1].islower() and after not in _REPORTING and not after.endswith("ed")


_REPORTING = frozenset({"says", "reports", "writes", "wrote", "quotes", "notes", "adds", "was"})

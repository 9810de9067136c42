"""Inverted Romance tolls told as a pair, their wounded told after a subgroup sentence,
and a later death folded into a toll of one unnumbered death (h_num22, ``dev_articles67``,
``dev_articles66``).

Literal translations of Italian copy put both figures of a toll before their nouns: "Are 3
the dead and 12 the wounded, of whom 2 in serious condition" ("Sono 3 i morti e 12 i
feriti"). :func:`pipeline.extract._cas19read.inverted_kind` read only the first figure,
since only it follows the opening verb; :func:`pair_second` lets the second figure of such
a pair ("and 12 the wounded") take the kind of its own noun when the first one opened the
sentence.

Italian copy also sets every sentence as a paragraph and lists the subgroups of the dead
before the wounded: "Rises to 23 the number of the dead ... . Among the victims there are
7 children, ... ." then, in a paragraph of its own, "The wounded are over 60, specified the
same source". :func:`wounded_after_among` gives that last sentence the toll's text as its
prior when the only sentence between is the "Among the victims" subgroup line of the toll's
paragraph and it opens "The wounded are N" (no subject of its own).

French copy tells a toll as "killed a 67-year-old woman and injured 14 people" (one death
with no figure, so only the injured are read) and then "a man ... died in hospital,
bringing the toll to two dead": :func:`fold_lone_dead` gives the injured record that new
killed figure (one record 2/14), as a rise of a two-kind toll is folded into it.

A toll told as "the deadliest day since the entry into force of the ceasefire" ranks the
day: :func:`ranked_since` keeps the running-total reading of "since the ceasefire" off it.
A superseded toll told after "against" ("stands at 5 dead and 42 injured, against 3 dead
and 30 injured in a previous toll") is no event (:func:`previous_toll`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import QUALIFIER

# "... 3 the dead and 12 the wounded": the first inverted figure and its noun, then "and".
_PAIR_FIRST = re.compile(
    r"\d[\d.,]*\s+the\s+(?:dead|deaths|killed|fatalities|deceased|wounded|injured|hurt)"
    rf"\s*,?\s+and\s+(?:to\s+)?{QUALIFIER}$",
    re.IGNORECASE,
)


def pair_second(text: str, lo: int, start: int, opening: re.Pattern[str]) -> bool:
    """True when the figure at ``start`` is the second of an inverted pair whose first
    figure follows the sentence's opening verb ("Are 3 the dead and 12 the wounded");
    ``opening`` is the opening pattern, searched up to the first figure."""
    if " and " not in text[max(lo, start - 30) : start]:
        return False
    first = _PAIR_FIRST.search(text, max(lo, start - 60), start)
    return first is not None and opening.search(text, lo, first.start()) is not None


# "The wounded are over 60": the sentence opens with the harm noun and its copula.
_WOUNDED_OPENS = re.compile(r"^\W*the\s+(?:wounded|injured)\s+(?:are|were)\s", re.IGNORECASE)


def wounded_after_among(doc: Document, before: int, idx: int, among: re.Pattern[str]) -> str | None:
    """The prior text of "The wounded are N" (sentence ``idx``) when the record sentence
    ``before`` is two back and the sentence between is its paragraph's "Among the victims"
    subgroup line (``among``: the subgroup opening, ``_casualty_words.AMONG_LEAD``), the
    wounded sentence in the next paragraph; else None."""
    mid = doc.sentences[idx - 1]
    if doc.sentences[before].paragraph != mid.paragraph:
        return None
    if doc.sentences[idx].paragraph != mid.paragraph + 1:
        return None
    if "among" not in mid.text[:12].lower() or among.match(mid.text) is None:
        return None
    if _WOUNDED_OPENS.match(doc.sentences[idx].text) is None:
        return None
    return doc.sentences[before].text + " " + mid.text


# "..., bringing the toll to two dead", "raising the death toll to three": a later death
# told as the new killed figure of the toll before it.
_BRINGING = re.compile(
    r"\b(?:bringing|brought|brings|raising|raised|taking|took)\s+the\s+(?:death\s+)?"
    r"(?:toll|balance|number\s+of\s+(?:the\s+)?dead)\s+to\s",
    re.IGNORECASE,
)
# "killed a 67-year-old woman and injured 14 people": one person killed, told with no figure.
_LONE_KILLED = re.compile(
    r"\bkill(?:ed|ing)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|boy|girl|person|resident|"
    r"civilian|pensioner|teenager|driver|worker)\s+and\s+(?:injur|wound)",
    re.IGNORECASE,
)
_BRING_REACH = 700
"""How far before the rise the toll it completes may end."""


def fold_lone_dead(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with a later "bringing the toll to N dead" folded into the injured-only
    record of a toll whose sentence told one unnumbered death beside the injured ("killed a
    67-year-old woman and injured 14 people"): one record N/14, the rise's own dropped."""
    dropped: set[int] = set()
    for i, f in enumerate(found):
        if not isinstance(f, Casualty) or f.killed is None or f.injured is not None:
            continue
        if " to " not in f.evidence.text or _BRINGING.search(f.evidence.text) is None:
            continue
        for j in range(i - 1, -1, -1):
            old = found[j]
            if not isinstance(old, Casualty) or j in dropped:
                continue
            if f.evidence.start - old.evidence.end > _BRING_REACH:
                break
            if old.group not in ("people", "persons"):
                continue  # a subgroup of the toll ("among them three children")
            if old.killed is not None or old.injured is None or f.killed < 2:
                break  # only the nearest toll, and only a rise from the lone death
            if _LONE_KILLED.search(
                doc.body, max(0, old.evidence.start - 120), old.evidence.start + 12
            ):
                found[j] = replace(old, killed=f.killed)
                dropped.add(i)
            break
    return [f for n, f in enumerate(found) if n not in dropped] if dropped else found


# "the deadliest day since the entry into force of the ceasefire": a ranking of the day's
# toll against the time since, not a running total since then.
_RANKED_BEFORE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|heaviest|most\s+(?:lethal|violent|intense))\s+"
    r"(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def ranked_since(clause: str, since: int) -> bool:
    """True when the "since" at ``since`` follows a superlative ("the deadliest day since
    ..."): the day's toll ranked, which the running-total reading must not take."""
    lead = clause[max(0, since - 40) : since].lower()
    if "est " not in lead and "most " not in lead:
        return False
    return _RANKED_BEFORE.search(clause, max(0, since - 40), since) is not None


# "stands at 5 dead and 42 injured, against 3 dead and 30 injured in a previous toll": the
# superseded figures told after "against" (French "contre ... dans un précédent bilan").
_AGAINST = re.compile(r"\bagainst\s+(?:[\w-]+\s+){0,5}?$", re.IGNORECASE)
_PREVIOUS_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:in|of|from|by)\s+(?:a|an|the)\s+(?:previous|first|earlier|preceding|"
    r"prior|provisional)\s+(?:toll|balance|count|report|figure|assessment)\b",
    re.IGNORECASE,
)


def previous_toll(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` belongs to an earlier toll told after
    "against" and placed in "a previous toll": superseded, no event."""
    if "against" not in text[max(0, start - 40) : start].lower():
        return False
    if _AGAINST.search(text, max(0, start - 40), start) is None:
        return False
    return _PREVIOUS_AFTER.match(text, end) is not None

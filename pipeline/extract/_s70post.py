"""Speakers named after the wrong party, and one clause read as two, round 70 (helper
h_fix_s70, the speaker and boundary errors of the real17 front-line excerpts,
``dev_statements96``).

Front-line copy names its speakers in habits the earlier rounds did not read:

- "the military / the army said" in a sentence that names the attacker's country and the
  target's ("a missile launched at Israel from Yemen ..., the military said", "across
  Israel after the army said missiles had been fired from Iran") is the target's force: the
  attacker's country is where the weapon came from, not who speaks;
- a long title holding a rank before the name ("India's Director General Military Operations
  (DGMO) Lt Gen NAME") is the person, named as written after the rank;
- a bare "the governor" after "NAME, the regional head / the head of the region / the
  regional governor" earlier in the story is that person;
- "NAME, the head / chief / leader / commander of COUNTRY's BODY, said" is NAME (it was the
  role), ranks before the name ("Senior Gen.", "Lt. Gen.") dropped;
- "Houthi forces / fighters (in Yemen)" and "Yemen's Houthi forces" are the table's "Houthis";
- "X stated that A and asserted that B": the second verb of saying opens a statement of its
  own, as "... and added that B" already does.

Each reading is gated on a literal of the body or the speaker; nothing is read twice. Runs in
:mod:`pipeline.extract._latepasses` after :mod:`pipeline.extract._s69drop`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement, split
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_ADJ = {
    "Israel": "Israeli",
    "Iran": "Iranian",
    "Yemen": "Yemeni",
    "Lebanon": "Lebanese",
    "Iraq": "Iraqi",
    "Syria": "Syrian",
    "Ukraine": "Ukrainian",
    "Russia": "Russian",
    "India": "Indian",
    "Pakistan": "Pakistani",
}
_COUNTRY = {adj: name for name, adj in _ADJ.items()}
_NAMES = "|".join(_ADJ)
_FORCE = re.compile(r"^(?P<adj>[A-Z][a-z]+) (?P<noun>military|army)$")
_BARE_FORCE = re.compile(r"\b[Tt]he (?P<noun>military|army)\b")
_TARGET = re.compile(
    rf"\b(?:at|toward|towards|across(?: (?:northern|southern|central))?|into)"
    rf" (?P<t>{_NAMES})\b(?![-\u2010]|['\u2019]s)|\b(?P<p>{_NAMES})['\u2019]s air defen[cs]es"
)
_RANK = re.compile(
    r"^.*?\S.*?\b(?:Lt|Maj|Brig|Lieutenant|Major|Brigadier)\.? Gen(?:eral|\.)? "
    r"(?P<n>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$"
)
_HEAD = re.compile(
    r"\b(?P<n>[A-Z][a-z]+ [A-Z][a-z]+), the (?:regional (?:head|governor)|head of the region)\b"
)
_ROLE = re.compile(r"^(?P<r>head|chief|leader|commander) of ")
_NAME_TAIL = re.compile(r"(?:[A-Z][a-z]*\.? )*[A-Z][a-z]+$")
_RANKS = frozenset(
    [
        "Senior",
        "Gen",
        "Gen.",
        "General",
        "Lt",
        "Lt.",
        "Lieutenant",
        "Maj",
        "Maj.",
        "Major",
        "Col",
        "Col.",
        "Colonel",
        "Brig",
        "Brig.",
        "Brigadier",
        "Adm",
        "Adm.",
        "Admiral",
        "Field",
        "Marshal",
        "Mr",
        "Mr.",
        "Dr",
        "Dr.",
        "President",
        "Commander",
        "Chief",
    ]
)
_ROLE_STARTS = ("head of ", "chief of ", "leader of ", "commander of ")
_HOUTHI = re.compile(
    r"^(?:Yemeni |Yemen['\u2019]s )?Houthi (?:forces|fighters|militants|rebel forces)$"
)
_SECOND = re.compile(
    r"^(?P<a>.+?[^,\s]) and (?P<v>asserted|affirmed|maintained|argued|declared|stated) that"
    r" (?P<b>[^\"\u201c\u201d]+)$"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    gates = (
        body_has(body, " military") or body_has(body, " army"),
        body_has(body, " Gen "),
        body_has(body, "governor"),
        body_has(body, "Houthi"),
        body_has(body, " that "),
    )
    if not any(gates):
        return found
    force, rank, governor, houthi, second = gates
    statements, others = split(found)
    out: list[Statement] = []
    changed = False
    for s in statements:
        new = s
        name = s.speaker
        if name.startswith(_ROLE_STARTS) and _ROLE.match(name):
            new = _named_holder(body, s, speakers)
        elif force and (name.endswith(" military") or name.endswith(" army")):
            new = _target_force(s, speakers)
        elif rank and " Gen " in name:
            m = _RANK.match(name)
            if m is not None:
                new = replace(s, speaker=speakers.canonical(m.group("n")))
        elif governor and name == "governor":
            new = _named_governor(body, s, speakers)
        elif houthi and name.startswith(("Houthi", "Yemen")) and _HOUTHI.match(name):
            new = replace(s, speaker="Houthis")
        if second and s.mode == "indirect" and " and " in s.quote:
            parts = _two(new)
            if parts is not None:
                out.extend(parts)
                changed = True
                continue
        changed = changed or new is not s
        out.append(new)
    return [*others, *out] if changed else found


def _target_force(s: Statement, speakers: Speakers) -> Statement:
    """``s`` spoken by the target's force when its named force is the attacker's country's."""
    m = _FORCE.match(s.speaker)
    if m is None:
        return s
    attacker = _COUNTRY.get(m.group("adj"))
    text = s.evidence.text
    bare = _BARE_FORCE.search(text) if attacker is not None and attacker in text else None
    if bare is None:
        return s
    for t in _TARGET.finditer(text):
        target = t.group("t") or t.group("p")
        if target != attacker:
            named = speakers.canonical(f"{_ADJ[target]} {bare.group('noun')}")
            return replace(s, speaker=named)
    return s


def _named_holder(body: str, s: Statement, speakers: Speakers) -> Statement:
    """``s`` spoken by "NAME" of "NAME, the ROLE of ..." in its evidence or just before it
    (ranks dropped)."""
    text = body[max(0, s.evidence.start - 200) : s.evidence.end]
    at = text.rfind(", the " + s.speaker.split(" ", 1)[0] + " of ")
    if at <= 0:
        return s
    m = _NAME_TAIL.search(text, max(0, at - 60), at)
    if m is None:
        return s
    words = m.group().split(" ")
    while words and words[0] in _RANKS:
        words.pop(0)
    if not 2 <= len(words) <= 4 or any(w.endswith(".") for w in words):
        return s
    return replace(s, speaker=speakers.canonical(" ".join(words)))


def _named_governor(body: str, s: Statement, speakers: Speakers) -> Statement:
    """``s`` spoken by the last "NAME, the regional head" before it, if any."""
    before = body[: s.evidence.start]
    if ", the regional" not in before and ", the head of the region" not in before:
        return s
    names = _HEAD.findall(before)
    if not names:
        return s
    return replace(s, speaker=speakers.canonical(names[-1]))


def _two(s: Statement) -> tuple[Statement, Statement] | None:
    """``s`` as two statements when its clause holds "A and asserted that B"."""
    m = _SECOND.match(s.quote)
    if m is None:
        return None
    text, start = s.evidence.text, s.evidence.start
    first = replace(s, quote=m.group("a"))
    b = m.group("b")
    return first, new_statement(text, start, s.speaker, "indirect", b, m.group("v"))

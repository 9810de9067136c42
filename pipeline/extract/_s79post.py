"""Round 79's speaker readings (helper h_fix_s79: real20's statements found with another speaker
than the conventions give, ``dev_statements105``), applied last in
:mod:`pipeline.extract._latepasses`. Each one renames a statement the reader already found:

- a given name transliterated another way ("Yuriy Ignat" where the table lists "Yuri Ignat";
  "-iy", "-ii", "-i", "-y" endings swapped) is the table's person, as every spelling of a
  listed person is;
- "COUNTRY Security Service" / "COUNTRY Border Guard Service" whose "... of COUNTRY" form is a
  body of the table ("Ukraine Security Service" -> "Security Service of Ukraine") is that body;
- a name with a possessive inside it ("The Sudan Doctor's Network", read without the "'s") keeps
  the article's spelling: the "X's -> adjective" rule is for a country, not a word of a name;
- "A military source in PLACE said" read as PLACE is "military source", and a later bare "the
  source said/told" in the same or the next paragraph is that qualified source; "A source from a
  humanitarian organization told" keeps its lower-case description;
- "the group said" after "the NAME, an organization / a group ..." is NAME;
- "The Ukrainian military's southern command" is the table's body for "Ukrainian southern
  command"; "'Q,' a source in the ADJ defence sector told OUTLET" after a quote is that source,
  not the speaker of the sentence before; "DAILY POST reports" is the outlet's two words;
- "Additional / Initial / Further reports indicated that C" names no speaker: the adjective the
  reader kept as one is dropped with its statement.

Every rename is gated on a literal of the speaker or the text before any pattern; the pass
walks the statements once (the sources named earlier are kept in a list sorted by offset).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from pipeline.extract._bodylits import body_has
from pipeline.extract._roles import ALIASES, norm
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_OWNER = re.compile(r"\b([A-Z][a-z]+)['’]s [A-Z]")
"""A capitalised word with an "'s" before another capitalised one ("Doctor's Network")."""

_BODY_ENDS = (" Service", " Committee", " Agency", " Bureau")
"""The heads of a body named 'COUNTRY ... HEAD'."""

_PERSON = re.compile(r"^(?P<g>[A-Z][a-z]+) (?P<s>[A-Z][a-z'-]+)$")
"""'Yuriy Ignat': a given name and a surname."""

_ENDINGS = ("iy", "ii", "yi", "i", "y")
"""Transliterations of one Slavic given-name ending."""

_REVERSED = re.compile(
    r"^(?P<c>[A-Z][a-z]+) (?P<b>(?:[A-Z][a-z]+ ){1,3}(?:Service|Committee|Agency|Bureau))$"
)
"""'Ukraine Security Service' (the table's 'Security Service of Ukraine')."""

_SOURCE_PLACE = re.compile(
    r"\b[Aa]n? (?P<a>(?:[a-z]+ ){0,2})(?P<n>source|official)s? (?:in|at|near) "
    r"[^.;“”\"]{2,80}?,? (?:said|told|says)\b"
)
"""'A military source in the city of Kosti, White Nile State, said'."""

_SOURCE_FROM = re.compile(
    r"\b[Aa] (?P<d>source (?:from|at|with) an? [a-z]+(?: [a-z]+){0,2}) (?:said|told)\b"
)
"""'A source from a humanitarian organization told'."""

_MENTION = re.compile(r"\b[Aa]n? (?P<a>(?:military|security|medical|diplomatic|local)) source\b")
"""'A military source' named earlier in the text."""

_BACK = re.compile(r"\b[Tt]he source\b")
"""'the source' pointing back at a source named earlier."""

_GROUP_NAMED = re.compile(
    r"\b(?:the |The )?(?P<n>[A-Z][\w-]+(?: [A-Z][\w-]+){0,4}), an? (?:[\w-]+ ){0,3}"
    r"(?:organi[sz]ation|group|network|monitor|body)\b"
)
"""'the Emergency Lawyers, an organization monitoring ...'."""

_FORCE_OWNED = re.compile(
    r"^(?P<a>[A-Z][a-z]+) (?:military|army|armed forces)['’]s? (?P<r>[a-z]+ (?:[a-z]+ )?command)$"
)
"""'Ukrainian military's southern command' (the table's 'Ukrainian southern command')."""

_TRAILING_SOURCE = re.compile(
    r"[,.!?][”\"] an? (?P<d>source (?:in|at|from|close to|within) (?:the )?[a-zA-Z -]{3,60}?)"
    r" (?:told|said)\b"
)
"""'“Q,” a source in the Ukrainian defence sector told AFP.' after a quote."""

_CAPS = re.compile(r"^[A-Z]{3,}$")
"""An outlet's first word in capitals ('DAILY')."""

_CAPS_OUTLET = re.compile(r"\b(?P<f>[A-Z]{3,}) (?P<w>[A-Z]{3,}) (?:reports|reported|says|said)\b")
"""'DAILY POST reports'."""

_REPORT_ADJECTIVES = frozenset(
    ["Additional", "Initial", "Further", "Earlier", "Preliminary", "Other", "Separate", "Later"]
)
"""A lone adjective of "ADJ reports indicated that C" the reader kept as the speaker."""

_INTRODUCED = re.compile(
    r"(?P<n>[A-Z][\w'-]+(?: (?:[A-Z][\w'-]+|without|of|for|the|and)){1,6}) \((?P<a>[A-Z]{2,6})\)"
)
"""'Doctors without Borders (MSF)': a body of the table and the acronym it goes by."""

_IT_SAID = re.compile(r"^It (?:said|added|reported)\b")
"""'It said C' opening a sentence."""

_GENERIC = frozenset(["group", "organization", "organisation", "network", "monitor"])
"""A bare description the reader kept as the speaker."""


@lru_cache(maxsize=512)
def _respelled(name: str) -> str | None:
    """The table's person for a given name with another transliterated ending."""
    m = _PERSON.match(name)
    if m is None or norm(name) in ALIASES:
        return None
    given, surname = m["g"], m["s"]
    stem = next((given[: -len(e)] for e in _ENDINGS if given.endswith(e)), given)
    for ending in ("", *_ENDINGS):
        entry = ALIASES.get(norm(f"{stem}{ending} {surname}"))
        if entry is not None and entry.kind == "person" and stem + ending != given:
            return entry.canonical
    return None


def _reversed(name: str) -> str | None:
    """The table's body for 'COUNTRY X Service'."""
    m = _REVERSED.match(name)
    if m is None:
        return None
    entry = ALIASES.get(norm(f"{m['b']} of {m['c']}"))
    return entry.canonical if entry is not None and entry.kind == "org" else None


def _possessive(body: str, name: str, owners: frozenset[str]) -> str | None:
    """'Sudan Doctor's Network' for 'Sudan Doctor Network' when the text spells it so
    (``owners``: the capitalised words the text gives an "'s" before another one)."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    for i in range(1, len(words) - 1):
        if words[i] not in owners:
            continue
        for mark in ("'s", "’s"):
            spelled = " ".join([*words[:i], words[i] + mark, *words[i + 1 :]])
            if body_has(body, spelled):
                return spelled.replace("’", "'")
    return None


def _renamed(body: str, s: Statement, owners: frozenset[str]) -> str | None:
    """The speaker the statement's own words give, else None (one literal gate per rule)."""
    sp = s.speaker
    text = s.evidence.text
    if sp.endswith(_BODY_ENDS) and (name := _reversed(sp)):
        return name
    if sp.count(" ") == 1 and (name := _respelled(sp)):
        return name
    if owners:
        name = _possessive(body, sp, owners)
        if name:
            return name
    if ("'s " in sp or "’s " in sp) and (m := _FORCE_OWNED.match(sp)) is not None:
        entry = ALIASES.get(norm(f"{m['a']} {m['r']}"))
        if entry is not None and entry.kind == "org":
            return entry.canonical
    if _CAPS.match(sp) and (m := _CAPS_OUTLET.search(text)) is not None and m["f"] == sp:
        return f"{sp} {m['w']}"
    if sp.endswith(("sources", "source")) and f"{sp} in the " in body:
        m = re.search(rf"{re.escape(sp)} in the (?P<a>[A-Z]{{2,5}})\b", body)
        if m is not None:
            return f"{sp} in the {m['a']}"
    if " source" in text:
        if "source" not in sp and (m := _TRAILING_SOURCE.search(text)):
            at = text.find(s.quote)
            if at >= 0 and -1 <= m.start() - (at + len(s.quote)) <= 2:
                return m["d"]
        if (m := _SOURCE_FROM.search(text)) and sp in ("source", "Source"):
            return m["d"]
        if (m := _SOURCE_PLACE.search(text)) and (sp[:1].isupper() or sp == m["n"]):
            qualified = f"{m['a']}{m['n']}".strip()
            if sp in m[0] and qualified != sp:
                return qualified
    return None


def _acronym(doc: Document, s: Statement, acronyms: dict[str, str]) -> str | None:
    """The table's body a statement's "ACR said" names, or an "It said" right after "NAME (ACR)
    said" in the sentence before."""
    text = s.evidence.text
    for acronym, canonical in acronyms.items():
        if f"{acronym} said" in text or f"{acronym} says" in text:
            return canonical
    if _IT_SAID.match(text):
        sentences = doc.sentences
        starts = [x.start for x in sentences]
        at = bisect_right(starts, s.evidence.start) - 1
        if at >= 1:
            before = sentences[at - 1].text
            for acronym, canonical in acronyms.items():
                if f"({acronym}) said" in before:
                    return canonical
    return None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the renamings above (findings other than statements untouched)."""
    body = doc.body
    statements = [f for f in found if isinstance(f, Statement)]
    sources = any(f.speaker.endswith("source") and f.speaker.count(" ") < 2 for f in statements)
    groups = any(f.speaker in _GENERIC for f in statements) and body_has(body, ", a")
    owners = (
        frozenset(_OWNER.findall(body))
        if body_has(body, "'s ") or body_has(body, "’s ")
        else frozenset()
    )
    mentions: list[tuple[int, str]] = []
    if sources:
        mentions = [(m.start(), f"{m['a'].lower()} source") for m in _MENTION.finditer(body)]
        mentions += [
            (f.evidence.start + 1, f.speaker)
            for f in statements
            if " source" in f.speaker and "source " in f.speaker
        ]
        mentions.sort()
    named: list[tuple[int, str]] = []
    if groups:
        named = [(m.start(), m["n"]) for m in _GROUP_NAMED.finditer(body)]
    acronyms: dict[str, str] = {}
    if body_has(body, ") said") or body_has(body, ") says"):
        for m in _INTRODUCED.finditer(body):
            entry = ALIASES.get(norm(m["n"]))
            if entry is not None and entry.kind == "org" and m["a"] not in acronyms:
                acronyms[m["a"]] = entry.canonical
    out: list[Finding] = []
    changed = False
    for f in found:
        if not isinstance(f, Statement):
            out.append(f)
            continue
        if (
            f.speaker in _REPORT_ADJECTIVES
            and f"{f.speaker} report"
            in body[max(0, f.evidence.start - 60) : f.evidence.start + len(f.evidence.text)]
        ):
            changed = True
            continue
        name = _renamed(body, f, owners)
        start = f.evidence.start
        if name is None and mentions and f.speaker.endswith("source") and f.speaker.count(" ") < 2:
            at = bisect_right(mentions, (start, "\uffff")) - 1
            if at >= 0 and start - mentions[at][0] < 1500 and _BACK.search(f.evidence.text):
                earlier = mentions[at][1]
                name = earlier if f.speaker == "source" or earlier.startswith(f.speaker) else None
        if name is None and named and f.speaker in _GENERIC:
            at = bisect_right(named, (start + len(f.evidence.text), "\uffff")) - 1
            if at >= 0 and start + len(f.evidence.text) - named[at][0] < 800:
                name = named[at][1]
        if name is None and acronyms:
            name = _acronym(doc, f, acronyms)
        if name is not None and name != f.speaker:
            f = replace(f, speaker=name)
            changed = True
        out.append(f)
    return out if changed else found

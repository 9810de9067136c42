"""Who a bare role after a quote means in literal Romance copy (statement round 39).

"Paris - Emmanuel Macron received Volodymyr Zelensky ... «Q», affirmed the head of state"
is the host's quote; "Critical the League of Matteo Salvini. «Q», declared the deputy
premier" is Salvini's, never the premier named paragraphs before; "From Washington, Donald
Trump returned to threaten Madrid. «Q», wrote the American president" is Trump's; "The
minister of Foreign Affairs, Paulo Rangel, affirmed ... «Q», underlined the Portuguese head
of diplomacy" is Rangel's. In all four the role takes up the person the sentence before (in
the same paragraph) is about: its subject, or the one person it names. The earlier role
readers chose by the speaker table or the last title written, and took the guest, the
premier or the last-named politician.

A role with a nationality is read so only when the subject's table nationality agrees, or
the subject has none and the speaker first chosen is not named in that sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._roles import ROLE_TABLE
from pipeline.extract._s29reads import is_person, name_in, overlapping
from pipeline.extract._s34roles import nation
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["role_holder", "subject_of"]

_RUN = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)+"
_ROLE = re.compile(
    r"^«[^«»]{8,}»,?[ \t]+(?:has[ \t]+)?[a-z]+(?:[ \t]+(?:then|again|also))?[ \t]+the[ \t]+"
    r"(?P<nat>[A-Z][a-z]+[ \t]+)?(?P<role>(?:deputy[ \t]+|vice-)?(?:head[ \t]+of[ \t]+state"
    r"|head[ \t]+of[ \t]+(?:the[ \t]+)?(?:government|executive|diplomacy)|president"
    r"|prime[ \t]+minister|premier|chancellor|(?:[a-z]+[ \t]+)?minister|owner[ \t]+of[ \t]+"
    r"[A-Z][a-z]+))\b(?P<after>[^«»]*)$"
)
_OPENER = re.compile(r"^(?:[A-Z][\w ,.()'-]{0,40}[ \t]+[-–—][ \t]+)?(?:[A-Z][^,«»]{0,40},[ \t]+)?")
_SUBJECT = re.compile(
    rf"(?:[Tt]he[ \t]+[^,«»]{{2,60}},[ \t]+|[Tt]he[ \t]+(?:[a-z-]+[ \t]+){{1,2}})?(?P<n>{_RUN})"
    r"(?:,|[ \t]+(?:[a-z]+[ \t]+)?[a-z]+(?:ed|ent|ew|id|ok|ame|ote)\b)"
)
_CODES = {
    "FR": "france", "UA": "ukraine", "RU": "russia", "TR": "turkey", "GB": "britain",
    "DE": "germany", "CN": "china", "BY": "belarus", "US": "america",
}  # fmt: skip


def _person(speakers: Speakers, run: str, at: int) -> str | None:
    found = speakers.named(run, at)
    who = found if found else name_in(speakers, run)
    return who if who and is_person(who) else None


_COUNTRY_OF: dict[str, str] = {
    holder: _CODES[scope] for (scope, _), holder in ROLE_TABLE.items() if scope in _CODES
}
"""The table's holders by the country of their role ("FR:head" -> france)."""


def _country(who: str) -> str | None:
    return _COUNTRY_OF.get(who)


def subject_of(speakers: Speakers, text: str, at: int) -> str | None:
    """The person ``text`` opens with as its subject (after a dateline or an adverbial)."""
    opener = _OPENER.match(text)
    assert opener is not None  # every part of _OPENER is optional
    head = text[opener.end() :]
    subject = _SUBJECT.match(head)
    return _person(speakers, subject.group("n"), at) if subject else None


def role_holder(
    doc: Document, speakers: Speakers, statements: list[Statement], index: int
) -> list[Statement]:
    """The quote of sentence ``index`` credited to the person the sentence before is about."""
    sentence = doc.sentences[index]
    text = sentence.text.rstrip()
    if index == 0 or " the " not in text or (m := _ROLE.match(text)) is None:
        return statements
    if re.match(r",?[ \t]+[A-Z]", m.group("after")):
        return statements  # "the minister, NAME": the name speaks
    prev = doc.sentences[index - 1]
    if "\n\n" in doc.body[prev.start : sentence.start]:
        return statements
    prior = prev.text
    here = [s for s in overlapping(statements, sentence.start, sentence.end) if s.mode == "direct"]
    if len(here) != 1:
        return statements
    s = here[0]
    who = subject_of(speakers, prior, prev.start)
    if who is None:
        names = {
            p for r in re.finditer(_RUN, prior) if (p := _person(speakers, r.group(0), prev.start))
        }
        if len(names) != 1:
            return statements
        who = names.pop()
    if who == s.speaker:
        return statements
    if m.group("nat"):
        wanted = nation(m.group("nat").strip())
        has = _country(who)
        if wanted is None or (has is not None and has != wanted):
            return statements
        if has is None and is_person(s.speaker) and s.speaker.split()[-1] in prior:
            return statements
    return [replace(x, speaker=who) if x is s else x for x in statements]

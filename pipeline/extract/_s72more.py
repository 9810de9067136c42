"""Back-references to the speaker just read, round 72 (helper h_fix_s72, real19 and real17
speaker errors, ``dev_statements98``).

Each reading looks at one statement and the one before it in body order (a list index, no
scan):

- "It said / It added (that) C" in the sentence right after a body's statement (or after a
  sentence about "the ADJ military statement") is that body's, in the form it was read
  ("Israeli army", not the "Israeli military" of the aside);
- "the army / the military released a statement saying C" in a sentence naming no country,
  right after "the army said ..." was read as one country's force, is that same force (it
  went to the country of the weapon named earlier);
- "'Q,' the governor / mayor added." right after "NAME said that ..." is NAME;
- a speaker holding a dated verb ("military this week said") is the force named before;
- "'Q,' an unidentified officer / a senior official said." (an article, an optional
  adjective, a person noun, the verb) is that description, and a quotation sentence right
  after it in the same paragraph continues it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._s72quotes import put_direct, starts
from pipeline.extract.model import Statement

__all__ = ["back_references", "post_described"]

_IT = re.compile(r"^(?:[A-Z][a-z]+ ?[A-Za-z]*, )?It (?:also )?(?:said|added|stated|noted)\b")
_BARE_FORCE = re.compile(r"\b[Tt]he (?:army|military)\b(?![-\u2019'])")
_FORCE = re.compile(r"^[A-Z][a-z]+ (?:army|military)$")
_COUNTRY_WORD = re.compile(
    r"\b(?:Israel|Iran|Yemen|Lebanon|Syria|Iraq|Russia|Ukraine|India|Pakistan|Sudan)\w*"
)
_ROLES = frozenset(["governor", "mayor", "minister", "spokesman", "spokesperson"])
_PERSON = re.compile(r"^[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,3}$")
_DATED = re.compile(r"^(?P<h>military|army) (?:this|last|on|earlier)\b[\w ]{0,20} said$")
_POST = re.compile(
    r"(?P<o>[\u201c\"])(?P<q>[^\u201c\u201d\"\n]{2,400}?[,.!?])[\u201d\"],? (?:an|a|one)"
    r" (?P<d>(?:[a-z]+ )?(?:officer|official|soldier|commander|medic|doctor|rescuer|nurse))"
    r" (?:said|told)\b[^.\n]{0,60}\."
)


def back_references(s: Statement, prior: list[Statement], body: str) -> Statement:
    """``s`` given the speaker of the statement before it when it refers back to it."""
    if not prior:
        return s
    last = prior[-1]
    gap = s.evidence.start - last.evidence.end
    if gap < 0 or gap > 400 or last.speaker == s.speaker:
        return s
    text = s.evidence.text
    name = s.speaker
    if text.startswith("It ") or ", It " in text[:30]:
        if _IT.match(text) and _org(last.speaker) and _sentences_between(body, last, s) <= 1:
            return replace(s, speaker=last.speaker)
        return s
    if _FORCE.match(name) and _FORCE.match(last.speaker):
        bare = _BARE_FORCE.search(text, 0, 80) and _COUNTRY_WORD.search(text) is None
        if bare and _BARE_FORCE.search(last.evidence.text) is not None:
            return replace(s, speaker=last.speaker)
        return s
    role = name.rsplit(" ", 1)[-1]
    if role in _ROLES and s.cue == "added" and _PERSON.match(last.speaker):
        if f"the {role} added" in text:
            return replace(s, speaker=last.speaker)
        return s
    if name.endswith(" said"):
        m = _DATED.match(name)
        if m is not None:
            for p in reversed(prior[-50:]):
                if p.speaker.endswith(" " + m.group("h")):
                    return replace(s, speaker=p.speaker)
    return s


def _org(name: str) -> bool:
    """A body's name (not a person's): a lowercase word or an acronym in it."""
    return any(w.islower() or w.isupper() for w in name.split(" "))


def _sentences_between(body: str, last: Statement, s: Statement) -> int:
    """How many sentence ends lie between two statements' evidence."""
    between = body[last.evidence.end : s.evidence.start]
    return between.count(". ") + between.count(".\n")


def post_described(body: str, statements: list[Statement]) -> list[Statement]:
    """``statements`` with "'Q,' an unidentified officer said." read (and the quotation
    sentence right after it)."""
    out = list(statements)
    index = starts(out)
    for m in _POST.finditer(body):
        speaker = m.group("d")
        put_direct(out, index, body, (m.start(), m.end()), m.group("q"), speaker)
        rest = body[m.end() : m.end() + 600]
        stripped = rest.lstrip(" ")
        if not stripped.startswith(m.group("o")):
            continue
        start = m.end() + len(rest) - len(stripped)
        close = "\u201d" if m.group("o") == "\u201c" else '"'
        end = body.find(close, start + 1)
        if end < 0 or "\n" in body[start:end]:
            continue
        after = body[end + 1 : end + 3]
        if after and not after[0].isspace():
            continue
        put_direct(out, index, body, (start, end + 1), body[start + 1 : end], speaker)
    return out

"""Speakers a phrase points back (or across) to, found on real wire copy.

- Bare heads: an unnamed source introduced once ("A Hamas official, speaking on condition
  of anonymity, told Newswire ...") and then "the official said"; a spokeswoman named
  before and then "the diplomat stressed". The speaker pass looks back at its attributions:
  an earlier speaker with the same head, else the person who spoke just before.
- "the company said": the company the text named last ("group DTEK", "DTEK, the ...
  company", "Aegean Crest Shipping"); "its Operational Command" after "Poland ...".
- "Ukraine's top diplomat": a holder introduced without a country of his own.
- Agency layouts that name the speaker elsewhere: "This was stated by X", "X stated this
  ...", "Source: X ... Quote: “...”", "who gave only his first name, Adam,".

Pure functions over strings, each gated by a cheap test, so most articles never run them;
kept apart because :mod:`pipeline.extract._names` and ``_cues`` are at their size limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol

from pipeline.extract import _lexicon as lex
from pipeline.extract._parties import descriptor
from pipeline.extract._roles import Kind, country_before

HEADS = frozenset(
    {"official", "diplomat", "source", "major", "colonel", "captain", "lieutenant", "sergeant"}
    | {"officer", "commander", "spokesman", "spokeswoman", "spokesperson"}
)
"""Heads that, bare, point back to an earlier speaker."""
_OPENERS = frozenset({"the", "a", "an", "one", "but", "and", "yet", "so", "that"})
_WINDOW = 12
"""How many sentences back a bare head may find an unnamed speaker with its head."""
_PERSON_WINDOW = 3
"""How many sentences back it may instead find the person who spoke last."""


class _Said(Protocol):
    @property
    def speaker(self) -> str: ...
    @property
    def kind(self) -> Kind: ...
    @property
    def subject_start(self) -> int: ...
    @property
    def subject_end(self) -> int: ...
    @property
    def cue_start(self) -> int: ...


def bare_head(subject: str) -> str | None:
    """ "the official", "But the official", "The diplomat" -> the head; else None."""
    if len(subject) > 24:
        return None
    words = subject.lower().split()
    while len(words) > 1 and words[0] in _OPENERS:
        words = words[1:]
    return words[0] if len(words) == 1 and words[0] in HEADS else None


def _recent(
    index: int, attributed: Sequence[int], said: Sequence[_Said | None], window: int
) -> Iterator[tuple[int, _Said]]:
    """The attributed sentences before ``index`` within ``window`` sentences, nearest first."""
    for j in reversed(attributed):
        if j >= index:
            continue
        if j < index - window:
            break
        found = said[j]
        if found is not None:
            yield j, found


def earlier(
    head: str, index: int, attributed: Sequence[int], said: Sequence[_Said | None]
) -> tuple[str, Kind] | None:
    """The speaker a bare ``head`` in sentence ``index`` points back to, or None."""
    person: tuple[str, Kind] | None = None
    for j, found in _recent(index, attributed, said, _WINDOW):
        if found.kind in ("generic", "org") and _headed(found.speaker.lower(), head):
            return found.speaker, found.kind  # "A Hamas official said ... the official said"
        if person is None and found.kind == "person" and j >= index - _PERSON_WINDOW:
            person = (found.speaker, found.kind)
    return person if head != "source" else None  # an anonymous source is nobody named


_SOURCES = re.compile(
    r"\b((?!(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]ame|[Oo]ther|[Tt]wo)\b)[A-Za-z][a-z]+[ \t]+sources)\b"
)
"""Lower-case sources named in passing ("diplomatic sources consulted by EFE")."""
_SAME = frozenset({"the same source", "the same sources", "same source", "same sources"})


def same_source(
    subject: str,
    index: int,
    attributed: Sequence[int],
    said: Sequence[_Said | None],
    at: int,
    body: str,
) -> tuple[str, Kind] | None:
    """ "..., the same sources added": the sources cited last (as a speaker, else as the
    body names them: "diplomatic sources consulted by EFE considered ..."), else the last
    speaker."""
    if subject.lower() not in _SAME:
        return None
    last: tuple[str, Kind] | None = None
    for _, found in _recent(index, attributed, said, _WINDOW):
        if "source" in found.speaker.lower():
            return found.speaker, found.kind
        last = last or (found.speaker, found.kind)
    named = [m.group(1) for m in _SOURCES.finditer(body, max(0, at - 600), at)]
    return (named[-1], "generic") if named else last


_QUALIFIED = re.compile(
    r"\b[Tt]he[ \t]+([A-Z][\w-]+[ \t]+(?:[a-z]+[ \t]+)?(ministry|delegation|embassy))\b"
)
"""A body named with its country or name before: "The German foreign ministry"."""
_QUALIFIABLE = frozenset({"the ministry", "the delegation", "the embassy"})


def named_body(subject: str, body: str, at: int) -> str | None:
    """ "..., it was said from the ministry": the qualified body of that head named last
    before ``at`` ("The German foreign ministry published ..."), else None."""
    lower = subject.lower()
    if lower not in _QUALIFIABLE or lower[4:] not in body[:at]:
        return None
    found = [m.group(1) for m in _QUALIFIED.finditer(body, 0, at) if m.group(2) == lower[4:]]
    return found[-1] if found else None


_DEMONYM_NOUNS = frozenset(lex.DEMONYMS.values()) | {
    *("Frenchman", "Frenchwoman", "Briton", "Pole", "Dane", "Swede", "Finn", "Spaniard"),
    *("Dutchman", "Dutchwoman", "Turk", "Greek", "Czech", "Slovak", "Belgian", "Austrian"),
    *("Brazilian", "Mexican", "Argentine", "Chilean", "Colombian", "Irishman", "Irishwoman"),
}
_STANDINS = frozenset({"speaker", "representative"})
"""Heads that stand for the person just named: "According to the speaker" (a briefing
translated from Ukrainian or Russian), "The Houthi representative also confirmed"."""


def stand_in(subject: str) -> str | None:
    """The modifier of "the (Houthi) speaker/representative" ("" when bare), else None."""
    words = subject.lower().rsplit(", ", 1)[-1].split()  # "Separately, the ..."
    if len(words) == 2 and words[0] == "the" and subject.split()[-1] in _DEMONYM_NOUNS:
        return ""  # "said the Estonian" (German copy): the person just quoted
    if words[:1] == ["the"] and descriptor(subject.rsplit(", ", 1)[-1]):
        return ""  # "the SPD politician said" (German copy): likewise
    if not 2 <= len(words) <= 3 or words[0] not in ("the", "a") or words[-1] not in _STANDINS:
        return None
    return words[1] if len(words) == 3 else ""


def voiced_earlier(
    index: int, attributed: Sequence[int], said: Sequence[_Said | None], body: str
) -> tuple[str, Kind] | None:
    """ "the spokesperson said" after "A spokesperson for Aegean Crest Maritime said": the
    speaker whose own subject named a spokesperson within the last sentences."""
    for _, found in _recent(index, attributed, said, _PERSON_WINDOW):
        window = body[max(0, found.subject_start - 60) : found.cue_start]
        if "spokes" in window.rsplit(". ", 1)[-1]:  # in the speaker's own sentence
            return found.speaker, found.kind
    return None


def bare_title(subject: str) -> str | None:
    """ "the governor" / "the mayor" -> the title, else None."""
    words = subject.lower().split()
    return words[1] if len(words) == 2 and words[0] == "the" and words[1] in _TITLES else None


_TITLES = frozenset({"governor", "mayor"})


def stood_in(
    modifier: str, index: int, attributed: Sequence[int], said: Sequence[_Said | None], body: str
) -> str | None:
    """The person who spoke within the last sentences, named with ``modifier`` if any."""
    window = _PERSON_WINDOW * 2 if modifier == "governor" else _PERSON_WINDOW
    for _, found in _recent(index, attributed, said, window):
        if found.kind != "person":
            continue
        subject = body[found.subject_start : found.subject_end].lower()
        if not modifier or modifier in subject.split():
            return found.speaker
        first = body.find(found.speaker.rsplit(" ", 1)[-1])  # "the Houthi military spokesman,
        near = body[max(0, first - 80) : first + 80].lower()  # Yahya Sarea,"
        if modifier in near.split():
            return found.speaker
        if modifier == "governor" and "military administration" in near:
            return found.speaker  # "the head of the military administration, X": the governor
    return None


_LINKS = ("in", "at", "from", "close", "familiar", "with", "inside", "based", "briefed")


def _headed(speaker: str, head: str) -> bool:
    """ "hamas official" or "source close to hezbollah" has the head "official"/"source"."""
    if speaker.endswith(f" {head}"):
        return True
    first, _, rest = speaker.partition(" ")
    if first == head:
        return rest.split(" ", 1)[0] in _LINKS
    at = speaker.find(f" {head} ")  # "egyptian official familiar with the talks"
    return at > 0 and speaker[at + len(head) + 2 :].split(" ", 1)[0] in _LINKS


def unscoped(
    body: str, titled: Sequence[tuple[int, str, str, str]], role: str, country: str, offset: int
) -> str | None:
    """ "Ukraine's top diplomat" after "Ukraine will not ..., Foreign Minister Andrii Sybiha
    said": a holder of ``role`` introduced without a country of his own, in a sentence that
    names ``country`` (a country code), before ``offset``."""
    if not country:
        return None
    names = [w for w, code in lex.COUNTRIES.items() if code == country and w.isalpha()]
    for at, scope, held, canonical in reversed(titled):
        if held != role or scope or at > offset:
            continue
        start = max(body.rfind(". ", 0, at), body.rfind("\n", 0, at)) + 1
        sentence = body[start:at].lower()
        if any(name in sentence for name in names):
            return canonical
    return None


_HEADS = r"(?:company|group|operator|firm|producer|utility|giant|major|carrier)"
_COMPANY = re.compile(
    rf"(?<![\w-]){_HEADS}[ \t]+(?P<n>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){{0,2}})"
    rf"|(?P<a>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){{0,2}}),[ \t]+(?:the|an?)[ \t]"
    rf"[^,.;]{{0,60}}?{_HEADS}(?![\w-])"
    r"|(?P<c>(?:[A-Z][\w&'’-]*[ \t]+){1,3}(?:Shipping|Lines|Maritime|Navigation|Holdings"
    r"|Corp|Corporation|Company|Ltd|Inc|Airlines|Logistics))(?![\w-])"
    r"|(?:spokes(?:person|man|woman)|representative)[ \t]+for[ \t]+the[ \t]+"
    r"(?P<v>(?:[\w'’-]+[ \t]+){0,2}(?:manager|company|operator|owner|firm|carrier))(?![\w-])"
)


def company_before(body: str, offset: int) -> str | None:
    """ "the company said" after "Private energy group DTEK said ...": the company the
    text named last ("<head> <Name>", "<Name>, the ... <head>", "Aegean Crest Shipping")
    within the 600 characters before ``offset``; "A spokesperson for the ship's manager"
    names it by that description."""
    found = None
    for m in _COMPANY.finditer(body, max(0, offset - 600), offset):
        found = m.group("n") or m.group("a") or m.group("c") or m.group("v")
    if found is not None and found.split(" ", 1)[0].endswith("-based") and " " in found:
        found = found.split(" ", 1)[1]  # "Hamburg-based Nordmar Shipping": the name
    return found or _subject_firm(body, offset)


_FIRM_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?P<n>[A-Z][\w&-]+(?:[ \t][A-Z][\w&-]+)?)[ \t]"
    r"(?:is|has|plans|wants|will|intends|announced|reported|expects|employs)[ \t]",
    re.MULTILINE,
)


def _subject_firm(body: str, offset: int) -> str | None:
    """ "Rheinmetall is expanding its business ... the company said": the name a sentence
    opens with (within 1,200 characters before ``offset``) that the text also writes inside
    a sentence, so a proper name, not a common noun ("Production is scheduled ...")."""
    found = None
    for m in _FIRM_SUBJECT.finditer(body, max(0, offset - 1200), offset):
        name = m.group("n")
        if name.split(" ", 1)[0] in lex.NON_NAME or name.lower() in lex.COUNTRIES:
            continue
        at = body.find(f" {name}")
        while at > 0 and not (body[at - 1].islower() or body[at - 1] == ":"):
            at = body.find(f" {name}", at + 1)
        if at > 0 or " " in name:  # or two names: "Siemens Energy plans ..."
            found = name
    return found


_FIRST_NAME = re.compile(
    r"(?:(?:first|only)[ \t]+name|call[ \t]+sign)[ \t]*,?[ \t]+(?:as[ \t]+)?[“\"]?"
    r"(?P<n>[A-Z][\w'’-]+)[ \t]*,?[”\"]?,?"
)
_TELLING = frozenset({"said", "says", "told", "added"})
_THAT = re.compile(r"[ \t]+(?:(?:[A-Z][\w.-]*[ \t]+)?that[ \t]+)?")


def first_named(text: str, hits: Sequence[tuple[int, str]]) -> tuple[str, int, str, int] | None:
    """ "A resident who gave only his first name, Adam, for fear of reprisals said he had
    fled", "Their commander, a major who goes by the call sign “Hrim,” said ...": (name,
    verb offset, verb, clause start) in the sentence, or None."""
    m = _FIRST_NAME.search(text, 0, 200)
    if m is None:
        return None
    for pos, word in hits:
        if pos >= m.end() and word in _TELLING:
            after = _THAT.match(text, pos + len(word))
            start = after.end() if after is not None else pos + len(word)
            return m.group("n"), pos, word, start
    return None


_ADJECTIVES = frozenset(lex.DEMONYMS.values())


def owned(subject: str, canonical: str, before: str) -> str | None:
    """ "Poland scrambled aircraft, its Operational Command said": a body named after
    "its" belongs to the country the sentence named before it ("Polish Operational
    Command"); ``before`` is the sentence up to the subject."""
    if not subject.startswith(("its ", "Its ")) or canonical.split(" ", 1)[0] in _ADJECTIVES:
        return None
    country = country_before(before, len(before))
    return f"{country} {canonical}" if country is not None else None


# "On the Telegram network, this was informed by X": a fronted adverbial before the core.
_FRONTED = r"(?:(?:On|In|Via)[ \t]+[\w ’'-]{2,40},[ \t]+(?=this|that))?"
_PASSIVE_CORE = (
    r"(?:This|That|this|that)(?:[ \t]+(?:assessment|opinion|view|statement|announcement))?"
    r"[ \t]+(?:(?:was|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?P<v>stated|said|reported|announced|declared|noted|written|posted|confirmed|informed"
    r"|given|voiced|expressed|made|circulated|communicated|published|distributed|released"
    r"|assured|affirmed|underlined|specified|indicated|transmitted)"
    r"[ \t]+"
    r"(?:(?:[a-z]+|[A-Z][a-z]+day"
    r"|to[ \t]+(?:the[ \t]+)?[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2}"
    r"|on[ \t]+(?:Telegram|Facebook|X|Twitter|Instagram|Viber))[ \t]+){0,6}?"
    r"by[ \t]+"
    r"|is[ \t]+(?P<w>stated|said|reported)[ \t]+in[ \t]+(?:the|a|its)[ \t]+(?:[a-z]+[ \t]+){0,2}"
    r"(?:summary|report|statement|message|communiqu[ée]|bulletin|update)[ \t]+(?:of|by)[ \t]+)"
)
_PASSIVE_BY = re.compile(_FRONTED + _PASSIVE_CORE)
"""Also "This was stated to NV by X" (the outlet X spoke to), "This assessment was given by X"."""
_PASSIVE_ANYWHERE = re.compile(_PASSIVE_CORE)
"""The same test for a whole body: any match has its core at its "this/that" (5x faster
than searching with the optional fronted adverbial at every offset)."""


_DEMONSTRATIVES = ("This", "That", "this", "that")
"""The words every :data:`_PASSIVE_ANYWHERE` match opens with."""


def has_passive(body: str) -> bool:
    """Whether ``body`` may hold "This was stated by ..."; the core is tried only where a
    demonstrative stands (``str.find`` skips there), not at every "t" of the body."""
    for word in _DEMONSTRATIVES:
        at = body.find(word)
        while at >= 0:
            if _PASSIVE_ANYWHERE.match(body, at) is not None:
                return True
            at = body.find(word, at + 1)
    return False


def passive_by(text: str) -> tuple[str, int] | None:
    """ "This was stated by Russian Foreign Minister Sergei Lavrov ...": the agency-copy
    attribution of the sentence before; (verb, offset of the speaker) or None."""
    m = _PASSIVE_BY.match(text)
    if m is None or " that " in text[m.end() :]:
        return None  # "That was announced by X that ...": the sentence's own clause
    return m.group("v") or m.group("w"), m.end()


_THIS = re.compile(
    r"this(?:[ \t]*$|[ \t]*[.,]|[ \t]+(?:during|in|on|at|to|while|when|after|before|via)[ \t])"
)


def this_clause(body: str, start: int) -> bool:
    """ "Dmytro Butriy stated this during a briefing": the reported clause is only "this"
    (and where it was said), so the words said are the sentence before."""
    return start >= 0 and body.startswith("this", start) and _THIS.match(body, start) is not None


_QUOTE_LABEL = re.compile(r"\s*Quote(?:[ \t]+from[ \t]+[^:\n]{1,40})?:\s*")
_SOURCE_LINE = re.compile(
    r"(?:^|\n)Source:[ \t]+(?P<s>[^,;\n]{2,80}?)(?=,|;|[ \t]+(?:on|in)[ \t]|\n|$)"
)


def labelled_quote(body: str, context: str, start: int) -> str | None:
    """ "Source: Pavlo Kyrylenko, head of ...\n\nQuote: “...”" (Ukrainska Pravda's layout):
    a quote labelled "Quote:" speaks for the last "Source:" line within 1,500 characters."""
    if not context.startswith(("Quote", " Quote")) or _QUOTE_LABEL.fullmatch(context) is None:
        return None
    found = None
    for m in _SOURCE_LINE.finditer(body, max(0, start - 1500), start):
        found = m.group("s")
    return found


_NAMED_GROUPS = frozenset({"ministers", "leaders", "diplomats"})


def group_before(body: str, head: str, offset: int) -> str | None:
    """ "NATO foreign ministers pledged ... the ministers said": the group the text named
    last before ``offset`` with a bare plural ``head`` (named in a sentence without a cue)."""
    if head not in _NAMED_GROUPS:
        return None
    found = None
    pattern = rf"(?<![\w-])([A-Z][\w.-]*(?:[ \t][a-z]+){{0,2}}[ \t]{head})(?![\w-])"
    for m in re.finditer(pattern, body[max(0, offset - 3000) : offset]):
        if m.group(1).split(" ", 1)[0] not in lex.NON_NAME:
            found = m.group(1)
    return found


_LIST_LINE = re.compile(r"[^:.!?“”\"]{1,50}:[ \t]+\S")
"""A tally line of a bulletin ("Kh-101 cruise missiles: 6, all shot down", "Total: ...")."""


def issuing(texts: Sequence[str], index: int) -> int:
    """The sentence before ``index`` whose subject issued "the report" / "the summary": the
    one before a bulletin's tally lines, whose "Total:" names nobody."""
    j = index - 1
    while j > 0 and index - j < 12 and _LIST_LINE.match(texts[j]) is not None:
        j -= 1
    return j


def issued(subject: str) -> bool:
    """ "the report", "its statement": a document speaks for whoever issued it."""
    words = subject.lower().split()
    return len(words) == 2 and words[0] in ("the", "its", "their") and words[1] in lex.DOCUMENTS

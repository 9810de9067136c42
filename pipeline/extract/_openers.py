"""Sentence-opening speakers the cue parser's noun-phrase walk cannot reach.

Real copy opens with subjects that hold a preposition ("A source close to Hezbollah
confirmed that ...", "Another statement by Hamas on Friday said that ...") or puts the
speaker after a contrast and a time ("Early figures showed three dead, but by evening
Belgorod governor Vyacheslav Gladkov said ...") or names the outlet first ("As Ukrinform
reported earlier, CLAUSE", "A source in Ukraine's SBU security service told Newswire CLAUSE").
:mod:`pipeline.extract._cues` walks back from the verb over name-like words and stops at
"close to", "by evening" or "in", so these sentences had no attribution. Asked only for a
sentence that got none, behind cheap substring gates; kept apart because ``_cues`` is at its
size limit.
"""

from __future__ import annotations

import re

from pipeline.extract import _anonymous, _sosaid
from pipeline.extract._bodylits import body_has
from pipeline.extract._cues import cues_for
from pipeline.extract._cuetype import Cue
from pipeline.extract._lexicon import words
from pipeline.extract._opening import Opening

_VERB = (
    r"(?P<verb>said|says|confirmed|told[ \t]+(?:[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}"
    r"|reporters|journalists|(?:local|state)[ \t]+(?:television|media|radio)"
    r"|the[ \t]+(?:outlet|agency|newspaper|broadcaster|channel))"
    r"|added|stated|reported|announced)"
)
_DAY = r"(?:[ \t]+(?:on|late[ \t]+on|early[ \t]+on|late|early)[ \t]+[A-Z][a-z]+day)?"
_BODY = (
    r"(?:[ \t]+[a-z]+)?[ \t]+(?:services?|agency|ministry|directorate|office|command"
    r"|intelligence|staff|headquarters|government|talks|negotiations|discussions|leadership)"
)
_OWNER = (
    rf"(?P<owner>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|for)){{0,4}}(?:{_BODY})?"
    r"|(?<=with[ \t]the[ \t])[a-z]+(?:[ \t]+[a-z]+)?|(?<=with[ \t])[a-z]+(?:[ \t]+[a-z]+)?"
    r"|(?<=to[ \t]the[ \t])[a-z]+)"
)
"""Who the source is close to; "familiar with the negotiations" may be lower case."""
_SOURCE = re.compile(
    r"(?:Speaking[ \t]+(?:to|with)[ \t]+[A-Z][\w.]*,[ \t]+)?"
    r"(?P<subj>(?:(?:[Aa]n?|One|Two|Another|The)[ \t]+(?:[\w-]+[ \t]+){0,2}?|(?=Sources ))"
    r"(?P<head>[Ss]ources?|statement|officials?|person|people)[ \t]+"
    r"(?P<link>close[ \t]+to|familiar[ \t]+with|by|from|in)[ \t]+(?:the[ \t]+)?"
    rf"{_OWNER}){_DAY}(?:[ \t]+(?:also|had))?[ \t]+{_VERB}(?:[ \t]+that)?[ \t]+"
)
_TIMED = re.compile(
    r"(?P<subj>[A-Z][^,;:“”\"]{2,90}?)[ \t]+(?:on|late[ \t]+on|early[ \t]+on)"
    r"[ \t]+[A-Z][a-z]+day(?:[ \t]+(?:morning|afternoon|evening|night))?"
    rf"[ \t]+{_VERB}(?:[ \t]+that)?[ \t]+"
)
_LATER = re.compile(
    r",[ \t]+but[ \t]+(?:by[ \t]+\w+|later(?:[ \t]+on)?|on[ \t]+[A-Z]\w+|in[ \t]+the[ \t]+\w+)"
    r"[ \t]+(?P<subj>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|governor|mayor|regional"
    rf"|spokesman|spokeswoman|official)){{1,5}}){_DAY}[ \t]+{_VERB}(?:[ \t]+that)?[ \t]+"
)


_AS_REPORTED = re.compile(
    r"As[ \t]+(?P<subj>(?:the[ \t]+)?(?:head[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|[a-z]+)){0,6}?"
    r"(?:[ \t]+(?:news[ \t]+agency|spokesperson|spokesman|spokeswoman)"
    r"(?:[ \t]+[A-Z][\w'’.-]*){0,3})?)[ \t]+"
    r"(?P<verb>reported|reports|said|says|wrote|announced|informed|stated|communicated)"
    r"(?:[ \t]+(?:earlier|previously|last[ \t]+\w+|on[ \t]+\w+|in[ \t]+\w+)){0,2},[ \t]+(?=\S)"
)
"""A sentence opening "As Ukrinform reported earlier, CLAUSE": the outlet speaks."""
_ACCORDING_TO_HIM = re.compile(r",[ \t]+according[ \t]+to[ \t]+(?P<subj>him|her|them)[.!?]?$")
_ACCORDING_SOURCE = re.compile(
    r",[ \t]+according[ \t]+to[ \t]+(?:(?:an?|two|three|four|several|some|\d+)[ \t]+)?"
    r"(?P<subj>(?:[\w-]+[ \t]+){0,2}?(?:sources?|officials?|person|people|diplomats?)[ \t]+"
    r"(?:close[ \t]+to|familiar[ \t]+with|briefed[ \t]+on|with[ \t]+(?:direct[ \t]+)?knowledge"
    r"[ \t]+of)[ \t]+[\w'’ .-]{2,60}?)(?:,?[ \t]+who[ \t][^,;“”\"]{3,60}?)?[.!?]?$"
)
"""A trailing "..., according to two people familiar with the talks." (the count dropped)."""
_IN_WORDS = re.compile(
    r"(?:(?:In|And[ \t]+in)[ \t]+(?P<subj>his|her|their)[ \t]+(?:own[ \t]+)?(?:words|opinion)"
    r"|According[ \t]+to[ \t]+(?P<own>his|her|their|its)[ \t]+(?:own[ \t]+)?"
    r"(?:information|data|figures|estimates?|account|count)),[ \t]+(?=\S)"
)
"""Translated "In his words, CLAUSE" (TASS, Ukrinform): "According to him, CLAUSE"."""
_IN_WORDS_AT = re.compile(
    r"(?:(?<=[.!?”\"’][ \t])|(?<=\n)|^)(?:In|And[ \t]+in)[ \t]+(?:his|her|their)[ \t]+"
    r"(?:own[ \t]+)?(?:words|opinion),[ \t]"
)
_POSSESSIVE_OBJECT = {"his": "him", "her": "her", "their": "them", "its": "its"}
_NAMED = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}),[ \t]+")
LABELS = ("Details: ", "Background: ", "Reminder: ")
"""Ukrainska Pravda-style item labels that open a sentence before its own attribution."""
_GATES = (
    " close to ", " by ", " familiar with ", ", but ", "day ", "according to", "According to",
    "ource in ", "As ", " words, ", " opinion, ",
)  # fmt: skip
_ACCORDING_NAMED = re.compile(
    r"According[ \t]+to[ \t]+(?:the|a|an)[ \t][^,;“”\"]{5,110},[ \t]+"
    r"(?P<subj>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}),[ \t]+(?=\S)"
)


def gate(text: str) -> bool:
    """Cheap test: could :func:`find` match at all?"""
    return any(word in text for word in _GATES) or _anonymous.gate(text)


def hits(body: str) -> list[tuple[int, str]]:
    """Sentence openings "In his words, ..." as cue hits: they hold no cue word of their own."""
    found = _anonymous.ticker_hits(body)  # "Senior Hamas source to Al Mayadeen: CLAUSE"
    if body_has(body, " so "):
        found = sorted(found + _sosaid.hits(body))  # "..., so Merz."
    if not body_has(body, " words, ") and not body_has(body, " opinion, "):
        return found
    words = [(m.start(), m.group().split(None, 1)[0]) for m in _IN_WORDS_AT.finditer(body)]
    return sorted(found + words) if found else words


def find(text: str) -> Opening | None:
    """The opening speaker of ``text`` in one of this module's shapes, if any."""
    if text.startswith("As ") and (m := _AS_REPORTED.match(text)) is not None:
        return _opening(text, m, m.group("subj"), None)
    m = _SOURCE.match(text)
    if m is not None:
        head = m.group("head")
        description = None
        if head != "statement":
            subj = m.group("subj")  # "source close to Hezbollah", "Sources close to the Kremlin"
            description = subj if subj.startswith("Sources ") else subj.split(None, 1)[1]
        name = m.group("owner") if description is None else m.group("subj")
        return _opening(text, m, name, description)
    if "day " in text:
        m = _TIMED.match(text)
        if m is not None:  # "An IDF spokesperson on Tuesday morning confirmed that ..."
            return _opening(text, m, m.group("subj"), None)
    if text.startswith(("In ", "And in ", "According to ")) and (m := _IN_WORDS.match(text)):
        owner = "own" if m.group("own") else "subj"  # "According to his information, C"
        return Opening(
            _POSSESSIVE_OBJECT[m.group(owner)], None, "according to", m.start(), m.start(owner),
            m.start(owner), m.end(owner), m.end(), len(text.rstrip().rstrip(".!?")), False,
        )  # fmt: skip
    if text.startswith("According to "):
        m = _ACCORDING_NAMED.match(text)
        if m is not None:  # "According to the head of X, NAME, CLAUSE" with a long X
            return Opening(
                m.group("subj"), None, "according to", 0, 12, m.start("subj"), m.end("subj"),
                m.end(), len(text.rstrip().rstrip(".!?")), False,
            )  # fmt: skip
    if "according to" in text and (m := _ACCORDING_SOURCE.search(text)) is not None:
        return Opening(
            m.group("subj"), m.group("subj"), "according to", m.start() + 2, m.start("subj") - 1,
            m.start("subj"), m.end("subj"), 0, m.start(), False,
        )  # fmt: skip
    if "according to" in text:
        m = _ACCORDING_TO_HIM.search(text)
        if m is not None:  # "..., according to him.": the clause before, a pronoun speaker
            return Opening(
                m.group("subj"), None, "according to", m.start() + 2, m.start("subj") - 1,
                m.start("subj"), m.end("subj"), 0, m.start(), False,
            )  # fmt: skip
    if ", but " in text:
        m = _LATER.search(text, 0, 200)
        if m is not None:
            return _opening(text, m, m.group("subj"), None)
    if _anonymous.gate(text):
        return _anonymous.find(text)
    return None


def _opening(text: str, m: re.Match[str], name: str, description: str | None) -> Opening | None:
    c_start, c_end = m.end(), len(text.rstrip().rstrip(".!?"))
    if c_end - c_start < 10:
        return None
    verb = m.group("verb")
    return Opening(
        name,
        description,
        verb.split()[0],
        m.start("verb"),
        m.start("verb") + len(verb.split()[0]),
        m.start("subj"),
        m.end("subj"),
        c_start,
        c_end,
        text[m.start("verb") : m.end()].rstrip().endswith(" that"),
    )


def named_source(text: str, cue: Cue) -> Cue | None:
    """ "According to the head of X, NAME, CLAUSE": NAME is the speaker, CLAUSE the clause."""
    if cue.form == "according" and cue.verb_start and cue.subject[:1].islower():
        return _trailing_name(text, cue)
    if cue.form != "according" or cue.clause_start < 0 or cue.verb_start:
        return None
    if cue.subject[:1].isupper():
        return None  # "According to Reuters, ...": a name already
    m = _NAMED.match(text, cue.clause_start)
    if m is None or len(text) - m.end() < 12:
        return None
    return cue._replace(
        subject=m.group("name"),
        subject_start=m.start("name"),
        subject_end=m.end("name"),
        clause_start=m.end(),
    )


_TRAILING_NAME = re.compile(
    r",[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:al-|el-|bin[ \t]+)?[A-Z][\w'’-]+){1,3})[.!?]?[ \t]*$"
)
_PERSON_TITLES: frozenset[str] = words(
    "spokesman spokeswoman spokesperson minister governor mayor official commander chief head"
    " director adviser advisor"
)


def _trailing_name(text: str, cue: Cue) -> Cue | None:
    """ "CLAUSE, according to the ministry spokesman, NAME.": NAME is the speaker."""
    if cue.subject.rsplit(" ", 1)[-1] not in _PERSON_TITLES:
        return None
    m = _TRAILING_NAME.match(text, cue.subject_end)
    if m is None:
        return None
    return cue._replace(
        subject=m.group("name"), subject_start=m.start("name"), subject_end=m.end("name")
    )


def relabelled(text: str, hits: list[tuple[int, str]]) -> tuple[Cue, ...] | None:
    """The cues of a sentence after its layout label ("Details: According to X, ...")."""
    for label in LABELS:
        if text.startswith(label):
            n = len(label)
            shifted = [(pos - n, word) for pos, word in hits if pos >= n]
            return tuple(_shift(c, n) for c in cues_for(text[n:], shifted))
    return None


def _shift(cue: Cue, n: int) -> Cue:
    return cue._replace(
        verb_start=cue.verb_start + n,
        verb_end=cue.verb_end + n,
        subject_start=cue.subject_start + n,
        subject_end=cue.subject_end + n,
        clause_start=cue.clause_start + n if cue.clause_start >= 0 else -1,
        clause_end=cue.clause_end + n if cue.clause_start >= 0 else -1,
    )


_OPENER = re.compile(
    r"(?:In|At|During|After)[ \t]+(?:(?:his|her|its|their|the|a|an)[ \t]+(?:[a-z][\w-]*[ \t]+)"
    r"{1,3}(?=[A-Z]|the[ \t]+[a-z]+[ \t]+[A-Z])|the[ \t]+[A-Z][\w-]*[ \t]+(?=the[ \t]))"
)
"""An opening adverbial with no comma before the subject, as translated copy writes it ("In
his video address Selenskyj said", "In the Bundestag the CDU politician said")."""
OPENER_STARTS = ("In ", "At ", "During ", "After ")


def unopened(text: str, hits: list[tuple[int, str]], cues: tuple[Cue, ...]) -> tuple[Cue, ...]:
    """The cues of a sentence read past a comma-less opening adverbial, when its own cues
    found no subject after it (none, or one swallowing the adverbial)."""
    m = _OPENER.match(text)
    if m is None or any(c.subject_start >= m.end() for c in cues if c.form == "leading"):
        return cues
    n = m.end()
    shifted = [(pos - n, word) for pos, word in hits if pos >= n]
    found = tuple(_shift(c, n) for c in cues_for(text[n:], shifted))
    return found if any(c.subject_start == n for c in found) else cues

"""Clause positions of literal Spanish, Portuguese and German copy that no earlier reader
models (statement round 42, ``dev_articles71`` / ``dev_statements67``), each read by its
mechanism with the verbs of the one lemma table of :mod:`_s36verbs`:

- an inverted tail "C, as VERB [adjuncts] the ROLE, NAME" (Spanish "según informó por la
  mañana el jefe de ..., NAME");
- a quote whose inverted verb carries a platform adjunct before the role and name
  ("«Q», wrote on the social network X the director-general of the WHO, NAME");
- a subject with appositions holding a quoted nickname before its verb ("The RSF, led by
  NAME, known as «Hemedti», assured on Telegram that C");
- a German comma clause after the verb and an adjunct ("The ministry reported for its part,
  over several regions had ...");
- "According to own statements, C" (German "nach eigenen Angaben"): the body the sentence
  before opens with;
- a clause closed by ", it said." whose body the sentence before names after a fronted verb
  ("Meanwhile reported the agency UKMTO an incident. C, it said.");
- "According to him/her, C" with no statement yet: the person of the statement before.

Every reader starts with a literal test of its sentence and adds a statement only where no
statement of the sentence holds the clause already.
"""

from __future__ import annotations

import re

from pipeline.extract._found import new_statement
from pipeline.extract._s29reads import is_person, name_in, overlapping
from pipeline.extract._verbtrie import finite
from pipeline.extract.model import Document, Statement, StatementMode
from pipeline.extract.speakers import Speakers

__all__ = ["NAME", "read", "subject_body"]

_FIN = finite()  # pattern("finite") as a prefix tree (same matches, faster)
NAME = (
    r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|de|da|do|dos|das|del|von|van|der))*[ \t]+[A-Z][\w'’-]+"
)
_ADJ = (
    r"(?:(?:this|on|last|in|at|from|during|for)[ \t]+(?:the[ \t]+|its[ \t]+|his[ \t]+|her[ \t]+)?"
    r"[\w-]+(?:[ \t]+(?:night|morning|evening|afternoon|part))?[ \t]+)"
)
_AS_TAIL = re.compile(
    r"^(?P<c>[^«»“”]{12,}?),[ \t]+as[ \t]+(?P<v>" + _FIN + r")[ \t]+" + _ADJ + r"{0,3}"
    r"the[ \t]+[^,«»“”]{3,90}?,[ \t]+(?P<n>" + NAME + r")\.?$"
)
_PLATFORM_Q = re.compile(
    r"^[«“\"](?P<q>[^«»“”\"]{8,})[»”\"],?[ \t]+(?P<v>" + _FIN + r")[ \t]+(?:on|in|via)[ \t]+"
    r"(?:the[ \t]+)?(?:social[ \t]+(?:network|media)[ \t]+|platform[ \t]+|messenger[ \t]+)?"
    r"[A-Z]\w*[ \t]+the[ \t]+[^,«»“”]{3,90}?,[ \t]+(?P<n>" + NAME + r")\.?$"
)
_APPOSED = re.compile(
    r"^(?P<s>(?:The[ \t]+)?[A-Z][^,«»“”]{1,60}?)(?P<a>(?:,[ \t]+[^,]{3,80}?){1,3}),[ \t]+"
    r"(?P<v>" + _FIN + r")[ \t]+" + _ADJ + r"{0,3}that[ \t]+(?P<c>[^;]{8,}?)\.?$"
)
_COMMA = re.compile(
    r"^(?P<s>The[ \t]+[A-Z][\w '’-]{2,60}?|(?:[A-Z][a-z]+[ \t]+)?"
    + NAME
    + r")[ \t]+(?P<v>"
    + _FIN
    + r")(?:[ \t]+(?:for[ \t]+(?:its|his|her|their)[ \t]+part|in[ \t]+the[ \t]+(?:morning"
    r"|evening|afternoon)|on[ \t]+[A-Z]\w+day)),[ \t]+(?P<c>(?!however|though|too|also)[a-z]"
    r"[^;]{10,}?)\.?$"
)
_OWN = re.compile(
    r"^According[ \t]+to[ \t]+(?:its[ \t]+|their[ \t]+)?own[ \t]+(?:statements|data"
    r"|information|figures|account|report),[ \t]+(?P<c>[^;]{8,}?)\.?$"
)
_OPENS = re.compile(
    r"^(?:[A-Z][a-z]+,[ \t]+)?The[ \t]+(?P<b>(?:[A-Z][\w-]+[ \t]+){0,3}[a-z][\w ]{2,40}?)[ \t]+"
    r"(?:[a-z]+ed|spoke|said|wrote|saw|gave|sent|had|has|was|says|reports|speaks)\b"
)
_IT_SAID = re.compile(r"^(?P<c>[^«»“”]{10,}?),[ \t]+it[ \t]+(?P<v>" + _FIN + r")\.?$")
_FRONTED = re.compile(
    r"^(?:[A-Z][a-z]+[ \t]+)?(?:" + _FIN + r")[ \t]+the[ \t]+(?P<b>[^.,]{2,80}?)[ \t]+"
    r"(?:an?|the|new|several)[ \t]"
)
_HIM = re.compile(r"^According[ \t]+to[ \t]+(?:him|her),[ \t]+(?P<c>[^;]{8,}?)\.?$")


def _body(speakers: Speakers, phrase: str) -> str:
    """The table's form of a body phrase, or the phrase as written ("Polish army command")."""
    phrase = re.sub(r"^(?:the|The)[ \t]+", "", phrase.strip())
    phrase = re.sub(r"[ \t]*\([A-Za-z]+\)$", "", phrase)
    canon = speakers.canonical(phrase)
    if canon != phrase:
        return canon
    if (m := re.search(r"[ \t](?P<a>[A-Z]{3,})$", phrase)) and speakers.canonical(
        m.group("a")
    ) != m.group("a"):
        return speakers.canonical(m.group("a"))
    return m.group("a") if m else phrase


def subject_body(speakers: Speakers, text: str) -> str | None:
    """The body a sentence opens with as subject ("The Ukrainian air force spoke of ...")."""
    m = _OPENS.match(text)
    return _body(speakers, m.group("b")) if m else None


def _person(speakers: Speakers, run: str) -> str | None:
    """The person an apposed name stands for: the table's form, else the run as written
    (the whole apposition is the name: "the director-general of the WHO, Tedros Adhanom
    Ghebreyesus")."""
    canon = speakers.canonical(run)
    if canon != run:
        return canon if is_person(canon) else None
    if is_person(run):
        return run
    found = name_in(speakers, run)
    return found if is_person(found) else None


def _speaker(speakers: Speakers, subject: str, appositions: str) -> str | None:
    for part in appositions.split(","):
        m = re.fullmatch(r"[ \t]*(?P<n>" + NAME + r")[ \t]*", part)
        if m and (p := _person(speakers, m.group("n"))):
            return p
    if (m := re.search(NAME + r"$", subject)) and (p := _person(speakers, m.group(0))):
        return p
    return _body(speakers, subject) if subject[:1].isupper() else None


class _Pass:
    """The statements of a document while one sentence is read."""

    def __init__(self, statements: list[Statement]) -> None:
        self.out = list(statements)
        self._here: list[Statement] | None = []
        self.text = ""
        self.start = 0
        self.end = 0

    def at(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self._here = None  # read on first use: most sentences match no reader

    @property
    def here(self) -> list[Statement]:
        """The statements overlapping the sentence when :meth:`at` was called (every change
        to ``out`` reads this first or calls :meth:`at` again, so the lazy read is the same)."""
        if self._here is None:
            self._here = overlapping(self.out, self.start, self.end)
        return self._here

    def holds(self, c: str) -> bool:
        return any(c in t.quote or t.quote in c for t in self.here if t.mode != "partial")

    def add(self, who: str | None, mode: StatementMode, c: str, cue: str) -> None:
        if not who:
            return
        here = self.here
        self.out = [t for t in self.out if not (t in here and t.mode == "partial" and t.quote in c)]
        self.out.append(new_statement(self.text, self.start, who, mode, c, cue))


def read(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """``statements`` with the clauses of this round's positions added."""
    p = _Pass(statements)
    for i, s in enumerate(doc.sentences):
        text = s.text.rstrip()
        p.at(text, s.start, s.end)
        if ", as " in text and (m := _AS_TAIL.match(text)) and not p.holds(m.group("c")):
            p.add(_person(speakers, m.group("n")), "indirect", m.group("c"), m.group("v"))
        whole, at = text, s.start
        if i and text[:1] not in '«“"' and doc.sentences[i - 1].paragraph == s.paragraph:
            at = doc.sentences[i - 1].start
            whole = doc.body[at : s.end].rstrip()
        if whole[:1] in '«“"' and (m := _PLATFORM_Q.match(whole)):
            who = _person(speakers, m.group("n"))
            there = overlapping(p.out, at, s.end)
            if who and not any(t.speaker == who and t.mode == "direct" for t in there):
                p.out = [t for t in p.out if t not in there]
                p.out.append(new_statement(whole, at, who, "direct", m.group("q"), m.group("v")))
            p.at(text, s.start, s.end)
        if (
            " that " in text
            and ("“" in text or "«" in text)
            and (m := _APPOSED.match(text))
            and any(q in m.group("a") for q in '“«"')
            and not p.holds(m.group("c"))
        ):
            who = _speaker(speakers, m.group("s"), m.group("a"))
            p.add(who, "indirect", m.group("c"), m.group("v"))
        if ", " in text and (m := _COMMA.match(text)) and not p.holds(m.group("c")):
            p.add(_speaker(speakers, m.group("s"), ""), "indirect", m.group("c"), m.group("v"))
        own = _OWN.match(text) if i and text.startswith("According to") else None
        if own and not p.holds(own.group("c")):
            who = subject_body(speakers, doc.sentences[i - 1].text)
            p.add(who, "indirect", own.group("c"), "according to")
        if i and text.endswith(("said.", "reported.", "added.")) and (m := _IT_SAID.match(text)):
            prev = _FRONTED.match(doc.sentences[i - 1].text)
            if prev:
                c = m.group("c")
                p.out = [t for t in p.out if not (t in p.here and t.quote == c)]
                p.at(text, s.start, s.end)
                p.add(_body(speakers, prev.group("b")), "indirect", c, m.group("v"))
        if i and text.startswith("According to") and not p.here and (m := _HIM.match(text)):
            prior = [t for t in p.out if t.evidence.start < s.start and is_person(t.speaker)]
            if prior:
                who = max(prior, key=lambda t: t.evidence.start).speaker
                p.add(who, "indirect", m.group("c"), "according to")
    return p.out

"""Last reading of finished statements for Polish, Greek, Turkish and Czech wire copy (round 26).

Round 26 read literal translations of PAP, ANA-MPA, Anadolu and ČTK copy (``dev_articles57``,
``dev_statements51``). The readers before this pass leave these shapes wrong or unread:

- "C, the Operational Command passed on (on Tuesday)." and "In Lutsk, mayor NAME passed on
  (to PAP) that C" (Polish "przekazał"): the comma-bearing subject defeats the round-19 reader;
- "NAME today said that C", "NAME yesterday told journalists that C" (Czech/Slovak word order),
  "The chairman of X and designated prime minister NAME said that C" (titles joined by "and"),
  "NAME condemned the attack and announced that C" (a second, saying verb), "the Palácio do
  Planalto indicated in a note that C";
- "„Q”, the minister stressed." / "The deputy minister added that C" / "The head of the BBN
  added that C": the holder introduced before (in :mod:`pipeline.extract._s26roles`);
- "„Q”, emphasised in an interview for TVN24 the head of the BBN, NAME.", "„Q”, declared
  NAME, quoted by TASS." and "„Q”, declared NAME for News.ro.": a verb, an adjunct, then the
  speaker;
- "C, while the governor of X, NAME, said that D": two statements, not one;
- "C, NAME specified through his Telegram channel, where he indicated that D": two statements;
- "According to a STEM agency survey for X, C", "According to a survey by X published on
  Monday, C": the pollster.

Dateline ministries, quoted vessel names, "Meanwhile, " and "Operational Command" are read in
:mod:`pipeline.extract._s26bodies`. Every check starts with a literal test.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _found, _s26roles
from pipeline.extract import _lexicon as lex
from pipeline.extract import _s26bodies as _b
from pipeline.extract._bodylits import body_has
from pipeline.extract._s26bodies import no_names
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Finding, Statement

__all__ = ["no_names", "revise"]

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
_SAY = (
    r"(?:passed on|said|told (?:journalists|reporters|the press)|announced|declared|stated"
    r"|informed|conveyed|added|stressed|assured|indicated)"
)
_LEAD = re.compile(
    r"(?:(?:In|At|From) [A-Z][^,]{1,40}, )?(?P<np>[^;:„“”\"«»]{2,160}?) "
    r"(?P<adv>(?:today|yesterday|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) )?"
    r"(?:(?P<v1>[a-z]+ed) (?P<obj>[^,;„“”\"«»]{2,100}?) and )?"
    rf"(?P<v>{_SAY})(?P<mid> (?:to|for) [A-Z][\w.-]*(?: [A-Z][\w-]*)?"
    r"| in a (?:note|communiqué|press release))? that (?P<c>.+?)\.?$"
)
_SAY_WORDS = tuple(
    f" {w} "
    for w in (
        "passed on", "said", "told", "announced", "declared", "stated", "informed", "conveyed",
        "added", "stressed", "assured", "indicated",
    )
)  # fmt: skip
"""``_SAY`` as literals, a space either side as ``_LEAD`` has them: tested before it runs."""
_TRAIL_PASSED = re.compile(r", (?P<np>[^,;„“”\"«»]{3,120}),? passed on(?P<t> [^,.]{1,30})?\.$")
_INVERTED = re.compile(
    r"(?P<close>[”\"»“]),? (?P<v>said|stressed|emphasi[sz]ed|declared"
    r"|added|stated|explained|underlined|noted|assured|affirmed)"
    r"(?: (?P<adj>(?:in|at|on|during|for|to) [^,]{2,80}?))? "
    rf"(?:the (?P<role>[^,]{{3,80}}?), (?P<n>(?:[a-z]+ )?{_NAME})|(?P<s>{_NAME}|[A-Z][\w'’-]+)"
    r"(?:, quoted by [^,]{2,40}| for [A-Z][\w.-]{1,30}))\.$"
)
_THROUGH = re.compile(
    r"(?P<c>[^„“”\"«»]{12,}?), (?P<np>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?P<v>specified|said"
    r"|added|wrote|reported|indicated|informed) (?:through|via) (?:his|her|its|the) "
    r"(?:official )?(?:Telegram|Facebook|X|Instagram)[^,]{0,20}"
    r"(?:, where (?:he|she|it) (?:also )?(?P<v2>indicated|said|added|wrote|reported|specified)"
    r" that (?P<c2>[^;]+?))?\.$"
)
_WHILE = re.compile(
    r", while (?P<np>(?:the |[A-Z])[^;„“”\"«»]{3,120}?) (?P<v>said|added|stated|reported|wrote)"
    r" that (?P<c>.+?)\.?$"
)
_POLL = re.compile(
    r"^According to (?:a|an|the) (?:(?P<a>[A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:agency |institute )?"
    r"(?:survey|poll)|(?:survey|poll) (?:by|of) (?:the )?(?P<b>[A-Z][\w-]*(?: [A-Z][\w-]*)?))"
    r"(?: (?:for|published|conducted|carried out)[^,]{1,60})?, (?P<c>.+?)\.?$"
)
_ADJECTIVES = frozenset(_b.DEMONYMS.values()) | {"Ukrainian", "Russian", "Belarusian", "Israeli"}
_TITLE_WORDS = lex.words(
    """Minister Prime President Foreign Defence Defense Interior Deputy Chancellor Mayor Governor
    Spokesman Spokesperson Colonel General Inspector Commander Head Chief Secretary"""
)


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's shapes read and corrected."""
    body = doc.body
    statements, others = _found.split(found)
    # Each sentence is ``body[start:end]``: a literal absent from the body is absent from all.
    that = body_has(body, " that ")
    passed = body_has(body, " passed on")
    trail = (
        body_has(body, "Ministry of ")
        or body_has(body, "„")
        or body_has(body, "«")
        or body_has(body, "“")
    )
    inverted = body_has(body, "”, ") or body_has(body, "», ") or body_has(body, "“, ")
    through = body_has(body, " through ") or body_has(body, " via ")
    poll = body_has(body, "According to ") and (body_has(body, "survey") or body_has(body, "poll"))
    sentences = doc.sentences if that or passed or trail or inverted or through or poll else ()
    leads: dict[str, re.Match[str] | None] = {}  # sparse copy repeats its sentences
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if that and " that " in text:
            _lead(doc, speakers, statements, index, leads)
            if ", while " in text:
                _while(speakers, statements, sentence.start, text)
        if passed and " passed on" in text and text.endswith("."):
            _trail_passed(speakers, statements, sentence.start, text)
        if trail and ("Ministry of " in text or ("„" in text or "«" in text or "“" in text)):
            _b.trail(doc, speakers, statements, sentence.start, text)
        if inverted and text.endswith(".") and ("”, " in text or "», " in text or "“, " in text):
            _inverted(doc, speakers, statements, sentence.start, text)
        if through and (" through " in text or " via " in text):
            _through(speakers, statements, sentence.start, text)
        if poll and text.startswith("According to ") and ("survey" in text or "poll" in text):
            _poll(statements, sentence.start, text)
    if body_has(body, "minister") or body_has(body, "head of the "):
        _s26roles.revise(doc, speakers, statements)
    if body_has(body, "Ministry of ") or body_has(body, " ("):
        statements = [_b.ministry(doc, speakers, s) for s in statements]
    if body_has(body, "Command"):
        statements = [_b.canonical(doc, speakers, s) for s in statements]
    if body_has(body, "Meanwhile, ") or body_has(body, " - ") or body_has(body, " – "):
        statements = [_b.meanwhile(s) for s in statements]
    statements = list({(s.speaker, s.quote, s.evidence.start): s for s in statements}.values())
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *statements]


def who_of(np: str, speakers: _Lookup, at: int) -> str | None:
    """The speaker a subject phrase names: an apposed name, a name after its title, a body."""
    np = np.strip().rstrip(",")
    if ", " in np:
        tail = np.rsplit(", ", 1)[1]
        if re.fullmatch(_NAME, tail):
            return speakers.named(tail, at) or tail
        head = np.split(", ", 1)[0]  # "Sybiha, on his first official visit to Portugal,"
        if re.fullmatch(r"[A-Z][\w'’-]+", head) and (named := speakers.named(head, at)):
            return named if " " in named else None
        return None
    if np.startswith(("From ", "In ", "At ", "On ", "According ")):
        return None
    named = speakers.named(np, at)
    if named is not None and named != np and named != np[4:]:
        return named
    words = np.split()
    cut = len(words)
    while cut > 0 and words[cut - 1][:1].isupper():
        cut -= 1
    if cut > 0 and words[cut - 1] in ("of", "the", "and", "for"):
        return None  # "the Ministry of Digital Affairs": a body, not a person
    run = [w for w in words[cut:] if w not in _TITLE_WORDS and w not in _ADJECTIVES]
    if len(run) < 2:
        body = np[4:] if np.startswith(("the ", "The ")) else ""
        if body[:1].isupper() and re.fullmatch(r"[A-Z]\w+ (?:do|da|de|del|di) [A-Z]\w+", body):
            return body  # "the Palácio do Planalto": a palace named as written
        return None
    name = " ".join(run[-3:])
    return speakers.named(name, at) or name


def _lead(
    doc: Document,
    speakers: _Lookup,
    statements: list[Statement],
    index: int,
    leads: dict[str, re.Match[str] | None],
) -> None:
    """ "NP [today] [VERBed OBJ and] passed on / said (to X) that C" (``leads``: the
    :func:`_lead_match` of each sentence text of this document read so far)."""
    sentence = doc.sentences[index]
    text = sentence.text
    if text in leads:
        m = leads[text]
    else:
        m = leads[text] = _lead_match(text)
    if m is None:
        return
    np, v = m.group("np"), m.group("v")
    odd = (
        v == "passed on"
        or m.group("adv") is not None
        or m.group("v1") is not None
        or " and " in np
        or np.startswith(("In ", "At ", "From "))
        or (m.group("mid") or "").startswith(" in a ")
    )
    if not odd:
        return
    at = sentence.start + m.start("np")
    who = who_of(np, speakers, at)
    if who is None or not who[:1].isupper():
        return
    lo = sentence.start + m.start("c")
    clause = m.group("c").rstrip(" ,")
    for i, s in enumerate(statements):
        if s.mode == "indirect" and s.evidence.start <= lo < s.evidence.end:
            if s.speaker != who and (not s.speaker[:1].isupper() or " and " in np):
                statements[i] = replace(s, speaker=who)
            return
    _b.add(statements, who, lo, clause, "indirect", v)


def _lead_match(text: str) -> re.Match[str] | None:
    """:data:`_LEAD` on ``text`` after a dateline, or None (a pure function of the text)."""
    if not any(word in text for word in _SAY_WORDS):
        return None  # no saying verb: the (backtracking) pattern cannot match
    dated = _b.DATED.match(text) if " (" in text[:40] or "/" in text[:40] else None
    return _LEAD.match(text, dated.end() if dated is not None else 0)


def _trail_passed(speakers: _Lookup, statements: list[Statement], start: int, text: str) -> None:
    """ "C, the commander of the Border Guard, NAME, passed on (on Wednesday)."."""
    m = _TRAIL_PASSED.search(text)
    if m is None or (m.group("t") and "that" in m.group("t")):
        return
    np, cut = m.group("np"), m.start()
    head = text[:cut]
    if re.fullmatch(_NAME, np) and ", the " in head:  # "C, the ROLE, NAME, passed on"
        cut = head.rfind(", the ")
    who = who_of(np, speakers, start + m.start("np"))
    if who is None and np.startswith("the "):
        who = speakers.named(np, start + m.start("np"))
    if who is None:
        return
    clause = text[:cut].rstrip(" ,")
    if len(clause.split()) < 4:
        return
    _b.add(statements, who, start, clause, "indirect", "passed on")


def _inverted(
    doc: Document, speakers: _Lookup, statements: list[Statement], start: int, text: str
) -> None:
    """ "„Q”, emphasised in an interview for X the head of the BBN, NAME." / ", quoted by X"."""
    m = _INVERTED.search(text)
    if m is None:
        return
    name = m.group("n") or m.group("s")
    words = name.split()
    if words[0].islower():  # "colonel Jacek Goryszewski"
        name = " ".join(words[1:])
    span = _s26roles.quote_before(doc.body, start + m.end("close"))
    if span is None:
        return
    lo, hi = span
    who = speakers.named(name, lo) or name
    for i, s in enumerate(statements):
        if s.evidence.start < hi and lo < s.evidence.end and s.mode != "indirect":
            if s.speaker != who:
                statements[i] = replace(s, speaker=who, mode="direct")
            return
    quote = doc.body[lo:hi].rstrip(" ,")
    _b.add(statements, who, lo, quote, "direct", m.group("v"))


def _through(speakers: _Lookup, statements: list[Statement], start: int, text: str) -> None:
    """ "C, NAME specified through his Telegram channel, where he indicated that D"."""
    m = _THROUGH.match(text)
    if m is None:
        return
    who = speakers.named(m.group("np"), start + m.start("np"))
    if who is None or " " not in who:
        return
    _b.add(statements, who, start, m.group("c"), "indirect", m.group("v"))
    if m.group("c2"):
        _b.add(statements, who, start + m.start("c2"), m.group("c2"), "indirect", m.group("v2"))


def _while(speakers: _Lookup, statements: list[Statement], start: int, text: str) -> None:
    """ "X confirmed that A, while the governor of Y, NAME, said that B": A and B apart."""
    m = _WHILE.search(text)
    if m is None:
        return
    who = who_of(m.group("np"), speakers, start + m.start("np"))
    if who is None:
        return
    cut = start + m.start()
    for i, s in enumerate(statements):
        if s.mode == "indirect" and s.evidence.start < cut < s.evidence.end:
            head = s.quote.split(", while ", 1)[0]
            if head != s.quote:
                statements[i] = replace(s, quote=head)
    clause = m.group("c").rstrip(" ,")
    _b.add(statements, who, start + m.start("c"), clause, "indirect", m.group("v"))


def _poll(statements: list[Statement], start: int, text: str) -> None:
    """ "According to a STEM agency survey for X, C": the pollster's C."""
    m = _POLL.match(text)
    if m is None:
        return
    who = m.group("a") or m.group("b")
    lo = start + m.start("c")
    clause = m.group("c")
    for i, s in enumerate(statements):
        if s.mode == "indirect" and s.evidence.start <= lo < s.evidence.end:
            if s.speaker != who and who.startswith(s.speaker):  # "Metron" of "Metron Analysis"
                statements[i] = replace(s, speaker=who)
            return
    _b.add(statements, who, lo, clause, "indirect", "according to")

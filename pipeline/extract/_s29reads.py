"""Reportage, colon, bracket and back-reference shapes of statement round 29.

Split from :mod:`pipeline.extract._s29post` (which runs this after its own readers). Shapes
of German reportage (Tagesschau, Spiegel), EFE-Spanish and Ukrinform/PAP copy:

- "“Q,” explains an officer of an air defence unit, who gives only his call sign “B”." -
  the described interviewee (no name), and the ", he says." sentences after it; "the surgeon
  NAME has been on duty ... “Q,” he says." - the person the sentence before introduced;
- "It was the largest attack ...: according to X, C" - the clause after the colon;
- "The UN interim force in Lebanon (UNIFIL) expressed ..." - the table's body the bracketed
  acronym names;
- "The Israeli Army confirmed through its Arabic-language spokesman, NAME, that C" - NAME;
- "According to the ministerial note / a military statement, C" - the ministry or army the
  story quoted before;
- "Air defence, according to it, shot down ..." - the body of the sentence before;
- "NAME, asked by journalists about X, stated that C" (verbs round 27 left out);
- "NAME also drew attention to the fact that, in her words, C".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._roles import ALIASES, norm
from pipeline.extract.model import Document, Evidence, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["VERBS", "Overlaps", "name_in", "overlapping", "person_speakers", "revise"]

VERBS = (
    r"said|says|noted|notes|specified|specifies|reported|reports|wrote|writes|clarified"
    r"|explained|stated|states|informed|informs|added|adds|emphasi[sz]ed|stressed|pointed[ \t]+out"
    r"|recalled|told[ \t]+\w+|announced|underlined|assured|confirmed|indicated|declared|remarked"
)
_ORG_WORDS = frozenset(
    [
        "Ministry",
        "Force",
        "Forces",
        "Staff",
        "Command",
        "Service",
        "Army",
        "Office",
        "Council",
        "Agency",
        "Administration",
        "Committee",
        "Navy",
        "Guard",
        "Kremlin",
        "Government",
        "Police",
        "Department",
        "Directorate",
        "Authorities",
        "UN",
        "Embassy",
        "Parliament",
        "Commission",
        "Headquarters",
        "Union",
        "Mission",
        "Press",
    ]
)
_PATRONYMIC = ("vich", "vna", "ovich", "evich", "ichna")
_DESCRIBED = re.compile(
    r"[”\"],?[ \t]+(?P<v>says|said|explains|explained|adds|added|recounts|tells|admits"
    r"|admitted)[ \t]+(?:a|an)[ \t]+(?P<d>[a-z][\w'’ -]{3,60}?)(?=,|[ \t]+who[ \t]|\.?$)"
)
_NAMED_AFTER = re.compile(
    r"[ \t,]*who[ \t]+(?:gave|gives|identified|named|introduced)[ \t]+"
    r"(?:his|her|himself|herself)[ \t]+(?:name[ \t]+)?(?:as|only[ \t]+as)[ \t]+[A-Z]"
)
_OPENING_QUOTE = re.compile(r"^[“\"](?P<q>[^“”\"]{3,}?)[”\"]")
_HE_SAYS = re.compile(r"(?:^|[,”\"][ \t]+)(?:he|she)[ \t]+(?:says|said|adds|added|explains)\.?$")
_INTRODUCED = re.compile(r"\b(?:the|a)[ \t]+[a-z]+[ \t]+(?P<n>[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)\b")
_COLON = re.compile(
    r"^(?P<a>[^:“”\"«»]{8,}):[ \t]+according[ \t]+to[ \t]+[^,“”\"«»]{2,80},[ \t]+"
    r"(?P<c>[^“”\"«»]{8,}?)\.$"
)
_ACRONYM = re.compile(r"^The[ \t]+[^()“”\"«»]{3,100}?[ \t]\((?P<a>[A-Z]{2,8})\)[ \t]")
_JOINED = re.compile(
    r"[a-z]+ed[ \t][^“”\"«»]{2,60}?[ \t]and[ \t]+(?:also[ \t]+)?(?P<v>" + VERBS + r")[ \t]+that"
    r"[ \t]+(?P<c>[^“”\"«»]{8,}?)\.$"
)
_THROUGH = re.compile(
    r"^(?P<body>[^“”\"«»]{3,100}?)[ \t]+(?P<v>" + VERBS + r")[ \t]+(?:through|via)[ \t]+"
    r"(?:its|their|his|her)[ \t]+[\w -]{0,40}?(?:spokes(?:man|woman|person)|representative"
    r"|press[ \t]+(?:service|office|secretary)),?[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)"
    r"{1,2}),?[ \t]+that[ \t]+(?P<c>.{8,}?)\.$"
)
_NOTE = re.compile(
    r"^According[ \t]+to[ \t]+(?:the|a|an)[ \t]+(?P<k>ministerial|ministry's|military|army's"
    r"|army)[ \t]+(?:note|statement|communiqué|communique|release|report|bulletin),[ \t]+"
    r"(?P<c>[^“”\"«»]{8,}?)\.$"
)
_ARMY = re.compile(r"\b(?P<a>[A-Z][a-z]+)[ \t]+(?:[Aa]rmy|military)\b")
_IT = re.compile(
    r"^(?P<s>[A-Z][^,“”\"«»]{2,60}?),[ \t]+according[ \t]+to[ \t]+(?:it|him|her|them),[ \t]+"
    r"(?P<c>[^“”\"«»]{8,}?)\.$"
)
_ASKED = re.compile(
    r"^(?P<who>[A-Z][^,;“”\"«»]{2,80}?),[ \t]+asked[ \t]+(?:by[ \t]+[^,]{2,40}?[ \t]+)?"
    r"(?:about|whether|if|on)[ \t][^;“”\"«»]{2,160}?,[ \t]+(?P<v>stated|noted|declared"
    r"|emphasi[sz]ed|stressed|explained|assured|pointed[ \t]+out|admitted|confirmed|said)"
    r"[ \t]+that[ \t]+(?P<c>[^“”\"«»]{8,}?)\.$"
)
_DREW = re.compile(
    r"^(?P<who>[A-Z][^,“”\"«»]{1,80}?)[ \t]+(?:also[ \t]+)?drew[ \t]+attention[ \t]+to[ \t]+"
    r"the[ \t]+fact[ \t]+that,?[ \t]+(?:in[ \t]+(?:his|her|their|its)[ \t]+words,[ \t]+)?"
    r"(?P<c>[^“”\"«»]{8,}?)\.$"
)


def overlapping(statements: list[Statement], start: int, end: int) -> list[Statement]:
    return [s for s in statements if s.evidence.start < end and start < s.evidence.end]


class Overlaps:
    """:func:`overlapping` for each sentence of a document, bucketed in one walk.

    A pass asking for every sentence's statements costs sentences x statements (quadratic
    on long articles); the buckets cost one bisect per statement. They are rebuilt whenever
    the asked-for list is another object; a pass may append to the list between two
    :meth:`of` calls (the new tail is bucketed then) but must not otherwise mutate it in
    place. A returned list is never changed afterwards (a copy takes an appended item),
    and its caller must not change it either.
    """

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._starts = [s.start for s in sentences]
        self._ends = [s.end for s in sentences]
        self._ordered = all(
            a <= b for a, b in zip(self._starts, self._starts[1:], strict=False)
        ) and all(a <= b for a, b in zip(self._ends, self._ends[1:], strict=False))
        self._for: list[Statement] | None = None
        self._seen = 0
        self._buckets: list[list[Statement]] = []

    def of(self, statements: list[Statement], index: int) -> list[Statement]:
        """``overlapping(statements, start, end)`` of sentence ``index`` (same order)."""
        if not self._ordered:  # never seen: sentences come in body order
            return overlapping(statements, self._starts[index], self._ends[index])
        if statements is not self._for or len(statements) < self._seen:
            self._for = statements
            self._buckets = self._bucket(statements)
        elif len(statements) > self._seen:  # appended since: bucket the tail only
            for s in statements[self._seen :]:
                lo = bisect_right(self._ends, s.evidence.start)
                hi = bisect_left(self._starts, s.evidence.end)
                for i in range(lo, hi):
                    self._buckets[i] = [*self._buckets[i], s]  # earlier answers stay as given
        self._seen = len(statements)
        return self._buckets[index]

    def _bucket(self, statements: list[Statement]) -> list[list[Statement]]:
        starts, ends = self._starts, self._ends
        buckets: list[list[Statement]] = [[] for _ in starts]
        for s in statements:
            lo = bisect_right(ends, s.evidence.start)  # sentences ending after it starts
            hi = bisect_left(starts, s.evidence.end)  # ... and starting before it ends
            for i in range(lo, hi):
                buckets[i].append(s)
        return buckets


def is_person(speaker: str) -> bool:
    words = speaker.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(w in _ORG_WORDS for w in words)
    )


def person_speakers(
    doc: Document, speakers: Speakers, statements: list[Statement], index: int, back: int
) -> list[str]:
    """Speakers (persons) of statements in the ``back`` sentences before ``index``, in order."""
    out: list[tuple[int, str]] = []
    for s in statements:
        k = speakers.sentence_at(s.evidence.start)
        if index - back <= k < index and is_person(s.speaker):
            out.append((s.evidence.start, s.speaker))
    return [speaker for _, speaker in sorted(out)]


def name_in(speakers: Speakers, run: str) -> str:
    """The person a capitalised run ending in a name stands for: "Navy Dmytro Pletenchuk"
    -> "Dmytro Pletenchuk", "Dmitry Sergeyevich Peskov" -> the table's "Dmitry Peskov"."""
    words = run.split()
    whole = _clean(speakers.canonical(run), len(words))
    if whole is not None and whole != run:
        return whole
    if len(words) >= 3 and words[-2].endswith(_PATRONYMIC):
        name = f"{words[-3]} {words[-1]}"
    else:
        name = " ".join(words[-2:])
    return _clean(speakers.canonical(name), 3) or name


def _clean(found: str, most: int) -> str | None:
    """``found`` unless the document's registry turned it into a longer description."""
    words = found.split()
    if len(words) > most or any(not w[:1].isupper() for w in words):
        return None
    return found


def _add(statements: list[Statement], new: Statement) -> list[Statement]:
    old = overlapping(statements, new.evidence.start, new.evidence.end)
    if any(s.speaker == new.speaker and s.quote == new.quote for s in old):
        return statements
    return [s for s in statements if s not in old] + [new]


def _indirect(text: str, start: int, speaker: str, clause: str, cue: str) -> Statement:
    return Statement(
        Evidence(text, start, start + len(text)), 0.75, speaker, "indirect", clause, cue
    )


def revise(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    body = doc.body
    quoted = body_has(body, "“") or body_has(body, '"')
    # each sentence's text is a slice of the body: a literal the body lacks, no sentence has
    colon = body_has(body, ": according to ")
    acronym = body_has(body, " (")
    through = body_has(body, " through its ") or body_has(body, " via its ")
    according = body_has(body, "According to ")
    mid = body_has(body, ", according to ")
    asked = body_has(body, ", asked ")
    drew = body_has(body, " attention to the fact")
    if not (quoted or colon or acronym or through or according or mid or asked or drew):
        return statements
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        start = sentence.start
        if (
            quoted
            and " a" in text
            and ("”" in text or '"' in text)
            and (m := _DESCRIBED.search(text))
        ):
            statements = _described(doc, statements, index, m)
        elif quoted and text[:1] in '“"' and _HE_SAYS.search(text.rstrip()):
            statements = _introduced(doc, speakers, statements, index)
        elif colon and ": according to " in text and (m := _COLON.match(text)):
            for s in overlapping(statements, start, sentence.end):
                if s.mode == "indirect" and s.quote.startswith(m.group("a")[:24]):
                    statements = [
                        replace(x, quote=m.group("c")) if x is s else x for x in statements
                    ]
        elif acronym and " (" in text and text.startswith("The ") and (m := _ACRONYM.match(text)):
            entry = ALIASES.get(norm(m.group("a")))
            known = entry.canonical if entry is not None and entry.kind == "org" else None
            joined = _JOINED.match(text, m.end()) if known is not None else None
            if (
                known is not None
                and joined is not None
                and not overlapping(statements, start, sentence.end)
            ):
                statements.append(
                    _indirect(text, start, known, joined.group("c"), joined.group("v"))
                )
            if known is not None:
                for i, s in enumerate(statements):
                    if start <= s.evidence.start < sentence.end and s.speaker != known:
                        statements[i] = replace(s, speaker=known)
        elif (
            through
            and (" through its " in text or " via its " in text)
            and (m := _THROUGH.match(text))
        ):
            name = name_in(speakers, m.group("n"))
            old = overlapping(statements, start, sentence.end)
            statements = [s for s in statements if s not in old]
            statements.append(_indirect(text, start, name, m.group("c"), m.group("v")))
        elif according and text.startswith("According to ") and (m := _NOTE.match(text)):
            speaker = _noted(doc, statements, index, m.group("k"))
            if speaker is not None:
                statements = _add(
                    statements, _indirect(text, start, speaker, m.group("c"), "according to")
                )
        elif mid and ", according to " in text and (m := _IT.match(text)) and index:
            prior = [s for s in statements if speakers.sentence_at(s.evidence.start) == index - 1]
            if prior and not overlapping(statements, start, sentence.end):
                prior.sort(key=lambda s: s.evidence.start)
                statements.append(
                    _indirect(text, start, prior[-1].speaker, m.group("c"), "according to")
                )
        elif asked and ", asked " in text and (m := _ASKED.match(text)):
            if not overlapping(statements, start + m.start("c"), sentence.end):
                who = name_in(speakers, m.group("who"))
                statements.append(_indirect(text, start, who, m.group("c"), m.group("v")))
        elif drew and " attention to the fact" in text and (m := _DREW.match(text)):
            who = name_in(speakers, m.group("who"))
            statements = _add(
                statements, _indirect(text, start, who, m.group("c"), "drew attention")
            )
    return statements


def _described(
    doc: Document, statements: list[Statement], index: int, m: re.Match[str]
) -> list[Statement]:
    """ "“Q,” explains an officer of a unit, who ...": the described speaker, and the ", he
    says." sentences after it that the earlier readers credited to someone else."""
    sentence = doc.sentences[index]
    described = m.group("d").strip()
    if _NAMED_AFTER.match(sentence.text, m.end()):
        return statements  # "said a farmer ... who gave his name as NAME": the name's
    close = sentence.start + m.start()
    mark = "“" if doc.body[close] == "”" else '"'
    opening = doc.body.rfind(mark, max(0, close - 800), close)
    if opening < 0 or "\n\n" in doc.body[opening:close]:
        return statements
    quote = doc.body[opening + 1 : close]
    old = overlapping(statements, opening + 1, close)
    wrong = {s.speaker for s in old}
    statements = [s for s in statements if s not in old]
    evidence = Evidence(doc.body[opening : sentence.end], opening, sentence.end)
    statements.append(Statement(evidence, 0.75, described, "direct", quote, m.group("v")))
    for k in range(index + 1, min(index + 3, len(doc.sentences))):
        later = doc.sentences[k]
        if not _HE_SAYS.search(later.text.rstrip()) or _INTRODUCED.search(later.text):
            break
        for i, s in enumerate(statements):
            if later.start <= s.evidence.start < later.end and (s.speaker in wrong or not wrong):
                statements[i] = replace(s, speaker=described)
    return statements


def _introduced(
    doc: Document, speakers: Speakers, statements: list[Statement], index: int
) -> list[Statement]:
    """ "the surgeon NAME has been on duty .... “Q,” he says.": NAME's quote."""
    sentence = doc.sentences[index]
    if index == 0:
        return statements
    prior = doc.sentences[index - 1]
    if prior.paragraph != sentence.paragraph or overlapping(statements, prior.start, prior.end):
        return statements
    names = _INTRODUCED.findall(prior.text)
    if len(names) != 1 or any(c in prior.text for c in '“”"'):
        return statements
    person = speakers.canonical(names[0])
    if any(s.speaker == person for s in statements if s.evidence.start < prior.start):
        return statements  # someone who spoke before: the earlier readers resolve "he"
    m = _OPENING_QUOTE.match(sentence.text)
    if m is None:
        return statements
    q = m.group("q")
    old = overlapping(statements, sentence.start, sentence.end)
    statements = [s for s in statements if s not in old]
    evidence = Evidence(sentence.text, sentence.start, sentence.end)
    return [*statements, Statement(evidence, 0.75, person, "direct", q, "says")]


def _noted(doc: Document, statements: list[Statement], index: int, kind: str) -> str | None:
    """The ministry or army "the ministerial note" / "a military statement" stands for."""
    start = doc.sentences[index].start
    earlier = sorted(
        (s for s in statements if s.evidence.start < start), key=lambda s: s.evidence.start
    )
    if kind.startswith("minist"):
        found = [s.speaker for s in earlier if "ministry" in s.speaker.lower()]
        return found[-1] if found else None
    armies = list(_ARMY.finditer(doc.body[max(0, start - 1500) : start]))
    if armies:
        return f"{armies[-1].group('a')} army"
    return None

"""Statements on real agency copy, eleventh round (statement round 61, ``dev_statements87``):
two naming mechanisms of the real excerpts (real13) that lost statements to a shorter name or
to a bare title.

- Arabic names joined by "bin"/"ibn"/"bint" ("Sheikh Abdullah bin Zayed Al Nahyan", "Dr.
  Anwar bin Mohammed Gargash") are one full name: a later short form ("Sheikh Abdullah",
  "Gargash", "Al Harthy") whose words are all in exactly one such name of the passage takes
  it (without the honorific, as the labels write it), and so does the title in apposition
  ("NAME, diplomatic adviser to the ruler, said" read as the title), and a sentence "NAME,
  TITLE, said (that) CLAUSE." that no reading took is NAME's indirect statement;
- a bare title ("the Secretary General said", "the NATO Secretary General added", "the
  governor of the Kursk region reported ... He noted", "The minister cautioned") after one
  person introduced with that title ("NATO Secretary General Mark Rutte", "Governor of the
  region Roman Starovoit", "NAME, Deputy Prime Minister and Minister of Foreign Affairs,") is
  that person; two people with the title leave it as it was;
- a reported sentence cut from the last sentence of a multi-sentence quote ("... the
  region,’ the NATO Secretary General said." read again as indirect speech, closing mark
  and all) is the direct quote again: dropped when the direct one holds it.

Runs last in :mod:`pipeline.extract._latepasses`, after :mod:`pipeline.extract._s60post`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement, split
from pipeline.extract._perdoc import per_document
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_BIN = re.compile(
    rf"\b(?:(?:Sheikh|Sheikha|Prince|Princess|Dr\.|Emir|King)[ \t]+)?"
    rf"(?P<n>{_NAME}(?:[ \t]+(?:bin|bint|ibn)[ \t]+{_NAME})+"
    rf"(?:[ \t]+(?:Al|al)[ \t-]{_NAME}|[ \t]+(?!Al\b|The\b|In\b|On\b){_NAME})?)"
)
_BIN_SAID = re.compile(
    rf"^(?:Meanwhile,[ \t]+)?{_BIN.pattern},[ \t]+(?P<t>[a-z][^,;:“”\"]{{2,80}}),[ \t]+"
    r"(?P<v>said|added|told[ \t]+reporters)[ \t]+(?:that[ \t]+)?(?P<c>[^“”\"\n]{8,}?)\.?[ \t]*$"
)
_CLOSERS = frozenset("’'”\"")
_HONORIFICS = frozenset({"sheikh", "sheikha", "prince", "princess", "dr.", "dr", "emir", "king"})
_HEADS: dict[str, str] = {
    "secretary general": r"[Ss]ecretary[- ][Gg]eneral",
    "secretary-general": r"[Ss]ecretary[- ][Gg]eneral",
    "governor": r"[Gg]overnor",
    "minister": r"[Mm]inister",
}
_PREFIXES = frozenset({"", "the", "nato", "un", "u.n."})
"""What may stand before a bare title read as a speaker ("NATO Secretary General")."""
_PERSON = rf"{_NAME}(?:[ \t]+{_NAME}){{1,2}}"
_TITLED = {
    key: re.compile(
        rf"\b{pat}(?:[ \t]+of[ \t]+the[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:region|oblast))?[ \t]+"
        rf"(?P<p>{_PERSON})\b|\b(?P<q>{_PERSON}),[ \t]+[^,.;\n]{{0,60}}?\b{pat}\b[^,.;\n]{{0,40}},"
    )
    for key, pat in _HEADS.items()
}
_BARE = re.compile(
    r"^[ \t\"“‘]*(?:[Tt]he[ \t]+(?:(?:NATO|UN|U\.N\.)[ \t]+)?(?P<h>[Ss]ecretary[- ][Gg]eneral|"
    r"[Mm]inister|[Gg]overnor))[ \t]+(?:\w+[ \t]+){0,2}?(?:said|added|noted|"
    r"cautioned|warned|stressed|told|stated|reported|clarified|emphasi[sz]ed)\b"
)
_QUOTED_BARE = re.compile(
    r"[”\"’'][ \t]+the[ \t]+(?:(?:NATO|UN|U\.N\.)[ \t]+)?(?P<h>[Ss]ecretary[- ][Gg]eneral|"
    r"[Mm]inister|[Gg]overnor)[ \t]+(?:said|added|noted|stressed|told|stated)\b"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    binned = body_has(body, "bin ") or body_has(body, "ibn ") or body_has(body, "bint ")
    statements, others = split(found)
    if not statements and not binned:
        return found
    kept = statements
    if binned:
        kept = _bin_said(doc, _bin_names(doc, kept))
    if body_has(body, "ecretary") or body_has(body, "inister") or body_has(body, "overnor"):
        titled: dict[str, list[tuple[int, str]]] = {}
        kept = [_titled(doc, speakers, s, titled) for s in kept]
    if body_has(body, "’") or body_has(body, "'") or body_has(body, "”") or body_has(body, '"'):
        kept = _requoted(kept)
    if kept is statements:
        return found
    kept.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *kept]


def _requoted(kept: list[Statement]) -> list[Statement]:
    """``kept`` without indirect statements that end in a closing quotation mark and repeat
    the tail of a direct quote holding them."""
    tails = [s for s in kept if s.mode == "indirect" and s.quote.rstrip()[-1:] in _CLOSERS]
    if not tails:
        return kept
    directs = [s for s in kept if s.mode == "direct"]
    drop = {
        id(t)
        for t in tails
        for d in directs
        if d.evidence.start <= t.evidence.start < d.evidence.end
        and t.quote.rstrip().rstrip("’'”\"").rstrip(" ,") in d.quote
    }
    return [s for s in kept if id(s) not in drop] if drop else kept


def _sentence_text(doc: Document, s: Statement) -> str:
    """The text of the sentence holding ``s`` (its evidence when none does)."""
    i = sentence_of(doc, s.evidence.start)
    return doc.sentences[i].text if i >= 0 else s.evidence.text


def _bin_names(doc: Document, kept: list[Statement]) -> list[Statement]:
    """Short forms and apposed titles of a "bin" name resolved to the full name."""
    names = {m.group("n") for m in _BIN.finditer(doc.body)}
    if not names:
        return kept
    words = {n: set(n.lower().replace("-", " ").split()) for n in names}
    out: list[Statement] = []
    for s in kept:
        own = [w for w in s.speaker.lower().replace("-", " ").split() if w not in _HONORIFICS]
        hits = [n for n, ws in words.items() if own and set(own) <= ws and s.speaker != n]
        if len(hits) == 1 and s.speaker[:1].isupper():
            out.append(replace(s, speaker=hits[0]))
            continue
        if s.speaker[:1].islower():
            text = _sentence_text(doc, s)
            low = s.speaker.lower()
            apposed = [n for n in names if n in text and _apposed(text, n, low)]
            if len(apposed) == 1:
                out.append(replace(s, speaker=apposed[0]))
                continue
        out.append(s)
    return out


def _bin_said(doc: Document, kept: list[Statement]) -> list[Statement]:
    """Statements "NAME bin NAME, TITLE, said CLAUSE." no earlier reading took."""
    taken = {s.evidence.start for s in kept}
    starts = sorted(taken)
    added: list[Statement] = []
    for sent in doc.sentences:
        text = sent.text
        if " bin " not in text and " ibn " not in text:
            continue
        m = _BIN_SAID.match(text)
        if m is None or _holds(starts, sent.start, sent.end):
            continue
        clause = m.group("c")
        added.append(
            new_statement(
                text, sent.start, m.group("n"), "indirect", clause, m.group("v").split()[0]
            )
        )
    return [*kept, *added] if added else kept


def _holds(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a statement starts in ``[lo, hi)`` (``starts`` sorted)."""
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _apposed(text: str, name: str, title: str) -> bool:
    """Whether ``title`` stands in apposition right after ``name`` in ``text``."""
    at = text.find(name)
    tail = text[at + len(name) : at + len(name) + len(title) + 8].lower()
    return tail.startswith(", ") and title in tail


def _titled(
    doc: Document, speakers: Speakers, s: Statement, titled: dict[str, list[tuple[int, str]]]
) -> Statement:
    """A bare title resolved to the one person the passage introduced with it (``titled``
    caches each title's people with their offsets, read once per passage)."""
    low = s.speaker.lower()
    head = next((h for h in _HEADS if low.endswith(h)), None)
    if head is None:
        text = _sentence_text(doc, s)
        if "inister" not in text and "ecretary" not in text and "overnor" not in text:
            return s
        m = _BARE.match(text) or _QUOTED_BARE.search(text)
        if m is None or s.speaker.lower() in text.lower()[:60]:
            return s
        head = m.group("h").lower().replace("-", " ")
        if s.speaker[:1].isupper() and " " in s.speaker and not _fragment(doc, s.speaker):
            return s
    elif low[: -len(head)].strip() not in _PREFIXES and not low.endswith(" regional governor"):
        return s
    if head not in titled:
        bins = _bins(doc)
        titled[head] = [
            (m.start(), _full(bins, speakers.canonical(m.group("p") or m.group("q"))))
            for m in _TITLED[head].finditer(doc.body)
        ]
    people = {person for at, person in titled[head] if at < s.evidence.start}
    if len(people) != 1:
        return s
    person = people.pop()
    return s if person == s.speaker else replace(s, speaker=person)


def _fragment(doc: Document, speaker: str) -> bool:
    """Whether ``speaker`` stands in the passage only after "Minister of"/"Minister for" (a
    piece of a title read as a name)."""
    body = doc.body
    at = body.find(speaker)
    return at > 12 and body[at - 12 : at].rstrip().lower().endswith(("of", "for"))


@per_document
def _bins(doc: Document) -> list[tuple[str, set[str]]]:
    """The passage's "bin" names with their lower-cased words, in order (read once per
    document: each titled person used to rescan the whole body)."""
    body = doc.body
    if not body_has(body, "bin ") and not body_has(body, "ibn "):
        return []
    return [(m.group("n"), set(m.group("n").lower().split())) for m in _BIN.finditer(body)]


def _full(bins: list[tuple[str, set[str]]], person: str) -> str:
    """``person`` in the full "bin" form the passage gives it (``bins``: :func:`_bins`), if
    any."""
    if not bins:
        return person
    own = set(person.lower().split()) - _HONORIFICS
    for name, words in bins:
        if own <= words:
            return name
    return person

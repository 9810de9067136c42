"""Statements on real newsroom copy, statement round 68 (real15/real16 errors,
``dev_statements94``): reading mechanisms the reader lacked, each a phrasing of wire copy
rather than one sentence.

- a closing quotation mark glued to the pronoun of its attribution ("“Q”he wrote on
  Telegram", a typesetting slip) hid the quote: the sentence is read again with the space put
  back (through :mod:`pipeline.extract._reread`, so the pronoun's speaker is the reader's own);
- an adverb between the subject and "said that" ("Kyiv first said that C", "X initially /
  originally reported that C") was missed or read into the speaker ("Governor NAME first"): the
  sentence is read again without the adverb;
- "X said C1 and NAME claimed / said C2" ran the second subject's clause into X's: C1 ends
  before "and NAME VERB"; where that verb is a saying verb with a clause ("and Hamas said its
  fighters ..."), C2 is NAME's own indirect statement ("claimed responsibility" is no clause);
- "according to the A, B and C hospitals" named only the first hospital: the whole list with
  its head noun is the speaker;
- "C, medical sources in the Gaza Strip told OUTLET" (a place between the sources and the verb)
  was missed: C is the sources' statement, named as the sentence names them;
- a bare "The sources said C" is the sources qualified last before it ("medical sources",
  "Local sources"), as a bare "the ministry" is the ministry named before;
- "C, they added." after a sentence of witnesses (or any plural source) is that source's,
  not an earlier plural source's.

Each reading starts with a literal test of the sentence or the body. Runs last in
:mod:`pipeline.extract._latepasses`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from pipeline.extract import _reread
from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement, split
from pipeline.extract._stmtindex import BySentence, outside
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_Change = Callable[[str, list[Statement]], str | None]

_GLUED = re.compile(
    r"[”\"](?=(?:he|she|they|it)[ \t]+(?:said|wrote|told|posted|added|stated|tweeted)\b)"
)
_GLUED_GATE = ("”he ", "”she ", '"he ', '"she ', "”they ", '"they ', "”it ", '"it ')
_ADVERB = re.compile(
    r"(?<![Tt]he)(?<=[\w.])[ \t]+(?:first|initially|originally)(?=[ \t]+(?:said|claimed|"
    r"announced|reported|stated|denied|insisted|told[ \t]+\w+)[ \t]+(?:\w+[ \t]+)?that\b)"
)
_ADVERB_GATE = (" first ", " initially ", " originally ")
_CAP = r"[A-Z][\w'\u2019-]*"
_SECOND = re.compile(
    rf",?[ \t]+and[ \t]+(?:the[ \t]+)?(?P<subj>{_CAP}(?:[ \t]+{_CAP}){{0,3}}(?:[ \t]+forces)?)"
    r"[ \t]+(?:(?:also|later|then)[ \t]+)?(?P<verb>said|says|claimed|claims|reported|announced|"
    r"stated)\b(?P<rest>.*)$"
)
_CLAUSE_NOT = re.compile(r"[ \t]+(?:responsibility|credit|victory|hearing|no\b|it\b[ \t]+was\b)")
_SAID = re.compile(r"^(?:[ \t]+(?:that\b)?)")
_HOSPITALS = re.compile(
    r"\baccording[ \t]+to[ \t]+the[ \t]+(?P<list>(?:[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*"
    r",[ \t]+)*[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*,?[ \t]+and[ \t]+"
    r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*)[ \t]+(?P<head>hospitals|medical[ \t]+"
    r"(?:centres|centers)|clinics)\b"
)
_PLACED = re.compile(
    r"^(?P<c>[A-Z].{12,}?),[ \t]+(?P<src>(?:[a-z][\w-]+[ \t]+){1,2}sources)[ \t]+in[ \t]+"
    r"(?:the[ \t]+)?(?:(?:province|region|city|area|capital|town|enclave|territory)|"
    r"(?:[a-z]+[ \t]+)?"
    r"[A-Z][\w'\u2019-]*(?:[ \t]+(?:[A-Z][\w'\u2019-]*|[a-z]{1,3}-[A-Z][\w-]*))*)"
    r"[ \t]+(?P<verb>told|said)\b[^,;\"“”]*\.?$"
)
_PLACED_FRONT = re.compile(
    r"^(?P<src>(?:[A-Za-z][\w-]+[ \t]+){1,2}sources)[ \t]+in[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?"
    r"[A-Z][\w'\u2019-]*(?:[ \t]+(?:[A-Z][\w'\u2019-]*|[a-z]{1,3}-[A-Z][\w-]*))*"
    r"[ \t]+(?P<verb>told|said)[ \t]+"
    r"(?:(?:the[ \t]+)?[A-Z]?\w+(?:[ \t]+agency)?[ \t]+)?that[ \t]+(?P<c>[^\"“”]{12,}?)\.?$"
)
_FRAGMENT = re.compile(r"(?:welcoming|thanking|praising|hailing|calling[ \t]+it|denouncing)[ \t]+$")
_QUALIFIED = re.compile(r"\b((?:[A-Za-z][\w-]*[ \t]+){1,2})sources\b")
_NOT_QUALIFIER = frozenset(
    {
        *("the", "a", "an", "these", "those", "other", "some", "several", "two", "three"),
        *("four", "many", "and", "or", "of", "to", "by", "from", "with", "said", "told"),
        *("according", "citing", "his", "her", "its", "their", "our", "this", "that"),
        *("both", "all"),
    }
)
_THEY = re.compile(r",[ \t]+they[ \t]+(?:added|said|told[ \t]+\w+)[ \t]*\.?$")


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    glued = not _reread.nested() and any(body_has(body, g) for g in _GLUED_GATE)
    adverb = not _reread.nested() and (
        body_has(body, " first ") or body_has(body, " initially ") or body_has(body, " originally ")
    )
    second = body_has(body, " and ")
    hospitals = (
        body_has(body, " hospitals")
        or body_has(body, " clinics")
        or body_has(body, " medical cent")
    )
    sources = body_has(body, " sources ")
    they = body_has(body, ", they ")
    if not (glued or adverb or second or hospitals or sources or they):
        return found
    statements, others = split(found)
    if glued:
        statements = _reread_where(doc, statements, _glued, _GLUED_GATE)
    if adverb:
        statements = _reread_where(doc, statements, _no_adverb, _ADVERB_GATE)
    if second:
        statements = _second_subject(statements)
    if hospitals:
        statements = [_hospital_list(s) for s in statements]
    if sources:
        statements = _sources(doc, statements)
    if they:
        statements = _they(statements)
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *statements]


def _glued(text: str, old: list[Statement]) -> str | None:
    if not any(g in text for g in _GLUED_GATE):
        return None
    fixed = _GLUED.sub(lambda m: m.group(0) + " ", text)
    return fixed if fixed != text else None


def _no_adverb(text: str, old: list[Statement]) -> str | None:
    if " first " not in text and " initially " not in text and " originally " not in text:
        return None
    m = _ADVERB.search(text)
    if m is None:
        return None
    word = m.group(0).strip()
    if old and not any(s.speaker.endswith(word) for s in old):
        return None  # read already, and not with the adverb in the name
    return text[: m.start()] + text[m.end() :]


def _reread_where(
    doc: Document, statements: list[Statement], change: _Change, gate: tuple[str, ...]
) -> list[Statement]:
    """Each sentence holding a ``gate`` literal that ``change`` simplifies, read again (within
    the per-document budget of :mod:`pipeline.extract._reread`)."""
    out = statements
    index = BySentence(doc.sentences, out)
    for k, sentence in enumerate(doc.sentences):
        text = sentence.text
        if not any(g in text for g in gate) or _reread.left() <= 0:
            continue
        old = index.of(k)
        simpler = change(sentence.text, old)
        if simpler is None:
            continue
        read = _reread.statements_in(doc, sentence, simpler)
        if not read:
            continue
        out = outside(out, sentence) + [_partial(s) for s in read]
        index = BySentence(doc.sentences, out)
    return out


def _partial(s: Statement) -> Statement:
    """A quoted fragment after "welcoming / thanking / praising" is a partial quote."""
    text = s.evidence.text
    at = text.find(s.quote)
    if s.mode != "direct" or at < 2 or _FRAGMENT.search(text, 0, at - 1) is None:
        return s
    return replace(s, mode="partial")


def _second_subject(statements: list[Statement]) -> list[Statement]:
    """ "X said C1 and NAME claimed C2": C1 for X, C2 (a clause) for NAME."""
    out: list[Statement] = []
    for s in statements:
        quote = s.quote
        if s.mode != "indirect" or " and " not in quote:
            out.append(s)
            continue
        m = _SECOND.search(quote)
        if m is None or m.start() < 12:
            out.append(s)
            continue
        out.append(replace(s, quote=quote[: m.start()].rstrip(" ,")))
        rest = m.group("rest")
        if m.group("verb") in ("claimed", "claims") or _CLAUSE_NOT.match(rest):
            continue
        clause = _SAID.sub("", rest).strip().rstrip(".").strip()
        if len(clause.split()) >= 3 and clause in s.evidence.text:
            ev = s.evidence
            out.append(
                new_statement(
                    ev.text, ev.start, m.group("subj"), "indirect", clause, m.group("verb")
                )
            )
    return out


def _hospital_list(s: Statement) -> Statement:
    text = s.evidence.text
    if "according to the" not in text:
        return s
    m = _HOSPITALS.search(text)
    if m is None:
        return s
    names = m.group("list")
    if not names.startswith(s.speaker) and s.speaker not in names:
        return s
    return replace(s, speaker=f"{names} {m.group('head')}")


def _sources(doc: Document, statements: list[Statement]) -> list[Statement]:
    """Sources placed before their verb, and a bare "The sources" pointing back."""
    body = doc.body
    out = statements
    starts = sorted(s.evidence.start for s in statements)
    for sentence in doc.sentences:
        text = sentence.text
        if " sources in " not in text:
            continue
        at = bisect_left(starts, sentence.start)
        if at < len(starts) and starts[at] < sentence.end:
            continue
        m = _PLACED.match(text) or _PLACED_FRONT.match(text)
        if m is None or m.group("src").split()[0].lower() in _NOT_QUALIFIER:
            continue
        st = new_statement(text, sentence.start, m.group("src"), "indirect", m.group("c"), "told")
        out = [*out, st]
    fixed: list[Statement] = []
    for s in out:
        if s.speaker.lower() == "sources":
            name = _qualified(body[: s.evidence.start])
            if name is not None:
                s = replace(s, speaker=name)
        fixed.append(s)
    return fixed


def _qualified(before: str) -> str | None:
    """The last "ADJ (ADJ) sources" before a bare "The sources"."""
    at = before.rfind(" sources")
    tries = 8  # the nearest few mentions only
    while at > 0 and tries:
        tries -= 1
        window = before[max(0, at - 60) : at + 8]
        last = None
        for m in _QUALIFIED.finditer(window):
            last = m
        if last is not None:
            words = last.group(1).split()
            while words and words[0].lower() in _NOT_QUALIFIER:
                words = words[1:]
            if words and words[-1].lower() not in _NOT_QUALIFIER:
                return " ".join([*words, "sources"])
        at = before.rfind(" sources", 0, at)
    return None


def _plural(name: str) -> bool:
    last = name.split()[-1] if name.split() else ""
    return last[-1:] == "s" and last[-2:] != "ss" and last[:1].isupper() is not None


def _they(statements: list[Statement]) -> list[Statement]:
    """ "C, they added." after a plural source's sentence: that source's."""
    out = list(statements)
    for i, s in enumerate(out):
        if i == 0 or ", they " not in s.evidence.text or _THEY.search(s.evidence.text) is None:
            continue
        prev = out[i - 1]
        if prev.speaker == s.speaker or not _plural(prev.speaker) or not _plural(s.speaker):
            continue
        if prev.evidence.start >= s.evidence.start:
            continue
        out[i] = replace(s, speaker=prev.speaker)
    return out

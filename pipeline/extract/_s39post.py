"""Statement round 39 (``dev_articles68`` / ``dev_statements64``): literal French, Italian,
Spanish and Portuguese copy.

Mechanisms, not phrases (each reader starts with a literal test of its sentence):

- the reported clause in any position of :mod:`_s39read` ("has assured that", "claimed for
  its part to have", "NAME, 73 years old, also claimed that", "..., and has claimed to have",
  "..., but has considered «F» NP"), credited to the subject before the first verb;
- "This was made known / announced by X[, specifying that C]": the sentence before is X's
  indirect statement (as "So said X"), and "«Q». With these words X VERB-ed": X's quote;
- a bare role after a quote ("«Q», affirmed the head of state") means the host of the
  sentence before ("X received Y"), and a "deputy" / "vice-" role the one person that
  sentence names (never the premier); a role with a nationality names the holder the
  article introduced with a lower-case title ("the minister of Foreign Affairs, NAME");
- ", while SUBJECT VERB ... «F»": fragments after "while" belong to that new subject
  (:mod:`_s39while`);
- "For X, C." with no quote, "that X described as «F»", "through the spokesman NAME",
  "According to a DESCRIPTION interviewed by X" (:mod:`_s39more`);
- a bare ministry named by the capital opening its sentence or by the dateline; a clause
  ending in a «fragment» before a trailing cue gives the fragment only; "according to the
  agenda of X" names no speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import new_statement
from pipeline.extract._roles import CAPITALS
from pipeline.extract._s29reads import is_person, name_in, overlapping
from pipeline.extract._s36post import _INVERTED, _inverted
from pipeline.extract._s39more import described, for_x, interviewed, through
from pipeline.extract._s39read import clauses_in
from pipeline.extract._s39roles import role_holder
from pipeline.extract._s39while import PRONOUN_QUOTE, pronoun_after, while_split
from pipeline.extract._spanindex import Spans
from pipeline.extract.model import Document, Finding, Statement, StatementMode
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_RUN = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:[ \t]+(?:de|da|von|der|al|van|di)?[ \t]*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)*"
_NAME = re.compile(rf"^(?:[Tt]he[ \t]+[a-z][a-z -]+[ \t]+)?(?P<n>{_RUN})$")
_DESC = re.compile(
    r"^[Tt]he[ \t]+(?:[A-Z][\w'-]+[ \t]+)*[A-Z][\w'-]+"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'-]+)?(?:[ \t]+[a-z]+)?$"
)
_TAIL = re.compile(
    r"(?:,?[ \t]+(?:for[ \t]+(?:its|his|her|their)[ \t]+part|(?:aged[ \t]+)?\d{2}"
    r"(?:[ \t]+years[ \t]+old)?|has|have|also|then))*[ \t,]*$"
)
_PRONOUNS = ("he", "she", "it", "they")
_ENDS = frozenset('.!?»”"')  # a headline has no closing stop


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _same(a: str, b: str) -> bool:
    x, y = _tokens(a), _tokens(b)
    return bool(x and y) and 2 * len(x & y) >= 0.5 * (len(x) + len(y))


def _subject(speakers: Speakers, pre: str, offset: int) -> str | None:
    """The speaker a clause's subject text names, or None (pronoun, nothing named)."""
    pre = _TAIL.sub("", pre).rstrip(" ,")
    segment = pre.rsplit(", ", 1)[-1].strip()
    segment = re.sub(r"^(?:and|but|while)[ \t]+", "", segment)
    if not segment or segment.lower() in _PRONOUNS:
        return None
    if (m := _NAME.match(segment)) is not None:
        run = m.group("n")
        found = speakers.named(run, offset)
        if found:
            return found
        if len(run.split()) >= 2:
            who = name_in(speakers, run)
            return who if is_person(who) else None
        return run if run.isupper() or run[1:].islower() else None
    if _DESC.match(segment):
        return speakers.named(segment, offset)
    return None


_JOINED = re.compile(r",[ \t]+(?:but|while|although|whereas|and)[ \t]+(?:has|have|he|she|it)\b")


def _read_clauses(
    speakers: Speakers,
    spans: Spans,
    statements: list[Statement],
    body: str,
    text: str,
    start: int,
) -> list[Statement]:
    readings = clauses_in(body, text)
    if not readings:
        return statements  # nothing to add or drop
    here = spans.overlapping(statements, start, start + len(text))
    who: str | None = None
    last = 0
    added: list[Statement] = []
    drop: list[Statement] = []
    spanning = [  # "defended that A «F» and announced that B" read as one clause
        s for s in here if s.mode == "indirect" and sum(r.quote in s.quote for r in readings) >= 2
    ]
    if spanning:
        drop.extend(spanning)
        here = [s for s in here if s not in spanning]
    for r in readings:
        if text.count("«", 0, r.at) != text.count("»", 0, r.at):
            continue  # the verb inside a quote
        pre = text[last : r.at]
        if who is None or ", while " in pre or last == 0:
            named = _subject(speakers, pre, start + last)
            if named is not None:
                who = named
            elif last == 0:
                return statements
        last = r.at
        if who is None:
            continue
        longer = [
            s
            for s in here
            if s.mode == "indirect"
            and s.quote.startswith(r.quote)
            and _JOINED.match(s.quote, len(r.quote))
        ]
        if longer and r.mode == "indirect":
            drop.extend(longer)
        elif any(_same(s.quote, r.quote) for s in here + added):
            continue
        if r.mode == "partial" and any(
            s.mode != "partial" and r.quote in s.quote for s in here + added if s not in drop
        ):
            continue  # the fragment is read inside a clause already
        inside = [s for s in here if s.mode == "partial" and s.quote in r.quote]
        rest = [s for s in here if s not in inside and s not in longer]
        if (
            r.mode == "indirect"
            and any(s.mode != "partial" for s in rest)
            and any(r.quote[:30] in s.quote or s.quote[:30] in r.quote for s in rest)
        ):
            continue
        drop.extend(inside)
        mode: StatementMode = "partial" if r.mode == "partial" else "indirect"
        added.append(new_statement(text, start, who, mode, r.quote, r.cue))
    if not added:
        return statements
    return [s for s in statements if s not in drop] + added


_BACK = re.compile(
    r"^(?:This|That|It)[ \t]+was[ \t]+(?:made[ \t]+known|announced|reported|communicated|"
    r"confirmed|stated|disclosed|revealed)[ \t]+by[ \t]+(?P<x>[^,;.]+?)"
    r"(?:[ \t]+(?:in|on|through|via|at)[ \t]+[^,;]+?)?"
    r"(?:,[ \t]+(?P<v>specifying|adding|stressing|explaining|underlining|noting)[ \t]+that"
    r"[ \t]+(?P<c>[^;]+?))?\.?$"
)
_WORDS = re.compile(
    r"^With[ \t]+these[ \t]+words[ \t]+(?P<x>.+?)[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+(?:ed|ened)\b"
)


def _back(
    doc: Document, speakers: Speakers, statements: list[Statement], index: int
) -> list[Statement]:
    sentence = doc.sentences[index]
    text = sentence.text.rstrip()
    prev = doc.sentences[index - 1]
    prior = prev.text.rstrip()
    if (m := _BACK.match(text)) is not None:
        x = re.sub(r"[ \t]+\([A-Za-z]+\)$", "", m.group("x").strip())
        who = speakers.named(x, sentence.start)
        if who is None:
            return statements
        who = _placed(doc.body, who, text)
        clause = re.sub(r"^[A-Z][\w ]{0,30}[ \t]+-[ \t]+", "", prior).rstrip(" .")
        if any(s.mode != "partial" for s in overlapping(statements, prev.start, prev.end)):
            return statements  # the sentence before is read already
        out = list(statements)
        out.append(new_statement(prior, prev.start, who, "indirect", clause, "made known"))
        if m.group("c"):
            c = m.group("c").strip()
            here = overlapping(out, sentence.start, sentence.end)  # once, not per statement
            out = [s for s in out if s not in here]
            out.append(new_statement(text, sentence.start, who, "indirect", c, m.group("v")))
        return out
    if text.startswith("With these words ") and (m := _WORDS.match(text)):
        quote = re.search(r"«[ \t]*(?P<q>[^«»]{8,}?)[ \t]*[.!?]?[ \t]*»\.?$", prior)
        if quote is None:
            return statements
        x = m.group("x").split(",")[0].strip()
        run = re.search(_RUN + r"$", x)
        who = speakers.named(run.group(0), sentence.start) if run else None
        if who is None and run is not None and len(run.group(0).split()) >= 2:
            who = name_in(speakers, run.group(0))
        if not who:
            return statements
        q = quote.group("q")
        old = [s for s in overlapping(statements, prev.start, prev.end) if _same(s.quote, q)]
        new = new_statement(prior, prev.start, who, "direct", q, "with these words")
        return [s for s in statements if s not in old] + [new]
    return statements


_BARE_BODY = {
    "Ministry of Defence": "Defence Ministry",
    "Defence Ministry": "Defence Ministry",
    "Ministry of National Defence": "Ministry of National Defence",
    "Defence Staff": "Defence Staff",
    "Ministry of Foreign Affairs": "Foreign Ministry",
}
_OPENS = re.compile(r"^(?:In|From)[ \t]+(?P<c>[A-Z][a-z]+),")
_TOP = re.compile(r"^[ \t\n]*(?:\([A-Za-z]+\)[ \t]+-[ \t]+)?(?P<c>[A-Z][A-Za-z]+)\b")


def _placed(body: str, who: str, text: str) -> str:
    """A bare national body named by the capital that opens its sentence ("In Bucharest,
    the Ministry of National Defence"), else by the body's dateline ("Rome - ")."""
    bare = who
    first, _, rest = who.partition(" ")
    if first in CAPITALS.values() and rest in _BARE_BODY:
        bare = rest
    if bare not in _BARE_BODY:
        return who
    m = _OPENS.match(text)
    if m is not None and m.group("c").lower() in CAPITALS:
        return f"{CAPITALS[m.group('c').lower()]} {_BARE_BODY[bare] if bare == who else bare}"
    if bare != who:
        return who
    top = _TOP.match(body)
    if top is not None and top.group("c").lower() in CAPITALS:
        return f"{CAPITALS[top.group('c').lower()]} {_BARE_BODY[bare]}"
    return who


_CLOSING = re.compile(
    r"^(?P<c>[^«»]{8,}«[ \t]*(?P<q>[^«»]{2,80}?)[ \t]*»),[ \t]+(?:has[ \t]+)?[a-z]+(?:ed|s)\b"
)
"""A clause ending in a quoted fragment before a trailing cue: the fragment only (the
labelling call of ``dev_articles68``)."""

_AGENDA = re.compile(
    r",[ \t]+according[ \t]+to[ \t]+the[ \t]+(?:agenda|calendar|timetable|schedule|programme)"
    r"[ \t]+of\b"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's readings."""
    statements = [f for f in found if isinstance(f, Statement)]
    others = [f for f in found if not isinstance(f, Statement)]
    body = doc.body
    spans = Spans()  # ``overlapping`` for _read_clauses, sorted again only when changed
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text.rstrip()
        start = sentence.start
        if index and text.startswith(("This was ", "That was ", "It was ", "With these words ")):
            statements = _back(doc, speakers, statements, index)
        if (" that " in text or " to have " in text or " has " in text) and text[-1:] in _ENDS:
            statements = _read_clauses(speakers, spans, statements, body, text, start)
        if ", while " in text and "«" in text:
            statements = while_split(speakers, statements, text, start)
        if text[:1] == "«":
            statements = role_holder(doc, speakers, statements, index)
            if index and PRONOUN_QUOTE.match(text):
                statements = pronoun_after(doc, statements, index)
            if "», has " in text and not overlapping(statements, start, sentence.end):
                plain = text.replace("», has ", "», ", 1)
                if (m := _INVERTED.match(plain)) is not None:
                    statements = _inverted(speakers, statements, plain, start, m)
        if "», " in text and text[:1] != "«" and (m := _CLOSING.match(text)) is not None:
            here = overlapping(statements, start, sentence.end)  # once, not per statement
            statements = [
                replace(s, mode="partial", quote=m.group("q"))
                if s.mode == "indirect"
                and s.quote.endswith("»")
                and m.group("c").endswith(s.quote)
                and s in here
                else s
                for s in statements
            ]
        if text.startswith("For "):
            statements = for_x(doc, speakers, statements, text, start)
        if " described as «" in text or " called as «" in text:
            statements = described(speakers, statements, text, start)
        if ", through " in text:
            statements = through(speakers, statements, text, start)
        if text.startswith("According to a") or "same source" in text:
            statements = interviewed(doc, statements, index)
        if "ccording to the " in text and _AGENDA.search(text):
            here = overlapping(statements, start, sentence.end)
            statements = [s for s in statements if not (s in here and s.cue == "according to")]
        if " the Ministry of " in text and _OPENS.match(text):
            here = overlapping(statements, start, sentence.end)  # once, not per statement
            statements = [
                replace(s, speaker=_placed(body, s.speaker, text)) if s in here else s
                for s in statements
            ]
    return others + statements

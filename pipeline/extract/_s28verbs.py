"""Quotes closed or opened by verbs and roles of translated Romance copy (round 28).

Literal English of French, Italian and Romanian copy closes a quote with verbs the cue scan
does not list ("«C», recounts Olena, 34 years old", "«C», analyses NAME, researcher at X",
"„C,” he admonished", "«C», conceded the cardinal") and opens one with a colon after them
("the leader of the M5S, NAME, admonished: «C»"). It also closes a quote with a bare role
pointing back at the holder named before with a title ("declared the premier after the
talks", "the head of state wrote afterwards on X", "wrote the head of Romanian diplomacy on
X" after "The Minister of Foreign Affairs, NAME, ..."), and with "he declared ... at a
conference organised by X in Milan", where no place in the adjunct is the speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._roles import ALIASES, norm
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Statement, StatementMode

__all__ = ["revise"]

_VERBS = (
    r"recounts|recounted|analyses|analyzes|analysed|analyzed|admonished|admonishes|conceded"
    r"|concedes|confided|confides|admitted|admits"
)
_CLOSED = re.compile(
    r"^[«“„\"](?P<q>[^«»“”„\"\n]{3,})[»”\"],?[ \t]+(?P<v>" + _VERBS + r")[ \t]+"
    r"(?P<who>[^\n]{2,120}?)(?:\.(?:[ \t]|$)|$)"
)
_APPOSED_TAIL = re.compile(
    r"^[«“„\"](?P<q>[^«»“”„\"\n]{3,})[»”\"],?[ \t]+(?P<v>[a-z]+ed|said|wrote)[ \t]+the[ \t]+"
    r"[^,«»“”„\"\n]{3,80},[ \t]+(?:(?:General|Admiral|Colonel|Cardinal)[ \t]+)?"
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})(?:,|\.|$)"
)
_CLOSED_SUBJECT = re.compile(
    r"^[«“„\"](?P<q>[^«»“”„\"\n]{3,})[»”\"],?[ \t]+(?P<who>he|she|the[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)"
    r"[ \t]+(?P<v>" + _VERBS + r")\b[^«»“”„\"\n.]{0,80}(?:\.|$)"
)
_OPENED = re.compile(
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),?[ \t]+(?P<v>" + _VERBS + r"):[ \t]*"
    r"[«“„\"](?P<q>[^«»“”„\"]{3,})[»”\"]"
)
_LEAD_NAME = re.compile(r"^(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?:,|$)")
_BODY_TAIL = re.compile(
    r"^[«“„\"](?P<q>[^«»“”„\"]{3,})[»”\"],?[ \t]+the[ \t]+(?:ministry|institution)[ \t]+"
    r"(?P<v>specifies|transmits|informs|states|notes|shows|points[ \t]+out)\b"
)
_DEFINED = re.compile(
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]+(?P<v>defined|deemed|judged)"
    r"[ \t]+[«“„\"][ \t]?(?P<q>[^«»“”„\"]{2,60}?)[ \t]?[»”\"][ \t]+the\b"
)
_PRONOUN_TAIL = re.compile(r"^[»”\"],?[ \t]+(?:he|she)[ \t]+[a-z]+(?:ed|s)\b(?P<rest>.*)$")
_ROLES = {
    "premier": r"(?:Prime[ \t]+Minister|Premier|premier|prime[ \t]+minister)",
    "prime minister": r"(?:Prime[ \t]+Minister|Premier|premier|prime[ \t]+minister)",
    "head of state": r"(?:President(?:[ \t]+of[ \t]+[A-Z][a-z]+)?|president)",
    "diplomacy": r"(?:Minister[ \t]+of[ \t]+Foreign[ \t]+Affairs|Foreign[ \t]+Minister"
    r"|foreign[ \t]+minister)",
    "cardinal": r"Cardinal",
}
_ROLE_WORDS = (
    r"premier|prime[ \t]+minister|head[ \t]+of[ \t]+state"
    r"|head[ \t]+of[ \t]+(?:[A-Z][a-z]+[ \t]+)?diplomacy"
)
_ROLE_TAIL = re.compile(
    r"^[»”\"],?[ \t]+(?:(?:[a-z]+ed|said|wrote)[ \t]+the[ \t]+(?P<r1>" + _ROLE_WORDS + r")"
    r"|the[ \t]+(?P<r2>" + _ROLE_WORDS + r")[ \t]+(?:[a-z]+ed|said|wrote))\b"
)
_TITLES = {
    key: re.compile(role + r",?[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})")
    for key, role in _ROLES.items()
}
_BODY_WORDS = (
    "ed the ",
    " defined ",
    " deemed ",
    "the ministry ",
    "the institution ",
    "recount",
    "analyse",
    "analyze",
    "admonishe",
    "conced",
    "confide",
    "admitted",
    "admits",
)
"""Literals of which the body holds one where :func:`_verbs` may read anything (stems of
:data:`_VERBS`: each verb holds one)."""
_WINDOW = 1200
_PAIR = re.compile(r"(?=\b([A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)\b)")


def revise(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """``statements`` with these closing and opening shapes read."""
    body = doc.body
    if any(body_has(body, word) for word in _BODY_WORDS):
        statements = _verbs(doc, speakers, statements)
    if body_has(body, " he ") or body_has(body, " she "):
        _pronoun(doc, speakers, statements)
    if body_has(body, "premier") or body_has(body, "minister") or body_has(body, "head of"):
        statements = _roles(doc, speakers, statements)
    return statements


def _overlapping(statements: list[Statement], start: int, end: int) -> list[Statement]:
    return [s for s in statements if s.evidence.start < end and start < s.evidence.end]


def _verbs(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    body = doc.body
    for index, sentence in enumerate(doc.sentences):
        opened = body[sentence.start : sentence.start + 1] in '«“„"'
        text = _rest(body, sentence.start) if opened else sentence.text
        m = (_CLOSED.match(text) or _CLOSED_SUBJECT.match(text)) if opened else None
        mode: StatementMode = "direct"
        if m is None and opened and (m := _APPOSED_TAIL.match(text)) is not None:
            who = speakers.named(m.group("n"), sentence.start + m.start("n")) or m.group("n")
        elif m is not None:
            who = _who(doc, speakers, index, m.group("who")) or _previous(
                statements, sentence.start
            )
        elif not opened:
            m = _defined(text) or _opened(text)
            if m is None or body.startswith("\n\n", sentence.start):
                continue
            mode = "partial" if m.re is _DEFINED else "direct"
            who = speakers.named(m.group("n"), sentence.start + m.start("n")) or m.group("n")
        elif (m := _BODY_TAIL.match(text)) is not None:
            who = _last_ministry(statements, sentence.start)
        elif (m := _defined(text)) is not None:
            who = speakers.named(m.group("n"), sentence.start + m.start("n")) or m.group("n")
            mode = "partial"
        else:
            m = _opened(text)
            if m is None:
                continue
            who = speakers.named(m.group("n"), sentence.start + m.start("n")) or m.group("n")
        if who is None:
            continue
        lo = sentence.start + m.start("q")
        hi = sentence.start + m.end("q")
        over = _overlapping(statements, lo, hi)
        if over and m.re is _OPENED:
            over = _cut_while(statements, over, m.group("n"))
        if over:
            continue
        evidence = Evidence(m.group("q"), lo, hi)
        statements.append(Statement(evidence, 0.75, who, mode, m.group("q"), m.group("v")))
    return statements


def _defined(text: str) -> re.Match[str] | None:
    if "defined" not in text and "deemed" not in text and "judged" not in text:
        return None
    return _DEFINED.search(text)


def _opened(text: str) -> re.Match[str] | None:
    """:data:`_OPENED` in ``text``; each of its verbs ends in "ed", "es" or "ts" before ":"."""
    if ":" not in text or ("ed:" not in text and "es:" not in text and "ts:" not in text):
        return None
    return _OPENED.search(text)


def _cut_while(statements: list[Statement], over: list[Statement], name: str) -> list[Statement]:
    """ "A asked X to «F», while NAME admonished: «Q»": A's clause ends before ", while"."""
    left: list[Statement] = []
    for o in over:
        cut = o.quote.find(", while ")
        if cut > 0 and name in o.quote[cut:]:
            statements[statements.index(o)] = replace(o, quote=o.quote[:cut])
        else:
            left.append(o)
    return left


def _rest(body: str, start: int) -> str:
    """The body from ``start`` to the end of its paragraph."""
    end = body.find("\n\n", start)
    return body[start : end if end >= 0 else len(body)]


def _previous(statements: list[Statement], before: int) -> str | None:
    """The speaker of the last statement before ``before`` (a person's full name)."""
    spoke = [(s.evidence.start, s.speaker) for s in statements if s.evidence.start < before]
    people = [who for _, who in sorted(spoke) if " " in who and who.split()[0][:1].isupper()]
    return people[-1] if people and before - max(spoke)[0] < 600 else None


def _last_ministry(statements: list[Statement], before: int) -> str | None:
    """The last body with "Ministry" in its name that spoke before ``before``."""
    spoke = [(s.evidence.start, s.speaker) for s in statements if s.evidence.start < before]
    bodies = [who for _, who in sorted(spoke) if "Ministry" in who]
    return bodies[-1] if bodies else None


def _who(doc: Document, speakers: _Lookup, index: int, who: str) -> str | None:
    start = doc.sentences[index].start
    if who.startswith("the ") and (role := who[4:].strip()) in _TITLES:
        title = _TITLES[role]
        named = [n.group("n") for n in title.finditer(doc.body[max(0, start - _WINDOW) : start])]
        if named:
            return speakers.named(named[-1], start) or named[-1]
    if who in ("he", "she") or who.startswith(("he ", "she ", "the ")):
        found = speakers.person_before(index, start)
        if (
            found is None
            and index
            and doc.sentences[index - 1].paragraph == doc.sentences[index].paragraph
        ):
            found = speakers.subject(index - 1)
        return found  # else the speaker before (caller)
    lead = _LEAD_NAME.match(who)
    if lead is None:
        return None
    return speakers.named(lead.group("n"), start) or lead.group("n")


def _pronoun(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "«C», he declared ... by Il Sole 24 Ore in Milan": never a place of the adjunct."""
    for i, s in enumerate(statements):
        if s.mode != "direct":
            continue
        index = speakers.sentence_at(s.evidence.start)
        sentence = doc.sentences[index]
        at = sentence.text.find(s.quote)
        if at < 0:
            continue
        m = _PRONOUN_TAIL.match(sentence.text[at + len(s.quote) :])
        if m is None or s.speaker not in m.group("rest"):
            continue
        who = None
        if index and doc.sentences[index - 1].paragraph == sentence.paragraph:
            before = doc.sentences[index - 1]
            who = _last_person(speakers, before.text, before.start, s.speaker)
        who = who or speakers.person_before(index, sentence.start)
        if who is not None and who != s.speaker:
            statements[i] = replace(s, speaker=who)


def _last_person(speakers: _Lookup, text: str, start: int, not_this: str) -> str | None:
    """The last person of the table named in ``text`` (two-word runs), other than ``not_this``."""
    found = None
    for m in _PAIR.finditer(text):
        entry = ALIASES.get(norm(m.group(1)))
        if entry is not None and entry.kind == "person" and entry.canonical != not_this:
            found = entry.canonical
    return found


def _roles(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """ "„C,” declared the premier after the talks": the holder named before with a title."""
    body = doc.body
    for sentence in doc.sentences:
        text = sentence.text
        if text[:1] not in '«“„"':
            continue
        text = _rest(body, sentence.start)
        close = min((k for k in (text.find(c, 1) for c in '»”"') if k > 0), default=-1)
        if close < 0 or (m := _ROLE_TAIL.match(text[close:])) is None:
            continue
        role = (m.group("r1") or m.group("r2")).replace("\t", " ")
        key = "diplomacy" if role.endswith("diplomacy") else role
        title = _TITLES[key]
        window = body[max(0, sentence.start - _WINDOW) : sentence.start]
        named = [n.group("n") for n in title.finditer(window)]
        if not named:
            continue
        holder = speakers.named(named[-1], sentence.start) or named[-1]
        quote = text[1:close]
        lo = sentence.start + 1
        old = _overlapping(statements, lo, lo + len(quote))
        if any(s.speaker == holder for s in old) or (old and key != "diplomacy"):
            continue  # a head of state or premier the readers before took stays theirs
        statements = [s for s in statements if s not in old]
        evidence = Evidence(quote, lo, lo + len(quote))
        statements.append(Statement(evidence, 0.75, holder, "direct", quote, role))
    return statements

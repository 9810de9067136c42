"""One verb, one that-clause, one indirect statement (statement round 28).

Literal translations of Romance copy ("a precisat că A şi că B", "a déclaré que A et que B",
"ha ricordato che A e che B") join two reported clauses under one verb, and quote words of
either inside the clause. The readers before this pass cut such a sentence at "and that",
or kept only its quoted fragments as partials, or did not read a verb the cue scan does not
list ("hinted", "maintained", "confided", "let it be known, through a message on Telegram,").
The labels (dev_articles59's annotator, the fragment rule of ``dev_statements4``) read one
verb with its whole clause as ONE indirect statement; a second verb with an object ("... and
asked the partners for more air defence") closes the clause, as "asked for" is no statement.

:func:`revise` acts on a sentence "WHO VERB (adjuncts) that C" only when the clause was read
in pieces (split at "and that", or only its fragments), left over a closing "and asked ...",
or not read at all under a verb of the unlisted kind.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._s26bodies import DATED
from pipeline.extract._s29reads import Overlaps
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Statement

__all__ = ["UNLISTED_CUES", "revise"]

_UNLISTED = r"let[ \t]+it[ \t]+be[ \t]+known|hinted|maintained|confided|assures|conveying"
_LISTED = (
    r"recalled|reminded|retorted|replied|commented|stated|said|declared|announced|wrote"
    r"|specified|stressed|underlined|pointed[ \t]+out|argued|insisted|explained|indicated"
    r"|claimed|affirmed|observed|noted|judged|informed|reported|emphasi[sz]ed|assured"
    r"|made[ \t]+it[ \t]+known"
)
_ADJ = (
    r"(?:,[^,;«»“”„\"]{1,90},|[ \t]+(?:to|on|in|at|for|from|during|through|via|with|yesterday"
    r"|today|afterwards)\b[^,;«»“”„\"]{0,90}?)*"
)
_THAT = re.compile(
    r"\b(?P<v>" + _UNLISTED + "|" + _LISTED + r")(?P<adj>" + _ADJ + r")[ \t]+that[ \t]+"
    r"(?P<c>.{8,}?)\.?$"
)
_UNLISTED_RE = re.compile(_UNLISTED)
UNLISTED_CUES = frozenset(("let it be known", "hinted", "maintained", "confided", "assures"))
_CLOSE = re.compile(
    r",?[ \t]+and[ \t]+(?:also[ \t]+)?(?:asked|called[ \t]+on|urged|appealed|requested|demanded)\b"
)
_PERSON = re.compile(
    r"(?<![\w'’-])(?!The\b|A\b|In\b|From\b|At\b|On\b)[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}"
)
_MARKS = '«»“”„"'
_MARKED_AND = re.compile(r"»[ \t]*,?[ \t]+and[ \t]+that[ \t]")
"""A first clause closing on a guillemet: two statements (the ``dev_statements27`` call,
"as Romance copy's labels have it"); after "..." or „...” the sets label one statement."""
_WHILE = re.compile(r",[ \t]+(?:while|whereas)[ \t]+(?![a-z]+ing\b)|;[ \t]")
_JOINED = re.compile(r",[ \t]+(?:but|while|whereas|and)[ \t]+")
_FRAMING = re.compile(
    r",?[ \t]+and[ \t]+(?:also[ \t]+)?(?:denounced|condemned|critici[sz]ed|deplored|hailed"
    r"|welcomed)[ \t]+[«“„\"]"
)
_SECOND = re.compile(
    r",?[ \t]+and[ \t]+(?:also[ \t]+)?(?P<v>announced|said|added|stated|specified|stressed"
    r"|declared|assured|indicated)[ \t]+that[ \t]+"
)
_GAZA = re.compile(r"[ \t](?:in|of)[ \t]+Gaza$")
_TITLES = (
    r"(?:(?:Undersecretary|Under-Secretary|Cardinal|General|Admiral|Rear[ \t]+Admiral"
    r"|Vice[ \t]+Admiral|Colonel|Dr\.?)[ \t]+)?"
)
_APPOSED = re.compile(
    r",[ \t]+" + _TITLES + r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),?[ \t]*$"
)


def revise(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """``statements`` with the that-clauses of one verb read whole."""
    overlaps = Overlaps(doc.sentences)
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if " that " not in text:
            continue
        m = _THAT.search(text)
        if m is None:
            continue
        clause = m.group("c")
        close = _CLOSE.search(clause)
        if close is not None and not any(c in clause[close.start() :] for c in _MARKS):
            clause = clause[: close.start()]
        if (other := _WHILE.search(clause)) is not None:
            clause = clause[: other.start()]
        if (framing := _FRAMING.search(clause)) is not None:
            clause = clause[: framing.start()]
        second = _SECOND.search(clause)
        if second is not None and " and that " not in clause:
            statements = _second(statements, sentence.start + m.start("c"), clause, second)
            clause = clause[: second.start()]
        if _THAT.search(clause) is not None:
            continue  # another verb of saying inside: not one clause
        lo = sentence.start + m.start("c")
        old = overlaps.of(statements, index)  # those overlapping the sentence, by bisect
        inside = [s for s in old if s.quote.strip(" ,.") in clause]
        read_whole = any(s.mode != "partial" and s.quote == clause for s in inside)
        if read_whole and _MARKED_AND.search(clause) is None:
            continue
        whole = [s for s in inside if s.mode != "partial"]
        partials = [s for s in inside if s.mode == "partial"]
        pieces = " and that " in clause and bool(inside)
        only_fragments = bool(partials) and not whole and _marked(clause)
        over = [
            s
            for s in old
            if s.mode != "partial" and s.quote.startswith(clause) and len(s.quote) > len(clause)
        ]
        unread = not inside and (
            _UNLISTED_RE.fullmatch(m.group("v")) is not None
            or _known_subject(speakers, text[: m.start("v")], sentence.start)
        )
        if not (pieces or only_fragments or over or unread):
            continue
        if pieces and any(s.quote.strip(" ,.") not in clause + '»”"' for s in whole):
            continue
        who = _speaker(doc, speakers, index, text[: m.start("v")], whole or partials, statements)
        if who is None:
            continue
        parts = _parts(clause)
        if len(parts) > 1 and all(any(s.quote == p for s in whole) for _, p in parts):
            continue  # already read as the dev_statements27 call splits it
        drop = set(map(id, inside + over))
        statements = [s for s in statements if id(s) not in drop]
        cue = m.group("v")
        for at, part in parts:
            evidence = Evidence(part, lo + at, lo + at + len(part))
            statements.append(Statement(evidence, 0.75, who, "indirect", part, cue))
    return statements


def _parts(clause: str) -> list[tuple[int, str]]:
    """The clause split after every first clause closing on a quote mark ("that « A » and
    that B": two statements, the ``dev_statements27`` call), with each part's offset."""
    out: list[tuple[int, str]] = []
    at = 0
    for m in _MARKED_AND.finditer(clause):
        out.append((at, clause[at : m.start() + 1]))
        at = m.end()
    out.append((at, clause[at:]))
    return out


def _second(
    statements: list[Statement], lo: int, clause: str, second: re.Match[str]
) -> list[Statement]:
    """ "declared that A and announced that B": B as its own statement (the verb's speaker
    is set by the caller's first clause, so B takes the speaker read for A or B)."""
    tail = clause[second.end() :]
    at = lo + second.end()
    read = [s for s in statements if s.quote.strip(" ,.") in clause and s.mode != "partial"]
    if not read or any(s.quote == tail for s in statements):
        return statements
    whole = [s for s in read if s.quote.endswith(tail) and len(s.quote) > len(tail)]
    out = [
        replace(s, quote=s.quote[: s.quote.find(tail)].rstrip()) if s in whole else s
        for s in statements
    ]
    out = [s for s in out if s.quote]
    cue = second.group("v")
    out.append(
        Statement(Evidence(tail, at, at + len(tail)), 0.7, read[0].speaker, "indirect", tail, cue)
    )
    return out


def _head(who: str) -> str:
    """The verb's subject without a wire dateline or the adjuncts after a comma."""
    dated = DATED.match(who)
    who = who[dated.end() if dated is not None else 0 :]
    who = _JOINED.split(who)[-1]
    head = who.split(",")[0].strip()
    return "T" + head[1:] if head.startswith("the ") else head


def _body(speakers: _Lookup, head: str, start: int) -> str | None:
    """The table's body for a subject such as "The Ministry of Health in Gaza"."""
    found = speakers.named(head, start)
    if found is not None and _GAZA.search(head) is not None and "ealth" in found:
        return "Gaza health ministry"
    return found


def _known_subject(speakers: _Lookup, who: str, start: int) -> bool:
    """Whether the verb's subject ("The Ministry of Defence from Moscow, on its side,") is a
    body the speaker table knows by that name."""
    head = _head(who)
    if not head.startswith("The ") or len(head.split()) < 3:
        return False
    found = _body(speakers, head, start)
    return found is not None and found != head[4:]


def _untitled(run: str) -> str:
    """A name run without the rank or honorific before it ("Cardinal NAME")."""
    m = re.match(_TITLES, run)
    rest = run[m.end() :] if m is not None else run
    return rest if len(rest.split()) >= 2 else run


def _marked(clause: str) -> bool:
    """Whether the clause holds quoted words and words outside them."""
    bare = re.sub(r"[«“„\"][^«»“”„\"]*[»”\"]", "", clause)
    return bare != clause and len(bare.split()) >= 2


def _speaker(
    doc: Document,
    speakers: _Lookup,
    index: int,
    who: str,
    read: list[Statement],
    statements: list[Statement],
) -> str | None:
    """The verb's subject: a person named in it, else the speaker read for the clause, else
    the sentence's subject or the person named before."""
    start = doc.sentences[index].start
    if read and read[0].mode != "partial":
        return read[0].speaker
    if read and (at := who.find(read[0].speaker)) >= 0 and (at == 0 or who[:at].endswith(", ")):
        return read[0].speaker  # "..., the President of the Commission, NAME, said that"
    if (tail := _APPOSED.search(who)) is not None:
        name = tail.group("n")
        return speakers.named(name, start + tail.start("n")) or name
    for m in _PERSON.finditer(who):
        run = _untitled(m.group(0))
        if read and read[0].speaker in who and who.find(read[0].speaker) <= m.start():
            break
        named = speakers.named(run, start + m.start())
        apposed = who[: m.start()].endswith(", ") and who[m.end() :].startswith(",")
        if (
            named is not None
            and named != run
            and " " in named
            and named not in (s.speaker for s in read)
        ):
            return named  # a table person ("Cardinal Pietro Parolin")
        if (
            apposed
            or who[: m.start()].strip() in ("", "Cardinal", "General")
            or not who[m.end() :].strip(" ,")
        ):
            return named or run  # an apposed name, or the subject the sentence opens with
    if read:
        return read[0].speaker
    head = _head(who)
    if head.startswith(("From ", "In ", "At ")):
        return None
    if head[:1].isupper() and (body := _body(speakers, head, start)) is not None:
        return body
    subject = speakers.subject(index)
    if subject is not None:
        return subject
    return speakers.person_before(index, start) or _previous(doc, statements, index)


def _previous(doc: Document, statements: list[Statement], index: int) -> str | None:
    """The speaker of the last statement before sentence ``index`` in its paragraph."""
    sentence = doc.sentences[index]
    first = sentence.start
    for k in range(index - 1, -1, -1):
        first = doc.sentences[k].start
        if doc.sentences[k].paragraph != sentence.paragraph:
            break
    spoke = [
        (s.evidence.start, s.speaker)
        for s in statements
        if first <= s.evidence.start < sentence.start
    ]
    return max(spoke)[1] if spoke else None

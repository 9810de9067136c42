"""Reported clauses of French and Italian translations (statement round 23).

The clause shapes of literal AFP / ANSA English that the sentence readers leave unread or
give to the wrong speaker (``dev_articles54``, ``dev_statements48``):

- "..., wrote the Ukrainian president, according to whom C" ("selon qui", "secondo cui"):
  C is an indirect statement of the person just named (the sentence's speaker);
- "..., added the head of diplomacy, who announced that C" / "met NAME, who assured him
  that C" / ", who called on X to «...» ...": C (or "X to ...") is that person's;
- ", while specifying that C", ", specifying however that C": the sentence's speaker's;
- "X let it be understood / known that C", "C, he let it be understood": X's (or the
  pronoun's antecedent's) indirect statement;
- "called on X to «...» ..." and "threatened to VERB «...» ...": the whole complement is
  the indirect statement, not the fragment alone;
- a fragment after a framing verb ("expressed his «deep concern»", "reaffirmed the «full
  solidarity»", ", while NAME denounced a «...»", "judging them «...»") is a partial of the
  clause's own subject, not of the sentence's first speaker;
- "...: according to a poll by X, C": C, not the words before the colon.

Each reader starts with a literal test of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s23roles
from pipeline.extract._bodylits import body_has
from pipeline.extract._s19italian import antecedent
from pipeline.extract._speakerlookup import SpeakerLookup
from pipeline.extract.model import Document, Evidence, Sentence, Statement

__all__ = ["revise"]

_WHOM = re.compile(r", according to whom,? (?P<c>[^;]{10,}?)\.?$")
_WHO = re.compile(
    r", who (?:also |then |personally )?(?P<v>announced|recalled|assured (?:him|her|them)|said"
    r"|added|explained|stressed|underlined|specified|affirmed|declared|warned|confirmed"
    r"|reaffirmed|reiterated|told (?:him|her|them)) that (?P<c>[^;]{10,}?)\.?$"
)
_WHO_CALLED = re.compile(r", who (?:also )?called on (?P<c>[^;,]{2,60}? to [«“\"][^;]{4,}?)\.?$")
_SPECIFYING = re.compile(
    r", (?:while |also |then )?(?:specifying|clarifying|indicating|underlining|adding)"
    r"(?: however| also| nevertheless)? that (?P<c>[^;]{10,}?)\.?$"
)
_LET = re.compile(
    r"^(?P<np>.{2,80}?),?(?: only| also| then| again| just| simply)? (?:has |had )?"
    r"let it be (?:understood|known) that "
    r"(?P<c>[^;]{10,}?)\.?$"
)
_LET_AFTER = re.compile(r"^(?P<c>.{10,}?), (?P<p>he|she|it|they) let it be (?:understood|known)\.$")
_COMPLEMENT = re.compile(
    r"\b(?:called on|urged|appealed to) (?P<c>(?!\w+ly\b)[^;,]{2,60}? to [«“\"][^;]{3,}?)\.?$"
    r"|\bthreatened (?P<t>to \w+ [«“\"][^;]{3,}?)\.?$"
)
_FRAMING = re.compile(
    r"\b(?:expressed|reaffirmed|reiterated|renewed|voiced|denounced|evoked|conveyed)"
    r" (?:on \w+ )?(?:his|her|its|their|the|a|an)? ?$"
)
_JUDGING = re.compile(r"\b(?:judging|deeming|considering) (?:it|them|him|her) $")
_WHILE = re.compile(r", (?:while|whereas) (?P<np>[^,]{3,80}?, )?(?P<name>[A-Z][^,]{2,60}?),? $")
_COLON_POLL = re.compile(
    r": according to (?:a |an )?(?:poll|survey|study) (?:by|of|from) (?P<who>[^,]{2,60}?)"
    r"(?: published [^,]{2,30})?, (?P<c>[^;]{10,}?)\.?$"
)
_FRAGMENT = re.compile(r"[«“] ?(?P<q>[^«»“”]{2,120}?) ?[»”]")


def revise(doc: Document, speakers: SpeakerLookup, statements: list[Statement]) -> None:
    """Read the round's clause shapes into ``statements`` (in place)."""
    body = doc.body  # each sentence is a slice of it: a literal it lacks, no sentence holds
    whom = body_has(body, "according to whom")
    who = body_has(body, ", who ")
    specifying = body_has(body, "ing") and body_has(body, " that ") and body_has(body, ", ")
    let = body_has(body, "let it be")
    complement = (
        body_has(body, "called on") or body_has(body, "threatened to") or body_has(body, "urged")
    )
    framed = body_has(body, "«") or body_has(body, "“")
    colon = body_has(body, ": according to ")
    if not (whom or who or specifying or let or complement or framed or colon):
        return
    specified: dict[str, re.Match[str] | None] = {}  # sparse copy repeats its sentences
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if whom and "according to whom" in text:
            _whom(doc, speakers, statements, index, sentence)
        if who and ", who " in text:
            _who(doc, speakers, statements, index, sentence)
        if specifying and "ing" in text and " that " in text and ", " in text:
            _specifying(speakers, statements, index, sentence, specified)
        if let and "let it be" in text:
            _let(doc, speakers, statements, index, sentence)
        if complement and ("called on" in text or "threatened to" in text or "urged" in text):
            _complement(speakers, statements, index, sentence)
        if framed and ("«" in text or "“" in text):
            _framed(doc, speakers, statements, index, sentence)
        if colon and ": according to " in text:
            _colon_poll(statements, sentence)


def _add(statements: list[Statement], who: str, lo: int, text: str, cue: str) -> None:
    """``text`` at ``lo`` as ``who``'s indirect statement, taking over what it covers."""
    text = text.rstrip(" ,")
    hi = lo + len(text)
    for i, s in enumerate(statements):
        if (
            s.evidence.start < hi
            and lo < s.evidence.end
            and (s.quote in text or (s.mode == "indirect" and text in s.quote))
        ):
            statements[i] = replace(
                s, speaker=who, mode="indirect", quote=text, evidence=Evidence(text, lo, hi)
            )
            for j in range(len(statements) - 1, i, -1):  # a second fragment of the clause
                t = statements[j]
                if t.mode != "indirect" and lo <= t.evidence.start and t.evidence.end <= hi:
                    del statements[j]
            return
    statements.append(Statement(Evidence(text, lo, hi), 0.7, who, "indirect", text, cue))


def _speaker_before(
    speakers: SpeakerLookup, statements: list[Statement], index: int, sentence: Sentence, at: int
) -> str | None:
    """The speaker of the sentence's last statement before ``at``, else the person named."""
    best = None
    for s in statements:
        if sentence.start <= s.evidence.start < at:
            best = s.speaker
    return best or speakers.person_before(index, at) or speakers.subject(index)


def _whom(
    doc: Document,
    speakers: SpeakerLookup,
    statements: list[Statement],
    index: int,
    sentence: Sentence,
) -> None:
    m = _WHOM.search(sentence.text)
    if m is None:
        return
    at = sentence.start + m.start()
    who = _speaker_before(speakers, statements, index, sentence, at)
    if who is not None:
        _add(statements, who, sentence.start + m.start("c"), m.group("c"), "according to")


def _who(
    doc: Document,
    speakers: SpeakerLookup,
    statements: list[Statement],
    index: int,
    sentence: Sentence,
) -> None:
    text = sentence.text
    m = _WHO.search(text) or _WHO_CALLED.search(text)
    if m is None:
        return
    at = sentence.start + m.start()
    before = text[: m.start()].rstrip()
    if before[-1:] in '»”"':
        return  # "... «C», who said ..." — the quote's owner is not the sentence's speaker
    named = re.search(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}$", before)
    who = None
    if named is not None:
        run = named.group(0)
        own = [s.speaker for s in statements if sentence.start <= s.evidence.start < at]
        who = next((o for o in reversed(own) if run.endswith(o.split()[-1])), None)
        who = who or speakers.named(run, sentence.start + named.start())
    who = who or _speaker_before(speakers, statements, index, sentence, at)
    if who is None:
        return
    _add(statements, who, sentence.start + m.start("c"), m.group("c"), "who")


def _specifying(
    speakers: SpeakerLookup,
    statements: list[Statement],
    index: int,
    sentence: Sentence,
    specified: dict[str, re.Match[str] | None],
) -> None:
    """ "..., specifying that C" (``specified``: :data:`_SPECIFYING` per sentence text)."""
    text = sentence.text
    if text in specified:
        m = specified[text]
    else:
        m = specified[text] = _SPECIFYING.search(text)
    if m is None:
        return
    at = sentence.start + m.start()
    if any(s.evidence.start <= at < s.evidence.end for s in statements if s.mode == "indirect"):
        return  # inside a clause already read
    own = [s for s in statements if sentence.start <= s.evidence.start < at]
    if not own:
        return
    _add(statements, own[-1].speaker, sentence.start + m.start("c"), m.group("c"), "specifying")


def _let(
    doc: Document,
    speakers: SpeakerLookup,
    statements: list[Statement],
    index: int,
    sentence: Sentence,
) -> None:
    text = sentence.text
    m = _LET.match(text)
    if m is not None:
        np = m.group("np")
        np = re.sub(r",? (?:for (?:his|her|its) part|on (?:his|her|its) side)$", "", np)
        at = sentence.start
        who = _s23roles.resolve(doc, speakers, np, at) or speakers.named(np, at)
        if who is None and np.startswith("The ") and len(np.split()) <= 4:
            who = np[4:]  # "The Rassemblement national"
        if who is not None:
            _add(statements, who, sentence.start + m.start("c"), m.group("c"), "let it be")
        return
    m = _LET_AFTER.match(text)
    if m is not None:
        who = antecedent(doc, speakers, statements, sentence.start)
        if who is not None:
            _add(statements, who, sentence.start, m.group("c"), "let it be")


def _complement(
    speakers: SpeakerLookup, statements: list[Statement], index: int, sentence: Sentence
) -> None:
    text = sentence.text
    m = _COMPLEMENT.search(text)
    if m is None:
        return
    group = "c" if m.group("c") is not None else "t"
    lo = sentence.start + m.start(group)
    clause = m.group(group)
    cut = re.search(r", (?:while|whereas|and the|but) ", clause)
    if cut is not None:
        clause = clause[: cut.start()]
    hi = lo + len(clause)
    inner = [s for s in statements if s.mode == "partial" and lo <= s.evidence.start < hi]
    if inner:  # where the readers took the fragment alone
        _add(statements, inner[0].speaker, lo, clause, "called on")
    elif not any(s.evidence.start < hi and lo < s.evidence.end for s in statements):
        who = speakers.subject(index)
        if who is not None:
            _add(statements, who, lo, clause, "called on")


def _framed(
    doc: Document,
    speakers: SpeakerLookup,
    statements: list[Statement],
    index: int,
    sentence: Sentence,
) -> None:
    """A fragment after a framing verb is its own clause subject's partial."""
    text = sentence.text
    for q in _FRAGMENT.finditer(text):
        frag = q.group("q")
        lead = text[: q.start()]
        own = [s for s in statements if sentence.start <= s.evidence.start < sentence.end]
        if any(s.mode == "indirect" and frag in s.quote for s in own):
            continue
        who = _framer(doc, speakers, index, sentence, lead)
        if who is None:
            continue
        for i, s in enumerate(statements):
            if s.mode != "indirect" and s.quote == frag and s in own:
                if s.speaker != who:
                    statements[i] = replace(s, speaker=who, mode="partial")
                break
        else:
            lo = sentence.start + q.start("q")
            statements.append(
                Statement(Evidence(frag, lo, lo + len(frag)), 0.7, who, "partial", frag, "framed")
            )


def _framer(
    doc: Document, speakers: SpeakerLookup, index: int, sentence: Sentence, lead: str
) -> str | None:
    """Who frames the fragment that ``lead`` (its sentence up to the mark) ends before."""
    frame = _FRAMING.search(lead)
    if frame is not None:
        head = lead[: frame.start()]
        w = _WHILE.search(head)
        if w is not None:
            at = sentence.start + w.start("name")
            name = w.group("name")
            return _s23roles.resolve(doc, speakers, name, at) or speakers.named(name, at)
        if head.endswith(", who "):
            return _s23roles.resolve(doc, speakers, "the minister", sentence.start + len(head))
        if index < len(doc.sentences) and head[:1].isupper() and "," not in head:
            return speakers.subject(index)
        return None
    if _JUDGING.search(lead) is not None:
        np = re.match(r"^(?:[A-Z][a-z]+ - )?(?P<np>[A-Z][\w'’ -]{2,60}?) [a-z]+ed\b", lead)
        if np is not None:
            at = sentence.start + np.start("np")
            phrase = np.group("np")
            return _s23roles.resolve(doc, speakers, phrase, at) or speakers.subject(index)
    return None


def _colon_poll(statements: list[Statement], sentence: Sentence) -> None:
    m = _COLON_POLL.search(sentence.text)
    if m is None:
        return
    who = re.sub(r"^the |(?: polling)? institute$", "", m.group("who"))
    lo = sentence.start + m.start("c")
    clause = m.group("c").rstrip(" ,")
    for i, s in enumerate(statements):
        if s.mode == "indirect" and sentence.start <= s.evidence.start < lo:
            statements[i] = replace(
                s, speaker=who, quote=clause, evidence=Evidence(clause, lo, lo + len(clause))
            )
            return
    statements.append(
        Statement(
            Evidence(clause, lo, lo + len(clause)), 0.7, who, "indirect", clause, "according to"
        )
    )

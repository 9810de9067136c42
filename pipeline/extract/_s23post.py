"""Last reading of finished statements for French and Italian translations (round 23).

Literal English of AFP, Le Monde, Le Figaro, RFI, ANSA, AGI or Corriere copy
(``dev_articles54``, ``dev_statements48``) puts the verb before its subject after a quote
and names speakers by office or palace. This pass corrects what the sentence readers leave:

- '«C», VERB [for his part] SPEAKER [on France Inter | , interviewed by X | , quoted by Y
  | in Vienna]': the phrase after the verb, cut before its place, outlet or adjunct, is the
  speaker of C (an appositive name wins: "the minister ..., Jean-Noël Barrot"); roles
  resolve through :mod:`pipeline.extract._s23roles` ("the head of the Elysée", "the head of
  Italian diplomacy", a bare "the minister" after a sentence naming one person);
- 'For the head of French diplomacy, «C».': C is that role's holder's;
- a speaker kept as written that is a role or a poll institute / channel ("Russian
  diplomacy", "Elabe institute", "Al-Masirah television channel"): its canonical form;
- the clause shapes of :mod:`pipeline.extract._s23clauses` ("according to whom C", ", who
  announced that C", "let it be understood that C", "called on X to «...»", framing
  partials).

Every check starts with a literal test of the body or sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _found, _s23clauses, _s23roles
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import sentences_with
from pipeline.extract._s19italian import name_of, quote_before
from pipeline.extract._speakerlookup import SpeakerLookup
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_NOT_SPEECH = frozenset(
    {"quoted", "cited", "interviewed", "questioned", "reported", "published", "broadcast"}
    | {"called", "named", "dubbed", "titled", "nicknamed", "labelled", "labeled", "used", "based"}
)
_TAIL = re.compile(
    r",? (?P<verb>(?:[a-z]+ed|said|wrote|cut short|summed up|let slip|went on)(?: up| short)?)"
    r"(?P<adv>(?: (?:for (?:his|her|its) part|on (?:his|her|its) side|in turn|then|also|again"
    r"|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in the (?:morning|evening|afternoon)))*)"
    r" (?P<who>(?:the |an? |[A-Z])[^.;:«»“”\"]{2,160})"
)
_CUT = re.compile(
    r",? (?:on|in|at|before|after|during|from|to|via|with|while|speaking|answering|before)"
    r" (?!the Elys|the Farnesina|the Kremlin|the Quirinale|Foreign Affairs|Europe and|Defence"
    r"|the (?:UN )?agency|the Republic|State\b|the Armed|the Interior|the Council)"
    r"|, (?:interviewed|quoted|questioned|cited|who|according|which|in|on|before|after|while|as)\b"
    r"|,(?! [A-Z])"
)
_TITLE_WORDS = frozenset(
    {"councillor", "minister", "president", "secretary", "spokesman", "spokeswoman", "chief"}
    | {"head", "director", "commander", "governor", "mayor", "premier", "chancellor", "envoy"}
)
_APPOSED = re.compile(r"^(?P<role>[^,]{3,90}), (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})$")
_FOR_ROLE = re.compile(r"(?:^|[.;] )For (?P<who>the (?:head|tenant) of [^,;«»“”\"]{3,60}), ?[«“\"]")
_INSTITUTE = re.compile(r"^(?:the )?(?P<n>[A-Z][\w-]+) (?:institute|polling institute)$")
_CHANNEL = re.compile(r"^(?:the )?(?P<n>Al-[A-Z]\w+) (?:television |TV |satellite )?channel$")


def revise(doc: Document, speakers: SpeakerLookup, found: list[Finding]) -> list[Finding]:
    """``found`` with the round's French and Italian shapes read."""
    body = doc.body
    statements, others = _found.split(found)
    if body_has(body, "», ") or body_has(body, '", ') or body_has(body, "”, "):
        _tails(doc, speakers, statements)
    if body_has(body, "For the "):
        _for_role(doc, speakers, statements)
    if statements and any(
        body_has(body, w) for w in ("diplomacy", "nstitute", "channel", "ource", "lys")
    ):
        statements[:] = [_renamed(doc, speakers, s) for s in statements]
    _s23clauses.revise(doc, speakers, statements)
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *statements]


def speaker_of(doc: Document, speakers: SpeakerLookup, phrase: str, at: int) -> str | None:
    """The canonical speaker a verb-first phrase names, cut before its adjuncts."""
    found = _speaker_of(doc, speakers, phrase, at)
    return found[0] if found is not None else None


def _speaker_of(
    doc: Document, speakers: SpeakerLookup, phrase: str, at: int
) -> tuple[str, bool] | None:
    """(speaker, strong): strong when a name or a known role gives it, not a bare noun."""
    cut = _CUT.search(phrase)
    if cut is not None:
        phrase = phrase[: cut.start()]
    phrase = phrase.strip().rstrip(".")
    if not phrase:
        return None
    apposed = _APPOSED.match(phrase)
    if apposed is not None:
        name = apposed.group("name")
        return speakers.named(name, at) or name, True
    role = _s23roles.resolve(doc, speakers, phrase, at)
    if role is not None:
        return role, True
    who = speakers.named(phrase, at) or name_of(phrase, speakers, at)
    if who is None:
        return None
    words = who.split()
    strong = len(words) >= 2 and who in phrase and words[-1].lower() not in _TITLE_WORDS
    return who, strong


def _tails(doc: Document, speakers: SpeakerLookup, statements: list[Statement]) -> None:
    """ "«C», VERB [for his part] SPEAKER [adjunct]": C is SPEAKER's."""
    body = doc.body
    for sentence in doc.sentences:
        text = sentence.text
        for close in re.finditer(r"[»”\"](?=,? [a-z])", text):
            m = _TAIL.match(text, close.end())
            if m is None or m.group("verb").split()[0] in _NOT_SPEECH:
                continue
            if m.group("who").startswith("by "):
                continue  # "«C», quoted by the agency X": where it was reported
            at = sentence.start + m.start("who")
            found = _speaker_of(doc, speakers, m.group("who"), at)
            if found is None or not found[1]:
                continue
            who = found[0]
            span = quote_before(body, sentence.start + close.end())
            if span is None:
                continue
            lo, hi = span
            _give(statements, who, lo, body[lo:hi], m.group("verb"))


def _give(statements: list[Statement], who: str, lo: int, text: str, cue: str) -> None:
    hi = lo + len(text)
    if any(s.mode == "indirect" and s.evidence.start <= lo < s.evidence.end for s in statements):
        return  # a fragment of a reported clause keeps the clause's speaker
    for i, s in enumerate(statements):
        if s.mode != "indirect" and s.evidence.start < hi and lo < s.evidence.end:
            if s.speaker != who:
                statements[i] = replace(s, speaker=who)
            return
    statements.append(Statement(Evidence(text, lo, hi), 0.7, who, "direct", text, cue))


def _for_role(doc: Document, speakers: SpeakerLookup, statements: list[Statement]) -> None:
    """ "For the head of French diplomacy, «C»." -> that minister's C."""
    body = doc.body
    for sentence in sentences_with(doc, "For the "):
        m = _FOR_ROLE.search(sentence.text)
        if m is None:
            continue
        at = sentence.start + m.start("who")
        who = _s23roles.resolve(doc, speakers, m.group("who"), at)
        if who is None:
            continue
        end = sentence.end
        while end > sentence.start and body[end - 1] in " .\n":
            end -= 1
        span = quote_before(body, end)
        if span is None or span[0] - 1 != sentence.start + m.end() - 1:
            continue
        _give(statements, who, span[0], body[span[0] : span[1]], "for")


def _renamed(doc: Document, speakers: SpeakerLookup, s: Statement) -> Statement:
    name = s.speaker
    if name[:1].islower() or " " not in name:
        return s
    m = _INSTITUTE.match(name) or _CHANNEL.match(name)
    if m is not None:
        return replace(s, speaker=m.group("n"))
    who = _s23roles.resolve(doc, speakers, name, s.evidence.start)
    return replace(s, speaker=who) if who is not None and who != name else s

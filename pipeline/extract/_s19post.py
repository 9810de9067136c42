"""Last reading of finished statements for translated non-German copy (statement round 19).

Round 19 read literal translations of Italian, French, Spanish, Polish, Romanian and
Ukrainian wire copy (``dev_statements44``). The quote-side shapes ("So said X", "Thus X",
"- he said -", ", closed X", ", he judged") live in :mod:`pipeline.extract._s19italian`;
this module wires them in and reads the clause-side ones:

- "For X, "C"." (French "Pour l'Élysée, « ... »"): C is X's view, X's direct statement;
- "..., estimated the Spanish prime minister NAME, who indicated that C": a relative clause
  on a titled speaker of the sentence is that speaker's statement too;
- "NAME conveyed / passed on / transmitted (to X) that C" (PAP, Anadolu): indirect;
- "C: this was made known (on Telegram) by X", "C, as was made known by X": X's indirect C;
- a Kremlin stand-in ("the head / master of the Kremlin") is the Russian president;
- bare "the air defence said" in Ukrainian copy is Ukrainian air defence, and an "it
  said/added" after it is the same body's, never the previous sentence's subject.

Pure functions behind literal tests; kept apart because :mod:`pipeline.extract.statements`
and :mod:`pipeline.extract.speakers` are at their size limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _found, _s19italian
from pipeline.extract._bodylits import body_has
from pipeline.extract._s17gender import gender_of
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Statement, StatementMode

__all__ = ["revise"]

_KREMLIN = re.compile(
    r"(?:the )?(?:(?:head|master|chief|boss|tenant|leader) of the Kremlin|Kremlin (?:head|chief|"
    r"master|boss|leader))",
    re.IGNORECASE,
)
_PUTIN = "Vladimir Putin"
_AIR_DEFENCE = frozenset({"air defence", "air defense", "the air defence", "the air defense"})

_FOR = re.compile(r"(?:^|[.;] )For (?P<who>[^,;\"“”«»]{2,80}), ?[\"“«„] ?")

_WHO = re.compile(
    r", who (?:also )?(?P<v>indicated|specified|assured|stressed|added|recalled|explained|"
    r"underlined|noted|said|emphasi[sz]ed|pointed out|clarified|announced|warned|insisted) "
    r"that (?P<c>[^;]+?)\.?$"
)
_MAX_GAP = 30
"""Characters allowed between the speaker's surname and ", who" (" to Lusa", ", quoted by X")."""

_CONVEYED = re.compile(
    r"(?P<np>[^,;:]{3,90}?) (?P<v>conveyed|passed on|transmitted|relayed|communicated)"
    r"(?P<mid>(?: [^,;:.\"“”]{1,80}?)?) that (?P<c>[^;]+?)\.?$"
)

_MADE_KNOWN = re.compile(
    r"(?P<c>.{12,}?)(?::|,) (?:this|which|as|it) (?:was|has been) (?:made known|made public|"
    r"announced|reported|communicated)(?: [^,]{0,30}?)? by (?P<who>.+?)\.?$"
)

_IT = re.compile(r", it (?:said|added|reported|stated|noted|specified|wrote)\b")


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's translated shapes read and added."""
    body = doc.body
    statements, others = _found.split(found)
    statements = _s19italian.revise(doc, speakers, statements)
    if body_has(body, "Kremlin"):
        statements = [
            replace(s, speaker=_PUTIN) if _KREMLIN.fullmatch(s.speaker) else s for s in statements
        ]
    if body_has(body, "For "):
        _for(doc, speakers, statements)
    if body_has(body, ", who "):
        _who(doc, speakers, statements)
    if body_has(body, " that ") and (
        body_has(body, "conveyed") or body_has(body, "passed on") or body_has(body, "transmitted")
    ):
        _conveyed(doc, speakers, statements)
    if body_has(body, " by ") and (
        body_has(body, "made known") or body_has(body, "made public") or body_has(body, "s was ")
    ):
        _made_known(doc, speakers, statements)
    if body_has(body, "air defen"):
        _air_defence(doc, statements)
    if body_has(body, ", it "):
        _it(doc, speakers, statements)
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *statements]


def _in_sentence(statements: list[Statement], lo: int, hi: int) -> list[Statement]:
    return [s for s in statements if lo <= s.evidence.start < hi]


def _add(
    statements: list[Statement], who: str, lo: int, clause: str, mode: StatementMode, cue: str
) -> None:
    """Add ``clause`` as ``who``'s statement, taking over one the readers gave a part of it."""
    hi = lo + len(clause)
    for i, s in enumerate(statements):
        overlaps = s.evidence.start < hi and lo < s.evidence.end
        if overlaps and s.quote.strip() in clause and s.mode in (mode, "partial"):
            statements[i] = replace(
                s, speaker=who, mode=mode, quote=clause, evidence=Evidence(clause, lo, hi)
            )
            return
    statements.append(Statement(Evidence(clause, lo, hi), 0.7, who, mode, clause, cue))


def _for(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "For the Elysée, "C"." -> the Elysée's C."""
    body = doc.body
    for sentence, m in _found.matching(doc.sentences, "For ", _FOR.search):
        phrase = m.group("who").strip()
        bare = phrase[4:] if phrase.startswith("the ") else phrase
        if not bare[:1].isupper():
            continue
        who = speakers.named(phrase, sentence.start + m.start("who"))
        if who is None:
            who = _s19italian.name_of(phrase, speakers, sentence.start + m.start("who")) or bare
        span = _s19italian.quote_before(
            body, _closing(body, sentence.start + m.end(), sentence.end)
        )
        if span is None or span[0] != sentence.start + m.end():
            continue
        lo, hi = span
        rest = body[hi : sentence.end].strip(' \t"”»“.')
        if rest:
            continue  # the quote does not close the sentence: a label, not the view
        _add(statements, who, lo, body[lo:hi], "direct", "for")


def _closing(body: str, lo: int, hi: int) -> int:
    """Offset just after the last closing mark in ``body[lo:hi]`` (``hi`` if none)."""
    best = -1
    for c in '"”»“':
        best = max(best, body.rfind(c, lo, hi))
    return best + 1 if best >= lo else hi


def _who(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "..., estimated the Spanish prime minister NAME, who indicated that C"."""
    for sentence, m in _found.matching(doc.sentences, ", who ", _WHO.search):
        text = sentence.text
        own = _in_sentence(statements, sentence.start, sentence.end)
        clause = m.group("c").rstrip(" ,")
        if not own or any(clause in s.quote for s in own):
            continue
        prefix = text[: m.start()]
        best, who = -1, None
        for s in own:  # NAME must speak in this sentence already, just before ", who"
            at = prefix.rfind(s.speaker.split()[-1])
            if at > best and len(prefix) - at - len(s.speaker.split()[-1]) <= _MAX_GAP:
                best, who = at, s.speaker
        if who is not None:
            lo = sentence.start + m.start("c")
            _add(statements, who, lo, clause, "indirect", m.group("v"))


def _conveyed(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "NAME conveyed in an interview with PAP that C"."""
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if " that " not in text or not any(
            v in text for v in ("conveyed", "passed on", "transmitted", "relayed", "communicated")
        ):
            continue
        m = _CONVEYED.match(text)
        if m is None:
            continue
        lo = sentence.start + m.start("c")
        if any(s.evidence.start <= lo < s.evidence.end for s in statements):
            continue
        np = m.group("np")
        who = speakers.named(np, sentence.start) or speakers.subject(index)
        if who is None and np.startswith("The ") and len(np.split()) <= 5:
            who = np[4:]
        if who is None:
            continue
        _add(statements, who, lo, m.group("c").rstrip(" ,"), "indirect", m.group("v"))


def _made_known(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "C: this was made known on Telegram by X" / "C, as was made known by X"."""
    for sentence, m in _found.matching(doc.sentences, " by ", _MADE_KNOWN.match):
        phrase = m.group("who")
        at = sentence.start + m.start("who")
        head, sep, name = phrase.rpartition(", ")
        who = None
        if sep and name[:1].isupper():  # "the spokesman of the Navy, NAME"
            who = _s19italian.name_of(name, speakers, at + len(head) + 2)
        who = who or _s19italian.name_of(phrase, speakers, at)
        if who is None:
            stop = re.search(r" (?:on|in|via) ", phrase)
            who = speakers.named(phrase[: stop.start()] if stop else phrase, at)
        if who is None:
            continue
        lo = sentence.start + m.start("c")
        clause = m.group("c").rstrip(" ,")
        own = [s for s in _in_sentence(statements, sentence.start, sentence.end)]
        if any(not clause.startswith(s.quote[:20]) for s in own):
            continue  # a report nested in C ("X said C2: this was made known by Y") stands
        for s in own:
            statements.remove(s)  # "... by the Polish Operational Command in a post": re-read
        _add(statements, who, lo, clause, "indirect", "made known")


_BARE_AD = re.compile(r"(?P<c>.{12,}?), the air defen[cs]e (?:said|reported|added|wrote|stated)\b")


def _air_defence(doc: Document, statements: list[Statement]) -> None:
    """ "C, the air defence said": Ukrainian air defence (in Ukrainian copy)."""
    if body_has(doc.body, "Russian air defen"):
        return
    who = "Ukrainian air defence"
    for i, s in enumerate(statements):
        if s.speaker in _AIR_DEFENCE:
            statements[i] = replace(s, speaker=who)
    for sentence, m in _found.matching(doc.sentences, ", the air defen", _BARE_AD.match):
        lo = sentence.start
        if any(s.evidence.start <= lo < s.evidence.end for s in statements):
            continue
        _add(statements, who, lo, m.group("c"), "indirect", "said")


def _it(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "C2, it said." after a body's statement in the sentence before: that body's."""
    for index, sentence in enumerate(doc.sentences[1:], start=1):
        text = sentence.text
        if ", it " not in text:
            continue
        m = _IT.search(text)
        if m is None or text[m.end() :].strip(" .") not in ("", "on Telegram"):
            continue
        prev = doc.sentences[index - 1]
        before = _in_sentence(statements, prev.start, prev.end)
        if not before or before[-1].mode != "indirect":
            continue
        who = before[-1].speaker
        if gender_of(who) is not None or speakers.subject(index) is not None:
            continue  # "it" is no person, and a sentence with its own subject has its body
        clause = text[: m.start()]
        own = _in_sentence(statements, sentence.start, sentence.end)
        if own:
            s = own[0]
            if s.speaker != who and s.speaker in before[-1].quote:
                statements[statements.index(s)] = replace(s, speaker=who)
            continue
        _add(statements, who, sentence.start, clause, "indirect", m.group(0)[5:])

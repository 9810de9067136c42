"""Translated Romance and Slavic wire copy: attributions after or around the quote (round 19).

Literal translations of Italian (ANSA, AGI), French (AFP, Le Monde), Spanish (EFE, Europa
Press), Polish (PAP) and Ukrainian (Ukrinform) copy keep the source language's attribution
shapes, which the English sentence readers do not know:

- a quote-only sentence, then a tail naming who said it: '"C." So said NAME on ...' ("Lo ha
  detto"), '"C." Thus NAME on social media' ("Così"), '"C." This is what was stated by NAME'
  ("È quanto ha dichiarato"), '"C." It was said by NAME', '"C." He said so to reporters';
- the cue set between dashes inside one quote: '"C1 - he said on arrival - C2."' and
  '"C1 - underlined NAME - C2"' (one direct statement, the whole quote);
- quote-closing cues of those languages: '"C," closed NAME' ("ha chiuso"), '"C," he
  judged' / 'estimated NAME' ("a-t-il jugé / estimé"), with the participle after it ("...,
  estimating that C2": C2 is that speaker's indirect statement too).

A quote a tail or cue attributes is given to that speaker: added when no statement holds
it, re-assigned when the sentence readers took a place or programme ("on France Inter") for
the speaker. Every check is behind a literal test of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._s22verbs import SO_VERBS
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Statement

__all__ = ["antecedent", "name_of", "revise"]

_PAIRS = {"”": "“", "»": "«", '"': '"', "«": "»", "“": "„"}
_CLOSERS = '"”»«“'

_TAIL = re.compile(
    r"(?:So|Thus)[ \t]+(?:said|declared|stated|wrote|spoke|" + SO_VERBS + r")[ \t]+(?P<a>.+)"
    r"|Thus[ \t]+(?P<b>(?:the[ \t]+)?(?:[a-z]+[ \t]+){0,6}?[A-Z].*)"
    r"|(?:This|That|It)[ \t]+is[ \t]+what[ \t]+(?:was|has[ \t]+been)[ \t]+"
    r"(?:stated|said|declared|affirmed|underlined|stressed|explained|written|reiterated)"
    r"[ \t]+by[ \t]+(?P<c>.+)"
    r"|(?:It|This)[ \t]+was[ \t]+(?:said|stated|declared|affirmed|reiterated)[ \t]+by"
    r"[ \t]+(?P<d>.+)"
    r"|(?P<pron>He|She)[ \t]+(?:said|declared|stated|wrote)[ \t]+so\b.*"
)
"""A tail sentence after a quote-only sentence; the named speaker in groups a-d."""

_STOP = re.compile(
    r",|;|:|\.$|[ \t]\(|[ \t](?:on|in|at|during|to|after|before|while|when|speaking|commenting|"
    r"receiving|renewing|replying|responding|with|from|for|upon|via|as|who|and[ \t]+added)[ \t]"
)
_APPOSED_NAME = re.compile(
    r"the[ \t][^,]{2,100}?,[ \t]+(?P<n>(?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]+)"
    r"(?=[ \t]*(?:,|\.?$))"
)
_TITLE_NAME = re.compile(r"(?:[A-Z][\w'’.-]+[ \t]+){0,3}[A-Z][\w'’-]+$")

_DASHED = re.compile(
    r"[ \t][-–—][ \t]+(?:(?P<pron>he|she)[ \t]+[a-z]+[^-–—]{0,40}?|"
    r"(?:said|added|explained|underlined|stressed|declared|continued|observed|noted|"
    r"emphasi[sz]ed|specified|insisted|concluded|closed|warned|assured|recalled|remarked)"
    r"[ \t]+(?P<who>[^-–—]{3,80}?)|(?P<named>(?:[A-Z][\w'’-]+[ \t]+){0,3}[A-Z][\w'’-]+)[ \t]+"
    r"(?:said|added|explained|underlined|stressed|declared|continued|observed|noted|insisted|"
    r"emphasi[sz]ed|specified|concluded|warned|assured|recalled|remarked)(?:[ \t][^-–—]{0,40})?)"
    r"[ \t]+[-–—][ \t]"
)
"""A cue set between dashes inside one quote: " - he said on arrival - "."""

_CLOSING_CUES = "closed|judged|estimated|considered|reckoned|opined|assessed|concluded"
_PRONOUN_CUES = _CLOSING_CUES + "|said|added|continued|stressed|explained|noted|insisted"
_AFTER = re.compile(
    r"[ \t]*[,]?[ \t]*(?:(?P<pron>he|she)[ \t]+(?:" + _PRONOUN_CUES + r")\b"
    r"|(?:" + _CLOSING_CUES + r")[ \t]+(?P<who>[^,;.]{3,90}))"
)
_LITERALS = (
    " closed",
    " judged",
    " estimated",
    " considered",
    " reckoned",
    " opined",
    " he ",
    " she ",
)
_LITERAL_RUN = re.compile(r" (?:closed|judged|estimated|considered|reckoned|opined|s?he(?= ))")
"""The ``_LITERALS`` in one pass (a match is the literal without its closing space)."""
_CLOSER = re.compile(r"[\"”»«“]")
_PARTICIPLE = re.compile(
    r",[ \t]+(?:estimating|judging|considering|stressing|adding|noting|recalling)[ \t]+that"
    r"[ \t]+(?P<c>[^;]+?)[ \t]*\.?$"
)


def name_of(phrase: str, speakers: _Lookup, at: int) -> str | None:
    """The canonical speaker a tail's noun phrase names ("the EU High Representative Kaja
    Kallas on her arrival" -> "Kaja Kallas"), or None when it names nobody."""
    apposed = _APPOSED_NAME.match(phrase)  # "the secretary general of NATO, Mark Rutte, in X"
    if apposed is not None and (named := speakers.named(apposed.group("n"), at)) is not None:
        return named
    m = _STOP.search(phrase)
    phrase = phrase[: m.start()] if m is not None else phrase
    phrase = phrase.strip().rstrip(".")
    if not phrase or not any(c.isupper() for c in phrase):
        return None
    found = speakers.named(phrase, at)
    if found is not None:
        return found
    tail = _TITLE_NAME.search(phrase)
    if tail is None:
        return None
    words = tail.group(0).split()
    if len(words) < 2 and phrase.lower().startswith("the "):
        return None  # "the Ukrainian president" alone: no name
    return speakers.named(tail.group(0), at) or tail.group(0)


def antecedent(doc: Document, speakers: _Lookup, done: list[Statement], offset: int) -> str | None:
    """Who "he"/"she" at ``offset`` points back to: the last speaker of the three sentences
    before, else the last person they name, else the subject they open with."""
    index = speakers.sentence_at(offset)
    for s in reversed(done):
        if s.evidence.end <= offset and speakers.sentence_at(s.evidence.start) >= index - 3:
            return s.speaker
    person = speakers.person_before(index, offset)
    if person is not None:
        return person
    for i in range(index - 1, max(-1, index - 4), -1):
        found = speakers.subject(i) or speakers.person_before(i, doc.sentences[i].end)
        if found is not None:
            return found
    return None


def quote_before(body: str, pos: int) -> tuple[int, int] | None:
    """The span inside the quotation marks that end just before ``pos`` (spaces skipped)."""
    end = pos
    while end > 0 and body[end - 1] in " \t\n":
        end -= 1
    if end > 1 and body[end - 1] == "." and body[end - 2] in "»”":
        end -= 1  # «C». So said X: the French full stop after the closing mark
    if end == 0 or body[end - 1] not in _CLOSERS:
        return None
    close = body[end - 1]
    opener = _PAIRS.get(close, close)
    start = body.rfind(opener, max(0, end - 1200), end - 1)
    if close == "”" and start == -1:
        start = body.rfind('"', max(0, end - 1200), end - 1)
    if start == -1 or "\n\n" in body[start:end]:
        return None
    lo, hi = start + 1, end - 1
    while lo < hi and body[lo] == " ":
        lo += 1
    while hi > lo and body[hi - 1] == " ":
        hi -= 1
    return (lo, hi) if hi - lo > 8 else None


def _covering(done: list[Statement], lo: int, hi: int) -> int:
    for i, s in enumerate(done):
        if s.mode != "indirect" and s.evidence.start < hi and lo < s.evidence.end:
            return i
    return -1


def _put(
    done: list[Statement], body: str, lo: int, hi: int, who: str, cue: str, weak: bool = False
) -> None:
    """Give the quote ``body[lo:hi]`` to ``who``: re-assign the statement holding it, or add.

    A ``weak`` reading (a pronoun's antecedent) only adds: the sentence readers resolve
    pronouns with more care (gender, the speaker before), so theirs stands."""
    i = _covering(done, lo, hi)
    if i >= 0:
        if done[i].speaker != who and not weak:
            done[i] = replace(done[i], speaker=who)
        return
    text = body[lo:hi]
    done.append(Statement(Evidence(text, lo, hi), 0.7, who, "direct", text, cue))


def revise(doc: Document, speakers: _Lookup, done: list[Statement]) -> list[Statement]:
    """``done`` (statements only, in text order) with this round's shapes read."""
    body = doc.body  # a sentence is a body slice: what the body lacks, no sentence holds
    quoted = _CLOSER.search(body) is not None  # else no sentence passes the test below
    present = set(_LITERAL_RUN.findall(body)) if quoted else set()  # all literals, one scan
    literals = tuple(cue for cue in _LITERALS if cue.rstrip() in present)
    dashed = body_has(body, " - ") or body_has(body, " – ") or body_has(body, " — ")
    for sentence in doc.sentences:
        text = sentence.text
        first = text[:1]
        read = False  # sorting an untouched (already sorted) list changes nothing: skip it
        if first in "STHITsh" and (
            text.startswith(("So ", "Thus ", "This is what", "That is what", "It is what"))
            or text.startswith(("It was ", "This was ", "He said so", "She said so"))
        ):
            _tail(doc, speakers, done, sentence.start, text)
            read = True
        if dashed and (" - " in text or " – " in text or " — " in text):
            _dashed(doc, speakers, done, sentence.start, text)
            read = True
        if literals and any(cue in text for cue in literals) and _CLOSER.search(text) is not None:
            _after(doc, speakers, done, sentence.start, text)
            read = True
        if read:
            done.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return done


def _tail(doc: Document, speakers: _Lookup, done: list[Statement], start: int, text: str) -> None:
    m = _TAIL.fullmatch(text.rstrip())
    if m is None:
        return
    span = quote_before(doc.body, start)
    if span is None:
        return
    if m.group("pron"):
        who = antecedent(doc, speakers, done, span[0])
    else:
        group = next(g for g in ("a", "b", "c", "d") if m.group(g) is not None)
        who = name_of(m.group(group), speakers, start + m.start(group))
    if who is not None:
        _put(done, doc.body, span[0], span[1], who, "said")


def _dashed(doc: Document, speakers: _Lookup, done: list[Statement], start: int, text: str) -> None:
    body = doc.body
    for m in _DASHED.finditer(text):
        at = start + m.start()
        lo = max(body.rfind(c, 0, at) for c in '"“«„')
        if lo == -1 or speakers.sentence_at(lo) < speakers.sentence_at(at) - 1:
            continue
        hi_candidates = [i for i in (body.find(c, at) for c in '"”»“') if i != -1]
        if not hi_candidates:
            continue
        hi = min(hi_candidates)
        if any(c in body[lo + 1 : at] for c in '"”»'):
            continue  # the dash stands outside the quote
        weak = False
        if m.group("pron"):
            who = antecedent(doc, speakers, done, lo)
            weak = True
        elif m.group("named"):
            who = name_of(m.group("named"), speakers, start + m.start("named"))
        else:
            who = name_of(m.group("who"), speakers, start + m.start("who"))
        if who is not None:
            _put(done, body, lo + 1, hi, who, "said", weak)


def _after(doc: Document, speakers: _Lookup, done: list[Statement], start: int, text: str) -> None:
    body = doc.body
    for mark in _CLOSER.finditer(text):
        i = mark.start()
        m = _AFTER.match(text, i + 1)
        if m is None or (i + 1 < len(text) and text[i + 1] not in ", \t"):
            continue
        span = quote_before(body, start + i + 1)
        if span is None or body[start : span[0]].strip(' \t"“«„') or span[0] <= start:
            continue  # the quote must open the sentence: '"C," he judged'
        weak = False
        if m.group("pron"):
            who = antecedent(doc, speakers, done, span[0])
            weak = True
        else:
            who = name_of(m.group("who"), speakers, start + m.start("who"))
        if who is None:
            continue
        _put(done, body, span[0], span[1], who, "said", weak)
        p = _PARTICIPLE.search(text, m.end())
        if p is not None:
            lo = start + p.start("c")
            clause = p.group("c")
            hi = lo + len(clause)
            if any(s.mode == "indirect" and (s.quote in clause or clause in s.quote) for s in done):
                return
            done[:] = [s for s in done if not (s.mode == "partial" and s.quote in clause)]
            done.append(Statement(Evidence(clause, lo, hi), 0.7, who, "indirect", clause, "said"))
        return

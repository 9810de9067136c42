"""Speech verbs read only right after a closing quote (statement round 22).

Literal English translations of French and Italian copy (AFP French, Le Monde, RFI, ANSA,
AGI, Adnkronos; ``dev_statements47``) close a quote with whatever verb the source used:
"«C», hammered the French head of state" (a martelé), "“C,” lambasted Meloni" (ha tuonato),
"«C», deplored / regretted / rejoiced / quipped / confided ...", "«C», limited himself to
saying the diplomat" (s'est borné à dire), "«C», he let slip". Most of these words are no
verbs of saying anywhere else ("hammered the positions", "welcomed the delegation",
"pressed the button", "slipped away"), so they are never put in the main cue scan: a hit
here needs a closing mark right before the verb ("», VERB", "," VERB") or before a short
subject ("», he VERB", "," the Ukrainian president VERB"). The cue parser then reads
each hit like any other verb (inverted or subject first).

Pure functions; the body is scanned only at its closing marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract import _invpp
from pipeline.extract._bodylits import body_has
from pipeline.extract._clauses import trim
from pipeline.extract._cuetype import Cue
from pipeline.extract._cuewords import CUE_WORDS, trie, words

__all__ = ["FRAMING", "LITERAL", "SO_VERBS", "VERBS", "cue", "hits", "unread_cue"]

FRAMING = frozenset({"judged", "regretted", "deplored", "lamented"})
"""Cue words (in the main scan for "X judged that C") that frame a quoted label after an
object ("judged the plan « clearly insufficient »"): a partial, never an utterance."""

LITERAL = " "
"""The cue scan's gate for this reader; :func:`hits` tests the closing marks itself."""

_SINGLE = words(
    """hammered lambasted castigated fustigated regretted welcomed deplored pleaded slipped
    quipped protested wondered exclaimed confided rejoiced thundered admonished ironised
    ironized glossed pressed relaunched attacked nuanced tempered dropped signalled signaled
    observed lamented scolded chided sighed reassured judged hailed railed joked teased
    mocked summarised summarized boasted objected interjected fumed snapped blasted slammed
    growled whispered murmured shouted cried stormed ventured smiled laughed rebuked
    reproached condemned saluted recognised recognized considered deemed swore guaranteed
    qualified corrected persisted confessed justified implored begged questioned rebutted
    analysed analyzed exulted enthused applauded worried alerted relativised relativized
    minimised minimized downplayed proclaimed assumed sneered scoffed grieved fulminated
    stigmatised stigmatized launched raged insinuated mused reflected pondered observed
    maintained declaimed thanked congratulated celebrated greeted lashed harangued ruled
    decreed"""
)
_PHRASES = frozenset(
    {
        "let slip",
        "lets slip",
        "summed up",
        "sums up",
        "hit back",
        "shot back",
        "fired back",
        "cut short",
        "cut in",
        "lashed out",
        "made it known",
        "let it be understood",
        "limited himself to saying",
        "limited herself to saying",
        "limited itself to saying",
        "limited themselves to saying",
        "contented himself with saying",
        "contented herself with saying",
        "merely said",
    }
)
VERBS: frozenset[str] = (_SINGLE | _PHRASES) - CUE_WORDS
"""Verbs that attribute a quote only when they follow its closing mark (main scan excluded)."""

SO_VERBS = trie(
    VERBS
    | words(
        """added stressed underlined explained affirmed commented concluded reiterated warned
        insisted remarked emphasised emphasized assured replied retorted denounced"""
    )
)
"""Verbs of the Italian tail sentence "So VERB NAME." after a quote-only sentence ("Così ha
tuonato X"), read by :mod:`pipeline.extract._s19italian`."""

_CLOSERS = ("»", "”", '"')
_MARKS = '»”"“«'
"""Marks right before " launched ": :func:`~pipeline.extract._cuewords.launched_hits`' own."""
_SUBJECT = (
    r"(?:he|she|they|it|we|I"
    r"|(?:the[ \t]+)?(?:[\w'’.-]+[ \t]+){0,5}?[\w'’.-]+)"  # "the Ukrainian president"
)
_AFTER = re.compile(
    r"(?:,[ \t]*|[ \t]*,?[ \t]*)"  # "», VERB", "," VERB"
    rf"(?:(?P<subject>{_SUBJECT})[ \t]+)?"
    rf"(?P<verb>{trie(VERBS)})(?![\w’'-])"
)
_STOP_WORDS = frozenset(
    {"and", "but", "or", "that", "which", "who", "while", "as", "when", "if", "because"}
)
"""Words that show a clause rather than a subject between the mark and the verb."""


def hits(body: str) -> list[tuple[int, str]]:
    """(offset, verb) of every listed verb right after a closing mark or a short subject."""
    if not any(body_has(body, mark) for mark in _CLOSERS):
        return []
    found: list[tuple[int, str]] = []
    for mark in _CLOSERS:
        pos = body.find(mark)
        while pos >= 0:
            hit = _after_mark(body, pos, mark)
            if hit is not None and not (hit[1] == "launched" and body[hit[0] - 2] in _MARKS):
                found.append(hit)
            pos = body.find(mark, pos + 1)
    found.sort()
    return found


def _after_mark(body: str, pos: int, mark: str) -> tuple[int, str] | None:
    """The verb hit after the mark at ``pos`` when it closes a quote, else None."""
    comma_in = pos > 0 and body[pos - 1] == ","
    after = pos + 1
    if (
        not comma_in
        and not body.startswith(",", after)
        and (mark == '"' or not body.startswith(" ", after))
    ):
        return None  # '"C" hammered': an opening straight mark or no break
    if mark == '"' and not comma_in and not body.startswith(", ", after):
        return None
    match = _AFTER.match(body, after, after + 90)
    if match is None:
        return None
    subject = match.group("subject")
    if subject is not None:
        parts = subject.split()
        if any(p in _STOP_WORDS for p in parts) or any(ch in subject for ch in '«»“”"'):
            return None
        if parts[0] not in ("he", "she", "they", "it", "we", "I", "the") and not all(
            p[:1].isupper() or p in ("of", "de", "di", "von", "der", "da", "del") for p in parts
        ):
            return None  # "», a new front opened": a clause, not a name
    return match.start("verb"), match.group("verb")


_HONORIFICS = r"(?:(?:Cardinal|Archbishop|Monsignor|Bishop|Patriarch|Father|Don|Mgr\.?)[ \t]+)?"
_NAME = (
    r"[A-ZÀ-Ý][\w’'-]+(?:[ \t]+(?:(?:de|di|da|del|della|von|van|der|la|le)[ \t]+)?"
    r"[A-ZÀ-Ý][\w’'-]+){1,3}"
)
_APPOSED = re.compile(
    r"[ \t]+(?:the|a|an)[ \t]+(?=[^,;:“”\"«»]{0,100}?[a-z])[^,;:“”\"«»]{2,110}?,[ \t]+"
    rf"{_HONORIFICS}(?P<name>{_NAME})(?=[ \t]*(?:[,.!?]|$))"
)
"""", VERB the TITLE ..., [Cardinal] NAME[,.]": the name set off after a long title."""
_BARE = re.compile(
    r"[ \t]+(?P<np>the[ \t]+(?:[\w’'-]+[ \t]+){0,6}?[\w’'-]+)"
    r"(?=[ \t]+(?:during|in|on|at|to|before|after|upon|from|interviewed|quoted|under)[ \t]"
    r"|[ \t]*[,.!?]|[ \t]*$)"
)
"""", VERB the ROLE during ...": a role closed by a setting."""

VerbReader = Callable[[str, str, int, int], "Cue | None"]


def cue(text: str, verb: str, v_start: int, v_end: int, read: VerbReader) -> Cue | None:
    """The cue of a listed verb: the ordinary reading, or for "«C», VERB the TITLE, NAME,
    SETTING" the apposed name the ordinary reader misses after a long title."""
    found = read(text, verb, v_start, v_end)
    if v_start < 2 or text[v_start - 2] not in ',»”"':
        return found  # subject first ("», he hammered"): the ordinary reading
    at = _invpp.past(text, v_end)
    apposed = _APPOSED.match(text, at)
    if apposed is not None and (found is None or apposed.group("name") not in found.subject):
        return _trailing(text, verb, v_start, v_end, apposed.span("name"))
    if found is None and (bare := _BARE.match(text, at)) is not None:
        return _trailing(text, verb, v_start, v_end, bare.span("np"))
    return found


def _trailing(text: str, verb: str, v_start: int, v_end: int, span: tuple[int, int]) -> Cue:
    c_start, c_end = trim(text, 0, v_start)
    subject = text[span[0] : span[1]]
    return Cue(verb, v_start, v_end, subject, *span, c_start, c_end, "trailing", False)


_UNREAD = re.compile(
    r",?[ \t]+[a-z]{3,}ed[ \t]+(?P<np>(?:(?:the|an?)[ \t]+)?[^,.;:!?“”\"«»]{2,80})"
)
"""", VERBed the X" / ", VERBed NAME" right after a quote: an inverted cue of its own."""
_NAMES = re.compile(r"[A-ZÀ-Ý][\w’'-]+(?:[ \t]+[A-ZÀ-Ý][\w’'-]+)*")


def unread_cue(body: str, quote_end: int, carried: str) -> bool:
    """Whether an unlisted verb in -ed inverts right after the quote ending at
    ``quote_end`` and names someone else than ``carried`` ("«C», grumbled the French
    foreign minister Jean-Noël Barrot" after a sentence about Zelensky): the quote must not
    be carried to the previous speaker. "..., closed the premier" keeps the carried one."""
    m = _UNREAD.match(body, quote_end, quote_end + 100)
    if m is None:
        return False
    np = m.group("np")
    titled = np.startswith(("the ", "a ", "an "))
    for name in _NAMES.findall(np):
        parts = name.split()
        if (len(parts) > 1 or not titled) and parts[-1] not in carried:
            return True
    return False

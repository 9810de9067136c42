"""Round 96's speaker corrections (helper h_fix_s96, ``dev_statements122``), the last hook of
:mod:`pipeline.extract._latepasses`.

Why it exists: real Yemen, Sudan and India-Pakistan copy gave statements the right words but
the wrong speaker in seven general layouts.

* "X claimed C, the BODY said (DAY)." The chain gave "X claimed C" to the trailing body; the
  claim is X's own statement (the body only relays it), so the speaker is X and the quote C.
* "..., the group said C" after an outlet of that group ("Houthi media", "Al-Manar"): "the
  group" is the armed group the text last named, not the outlet the chain carried over.
* "While A claimed ..., B (of ...) (in a statement) denied ..., saying C": C is B's, the
  main clause's subject, not A's.
* "A said C1, with B acknowledging / conceding / saying that C2": C2 is B's own statement
  (added where the chain missed it, renamed where it gave it to A), and C1 ends before the
  "with" clause.

* "the Houthi-run health ministry" in a sentence naming another country ("US airstrikes")
  keeps the group's qualifier, not the country's.
* "“Q,” the source told X" after two sources is the source of the statement just before.
* "NAME (in PLACE), a / an DESCRIPTION, VERB-ed ..., noting / adding / saying that C": C is
  NAME's where the chain carried a speaker the sentence never mentions over to it.

Gated on the literals "the source ", "-run " / "-controlled ", " claimed " / " claims ",
"he group sa", "While ", ", with " and ", noting" / ", adding" / ", saying".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipeline.extract._s95post import WITH_VERBS, new_statement
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_CAP = r"[A-Z][\w'’-]*"
_CLAIMED = re.compile(
    r"^(?P<n>(?:" + _CAP + r" ){0,4}" + _CAP + r"(?: (?:rebels|fighters|militants|forces))?)"
    r" claim(?:ed|s)(?: that)? (?P<c>[^“”\"]{8,}?), (?:the |a |an )?[^,]{2,60}?"
    r" (?:said|says|reported|told [A-Z]\w+)(?: [^,]{0,30})?\.?$"
)
_GROUP_CUE = re.compile(r"\b[Tt]he group (?:said|says|claimed|added)\b")
_MEDIA = re.compile(r"\b(?:media|[Nn]ews|TV|[Tt]elevision|channel|[Aa]gency|Masirah|Manar|Saba)\b")
_GROUPS = re.compile(
    r"\b(?P<g>Houthis?|Huthis?|Hezbollah|Hamas|Islamic Jihad|M23|Al-Shabaab|al-Shabaab|"
    r"Al-Shabab|al-Shabab|Taliban|JNIM|Arakan Army)\b"
)
_GROUP_NAME = {"Houthi": "Houthis", "Huthi": "Houthis", "Huthis": "Houthis"}
_WHILE_SUBJ = re.compile(
    r", (?:the )?(?P<n>(?:" + _CAP + r" ){0,4}(?:" + _CAP + r"|army|military|government|"
    r"forces|police))(?: (?:of|in) [^,]{2,80}?)?(?: in a statement| on \w+day)?"
    r" (?:denied|rejected|dismissed|disputed|countered|refuted)\b[^,]*, saying(?: that)? "
)
# Family ", with B VERB-ing that C": _s95post cuts/adds the "NOUN officials" tellers first.
_WITH = re.compile(
    r", with (?P<n>(?:the )?[A-Za-z][\w'’-]*(?: [\w'’-]+){0,4}?) (?P<v>"
    + WITH_VERBS
    + r"|insisting) that (?P<c>[^“”\"]{6,}?"
    r"(?:“[^”]{1,60}”[^“”\"]*?)?)\.?$"
)
_APPOSED = re.compile(
    r"^(?:The )?(?P<n>"
    + _CAP
    + r"(?: (?:of |for |and )?(?:the )?"
    + _CAP
    + r"){0,6}(?: in "
    + _CAP
    + r"(?: "
    + _CAP
    + r")?)?), (?:a|an) [^,]{3,60}, (?:[a-z]+ly )?[a-z]+ed\b[^,]{0,80}, (?:noting|adding|saying)"
    r"(?: that)? "
)
_RUN = re.compile(r"\b(?P<n>[A-Z][\w]+-(?:run|controlled) (?:[Hh]ealth|[Ii]nterior) [Mm]inistry)\b")
_THE_SOURCE = re.compile(r"(?:^|[,”\"] )the source (?:told|said|added)\b")
_BAD_WITH = frozenset(("it", "its", "this", "that", "the", "a", "an", "no", "some"))


def _group_before(body: str, at: int) -> str:
    """The armed group the body last names before ``at`` ("" if none)."""
    last = ""
    for m in _GROUPS.finditer(body, 0, at):
        last = m.group("g")
    return _GROUP_NAME.get(last, last)


def _stmt_starts(found: list[Finding]) -> tuple[list[int], list[int]]:
    idx = sorted(
        (i for i, f in enumerate(found) if isinstance(f, Statement)),
        key=lambda i: found[i].evidence.start,
    )
    return [found[i].evidence.start for i in idx], idx


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Rename (or add) the speakers of the seven layouts in the module docstring."""
    body = doc.body
    has_claim = " claimed " in body or " claims " in body
    has_group = "he group sa" in body or "he group cl" in body or "he group ad" in body
    has_while = "While " in body
    has_with = ", with " in body
    has_run = "-run " in body or "-controlled " in body
    has_apposed = ", noting" in body or ", adding" in body or ", saying" in body
    has_source = "the source " in body
    if not (
        has_claim or has_group or has_while or has_with or has_apposed or has_run or has_source
    ):
        return found
    out = list(found)
    if has_source:
        _the_source(out)
    for i, f in enumerate(out):
        if not isinstance(f, Statement):
            continue
        text = f.evidence.text
        speaker, quote, cue, mode = f.speaker, f.quote, f.cue, f.mode
        if has_claim and (" claimed " in text or " claims " in text):
            m = _CLAIMED.match(text)
            if m is not None and quote.startswith(m.group("n")):
                speaker = speakers.canonical(m.group("n"))
                quote, cue, mode = m.group("c"), "claimed", "indirect"
        if has_group and _MEDIA.search(speaker) is not None and _GROUP_CUE.search(text):
            group = _group_before(body, f.evidence.start)
            if group and group.lower() not in text.lower():
                speaker = speakers.canonical(group)
        if has_while and text.startswith("While ") and ", saying" in text:
            m2 = _WHILE_SUBJ.search(text)
            if m2 is not None and quote in text[m2.end() :]:
                speaker = speakers.canonical(m2.group("n"))
        if (
            has_apposed
            and ", a" in text
            and (", noting" in text or ", adding" in text or ", saying" in text)
        ):
            m4 = _APPOSED.match(text)
            if m4 is not None and quote in text[m4.end() :]:
                name = m4.group("n")
                if name.split(" ", 1)[0] not in speaker and speaker not in text:
                    speaker = speakers.canonical(name)
        if has_run and "-" in text and speaker.lower().endswith("ministry"):
            m5 = _RUN.search(text)
            group = m5.group("n").split("-", 1)[0] if m5 is not None else "Hamas"
            if m5 is not None and group != "Hamas" and group.lower() not in speaker.lower():
                speaker = m5.group("n")  # Hamas-run: the table's "Gaza health ministry"
        if has_with and ", with " in quote:
            m3 = _WITH.search(quote)
            if m3 is not None and m3.start() > 8:
                quote = quote[: m3.start()]
        if (speaker, quote, cue, mode) != (f.speaker, f.quote, f.cue, f.mode):
            out[i] = replace(f, speaker=speaker, quote=quote, cue=cue, mode=mode)
    if has_with:
        _with_clauses(doc, speakers, out)
    return out


def _with_clauses(doc: Document, speakers: Speakers, out: list[Finding]) -> None:
    """A ", with B acknowledging that C": C is B's (renamed, or added where nothing holds it)."""
    starts, idx = _stmt_starts(out)
    for sentence in doc.sentences:
        text = sentence.text
        if ", with " not in text or " that " not in text:
            continue
        m = _WITH.search(text)
        if m is None:
            continue
        name = m.group("n")
        if name.startswith("the "):
            name = name[4:]
        if name.split(" ", 1)[0].lower() in _BAD_WITH:
            continue
        clause = m.group("c")
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        owner = -1
        said = False
        for k in idx[lo:hi]:
            f = out[k]
            assert isinstance(f, Statement)
            said = True
            if f.quote and f.quote[:20] in clause:
                owner = k
        if not said:
            continue  # no statement in the sentence: "with" may be no report at all
        canon = speakers.canonical(name)
        if owner >= 0:
            f = out[owner]
            assert isinstance(f, Statement)
            if f.speaker != canon:
                out[owner] = replace(f, speaker=canon)
            continue
        out.append(new_statement(text, sentence.start, canon, clause, m.group("v")))


def _the_source(out: list[Finding]) -> None:
    """A "“Q,” the source told X" is the source of the statement just before, when it is one."""
    _, idx = _stmt_starts(out)
    prev = ""
    for k in idx:
        f = out[k]
        assert isinstance(f, Statement)
        if (
            prev
            and f.speaker != prev
            and "source" in f.speaker
            and "the source " in f.evidence.text
            and _THE_SOURCE.search(f.evidence.text) is not None
        ):
            out[k] = f = replace(f, speaker=prev)
        prev = f.speaker if f.speaker.endswith("source") else ""

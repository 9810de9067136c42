"""Round h_gen_s103: a lede's bare role speaker named in the next sentences.

Why it exists: across the real sets a lede credits its clause to a bare role ("..., the
regional governor said", "the governor of the region said", "the mayor said") and names the
holder only in the next sentence or two ("Governor NAME said on Telegram", "NAME wrote").
The conventions (dev_statements79's call, "a lede's unnamed office-holder named further on is
that person") give the lede to that person, but the chain kept the role ("Odesa regional
governor") or bound it back to an earlier holder of the same title in another region. This
pass, hooked last in :mod:`pipeline.extract._latepasses`, rebinds such a statement to the
first *person* who speaks in the next two sentences when that person is named there for the
first time, with no other title ("President", "Minister") before the name. Person roles
never resolve to bodies: a statement by a ministry or an army is never a target.

Gated on the literals "governor" / "mayor" / "head of the" before any regex; one forward
look of two sentences per role statement (bisect over sentence starts).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

# h_gen_s107: also an indefinite lede, "A (Russian) regional governor said C"
_ROLE = re.compile(
    r"\b(?:[Tt]he|[Aa](?: [A-Z][a-z]+(?:an|ese|ish|i))?)"
    r" (?:(?:regional|region['’]s|city['’]s|local|oblast) )?(?:governor|mayor)"
    r"(?: of the (?:[A-Z][\w'-]+ )?(?:region|oblast|city))?"
    r"|\b[Tt]he head of the (?:regional|oblast|city|military) (?:military )?administration"
)
_AFTER = re.compile(
    r"^(?: on [A-Z][a-z]+day| late| early| later)?,? (?:said|says|reported|wrote|added|told)\b"
)
_TITLES = re.compile(
    r"\b(?:President|Minister|Secretary|Prime|Chancellor|King|Premier|General|Gen\.|"
    r"[Ss]pokes(?:man|woman|person)|[Cc]hief|[Cc]ommander|[Dd]irector|[Aa]mbassador)\W*$"
)
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]+$")
_BODY_WORDS = frozenset(
    {
        "Ministry",
        "Forces",
        "Force",
        "Agency",
        "Council",
        "Office",
        "Command",
        "Service",
        "News",
        "Staff",
        "Army",
        "Police",
        "Administration",
        "Committee",
        "Reuters",
        "Telegram",
    }
)
# a holder who opens a later sentence as the subject of a verb of saying the chain left unread
_SUBJECT = re.compile(
    r"^(?P<n>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})(?:, [^,]{1,40},)? "
    r"(?:said|wrote|added|reported|posted|stated)\b"
)
_AHEAD = 2  # sentences looked ahead for the holder
# h_gen_s111: a holder whose sentence names only other regions than the role's heads another one
_REGION = re.compile(r"\b([A-Z][\w'’-]+) (?:[Rr]egion|[Oo]blast)\b")
# h_gen_s107: only the role's own statement moves ("Russia claimed C1, though C2, a regional
# governor said" keeps Russia's C1)
_ROLE_WORD = re.compile(r"governor|mayor|head|administration|\bRMA\b|\bOVA\b", re.I)


def _is_person_name(speakers: Speakers, name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 4 or any(w in _BODY_WORDS for w in words):
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    found = speakers.registry().resolve(name)
    return found is None or found.kind == "person"


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with a lede's bare governor / mayor rebound (module docstring)."""
    body = doc.body
    if "governor" not in body and "mayor" not in body and "head of the" not in body:
        return found
    sentences = doc.sentences
    if len(sentences) < 2:
        return found
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[str]] = {}
    first_spoke: dict[str, int] = {}  # speaker -> the first sentence it speaks in
    for f in found:
        if isinstance(f, Statement) and f.speaker:
            k = bisect_right(starts, f.evidence.start) - 1
            by_sentence.setdefault(k, []).append(f.speaker)
            if first_spoke.get(f.speaker, k) >= k:
                first_spoke[f.speaker] = k
    out = list(found)
    memo: dict[int, str] = {}
    moved: dict[tuple[int, str], str] = {}  # (sentence, old role speaker) -> holder
    for i, f in enumerate(out):
        if not isinstance(f, Statement) or not f.speaker:
            continue
        at = bisect_right(starts, f.evidence.start) - 1
        if at < 0 or at + 1 >= len(sentences):
            continue
        if at not in memo:
            memo[at] = _holder(
                speakers, body, sentences[at].text, sentences[at].end, at, by_sentence, sentences
            )
        new = memo[at]
        if not new or new == f.speaker:
            continue
        # a role speaker, or a person bound back who never spoke before and whom the
        # sentence never names (an earlier holder of the title in another region)
        person = _is_person_name(speakers, f.speaker)
        if (not person and _ROLE_WORD.search(f.speaker) is not None) or (
            person
            and first_spoke.get(f.speaker, at) >= at
            and f.speaker.split()[-1] not in sentences[at].text
        ):
            out[i] = replace(f, speaker=new)
            for k in range(at + 1, len(sentences)):  # h_gen_s111: the same bare role later
                moved[(k, f.speaker)] = new
    if moved:  # "He said C" between the role and its holder
        for i, f in enumerate(out):
            if isinstance(f, Statement):
                at = bisect_right(starts, f.evidence.start) - 1
                new = moved.get((at, f.speaker), "")
                if new:
                    out[i] = replace(f, speaker=new)
    return out


def _holder(
    speakers: Speakers,
    body: str,
    sentence: str,
    end: int,
    at: int,
    by_sentence: dict[int, list[str]],
    sentences: tuple[Sentence, ...],
) -> str:
    """The person a bare role subject of ``sentence`` names in the next sentences, or ""."""
    if "governor" not in sentence and "mayor" not in sentence and "head of the" not in sentence:
        return ""
    if not any(
        _AFTER.match(sentence[m.end() : m.end() + 30]) is not None for m in _ROLE.finditer(sentence)
    ):
        return ""
    own = {m.group(1) for m in _REGION.finditer(sentence)}
    for k in range(at + 1, min(at + 1 + _AHEAD, len(sentences))):
        other = {m.group(1) for m in _REGION.finditer(sentences[k].text)}
        if own and other and not own & other:
            return ""  # h_gen_s111: "In the neighbouring X region, Governor NAME said"
        names = by_sentence.get(k, [])
        if not names:
            sm = _SUBJECT.match(sentences[k].text.lstrip())
            names = [sm.group("n")] if sm is not None else []
        for name in names:
            if not _is_person_name(speakers, name):
                continue
            surname = name.split()[-1]
            first = body.find(surname)
            if first < end:
                return ""  # named before the role: the chain's look back stands
            if _TITLES.search(body[max(0, first - 40) : first].replace(name.split()[0], "")):
                return ""
            return name
    return ""
